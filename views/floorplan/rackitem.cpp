#include "rackitem.h"

#include "formatting.h"

#include <QCoreApplication>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace rw {

RackItem::RackItem(const Rack &rack, const RackMetrics &metrics) : mRackId(rack.id), mFacing(rack.facing)
{
    const bool sideways = rack.facing == Facing::East || rack.facing == Facing::West;
    const double w = (sideways ? rack.depthMm : rack.widthMm) / 1000.0;
    const double d = (sideways ? rack.widthMm : rack.depthMm) / 1000.0;
    setRect(-w / 2, -d / 2, w, d);
    setPos(rack.xM, rack.yM);
    setBrush(metrics.deviceCount == 0 ? QColor(235, 235, 235) : colourForUse(metrics.powerUse(rack)));
    QPen pen(QColor(60, 60, 60));
    pen.setCosmetic(true);
    setPen(pen);
    setFlag(ItemIsSelectable);
    setData(0, rack.id);
    setToolTip(QCoreApplication::translate("rw::RackItem", "<b>%1</b><br>%2 of %3 budget (%4)<br>%5 GPUs, %6")
                   .arg(rack.name.toHtmlEscaped(), fmt::kilowatts(metrics.maxPowerKw), fmt::kilowatts(rack.maxPowerKw),
                        fmt::percent(metrics.powerUse(rack)), fmt::integer(metrics.gpuCount),
                        fmt::kilograms(metrics.totalWeightKg)));
}

QColor RackItem::colourForUse(double share)
{
    // Green up to 70 % of the budget, through yellow to red at 100 %, purple above.
    if (share > 1.0)
        return QColor(150, 60, 170);
    const double t = std::clamp((share - 0.5) / 0.5, 0.0, 1.0);
    if (t < 0.5)
        return QColor::fromRgbF(float(0.35 + 1.3 * t), 0.75f, 0.35f);
    return QColor::fromRgbF(1.0f, float(0.75 - 1.1 * (t - 0.5)), 0.3f);
}

void RackItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    QStyleOptionGraphicsItem plain(*option);
    plain.state &= ~QStyle::State_Selected;
    QGraphicsRectItem::paint(painter, &plain, widget);
    // A thick line on the front (intake) edge shows which way the rack breathes.
    const QRectF r = rect();
    QPen front(QColor(30, 80, 200));
    front.setCosmetic(true);
    front.setWidth(2);
    painter->setPen(front);
    switch (mFacing) {
    case Facing::North: painter->drawLine(r.topLeft(), r.topRight()); break;
    case Facing::South: painter->drawLine(r.bottomLeft(), r.bottomRight()); break;
    case Facing::East: painter->drawLine(r.topRight(), r.bottomRight()); break;
    case Facing::West: painter->drawLine(r.topLeft(), r.bottomLeft()); break;
    }
    if (option->state & QStyle::State_Selected) {
        QPen selection(QColor(0, 120, 215));
        selection.setCosmetic(true);
        selection.setWidth(3);
        painter->setPen(selection);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(r);
    }
}

}  // namespace rw
