#include "onelinelayout.h"

#include <algorithm>
#include <array>
#include <optional>

namespace rw {
namespace {

int sideRank(FeedSide side)
{
    switch (side) {
    case FeedSide::A:
        return 0;
    case FeedSide::None:
        return 1;
    case FeedSide::B:
        return 2;
    }
    return 1;
}

}  // namespace

OneLineLayout OneLineLayout::build(const Plan &plan)
{
    OneLineLayout layout;
    std::vector<const PowerNode *> nodes;
    std::map<Id, std::size_t> index;
    for (const auto &[id, node] : plan.all<PowerNode>()) {
        index.emplace(id, nodes.size());
        nodes.push_back(&node);
    }
    const std::size_t n = nodes.size();
    std::vector<std::vector<std::size_t>> children(n), parents(n);
    for (const auto &[id, link] : plan.all<PowerLink>()) {
        const auto from = index.find(link.fromId);
        const auto to = index.find(link.toId);
        if (from == index.end() || to == index.end() || from->second == to->second)
            continue;
        children[from->second].push_back(to->second);
        parents[to->second].push_back(from->second);
    }

    // Depth: the longest path from a grid source (Kahn's order). Nodes on a loop, which validation reports,
    // keep depth 0 rather than hang the layout.
    const auto isStandby
        = [&](std::size_t i) { return parents[i].empty() && nodes[i]->kind == PowerNodeKind::Generator; };
    std::vector<int> depth(n, 0);
    std::vector<std::size_t> pending(n);
    std::vector<std::size_t> ready;
    for (std::size_t i = 0; i < n; ++i) {
        pending[i] = parents[i].size();
        if (pending[i] == 0)
            ready.push_back(i);
    }
    while (!ready.empty()) {
        const std::size_t at = ready.back();
        ready.pop_back();
        for (std::size_t child : children[at]) {
            if (!isStandby(at))
                depth[child] = std::max(depth[child], depth[at] + 1);
            if (--pending[child] == 0)
                ready.push_back(child);
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (!isStandby(i) || children[i].empty())
            continue;
        int above = depth[children[i].front()];
        for (std::size_t child : children[i])
            above = std::min(above, depth[child]);
        depth[i] = std::max(0, above - 1);
    }
    // A layer without a grid parent chain below a generator is still fine; children fed only by standby
    // sources sit one below them.
    for (bool changed = true; changed;) {
        changed = false;
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t child : children[i]) {
                if (depth[child] <= depth[i] && pending[child] == 0) {
                    depth[child] = depth[i] + 1;
                    changed = true;
                }
            }
        }
    }
    const int layers = n == 0 ? 0 : *std::max_element(depth.begin(), depth.end()) + 1;
    layout.layers = layers;

