// SPDX-License-Identifier: GPL-3.0-or-later
#include "floorplanimage.h"

#include "floorplan/floorplanscene.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

#include <cmath>

namespace rw {
namespace {

/// The legend under the drawing: the rack colours, the other symbols, north and a scale bar. Sizes are
/// shares of the picture's width, so that the text reads the same at any resolution.
void drawLegend(QPainter &painter, const FloorPlanScene &scene, const QRectF &area, double pixelsPerMetre)
{
    const double unit = area.width() / 100.0;  // one hundredth of the width
    QFont font = painter.font();
    font.setPixelSize(std::max(8, int(std::lround(1.8 * unit))));
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    const double line = metrics.height() * 1.35;
    const double swatch = metrics.height() * 0.8;

    // Scale bar and north arrow on the left.
    const double barM = FloorPlanImage::scaleBarMetres(area.width() * 0.25 / pixelsPerMetre);
    const double barPx = barM * pixelsPerMetre;
    const QPointF origin(area.left() + 2 * unit, area.top() + line);
    painter.setPen(QPen(Qt::black, std::max(1.0, unit * 0.15)));
    painter.setBrush(Qt::black);
    painter.drawRect(QRectF(origin.x(), origin.y(), barPx / 2, unit * 0.6));
    painter.setBrush(Qt::white);
    painter.drawRect(QRectF(origin.x() + barPx / 2, origin.y(), barPx / 2, unit * 0.6));
    const QLocale locale;
    painter.drawText(QPointF(origin.x(), origin.y() - unit * 0.4), QStringLiteral("0"));
    const QString end = FloorPlanImage::tr("%1 m").arg(locale.toString(barM, 'f', barM < 1 ? 1 : 0));
    painter.drawText(QPointF(origin.x() + barPx - metrics.horizontalAdvance(end) / 2, origin.y() - unit * 0.4), end);
    // North: the plan's y axis points south, so north is up.
    const QPointF arrow(origin.x() + barPx + 5 * unit, origin.y() + unit * 1.5);
    QPolygonF head;
    head << QPointF(arrow.x(), arrow.y() - 2.2 * unit) << QPointF(arrow.x() - 0.9 * unit, arrow.y())
         << QPointF(arrow.x() + 0.9 * unit, arrow.y());
    painter.setBrush(Qt::black);
    painter.drawPolygon(head);
    painter.drawText(QRectF(arrow.x() - 2 * unit, arrow.y() + 0.2 * unit, 4 * unit, line), Qt::AlignHCenter,
        FloorPlanImage::tr("N", "north"));

    // The entries in columns to the right.
    std::vector<LegendEntry> entries;
    entries.push_back({ QColor(), scene.legendTitle() });
    for (const LegendEntry &e : scene.legend())
        entries.push_back(e);
    for (const LegendEntry &e : scene.symbolLegend())
        entries.push_back(e);
    const double left = arrow.x() + 4 * unit;
    const double columnWidth = (area.right() - left) / 2;
    const int rows = int(std::ceil(entries.size() / 2.0));
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const double x = left + columnWidth * double(int(i) / rows);
        const double y = area.top() + line * double(int(i) % rows);
        const LegendEntry &e = entries[i];
        if (!e.colour.isValid()) {
            QFont bold = font;
            bold.setBold(true);
            painter.setFont(bold);
            painter.setPen(Qt::black);
            painter.drawText(QPointF(x, y + metrics.ascent()), e.text);
            painter.setFont(font);
            continue;
        }
        const QRectF box(x, y + (metrics.height() - swatch) / 2, swatch * 1.6, swatch);
        if (e.outline) {
            painter.setPen(QPen(e.colour, std::max(2.0, unit * 0.35)));
            painter.setBrush(Qt::NoBrush);
        } else {
            painter.setPen(QPen(QColor(90, 90, 90), 1));
            painter.setBrush(e.colour);
        }
        painter.drawRect(box);
        painter.setPen(Qt::black);
        painter.drawText(QPointF(box.right() + unit, y + metrics.ascent()), e.text);
    }
}

}  // namespace

double FloorPlanImage::scaleBarMetres(double atMostM)
{
    double best = 0.5;
    for (double m : { 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0 }) {
        if (m <= atMostM)
            best = m;
    }
    return best;
}

std::vector<ReportImage> renderFloorPlans(const Plan &plan, int widthPx)
{
    std::vector<ReportImage> images;
    FloorPlanScene scene(plan);
    for (const auto &[id, hall] : plan.all<Hall>()) {
        scene.setHall(id);
        const QRectF source = scene.itemsBoundingRect().adjusted(-0.5, -0.5, 0.5, 0.5);
        if (source.isEmpty())
            continue;
        const int planHeightPx = std::min(std::max(1, int(widthPx * source.height() / source.width())), widthPx * 2);
        const double pixelsPerMetre = std::min(widthPx / source.width(), planHeightPx / source.height());
        const int legendHeightPx = int(widthPx * FloorPlanImage::kLegendShare);
        QImage image(widthPx, planHeightPx + legendHeightPx, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(0, 0, widthPx, planHeightPx), source, Qt::KeepAspectRatio);
        painter.setPen(QColor(190, 190, 190));
        painter.drawLine(QPointF(0, planHeightPx + 1), QPointF(widthPx, planHeightPx + 1));
        drawLegend(painter, scene, QRectF(0, planHeightPx + widthPx * 0.01, widthPx, legendHeightPx), pixelsPerMetre);
        painter.end();
        images.push_back({ QCoreApplication::translate("rw::ReviewReport", "Floor plan: %1").arg(hall.name), image, {} });
    }
    return images;
}

}  // namespace rw
