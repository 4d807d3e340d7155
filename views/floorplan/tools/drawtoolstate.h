// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "floortoolstate.h"

#include <QCoreApplication>
#include <QRectF>

#include <vector>

namespace rw {

/// A tool that creates something by press, drag and release (a row, a wall) or by a click (a cooling
/// unit): the points are snapped, the footprints of what it would create are previewed as it drags, and on
/// release it asks its model operation to create them in the hall the view shows.
class DrawToolState : public FloorToolState {
    Q_DECLARE_TR_FUNCTIONS(rw::DrawToolState)
public:
    using FloorToolState::FloorToolState;

    bool press(const ToolPointer &pointer) override;
    void move(const ToolPointer &pointer) override;
    void release(const ToolPointer &pointer) override;
    bool active() const override { return mDrawing; }
    void cancel() override;
    void paintScene(QPainter *painter) const override;

protected:
    /// The footprints of what a drag from start to end would create, in hall metres, and what it would be
    /// ("12 racks, 7.2 m").
    struct Preview {
        std::vector<QRectF> footprints;
        QString text;
    };
    virtual Preview preview(QPointF start, QPointF end) const = 0;
    /// Creates what the drag describes in the hall `hallId` (it exists) through a model operation.
    virtual void finish(Id hallId, QPointF start, QPointF end, const std::vector<QRectF> &footprints) = 0;
    /// Reports the operation's result and selects what it created.
    void completed(const EditResult &result, const std::vector<PlanItemRef> &created);
    /// The same kind of item for each id.
    static std::vector<PlanItemRef> refs(EntityKind kind, const std::vector<Id> &ids);

private:
    void showPreview(QPointF end);

    bool mDrawing = false;
    QPointF mStartM;  ///< where the drag began, snapped
    std::vector<QRectF> mFootprints;
};

}  // namespace rw
