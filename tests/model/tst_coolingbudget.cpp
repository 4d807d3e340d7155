// SPDX-License-Identifier: GPL-3.0-or-later
// Cooling, floor-load and stranded-capacity budgets, and the capacity search ("how many more fit").
// Every plan is built by hand with figures that can be checked on paper; the arithmetic is in the comments.
// Air: rho 1.2 kg/m3, cp 1005 J/(kg K), so 1 kW at 10 K needs 1000 / 12060 m3/s = 298.507 m3/h.
// Water: rho 997 kg/m3, cp 4180 J/(kg K), rho x cp = 4,167,460 J/(m3 K).

#include "analysis/analysisjson.h"
#include "analysis/capacitysearch.h"
#include "analysis/contingency.h"
#include "analysis/coolingbudget.h"
#include "plan/planfiller.h"
#include "plan/rackmetrics.h"

#include <QJsonArray>
#include <QtTest>

#include <cmath>

using namespace rw;

namespace {

#define COMPARE_NEAR(actual, expected, tolerance)                                                                      \
    do {                                                                                                               \
        const double actual_ = (actual);                                                                               \
        const double expected_ = (expected);                                                                           \
        QVERIFY2(std::abs(actual_ - expected_) <= (tolerance),                                                         \
            qPrintable(QStringLiteral("%1 is %2, expected %3")                                                         \
                           .arg(QString::fromLatin1(#actual))                                                          \
                           .arg(actual_, 0, 'g', 12)                                                                   \
                           .arg(expected_, 0, 'g', 12)));                                                              \
    } while (false)

/// Builds small plans by hand, with fresh ids.
struct Builder {
    Plan &plan;
    Id hallId = kNoId;

    explicit Builder(
        Plan &p, Redundancy redundancy = Redundancy::NPlus1, double floorKgPerM2 = 1500, double pointKg = 0)
        : plan(p)
    {
        plan.clear();
        Hall hall;
        hall.id = plan.allocateId();
        hall.name = QStringLiteral("Hall");
        hall.coolingRedundancy = redundancy;
        hall.floorLoadKgPerM2 = floorKgPerM2;
        hall.pointLoadKg = pointKg;
        PlanFiller(plan).insert(hall);
        hallId = hall.id;
    }

    DeviceType &type(const QString &key, double maxW, double typicalW, int heightU = 2, double weightKg = 0)
    {
        DeviceType t;
        t.key = key;
        t.model = key;
        t.heightU = heightU;
        t.weightKg = weightKg;
        t.maxPowerW = maxW;
        t.typicalPowerW = typicalW;
        t.designDeltaTK = 10;
        types.push_back(t);
        return types.back();
    }

    /// Inserts the types declared with type() (after their fields were adjusted).
    void insertTypes()
    {
        for (const DeviceType &t : types)
            PlanFiller(plan).insert(t);
        types.clear();
    }

    Rack rack(const QString &name, Id rowId = kNoId)
    {
        Rack r;
        r.id = plan.allocateId();
        r.hallId = hallId;
        r.rowId = rowId;
        r.name = name;
        r.widthMm = 600;
        r.depthMm = 1200;
        r.heightU = 48;
        r.maxPowerKw = 60;
        r.emptyWeightKg = 150;
        r.staticLoadKg = 1500;
        return r;
    }

    /// `count` devices of `key`, stacked from U1.
    void mount(Id rackId, const QString &key, int count = 1)
    {
        const int height = std::max(plan.find<DeviceType>(key)->heightU, 1);
        for (int i = 0; i < count; ++i)
            PlanFiller(plan).insert(MountedDevice { plan.allocateId(), rackId, key, 1 + i * height, QString() });
    }

    CoolingUnit unit(const QString &name, CoolingKind kind, double capacityKw)
    {
        CoolingUnit u;
        u.id = plan.allocateId();
        u.hallId = hallId;
        u.name = name;
        u.kind = kind;
        u.capacityKw = capacityKw;
        u.xM = u.yM = 5.0;  // inside the hall: a unit outside it does not count
        return u;
    }

    Id node(const QString &name, PowerNodeKind kind, double ratingKw, double efficiency = 1.0)
    {
        PowerNode n;
        n.id = plan.allocateId();
        n.name = name;
        n.kind = kind;
        n.ratingKw = ratingKw;
        n.efficiency25 = n.efficiency50 = n.efficiency75 = n.efficiency100 = efficiency;
        PlanFiller(plan).insert(n);
        return n.id;
    }

    void link(Id from, Id to) { PlanFiller(plan).insert(PowerLink { plan.allocateId(), from, to }); }

    std::vector<DeviceType> types;
};

const CoolingArea &hallArea(const CoolingBudget &budget, Id hallId)
{
    for (const CoolingArea &a : budget.halls) {
        if (a.hallId == hallId)
            return a;
    }
    static const CoolingArea none;
    return none;
}

const FloorLoadCheck &floorOf(const CoolingBudget &budget, Id rackId)
{
    for (const FloorLoadCheck &f : budget.floorLoads) {
        if (f.rackId == rackId)
            return f;
    }
    static const FloorLoadCheck none;
    return none;
}

QString positions(const CapacityPlacement &placement)
{
    QStringList list;
    for (int u : placement.positionsU)
        list << QString::number(u);
    return list.join(QLatin1Char(','));
}

QString limit(CapacityLimit l)
{
    return CapacitySearch::limitName(l);
}

// --- The capacity-search plan -----------------------------------------------------------------------------

const QString kBlade = QStringLiteral("blade-5k");  // 2U, 5 kW max, 4 kW typical, 20 kg, all heat to air

struct CapacityOptions {
    double utilityKw = 0;  ///< 0 = unrated
    double upsKw = 0;
    double upsEfficiency = 1.0;
    double rackBudgetKw = 40;
    int rackHeightU = 12;
    double frameKg = 1500;
    double floorKgPerM2 = 1500;
    double pointKg = 0;
    double crahKw = 100;
    int crahs = 3;
    int racks = 1;
};

/// Utility -> UPS -> PDU -> racks of `rackHeightU` (600 x 1200 mm, 100 kg empty) on feed A, each holding
/// one blade at U1; `crahs` CRAH of `crahKw` off the chain; the hall is N+1.
std::vector<Id> buildCapacityPlan(Plan &plan, const CapacityOptions &o)
{
    Builder b(plan, Redundancy::NPlus1, o.floorKgPerM2, o.pointKg);
    b.type(kBlade, 5000, 4000, 2, 20);
    b.type(QStringLiteral("liquid-blade"), 5000, 4000, 2, 20).liquidHeatShare = 0.5;
    b.insertTypes();
    const Id utility = b.node(QStringLiteral("Utility"), PowerNodeKind::UtilityFeed, o.utilityKw);
    const Id ups = b.node(QStringLiteral("UPS"), PowerNodeKind::Ups, o.upsKw, o.upsEfficiency);
    const Id pdu = b.node(QStringLiteral("PDU"), PowerNodeKind::Pdu, 0);
    b.link(utility, ups);
    b.link(ups, pdu);
    std::vector<Id> racks;
    for (int i = 0; i < o.racks; ++i) {
        Rack r = b.rack(QStringLiteral("R%1").arg(i + 1));
        r.heightU = o.rackHeightU;
        r.maxPowerKw = o.rackBudgetKw;
        r.emptyWeightKg = 100;
        r.staticLoadKg = o.frameKg;
        r.feedA = pdu;
        PlanFiller(plan).insert(r);
        b.mount(r.id, kBlade);
        racks.push_back(r.id);
    }
    for (int i = 0; i < o.crahs; ++i)
        PlanFiller(plan).insert(b.unit(QStringLiteral("CRAH %1").arg(i + 1), CoolingKind::Crah, o.crahKw));
    return racks;
}

/// Mounts what the search placed, then checks every budget the search promises to keep.
void applyAndCheck(Plan &plan, const CapacityResult &result)
{
    for (const CapacityPlacement &p : result.placements) {
        for (int u : p.positionsU)
            PlanFiller(plan).insert(MountedDevice { plan.allocateId(), p.rackId, result.typeKey, u, QString() });
    }
    const auto metrics = computeRackMetrics(plan);
    for (const auto &[id, rack] : plan.all<Rack>())
        QVERIFY2(metrics.at(id).maxPowerKw <= rack.maxPowerKw + 1e-9, qPrintable(rack.name));
    const CoolingBudget cooling = CoolingBudgeter::compute(plan);
    for (const FloorLoadCheck &f : cooling.floorLoads)
        QVERIFY2(!f.overFloor() && !f.overPoint() && !f.overFrame(), qPrintable(plan.find<Rack>(f.rackId)->name));
    for (const CoolingArea &a : cooling.halls)
        QVERIFY(a.airHeat.meetsRedundancy());
    const PowerAnalysis power = PowerAnalyzer::analyze(plan);
    for (const NodeBudget &budget : power.budgets) {
        if (budget.ratingKw > 0)
            QVERIFY2(budget.headroomKw() >= -0.001, qPrintable(plan.find<PowerNode>(budget.nodeId)->name));
    }
}

}  // namespace

class TestCoolingBudget : public QObject {
    Q_OBJECT

private slots:
    void redundantCapacity();
    void crahHallNPlusOne();
    void liquidShareAndCduFlow();
    void floorLoads();
    void rowThatIsGone();
    void heatRejectionAtDesignOutdoorTemperature();
    void capacityLimitedByRackPower();
    void capacityLimitedBySpace();
    void capacityLimitedByPowerChain();
    void capacityChainCountsUpstreamLosses();
    void capacityLimitedByAirCooling();
    void capacityLimitedByFrameAndFloor();
    void capacityLimitedByPointLoad();
    void capacityOtherStops();
    void capacityBudgetsAreSharedBetweenRacks();
};

void TestCoolingBudget::redundantCapacity()
{
    // Three equal units of 100 kW.
    const std::vector<double> equal { 100, 100, 100 };
    QCOMPARE(CoolingBudgeter::redundantCapacity(equal, Redundancy::N), 300.0);
    QCOMPARE(CoolingBudgeter::redundantCapacity(equal, Redundancy::NPlus1), 200.0);  // one may fail
    QCOMPARE(CoolingBudgeter::redundantCapacity(equal, Redundancy::NPlus2), 100.0);  // two may fail
    QCOMPARE(CoolingBudgeter::redundantCapacity(equal, Redundancy::TwoN), 150.0);  // half of everything
    QCOMPARE(CoolingBudgeter::redundantCapacity(equal, Redundancy::DistributedRedundant), 200.0);
    // Unequal units: the largest fail first. 50 + 120 + 80 = 250; N+1: 250 - 120 = 130; N+2: 130 - 80 = 50.
    const std::vector<double> unequal { 50, 120, 80 };
    QCOMPARE(CoolingBudgeter::redundantCapacity(unequal, Redundancy::N), 250.0);
    QCOMPARE(CoolingBudgeter::redundantCapacity(unequal, Redundancy::NPlus1), 130.0);
    QCOMPARE(CoolingBudgeter::redundantCapacity(unequal, Redundancy::NPlus2), 50.0);
    QCOMPARE(CoolingBudgeter::redundantCapacity(unequal, Redundancy::TwoN), 125.0);
    // Too few units for the scheme leave nothing, never a negative capacity.
    QCOMPARE(CoolingBudgeter::redundantCapacity({ 100 }, Redundancy::NPlus1), 0.0);
    QCOMPARE(CoolingBudgeter::redundantCapacity({ 100 }, Redundancy::NPlus2), 0.0);
    QCOMPARE(CoolingBudgeter::redundantCapacity({}, Redundancy::N), 0.0);
}

void TestCoolingBudget::crahHallNPlusOne()
{
    // An N+1 hall, row R1 of 5 racks (60 kW budget, 150 kg empty, 600 x 1200 mm), each with two 25 kW
    // air-cooled devices (20 kW typical, 2U, 50 kg, 10 K rise); 3 CRAH of 100 kW, 30,000 m3/h, 5 kW fans.
    // Racks 1 and 2 and CRAH 1 are in zone Z1.
    Plan plan;
    Builder b(plan);
    b.type(QStringLiteral("air25"), 25000, 20000, 2, 50);
    b.insertTypes();
    Row row;
    row.id = plan.allocateId();
    row.hallId = b.hallId;
    row.name = QStringLiteral("R1");
    PlanFiller(plan).insert(row);
    for (int i = 0; i < 5; ++i) {
        Rack r = b.rack(QStringLiteral("R1-%1").arg(i + 1), row.id);
        r.zone = i < 2 ? QStringLiteral("Z1") : QString();
        PlanFiller(plan).insert(r);
        b.mount(r.id, QStringLiteral("air25"), 2);
    }
    std::vector<Id> crahs;
    for (int i = 0; i < 3; ++i) {
        CoolingUnit u = b.unit(QStringLiteral("CRAH %1").arg(i + 1), CoolingKind::Crah, 100);
        u.airflowM3PerH = 30000;
        u.powerDrawKw = 5;
        u.zone = i == 0 ? QStringLiteral("Z1") : QString();
        PlanFiller(plan).insert(u);
        crahs.push_back(u.id);
    }

    CoolingBudget budget = CoolingBudgeter::compute(plan);
    QCOMPARE(budget.halls.size(), std::size_t(1));
    const CoolingArea &hall = hallArea(budget, b.hallId);
    // Air heat: 10 x 25 = 250 kW (typical 10 x 20 = 200 kW) against 3 x 100 = 300 kW, N+1: 300 - 100 = 200 kW.
    // 250 > 200: the hall does not meet N+1.
    COMPARE_NEAR(hall.airHeat.loadKw, 250.0, 1e-9);
    COMPARE_NEAR(hall.airHeat.expectedKw, 200.0, 1e-9);
    QCOMPARE(hall.airHeat.installedKw, 300.0);
    QCOMPARE(hall.airHeat.redundantKw, 200.0);
    QCOMPARE(hall.airHeat.worstFailureKw, 200.0);
    QCOMPARE(hall.airHeat.units, 3);
    QVERIFY(crahs.end() != std::find(crahs.begin(), crahs.end(), hall.airHeat.worstUnit));
    QVERIFY(!hall.airHeat.meetsRedundancy());
    COMPARE_NEAR(hall.airHeat.utilisation(), 250.0 / 300.0, 1e-12);
    // Airflow: 25,000 W / (1.2 x 1005 x 10) = 2.0729685 m3/s = 7,462.687 m3/h per device, 74,626.87 m3/h for
    // ten, against 90,000 m3/h installed and 60,000 m3/h with N+1.
    COMPARE_NEAR(hall.airflow.loadKw, 74626.87, 0.5);
    QCOMPARE(hall.airflow.installedKw, 90000.0);
    QCOMPARE(hall.airflow.redundantKw, 60000.0);
    QVERIFY(!hall.airflow.meetsRedundancy());
    // No liquid.
    QCOMPARE(hall.liquidHeat.loadKw, 0.0);
    QCOMPARE(hall.liquidHeat.units, 0);
    QCOMPARE(hall.liquidFlowNeededM3PerH, 0.0);

    // Zone Z1: racks 1 and 2, 4 x 25 = 100 kW against CRAH 1 alone: N+1 leaves 0 kW.
    QCOMPARE(budget.zones.size(), std::size_t(1));
    const CoolingArea &zone = budget.zones.front();
    QCOMPARE(zone.zone, QStringLiteral("Z1"));
    COMPARE_NEAR(zone.airHeat.loadKw, 100.0, 1e-9);
    QCOMPARE(zone.airHeat.installedKw, 100.0);
    QCOMPARE(zone.airHeat.redundantKw, 0.0);
    QCOMPARE(zone.airHeat.worstUnit, crahs[0]);
    COMPARE_NEAR(zone.airflow.loadKw, 4 * 7462.687, 0.5);

    // Row R1: power 250 / (5 x 60) = 0.833; space 5 x 4U / (5 x 48U) = 0.083; weight (100 + 150) kg / 0.72 m2
    // = 347.2 kg/m2 of 1,500 = 0.231; cooling 250 / 200 = 1.25. Cooling runs out first; at that point the
    // row uses 250 / 1.25 = 200 kW of its 300 kW budget: 100 kW stranded.
    QCOMPARE(budget.rows.size(), std::size_t(1));
    const RowStranding &r = budget.rows.front();
    QCOMPARE(r.rowId, row.id);
    COMPARE_NEAR(r.powerUse, 250.0 / 300.0, 1e-12);
    COMPARE_NEAR(r.spaceUse, 20.0 / 240.0, 1e-12);
    COMPARE_NEAR(r.weightUse, 250.0 / 0.72 / 1500.0, 1e-12);
    COMPARE_NEAR(r.coolingUse, 1.25, 1e-12);
    QCOMPARE(r.limitingResource(), QStringLiteral("cooling"));
    COMPARE_NEAR(r.strandedPowerKw, 100.0, 1e-9);

    // Heat to reject: 250 kW IT plus 3 x 5 kW of fans; no heat-rejection plant.
    COMPARE_NEAR(budget.heatRejection.heatKw, 265.0, 1e-9);
    QCOMPARE(budget.heatRejection.installedKw, 0.0);
    QCOMPARE(budget.heatRejection.units, 0);

    // Other schemes for the same three units: N 300 kW (meets), N+2 100 kW, 2N 150 kW.
    Hall h = *plan.find<Hall>(b.hallId);
    h.coolingRedundancy = Redundancy::N;
    PlanFiller(plan).replace(h);
    budget = CoolingBudgeter::compute(plan);
    QCOMPARE(hallArea(budget, b.hallId).airHeat.redundantKw, 300.0);
    QVERIFY(hallArea(budget, b.hallId).airHeat.meetsRedundancy());
    // Row R1 is then limited by power: no power stranded.
    QCOMPARE(budget.rows.front().limitingResource(), QStringLiteral("power"));
    COMPARE_NEAR(budget.rows.front().strandedPowerKw, 0.0, 1e-9);
    h.coolingRedundancy = Redundancy::NPlus2;
    PlanFiller(plan).replace(h);
    QCOMPARE(hallArea(CoolingBudgeter::compute(plan), b.hallId).airHeat.redundantKw, 100.0);
    h.coolingRedundancy = Redundancy::TwoN;
    PlanFiller(plan).replace(h);
    QCOMPARE(hallArea(CoolingBudgeter::compute(plan), b.hallId).airHeat.redundantKw, 150.0);
}

void TestCoolingBudget::liquidShareAndCduFlow()
{
    // An N+1 hall with a liquid-cooled rack: a 40 kW device (30 kW typical) with 75 % of its heat to liquid
    // and a 5 kW air device (4 kW typical) with a declared airflow of 1,800 m3/h.
    // CDU 1: 50 kW at 30 -> 40 degC (10 K); CDU 2: 30 kW at 32 -> 38 degC (6 K); 1 kW pumps each.
    Plan plan;
    Builder b(plan);
    b.type(QStringLiteral("hybrid40"), 40000, 30000).liquidHeatShare = 0.75;
    b.type(QStringLiteral("declared"), 5000, 4000, 1).airflowM3PerH = 1800;
    b.insertTypes();
    Rack r = b.rack(QStringLiteral("L1"));
    r.cooling = RackCooling::Liquid;
    PlanFiller(plan).insert(r);
    b.mount(r.id, QStringLiteral("hybrid40"));
    PlanFiller(plan).insert(MountedDevice { plan.allocateId(), r.id, QStringLiteral("declared"), 10, QString() });
    CoolingUnit cdu1 = b.unit(QStringLiteral("CDU 1"), CoolingKind::Cdu, 50);
    cdu1.supplyTempC = 30;
    cdu1.returnTempC = 40;
    cdu1.powerDrawKw = 1;
    PlanFiller(plan).insert(cdu1);
    CoolingUnit cdu2 = b.unit(QStringLiteral("CDU 2"), CoolingKind::Cdu, 30);
    cdu2.supplyTempC = 32;
    cdu2.returnTempC = 38;
    cdu2.powerDrawKw = 1;
    PlanFiller(plan).insert(cdu2);

    const CoolingBudget budget = CoolingBudgeter::compute(plan);
    const CoolingArea &hall = hallArea(budget, b.hallId);
    // Liquid: 0.75 x 40 = 30 kW (typical 0.75 x 30 = 22.5 kW) against 50 + 30 = 80 kW; N+1: 80 - 50 = 30 kW,
    // exactly enough.
    COMPARE_NEAR(hall.liquidHeat.loadKw, 30.0, 1e-9);
    COMPARE_NEAR(hall.liquidHeat.expectedKw, 22.5, 1e-9);
    QCOMPARE(hall.liquidHeat.installedKw, 80.0);
    QCOMPARE(hall.liquidHeat.redundantKw, 30.0);
    QCOMPARE(hall.liquidHeat.worstFailureKw, 30.0);
    QCOMPARE(hall.liquidHeat.worstUnit, cdu1.id);
    QCOMPARE(hall.liquidHeat.units, 2);
    QVERIFY(hall.liquidHeat.meetsRedundancy());
    // Air: 0.25 x 40 + 5 = 15 kW (typical 7.5 + 4 = 11.5 kW); no air units at all.
    COMPARE_NEAR(hall.airHeat.loadKw, 15.0, 1e-9);
    COMPARE_NEAR(hall.airHeat.expectedKw, 11.5, 1e-9);
    QCOMPARE(hall.airHeat.installedKw, 0.0);
    QVERIFY(!hall.airHeat.meetsRedundancy());
    // Airflow: 10,000 W / (1.2 x 1005 x 10) x 3600 = 2,985.075 m3/h, plus the declared 1,800 m3/h.
    COMPARE_NEAR(hall.airflow.loadKw, 2985.075 + 1800.0, 0.05);
    // Installed water flow: 50,000 / (4,167,460 x 10) x 3600 = 4.319178 m3/h for CDU 1, and
    // 30,000 / (4,167,460 x 6) x 3600 = 4.319178 m3/h for CDU 2: 8.638355 m3/h.
    COMPARE_NEAR(hall.liquidFlowInstalledM3PerH, 8.638355, 1e-5);
    // Needed: 30 kW at the capacity-weighted delta-T (50 x 10 + 30 x 6) / 80 = 8.5 K:
    // 30,000 / (4,167,460 x 8.5) x 3600 = 3.048831 m3/h.
    COMPARE_NEAR(hall.liquidFlowNeededM3PerH, 3.048831, 1e-5);
    // Heat to reject: 45 kW IT plus 2 kW of pumps.
    COMPARE_NEAR(budget.heatRejection.heatKw, 47.0, 1e-9);

    // Without CDUs the flow is worked out at 10 K: 30,000 / (4,167,460 x 10) x 3600 = 2.591507 m3/h.
    PlanFiller(plan).take<CoolingUnit>(cdu1.id);
    PlanFiller(plan).take<CoolingUnit>(cdu2.id);
    const CoolingBudget bareBudget = CoolingBudgeter::compute(plan);  // hallArea() refers into it
    const CoolingArea &bare = hallArea(bareBudget, b.hallId);
    COMPARE_NEAR(bare.liquidFlowNeededM3PerH, 2.591507, 1e-5);
    QCOMPARE(bare.liquidFlowInstalledM3PerH, 0.0);
    QVERIFY(!bare.liquidHeat.meetsRedundancy());
}

void TestCoolingBudget::floorLoads()
{
    // Floor rated 1,500 kg/m2 and 250 kg per foot (four feet per rack).
    Plan plan;
    Builder b(plan, Redundancy::N, 1500, 250);
    b.type(QStringLiteral("heavy100"), 0, 0, 1, 100);
    b.type(QStringLiteral("heavy200"), 0, 0, 2, 200);
    b.insertTypes();
    // Light: 150 kg + 2 x 100 kg = 350 kg on 0.6 x 1.2 = 0.72 m2 = 486.1 kg/m2; 87.5 kg per foot.
    Rack light = b.rack(QStringLiteral("light"));
    PlanFiller(plan).insert(light);
    b.mount(light.id, QStringLiteral("heavy100"), 2);
    // Heavy: 100 kg + 5 x 200 kg = 1,100 kg = 1,527.8 kg/m2 > 1,500; 275 kg per foot > 250; 1,000 kg of
    // equipment on a 900 kg frame.
    Rack heavy = b.rack(QStringLiteral("heavy"));
    heavy.emptyWeightKg = 100;
    heavy.staticLoadKg = 900;
    PlanFiller(plan).insert(heavy);
    b.mount(heavy.id, QStringLiteral("heavy200"), 5);
    // Wide: the same 1,100 kg on 0.8 x 1.2 = 0.96 m2 = 1,145.8 kg/m2, within the floor rating; still 275 kg
    // per foot.
    Rack wide = b.rack(QStringLiteral("wide"));
    wide.widthMm = 800;
    wide.emptyWeightKg = 100;
    PlanFiller(plan).insert(wide);
    b.mount(wide.id, QStringLiteral("heavy200"), 5);

    const CoolingBudget budget = CoolingBudgeter::compute(plan);
    QCOMPARE(budget.floorLoads.size(), std::size_t(3));
    const FloorLoadCheck &l = floorOf(budget, light.id);
    COMPARE_NEAR(l.totalWeightKg, 350.0, 1e-9);
    COMPARE_NEAR(l.equipmentKg, 200.0, 1e-9);
    COMPARE_NEAR(l.distributedKgPerM2, 486.111, 0.001);
    COMPARE_NEAR(l.pointLoadKg, 87.5, 1e-9);
    QCOMPARE(l.floorRatingKgPerM2, 1500.0);
    QCOMPARE(l.pointRatingKg, 250.0);
    QCOMPARE(l.frameRatingKg, 1500.0);
    QVERIFY(!l.overFloor() && !l.overPoint() && !l.overFrame());
    const FloorLoadCheck &h = floorOf(budget, heavy.id);
    COMPARE_NEAR(h.totalWeightKg, 1100.0, 1e-9);
    COMPARE_NEAR(h.distributedKgPerM2, 1527.778, 0.001);
    COMPARE_NEAR(h.pointLoadKg, 275.0, 1e-9);
    QVERIFY(h.overFloor());
    QVERIFY(h.overPoint());
    QVERIFY(h.overFrame());
    const FloorLoadCheck &w = floorOf(budget, wide.id);
    COMPARE_NEAR(w.distributedKgPerM2, 1145.833, 0.001);
    QVERIFY(!w.overFloor());
    QVERIFY(w.overPoint());
    QVERIFY(!w.overFrame());

    // A floor without a point rating flags no point load.
    Hall hall = *plan.find<Hall>(b.hallId);
    hall.pointLoadKg = 0;
    PlanFiller(plan).replace(hall);
    QVERIFY(!floorOf(CoolingBudgeter::compute(plan), wide.id).overPoint());
}

void TestCoolingBudget::rowThatIsGone()
{
    // A rack naming a row that does not exist (a validation error an imported plan may carry): the row's
    // stranding is still worked out, and its JSON form has an empty name instead of a crash.
    // 25 kW of a 60 kW budget: power use 25 / 60; no cooling units, so no cooling use.
    Plan plan;
    Builder b(plan);
    b.type(QStringLiteral("air25"), 25000, 20000, 2, 50);
    b.insertTypes();
    const Rack r = b.rack(QStringLiteral("R"), 999);
    PlanFiller(plan).insert(r);
    b.mount(r.id, QStringLiteral("air25"));
    const CoolingBudget budget = CoolingBudgeter::compute(plan);
    QCOMPARE(budget.rows.size(), std::size_t(1));
    QCOMPARE(budget.rows.front().rowId, Id(999));
    COMPARE_NEAR(budget.rows.front().powerUse, 25.0 / 60.0, 1e-12);
    const QJsonArray rows = coolingBudgetJson(plan, budget).value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("row")).toString(), QString());
}

