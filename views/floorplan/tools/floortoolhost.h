// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/planeditor.h"
#include "plan/planitemref.h"

#include <QGraphicsView>

namespace rw {

class FloorPlanScene;
struct DrawOptions;

/// What a floor tool may use of the view it works in (FloorPlanView implements it): the plan's editor, the
/// scene, snapping and the tool options, and the view's feedback (status text, refusals, selection).
class FloorToolHost {
public:
    virtual ~FloorToolHost() = default;

    /// nullptr: the plan is shown read-only.
    virtual PlanEditor *editor() const = 0;
    virtual FloorPlanScene *planScene() const = 0;
    virtual QGraphicsView *graphicsView() = 0;
    virtual QPointF snapped(QPointF sceneM) const = 0;
    virtual bool snapping() const = 0;
    virtual DrawOptions &drawOptions() = 0;

    /// What the gesture under way would do, for the status overlay; `refused`: shown as an error.
    virtual void setGestureText(const QString &text, bool refused = false) = 0;
    /// Reports a refused edit (the reason is translated); an accepted one says nothing.
    virtual void report(const EditResult &result) = 0;
    virtual void refuse(const QString &reason) = 0;
    /// Rebuilds the scene now and selects these items in it.
    virtual void selectAfterRebuild(const std::vector<PlanItemRef> &refs) = 0;
    /// Opens the in-place editor for the text of a new label at sceneM.
    virtual void openNewLabelEditor(QPointF sceneM) = 0;
};

}  // namespace rw
