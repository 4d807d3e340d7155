// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QPointF>
#include <QPolygonF>
#include <QRectF>

#include <map>
#include <set>
#include <vector>

namespace rw {

/// Where the one-line diagram puts each power node and how the links run. Layers by depth from the
/// utility feeds (the longest path from a grid source; a standby generator sits one layer above what it
/// feeds), side A on the left, nodes of no side in the middle, side B on the right; within a layer a node
/// follows its parents, so that a chain stays in one column. A layer with more than kMaxPerRow nodes on a
/// side is staggered over two sub-rows (neighbours alternate rows, half a column apart), which keeps the
/// diagram of a large hall compact while links still pass between the boxes. Links are orthogonal: down
/// from the feeding node, across in the channel above the fed node's layer, down into it. Scene units are
/// pixels.
struct OneLineLayout {
    static constexpr double kBoxWidth = 190.0;
    static constexpr double kBoxHeight = 74.0;
    static constexpr double kColumnPitch = 210.0;
    static constexpr double kSubRowPitch = 88.0;  ///< a wide layer is staggered over several sub-rows
    static constexpr double kLayerGap = 56.0;  ///< between layers: the channel where links run across
    static constexpr double kSideGap = 120.0;  ///< between the A block, the middle and the B block
    static constexpr int kMaxPerRow = 11;  ///< nodes of one side in one sub-row before a layer staggers

    struct Box {
        Id nodeId = kNoId;
        int depth = 0;
        QRectF rect;
    };
    struct Wire {
        Id linkId = kNoId;
        Id fromId = kNoId;
        Id toId = kNoId;
        QPolygonF path;  ///< orthogonal polyline from the feeding box's bottom to the fed box's top
    };

    std::vector<Box> boxes;  ///< in node id order
    std::vector<Wire> wires;  ///< in link id order; links to missing nodes are left out
    std::map<Id, std::size_t> boxIndex;  ///< node id to index in boxes
    int layers = 0;

    /// The whole chain, or only the nodes in `only` (and the links between them).
    static OneLineLayout build(const Plan &plan, const std::set<Id> *only = nullptr);
    QRectF bounds() const;
};

}  // namespace rw
