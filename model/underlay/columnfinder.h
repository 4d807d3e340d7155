// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineF>
#include <QRectF>

#include <vector>

namespace rw {

/// Building columns in a drawing's line work: small closed figures (a square or rectangle, with or without the
/// cross or hatch drawn inside it, or a circle as the chords the DXF reader makes of it).
class ColumnFinder {
public:
    /// The bounding boxes of the closed figures whose sides both lie between minSideM and maxSideM. Segments in
    /// hall metres; lines longer than a figure's diagonal can be (walls, grid lines) take no part, so a column
    /// drawn against a wall is found too. End points within 1 mm of each other count as one.
    static std::vector<QRectF> find(const std::vector<QLineF> &segmentsM, double minSideM, double maxSideM);
};

}  // namespace rw