void TestCoolingBudget::heatRejectionAtDesignOutdoorTemperature()
{
    // Design outdoor temperature 30 degC: a dry cooler works at design only with facility water supply of
    // at least 30 + 5 = 35 degC. Dry cooler 1: 1,000 kW at 32 degC (not available); dry cooler 2: 800 kW at
    // 35 degC (available); a chiller of 500 kW and a water heat exchanger of 400 kW (both always available).
    Plan plan;
    Builder b(plan);
    Site site = plan.site();
    site.designOutdoorTempC = 30;
    PlanFiller(plan).setSite(site);
    b.type(QStringLiteral("air25"), 25000, 20000);
    b.insertTypes();
    const Rack r = b.rack(QStringLiteral("R"));
    PlanFiller(plan).insert(r);
    b.mount(r.id, QStringLiteral("air25"));
    CoolingUnit crah = b.unit(QStringLiteral("CRAH"), CoolingKind::Crah, 100);
    crah.powerDrawKw = 2;
    PlanFiller(plan).insert(crah);
    const auto plant = [&](const QString &name, CoolingKind kind, double kw, double waterC) {
        CoolingUnit u = b.unit(name, kind, kw);
        u.hallId = kNoId;
        u.facilityWaterSupplyC = waterC;
        u.powerDrawKw = 10;  // the plant's own power is not heat in the loop it cools
        PlanFiller(plan).insert(u);
    };
    plant(QStringLiteral("DC 1"), CoolingKind::DryCooler, 1000, 32);
    plant(QStringLiteral("DC 2"), CoolingKind::DryCooler, 800, 35);
    plant(QStringLiteral("CH"), CoolingKind::Chiller, 500, 18);
    plant(QStringLiteral("HX"), CoolingKind::WaterHeatExchanger, 400, 20);

    HeatRejection h = CoolingBudgeter::compute(plan).heatRejection;
    // Heat: 25 kW IT + 2 kW CRAH fans.
    COMPARE_NEAR(h.heatKw, 27.0, 1e-9);
    QCOMPARE(h.units, 4);
    QCOMPARE(h.installedKw, 2700.0);
    // Available: 800 + 500 + 400 = 1,700 kW; without the largest available unit (800 kW): 900 kW.
    QCOMPARE(h.availableAtDesignKw, 1700.0);
    QCOMPARE(h.redundantKw, 900.0);

    // At 27 degC design outdoor temperature dry cooler 1 works too (32 >= 27 + 5): 2,700 kW available,
    // 2,700 - 1,000 = 1,700 kW with N+1.
    site.designOutdoorTempC = 27;
    PlanFiller(plan).setSite(site);
    h = CoolingBudgeter::compute(plan).heatRejection;
    QCOMPARE(h.availableAtDesignKw, 2700.0);
    QCOMPARE(h.redundantKw, 1700.0);
}

