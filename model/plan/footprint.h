// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <QRectF>

namespace rw {

/// Where things stand on the floor, in hall metres (x east, y south). A rack's or cooling unit's width runs
/// across its facing direction, its depth along it.
inline bool facesSideways(Facing facing)
{
    return facing == Facing::East || facing == Facing::West;
}

/// The direction that faces away from `facing` (a rack's rear, a cooler's intake side).
inline Facing opposite(Facing facing)
{
    switch (facing) {
    case Facing::North:
        return Facing::South;
    case Facing::South:
        return Facing::North;
    case Facing::East:
        return Facing::West;
    case Facing::West:
        return Facing::East;
    }
    return Facing::North;
}

inline QRectF centredRect(double xM, double yM, double alongXM, double alongYM)
{
    return QRectF(xM - alongXM / 2, yM - alongYM / 2, alongXM, alongYM);
}

inline QRectF footprint(const Rack &rack)
{
    const double w = rack.widthMm / 1000.0;
    const double d = rack.depthMm / 1000.0;
    return facesSideways(rack.facing) ? centredRect(rack.xM, rack.yM, d, w) : centredRect(rack.xM, rack.yM, w, d);
}

inline QRectF footprint(const CoolingUnit &unit)
{
    return facesSideways(unit.facing) ? centredRect(unit.xM, unit.yM, unit.depthM, unit.widthM)
                                      : centredRect(unit.xM, unit.yM, unit.widthM, unit.depthM);
}

inline QRectF footprint(const Obstacle &obstacle)
{
    return centredRect(obstacle.xM, obstacle.yM, obstacle.widthM, obstacle.depthM);
}

/// Power nodes have no stored size; PDUs, RPPs and busway tap points are drawn as a 0.6 m square.
constexpr double kPowerNodeSymbolM = 0.6;
inline QRectF footprint(const PowerNode &node)
{
    return centredRect(node.xM, node.yM, kPowerNodeSymbolM, kPowerNodeSymbolM);
}

}  // namespace rw
