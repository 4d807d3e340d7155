// SPDX-License-Identifier: GPL-3.0-or-later
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

/// Lays out the one-line diagram in phases: the node graph, each node's layer, the order and columns
/// within each layer, single-row parents centred over what they feed, then boxes and wires.
class OneLineAssembly {
public:
    using L = OneLineLayout;

    OneLineAssembly(const Plan &plan, const std::set<Id> *only) : mPlan(plan), mOnly(only) { collectGraph(); }

    OneLineLayout assemble()
    {
        assignDepths();
        mLayers = n() == 0 ? 0 : *std::max_element(mDepth.begin(), mDepth.end()) + 1;
        mLayout.layers = mLayers;
        mX.assign(n(), 0.0);
        mByLayer.assign(std::size_t(mLayers), {});
        for (std::size_t i = 0; i < n(); ++i)
            mByLayer[std::size_t(mDepth[i])].push_back(i);
        mPlaced.assign(n(), false);
        mSubRow.assign(n(), 0);
        mLayerRows.assign(std::size_t(mLayers), 1);
        mSideLimits.assign(std::size_t(mLayers), {});
        for (std::vector<std::size_t> &layer : mByLayer) {
            orderLayer(&layer);
            placeColumns(layer);
        }
        // Bottom up, a node of a single-row layer moves over the middle of what it feeds, keeping its order,
        // a column's distance to its neighbours and its side's block: a UPS stands over its busways, the
        // utility over its transformers.
        for (int d = mLayers - 2; d >= 0; --d) {
            if (mLayerRows[std::size_t(d)] != 1)
                continue;
            for (FeedSide side : { FeedSide::A, FeedSide::B })
                centreOverChildren(d, side);
        }
        computeLayerTops();
        addBoxes();
        addWires();
        return std::move(mLayout);
    }

private:
    std::size_t n() const { return mNodes.size(); }

    bool isStandby(std::size_t i) const { return mParents[i].empty() && mNodes[i]->kind == PowerNodeKind::Generator; }

    void collectGraph()
    {
        std::map<Id, std::size_t> index;
        for (const auto &[id, node] : mPlan.all<PowerNode>()) {
            if (mOnly && !mOnly->count(id))
                continue;
            index.emplace(id, mNodes.size());
            mNodes.push_back(&node);
        }
        mChildren.resize(n());
        mParents.resize(n());
        for (const auto &[id, link] : mPlan.all<PowerLink>()) {
            const auto from = index.find(link.fromId);
            const auto to = index.find(link.toId);
            if (from == index.end() || to == index.end() || from->second == to->second)
                continue;
            mChildren[from->second].push_back(to->second);
            mParents[to->second].push_back(from->second);
        }
    }

    /// Depth: the longest path from a grid source (Kahn's order). Nodes on a loop, which validation reports,
    /// keep depth 0 rather than hang the layout. A standby source sits one layer above what it feeds.
    void assignDepths()
    {
        mDepth.assign(n(), 0);
        std::vector<std::size_t> pending(n());
        std::vector<std::size_t> ready;
        for (std::size_t i = 0; i < n(); ++i) {
            pending[i] = mParents[i].size();
            if (pending[i] == 0)
                ready.push_back(i);
        }
        while (!ready.empty()) {
            const std::size_t at = ready.back();
            ready.pop_back();
            for (std::size_t child : mChildren[at]) {
                if (!isStandby(at))
                    mDepth[child] = std::max(mDepth[child], mDepth[at] + 1);
                if (--pending[child] == 0)
                    ready.push_back(child);
            }
        }
        for (std::size_t i = 0; i < n(); ++i) {
            if (!isStandby(i) || mChildren[i].empty())
                continue;
            int above = mDepth[mChildren[i].front()];
            for (std::size_t child : mChildren[i])
                above = std::min(above, mDepth[child]);
            mDepth[i] = std::max(0, above - 1);
        }
        pushBelowStandbySources(pending);
    }

    /// A layer without a grid parent chain below a generator is still fine; children fed only by standby
    /// sources sit one below them.
    void pushBelowStandbySources(const std::vector<std::size_t> &pending)
    {
        for (bool changed = true; changed;) {
            changed = false;
            for (std::size_t i = 0; i < n(); ++i) {
                for (std::size_t child : mChildren[i]) {
                    if (mDepth[child] <= mDepth[i] && pending[child] == 0) {
                        mDepth[child] = mDepth[i] + 1;
                        changed = true;
                    }
                }
            }
        }
    }

