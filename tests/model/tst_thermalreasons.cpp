// SPDX-License-Identifier: GPL-3.0-or-later
// Why a rack's inlet is outside the allowable range, traced back through the solved field, and what a
// cooling unit removes against its rating (docs/cooling-budget.md). Small halls at coarse cells, so that
// each run takes seconds.
#include "../common/airpathplans.h"

#include "analysis/thermalcasebuilder.h"
#include "analysis/thermalreasons.h"
#include "i18n/language.h"
#include "plan/planfiller.h"

#include <QtTest>

#include <cmath>

using namespace rw;
using rwtest::AirPathBuilder;
using Source = RackInletReason::Source;

namespace {

struct Run {
    engine::ThermalCase thermalCase;
    engine::ThermalResult result;
    std::vector<RackInletReason> reasons;
    std::vector<CoolerNote> notes;
};

Run run(const Plan &plan, float cellM = 0.25f, int maxIterations = 1500)
{
    Run out;
    const ThermalCaseBuild build = ThermalCaseBuilder::build(plan);
    if (!build.ok())
        qFatal("%s", qPrintable(build.error));
    out.thermalCase = build.thermalCase;
    engine::ThermalSettings settings;
    settings.cellM = cellM;
    settings.maxIterations = maxIterations;
    settings.threads = 1;
    out.result = engine::solveThermal(out.thermalCase, settings);
    out.reasons = ThermalReasons::explain(out.thermalCase, out.result, ThermalPlanContext::of(plan, build.hallId));
    out.notes = ThermalReasons::coolerNotes(out.thermalCase, out.result);
    return out;
}

QString listed(const Run &r)
{
    QStringList lines;
    for (const engine::RackThermalResult &rack : r.result.racks)
        lines << QStringLiteral("%1: inlet %2 (max %3)")
                     .arg(QString::fromStdString(rack.name))
                     .arg(rack.inletMeanC)
                     .arg(rack.inletMaxC);
    for (const RackInletReason &reason : r.reasons)
        lines << QStringLiteral("%1: %2").arg(reason.rackId).arg(reason.text);
    for (const engine::CoolerThermalResult &u : r.result.coolers)
        lines << QStringLiteral("%1: load %2 W, return %3, supply %4")
                     .arg(QString::fromStdString(u.name))
                     .arg(u.loadW)
                     .arg(u.returnC)
                     .arg(u.supplyC);
    for (const CoolerNote &note : r.notes)
        lines << note.text;
    return lines.join(QLatin1Char('\n'));
}

/// Every rack outside the allowable range has exactly one reason, and no other rack has one.
bool everyRackExplained(const Run &r)
{
    for (const engine::RackThermalResult &rack : r.result.racks) {
        const auto n = std::count_if(r.reasons.begin(), r.reasons.end(),
            [&](const RackInletReason &reason) { return reason.rackId == rack.id; });
        if (n != (rack.withinAllowable ? 0 : 1))
            return false;
    }
    return true;
}

const RackInletReason *reasonFor(const Run &r, const Plan &plan, const QString &rackName)
{
    for (const RackInletReason &reason : r.reasons)
        if (plan.find<Rack>(reason.rackId)->name == rackName)
            return &reason;
    return nullptr;
}

/// Two rows of three racks across a 1.2 m aisle (A north of B, both fronts north) in an 8 x 6 m hall.
void twoRowsFacingNorth(AirPathBuilder &b, Containment containment, int servers)
{
    b.row(QStringLiteral("A"), containment == Containment::None ? 3 : 2, 2.4, 3, Facing::North, containment, servers);
    b.row(QStringLiteral("B"), containment == Containment::None ? 3 : 2, 4.8, 3, Facing::North, containment, servers);
}

bool inRow(const Plan &plan, long long rackId, const QString &rowName)
{
    const Rack *rack = plan.find<Rack>(rackId);
    const Row *row = rack ? plan.find<Row>(rack->rowId) : nullptr;
    return row && row->name == rowName;
}

}  // namespace

class TestThermalReasons : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(Language::apply(QStringLiteral("en"))); }
    void frontInAContainedHotAisle();
    void exhaustAcrossAnOpenAisle();
    void coolingAirflowShort();
    void unitAboveItsRatingIsReported();
    void noReasonsWithoutTheSteadyField();
    void reasonsInGerman();
    void newUserPlanIsExplained();
};

