// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QPolygonF>

#include <vector>

namespace rw {

/// Supply and return pipes of the CDU loops drawn on a hall's floor plan. The plan holds no pipe routing, so the
/// route is derived from positions: from the CDU, one orthogonal leg to each group of racks (a row), then a header
/// along the group past every rack; supply and return side by side. Drawing only: the hydraulics use the loops'
/// header and branch figures, not these lines.
struct CoolantPipeRoute {
    Id loopId = kNoId;
    bool supply = true;
    QPolygonF path;  ///< hall metres, horizontal and vertical segments only
};

class CoolantPipes {
public:
    /// Pipes of every CDU loop whose CDU stands in the hall, to its racks in the hall. `centres` holds where
    /// the racks and CDUs are drawn (their items' centres).
    static std::vector<CoolantPipeRoute> routes(
        const Plan &plan, Id hallId, const std::map<Id, QPointF> &rackCentres, const std::map<Id, QPointF> &cduCentres);
};

}  // namespace rw