    /// Order within a layer: side, then the mean column of the parents (or, for a standby source, of the
    /// other parents of what it feeds), then name.
    void orderLayer(std::vector<std::size_t> *layer)
    {
        std::vector<double> key(n(), 0.0);
        std::vector<bool> keyed(n(), false);
        for (std::size_t i : *layer) {
            double sum = 0;
            int count = 0;
            for (std::size_t parent : mParents[i]) {
                if (mPlaced[parent]) {
                    sum += mX[parent];
                    ++count;
                }
            }
            if (count > 0) {
                key[i] = sum / count;
                keyed[i] = true;
            }
        }
        std::map<std::size_t, std::vector<std::size_t>> followers;
        std::vector<std::size_t> leaders;
        for (std::size_t i : *layer) {
            const std::optional<std::size_t> partner = keyed[i] ? std::nullopt : partnerOf(i, keyed);
            if (partner) {
                followers[*partner].push_back(i);
                continue;
            }
            if (!keyed[i])
                key[i] = 1e9;  // unconnected: at the end of its side
            leaders.push_back(i);
        }
        auto byName
            = [&](std::size_t a, std::size_t b) { return mNodes[a]->name.localeAwareCompare(mNodes[b]->name) < 0; };
        std::stable_sort(leaders.begin(), leaders.end(), [&](std::size_t a, std::size_t b) {
            const int sa = sideRank(mNodes[a]->side);
            const int sb = sideRank(mNodes[b]->side);
            if (sa != sb)
                return sa < sb;
            if (key[a] != key[b])
                return key[a] < key[b];
            return byName(a, b);
        });
        layer->clear();
        for (std::size_t leader : leaders) {
            layer->push_back(leader);
            auto &after = followers[leader];
            std::sort(after.begin(), after.end(), byName);
            layer->insert(layer->end(), after.begin(), after.end());
        }
    }

    /// A node without placed parents (a standby generator) follows a partner: another parent of what it
    /// feeds, in the same layer and on the same side.
    std::optional<std::size_t> partnerOf(std::size_t i, const std::vector<bool> &keyed) const
    {
        std::optional<std::size_t> partner;
        for (std::size_t child : mChildren[i]) {
            for (std::size_t other : mParents[child]) {
                if (!partner && other != i && keyed[other] && mDepth[other] == mDepth[i]
                    && mNodes[other]->side == mNodes[i]->side)
                    partner = other;
            }
        }
        return partner;
    }

    /// Columns: the A block ends left of the middle, the B block starts right of it. A wide layer is
    /// staggered: neighbours alternate between sub-rows, `step` apart, so boxes in one sub-row stay a full
    /// column apart and a link into a lower sub-row passes between the boxes above it.
    void placeColumns(const std::vector<std::size_t> &layer)
    {
        std::array<int, 3> count {};
        for (std::size_t i : layer)
            ++count[std::size_t(sideRank(mNodes[i]->side))];
        // Two sub-rows at most: with a third, a link would have to cross a box.
        const int rows = *std::max_element(count.begin(), count.end()) > L::kMaxPerRow ? 2 : 1;
        const double step = L::kColumnPitch / rows;
        auto blockWidth = [&](int c) { return c == 0 ? 0.0 : (c - 1) * step + L::kColumnPitch; };
        const double middleWidth = blockWidth(count[1]);
        const std::array<double, 3> start { -middleWidth / 2 - L::kSideGap - blockWidth(count[0]), -middleWidth / 2,
            middleWidth / 2 + L::kSideGap };
        std::array<int, 3> at {};
        for (std::size_t i : layer) {
            const auto side = std::size_t(sideRank(mNodes[i]->side));
            mX[i] = start[side] + L::kColumnPitch / 2 + at[side] * step;
            mSubRow[i] = at[side] % rows;
            ++at[side];
            mPlaced[i] = true;
        }
        const std::size_t d = std::size_t(mDepth[layer.empty() ? 0 : layer.front()]);
        mLayerRows[d] = rows;
        mSideLimits[d] = { start[1] - L::kSideGap - L::kColumnPitch / 2, start[2] + L::kColumnPitch / 2 };
    }

    void centreOverChildren(int d, FeedSide side)
    {
        std::vector<std::size_t> block;
        for (std::size_t i : mByLayer[std::size_t(d)]) {
            if (mNodes[i]->side == side)
                block.push_back(i);
        }
        if (block.empty())
            return;
        std::vector<double> want(block.size());
        for (std::size_t k = 0; k < block.size(); ++k)
            want[k] = middleOfChildren(block[k], d);
        const auto [aLimit, bLimit] = mSideLimits[std::size_t(d)];
        // Left to right: no closer than a column; then right to left, back inside the block's limit.
        for (std::size_t k = 0; k < block.size(); ++k) {
            double at = want[k];
            if (side == FeedSide::B)
                at = std::max(at, bLimit);
            if (k > 0)
                at = std::max(at, mX[block[k - 1]] + L::kColumnPitch);
            mX[block[k]] = at;
        }
        for (std::size_t k = block.size(); k-- > 0;) {
            double at = mX[block[k]];
            if (side == FeedSide::A)
                at = std::min(at, aLimit);
            if (k + 1 < block.size())
                at = std::min(at, mX[block[k + 1]] - L::kColumnPitch);
            mX[block[k]] = at;
        }
    }

