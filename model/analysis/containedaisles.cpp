// SPDX-License-Identifier: GPL-3.0-or-later
#include "containedaisles.h"

#include "plan/footprint.h"

#include <map>

namespace rw {
namespace {

/// The racks of a row united, and the facing of its first rack.
struct RowFootprint {
    QRectF area;
    Facing facing = Facing::North;
};

}  // namespace

QRectF ContainedAisle::area() const
{
    const double a = std::min(edgeM, farM), b = std::max(edgeM, farM);
    return alongX ? QRectF(QPointF(fromM, a), QPointF(toM, b)) : QRectF(QPointF(a, fromM), QPointF(b, toM));
}

std::vector<ContainedAisle> ContainedAisles::of(const Plan &plan, const Hall &hall)
{
    std::map<Id, RowFootprint> rows;
    for (const Rack *rack : plan.racksInHall(hall.id)) {
        if (rack->rowId == kNoId)
            continue;
        auto [it, first] = rows.try_emplace(rack->rowId);
        if (first) {
            it->second.area = footprint(*rack);
            it->second.facing = rack->facing;
        } else {
            it->second.area |= footprint(*rack);
        }
    }
    std::vector<ContainedAisle> out;
    for (const auto &[rowId, row] : plan.all<Row>()) {
        if (row.hallId != hall.id || row.containment == Containment::None)
            continue;
        const auto it = rows.find(rowId);
        if (it == rows.end())
            continue;
        const QRectF &e = it->second.area;
        ContainedAisle aisle;
        aisle.rowId = rowId;
        aisle.hot = row.containment == Containment::HotAisle;
        // The contained aisle lies behind the racks (hot) or in front of them (cold).
        aisle.side = aisle.hot ? opposite(it->second.facing) : it->second.facing;
        aisle.alongX = !facesSideways(it->second.facing);
        aisle.edgeM = aisle.side == Facing::North ? e.top()
            : aisle.side == Facing::South         ? e.bottom()
            : aisle.side == Facing::West          ? e.left()
                                                  : e.right();
        const double direction = (aisle.side == Facing::North || aisle.side == Facing::West) ? -1.0 : 1.0;
        aisle.fromM = aisle.alongX ? e.left() : e.top();
        aisle.toM = aisle.alongX ? e.right() : e.bottom();
        // The row across the aisle: the nearest row edge on that side overlapping this row.
        double width = hall.minAisleWidthM;
        for (const auto &[otherId, other] : rows) {
            if (otherId == rowId)
                continue;
            const QRectF &o = other.area;
            const bool overlaps = aisle.alongX ? (o.left() < e.right() && o.right() > e.left())
                                               : (o.top() < e.bottom() && o.bottom() > e.top());
            if (!overlaps)
                continue;
            const double near
                = direction > 0 ? (aisle.alongX ? o.top() : o.left()) : (aisle.alongX ? o.bottom() : o.right());
            const double gap = (near - aisle.edgeM) * direction;
            if (gap > 0.01 && gap < kMaxAisleM && (aisle.acrossRowId == kNoId || gap < width)) {
                width = gap;
                aisle.acrossRowId = otherId;
            }
        }
        aisle.farM = aisle.edgeM + direction * width;
        out.push_back(aisle);
    }
    return out;
}

}  // namespace rw
