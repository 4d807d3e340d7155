// SPDX-License-Identifier: GPL-3.0-or-later
// Layout checks (overlaps, narrow aisles, racks outside the hall), rack content checks and fills, and
// PlanBatch: many edits as one undo step, all or nothing.
#include "commands/deviceedits.h"
#include "commands/planbatch.h"
#include "demo/demoplan.h"
#include "plan/drawingdefaults.h"
#include "plan/layoutchecks.h"
#include "plan/planfiller.h"
#include "plan/rackchecks.h"

#include "plan/footprint.h"

#include <QRandomGenerator>
#include <QUndoStack>
#include <QtTest>

#include <limits>

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
        for (const LayoutIssue &issue : LayoutChecks::check(plan, hallId).issues)
            n += issue.kind == kind ? 1 : 0;
        return n;
    }
};

/// The issues of a hall as the checks found them before they sorted: every rack against every block.
/// The reference for sameIssuesAsPairByPair().
std::multiset<std::tuple<int, Id, int, Id>> pairByPair(const Plan &plan, Id hallId)
{
    struct Block {
        EntityKind kind;
        Id id;
        QRectF rect;
    };
    constexpr double tolerance = LayoutChecks::kToleranceM;
    const Hall &hall = *plan.find<Hall>(hallId);
    const QRectF floor(0, 0, hall.widthM, hall.depthM);
    const auto racks = plan.racksInHall(hallId);
    std::vector<Block> blocks;
    for (const Rack *rack : racks)
        blocks.push_back({ EntityKind::Rack, rack->id, footprint(*rack) });
    for (const auto &[id, o] : plan.all<Obstacle>())
        if (o.hallId == hallId && o.kind != ObstacleKind::PerforatedTile)
            blocks.push_back({ EntityKind::Obstacle, id, footprint(o) });
    for (const auto &[id, u] : plan.all<CoolingUnit>())
        if (u.hallId == hallId)
            blocks.push_back({ EntityKind::CoolingUnit, id, footprint(u) });
    auto overlaps = [](const QRectF &a, const QRectF &b) {
        return a.left() + tolerance < b.right() && b.left() + tolerance < a.right() && a.top() + tolerance < b.bottom()
            && b.top() + tolerance < a.bottom();
    };
    std::multiset<std::tuple<int, Id, int, Id>> out;
    for (std::size_t i = 0; i < racks.size(); ++i) {
        const Rack &rack = *racks[i];
        const QRectF r = blocks[i].rect;
        if (!floor.contains(r.adjusted(tolerance, tolerance, -tolerance, -tolerance)))
            out.insert({ int(LayoutIssue::Kind::OutsideHall), rack.id, int(EntityKind::Hall), hallId });
        for (std::size_t j = 0; j < blocks.size(); ++j) {
            if (j == i || (j < racks.size() && j < i))
                continue;
            if (overlaps(r, blocks[j].rect))
                out.insert({ int(LayoutIssue::Kind::Overlap), rack.id, int(blocks[j].kind), blocks[j].id });
        }
        const bool alongY = !facesSideways(rack.facing);
        const int frontDir = (rack.facing == Facing::South || rack.facing == Facing::East) ? 1 : -1;
        const double lo = alongY ? r.left() : r.top();
        const double hi = alongY ? r.right() : r.bottom();
        for (int side : { frontDir, -frontDir }) {
            const double edge = side > 0 ? (alongY ? r.bottom() : r.right()) : (alongY ? r.top() : r.left());
            const double wall
                = side > 0 ? (alongY ? floor.bottom() : floor.right()) : (alongY ? floor.top() : floor.left());
            double gap = (wall - edge) * side;
            const Block *by = nullptr;
            for (std::size_t j = 0; j < blocks.size(); ++j) {
                if (j == i)
                    continue;
                const QRectF &b = blocks[j].rect;
                const double bLo = alongY ? b.left() : b.top();
                const double bHi = alongY ? b.right() : b.bottom();
                if (bHi <= lo + tolerance || bLo >= hi - tolerance)
                    continue;
                const double near = side > 0 ? (alongY ? b.top() : b.left()) : (alongY ? b.bottom() : b.right());
                const double width = (near - edge) * side;
                if (width < -tolerance)
                    continue;
                if (width < gap) {
                    gap = width;
                    by = &blocks[j];
                }
            }
            if (gap <= tolerance && side != frontDir)
                continue;
            if (gap >= hall.minAisleWidthM - 1e-6 || gap < -tolerance)
                continue;
            out.insert({ int(LayoutIssue::Kind::NarrowAisle), rack.id, by ? int(by->kind) : int(EntityKind::Hall),
                by ? by->id : kNoId });
        }
    }
    return out;
}

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
    void stackedRacksAreCountedNotListed();
    void sameIssuesAsPairByPair();
};

