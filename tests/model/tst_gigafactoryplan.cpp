// SPDX-License-Identifier: GPL-3.0-or-later
// The second bundled demo, the gigafactory campus: it validates without errors, holds about 100,000 GPUs in 8-12
// halls, its power chain carries the design load and the single failures it claims to ride through, and the
// liquid analysis of one hall and one technology loop matches figures worked out by hand below (to 0.5 %). The
// expected numbers are written out, not taken from the plan, so that a change of the plan or of the analysis fails.

#include "analysis/contingency.h"
#include "analysis/coolingbudget.h"
#include "analysis/liquidanalysis.h"
#include "analysis/liquidbudget.h"
#include "analysis/liquidcasebuilder.h"
#include "analysis/powernetwork.h"
#include "demo/builtinplans.h"
#include "demo/gigafactoryplan.h"
#include "plan/validation.h"

#include <QtTest>

#include <cmath>

using namespace rw;
using namespace rw::engine::liquid;

namespace {

constexpr double kLitrePerMinute = 1e-3 / 60.0;

/// Relative comparison: |actual / expected - 1| <= share.
#define COMPARE_SHARE(actual, expected, share)                                                                         \
    do {                                                                                                               \
        const double actual_ = (actual);                                                                               \
        const double expected_ = (expected);                                                                           \
        QVERIFY2(std::abs(actual_ / expected_ - 1.0) <= (share),                                                       \
            qPrintable(QStringLiteral("%1 is %2, expected %3")                                                         \
                           .arg(QString::fromLatin1(#actual))                                                          \
                           .arg(actual_, 0, 'g', 8)                                                                    \
                           .arg(expected_, 0, 'g', 8)));                                                               \
    } while (false)

constexpr double kHand = 0.005;  // the hand figures below hold to 0.5 %

/// Built once: every test reads the same plan.
const Plan &gigafactory()
{
    static Plan plan;
    if (plan.all<Rack>().empty())
        buildGigafactoryPlan(plan);
    return plan;
}

Id nodeNamed(const Plan &plan, const QString &name)
{
    for (const auto &[id, node] : plan.all<PowerNode>()) {
        if (node.name == name)
            return id;
    }
    return kNoId;
}

}  // namespace

class TestGigafactoryPlan : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void addressedByName();
    void validatesWithoutErrors();
    void aboutHundredThousandGpus();
    void coolingBudgetsHold();
    void powerHoldsInNormalOperation();
    void powerRidesThroughTheSingleFailuresItClaims();
    void liquidOfOneLoopByHand();
    void liquidOfOneHallByHand();
};

void TestGigafactoryPlan::addressedByName()
{
    QVERIFY(BuiltInPlans::isBuiltIn(QStringLiteral("gigafactory")));
    QVERIFY(BuiltInPlans::isBuiltIn(QStringLiteral("demo")));
    QVERIFY(!BuiltInPlans::isBuiltIn(QStringLiteral("gigafactory.rackwerk")));
    Plan plan;
    QVERIFY(BuiltInPlans::build(QStringLiteral("gigafactory"), plan));
    QCOMPARE(plan.all<Rack>().size(), gigafactory().all<Rack>().size());
    Plan untouched;
    QVERIFY(!BuiltInPlans::build(QStringLiteral("nonesuch"), untouched));
    QVERIFY(untouched.all<Rack>().empty());
}

void TestGigafactoryPlan::validatesWithoutErrors()
{
    const std::vector<Finding> findings = PlanValidator::validate(gigafactory());
    QStringList listed;
    for (const Finding &f : findings)
        listed << f.message;
    // No errors, and no warnings either: the demo shows a plan that is in order.
    QVERIFY2(findings.empty(), qPrintable(listed.join(QLatin1Char('\n'))));
}

void TestGigafactoryPlan::aboutHundredThousandGpus()
{
    const Plan &plan = gigafactory();
    const std::size_t halls = plan.all<Hall>().size();
    QVERIFY(halls >= 8 && halls <= 12);
    int gpus = 0;
    int liquidRacks = 0;
    for (const auto &[id, device] : plan.all<MountedDevice>()) {
        const DeviceType *type = plan.find<DeviceType>(device.typeKey);
        QVERIFY(type);
        gpus += type->gpuCount;
    }
    for (const auto &[id, rack] : plan.all<Rack>())
        liquidRacks += rack.cooling == RackCooling::Liquid ? 1 : 0;
    // 10 halls x 12 rows x 12 GB300 NVL72 x 72 GPUs = 103,680.
    QCOMPARE(gpus, 103680);
    QVERIFY(gpus >= 95000 && gpus <= 105000);
    QCOMPARE(liquidRacks, 1440);
    // Every liquid rack is on a technology loop, every loop has its CDU, one facility loop per hall.
    QCOMPARE(plan.all<LoopRack>().size(), std::size_t(liquidRacks));
    int facility = 0;
    for (const auto &[id, loop] : plan.all<CoolantLoop>())
        facility += loop.kind == CoolantLoopKind::FacilityWater ? 1 : 0;
    QCOMPARE(facility, int(halls));
    QCOMPARE(plan.all<CoolantLoop>().size(), halls + 1440 / 12);
}

void TestGigafactoryPlan::coolingBudgetsHold()
{
    const CoolingBudget budget = CoolingBudgeter::compute(gigafactory());
    QCOMPARE(budget.halls.size(), std::size_t(10));
    for (const CoolingArea &hall : budget.halls) {
        // Per hall: 144 racks x 140 kW x 0.94 = 18,950.4 kW to liquid; 144 x 8.4 kW + 24 network racks x
        // (14 x 2.1 + 0.15) kW = 1,918.8 kW to air.
        COMPARE_SHARE(hall.liquidHeat.loadKw, 18950.4, 1e-9);
        COMPARE_SHARE(hall.airHeat.loadKw, 1918.8, 1e-9);
        QVERIFY(hall.liquidHeat.meetsRedundancy());  // 11 of 12 CDUs of 2,500 kW: 27,500 kW
        QVERIFY(hall.airHeat.meetsRedundancy());  // 5 of 6 fan walls of 600 kW: 3,000 kW
        QVERIFY(hall.airflow.meetsRedundancy());
    }
    QVERIFY(budget.heatRejection.redundantKw >= budget.heatRejection.heatKw);
}

void TestGigafactoryPlan::powerHoldsInNormalOperation()
{
    const Plan &plan = gigafactory();
    const PowerNetwork network(plan);
    const PowerState normal = PowerAnalyzer::state(plan, network, {}, LoadLevel::Design);
    QVERIFY(normal.flow.routable);
    QVERIFY(normal.servesAll());
    // Rack demand: 1,440 x 140 kW + 240 network racks x 29.55 kW = 208,692 kW.
    double demandKw = 0.0;
    for (const RackSupply &r : normal.loads.racks)
        demandKw += r.demandKw;
    COMPARE_SHARE(demandKw, 208692.0, 1e-9);
    // The grid delivers it with the losses and the mechanical plant, within the contracted 250 MW.
    double gridKw = 0.0;
    for (std::size_t i = 0; i < network.size(); ++i) {
        if (network.node(i).kind == PowerNodeKind::UtilityFeed)
            gridKw += normal.flow.inputKw[i];
    }
    QVERIFY2(gridKw > demandKw && gridKw <= 250000.0, qPrintable(QString::number(gridKw)));
    QVERIFY(plan.site().connectedPowerKw && *plan.site().connectedPowerKw == 250000.0);
}

void TestGigafactoryPlan::powerRidesThroughTheSingleFailuresItClaims()
{
    // The plan claims: either 110 kV circuit carries the site, the 110/20 kV transformers are N+1 per side, and
    // A/B are 2N from the 20 kV switchgear to every rack. A single failure then loses no rack and overloads no
    // node; where a side is lost, a GB300 rack runs on the 24 PSUs of 5.5 kW of its other feed: 132 of 140 kW.
    const Plan &plan = gigafactory();
    const PowerNetwork network(plan);
    const QStringList failures { QStringLiteral("Grid 110 kV circuit 1"), QStringLiteral("TX-110kV-A1"),
        QStringLiteral("MV-20kV-A"), QStringLiteral("H01-MV-B"), QStringLiteral("TX-H01-W01-A"),
        QStringLiteral("UPS-H01-W01-B"), QStringLiteral("BW-H10-E06-A") };
    const QStringList sideLost { QStringLiteral("MV-20kV-A"), QStringLiteral("H01-MV-B") };
    for (const QString &name : failures) {
        const Id failed = nodeNamed(plan, name);
        QVERIFY2(failed != kNoId, qPrintable(name));
        const PowerState state = PowerAnalyzer::state(plan, network, { failed }, LoadLevel::Design);
        QVERIFY2(state.racksLost.empty(), qPrintable(name));
        QVERIFY2(state.overloads.empty(), qPrintable(name));
        if (name.startsWith(QLatin1String("Grid")) || name.startsWith(QLatin1String("TX-110kV"))) {
            QVERIFY2(state.servesAll(), qPrintable(name));
            continue;
        }
        // The racks behind the failed node are capped at 132 kW, 8 kW each unserved; the network racks are not.
        const std::size_t limited = name == QLatin1String("MV-20kV-A") ? 1440
            : name == QLatin1String("H01-MV-B")                        ? 144
                                                                       : 12;
        QCOMPARE(state.racksLimited.size(), limited);
        COMPARE_SHARE(state.unservedKw, limited * 8.0, 1e-6);
        QVERIFY(sideLost.contains(name) || limited == 12);
    }
}

void TestGigafactoryPlan::liquidOfOneLoopByHand()
{
    // Loop "TCS H01-W01": CDU H01-W01 and the 12 GB300 NVL72 racks of row W01 of hall 1.
    //
    // Heat to liquid per rack: 140 kW x 0.94 (catalogue) = 131.6 kW; the CDU's load is the sum of its racks':
    // 12 x 131.6 = 1,579.2 kW. Each rack needs ceil(1.5 L/min per kW x 131.6 kW) = ceil(197.4) = 198 L/min.
    //
    // Flow: 3 pumps (shut-off 400 kPa, 250 kPa at 1,188 L/min each) against the loop, PG25. With Q in
    // 1,000 L/min and dp in kPa, every part is k Q^2:
    //   pumps      400 - 150 / 1.188^2 x (Q/3)^2            = 400 - 11.809 Q^2
    //   CDU        85 kPa at 2.376 (12 x 198 L/min)          85 / 2.376^2          = 15.057 Q^2
    //   cold plates 55 kPa at 200 L/min, q = Q/12 per rack  55 x (Q / 2.4)^2      =  9.549 Q^2
    //   branch DN50 (52.5 mm), 6 m, K 6, eps 0.015 mm, PG25 at 40 °C (1009.9 kg/m3, 1.35 mPa s):
    //              v = 0.6416 Q m/s; at Q = 3.204: v = 2.056 m/s, Re = 80,700, Swamee-Jain f = 0.02010;
    //              (f 6 / 0.0525 + 6) x 1009.9 x 0.6416^2 / 2   = 8.297 x 207.9 Pa =  1.725 Q^2
    //   headers DN200 (202.7 mm), 12.8 m each (CDU at y 2.0 m to the row at y 6.4 m, plus 8.4 m of row), K 2,
    //              eps 0.046 mm, v = 0.5165 Q m/s: supply at 40 °C Re 251,000, f 0.01685:
    //              (0.01685 x 12.8 / 0.2027 + 2) x 1009.9 x 0.5165^2 / 2         =  0.413 Q^2
    //              return at 47.4 °C (1005.9 kg/m3, 1.18 mPa s) Re 297,000, f 0.01654  =  0.408 Q^2
    //   system 27.152 Q^2 = 400 - 11.809 Q^2  ->  Q^2 = 400 / 38.961 = 10.267, Q = 3.2042: 3,204.2 L/min,
    //   267.0 L/min per rack (the friction factors above are taken at this flow; a second round changes nothing).
    //
    // Temperatures: the CDU supplies its setpoint 40 °C (the facility water comes at 35 °C, + 4 K approach = 39).
    // Q = m_dot cp dT with PG25 at the loop's mean, 43.7 °C (1007.9 kg/m3, 3,977.9 J/(kg K), between the 40 and
    // 45 °C rows): m_dot = 1007.9 x 267.0 / 60,000 = 4.4855 kg/s per rack, dT = 131,600 / (4.4855 x 3,977.9)
    // = 7.376 K, return 47.38 °C.
    //
    // One pump fewer (N+1): 400 - 106.28 (Q/2)^2 = 27.152 Q^2 -> Q^2 = 400 / 53.722, Q = 2.7287: 227.4 L/min per
    // rack, above the 198 L/min the racks need.
    const Plan &plan = gigafactory();
    PlanLiquidCase built;
    QString error;
    QVERIFY2(LiquidCaseBuilder::build(plan, &built, &error), qPrintable(error));
    const LiquidCase &c = built.liquidCase;
    const LiquidAnalysis::Result result = LiquidAnalysis::run(c, QStringLiteral("TCS H01-W01/pumps"));
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY2(result.findings.isEmpty(), qPrintable(result.findings.join(QLatin1Char('\n'))));

    const int cdu = int(c.cduIds.indexOf(QStringLiteral("CDU-H01-W01")));
    QVERIFY(cdu >= 0);
    COMPARE_SHARE(result.steady.cdus[cdu].loadW, 1579.2e3, kHand);
    COMPARE_SHARE(result.steady.cdus[cdu].outletC, 40.0, kHand);
    const int pumps = int(c.linkIds.indexOf(QStringLiteral("TCS H01-W01/pumps")));
    COMPARE_SHARE(result.steady.hydraulics.flowM3PerS[pumps] / kLitrePerMinute, 3204.2, kHand);
    int racks = 0;
    for (int r = 0; r < int(c.rackIds.size()); ++r) {
        if (!c.rackIds.at(r).startsWith(QLatin1String("H01-W01-")))
            continue;
        ++racks;
        const RackState &state = result.steady.racks[r];
        COMPARE_SHARE(c.network.racks[r].heatToLiquidW, 131.6e3, 1e-9);
        COMPARE_SHARE(c.network.racks[r].minFlowM3PerS / kLitrePerMinute, 198.0, 1e-9);
        COMPARE_SHARE(state.flowM3PerS / kLitrePerMinute, 267.0, kHand);
        COMPARE_SHARE(state.inletC, 40.0, kHand);
        COMPARE_SHARE(state.outletC - state.inletC, 7.376, kHand);
        QVERIFY(!state.flowShort && !state.inletOverLimit && !state.returnOverLimit);
        // One pump of the three fails: the two left still give each rack its 198 L/min.
        const RackOutcome &pumpDown = result.failures.front().racks[r];
        COMPARE_SHARE(pumpDown.flowM3PerS / kLitrePerMinute, 227.4, kHand);
        QVERIFY(!pumpDown.flowShort);
    }
    QCOMPARE(racks, 12);
}

void TestGigafactoryPlan::liquidOfOneHallByHand()
{
    // Facility water of hall 1: its 12 CDUs put 12 x 1,579.2 = 18,950.4 kW into it. Stage 1, the heat-reuse
    // exchanger, is sized for EnEfG's 20 % energy reuse factor at PUE 1.2: 0.2 x 1.2 x 20,869.2 kW of IT (144 x
    // 140 kW + 24 x 29.55 kW) = 5,008.6, rounded up to 5,100 kW, and takes all of it; stage 2, a dry-cooler bank
    // of roundUp(18,950.4 - 5,100, 1,000) = 14,000 kW, takes the remaining 13,850.4 kW down to the 35 °C setpoint;
    // stage 3, the second bank, has nothing left to do. Without the largest stage 5,100 + 14,000 = 19,100 kW
    // >= 18,950.4 kW: N+1 holds.
    const Plan &plan = gigafactory();
    PlanLiquidCase built;
    QString error;
    QVERIFY2(LiquidCaseBuilder::build(plan, &built, &error), qPrintable(error));
    const LiquidCase &c = built.liquidCase;
    const LiquidAnalysis::Result result = LiquidAnalysis::run(c, QStringLiteral("FWS H01/pumps"));
    QVERIFY2(result.ok, qPrintable(result.error));
    const auto load = [&](const char *id) {
        const int i = int(c.rejectionIds.indexOf(QString::fromLatin1(id)));
        return i < 0 ? -1.0 : result.steady.rejections[i].loadW;
    };
    COMPARE_SHARE(load("HX-REUSE-H01"), 5100e3, kHand);
    COMPARE_SHARE(load("DC-H01-1"), 13850.4e3, kHand);
    QVERIFY(std::abs(load("DC-H01-2")) < 1.0);
    const int dryCooler = int(c.rejectionIds.indexOf(QStringLiteral("DC-H01-1")));
    COMPARE_SHARE(result.steady.rejections[dryCooler].outletC, 35.0, kHand);

    const std::vector<LoopBudget> budgets = LiquidBudget::compute(built, result);
    int checked = 0;
    for (const LoopBudget &b : budgets) {
        if (b.loop == QLatin1String("FWS H01")) {
            COMPARE_SHARE(b.heatKw, 18950.4, kHand);
            COMPARE_SHARE(b.capacityWithoutLargestKw, 19100.0, 1e-9);
            ++checked;
        }
        // Every loop's pump set is N+1.
        QVERIFY2(b.pumpRedundant, qPrintable(b.loop));
    }
    QCOMPARE(checked, 1);
}

QTEST_GUILESS_MAIN(TestGigafactoryPlan)
#include "tst_gigafactoryplan.moc"
