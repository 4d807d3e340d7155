// SPDX-License-Identifier: GPL-3.0-or-later
// The builder from a plan's coolant loops to the liquid engine: the network it writes, and the flows and
// temperatures of a small loop worked out by hand (tests/common/liquidplans.h), budgets, findings and refusals.
#include "../common/liquidplans.h"

#include "analysis/liquidbudget.h"
#include "analysis/liquidcasebuilder.h"
#include "analysis/liquidfindings.h"
#include "analysis/liquidpowerfailures.h"
#include "analysis/liquidyearsummary.h"
#include "plan/validation.h"

#include <QtTest>

#include <cmath>

using namespace rw;
using namespace rw::engine::liquid;

namespace {

constexpr double kLitrePerMinute = 1e-3 / 60.0;

PlanLiquidCase buildOrFail(const Plan &plan)
{
    PlanLiquidCase built;
    QString error;
    if (!LiquidCaseBuilder::build(plan, &built, &error))
        qWarning("%s", qPrintable(error));
    return built;
}

}  // namespace

class TestLiquidCaseBuilder : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void writesTheNetwork();
    void flowsAndTemperaturesByHand();
    void budgetWithOnePumpLess();
    void facilityLoopCarriesTheCdus();
    void findingsForRacksShortOfFlow();
    void refusals();
    void powerChainSaysWhichPumpsRunOn();
    void weatherYearOfThePlan();
};

void TestLiquidCaseBuilder::writesTheNetwork()
{
    Plan plan;
    rwtest::liquid::buildLiquidPlan(plan);
    const PlanLiquidCase built = buildOrFail(plan);
    const LiquidCase &c = built.liquidCase;
    QCOMPARE(c.network.hydraulics.loops.size(), std::size_t(1));
    QCOMPARE(c.rackIds, (QStringList { QStringLiteral("L1-01"), QStringLiteral("L1-02") }));
    QCOMPARE(c.cduIds, QStringList { QStringLiteral("CDU 1") });
    QVERIFY(c.linkIds.contains(QStringLiteral("TCS 1/pumps")));
    // Tank, pumped, supply, supply end, return, and one inlet per rack.
    QCOMPARE(c.network.hydraulics.nodes.size(), std::size_t(7));
    // Pumps, CDU, two headers, and per rack a branch and its cold plates.
    QCOMPARE(c.network.hydraulics.links.size(), std::size_t(8));
    // 125 kW x 80 % to liquid.
    QCOMPARE(c.network.racks[0].heatToLiquidW, 100000.0);
    QCOMPARE(c.network.cdus[0].capacityW, 300000.0);
    QCOMPARE(c.network.cdus[0].supplySetpointC, 40.0);
    QCOMPARE(c.network.cdus[0].primaryLink, -1);
    QCOMPARE(built.loops.size(), std::size_t(1));
    QCOMPARE(built.loops[0].rackIds, (std::vector<Id> { rwtest::liquid::kRackA, rwtest::liquid::kRackB }));
}

/// The loop worked out by hand: the pump set against the CDU, the two headers and the two racks in parallel
/// (branch pipe and cold plates), each by its own law (Darcy-Weisbach with Swamee-Jain for the pipes, quadratic
/// resistances, the pump curve), with the water properties where the engine took them; the total flow by
/// bisection. Returns the total flow in m3/s.
double flowByHand(const LiquidCase &c, const LiquidResult &result, int runningPumps)
{
    const HydraulicNetwork &h = c.network.hydraulics;
    const auto link = [&](const QString &id) { return h.links[std::size_t(c.linkIds.indexOf(id))]; };
    const auto fluid = [&](const QString &id) {
        CoolantProperties p;
        coolantProperties(Coolant::Water, result.linkPropertyTempC[std::size_t(c.linkIds.indexOf(id))], &p);
        return p;
    };
    HydraulicLink pumps = link(QStringLiteral("TCS 1/pumps"));
    pumps.runningPumps = runningPumps;
    const auto imbalance = [&](double q) {
        const double rise = -pumpLaw(pumps, q).dropPa;
        const double drop = resistanceLaw(link(QStringLiteral("TCS 1/cdu")), q).dropPa
            + pipeLaw(link(QStringLiteral("TCS 1/supply-header")), fluid(QStringLiteral("TCS 1/supply-header")), q)
                  .dropPa
            + pipeLaw(link(QStringLiteral("TCS 1/return-header")), fluid(QStringLiteral("TCS 1/return-header")), q)
                  .dropPa
            + pipeLaw(link(QStringLiteral("L1-01/branch")), fluid(QStringLiteral("L1-01/branch")), q / 2).dropPa
            + resistanceLaw(link(QStringLiteral("L1-01")), q / 2).dropPa;
        return rise - drop;
    };
    double low = 1e-6, high = 1.0;  // m3/s: the pumps deliver at the one, not at the other
    for (int i = 0; i < 200; ++i) {
        const double mid = 0.5 * (low + high);
        (imbalance(mid) > 0 ? low : high) = mid;
    }
    return 0.5 * (low + high);
}

