// Layout checks (overlaps, narrow aisles, racks outside the hall), rack content checks and fills, and
// PlanBatch: many edits as one undo step, all or nothing.
#include "commands/deviceedits.h"
#include "commands/planbatch.h"
#include "demo/demoplan.h"
#include "plan/drawingdefaults.h"
#include "plan/layoutchecks.h"
#include "plan/rackchecks.h"

#include <QUndoStack>
#include <QtTest>

using namespace rw;

namespace {

struct Fixture {
    Plan plan;
    QUndoStack stack;
    PlanEditor editor { plan, stack };
    Id hallId = kNoId;

    Fixture()
    {
        Hall hall;
        hall.widthM = 20;
        hall.depthM = 20;
        hall.minAisleWidthM = 1.2;
        hallId = editor.add(hall).id;
        stack.clear();
    }

    Id rack(double x, double y, Facing facing)
    {
        Rack r;
        r.hallId = hallId;
        r.name = QStringLiteral("R%1").arg(plan.nextId());
        r.xM = x;
        r.yM = y;
        r.facing = facing;
        return editor.add(r).id;
    }

    int count(LayoutIssue::Kind kind) const
    {
        int n = 0;
        for (const LayoutIssue &issue : LayoutChecks::check(plan, hallId))
            n += issue.kind == kind ? 1 : 0;
        return n;
    }
};

}  // namespace

class TestLayoutChecks : public QObject {
    Q_OBJECT

private slots:
    void demoPlanIsClean();
    void overlapsAndOutside();
    void aisles();
    void batchIsOneStepAndAllOrNothing();
    void batchMergesNudges();
    void fillAndRackChecks();
    void rowDrawing();
};

void TestLayoutChecks::demoPlanIsClean()
{
    Plan plan;
    buildDemoPlan(plan);
    const auto issues = LayoutChecks::check(plan);
    QVERIFY2(issues.empty(), issues.empty() ? "" : qPrintable(issues.front().message));
}

void TestLayoutChecks::overlapsAndOutside()
{
    Fixture f;
    f.rack(5.0, 5.0, Facing::North);
    f.rack(5.6, 5.0, Facing::North);  // side by side, touching: fine
    QCOMPARE(f.count(LayoutIssue::Kind::Overlap), 0);
    f.rack(5.3, 5.0, Facing::North);  // half over both
    QCOMPARE(f.count(LayoutIssue::Kind::Overlap), 2);
    f.rack(19.9, 10.0, Facing::North);
    QCOMPARE(f.count(LayoutIssue::Kind::OutsideHall), 1);
    // Columns count; perforated tiles (in the aisle by design) do not.
    Obstacle column = DrawingDefaults::obstacle(ObstacleKind::Column);
    column.hallId = f.hallId;
    column.xM = 10.0, column.yM = 10.0;
    QVERIFY(f.editor.add(column).ok);
    Obstacle tile = DrawingDefaults::obstacle(ObstacleKind::PerforatedTile);
    tile.hallId = f.hallId;
    tile.xM = 12.0, tile.yM = 10.0;
    QVERIFY(f.editor.add(tile).ok);
    f.rack(10.0, 10.3, Facing::North);
    f.rack(12.0, 10.3, Facing::North);
    QCOMPARE(f.count(LayoutIssue::Kind::Overlap), 3);
}

void TestLayoutChecks::aisles()
{
    Fixture f;
    // Two racks front to front with a 1.5 m cold aisle, racks 1.2 m deep: fine.
    f.rack(5.0, 5.0, Facing::South);  // front edge at 5.6
    f.rack(5.0, 7.7, Facing::North);  // front edge at 7.1
    QCOMPARE(f.count(LayoutIssue::Kind::NarrowAisle), 0);
    // 1.0 m: both fronts see the narrow aisle.
    f.rack(8.0, 5.0, Facing::South);
    f.rack(8.0, 7.2, Facing::North);
    QCOMPARE(f.count(LayoutIssue::Kind::NarrowAisle), 2);
    // Back to back without a gap is no aisle; a 0.5 m gap behind is a narrow one.
    f.rack(12.0, 5.0, Facing::North);  // rear at 5.6
    f.rack(12.0, 6.2, Facing::South);  // rear at 5.6
    QCOMPARE(f.count(LayoutIssue::Kind::NarrowAisle), 2);
    f.rack(15.0, 5.0, Facing::North);
    f.rack(15.0, 6.7, Facing::South);
    QCOMPARE(f.count(LayoutIssue::Kind::NarrowAisle), 4);
    // A front 0.5 m from the hall's wall.
    f.rack(18.0, 1.1, Facing::North);
    QCOMPARE(f.count(LayoutIssue::Kind::NarrowAisle), 5);
    // The hall's minimum decides.
    Hall hall = *f.plan.find<Hall>(f.hallId);
    hall.minAisleWidthM = 0.4;
    QVERIFY(f.editor.update(hall).ok);
    QCOMPARE(f.count(LayoutIssue::Kind::NarrowAisle), 0);
}

