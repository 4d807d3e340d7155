// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testplans.h"

#include "commands/planbatch.h"
#include "commands/planeditor.h"

#include <QUndoStack>
#include <QtTest>

#include <functional>

using namespace rw;
using namespace rwtest;

namespace {

/// A small plan with its undo stack and editor, and a snapshot of the plan before the edit under test.
struct Fixture {
    Plan plan;
    QUndoStack stack;
    PlanEditor editor { plan, stack };
    Plan before;

    Fixture()
    {
        buildSmallPlan(plan);
        before.assign(plan);
    }

    /// Undoes the last step and redoes it; returns what went wrong, or nothing.
    QString undoRedoRestores()
    {
        Plan after;
        after.assign(plan);
        const int index = stack.index();
        stack.undo();
        if (stack.index() != index - 1)
            return QStringLiteral("undo did not move the stack");
        if (const QString d = planDifference(plan, before); !d.isEmpty())
            return QStringLiteral("after undo: ") + d;
        stack.redo();
        if (const QString d = planDifference(plan, after); !d.isEmpty())
            return QStringLiteral("after redo: ") + d;
        return {};
    }

    /// The edit was refused and left the plan and the stack as they were.
    QString refusedWithoutChange(const EditResult &result, int stackCount)
    {
        if (result.ok)
            return QStringLiteral("the edit was accepted");
        if (result.error.isEmpty())
            return QStringLiteral("refused without a reason");
        if (stack.count() != stackCount)
            return QStringLiteral("the undo stack changed: %1 steps instead of %2").arg(stack.count()).arg(stackCount);
        if (const QString d = planDifference(plan, before); !d.isEmpty())
            return QStringLiteral("the plan changed: ") + d;
        return {};
    }
};

}  // namespace

class TestPlanEditor : public QObject {
    Q_OBJECT

private slots:
    void addEachKindIsUndoable();
    void addedIdsAreNotReusedAfterUndo();
    void addRefusesExistingKey();
    void updateIsUndoable();
    void updateWithoutChangeAddsNoStep();
    void updateOfMissingEntityRefused();
    void mergeableEditsMerge();
    void mergingBackToTheStartLeavesNoStep();
    void setSite();
    void mountDevice();
    void mountDeviceRefused_data();
    void mountDeviceRefused();
    void removeDevice();
    void removeRacksIsOneStep();
    void removeRacksRefusesUnknownRack();
    void removeRacksNamedTwice();
    void removeDeviceType();
    void importDeviceTypesIsOneStep();
    void importDeviceTypesRefusesInvalidType();
    void importDeviceTypesWithAKeyTwice();
    void changedTypeMustStillFit_data();
    void changedTypeMustStillFit();
    void invalidValuesRefused();
    void labelEditsAreUndoable();
};

void TestPlanEditor::addEachKindIsUndoable()
{
    using namespace small;
    Fixture f;
    auto check = [&f](const EditResult &result) {
        if (!result.ok)
            return QStringLiteral("refused: ") + result.error;
        if (f.stack.count() != 1)
            return QStringLiteral("%1 undo steps").arg(f.stack.count());
        const QString why = f.undoRedoRestores();
        f.stack.clear();
        f.before.assign(f.plan);
        return why;
    };

    Hall hall;
    hall.name = QStringLiteral("Hall 2");
    const EditResult addedHall = f.editor.add(hall);
    QVERIFY(addedHall.id != kNoId);
    QCOMPARE(f.plan.find<Hall>(addedHall.id)->name, QStringLiteral("Hall 2"));
    QCOMPARE(check(addedHall), QString());

    Row row;
    row.hallId = addedHall.id;
    QCOMPARE(check(f.editor.add(row)), QString());
    Rack rack;
    rack.hallId = addedHall.id;
    rack.name = QStringLiteral("C");
    const EditResult addedRack = f.editor.add(rack);
    QCOMPARE(check(addedRack), QString());
    Obstacle column;
    column.hallId = kHall;
    QCOMPARE(check(f.editor.add(column)), QString());
    PowerNode node;
    node.name = QStringLiteral("PDU");
    const EditResult addedNode = f.editor.add(node);
    QCOMPARE(check(addedNode), QString());
    QCOMPARE(check(f.editor.add(PowerLink { kNoId, kBusway, addedNode.id })), QString());
    CoolingUnit unit;
    unit.hallId = kHall;
    QCOMPARE(check(f.editor.add(unit)), QString());
    Scenario scenario;
    const EditResult addedScenario = f.editor.add(scenario);
    QCOMPARE(check(addedScenario), QString());
    Phase phase;
    phase.scenarioId = addedScenario.id;
    QCOMPARE(check(f.editor.add(phase)), QString());
    DeviceType type;
    type.key = QStringLiteral("new-type");
    QCOMPARE(check(f.editor.add(type)), QString());
    QCOMPARE(check(f.editor.add(MountedDevice { kNoId, addedRack.id, QStringLiteral("new-type"), 1, QString() })),
        QString());
    Label label;
    label.hallId = kHall;
    label.text = QStringLiteral("Cold aisle");
    QCOMPARE(check(f.editor.add(label)), QString());
}

