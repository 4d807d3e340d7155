// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <rackwerk/engine/thermalsolver.h>

#include <QColor>
#include <QImage>

namespace rw {

/// Maps temperatures to colours, blue (cool) over green and yellow to red (warm), over a fixed range
/// so that every slice of one run uses the same colours.
struct TemperatureScale {
    float minC = engine::kDefaultAshraeEnvelope.recommendedMinC;  ///< until a run gives its own range
    float maxC = engine::kDefaultAshraeEnvelope.allowableMaxC;
    QColor colour(float c) const;
    /// The range of the air temperatures in the fields, widened to whole degrees and at least 2 K.
    static TemperatureScale of(const engine::ThermalFields &fields);
};

/// Slices of the cell-centred temperature field as images, one pixel per cell; solid cells are
/// transparent.
class ThermalSlice {
public:
    /// The grid layer at a height above the floor: pixel (i, j) is cell (i, j, k).
    static QImage horizontal(const engine::ThermalFields &fields, float heightM, const TemperatureScale &scale);
    /// A vertical plane: axis 0 = the plane x = positionM (image across y), axis 1 = the plane
    /// y = positionM (image across x). The top image row is the ceiling.
    static QImage vertical(
        const engine::ThermalFields &fields, int axis, float positionM, const TemperatureScale &scale);
    /// The grid layer (or column) a position falls into, clamped to the grid.
    static int layerOf(float positionM, float cellM, int count);
};

}  // namespace rw
