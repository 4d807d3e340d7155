// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "floortoolhost.h"

#include <QGraphicsView>
#include <QLocale>
#include <QPointF>

class QPainter;
class QKeyEvent;

namespace rw {

/// Where the pointer is, for a floor tool.
struct ToolPointer {
    QPointF atM;  ///< in hall metres, not snapped
    QPointF viewportPx;
    Qt::KeyboardModifiers modifiers;
};

/// One tool of the floor plan as a state object: the view hands it the left-button gestures (press, move,
/// release), hovering, Escape and the painting of its preview, and knows nothing of what the tool does. A
/// tool keeps only the gesture and its preview; what it changes in the plan it changes through a named
/// operation in model/commands. Panning and zooming stay with the view.
class FloorToolState {
public:
    explicit FloorToolState(FloorToolHost &host) : mHost(host) { }
    virtual ~FloorToolState() = default;
    FloorToolState(const FloorToolState &) = delete;
    FloorToolState &operator=(const FloorToolState &) = delete;

    /// The pointer over the floor while the tool is active.
    virtual Qt::CursorShape cursor() const { return Qt::CrossCursor; }
    virtual QGraphicsView::DragMode dragMode() const { return QGraphicsView::NoDrag; }

    /// Left button pressed; false leaves the press to the view (the rubber band).
    virtual bool press(const ToolPointer &pointer) = 0;
    /// The pointer moved while a gesture is under way (active()).
    virtual void move(const ToolPointer &pointer) = 0;
    /// The button was released while a gesture is under way: the tool finishes it.
    virtual void release(const ToolPointer &pointer) = 0;
    /// The pointer moved with no gesture under way.
    virtual void hover(const ToolPointer &) { }
    /// A gesture is under way.
    virtual bool active() const = 0;
    /// Drops the gesture under way, leaving the plan as it is (Escape, another tool).
    virtual void cancel() = 0;

    /// Paints the preview in hall metres (the painter has the view's transform).
    virtual void paintScene(QPainter *) const { }
    /// Paints in viewport pixels (the painter has no transform): handles that keep their size at any zoom.
    virtual void paintViewport(QPainter *) const { }

protected:
    FloorToolHost &host() const { return mHost; }
    static QString metres(double m, int decimals = 1) { return QLocale().toString(m, 'f', decimals); }

private:
    FloorToolHost &mHost;
};

}  // namespace rw
