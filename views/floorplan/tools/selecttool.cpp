// SPDX-License-Identifier: GPL-3.0-or-later
#include "selecttool.h"

#include "commands/arrangeedits.h"
#include "floorplan/floorplanscene.h"

#include <QGraphicsItem>

namespace rw {

QGraphicsItem *SelectTool::planItemAt(QPointF viewportPx) const
{
    for (QGraphicsItem *item : host().graphicsView()->items(viewportPx.toPoint())) {
        if (FloorPlanScene::isPlanItem(item))
            return item;
    }
    return nullptr;
}

bool SelectTool::press(const ToolPointer &pointer)
{
    QGraphicsItem *hit = planItemAt(pointer.viewportPx);
    if (!hit)
        return false;  // rubber band on empty floor
    const bool toggle = pointer.modifiers & Qt::ControlModifier;
    if (toggle) {
        hit->setSelected(!hit->isSelected());
        return true;
    }
    if (!hit->isSelected())
        host().planScene()->selectRefs({ FloorPlanScene::refOf(hit) });
    if (host().editor()) {
        mDragging = true;
        mPressM = pointer.atM;
        mDeltaM = {};
        mMoving = host().planScene()->selectedRefs();
    }
    return true;
}

void SelectTool::move(const ToolPointer &pointer)
{
    QPointF delta = pointer.atM - mPressM;
    if (host().snapping() && !(pointer.modifiers & Qt::AltModifier))
        delta = host().snapped(delta);
    mDeltaM = delta;
    const Plan &plan = host().editor()->plan();
    for (const PlanItemRef &ref : mMoving) {
        if (QGraphicsItem *item = host().planScene()->itemFor(ref))
            item->setPos(ArrangeEdits::bounds(plan, ref).center() + delta);
    }
    host().setGestureText(tr("Move by %1 m, %2 m").arg(metres(delta.x(), 2), metres(delta.y(), 2)));
    host().graphicsView()->viewport()->update();
}

void SelectTool::release(const ToolPointer &)
{
    mDragging = false;
    host().setGestureText(QString());
    const auto moving = std::exchange(mMoving, {});
    if (mDeltaM.isNull())
        return;
    const EditResult result = ArrangeEdits::move(*host().editor(), moving, mDeltaM);
    if (!result.ok) {
        mMoving = moving;
        restorePositions();
        mMoving.clear();
    }
    host().report(result);
    host().selectAfterRebuild(moving);
}

void SelectTool::restorePositions()
{
    const Plan &plan = host().editor()->plan();
    for (const PlanItemRef &ref : mMoving) {
        if (QGraphicsItem *item = host().planScene()->itemFor(ref))
            item->setPos(ArrangeEdits::bounds(plan, ref).center());
    }
}

void SelectTool::cancel()
{
    if (mDragging)
        restorePositions();
    mDragging = false;
    mMoving.clear();
}

}  // namespace rw
