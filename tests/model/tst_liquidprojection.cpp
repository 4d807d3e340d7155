// SPDX-License-Identifier: GPL-3.0-or-later
// The coolant loops in the load projection (issue 18): their pumps, heat rejection, tower water and reused heat come
// from the liquid engine's weather year, at the heat the racks give to the loops hour by hour. Checked against a
// plan worked by hand in a year of constant weather (5 °C): two racks of 125 kW (80 % to liquid, 200 kW at design)
// on one CDU loop, a facility water system with one 250 kW dry cooler of 10 kW fans.
#include "../common/liquidplans.h"

#include "analysis/liquidcasebuilder.h"
#include "projection/loadmodelbuilder.h"
#include "projection/loadprojection.h"
#include "projection/projectionjson.h"
#include "review/projectionsummarizers.h"

#include <rackwerk/engine/liquid/liquidloop.h>

#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace rw;
using namespace rw::engine::liquid;
using namespace rwtest::liquid;

class TestLiquidProjection : public QObject {
    Q_OBJECT
private slots:
    void pueFromTheLoopsAtDesignLoad();
    void partLoadInterpolatesBetweenSolvedLoads();
    void strongerFansRaiseThePue();
    void reuseStageGivesTheErf();
    void coolingTowerGivesTheWue();
    void planWithoutLoopsKeepsItsModel();
};

namespace {

constexpr double kFanKw = 10.0;
constexpr double kCoolerKw = 250.0;
constexpr double kItKw = 250.0;  ///< both racks at utilisation 1
constexpr double kLoopHeatKw = 200.0;

/// Fans of the dry cooler taking heatKw: the cube of the load share, never below 30 % speed.
double fansKw(double heatKw, double fanKw = kFanKw)
{
    return fanKw * std::pow(std::max(0.3, heatKw / kCoolerKw), 3.0);
}

/// The plan: the loops of liquidplans.h, the dry cooler at 250 kW, and a scenario of one year in which every rack
/// runs inference at a fixed utilisation (no randomness).
void buildHandPlan(Plan &plan)
{
    buildLiquidPlanWithDryCoolerFacility(plan);
    CoolingUnit cooler = *plan.find<CoolingUnit>(kDryCooler);
    cooler.capacityKw = kCoolerKw;
    PlanFiller(plan).replace(cooler);
    Scenario scenario;
    scenario.id = plan.allocateId();
    scenario.name = QStringLiteral("Steady");
    scenario.startDate = QDate(2027, 1, 1);
    scenario.horizonYears = 1;
    PlanFiller(plan).insert(scenario);
    Phase phase;
    phase.id = plan.allocateId();
    phase.scenarioId = scenario.id;
    phase.startMonth = 0;
    phase.installedShare = 1.0;
    phase.trainingShare = 0.0;
    phase.inferenceShare = 1.0;
    PlanFiller(plan).insert(phase);
}

LoadProjectionResult project(const Plan &plan, double utilisation)
{
    LoadProjectionOptions options;
    options.trials = 2;
    options.engine = engine::BackendRequest::Cpu;
    options.model.weather = WeatherYear::fromHours(
        std::vector<float>(std::size_t(WeatherYear::kHours), 5.0f), {}, QStringLiteral("constant 5 °C"));
    engine::WorkloadParameters &w = options.model.workload;
    w.inferenceMean = float(utilisation);
    w.inferenceDailyAmplitude = 0;
    w.inferenceWeekendFactor = 1;
    w.inferenceHallNoise = 0;
    w.inferenceGroupNoise = 0;
    LoadProjectionResult result;
    QString error;
    if (!LoadProjection::run(plan, options, {}, &result, &error))
        qWarning("%s", qPrintable(error));
    return result;
}

/// The pumps at the design flows, flow x head / 0.65, from the steady state of the plan's loops.
double pumpsKw(const Plan &plan)
{
    PlanLiquidCase built;
    QString error;
    if (!LiquidCaseBuilder::build(plan, &built, &error))
        return -1.0;
    const LiquidNetwork &network = built.liquidCase.network;
    const LiquidResult design = solveLiquid(network);
    double watts = 0.0;
    for (std::size_t k = 0; k < network.hydraulics.links.size(); ++k) {
        const HydraulicLink &link = network.hydraulics.links[k];
        if (link.kind == LinkKind::Pump && link.runningPumps > 0)
            watts += (design.hydraulics.pressurePa[link.to] - design.hydraulics.pressurePa[link.from])
                * design.hydraulics.flowM3PerS[k] / 0.65;
    }
    return watts / 1000.0;
}

bool near(double a, double b, double relative = 1e-5)
{
    return std::abs(a - b) <= relative * std::max(std::abs(a), std::abs(b));
}

QString figures(double got, double byHand)
{
    return QStringLiteral("%1 against %2 by hand").arg(got, 0, 'g', 10).arg(byHand, 0, 'g', 10);
}

}  // namespace