void TestLiquidCaseBuilder::flowsAndTemperaturesByHand()
{
    Plan plan;
    rwtest::liquid::buildLiquidPlan(plan);
    const PlanLiquidCase built = buildOrFail(plan);
    const LiquidResult result = solveLiquid(built.liquidCase.network);
    QVERIFY2(result.ok(), result.error.c_str());

    // Without the pipes the loop has a closed form (kPa, L/min): 300 = q^2 (c / 4 + 60 / 600^2 + 100 / 200^2 / 4)
    // with c = (300 - 200) / 300^2, q = 529.64 L/min. The pipes (about 20 kPa) take some of it.
    const double total = flowByHand(built.liquidCase, result, 2) / kLitrePerMinute;
    QVERIFY2(total > 500.0 && total < 529.64, qPrintable(QString::number(total)));
    for (const RackState &rack : result.racks) {
        const double flow = rack.flowM3PerS / kLitrePerMinute;
        QVERIFY2(std::abs(flow - total / 2.0) < 1e-3 * total / 2.0,
            qPrintable(QStringLiteral("%1 against %2 by hand").arg(flow).arg(total / 2.0)));
        QVERIFY(!rack.flowShort);
    }
    // Supply: the CDU's 40 °C setpoint, as 30 °C primary + 4 K approach lies below it.
    QVERIFY(std::abs(result.racks[0].inletC - 40.0) < 1e-6);
    // Return: 40 + P / (rho q cp). Water near 43 °C: rho 991.0 kg/m3, cp 4179 J/(kg K) (IAPWS).
    const double rise = 100000.0 / (991.0 * (total / 2.0) * kLitrePerMinute * 4179.0);
    QVERIFY2(std::abs(result.racks[0].outletC - (40.0 + rise)) < 0.01,
        qPrintable(QStringLiteral("%1 against %2 by hand").arg(result.racks[0].outletC).arg(40.0 + rise)));
    // With the engine's own properties of the loop the balance closes to rounding.
    const double exact
        = 100000.0 / (result.loopDensityKgPerM3[0] * result.racks[0].flowM3PerS * result.loopHeatCapacityJPerKgK[0]);
    QVERIFY(std::abs(result.racks[0].outletC - 40.0 - exact) < 1e-6);
    // The CDU takes both racks' heat.
    QVERIFY(std::abs(result.cdus[0].loadW - 200000.0) < 1.0);
    qInfo("by hand: %.2f L/min in all, %.2f per rack, return %.2f °C", total, total / 2.0, 40.0 + rise);
}