void TestLayoutChecks::batchIsOneStepAndAllOrNothing()
{
    Fixture f;
    {
        PlanBatch batch(f.editor, QStringLiteral("two racks"));
        Rack a;
        a.hallId = f.hallId;
        Rack b = a;
        QVERIFY(batch.add(a));
        QVERIFY(batch.add(b));
        QVERIFY(batch.commit().ok);
    }
    QCOMPARE(f.stack.count(), 1);
    QCOMPARE(f.plan.all<Rack>().size(), std::size_t(2));
    f.stack.undo();
    QVERIFY(f.plan.all<Rack>().empty());
    f.stack.redo();
    QCOMPARE(f.plan.all<Rack>().size(), std::size_t(2));

    // The third edit is refused (negative budget): the two before it are rolled back, nothing is pushed.
    {
        PlanBatch batch(f.editor, QStringLiteral("bad"));
        for (const auto &[id, rack] : f.plan.all<Rack>()) {
            Rack moved = rack;
            moved.xM += 1;
            QVERIFY(batch.update(moved));
        }
        Rack bad;
        bad.hallId = f.hallId;
        bad.maxPowerKw = -1;
        QVERIFY(!batch.add(bad));
        QVERIFY(batch.failed());
        QVERIFY(!batch.commit().ok);
    }
    QCOMPARE(f.stack.count(), 1);
    for (const auto &[id, rack] : f.plan.all<Rack>())
        QCOMPARE(rack.xM, 0.0);
    // A batch dropped without commit leaves nothing behind either.
    {
        PlanBatch batch(f.editor, QStringLiteral("dropped"));
        Rack c;
        c.hallId = f.hallId;
        QVERIFY(batch.add(c));
        QCOMPARE(f.plan.all<Rack>().size(), std::size_t(3));
    }
    QCOMPARE(f.plan.all<Rack>().size(), std::size_t(2));
    QCOMPARE(f.stack.count(), 1);
}

void TestLayoutChecks::batchMergesNudges()
{
    Fixture f;
    const Id id = f.rack(5, 5, Facing::North);
    f.stack.clear();
    for (int i = 0; i < 3; ++i) {
        PlanBatch batch(f.editor, QStringLiteral("nudge"));
        Rack r = *f.plan.find<Rack>(id);
        r.xM += 0.1;
        QVERIFY(batch.update(r));
        QVERIFY(batch.commit(QStringLiteral("nudge:1")).ok);
    }
    QCOMPARE(f.stack.count(), 1);
    QVERIFY(qFuzzyCompare(f.plan.find<Rack>(id)->xM, 5.3));
    f.stack.undo();
    QCOMPARE(f.plan.find<Rack>(id)->xM, 5.0);
}

void TestLayoutChecks::fillAndRackChecks()
{
    Fixture f;
    const Id a = f.rack(5, 5, Facing::North);
    const Id b = f.rack(5.6, 5, Facing::North);
    QVERIFY(DeviceEdits::fill(f.editor, { a, b }, QStringLiteral("nvidia-dgx-b200"), 4).ok);
    QCOMPARE(f.stack.count(), 3);  // two racks, one fill
    QCOMPARE(f.plan.devicesInRack(a).size(), std::size_t(4));
    // Default rack budget 20 kW: four DGX B200 (57 kW) are over it; an air rack, so no cooling warning.
    const auto findings = RackChecks::check(f.plan, a);
    bool overBudget = false;
    for (const Finding &finding : findings)
        overBudget = overBudget || finding.message.contains(QStringLiteral("budget"));
    QVERIFY(overBudget);
    // No room for a fifth: refused, nothing added.
    const EditResult refused = DeviceEdits::fill(f.editor, { a, b }, QStringLiteral("nvidia-dgx-b200"), 1);
    QVERIFY(!refused.ok);
    QCOMPARE(f.plan.all<MountedDevice>().size(), std::size_t(8));
    // A liquid-cooled system in an air-only rack is flagged.
    const Id c = f.rack(6.2, 5, Facing::North);
    QVERIFY(DeviceEdits::fill(f.editor, { c }, QStringLiteral("nvidia-gb200-nvl72"), 1).ok);
    bool liquid = false;
    for (const Finding &finding : RackChecks::check(f.plan, c))
        liquid = liquid || finding.message.contains(QStringLiteral("liquid"));
    QVERIFY(liquid);
    // Lowest free slot skips taken units.
    QCOMPARE(RackFill::lowestFreeSlot(f.plan, a, 1, {}), 41);
    QCOMPARE(RackFill::lowestFreeSlot(f.plan, a, 9, {}), 0);
}

void TestLayoutChecks::rowDrawing()
{
    Rack prototype;
    prototype.widthMm = 600;
    auto racks = DrawingDefaults::racksAlong({ 2.0, 5.0 }, { 8.0, 5.1 }, prototype, Facing::North);
    QCOMPARE(racks.size(), std::size_t(10));
    QCOMPARE(racks.front().xM, 2.3);
    // Dragged westwards: the same racks, from the end point.
    racks = DrawingDefaults::racksAlong({ 8.0, 5.0 }, { 2.0, 5.0 }, prototype, Facing::South);
    QCOMPARE(racks.size(), std::size_t(10));
    QVERIFY(qFuzzyCompare(racks.front().xM, 2.3));
    QCOMPARE(racks.front().facing, Facing::South);
    // Dragged southwards with fronts north: the row runs along y and its fronts turn west.
    racks = DrawingDefaults::racksAlong({ 2.0, 2.0 }, { 2.0, 5.0 }, prototype, Facing::North);
    QCOMPARE(racks.size(), std::size_t(5));
    QCOMPARE(racks.front().facing, Facing::West);
    QCOMPARE(racks.front().xM, 2.0);
}

QTEST_GUILESS_MAIN(TestLayoutChecks)
#include "tst_layoutchecks.moc"