/// Every rack at its maximum: the loops at their design heat. PUE = 1 + (pumps + fans) / IT; the air-side plant
/// has no unit left (the CDU and the dry cooler are the loops'), so nothing else draws.
void TestLiquidProjection::pueFromTheLoopsAtDesignLoad()
{
    Plan plan;
    buildHandPlan(plan);
    const LoadProjectionResult r = project(plan, 1.0);
    QVERIFY(r.loopPlant);
    QVERIFY(near(r.loopDesignHeatKw, kLoopHeatKw));
    const double pumps = pumpsKw(plan);
    QVERIFY(pumps > 0.0);
    QVERIFY2(near(r.loopPumpKw, pumps), qPrintable(figures(r.loopPumpKw, pumps)));
    const double byHand = 1.0 + (pumps + fansKw(kLoopHeatKw)) / kItKw;  // fans 10 kW x 0.8^3 = 5.12 kW
    QVERIFY2(near(r.perYear[0].pue.p50, byHand), qPrintable(figures(r.perYear[0].pue.p50, byHand)));
    QVERIFY(near(r.perYear[0].itEnergyMWh.p50, kItKw * 8760 / 1000.0));
    QVERIFY(near(r.perYear[0].coolingEnergyMWh.p50, (pumps + 5.12) * 8760 / 1000.0));
    QCOMPARE(r.perYear[0].erf.p50, 0.0);
    QCOMPARE(r.perYear[0].wue.p50, 0.0);
    const QJsonObject json = loadProjectionJson(r);
    QVERIFY(json.contains(QStringLiteral("coolantLoops")));
    QVERIFY(json.value(QStringLiteral("yearly")).toArray().at(0).toObject().contains(QStringLiteral("wue")));
}

/// At 60 % utilisation the loops carry 120 kW, between the loads solved at 100 and 150 kW: the fans interpolate
/// linearly between 10 x 0.4^3 and 10 x 0.6^3 kW (1.248 kW; the cube itself would give 1.106 kW: the price of five
/// loads), the pumps run at their design flow.
void TestLiquidProjection::partLoadInterpolatesBetweenSolvedLoads()
{
    Plan plan;
    buildHandPlan(plan);
    const LoadProjectionResult r = project(plan, 0.6);
    const double fans = fansKw(100.0) + 0.4 * (fansKw(150.0) - fansKw(100.0));
    QVERIFY(near(fans, 1.248, 1e-9));
    const double byHand = 1.0 + (pumpsKw(plan) + fans) / (0.6 * kItKw);
    QVERIFY2(near(r.perYear[0].pue.p50, byHand), qPrintable(figures(r.perYear[0].pue.p50, byHand)));
}

/// Twice the fan power: the PUE rises by exactly the extra fan energy over the IT energy.
void TestLiquidProjection::strongerFansRaiseThePue()
{
    Plan plan;
    buildHandPlan(plan);
    const double before = project(plan, 1.0).perYear[0].pue.p50;
    CoolingUnit cooler = *plan.find<CoolingUnit>(kDryCooler);
    cooler.powerDrawKw = 2 * kFanKw;
    PlanFiller(plan).replace(cooler);
    const double after = project(plan, 1.0).perYear[0].pue.p50;
    QVERIFY2(near(after - before, fansKw(kLoopHeatKw) / kItKw, 1e-4),
        qPrintable(figures(after - before, fansKw(kLoopHeatKw) / kItKw)));
}