void TestLiquidCaseBuilder::budgetWithOnePumpLess()
{
    Plan plan;
    rwtest::liquid::buildLiquidPlan(plan);
    const PlanLiquidCase built = buildOrFail(plan);
    const LiquidAnalysis::Result result = LiquidAnalysis::run(built.liquidCase, QStringLiteral("TCS 1/pumps"));
    QVERIFY2(result.ok, qPrintable(result.error));
    const std::vector<LoopBudget> budgets = LiquidBudget::compute(built, result);
    QCOMPARE(budgets.size(), std::size_t(1));
    const LoopBudget &b = budgets[0];
    QCOMPARE(b.heatKw, 200.0);
    QCOMPARE(b.capacityKw, 300.0);
    QCOMPARE(b.neededFlowLPerMin, 360.0);
    const double total = flowByHand(built.liquidCase, result.steady, 2) / kLitrePerMinute;
    QVERIFY(std::abs(b.flowLPerMin - total) < 1e-3 * total);
    QCOMPARE(b.racks.size(), std::size_t(2));
    QVERIFY(std::abs(b.racks[0].marginShare - (total / 2.0 / 180.0 - 1.0)) < 1e-3);
    // One pump: by hand with one pump running (the properties change little), above 2 x 180 L/min: N+1 holds.
    const double onePump = flowByHand(built.liquidCase, result.steady, 1) / kLitrePerMinute;
    QVERIFY2(onePump > 360.0, qPrintable(QString::number(onePump)));
    QVERIFY(b.pumpRedundant);
    QCOMPARE(b.racksShortWithOnePumpLess, 0);
    const QString text = LiquidBudget::toText(budgets).join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QStringLiteral("Rack L1-01: flow margin %1 % (%2 of 180.0 L/min)")
                               .arg(QString::number((total / 2.0 / 180.0 - 1.0) * 100.0, 'f', 0),
                                   QString::number(total / 2.0, 'f', 1))),
        qPrintable(text));

    // A rack needing more than one pump gives it makes one pump too few.
    LoopRack needy = *plan.find<LoopRack>(rwtest::liquid::kOnLoopA);
    needy.minFlowLPerMin = std::ceil(onePump / 2.0 + 1.0);
    PlanFiller(plan).replace(needy);
    const PlanLiquidCase tighter = buildOrFail(plan);
    const std::vector<LoopBudget> short1
        = LiquidBudget::compute(tighter, LiquidAnalysis::run(tighter.liquidCase, QStringLiteral("power")));
    QVERIFY(!short1[0].pumpRedundant);
    QCOMPARE(short1[0].racksShortWithOnePumpLess, 1);
}

void TestLiquidCaseBuilder::facilityLoopCarriesTheCdus()
{
    Plan plan;
    rwtest::liquid::buildLiquidPlan(plan);
    CoolantLoop facility = rwtest::liquid::technologyLoop();
    facility.id = 60;
    facility.name = QStringLiteral("FWS");
    facility.kind = CoolantLoopKind::FacilityWater;
    facility.cduId = kNoId;
    PlanFiller(plan).insert(facility);
    LoopRejection stage;
    stage.id = 61;
    stage.loopId = facility.id;
    stage.coolingUnitId = rwtest::liquid::kDryCooler;
    stage.approachK = 3.0;
    PlanFiller(plan).insert(stage);
    CoolantLoop loop = *plan.find<CoolantLoop>(rwtest::liquid::kLoop);
    loop.facilityLoopId = facility.id;
    PlanFiller(plan).replace(loop);
    QVERIFY(!PlanValidator::firstError(plan));

    const PlanLiquidCase built = buildOrFail(plan);
    const LiquidCase &c = built.liquidCase;
    QCOMPARE(c.network.hydraulics.loops.size(), std::size_t(2));
    QCOMPARE(c.rejectionIds, QStringList { QStringLiteral("Dry cooler 1") });
    // Dry cooler: its 30 °C setpoint, not below the site's 25 °C design outdoor air + 3 K.
    QCOMPARE(c.network.rejections[0].sinkTempC, 25.0);
    QVERIFY(c.network.cdus[0].primaryLink >= 0);
    const LiquidResult result = solveLiquid(c.network);
    QVERIFY2(result.ok(), result.error.c_str());
    // The heat goes round: racks -> CDU -> facility water -> dry cooler.
    QVERIFY(std::abs(result.rejections[0].loadW - 200000.0) < 1.0);
    QVERIFY(std::abs(result.rejections[0].outletC - 30.0) < 1e-6);
    // Budget: N-1 of one unit leaves no heat rejection.
    const std::vector<LoopBudget> budgets
        = LiquidBudget::compute(built, LiquidAnalysis::run(c, QStringLiteral("power")));
    QCOMPARE(budgets.size(), std::size_t(2));
    QVERIFY(budgets[0].facility);
    QCOMPARE(budgets[0].capacityKw, 500.0);
    QCOMPARE(budgets[0].capacityWithoutLargestKw, 0.0);
}