void TestCoolingBudget::capacityLimitedByRackPower()
{
    // A 12U rack with a 2U blade at U1 (10 U free) and a 20 kW budget: 5 kW used, (20 - 5) / 5 = 3 more fit
    // at U3, U5 and U7 (space would allow 5). The chain is unrated, cooling ample (200 - 5 kW with N+1).
    Plan plan;
    CapacityOptions o;
    o.rackBudgetKw = 20;
    const std::vector<Id> racks = buildCapacityPlan(plan, o);
    const CapacityResult r = CapacitySearch::run(plan, kBlade);
    QVERIFY(r.error.isEmpty());
    QCOMPARE(r.typeKey, kBlade);
    QCOMPARE(r.fits, 3);
    QCOMPARE(r.placements.size(), std::size_t(1));
    QCOMPARE(r.placements[0].rackId, racks[0]);
    QCOMPARE(positions(r.placements[0]), QStringLiteral("3,5,7"));
    QCOMPARE(r.racksStoppedBy.size(), std::size_t(1));
    QCOMPARE(r.racksStoppedBy.at(CapacityLimit::RackPower), 1);
    QCOMPARE(limit(r.mainLimit), limit(CapacityLimit::RackPower));
    applyAndCheck(plan, r);
}

void TestCoolingBudget::capacityLimitedBySpace()
{
    // The same rack with a 40 kW budget: power would allow (40 - 5) / 5 = 7, the 10 free U only 5
    // (U3, U5, U7, U9, U11).
    Plan plan;
    const std::vector<Id> racks = buildCapacityPlan(plan, {});
    CapacityResult r = CapacitySearch::run(plan, kBlade);
    QCOMPARE(r.fits, 5);
    QCOMPARE(positions(r.placements[0]), QStringLiteral("3,5,7,9,11"));
    QCOMPARE(limit(r.mainLimit), limit(CapacityLimit::Space));

    // maxCount 2: two placed, then the requested number is reached.
    r = CapacitySearch::run(plan, kBlade, 2);
    QCOMPARE(r.fits, 2);
    QCOMPARE(positions(r.placements[0]), QStringLiteral("3,5"));
    QCOMPARE(limit(r.mainLimit), limit(CapacityLimit::Requested));
    // maxCount 0: nothing.
    r = CapacitySearch::run(plan, kBlade, 0);
    QCOMPARE(r.fits, 0);
    QVERIFY(r.placements.empty());

    // A device in use further up splits the free space: blade at U1, another at U6: free U3-5 and U8-12
    // take blades at U3, U8 and U10 (U5 and U12 stay single).
    PlanFiller(plan).insert(MountedDevice { plan.allocateId(), racks[0], kBlade, 6, QString() });
    r = CapacitySearch::run(plan, kBlade);
    QCOMPARE(positions(r.placements[0]), QStringLiteral("3,8,10"));
    QCOMPARE(limit(r.mainLimit), limit(CapacityLimit::Space));
    applyAndCheck(plan, r);
}

