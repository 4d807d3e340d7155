// SPDX-License-Identifier: GPL-3.0-or-later
#include "underlayitem.h"

#include "underlay/underlaygeometry.h"

#include <QPainter>

namespace rw {

UnderlayItem::UnderlayItem(const Underlay &underlay) : mUnderlay(underlay)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setAcceptHoverEvents(false);
    setOpacity(underlay.opacity);
    setZValue(-1);  // under every plan item
    if (underlay.format == UnderlayFormat::Dxf) {
        QString error;
        if (UnderlayGeometry::parseSegments(underlay.content, &mSegments, &error)) {
            mHallLines.reserve(qsizetype(mSegments.size()));
            for (const QLineF &s : mSegments) {
                const QLineF line(
                    UnderlayGeometry::toHall(underlay, s.p1()), UnderlayGeometry::toHall(underlay, s.p2()));
                mHallLines.append(line);
                mBounds = mBounds.united(QRectF(line.p1(), line.p2()).normalized());
            }
        }
    } else {
        mPicture.loadFromData(QByteArray::fromBase64(underlay.content.toLatin1()));
        const QPointF corner = UnderlayGeometry::toHall(underlay, QPointF(0, 0));
        mBounds = QRectF(corner, QSizeF(mPicture.width(), mPicture.height()) * underlay.metresPerUnit);
    }
    mBounds = mBounds.adjusted(-0.05, -0.05, 0.05, 0.05);
}

void UnderlayItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (!mPicture.isNull()) {
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(mBounds.adjusted(0.05, 0.05, -0.05, -0.05), mPicture);
        return;
    }
    QPen pen(QColor(30, 70, 160));
    pen.setCosmetic(true);
    pen.setWidthF(1.0);
    painter->setPen(pen);
    painter->drawLines(mHallLines);
}

std::optional<QPointF> UnderlayItem::snap(QPointF atM, double radiusM) const
{
    return UnderlayGeometry::snap(mUnderlay, mSegments, atM, radiusM);
}

}  // namespace rw
