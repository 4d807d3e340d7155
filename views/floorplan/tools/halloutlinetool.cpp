// SPDX-License-Identifier: GPL-3.0-or-later
#include "halloutlinetool.h"

#include "commands/halledits.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanview.h"

namespace rw {

const Hall *HallOutlineTool::editedHall() const
{
    PlanEditor *editor = host().editor();
    return editor ? editor->plan().find<Hall>(host().planScene()->hall()) : nullptr;
}

bool HallOutlineTool::press(const ToolPointer &pointer)
{
    if (!host().editor())
        return true;
    const Hall *hall = editedHall();
    if (!hall) {
        host().refuse(tr("There is no hall to resize."));
        return true;
    }
    const auto handle
        = HallOutlineDrag::handleAt(*hall, host().graphicsView()->viewportTransform(), pointer.viewportPx);
    if (handle == HallOutlineDrag::Handle::None)
        return true;
    mDrag.begin(*hall, handle, pointer.atM);
    move(pointer);
    return true;
}

void HallOutlineTool::move(const ToolPointer &pointer)
{
    mDrag.moveTo(pointer.atM, host().snapping() ? FloorPlanView::kSnapM : 0.0);
    // The plan's own check of a hall, so that the preview says now what the release would be refused for.
    const QString why = host().editor()->check(mDrag.draft());
    const QString size = mDrag.describe(decimals());
    mRefused = !why.isEmpty();
    host().setGestureText(mRefused ? tr("%1. %2").arg(size, why) : size, mRefused);
    host().graphicsView()->viewport()->update();
}

void HallOutlineTool::release(const ToolPointer &pointer)
{
    move(pointer);
    const Hall dragged = mDrag.draft();
    cancel();
    host().setGestureText(QString());
    host().graphicsView()->viewport()->update();
    const Hall *current = editedHall();
    if (!current) {
        host().refuse(tr("The hall was removed while its outline was dragged."));
        return;
    }
    host().report(HallEdits::resize(*host().editor(), current->id, dragged.widthM, dragged.depthM, decimals()));
}

void HallOutlineTool::hover(const ToolPointer &pointer)
{
    const Hall *hall = editedHall();
    const auto handle = hall
        ? HallOutlineDrag::handleAt(*hall, host().graphicsView()->viewportTransform(), pointer.viewportPx)
        : HallOutlineDrag::Handle::None;
    host().graphicsView()->viewport()->setCursor(HallOutlineDrag::cursorFor(handle));
}

void HallOutlineTool::cancel()
{
    mDrag.cancel();
    mRefused = false;
}

void HallOutlineTool::paintScene(QPainter *painter) const
{
    if (mDrag.active())
        mDrag.paintPreview(painter, mRefused);
}

void HallOutlineTool::paintViewport(QPainter *painter) const
{
    if (const Hall *hall = editedHall())
        HallOutlineDrag::paintHandles(
            painter, mDrag.active() ? mDrag.draft() : *hall, host().graphicsView()->viewportTransform());
}

}  // namespace rw
