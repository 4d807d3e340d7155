// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QRectF>

#include <vector>

namespace rw {

/// A contained aisle beside a row of racks: a hot aisle behind the racks, a cold aisle in front of
/// them, closed by doors at the row's ends. Its far side is the row across the aisle (when one stands
/// within kMaxAisleM) or a wall of panels at the hall's minimum aisle width.
struct ContainedAisle {
    Id rowId = kNoId;
    bool hot = true;
    Facing side = Facing::North;  ///< where the aisle lies, seen from its row
    bool alongX = true;  ///< the row (and the aisle) run along x
    double edgeM = 0.0;  ///< the row's edge at the aisle, across the row (y for rows along x)
    double farM = 0.0;  ///< the aisle's far side
    double fromM = 0.0;  ///< the row's (and the doors') extent along the row
    double toM = 0.0;
    Id acrossRowId = kNoId;  ///< the row across the aisle; kNoId: a wall of panels
    QRectF area() const;
};

/// Where the contained aisles of a hall are: the one definition the thermal case and the checks
/// before a thermal run share (docs/thermal-design.md, "From plan to case").
class ContainedAisles {
public:
    /// Rows farther apart than this do not share an aisle.
    static constexpr double kMaxAisleM = 3.0;
    static std::vector<ContainedAisle> of(const Plan &plan, const Hall &hall);
};

}  // namespace rw