    /// The mean column of what node i feeds in the next layer (standby sources aside); its own without any.
    double middleOfChildren(std::size_t i, int d) const
    {
        double sum = 0;
        int count = 0;
        for (std::size_t child : mChildren[i]) {
            if (mDepth[child] == d + 1 && !isStandby(child)) {
                sum += mX[child];
                ++count;
            }
        }
        return count > 0 ? sum / count : mX[i];
    }

    /// Layer tops: each layer as tall as its sub-rows, a channel between layers.
    void computeLayerTops()
    {
        mLayerTop.assign(std::size_t(mLayers) + 1, 0.0);
        for (int d = 0; d < mLayers; ++d)
            mLayerTop[std::size_t(d) + 1] = mLayerTop[std::size_t(d)]
                + (mLayerRows[std::size_t(d)] - 1) * L::kSubRowPitch + L::kBoxHeight + L::kLayerGap;
    }

    void addBoxes()
    {
        mLayout.boxes.reserve(n());
        for (std::size_t i = 0; i < n(); ++i) {
            L::Box box;
            box.nodeId = mNodes[i]->id;
            box.depth = mDepth[i];
            box.rect = QRectF(mX[i] - L::kBoxWidth / 2,
                mLayerTop[std::size_t(mDepth[i])] + mSubRow[i] * L::kSubRowPitch, L::kBoxWidth, L::kBoxHeight);
            mLayout.boxIndex.emplace(box.nodeId, mLayout.boxes.size());
            mLayout.boxes.push_back(box);
        }
    }

    void addWires()
    {
        for (const auto &[id, link] : mPlan.all<PowerLink>()) {
            const auto from = mLayout.boxIndex.find(link.fromId);
            const auto to = mLayout.boxIndex.find(link.toId);
            if (from == mLayout.boxIndex.end() || to == mLayout.boxIndex.end() || link.fromId == link.toId)
                continue;
            L::Wire wire;
            wire.linkId = id;
            wire.fromId = link.fromId;
            wire.toId = link.toId;
            wire.path = wirePath(from->second, to->second);
            mLayout.wires.push_back(wire);
        }
    }

    QPolygonF wirePath(std::size_t fromBox, std::size_t toBox) const
    {
        const QRectF &a = mLayout.boxes[fromBox].rect;
        const QRectF &b = mLayout.boxes[toBox].rect;
        const QPointF start(a.center().x(), a.bottom());
        const QPointF end(b.center().x(), b.top());
        QPolygonF path;
        if (b.top() > a.bottom()) {
            // The channel above the fed node's layer; spread a little per source so parallel feeds stay apart.
            const int toDepth = mLayout.boxes[toBox].depth;
            const double channel = mLayerTop[std::size_t(toDepth)] - L::kLayerGap / 2 + (int(fromBox % 5) - 2) * 4.0;
            path << start << QPointF(start.x(), channel) << QPointF(end.x(), channel) << end;
        } else {
            // Fed node not below (a loop, or a generator feeding its own layer): go round the side.
            const double outside = std::max(a.right(), b.right()) + (L::kColumnPitch - L::kBoxWidth) / 4;
            path << QPointF(a.right(), a.center().y()) << QPointF(outside, a.center().y())
                 << QPointF(outside, b.center().y()) << QPointF(b.right(), b.center().y());
        }
        return path;
    }

    const Plan &mPlan;
    const std::set<Id> *mOnly;  ///< the nodes to draw; null: all
    OneLineLayout mLayout;
    std::vector<const PowerNode *> mNodes;
    std::vector<std::vector<std::size_t>> mChildren, mParents;
    std::vector<int> mDepth;
    int mLayers = 0;
    std::vector<double> mX;  ///< centre of each node's box
    std::vector<std::vector<std::size_t>> mByLayer;
    std::vector<bool> mPlaced;
    std::vector<int> mSubRow;
    std::vector<int> mLayerRows;
    std::vector<std::pair<double, double>> mSideLimits;  ///< per layer: right end of A, left end of B
    std::vector<double> mLayerTop;
};

}  // namespace

OneLineLayout OneLineLayout::build(const Plan &plan, const std::set<Id> *only)
{
    return OneLineAssembly(plan, only).assemble();
}

QRectF OneLineLayout::bounds() const
{
    QRectF all;
    for (const Box &box : boxes)
        all |= box.rect;
    return all;
}

}  // namespace rw
