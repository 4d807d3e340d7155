// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutchecks.h"

#include "boxsweep.h"
#include "footprint.h"
#include "i18n/labels.h"

#include <QLocale>

#include <limits>
#include <map>

namespace rw {
namespace {

struct Block {
    EntityKind kind;
    Id id;
    QRectF rect;
    QString name;
};

/// What stands in one hall: its racks first, then obstacles and cooling units.
struct HallContent {
    std::vector<const Rack *> racks;
    std::vector<Block> blocks;
};

QString metres(double m)
{
    return QLocale().toString(m, 'f', 2);
}

/// Shrunk by half the tolerance on every side, so that boxes touching within it do not overlap.
boxsweep::Box sweepBox(const QRectF &r)
{
    const double half = LayoutChecks::kToleranceM / 2;
    boxsweep::Box b { r.left() + half, r.right() - half, r.top() + half, r.bottom() - half };
    b.x1 = std::max(b.x1, b.x0);
    b.y1 = std::max(b.y1, b.y0);
    return b;
}

/// Keeps at most `limit` issues of each kind and counts the rest.
class Collector {
public:
    Collector(LayoutReport *report, std::size_t limit) : mReport(report), mLimit(limit) { }
    std::size_t room(LayoutIssue::Kind kind) const
    {
        const std::size_t used = mListed[std::size_t(kind)];
        return used < mLimit ? mLimit - used : 0;
    }
    void add(LayoutIssue issue)
    {
        mReport->racksWithIssues.insert(issue.rackId);
        if (room(issue.kind) == 0) {
            ++mReport->unlisted[std::size_t(issue.kind)];
            return;
        }
        ++mListed[std::size_t(issue.kind)];
        mReport->issues.push_back(std::move(issue));
    }
    void addUnlisted(LayoutIssue::Kind kind, std::int64_t count) { mReport->unlisted[std::size_t(kind)] += count; }

private:
    LayoutReport *mReport;
    std::size_t mLimit;
    std::array<std::size_t, LayoutIssue::kKinds> mListed {};
};

void checkOutside(const Hall &hall, const HallContent &content, Collector &out)
{
    for (std::size_t i = 0; i < content.racks.size(); ++i) {
        if (!LayoutChecks::standsInside(hall, content.blocks[i].rect))
            out.add({ LayoutIssue::Kind::OutsideHall, content.racks[i]->id, EntityKind::Hall, hall.id, 0.0,
                LayoutChecks::tr("Rack %1 stands outside hall %2.").arg(content.racks[i]->name, hall.name) });
    }
}

/// Each pair of racks once, and every rack against every obstacle and cooling unit: counted by sorting,
/// listed up to the collector's room.
void checkOverlaps(const HallContent &content, Collector &out, LayoutReport *report)
{
    const std::size_t rackCount = content.racks.size();
    std::vector<boxsweep::Box> racks, others, all;
    for (std::size_t i = 0; i < content.blocks.size(); ++i) {
        const boxsweep::Box box = sweepBox(content.blocks[i].rect);
        (i < rackCount ? racks : others).push_back(box);
        all.push_back(box);
    }
    const auto withRacks = boxsweep::countOverlapping(racks, racks);
    const auto withOthers = boxsweep::countOverlapping(racks, others);
    std::vector<std::int64_t> partners(rackCount);
    std::int64_t rackPairs = 0, otherPairs = 0;
    for (std::size_t i = 0; i < rackCount; ++i) {
        const std::int64_t self = boxsweep::overlaps(racks[i], racks[i]) ? 1 : 0;
        rackPairs += withRacks[i] - self;
        otherPairs += withOthers[i];
        partners[i] = withRacks[i] - self + withOthers[i];
        if (partners[i] > 0)
            report->racksWithIssues.insert(content.racks[i]->id);
    }
    const std::int64_t total = rackPairs / 2 + otherPairs;
    const auto listed = boxsweep::listOverlapping(racks, all, partners, out.room(LayoutIssue::Kind::Overlap),
        [rackCount](std::size_t rack, std::size_t block) { return block < rackCount && block <= rack; });
    for (const auto &[i, j] : listed) {
        const Block &other = content.blocks[j];
        out.add({ LayoutIssue::Kind::Overlap, content.racks[i]->id, other.kind, other.id, 0.0,
            LayoutChecks::tr("Rack %1 overlaps %2.").arg(content.racks[i]->name, other.name) });
    }
    out.addUnlisted(LayoutIssue::Kind::Overlap, total - std::int64_t(listed.size()));
}

/// Looking from one edge of a rack (front or rear) along x or y, towards growing (+1) or falling (-1)
/// coordinates.
struct Direction {
    bool alongY;
    int side;
};

/// Front and rear aisles: the nearest block ahead within the rack's width, or the hall's wall.
void checkAisles(const Hall &hall, const HallContent &content, Collector &out)
{
    const double tolerance = LayoutChecks::kToleranceM;
    const QRectF floor(0, 0, hall.widthM, hall.depthM);
    struct Side {
        std::size_t rack;
        bool front;
        Direction direction;
        double edge;  ///< along the direction's axis, in plan coordinates
    };
    std::vector<Side> sides;
    for (std::size_t i = 0; i < content.racks.size(); ++i) {
        const Rack &rack = *content.racks[i];
        const QRectF &r = content.blocks[i].rect;
        const bool alongY = !facesSideways(rack.facing);  // fronts face north or south: aisles run along x
        const int frontDir = (rack.facing == Facing::South || rack.facing == Facing::East) ? 1 : -1;
        for (int side : { frontDir, -frontDir }) {
            const double edge = side > 0 ? (alongY ? r.bottom() : r.right()) : (alongY ? r.top() : r.left());
            sides.push_back({ i, side == frontDir, { alongY, side }, edge });
        }
    }
    // One offline search per direction; coordinates are multiplied by the side so that ahead grows.
    std::vector<std::optional<std::size_t>> nearest(sides.size());
    for (const Direction direction :
        { Direction { true, 1 }, Direction { true, -1 }, Direction { false, 1 }, Direction { false, -1 } }) {
        std::vector<boxsweep::Block> blocks;
        for (const Block &b : content.blocks) {
            const QRectF &r = b.rect;
            const double near = direction.side > 0 ? (direction.alongY ? r.top() : r.left())
                                                   : -(direction.alongY ? r.bottom() : r.right());
            blocks.push_back(direction.alongY ? boxsweep::Block { r.left(), r.right(), near }
                                              : boxsweep::Block { r.top(), r.bottom(), near });
        }
        std::vector<boxsweep::Look> looks;
        std::vector<std::size_t> lookSides;
        for (std::size_t s = 0; s < sides.size(); ++s) {
            if (sides[s].direction.alongY != direction.alongY || sides[s].direction.side != direction.side)
                continue;
            const QRectF &r = content.blocks[sides[s].rack].rect;
            const double lo = direction.alongY ? r.left() : r.top();
            const double hi = direction.alongY ? r.right() : r.bottom();
            // Blocks ending within the tolerance of the rack's sides are not across from it; blocks
            // reaching back over the edge by more than the tolerance overlap it or stand behind.
            looks.push_back({ lo + tolerance, hi - tolerance, sides[s].edge * direction.side - tolerance });
            lookSides.push_back(s);
        }
        const auto found = boxsweep::nearestAhead(blocks, looks);
        for (std::size_t l = 0; l < looks.size(); ++l)
            nearest[lookSides[l]] = found[l];
    }

    for (std::size_t s = 0; s < sides.size(); ++s) {
        const Side &at = sides[s];
        const Rack &rack = *content.racks[at.rack];
        const int side = at.direction.side;
        const bool alongY = at.direction.alongY;
        const double wall
            = side > 0 ? (alongY ? floor.bottom() : floor.right()) : (alongY ? floor.top() : floor.left());
        double gapM = (wall - at.edge) * side;
        const Block *by = nullptr;  // nullptr: the hall's wall
        if (nearest[s]) {
            const Block &b = content.blocks[*nearest[s]];
            const double near
                = side > 0 ? (alongY ? b.rect.top() : b.rect.left()) : (alongY ? b.rect.bottom() : b.rect.right());
            const double width = (near - at.edge) * side;
            if (width < gapM) {
                gapM = width;
                by = &b;
            }
        }
        if (gapM <= tolerance && !at.front)
            continue;  // back to back: no rear aisle
        if (gapM >= hall.minAisleWidthM - 1e-6 || gapM < -tolerance)
            continue;
        const double width = std::max(0.0, gapM);
        QString message;
        if (!by)
            message = at.front
                ? LayoutChecks::tr("Rack %1: only %2 m from its front to the hall's wall, less than the minimum "
                                   "aisle of %3 m.")
                      .arg(rack.name, metres(width), metres(hall.minAisleWidthM))
                : LayoutChecks::tr("Rack %1: only %2 m from its rear to the hall's wall, less than the minimum "
                                   "aisle of %3 m.")
                      .arg(rack.name, metres(width), metres(hall.minAisleWidthM));
        else
            message = at.front
                ? LayoutChecks::tr("Rack %1: the aisle in front is %2 m wide (to %3), less than the minimum of %4 m.")
                      .arg(rack.name, metres(width), by->name, metres(hall.minAisleWidthM))
                : LayoutChecks::tr("Rack %1: the aisle behind is %2 m wide (to %3), less than the minimum of %4 m.")
                      .arg(rack.name, metres(width), by->name, metres(hall.minAisleWidthM));
        out.add({ LayoutIssue::Kind::NarrowAisle, rack.id, by ? by->kind : EntityKind::Hall, by ? by->id : kNoId, width,
            message });
    }
}

void checkHall(const Hall &hall, const HallContent &content, Collector &out, LayoutReport *report)
{
    checkOutside(hall, content, out);
    checkOverlaps(content, out, report);
    checkAisles(hall, content, out);
}

}  // namespace

bool LayoutChecks::standsInside(const Hall &hall, const QRectF &footprint)
{
    const QRectF floor(0, 0, hall.widthM, hall.depthM);
    return floor.contains(footprint.adjusted(kToleranceM, kToleranceM, -kToleranceM, -kToleranceM));
}

std::vector<OutsideItem> LayoutChecks::outsideHall(const Plan &plan)
{
    std::vector<OutsideItem> out;
    for (const auto &[id, hall] : plan.all<Hall>()) {
        auto more = outsideHall(plan, id);
        out.insert(out.end(), more.begin(), more.end());
    }
    return out;
}

std::vector<OutsideItem> LayoutChecks::outsideHall(const Plan &plan, Id hallId)
{
    std::vector<OutsideItem> out;
    const Hall *hall = plan.find<Hall>(hallId);
    if (!hall)
        return out;
    for (const Rack *rack : plan.racksInHall(hallId)) {
        if (!standsInside(*hall, footprint(*rack)))
            out.push_back({ EntityKind::Rack, rack->id, rack->name,
                tr("Rack %1 stands outside hall %2.").arg(rack->name, hall->name) });
    }
    for (const auto &[id, unit] : plan.all<CoolingUnit>()) {
        if (unit.hallId == hallId && !standsInside(*hall, footprint(unit)))
            out.push_back({ EntityKind::CoolingUnit, id, unit.name,
                tr("Cooling unit %1 stands outside hall %2: it does not cool the hall and is not counted in its "
                   "cooling budget.")
                    .arg(unit.name, hall->name) });
    }
    for (const auto &[id, obstacle] : plan.all<Obstacle>()) {
        if (obstacle.hallId == hallId && !standsInside(*hall, footprint(obstacle)))
            out.push_back({ EntityKind::Obstacle, id, Labels::of(obstacle.kind),
                tr("%1 at %2 m, %3 m lies outside hall %4.")
                    .arg(Labels::of(obstacle.kind), metres(obstacle.xM), metres(obstacle.yM), hall->name) });
    }
    for (const auto &[id, node] : plan.all<PowerNode>()) {
        if (node.hallId == hallId && !standsInside(*hall, footprint(node)))
            out.push_back({ EntityKind::PowerNode, id, node.name,
                tr("Power node %1 stands outside hall %2.").arg(node.name, hall->name) });
    }
    return out;
}

std::int64_t LayoutReport::total(LayoutIssue::Kind kind) const
{
    std::int64_t listed = 0;
    for (const LayoutIssue &issue : issues)
        listed += issue.kind == kind ? 1 : 0;
    return listed + unlistedOf(kind);
}

LayoutReport LayoutChecks::check(const Plan &plan, std::size_t maxListedPerKind)
{
    // Obstacles and cooling units sorted into their halls once, not once per hall.
    std::map<Id, HallContent> halls;
    for (const auto &[id, hall] : plan.all<Hall>()) {
        HallContent &content = halls[id];
        content.racks = plan.racksInHall(id);
        for (const Rack *rack : content.racks)
            content.blocks.push_back({ EntityKind::Rack, rack->id, footprint(*rack), rack->name });
    }
    for (const auto &[id, obstacle] : plan.all<Obstacle>()) {
        const auto it = halls.find(obstacle.hallId);
        if (it != halls.end() && obstacle.kind != ObstacleKind::PerforatedTile)
            it->second.blocks.push_back({ EntityKind::Obstacle, id, footprint(obstacle), Labels::of(obstacle.kind) });
    }
    for (const auto &[id, unit] : plan.all<CoolingUnit>()) {
        const auto it = halls.find(unit.hallId);
        if (it != halls.end())
            it->second.blocks.push_back({ EntityKind::CoolingUnit, id, footprint(unit), unit.name });
    }
    LayoutReport report;
    Collector collector(&report, maxListedPerKind);
    for (const auto &[id, content] : halls)
        checkHall(*plan.find<Hall>(id), content, collector, &report);
    return report;
}

LayoutReport LayoutChecks::check(const Plan &plan, Id hallId, std::size_t maxListedPerKind)
{
    LayoutReport report;
    const Hall *hall = plan.find<Hall>(hallId);
    if (!hall)
        return report;
    HallContent content;
    content.racks = plan.racksInHall(hallId);
    for (const Rack *rack : content.racks)
        content.blocks.push_back({ EntityKind::Rack, rack->id, footprint(*rack), rack->name });
    for (const auto &[id, obstacle] : plan.all<Obstacle>()) {
        if (obstacle.hallId == hallId && obstacle.kind != ObstacleKind::PerforatedTile)
            content.blocks.push_back({ EntityKind::Obstacle, id, footprint(obstacle), Labels::of(obstacle.kind) });
    }
    for (const auto &[id, unit] : plan.all<CoolingUnit>()) {
        if (unit.hallId == hallId)
            content.blocks.push_back({ EntityKind::CoolingUnit, id, footprint(unit), unit.name });
    }
    Collector collector(&report, maxListedPerKind);
    checkHall(*hall, content, collector, &report);
    return report;
}

}  // namespace rw