void TestCoolingBudget::capacityLimitedByPowerChain()
{
    // A 15 kW UPS carrying the 5 kW blade: its worst load (normal operation; failures only take load away)
    // is 5 kW, 10 kW headroom: exactly 2 more blades.
    Plan plan;
    CapacityOptions o;
    o.upsKw = 15;
    buildCapacityPlan(plan, o);
    const CapacityResult r = CapacitySearch::run(plan, kBlade);
    QCOMPARE(r.fits, 2);
    QCOMPARE(positions(r.placements[0]), QStringLiteral("3,5"));
    QCOMPARE(limit(r.mainLimit), limit(CapacityLimit::PowerChain));
    applyAndCheck(plan, r);
}

void TestCoolingBudget::capacityChainCountsUpstreamLosses()
{
    // A 50 kW utility feeding a UPS of 80 % efficiency (flat curve) in a 48U, 100 kW rack: the UPS input is
    // its output / 0.8, so the utility carries 5 / 0.8 = 6.25 kW now and can take 50 - 6.25 = 43.75 kW more,
    // that is 43.75 / 6.25 = 7 blades (35 kW, 40 kW in all, 40 / 0.8 = 50 kW at the utility), not
    // 43.75 / 5 = 8 (45 kW, 56.25 kW at the utility).
    Plan plan;
    CapacityOptions o;
    o.utilityKw = 50;
    o.upsEfficiency = 0.8;
    o.rackHeightU = 48;
    o.rackBudgetKw = 100;
    buildCapacityPlan(plan, o);
    const CapacityResult r = CapacitySearch::run(plan, kBlade);
    QCOMPARE(r.fits, 7);
    QCOMPARE(limit(r.mainLimit), limit(CapacityLimit::PowerChain));
    applyAndCheck(plan, r);
}

