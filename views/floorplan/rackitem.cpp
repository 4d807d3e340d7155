// SPDX-License-Identifier: GPL-3.0-or-later
#include "rackitem.h"

#include "plan/footprint.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace rw {

RackItem::RackItem(const Rack &rack) : mRackId(rack.id), mFacing(rack.facing), mName(rack.name)
{
    const QRectF area = footprint(rack);
    setRect(-area.width() / 2, -area.height() / 2, area.width(), area.height());
    setPos(rack.xM, rack.yM);
    QPen pen(QColor(60, 60, 60));
    pen.setCosmetic(true);
    setPen(pen);
    setFlag(ItemIsSelectable);
    setData(0, rack.id);
    setZValue(1);
}

void RackItem::setWarning(bool warning)
{
    if (mWarning == warning)
        return;
    mWarning = warning;
    updateZ();
    update();
}

void RackItem::updateZ()
{
    // A framed rack is drawn over its neighbours, over what it collides with and over the containment
    // lines (z 2), so that nothing hides its frame; labels (z 3) stay on top. A selected one too.
    setZValue(mWarning ? 2.5 : isSelected() ? 1.2 : 1.0);
}

QVariant RackItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        updateZ();
    return QGraphicsRectItem::itemChange(change, value);
}

QColor RackItem::colourForUse(double share)
{
    if (share > 1.0)
        return QColor(150, 60, 170);
    const double t = std::clamp((share - 0.5) / 0.5, 0.0, 1.0);
    if (t < 0.5)
        return QColor::fromRgbF(float(0.35 + 1.3 * t), 0.75f, 0.35f);
    return QColor::fromRgbF(1.0f, float(0.75 - 1.1 * (t - 0.5)), 0.3f);
}

void RackItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF r = rect();
    painter->setPen(pen());
    painter->setBrush(brush());
    painter->drawRect(r);
    // A thick line on the front (intake) edge shows which way the rack breathes.
    QPen front(QColor(30, 80, 200));
    front.setCosmetic(true);
    front.setWidth(2);
    painter->setPen(front);
    switch (mFacing) {
    case Facing::North:
        painter->drawLine(r.topLeft(), r.topRight());
        break;
    case Facing::South:
        painter->drawLine(r.bottomLeft(), r.bottomRight());
        break;
    case Facing::East:
        painter->drawLine(r.topRight(), r.bottomRight());
        break;
    case Facing::West:
        painter->drawLine(r.topLeft(), r.bottomLeft());
        break;
    }
    const double pixelsPerMetre = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setBrush(Qt::NoBrush);
    if (mWarning) {
        // A solid frame of fixed screen width on the outline, with a white line inside it: it shows at
        // every zoom and on every fill colour (racks near their budget are red themselves).
        QPen warn(kWarningColour);
        warn.setCosmetic(true);
        warn.setWidth(kWarningFramePx);
        painter->setPen(warn);
        painter->drawRect(r);
        const double inset = std::min(kWarningFramePx / pixelsPerMetre, std::min(r.width(), r.height()) / 4);
        QPen halo(Qt::white);
        halo.setCosmetic(true);
        painter->setPen(halo);
        painter->drawRect(r.adjusted(inset, inset, -inset, -inset));
    }
    if (option->state & QStyle::State_Selected) {
        // Around the outline, so that a framed rack shows both.
        QPen selection(QColor(0, 120, 215));
        selection.setCosmetic(true);
        selection.setWidth(3);
        painter->setPen(selection);
        const double outset = mWarning ? std::min(3.0 / pixelsPerMetre, 0.4) : 0.0;
        painter->drawRect(r.adjusted(-outset, -outset, outset, outset));
    }
    // Names only where they can be read.
    if (pixelsPerMetre > 60) {
        painter->save();
        painter->translate(r.center());
        painter->scale(1.0 / pixelsPerMetre, 1.0 / pixelsPerMetre);
        if (r.height() > r.width())
            painter->rotate(-90);
        painter->setPen(QColor(20, 20, 20));
        QFont font = painter->font();
        font.setPixelSize(std::clamp(int(pixelsPerMetre * 0.16), 8, 14));
        painter->setFont(font);
        const double len = std::max(r.width(), r.height()) * pixelsPerMetre;
        painter->drawText(QRectF(-len / 2, -20, len, 40), Qt::AlignCenter, mName);
        painter->restore();
    }
}

}  // namespace rw