void TestPlanEditor::addedIdsAreNotReusedAfterUndo()
{
    Fixture f;
    // The small plan's ids end at 80.
    Hall hall;
    const EditResult first = f.editor.add(hall);
    QCOMPARE(first.id, Id(81));
    f.stack.undo();
    QVERIFY(!f.plan.find<Hall>(81));
    // Undone, the id stays retired: a redo, or an autosave taken meanwhile, may still refer to it.
    const EditResult second = f.editor.add(hall);
    QCOMPARE(second.id, Id(82));
    QCOMPARE(f.stack.count(), 1);  // the new edit replaced the undone one
    f.stack.undo();
    f.stack.redo();
    QVERIFY(f.plan.find<Hall>(82));
    QVERIFY(!f.plan.find<Hall>(81));
}

void TestPlanEditor::addRefusesExistingKey()
{
    Fixture f;
    Hall duplicate;
    duplicate.id = small::kHall;
    QCOMPARE(f.refusedWithoutChange(f.editor.add(duplicate), 0), QString());
    DeviceType type = *f.plan.find<DeviceType>(small::kServer);
    QCOMPARE(f.refusedWithoutChange(f.editor.add(type), 0), QString());
}

void TestPlanEditor::updateIsUndoable()
{
    using namespace small;
    Fixture f;
    Rack rack = *f.plan.find<Rack>(kRackA);
    rack.name = QStringLiteral("A renamed");
    rack.maxPowerKw = 25;
    QVERIFY(f.editor.update(rack).ok);
    QCOMPARE(f.stack.count(), 1);
    QCOMPARE(f.plan.find<Rack>(kRackA)->name, QStringLiteral("A renamed"));
    QCOMPARE(f.undoRedoRestores(), QString());

    // Moving a device to the other rack moves it in the rack index too, and back on undo.
    Fixture g;
    MountedDevice device = *g.plan.find<MountedDevice>(kServerB10);
    device.rackId = kRackA;
    device.positionU = 20;
    QVERIFY(g.editor.update(device).ok);
    QCOMPARE(g.plan.devicesInRack(kRackB).size(), std::size_t(0));
    QCOMPARE(g.plan.devicesInRack(kRackA).size(), std::size_t(5));
    g.stack.undo();
    QCOMPARE(g.plan.devicesInRack(kRackB).size(), std::size_t(1));
    QCOMPARE(g.plan.devicesInRack(kRackA).size(), std::size_t(4));
    QCOMPARE(planDifference(g.plan, g.before), QString());
}

void TestPlanEditor::updateWithoutChangeAddsNoStep()
{
    Fixture f;
    QVERIFY(f.editor.update(*f.plan.find<Rack>(small::kRackA)).ok);
    QCOMPARE(f.stack.count(), 0);
    QVERIFY(f.editor.setSite(f.plan.site()).ok);
    QCOMPARE(f.stack.count(), 0);
}

void TestPlanEditor::updateOfMissingEntityRefused()
{
    Fixture f;
    Rack ghost;
    ghost.id = 999;
    ghost.hallId = small::kHall;
    QCOMPARE(f.refusedWithoutChange(f.editor.update(ghost), 0), QString());
}