void TestCoolingBudget::capacityLimitedByAirCooling()
{
    // Two CRAH of 15 kW in an N+1 hall: 15 kW with redundancy, 5 kW in use, room for 2 more blades.
    Plan plan;
    CapacityOptions o;
    o.crahKw = 15;
    o.crahs = 2;
    buildCapacityPlan(plan, o);
    const CapacityResult r = CapacitySearch::run(plan, kBlade);
    QCOMPARE(r.fits, 2);
    QCOMPARE(limit(r.mainLimit), limit(CapacityLimit::AirCooling));
    applyAndCheck(plan, r);
}

void TestCoolingBudget::capacityLimitedByFrameAndFloor()
{
    // Frame rated 60 kg with 20 kg of equipment: 2 more blades of 20 kg (60 kg, not above the rating).
    Plan plan;
    CapacityOptions frame;
    frame.frameKg = 60;
    buildCapacityPlan(plan, frame);
    CapacityResult r = CapacitySearch::run(plan, kBlade);
    QCOMPARE(r.fits, 2);
    QCOMPARE(limit(r.mainLimit), limit(CapacityLimit::FrameWeight));
    applyAndCheck(plan, r);

    // Floor rated 260 kg/m2 under a 0.72 m2 rack of 100 kg + 20 kg: with 3 more blades 180 kg = 250 kg/m2,
    // a fourth makes 200 kg = 277.8 kg/m2.
    CapacityOptions floor;
    floor.floorKgPerM2 = 260;
    buildCapacityPlan(plan, floor);
    r = CapacitySearch::run(plan, kBlade);
    QCOMPARE(r.fits, 3);
    QCOMPARE(limit(r.mainLimit), limit(CapacityLimit::FloorLoad));
    applyAndCheck(plan, r);
}

