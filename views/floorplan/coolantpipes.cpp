// SPDX-License-Identifier: GPL-3.0-or-later
#include "coolantpipes.h"

#include <algorithm>
#include <map>

namespace rw {
namespace {

/// Supply and return run this far apart (m), each half of it off the line between CDU and racks.
constexpr double kPipeSpacingM = 0.2;

}  // namespace

std::vector<CoolantPipeRoute> CoolantPipes::routes(
    const Plan &plan, Id hallId, const std::map<Id, QPointF> &rackCentres, const std::map<Id, QPointF> &cduCentres)
{
    std::vector<CoolantPipeRoute> out;
    for (const auto &[loopId, loop] : plan.all<CoolantLoop>()) {
        const CoolingUnit *cdu = plan.find<CoolingUnit>(loop.cduId);
        const auto cduAt = cduCentres.find(loop.cduId);
        if (loop.kind != CoolantLoopKind::Technology || !cdu || cdu->hallId != hallId || cduAt == cduCentres.end())
            continue;
        // The loop's racks in this hall, by row (racks outside rows each on their own).
        std::map<std::pair<Id, Id>, std::vector<QPointF>> groups;
        for (const auto &[id, attachment] : plan.all<LoopRack>()) {
            const Rack *rack = plan.find<Rack>(attachment.rackId);
            const auto at = rackCentres.find(attachment.rackId);
            if (attachment.loopId != loopId || !rack || rack->hallId != hallId || at == rackCentres.end())
                continue;
            groups[{ rack->rowId, rack->rowId == kNoId ? rack->id : kNoId }].push_back(at->second);
        }
        for (const auto &[key, centres] : groups) {
            const auto [minX, maxX] = std::minmax_element(
                centres.begin(), centres.end(), [](QPointF a, QPointF b) { return a.x() < b.x(); });
            const auto [minY, maxY] = std::minmax_element(
                centres.begin(), centres.end(), [](QPointF a, QPointF b) { return a.y() < b.y(); });
            const bool alongX = maxX->x() - minX->x() >= maxY->y() - minY->y();
            for (const bool supply : { true, false }) {
                const double offset = (supply ? -0.5 : 0.5) * kPipeSpacingM;
                const QPointF from = cduAt->second + QPointF(offset, offset);
                QPolygonF path { from };
                if (alongX) {
                    // A vertical leg to the row's line, then the header along it.
                    const double y = centres.front().y() + offset;
                    path << QPointF(from.x(), y);
                    // Past every rack: to the far end, or both ends when the CDU stands between them.
                    if (from.x() <= minX->x())
                        path << QPointF(maxX->x(), y);
                    else if (from.x() >= maxX->x())
                        path << QPointF(minX->x(), y);
                    else
                        path << QPointF(minX->x(), y) << QPointF(maxX->x(), y);
                } else {
                    const double x = centres.front().x() + offset;
                    path << QPointF(x, from.y());
                    if (from.y() <= minY->y())
                        path << QPointF(x, maxY->y());
                    else if (from.y() >= maxY->y())
                        path << QPointF(x, minY->y());
                    else
                        path << QPointF(x, minY->y()) << QPointF(x, maxY->y());
                }
                out.push_back({ loopId, supply, path });
            }
        }
    }
    return out;
}

}  // namespace rw
