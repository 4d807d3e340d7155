// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/entities.h"

#include <QCoreApplication>
#include <QPointF>
#include <QTransform>

class QPainter;

namespace rw {

/// The hall outline tool's geometry: the handles on the hall's east edge, south edge and south-east corner
/// (the edges that leave the hall's origin where it is), and the outline that dragging one of them gives.
/// It only computes and draws; the view applies the dragged size through PlanEditor, which checks it.
class HallOutlineDrag {
    Q_DECLARE_TR_FUNCTIONS(rw::HallOutlineDrag)
public:
    enum class Handle { None, East, South, SouthEast };

    /// The handle under a viewport position; the corner wins where it and an edge are both in reach.
    static Handle handleAt(const Hall &hall, const QTransform &sceneToViewport, QPointF viewportPx);
    static Qt::CursorShape cursorFor(Handle handle);
    /// Draws the handles of `hall` in viewport pixels (the painter must not be transformed), so that they
    /// keep their size at every zoom.
    static void paintHandles(QPainter *painter, const Hall &hall, const QTransform &sceneToViewport);

    /// Starts dragging `handle` of `hall`, grabbed at pressM (hall metres).
    void begin(const Hall &hall, Handle handle, QPointF pressM);
    /// The pointer is at atM; the new width and depth are rounded to snapM (0: not rounded).
    void moveTo(QPointF atM, double snapM);
    bool active() const { return mHandle != Handle::None; }
    void cancel() { mHandle = Handle::None; }
    Handle handle() const { return mHandle; }
    /// The hall as dragged: only its width and depth differ from the hall the drag began with.
    const Hall &draft() const { return mDraft; }
    /// "Hall 24.6 x 18.0 m (was 20.0 x 20.0 m)", numbers in the current locale.
    QString describe(int decimals) const;
    /// Draws the dragged outline in hall metres; `refused`: in the colour of an edit that will be refused.
    void paintPreview(QPainter *painter, bool refused) const;

private:
    Hall mOriginal;
    Hall mDraft;
    Handle mHandle = Handle::None;
    QPointF mPressM;
};

}  // namespace rw