void TestLayoutChecks::demoPlanIsClean()
{
    Plan plan;
    buildDemoPlan(plan);
    const auto issues = LayoutChecks::check(plan).issues;
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

void TestLayoutChecks::stackedRacksAreCountedNotListed()
{
    // 2,001 racks on one spot: 2,001,000 overlapping pairs, counted by sorting; 100 of them listed.
    Fixture f;
    Plan &plan = f.plan;
    for (int n = 0; n < 2001; ++n) {
        Rack rack;
        rack.id = plan.allocateId();
        rack.hallId = f.hallId;
        rack.name = QStringLiteral("R%1").arg(n);
        rack.xM = 5.0;
        rack.yM = 5.0;
        PlanFiller(plan).insert(rack);
    }
    const LayoutReport report = LayoutChecks::check(plan, f.hallId);
    QCOMPARE(report.total(LayoutIssue::Kind::Overlap), std::int64_t(2001) * 2000 / 2);
    QCOMPARE(report.unlistedOf(LayoutIssue::Kind::Overlap), std::int64_t(2001) * 2000 / 2 - 100);
    int listed = 0;
    for (const LayoutIssue &issue : report.issues)
        listed += issue.kind == LayoutIssue::Kind::Overlap ? 1 : 0;
    QCOMPARE(listed, 100);
    QCOMPARE(report.racksWithIssues.size(), std::size_t(2001));  // every rack is framed, listed or not
    // The whole-plan check keeps the same limit.
    QCOMPARE(LayoutChecks::check(plan, std::size_t(10)).unlistedOf(LayoutIssue::Kind::Overlap),
        std::int64_t(2001) * 1000 - 10);
}

void TestLayoutChecks::sameIssuesAsPairByPair()
{
    // Random halls with racks in every direction, columns, walls, tiles and cooling units, often touching
    // or overlapping: the sorted checks find exactly the issues (and the blocks they name) that checking
    // every pair finds.
    QRandomGenerator random(20260);
    for (int round = 0; round < 300; ++round) {
        Fixture f;
        Plan &plan = f.plan;
        Hall hall = *plan.find<Hall>(f.hallId);
        hall.widthM = 6 + random.bounded(6);
        hall.depthM = 6 + random.bounded(6);
        hall.minAisleWidthM = 0.6 + 0.2 * random.bounded(6);
        PlanFiller(plan).replace(hall);
        // Positions on a 5 cm grid, so that edges meet exactly as often as they do in drawn plans.
        auto coordinate = [&](double size) { return 0.05 * random.bounded(int(size / 0.05) + 1); };
        const int racks = 1 + random.bounded(25);
        for (int n = 0; n < racks; ++n) {
            Rack rack;
            rack.id = plan.allocateId();
            rack.hallId = f.hallId;
            rack.name = QStringLiteral("R%1").arg(n);
            rack.xM = coordinate(hall.widthM);
            rack.yM = coordinate(hall.depthM);
            rack.facing = Facing(random.bounded(4));
            rack.widthMm = random.bounded(2) ? 600 : 800;
            rack.depthMm = random.bounded(2) ? 1200 : 1000;
            PlanFiller(plan).insert(rack);
        }
        for (int n = random.bounded(6); n > 0; --n) {
            Obstacle o;
            o.id = plan.allocateId();
            o.hallId = f.hallId;
            o.kind = ObstacleKind(random.bounded(4));
            o.xM = coordinate(hall.widthM);
            o.yM = coordinate(hall.depthM);
            o.widthM = 0.05 * (1 + random.bounded(20));
            o.depthM = 0.05 * (1 + random.bounded(20));
            PlanFiller(plan).insert(o);
        }
        for (int n = random.bounded(3); n > 0; --n) {
            CoolingUnit u;
            u.id = plan.allocateId();
            u.hallId = f.hallId;
            u.name = QStringLiteral("C%1").arg(n);
            u.xM = coordinate(hall.widthM);
            u.yM = coordinate(hall.depthM);
            u.facing = Facing(random.bounded(4));
            PlanFiller(plan).insert(u);
        }
        std::multiset<std::tuple<int, Id, int, Id>> found;
        const LayoutReport report = LayoutChecks::check(plan, f.hallId, std::numeric_limits<std::size_t>::max());
        for (const LayoutIssue &issue : report.issues)
            found.insert({ int(issue.kind), issue.rackId, int(issue.otherKind), issue.otherId });
        const auto expected = pairByPair(plan, f.hallId);
        QVERIFY2(found == expected,
            qPrintable(QStringLiteral("round %1: %2 issues found, %3 pair by pair")
                           .arg(round)
                           .arg(found.size())
                           .arg(expected.size())));
    }
}

QTEST_GUILESS_MAIN(TestLayoutChecks)
#include "tst_layoutchecks.moc"