void TestPlanEditor::mergeableEditsMerge()
{
    using namespace small;
    Fixture f;
    // A drag of rack A: three moves, one undo step.
    Rack rack = *f.plan.find<Rack>(kRackA);
    for (double x : { 2.1, 2.2, 2.3 }) {
        rack.xM = x;
        QVERIFY(f.editor.update(rack, true).ok);
    }
    QCOMPARE(f.stack.count(), 1);
    QCOMPARE(f.plan.find<Rack>(kRackA)->xM, 2.3);
    f.stack.undo();
    QCOMPARE(f.plan.find<Rack>(kRackA)->xM, 2.0);
    QCOMPARE(planDifference(f.plan, f.before), QString());
    f.stack.redo();
    QCOMPARE(f.plan.find<Rack>(kRackA)->xM, 2.3);

    // Not mergeable: one step each.
    Fixture g;
    Rack other = *g.plan.find<Rack>(kRackA);
    for (double x : { 2.1, 2.2, 2.3 }) {
        other.xM = x;
        QVERIFY(g.editor.update(other).ok);
    }
    QCOMPARE(g.stack.count(), 3);

    // Mergeable edits of different racks stay apart.
    Fixture h;
    Rack a = *h.plan.find<Rack>(kRackA);
    Rack b = *h.plan.find<Rack>(kRackB);
    a.xM = 2.1;
    b.xM = 2.7;
    QVERIFY(h.editor.update(a, true).ok);
    QVERIFY(h.editor.update(b, true).ok);
    QCOMPARE(h.stack.count(), 2);
    // ... and edits of different kinds too.
    Hall hall = *h.plan.find<Hall>(kHall);
    hall.widthM = 11;
    QVERIFY(h.editor.update(hall, true).ok);
    QCOMPARE(h.stack.count(), 3);
    h.stack.undo();
    h.stack.undo();
    h.stack.undo();
    QCOMPARE(planDifference(h.plan, h.before), QString());

    // A saved state is a boundary: the edit after saving does not merge into the one before.
    Fixture s;
    Rack saved = *s.plan.find<Rack>(kRackA);
    saved.xM = 2.1;
    QVERIFY(s.editor.update(saved, true).ok);
    s.stack.setClean();
    saved.xM = 2.2;
    QVERIFY(s.editor.update(saved, true).ok);
    QCOMPARE(s.stack.count(), 2);
    s.stack.undo();
    QVERIFY(s.stack.isClean());
    QCOMPARE(s.plan.find<Rack>(kRackA)->xM, 2.1);
}

void TestPlanEditor::mergingBackToTheStartLeavesNoStep()
{
    Fixture f;
    Rack rack = *f.plan.find<Rack>(small::kRackA);
    rack.xM = 3.0;
    QVERIFY(f.editor.update(rack, true).ok);
    rack.xM = 2.0;  // dragged back to where it was
    QVERIFY(f.editor.update(rack, true).ok);
    QCOMPARE(f.stack.count(), 0);
    QCOMPARE(planDifference(f.plan, f.before), QString());
}

void TestPlanEditor::setSite()
{
    Fixture f;
    Site site = f.plan.site();
    site.pueTarget = 1.3;
    site.assumptions = QStringLiteral("All racks air-cooled.");
    QVERIFY(f.editor.setSite(site).ok);
    QCOMPARE(f.plan.site().pueTarget, std::optional<double>(1.3));
    QCOMPARE(f.undoRedoRestores(), QString());

    // A declaration is withdrawn the same way, as one undoable step; undo brings the declared value back.
    Site cleared = f.plan.site();
    cleared.pueTarget.reset();
    QVERIFY(f.editor.setSite(cleared).ok);
    QVERIFY(!f.plan.site().pueTarget);
    QCOMPARE(f.stack.count(), 2);
    f.stack.undo();
    QCOMPARE(f.plan.site().pueTarget, std::optional<double>(1.3));
    f.stack.redo();
    QVERIFY(!f.plan.site().pueTarget);

    Fixture g;
    Site bad = g.plan.site();
    bad.pueTarget = 0.9;  // a PUE below 1 is impossible
    const EditResult refused = g.editor.setSite(bad);
    QCOMPARE(g.refusedWithoutChange(refused, 0), QString());
    QVERIFY2(refused.error.contains(QLatin1String("PUE target")), qPrintable(refused.error));  // a label, not the key
}

