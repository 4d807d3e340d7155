// Plan -> thermal case: the demo hall's racks, fan walls and containment; perforated tiles of a raised
// floor sharing a CRAH's supply; the case JSON round trip and its refusals.
#include "analysis/coolingbudget.h"
#include "analysis/thermalcasebuilder.h"
#include "demo/demoplan.h"

#include <QtTest>

#include <cmath>

using namespace rw;

class TestThermalCase : public QObject {
    Q_OBJECT
private slots:
    void demoHall();
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
    QCOMPARE(c.panels.size(), std::size_t(20 * 4));  // hot aisles: 2 doors + 2 chimney sides per row
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
    plan.insert(hall);
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
    plan.insert(crah);
    for (int i = 0; i < 2; ++i) {
        Obstacle tile;
        tile.id = plan.allocateId();
        tile.hallId = hall.id;
        tile.kind = ObstacleKind::PerforatedTile;
        tile.xM = 5 + i;
        tile.yM = 4;
        tile.openAreaShare = i == 0 ? 0.25 : 0.5;
        plan.insert(tile);
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

void TestThermalCase::badJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not JSON") << QByteArray("{");
    QTest::newRow("other format") << QByteArray(R"({"format":"x","version":1})");
    QTest::newRow("no size") << QByteArray(R"({"format":"rackwerk-thermal-case","version":1})");
    QTest::newRow("negative size") << QByteArray(R"({"format":"rackwerk-thermal-case","version":1,"sizeM":[-1,2,3]})");
    QTest::newRow("bad normal") << QByteArray(
        R"({"format":"rackwerk-thermal-case","version":1,"sizeM":[4,4,3],"racks":[{"id":1,"name":"R",)"
        R"("box":{"minM":[1,1,0],"maxM":[2,2,2]},"intake":{"minM":[1,1,0],"maxM":[2,1,2],"normal":"up"},)"
        R"("exhaust":{"minM":[1,2,0],"maxM":[2,2,2],"normal":"+y"},"heatToAirW":1000,"airflowM3PerS":0.1}]})");
    QTest::newRow("unbalanced cooler") << QByteArray(
        R"({"format":"rackwerk-thermal-case","version":1,"sizeM":[4,4,3],"coolers":[{"id":1,"name":"C",)"
        R"("supply":[{"minM":[0,1,0],"maxM":[0,2,1],"normal":"+x","airflowM3PerS":1}],)"
        R"("return":[{"minM":[0,1,2],"maxM":[0,2,3],"normal":"+x","airflowM3PerS":2}],"supplyTempC":20}]})");
}

void TestThermalCase::badJson()
{
    QFETCH(QByteArray, json);
    engine::ThermalCase c;
    c.name = "untouched";
    QString error;
    QVERIFY(!ThermalCaseJson::fromBytes(json, &c, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(c.name, std::string("untouched"));  // bad input loses nothing
}

QTEST_GUILESS_MAIN(TestThermalCase)
#include "tst_thermalcase.moc"