void TestThermalReasons::frontInAContainedHotAisle()
{
    // Row B's fronts face row A's contained hot aisle: they breathe A's exhaust.
    Plan plan;
    AirPathBuilder b(plan, 8, 6, 3.0);
    twoRowsFacingNorth(b, Containment::HotAisle, 2);
    b.unit(QStringLiteral("FW"), CoolingKind::FanWall, 0.45, 3, Facing::East);
    const Run r = run(plan);
    QVERIFY2(r.result.ok(), r.result.message.c_str());
    QVERIFY2(everyRackExplained(r), qPrintable(listed(r)));
    for (const QString &name : { QStringLiteral("B-01"), QStringLiteral("B-02"), QStringLiteral("B-03") }) {
        const RackInletReason *reason = reasonFor(r, plan, name);
        QVERIFY2(reason, qPrintable(listed(r)));
        QCOMPARE(reason->source, Source::HotAisle);
        QVERIFY2(inRow(plan, reason->sourceRackId, QStringLiteral("A")), qPrintable(listed(r)));
        QVERIFY2(reason->text.startsWith(QLatin1String("Fed by the contained hot aisle of A, which its front faces")),
            qPrintable(reason->text));
    }
}

void TestThermalReasons::exhaustAcrossAnOpenAisle()
{
    // No containment; a fan wall in front of row A moving just the racks' airflow: B breathes A's exhaust.
    Plan plan;
    AirPathBuilder b(plan, 8, 6, 3.0);
    twoRowsFacingNorth(b, Containment::None, 4);
    CoolingUnit fanWall = b.unit(QStringLiteral("FW"), CoolingKind::FanWall, 4, 0.45, Facing::South);
    fanWall.airflowM3PerH = 6 * 4 * 2633.5;
    PlanFiller(plan).replace(fanWall);
    const Run r = run(plan);
    QVERIFY2(everyRackExplained(r), qPrintable(listed(r)));
    for (const QString &name : { QStringLiteral("B-01"), QStringLiteral("B-02"), QStringLiteral("B-03") }) {
        const RackInletReason *reason = reasonFor(r, plan, name);
        QVERIFY2(reason, qPrintable(listed(r)));
        QCOMPARE(reason->source, Source::RackExhaust);
        QCOMPARE(reason->route, RackInletReason::Route::Direct);
        QVERIFY2(inRow(plan, reason->sourceRackId, QStringLiteral("A")), qPrintable(listed(r)));
        QVERIFY2(reason->text.endsWith(QLatin1String("(recirculation across the aisle).")), qPrintable(reason->text));
    }
}

void TestThermalReasons::coolingAirflowShort()
{
    // One CRAH moving 60 % of the racks' airflow: every rack outside the range says so.
    Plan plan;
    AirPathBuilder b(plan, 8, 6, 3.0);
    b.row(QStringLiteral("A"), 2, 3, 4, Facing::North, Containment::None, 2);
    CoolingUnit crah = b.unit(QStringLiteral("CRAH"), CoolingKind::Crah, 4, 0.6, Facing::South);
    crah.airflowM3PerH = 0.6 * 4 * 2 * 2633.5;
    crah.capacityKw = 200;
    PlanFiller(plan).replace(crah);
    const Run r = run(plan);
    QVERIFY2(everyRackExplained(r), qPrintable(listed(r)));
    QVERIFY2(!r.reasons.empty(), qPrintable(listed(r)));
    for (const RackInletReason &reason : r.reasons)
        QVERIFY2(reason.text.endsWith(QLatin1String("The cooling units move only 60 % of the racks' airflow.")),
            qPrintable(reason.text));
}