void TestPlanEditor::mountDevice()
{
    using namespace small;
    Fixture f;
    // Rack A is free from U5 to U41.
    const EditResult result = f.editor.mountDevice(kRackA, kServer, 5, QStringLiteral("a5"));
    QVERIFY2(result.ok, qPrintable(result.error));
    const MountedDevice *device = f.plan.find<MountedDevice>(result.id);
    QVERIFY(device);
    QCOMPARE(device->rackId, kRackA);
    QCOMPARE(device->typeKey, kServer);
    QCOMPARE(device->positionU, 5);
    QCOMPARE(device->label, QStringLiteral("a5"));
    QCOMPARE(f.plan.devicesInRack(kRackA).size(), std::size_t(5));
    QCOMPARE(f.stack.count(), 1);
    QCOMPARE(f.undoRedoRestores(), QString());
    f.stack.undo();
    QCOMPARE(f.plan.devicesInRack(kRackA).size(), std::size_t(4));

    // The highest slot that fits a 2U server in the 48U rack B is U47.
    Fixture g;
    QVERIFY(g.editor.mountDevice(kRackB, kServer, 47).ok);
}

void TestPlanEditor::mountDeviceRefused_data()
{
    using namespace small;
    QTest::addColumn<Id>("rackId");
    QTest::addColumn<QString>("typeKey");
    QTest::addColumn<int>("positionU");

    QTest::newRow("overlaps two servers") << kRackA << kServer << 2;
    QTest::newRow("overlaps the switch") << kRackA << kSwitch << 42;
    QTest::newRow("sticks out of rack A") << kRackA << kServer << 42;  // U42-43 of 42
    QTest::newRow("sticks out of rack B") << kRackB << kServer << 48;  // U48-49 of 48
    QTest::newRow("unknown type") << kRackB << QStringLiteral("no-such-type") << 30;
    QTest::newRow("unknown rack") << Id(999) << kServer << 30;
    QTest::newRow("U0") << kRackB << kSwitch << 0;
    QTest::newRow("negative U") << kRackB << kSwitch << -3;
}

void TestPlanEditor::mountDeviceRefused()
{
    QFETCH(Id, rackId);
    QFETCH(QString, typeKey);
    QFETCH(int, positionU);

    Fixture f;
    // One edit on the stack first, so that "unchanged" means more than "still empty".
    Rack rack = *f.plan.find<Rack>(small::kRackA);
    rack.name = QStringLiteral("A1");
    QVERIFY(f.editor.update(rack).ok);
    f.before.assign(f.plan);

    const EditResult result = f.editor.mountDevice(rackId, typeKey, positionU);
    QCOMPARE(f.refusedWithoutChange(result, 1), QString());
    QCOMPARE(result.id, kNoId);
    QCOMPARE(f.stack.index(), 1);
}

void TestPlanEditor::removeDevice()
{
    Fixture f;
    QVERIFY(f.editor.removeDevice(small::kSwitchA42).ok);
    QVERIFY(!f.plan.find<MountedDevice>(small::kSwitchA42));
    QCOMPARE(f.undoRedoRestores(), QString());

    Fixture g;
    QCOMPARE(g.refusedWithoutChange(g.editor.removeDevice(999), 0), QString());
}

