// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowtool.h"

#include "commands/rackrowedits.h"
#include "floorplan/floorplanview.h"
#include "i18n/labels.h"
#include "plan/drawingdefaults.h"
#include "plan/footprint.h"

namespace rw {

Rack RowTool::prototype() const
{
    const auto templates = DrawingDefaults::rackTemplates();
    return templates[std::clamp(host().drawOptions().rackTemplate, 0, int(templates.size()) - 1)].prototype;
}

DrawToolState::Preview RowTool::preview(QPointF start, QPointF end) const
{
    const auto racks = DrawingDefaults::racksAlong(start, end, prototype(), host().drawOptions().facing);
    Preview shown;
    QRectF all;
    for (const Rack &rack : racks) {
        shown.footprints.push_back(footprint(rack));
        all |= shown.footprints.back();
    }
    shown.text = tr("%n rack(s), %1 m, fronts %2", nullptr, int(racks.size()))
                     .arg(metres(std::max(all.width(), all.height())), Labels::of(racks.front().facing));
    return shown;
}

void RowTool::finish(Id hallId, QPointF start, QPointF end, const std::vector<QRectF> &)
{
    RackRowDraft row;
    row.hallId = hallId;
    row.start = start, row.end = end;
    row.prototype = prototype();
    row.facing = host().drawOptions().facing;
    row.containment = host().drawOptions().containment;
    std::vector<Id> racks;
    const EditResult result = RackRowEdits::draw(*host().editor(), row, &racks);
    completed(result, refs(EntityKind::Rack, racks));
}

}  // namespace rw
