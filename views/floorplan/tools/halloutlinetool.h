// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "floorplan/halloutlinedrag.h"
#include "floortoolstate.h"

#include <QCoreApplication>

namespace rw {

/// Resizes the hall by dragging its east edge, south edge or south-east corner: the outline and the new
/// size are previewed (in red with the reason when the plan would refuse it), one undo step on release.
class HallOutlineTool : public FloorToolState {
    Q_DECLARE_TR_FUNCTIONS(rw::HallOutlineTool)
public:
    using FloorToolState::FloorToolState;
    static QString name() { return tr("Hall outline"); }
    static QString tip()
    {
        return tr("Drag the hall's east edge, south edge or south-east corner to change its width and depth; "
                  "Escape cancels the drag");
    }

    Qt::CursorShape cursor() const override { return Qt::ArrowCursor; }
    bool press(const ToolPointer &pointer) override;
    void move(const ToolPointer &pointer) override;
    void release(const ToolPointer &pointer) override;
    void hover(const ToolPointer &pointer) override;
    bool active() const override { return mDrag.active(); }
    void cancel() override;
    void paintScene(QPainter *painter) const override;
    void paintViewport(QPainter *painter) const override;

private:
    /// The hall the view shows, from the editor's plan; nullptr without an editor or a hall.
    const Hall *editedHall() const;
    int decimals() const { return host().snapping() ? 1 : 2; }

    HallOutlineDrag mDrag;
    bool mRefused = false;  ///< the plan would refuse the size dragged so far
};

}  // namespace rw
