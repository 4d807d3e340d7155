// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelgeometry.h"

#include <QFontMetricsF>
#include <QTransform>

#include <algorithm>

namespace rw {
namespace {
constexpr int kLayoutPixels = 100;  // large, so that the metrics scale down without rounding steps
}

QFont LabelGeometry::layoutFont()
{
    QFont font;
    font.setPixelSize(kLayoutPixels);
    return font;
}

QRectF LabelGeometry::textRectPx(const QString &text)
{
    const QFontMetricsF metrics(layoutFont());
    // At least one line tall and a little wide, so that a label is never an invisible point.
    QSizeF size = metrics.boundingRect(QRectF(), Qt::AlignCenter, text).size();
    size.setHeight(std::max(size.height(), metrics.height()));
    size.setWidth(std::max(size.width(), metrics.height() / 2));
    return QRectF(-size.width() / 2, -size.height() / 2, size.width(), size.height());
}

double LabelGeometry::metresPerPixel(const Label &label)
{
    return label.heightM / QFontMetricsF(layoutFont()).height();
}

QSizeF LabelGeometry::textSizeM(const Label &label)
{
    return textRectPx(label.text).size() * metresPerPixel(label);
}

QRectF LabelGeometry::footprint(const Label &label)
{
    const QSizeF size = textSizeM(label);
    QTransform turn;
    turn.translate(label.xM, label.yM);
    turn.rotate(label.rotationDeg);
    return turn.mapRect(QRectF(-size.width() / 2, -size.height() / 2, size.width(), size.height()));
}

}  // namespace rw