    // Order within each layer: side, then the mean column of the parents (or, for a standby source, of
    // the other parents of what it feeds), then name.
    std::vector<double> x(n, 0.0);
    std::vector<std::vector<std::size_t>> byLayer(static_cast<std::size_t>(layers));
    for (std::size_t i = 0; i < n; ++i)
        byLayer[std::size_t(depth[i])].push_back(i);
    std::vector<bool> placed(n, false);
    std::vector<int> subRow(n, 0);
    std::vector<int> layerRows(std::size_t(layers), 1);
    std::vector<std::pair<double, double>> sideLimits(static_cast<std::size_t>(layers));  // right end of A, left of B
    for (auto &layer : byLayer) {
        std::vector<double> key(n, 0.0);
        std::vector<bool> keyed(n, false);
        for (std::size_t i : layer) {
            double sum = 0;
            int count = 0;
            for (std::size_t parent : parents[i]) {
                if (placed[parent]) {
                    sum += x[parent];
                    ++count;
                }
            }
            if (count > 0) {
                key[i] = sum / count;
                keyed[i] = true;
            }
        }
        // A node without placed parents (a standby generator) follows a partner: another parent of what it
        // feeds, in the same layer and on the same side.
        std::map<std::size_t, std::vector<std::size_t>> followers;
        std::vector<std::size_t> leaders;
        for (std::size_t i : layer) {
            if (keyed[i]) {
                leaders.push_back(i);
                continue;
            }
            std::optional<std::size_t> partner;
            for (std::size_t child : children[i]) {
                for (std::size_t other : parents[child]) {
                    if (!partner && other != i && keyed[other] && depth[other] == depth[i]
                        && nodes[other]->side == nodes[i]->side)
                        partner = other;
                }
            }
            if (partner) {
                followers[*partner].push_back(i);
            } else {
                key[i] = 1e9;  // unconnected: at the end of its side
                leaders.push_back(i);
            }
        }
        auto byName
            = [&](std::size_t a, std::size_t b) { return nodes[a]->name.localeAwareCompare(nodes[b]->name) < 0; };
        std::stable_sort(leaders.begin(), leaders.end(), [&](std::size_t a, std::size_t b) {
            const int sa = sideRank(nodes[a]->side);
            const int sb = sideRank(nodes[b]->side);
            if (sa != sb)
                return sa < sb;
            if (key[a] != key[b])
                return key[a] < key[b];
            return byName(a, b);
        });
        layer.clear();
        for (std::size_t leader : leaders) {
            layer.push_back(leader);
            auto &after = followers[leader];
            std::sort(after.begin(), after.end(), byName);
            layer.insert(layer.end(), after.begin(), after.end());
        }
        // Columns: the A block ends left of the middle, the B block starts right of it. A wide layer is
        // staggered: neighbours alternate between sub-rows, `step` apart, so boxes in one sub-row stay a
        // full column apart and a link into a lower sub-row passes between the boxes above it.
        std::array<int, 3> count {};
        for (std::size_t i : layer)
            ++count[std::size_t(sideRank(nodes[i]->side))];
        // Two sub-rows at most: with a third, a link would have to cross a box.
        const int rows = *std::max_element(count.begin(), count.end()) > kMaxPerRow ? 2 : 1;
        const double step = kColumnPitch / rows;
        auto blockWidth = [&](int c) { return c == 0 ? 0.0 : (c - 1) * step + kColumnPitch; };
        const double middleWidth = blockWidth(count[1]);
        const std::array<double, 3> start { -middleWidth / 2 - kSideGap - blockWidth(count[0]), -middleWidth / 2,
            middleWidth / 2 + kSideGap };
        std::array<int, 3> at {};
        for (std::size_t i : layer) {
            const auto side = std::size_t(sideRank(nodes[i]->side));
            x[i] = start[side] + kColumnPitch / 2 + at[side] * step;
            subRow[i] = at[side] % rows;
            ++at[side];
            placed[i] = true;
        }
        layerRows[std::size_t(depth[layer.empty() ? 0 : layer.front()])] = rows;
        sideLimits[std::size_t(depth[layer.empty() ? 0 : layer.front()])]
            = { start[1] - kSideGap - kColumnPitch / 2, start[2] + kColumnPitch / 2 };
    }
    // Bottom up, a node of a single-row layer moves over the middle of what it feeds, keeping its order, a
    // column's distance to its neighbours and its side's block: a UPS stands over its busways, the utility
    // over its transformers.
    for (int d = layers - 2; d >= 0; --d) {
        const auto &layer = byLayer[std::size_t(d)];
        if (layerRows[std::size_t(d)] != 1)
            continue;
        for (FeedSide side : { FeedSide::A, FeedSide::B }) {
            std::vector<std::size_t> block;
            for (std::size_t i : layer) {
                if (nodes[i]->side == side)
                    block.push_back(i);
            }
            if (block.empty())
                continue;
            std::vector<double> want(block.size());
            for (std::size_t k = 0; k < block.size(); ++k) {
                const std::size_t i = block[k];
                double sum = 0;
                int count = 0;
                for (std::size_t child : children[i]) {
                    if (depth[child] == d + 1 && !isStandby(child)) {
                        sum += x[child];
                        ++count;
                    }
                }
                want[k] = count > 0 ? sum / count : x[i];
            }
            const auto [aLimit, bLimit] = sideLimits[std::size_t(d)];
            // Left to right: no closer than a column; then right to left, back inside the block's limit.
            for (std::size_t k = 0; k < block.size(); ++k) {
                double at = want[k];
                if (side == FeedSide::B)
                    at = std::max(at, bLimit);
                if (k > 0)
                    at = std::max(at, x[block[k - 1]] + kColumnPitch);
                x[block[k]] = at;
            }
            for (std::size_t k = block.size(); k-- > 0;) {
                double at = x[block[k]];
                if (side == FeedSide::A)
                    at = std::min(at, aLimit);
                if (k + 1 < block.size())
                    at = std::min(at, x[block[k + 1]] - kColumnPitch);
                x[block[k]] = at;
            }
        }
    }
    // Layer tops: each layer as tall as its sub-rows, a channel between layers.
    std::vector<double> layerTop(std::size_t(layers) + 1, 0.0);
    for (int d = 0; d < layers; ++d)
        layerTop[std::size_t(d) + 1]
            = layerTop[std::size_t(d)] + (layerRows[std::size_t(d)] - 1) * kSubRowPitch + kBoxHeight + kLayerGap;

    layout.boxes.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        Box box;
        box.nodeId = nodes[i]->id;
        box.depth = depth[i];
        box.rect = QRectF(
            x[i] - kBoxWidth / 2, layerTop[std::size_t(depth[i])] + subRow[i] * kSubRowPitch, kBoxWidth, kBoxHeight);
        layout.boxIndex.emplace(box.nodeId, layout.boxes.size());
        layout.boxes.push_back(box);
    }
    for (const auto &[id, link] : plan.all<PowerLink>()) {
        const auto from = layout.boxIndex.find(link.fromId);
        const auto to = layout.boxIndex.find(link.toId);
        if (from == layout.boxIndex.end() || to == layout.boxIndex.end() || link.fromId == link.toId)
            continue;
        const QRectF &a = layout.boxes[from->second].rect;
        const QRectF &b = layout.boxes[to->second].rect;
        Wire wire;
        wire.linkId = id;
        wire.fromId = link.fromId;
        wire.toId = link.toId;
        const QPointF start(a.center().x(), a.bottom());
        const QPointF end(b.center().x(), b.top());
        if (b.top() > a.bottom()) {
            // The channel above the fed node's layer; spread a little per source so parallel feeds stay apart.
            const int toDepth = layout.boxes[to->second].depth;
            const double channel = layerTop[std::size_t(toDepth)] - kLayerGap / 2 + (int(from->second % 5) - 2) * 4.0;
            wire.path << start << QPointF(start.x(), channel) << QPointF(end.x(), channel) << end;
        } else {
            // Fed node not below (a loop, or a generator feeding its own layer): go round the side.
            const double outside = std::max(a.right(), b.right()) + (kColumnPitch - kBoxWidth) / 4;
            wire.path << QPointF(a.right(), a.center().y()) << QPointF(outside, a.center().y())
                      << QPointF(outside, b.center().y()) << QPointF(b.right(), b.center().y());
        }
        layout.wires.push_back(wire);
    }
    return layout;
}

QRectF OneLineLayout::bounds() const
{
    QRectF all;
    for (const Box &box : boxes)
        all |= box.rect;
    return all;
}

}  // namespace rw
