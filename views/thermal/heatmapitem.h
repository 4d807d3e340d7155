// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "thermalslice.h"

#include <QGraphicsObject>
#include <QImage>

namespace rw {

/// A horizontal temperature slice drawn on the floor plan under the racks (scene units are metres,
/// the hall's north-west corner at the origin), with a colour legend in °C that keeps its screen size.
class HeatMapItem : public QGraphicsObject {
    Q_OBJECT
public:
    HeatMapItem(const engine::ThermalFields &fields, float heightM, const TemperatureScale &scale);

    float heightM() const { return mHeightM; }
    const TemperatureScale &scale() const { return mScale; }
    const QImage &image() const { return mImage; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    /// Draws a vertical colour bar with whole-degree ticks into `bar`, labels to its right.
    static void paintLegend(QPainter *painter, const QRectF &bar, const TemperatureScale &scale, const QString &title);

private:
    QImage mImage;
    QRectF mRectM;
    float mHeightM;
    TemperatureScale mScale;
};

}  // namespace rw
