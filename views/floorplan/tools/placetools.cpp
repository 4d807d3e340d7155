// SPDX-License-Identifier: GPL-3.0-or-later
#include "placetools.h"

#include "commands/placementedits.h"
#include "floorplan/floorplanview.h"
#include "i18n/labels.h"
#include "plan/drawingdefaults.h"
#include "plan/footprint.h"

namespace rw {

DrawToolState::Preview CoolingUnitTool::preview(QPointF, QPointF end) const
{
    CoolingUnit unit = DrawingDefaults::coolingUnit(host().drawOptions().coolingKind);
    unit.xM = end.x(), unit.yM = end.y(), unit.facing = host().drawOptions().facing;
    return { { footprint(unit) }, Labels::of(unit.kind) };
}

void CoolingUnitTool::finish(Id hallId, QPointF, QPointF end, const std::vector<QRectF> &)
{
    CoolingUnit unit = DrawingDefaults::coolingUnit(host().drawOptions().coolingKind);
    unit.hallId = hallId;
    unit.xM = end.x(), unit.yM = end.y(), unit.facing = host().drawOptions().facing;
    const EditResult result = PlacementEdits::placeCoolingUnit(*host().editor(), unit);
    completed(result, { { EntityKind::CoolingUnit, result.id } });
}

DrawToolState::Preview PowerNodeTool::preview(QPointF, QPointF end) const
{
    return { { centredRect(end.x(), end.y(), kPowerNodeSymbolM, kPowerNodeSymbolM) },
        Labels::of(host().drawOptions().powerKind) };
}

void PowerNodeTool::finish(Id hallId, QPointF, QPointF end, const std::vector<QRectF> &)
{
    PowerNode node = DrawingDefaults::powerNode(host().drawOptions().powerKind);
    node.hallId = hallId;
    node.xM = end.x(), node.yM = end.y();
    const EditResult result = PlacementEdits::placePowerNode(*host().editor(), node);
    completed(result, { { EntityKind::PowerNode, result.id } });
}

DrawToolState::Preview LabelTool::preview(QPointF, QPointF end) const
{
    const double heightM = DrawingDefaults::label().heightM;
    return { { centredRect(end.x(), end.y(), heightM * 3, heightM) },
        tr("Label at %1 m, %2 m").arg(metres(end.x(), 2), metres(end.y(), 2)) };
}

void LabelTool::finish(Id, QPointF, QPointF end, const std::vector<QRectF> &)
{
    host().openNewLabelEditor(end);  // the label is added when its text is entered
}

}  // namespace rw
