// SPDX-License-Identifier: GPL-3.0-or-later
// Plan -> thermal case: the demo hall's racks, fan walls and containment; perforated tiles of a raised
// floor sharing a CRAH's supply; the case JSON round trip and its refusals.
#include "analysis/coolingbudget.h"
#include "analysis/thermalcasebuilder.h"
#include "analysis/thermalcasejson.h"
#include "demo/demoplan.h"
#include "plan/planfiller.h"

#include <QtTest>

#include <cmath>
#include <functional>

using namespace rw;

class TestThermalCase : public QObject {
    Q_OBJECT
private slots:
    void demoHall();
    void plenumBelowTheRacksIsRefused();
    void raisedFloorTiles();
    void jsonRoundTrip();
    void badJson_data();
    void badJson();
};

void TestThermalCase::demoHall()
{
    Plan plan;
    buildDemoPlan(plan);
    const ThermalCaseBuild build = ThermalCaseBuilder::build(plan);
    QVERIFY2(build.ok(), qPrintable(build.error));
    const engine::ThermalCase &c = build.thermalCase;
    QCOMPARE(c.racks.size(), std::size_t(360));
    QCOMPARE(c.coolers.size(), std::size_t(30));  // 32 fan walls, 2 on standby
    // Hot aisles: 2 doors + 2 chimney sides per row, up to the false ceiling under the 1.4 m plenum;
    // the false ceiling itself covers the rows' area except the 10 chimney openings.
    const float falseCeilingM = 5.0f - 1.4f;
    std::size_t chimneyPanels = 0, ceilingPanels = 0;
    double ceilingAreaM2 = 0;
    for (const engine::ThermalBox &p : c.panels) {
        if (p.minM[2] == falseCeilingM && p.maxM[2] == falseCeilingM) {
            ++ceilingPanels;
            ceilingAreaM2 += double(p.maxM[0] - p.minM[0]) * (p.maxM[1] - p.minM[1]);
        } else {
            QCOMPARE(p.maxM[2], falseCeilingM);
            ++chimneyPanels;
        }
    }
    QCOMPARE(chimneyPanels, std::size_t(20 * 4));
    QVERIFY(ceilingPanels > 10);
    // The hall minus 10 chimney openings of 1.2 m x 10.8 m (5 hot aisles per block) and the galleries in
    // front of the 30 running fan walls (2 m wide, from their face at 1.05 m to the rows at 4 m).
    const double hallAreaM2 = double(c.sizeM[0]) * c.sizeM[1];
    QVERIFY2(std::fabs(ceilingAreaM2 - (hallAreaM2 - 10 * 1.2 * 10.8 - 30 * 2.0 * 2.95)) < 0.5,
        qPrintable(QString::number(ceilingAreaM2)));
    // Fan walls: supply below the false ceiling, return from the plenum; their coil's rating moves with the
    // return air (facility water 20 °C, design return 35 °C).
    for (const engine::ThermalCooler &u : c.coolers) {
        QCOMPARE(u.supply.front().box.maxM[2], falseCeilingM);
        QCOMPARE(u.returns.front().box.minM[2], falseCeilingM);
        QCOMPARE(u.returns.front().box.maxM[2], 5.0f);
        QCOMPARE(u.coilWaterC, 20.0f);
        QCOMPARE(u.designReturnC, 35.0f);
        QCOMPARE(u.capacityAtReturnW(35.0f), 600000.0f);
        QCOMPARE(u.capacityAtReturnW(50.0f), 1200000.0f);
        QCOMPARE(u.capacityAtReturnW(19.0f), 0.0f);
    }
    double heatW = 0;
    for (const engine::ThermalRack &r : c.racks)
        heatW += r.heatToAirW;
    const CoolingBudget budget = CoolingBudgeter::compute(plan);
    QVERIFY(!budget.halls.empty());
    QVERIFY2(std::fabs(heatW / 1000.0 - budget.halls.front().airHeat.loadKw) < 1.0,
        qPrintable(QStringLiteral("%1 kW vs %2 kW").arg(heatW / 1000.0).arg(budget.halls.front().airHeat.loadKw)));
    QCOMPARE(c.limits.ashraeClass, std::string("A2"));
    QCOMPARE(c.limits.allowableMaxC, 35.0f);
    QVERIFY(engine::validateThermalCase(c).empty());
    // A north-facing rack takes air in on its north side.
    for (const engine::ThermalRack &r : c.racks) {
        const Rack *rack = plan.find<Rack>(Id(r.id));
        QVERIFY(rack);
        if (rack->facing == Facing::North) {
            QCOMPARE(r.intake.normalAxis, 1);
            QCOMPARE(r.intake.normalSign, -1);
            QCOMPARE(r.exhaust.normalSign, 1);
        }
    }
}