void TestPlanEditor::removeRacksIsOneStep()
{
    using namespace small;
    Fixture f;
    QVERIFY(f.editor.removeRacks({ kRackA }).ok);
    QCOMPARE(f.stack.count(), 1);
    QVERIFY(!f.plan.find<Rack>(kRackA));
    // Its four devices went with it; rack B keeps its server.
    for (Id id : { kServerA1, kServerA3, kSwitchA42, kPduA })
        QVERIFY(!f.plan.find<MountedDevice>(id));
    QCOMPARE(f.plan.all<MountedDevice>().size(), std::size_t(1));
    QVERIFY(f.plan.devicesInRack(kRackA).empty());
    f.stack.undo();  // one step brings back the rack and all four devices
    QCOMPARE(planDifference(f.plan, f.before), QString());
    QCOMPARE(f.plan.devicesInRack(kRackA).size(), std::size_t(4));
    f.stack.redo();
    QVERIFY(!f.plan.find<Rack>(kRackA));
    QCOMPARE(f.plan.all<MountedDevice>().size(), std::size_t(1));

    Fixture g;
    QVERIFY(g.editor.removeRacks({ kRackA, kRackB }).ok);
    QCOMPARE(g.stack.count(), 1);
    QVERIFY(g.plan.all<Rack>().empty());
    QVERIFY(g.plan.all<MountedDevice>().empty());
    QCOMPARE(g.undoRedoRestores(), QString());
}

void TestPlanEditor::removeRacksRefusesUnknownRack()
{
    Fixture f;
    // The known rack is not removed either: all or nothing.
    QCOMPARE(f.refusedWithoutChange(f.editor.removeRacks({ small::kRackA, 999 }), 0), QString());
}

void TestPlanEditor::removeRacksNamedTwice()
{
    using namespace small;
    Fixture f;
    // A selection may name a rack twice (the rack and one of its devices selected): it is removed once.
    QVERIFY(f.editor.removeRacks({ kRackA, kRackB, kRackA }).ok);
    QCOMPARE(f.stack.count(), 1);
    QVERIFY(f.plan.all<Rack>().empty());
    QVERIFY(f.plan.all<MountedDevice>().empty());
    QCOMPARE(f.undoRedoRestores(), QString());

    // Removing no rack is no edit.
    Fixture g;
    QVERIFY(g.editor.removeRacks({}).ok);
    QCOMPARE(g.stack.count(), 0);
}

void TestPlanEditor::removeDeviceType()
{
    using namespace small;
    Fixture f;
    // The server is mounted three times: refused, and the reason says how often.
    const EditResult inUse = f.editor.removeDeviceType(kServer);
    QCOMPARE(f.refusedWithoutChange(inUse, 0), QString());
    QVERIFY2(inUse.error.contains(QLatin1String("3")), qPrintable(inUse.error));
    QCOMPARE(f.refusedWithoutChange(f.editor.removeDeviceType(QStringLiteral("no-such-type")), 0), QString());

    // Once its only device is gone the switch can go.
    QVERIFY(f.editor.removeDevice(kSwitchA42).ok);
    f.before.assign(f.plan);
    QVERIFY(f.editor.removeDeviceType(kSwitch).ok);
    QVERIFY(!f.plan.find<DeviceType>(kSwitch));
    QCOMPARE(f.stack.count(), 2);
    QCOMPARE(f.undoRedoRestores(), QString());
}

void TestPlanEditor::importDeviceTypesIsOneStep()
{
    using namespace small;
    Fixture f;
    DeviceType gpuBox;
    gpuBox.key = QStringLiteral("gpu-box-4u");
    gpuBox.model = QStringLiteral("GPU box");
    gpuBox.heightU = 4;
    gpuBox.maxPowerW = 6000;
    gpuBox.typicalPowerW = 5000;
    gpuBox.gpuCount = 8;
    DeviceType storage;
    storage.key = QStringLiteral("storage-2u");
    storage.heightU = 2;
    DeviceType server = *f.plan.find<DeviceType>(kServer);
    server.notes = QStringLiteral("re-imported with a note");
    server.maxPowerW = 1600;

    QVERIFY(f.editor.importDeviceTypes({ gpuBox, storage, server }).ok);
    QCOMPARE(f.stack.count(), 1);
    QCOMPARE(f.plan.all<DeviceType>().size(), std::size_t(5));  // 3 + 2 new; the server replaced
    QCOMPARE(*f.plan.find<DeviceType>(gpuBox.key), gpuBox);
    QCOMPARE(f.plan.find<DeviceType>(kServer)->maxPowerW, 1600.0);
    QCOMPARE(f.undoRedoRestores(), QString());
    f.stack.undo();
    QCOMPARE(f.plan.find<DeviceType>(kServer)->maxPowerW, 1500.0);
    QVERIFY(!f.plan.find<DeviceType>(gpuBox.key));
}

