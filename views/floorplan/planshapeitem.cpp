// SPDX-License-Identifier: GPL-3.0-or-later
#include "planshapeitem.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace rw {

PlanShapeItem::PlanShapeItem(const QRectF &footprint, const QString &caption, std::optional<Facing> supply)
    : mCaption(caption), mSupply(supply)
{
    setRect(-footprint.width() / 2, -footprint.height() / 2, footprint.width(), footprint.height());
    setPos(footprint.center());
    setFlag(ItemIsSelectable);
}

void PlanShapeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF r = rect();
    painter->setPen(pen());
    painter->setBrush(brush());
    painter->drawRect(r);
    const double pixelsPerMetre = option->levelOfDetailFromTransform(painter->worldTransform());
    if (mSupply) {
        // Supply direction: a line from the centre to the middle of the supply edge.
        const QPointF tip = *mSupply == Facing::North ? QPointF(0, r.top())
            : *mSupply == Facing::South               ? QPointF(0, r.bottom())
            : *mSupply == Facing::East                ? QPointF(r.right(), 0)
                                                      : QPointF(r.left(), 0);
        QPen arrow(QColor(255, 255, 255));
        arrow.setCosmetic(true);
        arrow.setWidth(2);
        painter->setPen(arrow);
        painter->drawLine(QPointF(0, 0), tip);
    }
    if (option->state & QStyle::State_Selected) {
        QPen selection(QColor(0, 120, 215));
        selection.setCosmetic(true);
        selection.setWidth(3);
        painter->setPen(selection);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(r);
    }
    if (!mCaption.isEmpty() && pixelsPerMetre > 30) {
        painter->save();
        painter->translate(r.center());
        painter->scale(1.0 / pixelsPerMetre, 1.0 / pixelsPerMetre);
        QFont font = painter->font();
        font.setPixelSize(std::clamp(int(pixelsPerMetre * 0.2), 8, 13));
        painter->setFont(font);
        painter->setPen(QColor(20, 20, 20));
        painter->drawText(QRectF(-100, -20, 200, 40), Qt::AlignCenter, mCaption);
        painter->restore();
    }
}

}  // namespace rw
