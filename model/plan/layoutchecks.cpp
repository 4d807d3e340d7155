#include "layoutchecks.h"

#include "footprint.h"
#include "i18n/labels.h"

#include <QLocale>

#include <limits>

namespace rw {
namespace {

struct Block {
    EntityKind kind;
    Id id;
    QRectF rect;
    QString name;
};

bool overlaps(const QRectF &a, const QRectF &b, double tolerance)
{
    return a.left() + tolerance < b.right() && b.left() + tolerance < a.right() && a.top() + tolerance < b.bottom()
        && b.top() + tolerance < a.bottom();
}

QString metres(double m)
{
    return QLocale().toString(m, 'f', 2);
}

/// Free width in front of or behind a rack, and what ends it.
struct Gap {
    double widthM = std::numeric_limits<double>::infinity();
    const Block *by = nullptr;  // nullptr: the hall's wall
};

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

std::vector<LayoutIssue> LayoutChecks::check(const Plan &plan)
{
    std::vector<LayoutIssue> out;
    for (const auto &[id, hall] : plan.all<Hall>()) {
        auto more = check(plan, id);
        out.insert(out.end(), more.begin(), more.end());
    }
    return out;
}

std::vector<LayoutIssue> LayoutChecks::check(const Plan &plan, Id hallId)
{
    std::vector<LayoutIssue> out;
    const Hall *hall = plan.find<Hall>(hallId);
    if (!hall)
        return out;
    const QRectF floor(0, 0, hall->widthM, hall->depthM);
    const auto racks = plan.racksInHall(hallId);
    std::vector<Block> blocks;
    for (const Rack *rack : racks)
        blocks.push_back({ EntityKind::Rack, rack->id, footprint(*rack), rack->name });
    const std::size_t rackCount = blocks.size();
    for (const auto &[id, obstacle] : plan.all<Obstacle>()) {
        if (obstacle.hallId == hallId && obstacle.kind != ObstacleKind::PerforatedTile)
            blocks.push_back({ EntityKind::Obstacle, id, footprint(obstacle), Labels::of(obstacle.kind) });
    }
    for (const auto &[id, unit] : plan.all<CoolingUnit>()) {
        if (unit.hallId == hallId)
            blocks.push_back({ EntityKind::CoolingUnit, id, footprint(unit), unit.name });
    }

    for (std::size_t i = 0; i < rackCount; ++i) {
        const Rack &rack = *racks[i];
        const QRectF r = blocks[i].rect;
        if (!standsInside(*hall, r))
            out.push_back({ LayoutIssue::Kind::OutsideHall, rack.id, EntityKind::Hall, hallId, 0.0,
                tr("Rack %1 stands outside hall %2.").arg(rack.name, hall->name) });
        for (std::size_t j = 0; j < blocks.size(); ++j) {
            if (j == i || (j < rackCount && j < i))
                continue;  // each pair of racks once
            if (overlaps(r, blocks[j].rect, kToleranceM))
                out.push_back({ LayoutIssue::Kind::Overlap, rack.id, blocks[j].kind, blocks[j].id, 0.0,
                    tr("Rack %1 overlaps %2.").arg(rack.name, blocks[j].name) });
        }

        // Front and rear aisles: the nearest block ahead within the rack's width, or the hall's wall.
        const bool alongY = !facesSideways(rack.facing);  // fronts face north or south: aisles run along x
        const int frontDir = (rack.facing == Facing::South || rack.facing == Facing::East) ? 1 : -1;
        const double lo = alongY ? r.left() : r.top();
        const double hi = alongY ? r.right() : r.bottom();
        for (int side : { frontDir, -frontDir }) {
            const double edge = side > 0 ? (alongY ? r.bottom() : r.right()) : (alongY ? r.top() : r.left());
            Gap gap;
            const double wall
                = side > 0 ? (alongY ? floor.bottom() : floor.right()) : (alongY ? floor.top() : floor.left());
            gap.widthM = (wall - edge) * side;
            for (std::size_t j = 0; j < blocks.size(); ++j) {
                if (j == i)
                    continue;
                const QRectF &b = blocks[j].rect;
                const double bLo = alongY ? b.left() : b.top();
                const double bHi = alongY ? b.right() : b.bottom();
                if (bHi <= lo + kToleranceM || bLo >= hi - kToleranceM)
                    continue;  // not across from this rack
                const double near = side > 0 ? (alongY ? b.top() : b.left()) : (alongY ? b.bottom() : b.right());
                const double width = (near - edge) * side;
                if (width < -kToleranceM)
                    continue;  // behind the edge: overlapping or on the other side
                if (width < gap.widthM) {
                    gap.widthM = width;
                    gap.by = &blocks[j];
                }
            }
            const bool front = side == frontDir;
            if (gap.widthM <= kToleranceM && !front)
                continue;  // back to back: no rear aisle
            if (gap.widthM >= hall->minAisleWidthM - 1e-6 || gap.widthM < -kToleranceM)
                continue;
            const double width = std::max(0.0, gap.widthM);
            QString message;
            if (!gap.by)
                message = front ? tr("Rack %1: only %2 m from its front to the hall's wall, less than the minimum "
                                     "aisle of %3 m.")
                                      .arg(rack.name, metres(width), metres(hall->minAisleWidthM))
                                : tr("Rack %1: only %2 m from its rear to the hall's wall, less than the minimum "
                                     "aisle of %3 m.")
                                      .arg(rack.name, metres(width), metres(hall->minAisleWidthM));
            else
                message = front ? tr("Rack %1: the aisle in front is %2 m wide (to %3), less than the minimum of %4 m.")
                                      .arg(rack.name, metres(width), gap.by->name, metres(hall->minAisleWidthM))
                                : tr("Rack %1: the aisle behind is %2 m wide (to %3), less than the minimum of %4 m.")
                                      .arg(rack.name, metres(width), gap.by->name, metres(hall->minAisleWidthM));
            out.push_back({ LayoutIssue::Kind::NarrowAisle, rack.id, gap.by ? gap.by->kind : EntityKind::Hall,
                gap.by ? gap.by->id : kNoId, width, message });
        }
    }
    return out;
}

}  // namespace rw
