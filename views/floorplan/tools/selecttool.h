// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "floortoolstate.h"

#include <QCoreApplication>

#include <vector>

namespace rw {

/// Selects by click (Ctrl toggles) and rubber band, and moves the selection by dragging one of its items:
/// the items follow the pointer and the move is one undo step on release.
class SelectTool : public FloorToolState {
    Q_DECLARE_TR_FUNCTIONS(rw::SelectTool)
public:
    using FloorToolState::FloorToolState;
    static QString name() { return tr("Select"); }
    static QString tip() { return tr("Select by click or rubber band; drag to move; arrow keys nudge (Shift: 1 m)"); }

    Qt::CursorShape cursor() const override { return Qt::ArrowCursor; }
    QGraphicsView::DragMode dragMode() const override { return QGraphicsView::RubberBandDrag; }
    bool press(const ToolPointer &pointer) override;
    void move(const ToolPointer &pointer) override;
    void release(const ToolPointer &pointer) override;
    bool active() const override { return mDragging; }
    void cancel() override;

private:
    QGraphicsItem *planItemAt(QPointF viewportPx) const;
    /// Puts the moving items back where the plan has them.
    void restorePositions();

    bool mDragging = false;
    QPointF mPressM;
    QPointF mDeltaM;
    std::vector<PlanItemRef> mMoving;
};

}  // namespace rw