/// A heat-reuse exchanger before the dry cooler (sink 20 °C + 5 K, below the 30 °C it cools to) takes all the heat:
/// ERF = 200 kW / (IT + pumps), the dry cooler's fans stop, and the review counts the loops' reuse without a
/// declared share.
void TestLiquidProjection::reuseStageGivesTheErf()
{
    Plan plan;
    buildHandPlan(plan);
    CoolingUnit exchanger;
    exchanger.id = plan.allocateId();
    exchanger.name = QStringLiteral("Reuse HX");
    exchanger.kind = CoolingKind::WaterHeatExchanger;
    exchanger.capacityKw = 300.0;
    exchanger.facilityWaterSupplyC = 30.0;
    PlanFiller(plan).insert(exchanger);
    LoopRejection reuse;
    reuse.id = plan.allocateId();
    reuse.loopId = kFacilityLoop;
    reuse.coolingUnitId = exchanger.id;
    reuse.kind = HeatRejectionKind::HeatReuse;
    reuse.stage = 1;
    reuse.sinkTempC = 20.0;
    reuse.approachK = 5.0;
    PlanFiller(plan).insert(reuse);
    LoopRejection cooler = *plan.find<LoopRejection>(kDryCoolerStage);
    cooler.stage = 2;
    PlanFiller(plan).replace(cooler);
    QVERIFY(!plan.site().plannedHeatReuseShare);

    const LoadProjectionResult r = project(plan, 1.0);
    QVERIFY(r.loopReuse);
    const double pumps = pumpsKw(plan);
    const double byHand = kLoopHeatKw / (kItKw + pumps);
    QVERIFY2(near(r.perYear[0].erf.p50, byHand, 1e-4), qPrintable(figures(r.perYear[0].erf.p50, byHand)));
    QVERIFY2(near(r.perYear[0].pue.p50, 1.0 + pumps / kItKw, 1e-4),
        qPrintable(figures(r.perYear[0].pue.p50, 1.0 + pumps / kItKw)));
    const EnergySummary summary = summarizeEnergy(r);
    QVERIFY(summary.reuseFromLoops);
    QVERIFY(near(summary.erfByYear.at(0), byHand, 1e-4));
}

/// The dry cooler as a cooling tower (the weather has no wet bulb: the dry bulb stands in): 1.98 L per kWh of heat,
/// so WUE = 1.98 x 200 / 250 L/kWh; the review takes the projected WUE.
void TestLiquidProjection::coolingTowerGivesTheWue()
{
    Plan plan;
    buildHandPlan(plan);
    LoopRejection stage = *plan.find<LoopRejection>(kDryCoolerStage);
    stage.kind = HeatRejectionKind::CoolingTower;
    PlanFiller(plan).replace(stage);
    const LoadProjectionResult r = project(plan, 1.0);
    const double byHand = 1.98 * kLoopHeatKw / kItKw;
    QVERIFY2(near(r.perYear[0].wue.p50, byHand, 1e-5), qPrintable(figures(r.perYear[0].wue.p50, byHand)));
    QVERIFY(near(r.perYear[0].waterM3.p50, 1.98 * kLoopHeatKw * 8760 / 1000.0, 1e-5));
    QVERIFY(r.efficiency.at(0).waterModelled);
    const EnergySummary summary = summarizeEnergy(r);
    QVERIFY(summary.wueLitrePerKWh);
    QVERIFY(near(*summary.wueLitrePerKWh, byHand, 1e-5));
}

/// The same racks, CDU and dry cooler without loops: the plant model as before (CDU pumps, free cooling), no loop
/// plant, no loop share, no water in the JSON.
void TestLiquidProjection::planWithoutLoopsKeepsItsModel()
{
    Plan plan;
    buildLiquidRacks(plan);
    BuiltLoadModel built;
    QString error;
    QVERIFY2(LoadModelBuilder::build(plan, {}, &built, &error), qPrintable(error));
    QVERIFY(!built.loopPlant);
    QCOMPARE(built.model.loops.designHeatKw, 0.0f);
    QVERIFY(built.model.loops.table == nullptr);
    for (const engine::LoadGroup &group : built.groups)
        QCOMPARE(group.loopShare, 0.0f);
    QVERIFY(built.model.cooling.freeCapacityKw > 0.0f);
    Plan withLoops;
    buildHandPlan(withLoops);
    QVERIFY2(LoadModelBuilder::build(withLoops, {}, &built, &error), qPrintable(error));
    QVERIFY(built.loopPlant);
    QCOMPARE(built.model.cooling.freeCapacityKw, 0.0f);  // the dry cooler is the loops'
    QCOMPARE(built.model.cooling.liquidCapacityKw, 0.0f);  // and so is the CDU
}

QTEST_GUILESS_MAIN(TestLiquidProjection)
#include "tst_liquidprojection.moc"