void TestLiquidCaseBuilder::findingsForRacksShortOfFlow()
{
    Plan plan;
    rwtest::liquid::buildLiquidPlan(plan);
    QVERIFY(LiquidFindings::check(plan).empty());
    LoopRack needy = *plan.find<LoopRack>(rwtest::liquid::kOnLoopB);
    needy.minFlowLPerMin = 300.0;
    PlanFiller(plan).replace(needy);
    const std::vector<LiquidRackIssue> issues = LiquidFindings::check(plan);
    QCOMPARE(issues.size(), std::size_t(1));
    QCOMPARE(issues[0].rackId, rwtest::liquid::kRackB);
    const PlanLiquidCase built = buildOrFail(plan);
    const double flow = solveLiquid(built.liquidCase.network).racks[1].flowM3PerS / kLitrePerMinute;
    QCOMPARE(issues[0].message,
        QStringLiteral("Rack L1-02 is short of coolant: %1 of 300.0 L/min.").arg(QString::number(flow, 'f', 1)));
    // The validator lists it as a warning on the rack.
    bool listed = false;
    for (const Finding &finding : PlanValidator::validate(plan))
        listed = listed || (finding.kind == EntityKind::Rack && finding.message == issues[0].message);
    QVERIFY(listed);
}

void TestLiquidCaseBuilder::refusals()
{
    Plan plan;
    rwtest::liquid::buildLiquidRacks(plan);
    PlanLiquidCase built;
    QString error;
    QVERIFY(!LiquidCaseBuilder::build(plan, &built, &error));
    QCOMPARE(error, QStringLiteral("The plan has no coolant loops."));
    PlanFiller(plan).insert(rwtest::liquid::technologyLoop());
    QVERIFY(!LiquidCaseBuilder::build(plan, &built, &error));
    QCOMPARE(error, QStringLiteral("Coolant loop TCS 1 has no racks."));
}

/// Utility -> UPS -> "PDU U" and utility -> "PDU N": the CDU on one or the other decides whether its pumps ride
/// through a utility loss. Hand-worked: without UPS and with the pumps stopping at once, a rack's volume (33.6 L
/// PG25 + 40 kJ/K of plates) takes its 100 kW and reaches 65 °C after (65 - T0) C / P.
void TestLiquidCaseBuilder::powerChainSaysWhichPumpsRunOn()
{
    Plan plan;
    rwtest::liquid::buildLiquidPlan(plan);
    const auto node = [&plan](Id id, const QString &name, PowerNodeKind kind) {
        PowerNode n;
        n.id = id;
        n.name = name;
        n.kind = kind;
        PlanFiller(plan).insert(n);
    };
    node(70, QStringLiteral("Utility"), PowerNodeKind::UtilityFeed);
    node(71, QStringLiteral("UPS"), PowerNodeKind::Ups);
    node(72, QStringLiteral("PDU U"), PowerNodeKind::Pdu);
    node(73, QStringLiteral("PDU N"), PowerNodeKind::Pdu);
    PlanFiller(plan).insert(PowerLink { 74, 70, 71 });
    PlanFiller(plan).insert(PowerLink { 75, 71, 72 });
    PlanFiller(plan).insert(PowerLink { 76, 70, 73 });
    CoolingUnit cdu = *plan.find<CoolingUnit>(rwtest::liquid::kCdu);
    cdu.feedId = 72;
    PlanFiller(plan).replace(cdu);

    PlanLiquidCase built = buildOrFail(plan);
    built.liquidCase.chainFailures = LiquidPowerFailures::of(plan, built);
    QStringList ids;
    for (const ChainFailure &failure : built.liquidCase.chainFailures)
        ids << failure.id;
    QCOMPARE(ids,
        (QStringList { QStringLiteral("Utility"), QStringLiteral("UPS"), QStringLiteral("PDU U"),
            LiquidPowerFailures::kUtilityLost }));
    QCOMPARE(built.liquidCase.chainFailures.back().pumpsOnUps, QStringList { QStringLiteral("TCS 1/pumps") });
    LiquidAnalysis::Result onUps = LiquidAnalysis::run(built.liquidCase, LiquidPowerFailures::kUtilityLost);
    QVERIFY2(onUps.ok, qPrintable(onUps.error));
    QCOMPARE(onUps.failures[0].racksLosingFlow, 0);
    QVERIFY(!std::isfinite(onUps.failures[0].racks[0].secondsToThrottle));  // the CDU goes on cooling

    cdu.feedId = 73;
    PlanFiller(plan).replace(cdu);
    built = buildOrFail(plan);
    built.liquidCase.chainFailures = LiquidPowerFailures::of(plan, built);
    TransientOptions suddenStop;
    suddenStop.pumpRunDownS = 0.0;
    const LiquidAnalysis::Result stopped
        = LiquidAnalysis::run(built.liquidCase, LiquidPowerFailures::kUtilityLost, suddenStop);
    QVERIFY2(stopped.ok, qPrintable(stopped.error));
    QCOMPARE(stopped.failures[0].racksLosingFlow, 2);
    const LiquidResult &steady = stopped.steady;
    const double capacity = 33.6e-3 * steady.loopDensityKgPerM3[0] * steady.loopHeatCapacityJPerKgK[0] + 40e3;
    const double byHand = (65.0 - steady.racks[0].outletC) * capacity / 100e3;
    QVERIFY2(std::abs(stopped.failures[0].racks[0].secondsToThrottle - byHand) < 1e-3 * byHand,
        qPrintable(QStringLiteral("%1 s against %2 s by hand")
                       .arg(stopped.failures[0].racks[0].secondsToThrottle)
                       .arg(byHand)));
    // Coasting down buys a little time; the node's own failure stops the same pumps.
    const LiquidAnalysis::Result coasting = LiquidAnalysis::run(built.liquidCase, QStringLiteral("PDU N"));
    QVERIFY2(coasting.ok, qPrintable(coasting.error));
    QVERIFY(coasting.failures[0].racks[0].secondsToThrottle > byHand);
    QVERIFY(
        coasting.findings.join(QLatin1Char('\n')).contains(QStringLiteral("Power failure PDU N: the GPUs of rack")));
    const QStringList text = LiquidAnalysis::toText(built.liquidCase, coasting);
    QVERIFY(text.join(QLatin1Char('\n')).contains(QStringLiteral("pumps coasting down: TCS 1/pumps")));
    QVERIFY(text.join(QLatin1Char('\n')).contains(QStringLiteral("Rack L1-01: supply over its limit")));
    // The validator names the first rack to throttle while the CDU's pumps are off UPS, and only then.
    std::vector<LiquidRackIssue> issues = LiquidFindings::check(plan);
    QCOMPARE(issues.size(), std::size_t(1));
    QVERIFY(issues[0].kind == LiquidRackIssue::Kind::RideThrough);
    QVERIFY(issues[0].message.startsWith(QStringLiteral("The pumps of CDU 1 are not on UPS: after a utility power")));
    cdu.feedId = 72;
    PlanFiller(plan).replace(cdu);
    QVERIFY(LiquidFindings::check(plan).empty());
}

