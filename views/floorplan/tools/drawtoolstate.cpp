// SPDX-License-Identifier: GPL-3.0-or-later
#include "drawtoolstate.h"

#include "floorplan/floorplanscene.h"

#include <QPainter>

namespace rw {

bool DrawToolState::press(const ToolPointer &pointer)
{
    mDrawing = true;
    mStartM = host().snapped(pointer.atM);
    showPreview(mStartM);
    return true;
}

void DrawToolState::move(const ToolPointer &pointer)
{
    showPreview(host().snapped(pointer.atM));
}

void DrawToolState::showPreview(QPointF end)
{
    Preview shown = preview(mStartM, end);
    mFootprints = std::move(shown.footprints);
    host().setGestureText(shown.text);
    host().graphicsView()->viewport()->update();
}

void DrawToolState::release(const ToolPointer &pointer)
{
    const QPointF end = host().snapped(pointer.atM);
    showPreview(end);
    const auto footprints = std::exchange(mFootprints, {});
    mDrawing = false;
    host().setGestureText(QString());
    host().graphicsView()->viewport()->update();
    const Id hallId = host().planScene()->hall();
    if (!host().editor() || !host().editor()->plan().find<Hall>(hallId)) {
        host().refuse(tr("There is no hall to draw in."));
        return;
    }
    finish(hallId, mStartM, end, footprints);
}

void DrawToolState::cancel()
{
    mDrawing = false;
    mFootprints.clear();
}

void DrawToolState::paintScene(QPainter *painter) const
{
    if (mFootprints.empty())
        return;
    QPen pen(QColor(0, 120, 215), 2, Qt::DashLine);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(QColor(0, 120, 215, 50));
    for (const QRectF &r : mFootprints)
        painter->drawRect(r);
}

void DrawToolState::completed(const EditResult &result, const std::vector<PlanItemRef> &created)
{
    host().report(result);
    if (result.ok)
        host().selectAfterRebuild(created);
}

std::vector<PlanItemRef> DrawToolState::refs(EntityKind kind, const std::vector<Id> &ids)
{
    std::vector<PlanItemRef> out;
    for (Id id : ids)
        out.push_back({ kind, id });
    return out;
}

}  // namespace rw