void TestPlanEditor::importDeviceTypesRefusesInvalidType()
{
    Fixture f;
    DeviceType good;
    good.key = QStringLiteral("good");
    DeviceType bad;
    bad.key = QStringLiteral("bad");
    bad.idlePowerW = 500;  // more than typical (0)
    QCOMPARE(f.refusedWithoutChange(f.editor.importDeviceTypes({ good, bad }), 0), QString());
    QVERIFY(!f.plan.find<DeviceType>(QStringLiteral("good")));  // all or nothing

    DeviceType negative;
    negative.key = QStringLiteral("negative");
    negative.weightKg = -1;
    QCOMPARE(f.refusedWithoutChange(f.editor.importDeviceTypes({ negative }), 0), QString());
}

void TestPlanEditor::importDeviceTypesWithAKeyTwice()
{
    // Two NetBox files can describe the same device: imported once, the later one winning.
    Fixture f;
    DeviceType first;
    first.key = QStringLiteral("twice");
    first.model = QStringLiteral("first");
    DeviceType second = first;
    second.model = QStringLiteral("second");
    DeviceType server = *f.plan.find<DeviceType>(small::kServer);
    server.notes = QStringLiteral("first note");
    DeviceType serverAgain = server;
    serverAgain.notes = QStringLiteral("second note");

    QVERIFY(f.editor.importDeviceTypes({ first, server, second, serverAgain }).ok);
    QCOMPARE(f.stack.count(), 1);
    QCOMPARE(f.plan.all<DeviceType>().size(), std::size_t(4));  // 3 + 1 new
    QCOMPARE(f.plan.find<DeviceType>(QStringLiteral("twice"))->model, QStringLiteral("second"));
    QCOMPARE(f.plan.find<DeviceType>(small::kServer)->notes, QStringLiteral("second note"));
    QCOMPARE(f.undoRedoRestores(), QString());
}

void TestPlanEditor::changedTypeMustStillFit_data()
{
    QTest::addColumn<int>("heightU");
    QTest::addColumn<double>("depthMm");
    QTest::addColumn<bool>("accepted");

    // Servers (2U, 800 mm) sit at U1-2 and U3-4 of rack A and U10-11 of rack B; racks are 1,200 mm deep.
    QTest::newRow("1U") << 1 << 800.0 << true;
    QTest::newRow("as deep as the racks") << 2 << 1200.0 << true;
    QTest::newRow("deeper than the racks") << 2 << 1250.0 << false;
    QTest::newRow("3U: U1-3 overlaps U3-5") << 3 << 800.0 << false;
}

void TestPlanEditor::changedTypeMustStillFit()
{
    QFETCH(int, heightU);
    QFETCH(double, depthMm);
    QFETCH(bool, accepted);

    for (const bool viaImport : { false, true }) {
        Fixture f;
        DeviceType server = *f.plan.find<DeviceType>(small::kServer);
        server.heightU = heightU;
        server.depthMm = depthMm;
        const EditResult result = viaImport ? f.editor.importDeviceTypes({ server }) : f.editor.update(server);
        if (accepted) {
            QVERIFY2(result.ok, qPrintable(result.error));
            // What the editor accepts, the validator finds no error in.
            QVERIFY(!PlanValidator::hasErrors(PlanValidator::validate(f.plan)));
        } else {
            QCOMPARE(f.refusedWithoutChange(result, 0), QString());
        }
    }
}

