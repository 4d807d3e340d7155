// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testplans.h"

#include "demo/demoplan.h"
#include "plan/planfiller.h"
#include "plan/plansummary.h"
#include "plan/rackmetrics.h"

#include <QSignalSpy>
#include <QtTest>

#include <cmath>
#include <set>

using namespace rw;
using namespace rwtest;

namespace {

std::vector<Id> deviceIds(const std::vector<const MountedDevice *> &devices)
{
    std::vector<Id> ids;
    for (const MountedDevice *device : devices)
        ids.push_back(device->id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::vector<int> positions(const std::vector<const MountedDevice *> &devices)
{
    std::vector<int> result;
    for (const MountedDevice *device : devices)
        result.push_back(device->positionU);
    return result;
}

std::vector<Id> rackIds(const std::vector<const Rack *> &racks)
{
    std::vector<Id> ids;
    for (const Rack *rack : racks)
        ids.push_back(rack->id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

/// Relative comparison for sums of many doubles, where the summation order may differ.
bool closeTo(double actual, double expected, double relative = 1e-9)
{
    return std::abs(actual - expected) <= relative * std::max(1.0, std::abs(expected));
}

}  // namespace

class TestPlan : public QObject {
    Q_OBJECT

private slots:
    void insertFindReplaceTake();
    void idsAreUniqueAndNeverReused();
    void reserveIdsOnlyRaises();
    void assignAndClearCarryNextId();
    void devicesInRackFollowChanges();
    void racksInHallFollowChanges();
    void emitsSignals();
    void summaryOfSmallPlan();
    void rackMetricsOfSmallPlan();
    void rackMetricsOfEmptyAndUnknownRack();
    void demoPlan();
};

void TestPlan::insertFindReplaceTake()
{
    Plan plan;
    QVERIFY(!plan.find<Hall>(7));
    Hall hall;
    hall.id = 7;
    hall.name = QStringLiteral("H");
    PlanFiller(plan).insert(hall);
    QVERIFY(plan.find<Hall>(7));
    QCOMPARE(plan.find<Hall>(7)->name, QStringLiteral("H"));
    QCOMPARE(plan.all<Hall>().size(), std::size_t(1));

    hall.name = QStringLiteral("H renamed");
    PlanFiller(plan).replace(hall);
    QCOMPARE(plan.find<Hall>(7)->name, QStringLiteral("H renamed"));
    QCOMPARE(plan.all<Hall>().size(), std::size_t(1));

    // Device types are keyed by text, not by id.
    DeviceType type;
    type.key = QStringLiteral("t");
    type.model = QStringLiteral("T");
    PlanFiller(plan).insert(type);
    QCOMPARE(plan.find<DeviceType>(QStringLiteral("t"))->model, QStringLiteral("T"));
    QVERIFY(!plan.find<DeviceType>(QStringLiteral("T")));

    const Hall taken = PlanFiller(plan).take<Hall>(7);
    QCOMPARE(taken.name, QStringLiteral("H renamed"));
    QVERIFY(!plan.find<Hall>(7));
    QVERIFY(plan.all<Hall>().empty());
    QCOMPARE(PlanFiller(plan).take<DeviceType>(QStringLiteral("t")).model, QStringLiteral("T"));
    QVERIFY(plan.all<DeviceType>().empty());
}

void TestPlan::idsAreUniqueAndNeverReused()
{
    Plan plan;
    QCOMPARE(plan.nextId(), Id(1));  // 0 means "none"
    const Id first = plan.allocateId();
    const Id second = plan.allocateId();
    QCOMPARE(first, Id(1));
    QCOMPARE(second, Id(2));

    // The small plan's largest id is the obstacle's, 80, so the next one is 81.
    buildSmallPlan(plan);
    QCOMPARE(plan.nextId(), Id(81));

    // Inserting with an explicit id above the counter moves the counter past it.
    Hall hall;
    hall.id = 200;
    PlanFiller(plan).insert(hall);
    QCOMPARE(plan.nextId(), Id(201));
    // ... one below it does not move it back.
    hall.id = 100;
    PlanFiller(plan).insert(hall);
    QCOMPARE(plan.nextId(), Id(201));

    // Taking the entity with the largest id retires that id: it is not handed out again.
    PlanFiller(plan).take<Hall>(200);
    QCOMPARE(plan.allocateId(), Id(201));
    PlanFiller(plan).take<Hall>(100);
    QCOMPARE(plan.allocateId(), Id(202));

    std::set<Id> seen;
    for (int i = 0; i < 1000; ++i)
        QVERIFY(seen.insert(plan.allocateId()).second);
    QCOMPARE(*seen.begin(), Id(203));
    QCOMPARE(*seen.rbegin(), Id(1202));  // 203 + 999
}

void TestPlan::reserveIdsOnlyRaises()
{
    Plan plan;
    buildSmallPlan(plan);
    plan.reserveIds(5000);
    QCOMPARE(plan.nextId(), Id(5000));
    plan.reserveIds(10);  // below the counter: ignored, or ids of existing entities would come back
    QCOMPARE(plan.nextId(), Id(5000));
    QCOMPARE(plan.allocateId(), Id(5000));
    QCOMPARE(plan.allocateId(), Id(5001));
}

void TestPlan::assignAndClearCarryNextId()
{
    Plan source;
    buildSmallPlan(source);
    source.reserveIds(900);
    Plan copy;
    copy.assign(source);
    QCOMPARE(planDifference(source, copy), QString());
    QCOMPARE(copy.nextId(), Id(900));
    // The copy is independent of its source.
    PlanFiller(copy).take<Rack>(small::kRackB);
    QVERIFY(source.find<Rack>(small::kRackB));

    copy.clear();
    QCOMPARE(copy.nextId(), Id(1));
    QVERIFY(copy.all<Rack>().empty());
    QVERIFY(copy.all<DeviceType>().empty());
    QCOMPARE(copy.site(), Site {});
}

void TestPlan::devicesInRackFollowChanges()
{
    using namespace small;
    Plan plan;
    buildSmallPlan(plan);

    // Rack A: servers at U1 and U3, the switch at U42, the 0U PDU at "U1"; lowest U first.
    auto inA = plan.devicesInRack(kRackA);
    QCOMPARE(deviceIds(inA), (std::vector<Id> { kServerA1, kServerA3, kSwitchA42, kPduA }));
    QCOMPARE(positions(inA), (std::vector<int> { 1, 1, 3, 42 }));
    QCOMPARE(deviceIds(plan.devicesInRack(kRackB)), std::vector<Id> { kServerB10 });
    QVERIFY(plan.devicesInRack(999).empty());

    // Insert: a server at U20 of rack A sorts between U3 and U42.
    PlanFiller(plan).insert(MountedDevice { 90, kRackA, kServer, 20, QString() });
    QCOMPARE(positions(plan.devicesInRack(kRackA)), (std::vector<int> { 1, 1, 3, 20, 42 }));

    // Move: replace with another rack id takes the device out of one rack's list into the other's.
    MountedDevice moved = *plan.find<MountedDevice>(kServerB10);
    moved.rackId = kRackA;
    moved.positionU = 30;
    PlanFiller(plan).replace(moved);
    QVERIFY(plan.devicesInRack(kRackB).empty());
    QCOMPARE(positions(plan.devicesInRack(kRackA)), (std::vector<int> { 1, 1, 3, 20, 30, 42 }));

    // Moving within the rack re-sorts.
    moved.positionU = 10;
    PlanFiller(plan).replace(moved);
    QCOMPARE(positions(plan.devicesInRack(kRackA)), (std::vector<int> { 1, 1, 3, 10, 20, 42 }));

    // Removal.
    PlanFiller(plan).take<MountedDevice>(kSwitchA42);
    PlanFiller(plan).take<MountedDevice>(90);
    QCOMPARE(deviceIds(plan.devicesInRack(kRackA)), (std::vector<Id> { kServerA1, kServerA3, kPduA, kServerB10 }));
    QCOMPARE(positions(plan.devicesInRack(kRackA)), (std::vector<int> { 1, 1, 3, 10 }));

    // The pointers point into the plan: they show the current entities.
    for (const MountedDevice *device : plan.devicesInRack(kRackA))
        QCOMPARE(device, plan.find<MountedDevice>(device->id));

    // After assign the index describes the new content.
    Plan other;
    buildSmallPlan(other);
    plan.assign(other);
    QCOMPARE(deviceIds(plan.devicesInRack(kRackB)), std::vector<Id> { kServerB10 });
    plan.clear();
    QVERIFY(plan.devicesInRack(kRackA).empty());
}

void TestPlan::racksInHallFollowChanges()
{
    using namespace small;
    Plan plan;
    buildSmallPlan(plan);
    QCOMPARE(rackIds(plan.racksInHall(kHall)), (std::vector<Id> { kRackA, kRackB }));

    Hall second;
    second.id = 2;
    PlanFiller(plan).insert(second);
    QVERIFY(plan.racksInHall(2).empty());

    Rack rack;
    rack.id = 12;
    rack.hallId = 2;
    PlanFiller(plan).insert(rack);
    QCOMPARE(rackIds(plan.racksInHall(2)), std::vector<Id> { 12 });

    Rack moved = *plan.find<Rack>(kRackB);
    moved.hallId = 2;
    moved.rowId = kNoId;
    PlanFiller(plan).replace(moved);
    QCOMPARE(rackIds(plan.racksInHall(kHall)), std::vector<Id> { kRackA });
    QCOMPARE(rackIds(plan.racksInHall(2)), (std::vector<Id> { kRackB, 12 }));

    PlanFiller(plan).take<Rack>(12);
    PlanFiller(plan).take<Rack>(kRackA);
    QVERIFY(plan.racksInHall(kHall).empty());
    QCOMPARE(rackIds(plan.racksInHall(2)), std::vector<Id> { kRackB });
}

void TestPlan::emitsSignals()
{
    Plan plan;
    QSignalSpy changed(&plan, &Plan::entityChanged);
    QSignalSpy site(&plan, &Plan::siteChanged);
    QSignalSpy reset(&plan, &Plan::reset);
    QVERIFY(changed.isValid() && site.isValid() && reset.isValid());

    auto checkLast = [&changed](EntityKind kind, const QVariant &key) {
        return changed.last().at(0).value<EntityKind>() == kind && changed.last().at(1) == key;
    };

    Rack rack;
    rack.id = 5;
    PlanFiller(plan).insert(rack);
    QCOMPARE(changed.count(), 1);
    QVERIFY(checkLast(EntityKind::Rack, QVariant::fromValue(Id(5))));

    rack.name = QStringLiteral("renamed");
    PlanFiller(plan).replace(rack);
    QCOMPARE(changed.count(), 2);
    QVERIFY(checkLast(EntityKind::Rack, QVariant::fromValue(Id(5))));

    DeviceType type;
    type.key = QStringLiteral("k");
    PlanFiller(plan).insert(type);
    QCOMPARE(changed.count(), 3);
    QVERIFY(checkLast(EntityKind::DeviceType, QVariant(QStringLiteral("k"))));

    PlanFiller(plan).insert(MountedDevice { 6, 5, QStringLiteral("k"), 1, QString() });
    QVERIFY(checkLast(EntityKind::Device, QVariant::fromValue(Id(6))));

    PlanFiller(plan).take<Rack>(5);
    QCOMPARE(changed.count(), 5);
    QVERIFY(checkLast(EntityKind::Rack, QVariant::fromValue(Id(5))));
    QCOMPARE(site.count(), 0);
    QCOMPARE(reset.count(), 0);

    Site s;
    s.name = QStringLiteral("S");
    PlanFiller(plan).setSite(s);
    QCOMPARE(site.count(), 1);
    QCOMPARE(changed.count(), 5);

    Plan other;
    buildSmallPlan(other);
    plan.assign(other);
    QCOMPARE(reset.count(), 1);
    plan.clear();
    QCOMPARE(reset.count(), 2);
    // Whole-plan changes are announced once, not entity by entity.
    QCOMPARE(changed.count(), 5);

    // Neither ids nor reads emit anything.
    plan.allocateId();
    plan.reserveIds(100);
    plan.devicesInRack(1);
    QCOMPARE(changed.count() + site.count() + reset.count(), 5 + 1 + 2);
}

void TestPlan::summaryOfSmallPlan()
{
    Plan plan;
    buildSmallPlan(plan);
    const PlanSummary s = summarize(plan);

    QCOMPARE(s.hallCount, 1);
    QCOMPARE(s.rowCount, 1);
    QCOMPARE(s.rackCount, 2);
    QCOMPARE(s.deviceCount, 5);  // 3 servers, a switch, a PDU
    QCOMPARE(s.coolingUnitCount, 1);
    QCOMPARE(s.powerNodeCount, 3);  // utility, UPS, busway
    QCOMPARE(s.gpuCount, 12);  // 3 servers x 4 GPUs
    // Nameplate = maximum power: 3 x 1.5 kW + 0.2 kW (switch) + 0 (PDU) = 4.7 kW.
    QVERIFY2(closeTo(s.nameplateItKw, 4.7), qPrintable(QString::number(s.nameplateItKw)));
    // Typical: 3 x 1.0 kW + 0.15 kW = 3.15 kW.
    QVERIFY2(closeTo(s.typicalItKw, 3.15), qPrintable(QString::number(s.typicalItKw)));
    // Budgets: 20 kW (A) + 10 kW (B).
    QVERIFY(closeTo(s.rackBudgetKw, 30.0));
    // Liquid: 25 % of each server's 1.5 kW: 3 x 0.375 kW = 1.125 kW; the switch has none.
    QVERIFY2(closeTo(s.heatToLiquidKw, 1.125), qPrintable(QString::number(s.heatToLiquidKw)));
    // plansummary.h: equipment weight is devices plus empty racks:
    // devices 3 x 30 + 8 + 5 = 103 kg, racks 120 + 100 = 220 kg, together 323 kg.
    QVERIFY2(closeTo(s.equipmentWeightKg, 323.0), qPrintable(QString::number(s.equipmentWeightKg)));
    // U: 3 servers x 2U + 1U switch + 0U PDU = 7 of 42 + 48 = 90.
    QCOMPARE(s.usedU, 7);
    QCOMPARE(s.totalU, 90);
    QCOMPARE(
        s.systemsByType, (std::map<QString, int> { { small::kServer, 3 }, { small::kSwitch, 1 }, { small::kPdu, 1 } }));

    // A device whose type is missing counts as a device but adds no figures.
    PlanFiller(plan).insert(MountedDevice { 95, small::kRackB, QStringLiteral("missing-type"), 30, QString() });
    const PlanSummary withOrphan = summarize(plan);
    QCOMPARE(withOrphan.deviceCount, 6);
    QCOMPARE(withOrphan.gpuCount, 12);
    QCOMPARE(withOrphan.usedU, 7);
    QVERIFY(closeTo(withOrphan.nameplateItKw, 4.7));
    QCOMPARE(withOrphan.systemsByType.count(QStringLiteral("missing-type")), std::size_t(0));

    QCOMPARE(summarize(Plan()).rackCount, 0);
    QCOMPARE(summarize(Plan()).nameplateItKw, 0.0);
}

void TestPlan::rackMetricsOfSmallPlan()
{
    using namespace small;
    Plan plan;
    buildSmallPlan(plan);
    const auto all = computeRackMetrics(plan);
    QCOMPARE(all.size(), std::size_t(2));

    for (const RackMetrics &a : { all.at(kRackA), computeRackMetrics(plan, kRackA) }) {
        // Two servers, the switch and the PDU.
        QVERIFY(closeTo(a.maxPowerKw, 3.2));  // 2 x 1.5 + 0.2
        QVERIFY(closeTo(a.typicalPowerKw, 2.15));  // 2 x 1.0 + 0.15
        QVERIFY(closeTo(a.heatToLiquidKw, 0.75));  // 2 x 0.375
        QVERIFY(closeTo(a.equipmentWeightKg, 73.0));  // 2 x 30 + 8 + 5
        QVERIFY(closeTo(a.totalWeightKg, 193.0));  // 73 + 120 empty
        QCOMPARE(a.usedU, 5);  // 2 + 2 + 1 + 0
        QCOMPARE(a.gpuCount, 8);
        QCOMPARE(a.deviceCount, 4);
        QVERIFY(closeTo(a.powerUse(*plan.find<Rack>(kRackA)), 0.16));  // 3.2 of 20 kW
    }
    for (const RackMetrics &b : { all.at(kRackB), computeRackMetrics(plan, kRackB) }) {
        QVERIFY(closeTo(b.maxPowerKw, 1.5));
        QVERIFY(closeTo(b.typicalPowerKw, 1.0));
        QVERIFY(closeTo(b.heatToLiquidKw, 0.375));
        QVERIFY(closeTo(b.equipmentWeightKg, 30.0));
        QVERIFY(closeTo(b.totalWeightKg, 130.0));  // 30 + 100 empty
        QCOMPARE(b.usedU, 2);
        QCOMPARE(b.gpuCount, 4);
        QCOMPARE(b.deviceCount, 1);
        QVERIFY(closeTo(b.powerUse(*plan.find<Rack>(kRackB)), 0.15));  // 1.5 of 10 kW
    }

    // The per-rack figures add up to the plan's.
    const PlanSummary s = summarize(plan);
    QVERIFY(closeTo(all.at(kRackA).maxPowerKw + all.at(kRackB).maxPowerKw, s.nameplateItKw));
    QVERIFY(closeTo(all.at(kRackA).totalWeightKg + all.at(kRackB).totalWeightKg, s.equipmentWeightKg));
}

void TestPlan::rackMetricsOfEmptyAndUnknownRack()
{
    Plan plan;
    buildSmallPlan(plan);
    Rack empty;
    empty.id = 12;
    empty.hallId = small::kHall;
    empty.emptyWeightKg = 140;
    empty.maxPowerKw = 0;
    PlanFiller(plan).insert(empty);
    // A device in a rack that does not exist belongs to no rack's figures.
    PlanFiller(plan).insert(MountedDevice { 96, 999, small::kServer, 1, QString() });

    const auto all = computeRackMetrics(plan);
    QCOMPARE(all.size(), std::size_t(3));
    QCOMPARE(all.count(999), std::size_t(0));
    const RackMetrics &m = all.at(12);
    QCOMPARE(m.deviceCount, 0);
    QCOMPARE(m.maxPowerKw, 0.0);
    QCOMPARE(m.totalWeightKg, 140.0);
    QCOMPARE(m.powerUse(empty), 0.0);  // no budget: no division by zero
    QCOMPARE(computeRackMetrics(plan, 12).totalWeightKg, 140.0);
    QCOMPARE(all.at(small::kRackB).deviceCount, 1);

    // Both overloads agree: the dangling device in "rack" 999 counts nowhere.
    const RackMetrics unknown = computeRackMetrics(plan, 999);
    QCOMPARE(unknown.deviceCount, 0);
    QCOMPARE(unknown.maxPowerKw, 0.0);
    QCOMPARE(unknown.totalWeightKg, 0.0);
}

void TestPlan::demoPlan()
{
    Plan plan;
    buildDemoPlan(plan);

    // Figures summed here, independently of summarize(), device by device from the catalogue entries.
    int gpus = 0;
    int dgxB200 = 0;
    int usedU = 0;
    double nameplateKw = 0.0;
    double typicalKw = 0.0;
    double weightKg = 0.0;
    for (const auto &[id, device] : plan.all<MountedDevice>()) {
        const DeviceType *type = plan.find<DeviceType>(device.typeKey);
        QVERIFY2(type, qPrintable(device.typeKey));
        QVERIFY(plan.find<Rack>(device.rackId));
        gpus += type->gpuCount;
        dgxB200 += device.typeKey == QLatin1String("nvidia-dgx-b200") ? 1 : 0;
        usedU += type->heightU;
        nameplateKw += type->maxPowerW / 1000.0;
        typicalKw += type->typicalPowerW / 1000.0;
        weightKg += type->weightKg;
    }
    double rackBudgetKw = 0.0;
    int totalU = 0;
    for (const auto &[id, rack] : plan.all<Rack>()) {
        weightKg += rack.emptyWeightKg;
        rackBudgetKw += rack.maxPowerKw;
        totalU += rack.heightU;
    }

    // The demo's headline: 1,100 DGX B200 x 8 + 150 RTX PRO servers x 8 = 8,800 + 1,200 = 10,000 GPUs.
    QCOMPARE(gpus, 10000);
    QVERIFY(dgxB200 > 1000);
    QCOMPARE(dgxB200, 1100);  // 275 racks x 4
    // 2 blocks x 10 rows x 18 racks of 48U and 60 kW.
    QCOMPARE(int(plan.all<Rack>().size()), 360);
    QCOMPARE(totalU, 360 * 48);
    QVERIFY(closeTo(rackBudgetKw, 360 * 60.0));

    const PlanSummary s = summarize(plan);
    QCOMPARE(s.gpuCount, gpus);
    QCOMPARE(s.systemsByType.at(QStringLiteral("nvidia-dgx-b200")), dgxB200);
    QCOMPARE(s.usedU, usedU);
    QCOMPARE(s.totalU, totalU);
    QCOMPARE(s.hallCount, 1);
    QCOMPARE(s.rackCount, 360);
    QCOMPARE(s.deviceCount, int(plan.all<MountedDevice>().size()));
    QVERIFY2(closeTo(s.nameplateItKw, nameplateKw), qPrintable(QString::number(s.nameplateItKw)));
    QVERIFY2(closeTo(s.typicalItKw, typicalKw), qPrintable(QString::number(s.typicalItKw)));
    QVERIFY2(closeTo(s.equipmentWeightKg, weightKg), qPrintable(QString::number(s.equipmentWeightKg)));
    QVERIFY(closeTo(s.rackBudgetKw, rackBudgetKw));
    // The assumptions promise about 18 MW of IT nameplate, below the 21.6 MW of rack budgets.
    QVERIFY2(s.nameplateItKw > 17000 && s.nameplateItKw < 19000, qPrintable(QString::number(s.nameplateItKw)));

    const auto findings = PlanValidator::validate(plan);
    QString errors;
    for (const Finding &f : findings) {
        if (f.severity == Finding::Severity::Error)
            errors += f.message + QLatin1Char('\n');
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
    QVERIFY(!PlanValidator::hasErrors(findings));

    // Every rack's metrics agree with the devices it holds; none is over its 60 kW budget.
    const auto metrics = computeRackMetrics(plan);
    QCOMPARE(metrics.size(), std::size_t(360));
    int metricGpus = 0;
    for (const auto &[rackId, m] : metrics) {
        metricGpus += m.gpuCount;
        QCOMPARE(m.deviceCount, int(plan.devicesInRack(rackId).size()));
        QVERIFY(m.maxPowerKw <= plan.find<Rack>(rackId)->maxPowerKw);
    }
    QCOMPARE(metricGpus, 10000);
}

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
