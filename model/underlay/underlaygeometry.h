// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/entities.h"

#include <QCoreApplication>
#include <QLineF>

#include <optional>
#include <vector>

namespace rw {

/// The geometry of a CAD underlay: its stored segments, the map from drawing units to hall metres, the scale
/// from two picked points and a known distance, and snapping to its line work.
class UnderlayGeometry {
    Q_DECLARE_TR_FUNCTIONS(rw::UnderlayGeometry)
public:
    /// Segments as Underlay::content stores them ("x1 y1 x2 y2" per line), and back.
    static QString formatSegments(const std::vector<QLineF> &segments);
    static bool parseSegments(const QString &content, std::vector<QLineF> *segments, QString *error);
    /// Whether the content fits the format: segments for DXF, a readable PNG or JPEG for pictures.
    static bool checkContent(const Underlay &underlay, QString *error);

    static QPointF toHall(const Underlay &underlay, QPointF drawing);
    static QPointF toDrawing(const Underlay &underlay, QPointF hallM);

    /// Metres per drawing unit so that the drawing points a and b lie distanceM apart; nullopt when a and b
    /// coincide or the distance is not positive.
    static std::optional<double> scaleFromTwoPoints(QPointF a, QPointF b, double distanceM);
    /// The underlay scaled so that a and b lie distanceM apart, with a staying where it was in the hall.
    static std::optional<Underlay> scaledByTwoPoints(const Underlay &underlay, QPointF a, QPointF b, double distanceM);

    /// The point of the line work nearest to hallM within radiusM, in hall metres: an end point if one is in
    /// reach, else the nearest point on a segment; nullopt when nothing is in reach.
    static std::optional<QPointF> snap(
        const Underlay &underlay, const std::vector<QLineF> &segments, QPointF hallM, double radiusM);
};

}  // namespace rw
