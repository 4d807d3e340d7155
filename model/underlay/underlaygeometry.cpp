// SPDX-License-Identifier: GPL-3.0-or-later
#include "underlaygeometry.h"

#include <QImage>

#include <algorithm>
#include <cmath>

namespace rw {

QString UnderlayGeometry::formatSegments(const std::vector<QLineF> &segments)
{
    QString text;
    text.reserve(int(segments.size()) * 40);
    for (const QLineF &s : segments) {
        text += QString::number(s.x1(), 'g', 10) + QLatin1Char(' ') + QString::number(s.y1(), 'g', 10)
            + QLatin1Char(' ') + QString::number(s.x2(), 'g', 10) + QLatin1Char(' ') + QString::number(s.y2(), 'g', 10)
            + QLatin1Char('\n');
    }
    return text;
}

bool UnderlayGeometry::parseSegments(const QString &content, std::vector<QLineF> *segments, QString *error)
{
    std::vector<QLineF> parsed;
    const QStringList lines = content.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    parsed.reserve(std::size_t(lines.size()));
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList values = lines[i].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        double v[4] {};
        bool ok = values.size() == 4;
        for (int k = 0; ok && k < 4; ++k)
            v[k] = values[k].toDouble(&ok), ok = ok && std::isfinite(v[k]);
        if (!ok) {
            *error = tr("Underlay line %1 is not a segment of four finite numbers.").arg(i + 1);
            return false;
        }
        parsed.emplace_back(v[0], v[1], v[2], v[3]);
    }
    if (parsed.empty()) {
        *error = tr("The underlay holds no line segments.");
        return false;
    }
    *segments = std::move(parsed);
    return true;
}

bool UnderlayGeometry::checkContent(const Underlay &underlay, QString *error)
{
    if (underlay.format == UnderlayFormat::Dxf) {
        std::vector<QLineF> segments;
        return parseSegments(underlay.content, &segments, error);
    }
    const QByteArray bytes
        = QByteArray::fromBase64(underlay.content.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    QImage image;
    if (bytes.isEmpty() || !image.loadFromData(bytes, underlay.format == UnderlayFormat::Png ? "PNG" : "JPEG")) {
        *error = tr("The underlay picture \"%1\" cannot be read.").arg(underlay.name);
        return false;
    }
    return true;
}

QPointF UnderlayGeometry::toHall(const Underlay &u, QPointF drawing)
{
    const double y = u.flipY ? -drawing.y() : drawing.y();
    return { u.originXM + u.metresPerUnit * drawing.x(), u.originYM + u.metresPerUnit * y };
}

QPointF UnderlayGeometry::toDrawing(const Underlay &u, QPointF hallM)
{
    const double y = (hallM.y() - u.originYM) / u.metresPerUnit;
    return { (hallM.x() - u.originXM) / u.metresPerUnit, u.flipY ? -y : y };
}

std::optional<double> UnderlayGeometry::scaleFromTwoPoints(QPointF a, QPointF b, double distanceM)
{
    const double units = std::hypot(b.x() - a.x(), b.y() - a.y());
    if (!(units > 0.0) || !(distanceM > 0.0) || !std::isfinite(units) || !std::isfinite(distanceM))
        return std::nullopt;
    return distanceM / units;
}

std::optional<Underlay> UnderlayGeometry::scaledByTwoPoints(const Underlay &u, QPointF a, QPointF b, double distanceM)
{
    const std::optional<double> scale = scaleFromTwoPoints(a, b, distanceM);
    if (!scale)
        return std::nullopt;
    const QPointF anchor = toHall(u, a);
    Underlay scaled = u;
    scaled.metresPerUnit = *scale;
    const QPointF moved = toHall(scaled, a);
    scaled.originXM += anchor.x() - moved.x();
    scaled.originYM += anchor.y() - moved.y();
    return scaled;
}

std::optional<QPointF> UnderlayGeometry::snap(
    const Underlay &u, const std::vector<QLineF> &segments, QPointF hallM, double radiusM)
{
    const QPointF p = toDrawing(u, hallM);
    const double radius = radiusM / u.metresPerUnit;
    std::optional<QPointF> bestEnd, bestOnLine;
    double endDistance = radius, lineDistance = radius;
    for (const QLineF &s : segments) {
        for (const QPointF end : { s.p1(), s.p2() }) {
            const double d = std::hypot(end.x() - p.x(), end.y() - p.y());
            if (d <= endDistance)
                endDistance = d, bestEnd = end;
        }
        const QPointF along = s.p2() - s.p1();
        const double length2 = QPointF::dotProduct(along, along);
        const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - s.p1(), along) / length2, 0.0, 1.0) : 0.0;
        const QPointF nearest = s.p1() + t * along;
        const double d = std::hypot(nearest.x() - p.x(), nearest.y() - p.y());
        if (d <= lineDistance)
            lineDistance = d, bestOnLine = nearest;
    }
    if (bestEnd)
        return toHall(u, *bestEnd);
    if (bestOnLine)
        return toHall(u, *bestOnLine);
    return std::nullopt;
}

}  // namespace rw
