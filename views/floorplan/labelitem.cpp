// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelitem.h"

#include "plan/labelgeometry.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace rw {

LabelItem::LabelItem(const Label &label)
    : mText(label.text), mScale(LabelGeometry::metresPerPixel(label)), mTextRect(LabelGeometry::textRectPx(label.text))
{
    setPos(label.xM, label.yM);
    setRotation(label.rotationDeg);
    setFlag(ItemIsSelectable);
}

QSizeF LabelItem::textSizeM(const Label &label)
{
    return LabelGeometry::textSizeM(label);
}

QRectF LabelItem::footprint(const Label &label)
{
    return LabelGeometry::footprint(label);
}

QRectF LabelItem::boundingRect() const
{
    const QRectF r(mTextRect.topLeft() * mScale, mTextRect.size() * mScale);
    return r.adjusted(-0.05, -0.05, 0.05, 0.05);  // room for the selection frame
}

void LabelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF frame(mTextRect.topLeft() * mScale, mTextRect.size() * mScale);
    const bool selected = option->state & QStyle::State_Selected;
    if (selected) {
        painter->fillRect(frame, QColor(0, 120, 215, 40));
        QPen pen(QColor(0, 120, 215));
        pen.setCosmetic(true);
        pen.setWidth(2);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(frame);
    }
    // Below a pixel or two the letters are noise: draw a bar where the text is instead.
    const double pixelsPerMetre = option->levelOfDetailFromTransform(painter->worldTransform());
    if (frame.height() * pixelsPerMetre < 3) {
        painter->fillRect(frame.adjusted(0, frame.height() * 0.3, 0, -frame.height() * 0.3), QColor(60, 60, 90));
        return;
    }
    painter->save();
    painter->scale(mScale, mScale);
    painter->setFont(LabelGeometry::layoutFont());
    painter->setPen(QColor(40, 40, 80));
    painter->drawText(mTextRect, Qt::AlignCenter, mText);
    painter->restore();
}

}  // namespace rw
