// SPDX-License-Identifier: GPL-3.0-or-later
#include "halloutlinedrag.h"

#include <QLineF>
#include <QLocale>
#include <QPainter>

#include <cmath>

namespace rw {
namespace {

constexpr double kEdgeReachPx = 6.0;  // how far from an edge a press still grabs it
constexpr double kCornerReachPx = 10.0;
constexpr double kHandlePx = 9.0;
const QColor kHandleColour(0, 120, 215);

QString metres(double m, int decimals)
{
    return QLocale().toString(m, 'f', decimals);
}

}  // namespace

HallOutlineDrag::Handle HallOutlineDrag::handleAt(const Hall &hall, const QTransform &toViewport, QPointF px)
{
    const QPointF east = toViewport.map(QPointF(hall.widthM, 0));
    const QPointF corner = toViewport.map(QPointF(hall.widthM, hall.depthM));
    const QPointF south = toViewport.map(QPointF(0, hall.depthM));
    if (QLineF(px, corner).length() <= kCornerReachPx)
        return Handle::SouthEast;
    const auto within = [](double v, double a, double b) {
        return v >= std::min(a, b) - kEdgeReachPx && v <= std::max(a, b) + kEdgeReachPx;
    };
    if (std::abs(px.x() - corner.x()) <= kEdgeReachPx && within(px.y(), east.y(), corner.y()))
        return Handle::East;
    if (std::abs(px.y() - corner.y()) <= kEdgeReachPx && within(px.x(), south.x(), corner.x()))
        return Handle::South;
    return Handle::None;
}

Qt::CursorShape HallOutlineDrag::cursorFor(Handle handle)
{
    switch (handle) {
    case Handle::East:
        return Qt::SizeHorCursor;
    case Handle::South:
        return Qt::SizeVerCursor;
    case Handle::SouthEast:
        return Qt::SizeFDiagCursor;
    case Handle::None:
        break;
    }
    return Qt::ArrowCursor;
}

void HallOutlineDrag::paintHandles(QPainter *painter, const Hall &hall, const QTransform &toViewport)
{
    const QPointF east = toViewport.map(QPointF(hall.widthM, 0));
    const QPointF corner = toViewport.map(QPointF(hall.widthM, hall.depthM));
    const QPointF south = toViewport.map(QPointF(0, hall.depthM));
    painter->save();
    // The edges that can be dragged, then a square on each edge's middle and on the corner.
    painter->setPen(QPen(kHandleColour, 3));
    painter->drawLine(east, corner);
    painter->drawLine(south, corner);
    painter->setPen(QPen(kHandleColour, 1.5));
    painter->setBrush(Qt::white);
    for (const QPointF &at : { (east + corner) / 2, (south + corner) / 2, corner })
        painter->drawRect(QRectF(at.x() - kHandlePx / 2, at.y() - kHandlePx / 2, kHandlePx, kHandlePx));
    painter->restore();
}

void HallOutlineDrag::begin(const Hall &hall, Handle handle, QPointF pressM)
{
    mOriginal = hall;
    mDraft = hall;
    mHandle = handle;
    mPressM = pressM;
}

void HallOutlineDrag::moveTo(QPointF atM, double snapM)
{
    if (!active())
        return;
    // Relative to where the handle was grabbed, so that the edge does not jump to the pointer.
    const QPointF delta = atM - mPressM;
    const auto rounded = [snapM](double m) {
        if (snapM <= 0)
            return m;
        const double perM = std::round(1.0 / snapM);  // divide by a whole number: 24.6, not 24.600000000000001
        return std::round(m * perM) / perM;
    };
    if (mHandle == Handle::East || mHandle == Handle::SouthEast)
        mDraft.widthM = rounded(mOriginal.widthM + delta.x());
    if (mHandle == Handle::South || mHandle == Handle::SouthEast)
        mDraft.depthM = rounded(mOriginal.depthM + delta.y());
}

QString HallOutlineDrag::describe(int decimals) const
{
    return tr("Hall %1 x %2 m (was %3 x %4 m)")
        .arg(metres(mDraft.widthM, decimals), metres(mDraft.depthM, decimals), metres(mOriginal.widthM, decimals),
            metres(mOriginal.depthM, decimals));
}

void HallOutlineDrag::paintPreview(QPainter *painter, bool refused) const
{
    if (!active())
        return;
    const QColor colour = refused ? QColor(200, 0, 0) : kHandleColour;
    QPen pen(colour, 2, Qt::DashLine);
    pen.setCosmetic(true);
    painter->save();
    painter->setPen(pen);
    painter->setBrush(QColor(colour.red(), colour.green(), colour.blue(), 30));
    painter->drawRect(QRectF(0, 0, mDraft.widthM, mDraft.depthM).normalized());
    painter->restore();
}

}  // namespace rw
