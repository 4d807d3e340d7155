// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"

#include <QCoreApplication>
#include <QPointF>

#include <vector>

namespace rw {

/// A kind of rack the row tool draws: its size, budget and cooling.
struct RackTemplate {
    QString name;  ///< translated
    Rack prototype;  ///< hall, row, name, position and facing are set when drawing
};

/// Defaults for what the floor-plan tools create; every value can be edited afterwards.
class DrawingDefaults {
    Q_DECLARE_TR_FUNCTIONS(rw::DrawingDefaults)
public:
    static std::vector<RackTemplate> rackTemplates();
    static CoolingUnit coolingUnit(CoolingKind kind);
    static PowerNode powerNode(PowerNodeKind kind);
    static Obstacle obstacle(ObstacleKind kind);
    /// A label readable at the zoom that fits a hall: letters about as tall as a rack is wide.
    static Label label();

    /// Racks side by side from `start` towards `end`, as many as fit the dragged length (at least one),
    /// centred on the drag line. The row runs along the drag's longer axis; fronts face `facing` when
    /// it is across the row, else the row turns to keep them across.
    static std::vector<Rack> racksAlong(QPointF start, QPointF end, const Rack &prototype, Facing facing);
    /// The facing used for a row dragged from start to end.
    static Facing rowFacing(QPointF start, QPointF end, Facing wanted);
    /// "Row 7": the first free number among the hall's rows.
    static QString nextRowName(const Plan &plan, Id hallId);
    /// "<prefix> 3": one more than the number of names starting with prefix.
    template <class T> static QString nextName(const Plan &plan, const QString &prefix)
    {
        int count = 0;
        for (const auto &[id, entity] : plan.all<T>())
            count += entity.name.startsWith(prefix) ? 1 : 0;
        return QStringLiteral("%1 %2").arg(prefix).arg(count + 1);
    }
};

}  // namespace rw