void TestThermalCase::plenumBelowTheRacksIsRefused()
{
    Plan plan;
    buildDemoPlan(plan);
    Hall hall = plan.all<Hall>().begin()->second;
    hall.returnPlenumM = 3.0;  // false ceiling at 2.0 m, under the 2.23 m racks
    PlanFiller(plan).replace(hall);
    const ThermalCaseBuild build = ThermalCaseBuilder::build(plan);
    QVERIFY(!build.ok());
    QVERIFY2(build.error.contains(QStringLiteral("false ceiling")) && build.error.contains(QStringLiteral("2.23")),
        qPrintable(build.error));
    // Without a plenum the chimneys stop half a metre below the ceiling and nothing covers the rows.
    hall.returnPlenumM = 0;
    PlanFiller(plan).replace(hall);
    const ThermalCaseBuild open = ThermalCaseBuilder::build(plan);
    QVERIFY2(open.ok(), qPrintable(open.error));
    QCOMPARE(open.thermalCase.panels.size(), std::size_t(20 * 4));
    for (const engine::ThermalBox &p : open.thermalCase.panels)
        QCOMPARE(p.maxM[2], 4.5f);
}

void TestThermalCase::raisedFloorTiles()
{
    Plan plan;
    Hall hall;
    hall.id = plan.allocateId();
    hall.name = QStringLiteral("H");
    hall.widthM = 10;
    hall.depthM = 8;
    hall.ceilingHeightM = 3;
    hall.floorType = FloorType::RaisedFloor;
    hall.raisedFloorHeightM = 0.6;
    PlanFiller(plan).insert(hall);
    CoolingUnit crah;
    crah.id = plan.allocateId();
    crah.hallId = hall.id;
    crah.name = QStringLiteral("CRAH-1");
    crah.kind = CoolingKind::Crah;
    crah.xM = 1;
    crah.yM = 4;
    crah.widthM = 2;
    crah.depthM = 1;
    crah.facing = Facing::East;
    crah.capacityKw = 100;
    crah.airflowM3PerH = 36000;  // 10 m3/s
    PlanFiller(plan).insert(crah);
    for (int i = 0; i < 2; ++i) {
        Obstacle tile;
        tile.id = plan.allocateId();
        tile.hallId = hall.id;
        tile.kind = ObstacleKind::PerforatedTile;
        tile.xM = 5 + i;
        tile.yM = 4;
        tile.openAreaShare = i == 0 ? 0.25 : 0.5;
        PlanFiller(plan).insert(tile);
    }
    const ThermalCaseBuild build = ThermalCaseBuilder::build(plan);
    QVERIFY2(build.ok(), qPrintable(build.error));
    const engine::ThermalCooler &cooler = build.thermalCase.coolers.at(0);
    QCOMPARE(cooler.supply.size(), std::size_t(2));
    QCOMPARE(cooler.supply[0].normalAxis, 2);
    QCOMPARE(cooler.supply[0].box.minM[2], 0.0f);
    QVERIFY(std::fabs(cooler.supply[0].airflowM3PerS - 10.0f / 3) < 1e-4);
    QVERIFY(std::fabs(cooler.supply[1].airflowM3PerS - 20.0f / 3) < 1e-4);
    QCOMPARE(cooler.returns.at(0).normalAxis, 2);  // on top of the unit
    QVERIFY(std::fabs(cooler.returns[0].airflowM3PerS - 10.0f) < 1e-4);
}

void TestThermalCase::jsonRoundTrip()
{
    Plan plan;
    buildDemoPlan(plan);
    const ThermalCaseBuild build = ThermalCaseBuilder::build(plan);
    QVERIFY(build.ok());
    const QByteArray bytes = ThermalCaseJson::toBytes(build.thermalCase);
    engine::ThermalCase back;
    QString error;
    QVERIFY2(ThermalCaseJson::fromBytes(bytes, &back, &error), qPrintable(error));
    QCOMPARE(ThermalCaseJson::toBytes(back), bytes);
    QCOMPARE(back.racks.size(), build.thermalCase.racks.size());
}

namespace {

/// A complete, valid case with one rack and one cooling unit; `change` edits its text to break one thing.
QByteArray validCase(const std::function<void(QByteArray &)> &change = {})
{
    QByteArray json(
        R"({"format":"rackwerk-thermal-case","version":1,"name":"small","sizeM":[4,4,3],)"
        R"("solids":[],"panels":[],)"
        R"("racks":[{"id":1,"name":"R","box":{"minM":[1,1,0],"maxM":[2,2,2]},)"
        R"("intake":{"minM":[1,1,0],"maxM":[2,1,2],"normal":"-y"},)"
        R"("exhaust":{"minM":[1,2,0],"maxM":[2,2,2],"normal":"+y"},"heatToAirW":1000,"airflowM3PerS":0.1}],)"
        R"("coolers":[{"id":2,"name":"C",)"
        R"("supply":[{"minM":[0,1,0],"maxM":[0,2,1],"normal":"+x","airflowM3PerS":1}],)"
        R"("return":[{"minM":[0,1,2],"maxM":[0,2,3],"normal":"+x","airflowM3PerS":1}],)"
        R"("supplyTempC":20,"capacityW":1000}],)"
        R"("air":{"densityKgPerM3":1.2,"heatCapacityJPerKgK":1005,"referenceTempC":25}})");
    if (change)
        change(json);
    return json;
}

std::function<void(QByteArray &)> replacing(const char *from, const char *to)
{
    return [from, to](QByteArray &json) {
        QVERIFY2(json.contains(from), from);
        json.replace(from, to);
    };
}

}  // namespace

