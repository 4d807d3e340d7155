// SPDX-License-Identifier: GPL-3.0-or-later
#include "heatmapitem.h"

#include "formatting.h"

#include <QCoreApplication>
#include <QLinearGradient>
#include <QLocale>
#include <QPainter>

#include <cmath>

namespace rw {
namespace {

/// The legend beside the hall's lower right corner, clear of the plan's legend in the view's upper right
/// corner; it ignores the view's zoom so that it stays readable.
class HeatMapLegendItem : public QGraphicsItem {
public:
    HeatMapLegendItem(const TemperatureScale &scale, float heightM, QGraphicsItem *parent)
        : QGraphicsItem(parent), mScale(scale), mHeightM(heightM)
    {
        setFlag(ItemIgnoresTransformations);
    }
    QRectF boundingRect() const override { return QRectF(8, -230, 118, 230); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(255, 255, 255, 220));
        painter->drawRoundedRect(boundingRect().adjusted(2, 2, -2, -2), 4, 4);
        const QString title
            = QCoreApplication::translate("rw::HeatMapItem", "°C at %1 m").arg(QLocale().toString(mHeightM, 'f', 1));
        HeatMapItem::paintLegend(painter, QRectF(18, -200, 16, 185), mScale, title);
    }

private:
    TemperatureScale mScale;
    float mHeightM;
};

}  // namespace

HeatMapItem::HeatMapItem(const engine::ThermalFields &fields, float heightM, const TemperatureScale &scale)
    : mImage(ThermalSlice::horizontal(fields, heightM, scale)),
      mRectM(0, 0, fields.grid.nx * fields.grid.cellM, fields.grid.ny * fields.grid.cellM), mHeightM(heightM),
      mScale(scale)
{
    setZValue(-1);  // under racks, units and tiles
    setAcceptedMouseButtons(Qt::NoButton);
    setOpacity(0.8);
    setFlag(ItemDoesntPropagateOpacityToChildren);
    auto *legend = new HeatMapLegendItem(scale, heightM, this);
    legend->setPos(mRectM.right(), mRectM.bottom());  // beside the hall, clear of racks and the plan's legend
}

QRectF HeatMapItem::boundingRect() const
{
    return mRectM;
}

void HeatMapItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    // Cells are blocks of one temperature: no smoothing, so that the grid the engine used shows.
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter->drawImage(mRectM, mImage);
}

void HeatMapItem::paintLegend(QPainter *painter, const QRectF &bar, const TemperatureScale &scale, const QString &title)
{
    painter->save();
    painter->setPen(Qt::black);
    painter->drawText(QRectF(bar.left(), bar.top() - 24, 200, 20), Qt::AlignLeft | Qt::AlignVCenter, title);
    QLinearGradient gradient(bar.bottomLeft(), bar.topLeft());
    for (int n = 0; n <= 10; ++n)
        gradient.setColorAt(n / 10.0, scale.colour(scale.minC + (scale.maxC - scale.minC) * n / 10.0f));
    painter->setBrush(gradient);
    painter->drawRect(bar);
    const float span = scale.maxC - scale.minC;
    // Whole-degree ticks at 1, 2, 5, 10, 20, 50... K, at most about eight of them.
    int step = 1;
    for (int candidate : { 1, 2, 5, 10, 20, 50, 100, 200, 500 }) {
        step = candidate;
        if (span / candidate <= 8)
            break;
    }
    for (int c = int(std::ceil(scale.minC)); c <= int(std::floor(scale.maxC)); ++c) {
        if (c % step != 0)
            continue;
        const double y = bar.bottom() - bar.height() * (c - scale.minC) / span;
        painter->drawLine(QPointF(bar.right(), y), QPointF(bar.right() + 4, y));
        painter->drawText(QRectF(bar.right() + 7, y - 8, 70, 16), Qt::AlignLeft | Qt::AlignVCenter, fmt::celsius(c, 0));
    }
    painter->restore();
}

}  // namespace rw