void TestThermalReasons::unitAboveItsRatingIsReported()
{
    // A fan wall rated 100 kW with a chilled-water coil (18 °C water, 32 °C design return) against 229 kW
    // of racks: its return air gets far warmer than its design return and the coil takes more than its
    // rating from it; that is reported, with the return air that causes it.
    Plan plan;
    AirPathBuilder b(plan, 8, 6, 3.0);
    b.row(QStringLiteral("A"), 2, 3, 4, Facing::North, Containment::None, 2);
    CoolingUnit fanWall = b.unit(QStringLiteral("FW"), CoolingKind::FanWall, 4, 0.45, Facing::South);
    fanWall.capacityKw = 100;
    PlanFiller(plan).replace(fanWall);
    Run r = run(plan);
    QVERIFY(r.thermalCase.coolers.front().hasCoil());
    const engine::CoolerThermalResult &unit = r.result.coolers.front();
    QVERIFY2(unit.returnC > 32.0f && unit.loadW > 100000.0f * 1.01f, qPrintable(listed(r)));
    QCOMPARE(r.notes.size(), std::size_t(1));
    QVERIFY(r.notes.front().aboveRating);
    const QString expected = QStringLiteral("FW removes %1 kW, %2 % of its rating of 100.0 kW, because its return air "
                                            "is %3 °C, %4 K above its design return")
                                 .arg(QLocale().toString(unit.loadW / 1000.0, 'f', 1))
                                 .arg(QLocale().toString(unit.loadW / 1000.0, 'f', 0))
                                 .arg(QLocale().toString(unit.returnC, 'f', 1))
                                 .arg(QLocale().toString(unit.returnC - 32.0f, 'f', 1));
    QVERIFY2(
        r.notes.front().text.startsWith(expected), qPrintable(r.notes.front().text + QLatin1Char('\n') + expected));

    // Without a chilled-water coil (water no colder than the supply air) the rating is a fixed cap: the
    // unit removes 100 kW, blows warmer air, and the racks' reasons say so.
    fanWall.facilityWaterSupplyC = fanWall.supplyTempC;
    PlanFiller(plan).replace(fanWall);
    r = run(plan);
    QVERIFY(!r.thermalCase.coolers.front().hasCoil());
    QVERIFY2(r.result.coolers.front().loadW <= 100000.0f * 1.0001f && r.result.coolers.front().capped,
        qPrintable(listed(r)));
    QCOMPARE(r.notes.size(), std::size_t(1));
    QVERIFY2(!r.notes.front().aboveRating && r.notes.front().text.startsWith(QLatin1String("FW is at its rating")),
        qPrintable(r.notes.front().text));
    QVERIFY2(everyRackExplained(r) && r.reasons.size() == 4, qPrintable(listed(r)));
    for (const RackInletReason &reason : r.reasons) {
        QCOMPARE(reason.source, Source::WarmSupply);
        QCOMPARE(reason.sourceCoolerId, fanWall.id);
        QVERIFY2(reason.text.startsWith(QLatin1String("Fed by FW, which is at its rating and supplies")),
            qPrintable(reason.text));
    }
}

void TestThermalReasons::noReasonsWithoutTheSteadyField()
{
    Plan plan;
    AirPathBuilder b(plan, 8, 6, 3.0);
    twoRowsFacingNorth(b, Containment::HotAisle, 2);
    b.unit(QStringLiteral("FW"), CoolingKind::FanWall, 0.45, 3, Facing::East);
    Run r = run(plan, 0.25f, 200);
    QVERIFY(!r.reasons.empty());
    r.result.fields = {};  // a run that kept no field
    QVERIFY(ThermalReasons::explain(r.thermalCase, r.result, {}).empty());
    // A case file without its plan: the trace still names the source, only not the aisle's row.
    r = run(plan, 0.25f, 200);
    const auto reasons = ThermalReasons::explain(r.thermalCase, r.result, {});
    QCOMPARE(reasons.size(), r.reasons.size());
    for (const RackInletReason &reason : reasons)
        QVERIFY(reason.source != Source::HotAisle);
}

void TestThermalReasons::reasonsInGerman()
{
    Plan plan;
    AirPathBuilder b(plan, 8, 6, 3.0);
    twoRowsFacingNorth(b, Containment::HotAisle, 2);
    b.unit(QStringLiteral("FW"), CoolingKind::FanWall, 0.45, 3, Facing::East);
    QVERIFY(Language::apply(QStringLiteral("de")));
    const Run r = run(plan);
    const RackInletReason *reason = reasonFor(r, plan, QStringLiteral("B-01"));
    QVERIFY2(reason && reason->text.contains(QStringLiteral("Warmgang")), qPrintable(listed(r)));
}

void TestThermalReasons::newUserPlanIsExplained()
{
    // The plan of issue 15 at coarse cells: row 2 faces row 1's hot aisle, and every rack outside the
    // allowable range gets its reason; the energy balance closes.
    Plan plan;
    rwtest::buildNewUserPlan(plan);
    const Run r = run(plan, 0.4f, 600);
    QVERIFY2(r.result.ok(), r.result.message.c_str());
    QVERIFY2(std::fabs(r.result.energyBalanceError()) < 0.05f,
        qPrintable(QStringLiteral("energy balance %1 after %2 steps")
                       .arg(r.result.energyBalanceError())
                       .arg(r.result.iterations)));
    QVERIFY2(everyRackExplained(r), qPrintable(listed(r)));
    int hotAisle = 0;
    for (const RackInletReason &reason : r.reasons)
        hotAisle += reason.source == Source::HotAisle && inRow(plan, reason.rackId, QStringLiteral("Row 2")) ? 1 : 0;
    QVERIFY2(hotAisle >= 20, qPrintable(listed(r)));
}

QTEST_GUILESS_MAIN(TestThermalReasons)
#include "tst_thermalreasons.moc"