void TestThermalCase::badJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not JSON") << QByteArray("{") << QStringLiteral("not valid JSON");
    QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("must be a JSON object");
    QTest::newRow("other format") << validCase(replacing("rackwerk-thermal-case", "x")) << QStringLiteral("version 1");
    QTest::newRow("version as text") << validCase(replacing(R"("version":1)", R"("version":"1")"))
                                     << QStringLiteral("version 1");
    QTest::newRow("no size") << validCase(replacing(R"("sizeM":[4,4,3],)", "")) << QStringLiteral("$.sizeM");
    QTest::newRow("negative size") << validCase(replacing("[4,4,3]", "[-1,4,3]")) << QStringLiteral("no size");
    QTest::newRow("size beyond a float") << validCase(replacing("[4,4,3]", "[4e39,4,3]"))
                                         << QStringLiteral("$.sizeM[0] must be a number");
    QTest::newRow("no solids") << validCase(replacing(R"("solids":[],)", "")) << QStringLiteral("$.solids is missing");
    QTest::newRow("no air") << validCase(
        replacing(R"(,"air":{"densityKgPerM3":1.2,"heatCapacityJPerKgK":1005,"referenceTempC":25})", ""))
                            << QStringLiteral("$.air is missing");
    QTest::newRow("no capacity") << validCase(replacing(R"(,"capacityW":1000)", ""))
                                 << QStringLiteral("$.coolers[0].capacityW is missing");
    QTest::newRow("rack id a fraction") << validCase(replacing(R"("id":1,)", R"("id":1.5,)"))
                                        << QStringLiteral("$.racks[0].id must be a whole number");
    QTest::newRow("rack not an object") << validCase(replacing(R"("racks":[{)", R"("racks":[7,{)"))
                                        << QStringLiteral("$.racks[0] must be an object");
    QTest::newRow("bad normal") << validCase(replacing(R"("normal":"-y")", R"("normal":"up")"))
                                << QStringLiteral("$.racks[0].intake.normal");
    QTest::newRow("unbalanced cooler") << validCase(replacing(
        R"("normal":"+x","airflowM3PerS":1}],"supplyTempC")", R"("normal":"+x","airflowM3PerS":2}],"supplyTempC")"))
                                       << QStringLiteral("different airflow");
    QTest::newRow("coil water warmer than the supply air")
        << validCase(replacing(R"("capacityW":1000})", R"("capacityW":1000,"coilWaterC":21,"designReturnC":30})"))
        << QStringLiteral("coil water colder");
    QTest::newRow("design return below the supply air")
        << validCase(replacing(R"("capacityW":1000})", R"("capacityW":1000,"coilWaterC":15,"designReturnC":19})"))
        << QStringLiteral("coil water colder");
    QTest::newRow("coil water without a design return")
        << validCase(replacing(R"("capacityW":1000})", R"("capacityW":1000,"coilWaterC":15})"))
        << QStringLiteral("only one of");
    QTest::newRow("coil water as text") << validCase(
        replacing(R"("capacityW":1000})", R"("capacityW":1000,"coilWaterC":"cold","designReturnC":30})"))
                                        << QStringLiteral("coilWaterC must be a number");
    QTest::newRow("name with a line break") << validCase([](QByteArray &json) {
        replacing(R"("name":"R",)", R"("name":"R\n",)")(json);
        replacing(R"("airflowM3PerS":0.1})", R"("airflowM3PerS":0})")(json);  // heat without air: refused
    }) << QStringLiteral("rack R\\n releases heat");
}

void TestThermalCase::badJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    engine::ThermalCase c;
    QString error;
    QVERIFY2(ThermalCaseJson::fromBytes(validCase(), &c, &error), qPrintable(error));  // the base is fine
    c.name = "untouched";
    QVERIFY(!ThermalCaseJson::fromBytes(json, &c, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(
        !error.contains(QLatin1Char('\n')) && !error.contains(QLatin1String("no error occurred")), qPrintable(error));
    QCOMPARE(c.name, std::string("untouched"));  // bad input loses nothing
}

QTEST_GUILESS_MAIN(TestThermalCase)
#include "tst_thermalcase.moc"