/// The loops of facilityLoopCarriesTheCdus through the typical Munich year: the dry cooler takes the 200 kW every
/// hour (energy balance), its fans draw, nothing is reused and no water is used.
void TestLiquidCaseBuilder::weatherYearOfThePlan()
{
    Plan plan;
    rwtest::liquid::buildLiquidPlanWithDryCoolerFacility(plan);

    const LiquidYearSummary::Result result = LiquidYearSummary::run(plan);
    QVERIFY2(result.ok, qPrintable(result.error));
    const LiquidYearResult &year = result.year;
    QCOMPARE(year.hoursWithoutSteadyState, 0);
    QVERIFY(std::abs(year.heatToLiquidWh - 200e3 * 8760.0) < 1.0);
    QVERIFY(std::abs(year.rejectedWh[0] - year.heatToLiquidWh) < 1e-6 * year.heatToLiquidWh);
    QCOMPARE(year.chillerFreeHours, 8760);
    QCOMPARE(year.waterL, 0.0);
    QCOMPARE(year.reusedWh, 0.0);
    // Fans: 10 kW x (200 / 500)^3 every hour.
    QVERIFY(std::abs(year.electricWh[0] - 10e3 * 0.064 * 8760.0) < 1.0);
    QVERIFY(year.pumpElectricWh > 0.0);
    const PlanLiquidCase built = buildOrFail(plan);
    const QJsonObject json = LiquidYearSummary::toJson(built, result);
    QCOMPARE(json.value(QStringLiteral("hours")).toInt(), 8760);
    QVERIFY(std::abs(json.value(QStringLiteral("heatToLiquidMWh")).toDouble() - 1752.0) < 1e-6);
}

QTEST_GUILESS_MAIN(TestLiquidCaseBuilder)
#include "tst_liquidcasebuilder.moc"