void TestPlanEditor::invalidValuesRefused()
{
    using namespace small;
    Fixture f;

    Rack rack = *f.plan.find<Rack>(kRackA);
    rack.maxPowerKw = -5;
    const EditResult negativeBudget = f.editor.update(rack);
    QCOMPARE(f.refusedWithoutChange(negativeBudget, 0), QString());
    QVERIFY2(negativeBudget.error.contains(QLatin1String("Power budget")), qPrintable(negativeBudget.error));

    DeviceType server = *f.plan.find<DeviceType>(kServer);
    server.maxPowerW = -1500;
    const EditResult negativePower = f.editor.update(server);
    QCOMPARE(f.refusedWithoutChange(negativePower, 0), QString());
    QVERIFY2(negativePower.error.contains(QLatin1String("Maximum power")), qPrintable(negativePower.error));

    DeviceType fresh;
    fresh.key = QStringLiteral("fresh");
    fresh.typicalPowerW = -1;
    QCOMPARE(f.refusedWithoutChange(f.editor.add(fresh), 0), QString());

    // A rack shrunk below its switch at U42.
    Rack shrunk = *f.plan.find<Rack>(kRackA);
    shrunk.heightU = 41;
    QCOMPARE(f.refusedWithoutChange(f.editor.update(shrunk), 0), QString());

    // References to things that do not exist.
    Rack homeless;
    homeless.hallId = 99;
    QCOMPARE(f.refusedWithoutChange(f.editor.add(homeless), 0), QString());
    QCOMPARE(f.refusedWithoutChange(f.editor.add(PowerLink { kNoId, kUps, kUps }), 0), QString());
    QCOMPARE(f.refusedWithoutChange(f.editor.add(PowerLink { kNoId, kUps, 99 }), 0), QString());
    CoolingUnit backwards = *f.plan.find<CoolingUnit>(kCoolingUnit);
    backwards.returnTempC = backwards.supplyTempC - 1;
    QCOMPARE(f.refusedWithoutChange(f.editor.update(backwards), 0), QString());
    Phase tooMuch = *f.plan.find<Phase>(kPhase);
    tooMuch.trainingShare = 0.9;  // + 20 % inference = 110 %
    QCOMPARE(f.refusedWithoutChange(f.editor.update(tooMuch), 0), QString());
}

void TestPlanEditor::labelEditsAreUndoable()
{
    using namespace small;
    Fixture f;
    Label label;
    label.hallId = kHall;
    label.xM = 5.0;
    label.yM = 9.5;
    label.text = QStringLiteral("Hot aisle 1");
    const EditResult added = f.editor.add(label);
    QVERIFY2(added.ok, qPrintable(added.error));
    QCOMPARE(f.undoRedoRestores(), QString());
    f.before.assign(f.plan);
    const int steps = f.stack.count();

    // Text, size and turn change in one step each, and come back on undo.
    Label edited = *f.plan.find<Label>(added.id);
    edited.text = QStringLiteral("Hot aisle 1 (contained)");
    edited.heightM = 0.8;
    edited.rotationDeg = 90;
    QVERIFY(f.editor.update(edited).ok);
    QCOMPARE(f.stack.count(), steps + 1);
    QCOMPARE(f.undoRedoRestores(), QString());
    QCOMPARE(*f.plan.find<Label>(added.id), edited);
    f.before.assign(f.plan);

    // Refused: no text, text of blanks only, a letter height of 0, a turn of 360 degrees, a missing hall.
    const int count = f.stack.count();
    for (const auto &change : std::vector<std::function<void(Label &)>> {
             [](Label &l) { l.text.clear(); },
             [](Label &l) { l.text = QStringLiteral("   "); },
             [](Label &l) { l.heightM = 0.0; },
             [](Label &l) { l.rotationDeg = 360; },
             [](Label &l) { l.hallId = 99; },
         }) {
        Label bad = edited;
        change(bad);
        QCOMPARE(f.refusedWithoutChange(f.editor.update(bad), count), QString());
        bad.id = kNoId;
        QCOMPARE(f.refusedWithoutChange(f.editor.add(bad), count), QString());
    }

    // Removed through a batch, as the floor plan deletes it; undo brings it back unchanged.
    {
        PlanBatch batch(f.editor, QStringLiteral("Delete"));
        QVERIFY(batch.remove<Label>(added.id));
        QVERIFY(batch.commit().ok);
    }
    QVERIFY(!f.plan.find<Label>(added.id));
    f.stack.undo();
    QCOMPARE(*f.plan.find<Label>(added.id), edited);
}

QTEST_GUILESS_MAIN(TestPlanEditor)
#include "tst_planeditor.moc"