void TestCoolingBudget::capacityLimitedByPointLoad()
{
    // A raised floor rated 50 kg per foot: 4 feet carry at most 200 kg, the rack weighs 100 + 20 kg: 4 more
    // blades make 200 kg (50 kg per foot), a fifth 220 kg (55 kg per foot). Space alone would allow 5.
    Plan plan;
    CapacityOptions o;
    o.pointKg = 50;
    buildCapacityPlan(plan, o);
    const CapacityResult r = CapacitySearch::run(plan, kBlade);
    QCOMPARE(r.fits, 4);
    QCOMPARE(limit(r.mainLimit), limit(CapacityLimit::FloorLoad));
    applyAndCheck(plan, r);
}

void TestCoolingBudget::capacityOtherStops()
{
    Plan plan;
    const std::vector<Id> racks = buildCapacityPlan(plan, {});
    // An unknown type: an error naming it, nothing placed.
    CapacityResult r = CapacitySearch::run(plan, QStringLiteral("no-such-device"));
    QVERIFY(r.error.contains(QStringLiteral("no-such-device")));
    QCOMPARE(r.fits, 0);
    QVERIFY(r.placements.empty());
    QVERIFY(r.racksStoppedBy.empty());
    // Half its heat to liquid, but the rack is air-cooled.
    r = CapacitySearch::run(plan, QStringLiteral("liquid-blade"));
    QCOMPARE(r.fits, 0);
    QCOMPARE(limit(r.mainLimit), limit(CapacityLimit::NoLiquidCooling));
    // A rack without a feed takes no powered device.
    Rack rack = *plan.find<Rack>(racks[0]);
    rack.feedA = kNoId;
    PlanFiller(plan).replace(rack);
    r = CapacitySearch::run(plan, kBlade);
    QCOMPARE(r.fits, 0);
    QCOMPARE(limit(r.mainLimit), limit(CapacityLimit::NoPowerFeed));
}

