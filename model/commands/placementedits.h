// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planeditor.h"

#include <QCoreApplication>
#include <QRectF>

#include <vector>

namespace rw {

/// Placing single things on a hall's floor: cooling units, power nodes and obstacles, each placement one
/// undo step. A unit or node without a name gets the next free one ("CRAH 3"). Refused when the hall does
/// not exist or a value is out of range; nothing is adjusted.
class PlacementEdits {
    Q_DECLARE_TR_FUNCTIONS(rw::PlacementEdits)
public:
    /// `unit` as drafted (DrawingDefaults::coolingUnit()), with its hall, position and facing set.
    static EditResult placeCoolingUnit(PlanEditor &editor, CoolingUnit unit);
    /// `node` as drafted (DrawingDefaults::powerNode()), with its hall and position set.
    static EditResult placePowerNode(PlanEditor &editor, PowerNode node);
    /// One obstacle of `kind` per rectangle (a wall, a column, perforated tiles), all in one undo step;
    /// `created` gets their ids.
    static EditResult addObstacles(PlanEditor &editor, Id hallId, ObstacleKind kind,
        const std::vector<QRectF> &footprints, std::vector<Id> *created = nullptr);
};

}  // namespace rw