void TestCoolingBudget::capacityBudgetsAreSharedBetweenRacks()
{
    // Two racks with a blade each behind a 25 kW UPS: 10 kW in use, 15 kW headroom: 3 blades, all in the
    // first rack; both racks then stop at the chain.
    Plan plan;
    CapacityOptions o;
    o.upsKw = 25;
    o.racks = 2;
    std::vector<Id> racks = buildCapacityPlan(plan, o);
    CapacityResult r = CapacitySearch::run(plan, kBlade);
    QCOMPARE(r.fits, 3);
    QCOMPARE(r.placements.size(), std::size_t(1));
    QCOMPARE(r.placements[0].rackId, racks[0]);
    QCOMPARE(r.racksStoppedBy.at(CapacityLimit::PowerChain), 2);
    QCOMPARE(limit(r.mainLimit), limit(CapacityLimit::PowerChain));
    applyAndCheck(plan, r);

    // Unrated chain, maxCount 7: 5 in the first rack (space), 2 in the second, then the count is reached.
    o.upsKw = 0;
    racks = buildCapacityPlan(plan, o);
    r = CapacitySearch::run(plan, kBlade, 7);
    QCOMPARE(r.fits, 7);
    QCOMPARE(r.placements.size(), std::size_t(2));
    QCOMPARE(positions(r.placements[0]), QStringLiteral("3,5,7,9,11"));
    QCOMPARE(r.placements[1].rackId, racks[1]);
    QCOMPARE(positions(r.placements[1]), QStringLiteral("3,5"));
    QCOMPARE(r.racksStoppedBy.at(CapacityLimit::Space), 1);
    QCOMPARE(r.racksStoppedBy.at(CapacityLimit::Requested), 1);

    // Air cooling is a hall budget: 2 x 20 kW CRAH, N+1: 20 kW, 10 kW in use: 2 blades, both in rack 1.
    o.crahKw = 20;
    o.crahs = 2;
    racks = buildCapacityPlan(plan, o);
    r = CapacitySearch::run(plan, kBlade);
    QCOMPARE(r.fits, 2);
    QCOMPARE(r.placements.size(), std::size_t(1));
    QCOMPARE(r.racksStoppedBy.at(CapacityLimit::AirCooling), 2);
    applyAndCheck(plan, r);
}

QTEST_GUILESS_MAIN(TestCoolingBudget)
#include "tst_coolingbudget.moc"
