// SPDX-License-Identifier: GPL-3.0-or-later
#include "boxsweep.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace rw::boxsweep {
namespace {

/// Counts of points added so far by rank (a Fenwick tree).
class RankCounter {
public:
    explicit RankCounter(std::size_t size) : mTree(size + 1, 0) { }
    void add(std::size_t rank)
    {
        for (std::size_t i = rank + 1; i < mTree.size(); i += i & (~i + 1))
            ++mTree[i];
    }
    /// How many were added with rank < end.
    std::int64_t below(std::size_t end) const
    {
        std::int64_t sum = 0;
        for (std::size_t i = end; i > 0; i -= i & (~i + 1))
            sum += mTree[i];
        return sum;
    }

private:
    std::vector<std::int64_t> mTree;
};

struct Point {
    double x = 0, y = 0;
};

/// For each query q: how many points p have p.x <= q.x and p.y <= q.y. Offline sweep over x.
std::vector<std::int64_t> dominated(std::vector<Point> points, const std::vector<Point> &queries)
{
    std::sort(points.begin(), points.end(), [](const Point &a, const Point &b) { return a.x < b.x; });
    std::vector<double> ys(points.size());
    std::transform(points.begin(), points.end(), ys.begin(), [](const Point &p) { return p.y; });
    std::sort(ys.begin(), ys.end());
    ys.erase(std::unique(ys.begin(), ys.end()), ys.end());
    std::vector<std::size_t> order(queries.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return queries[a].x < queries[b].x; });
    RankCounter counter(ys.size());
    std::vector<std::int64_t> out(queries.size(), 0);
    std::size_t next = 0;
    for (std::size_t q : order) {
        for (; next < points.size() && points[next].x <= queries[q].x; ++next)
            counter.add(std::size_t(std::lower_bound(ys.begin(), ys.end(), points[next].y) - ys.begin()));
        out[q] = counter.below(std::size_t(std::upper_bound(ys.begin(), ys.end(), queries[q].y) - ys.begin()));
    }
    return out;
}

/// How many values are <= limit / >= limit, from a sorted list.
std::int64_t atMost(const std::vector<double> &sorted, double limit)
{
    return std::upper_bound(sorted.begin(), sorted.end(), limit) - sorted.begin();
}
std::int64_t atLeast(const std::vector<double> &sorted, double limit)
{
    return sorted.end() - std::lower_bound(sorted.begin(), sorted.end(), limit);
}

using Candidate = std::pair<double, std::size_t>;  // near side, block index: the smaller wins
constexpr Candidate kNone { std::numeric_limits<double>::infinity(), std::numeric_limits<std::size_t>::max() };

/// Minimum over ranges of positions, set point by point.
class RangeMinimum {
public:
    explicit RangeMinimum(std::size_t size) : mSize(std::max<std::size_t>(1, size)), mTree(2 * mSize, kNone) { }
    void lower(std::size_t at, const Candidate &value)
    {
        for (std::size_t i = at + mSize; i > 0; i /= 2)
            mTree[i] = std::min(mTree[i], value);
    }
    /// Minimum over positions [begin, end).
    Candidate over(std::size_t begin, std::size_t end) const
    {
        Candidate best = kNone;
        for (std::size_t lo = begin + mSize, hi = end + mSize; lo < hi; lo /= 2, hi /= 2) {
            if (lo & 1)
                best = std::min(best, mTree[lo++]);
            if (hi & 1)
                best = std::min(best, mTree[--hi]);
        }
        return best;
    }

private:
    std::size_t mSize;
    std::vector<Candidate> mTree;
};

/// Lowers every position of a range at once; reads one position.
class CoverMinimum {
public:
    explicit CoverMinimum(std::size_t size) : mSize(std::max<std::size_t>(1, size)), mTree(2 * mSize, kNone) { }
    /// Positions [begin, end).
    void lower(std::size_t begin, std::size_t end, const Candidate &value)
    {
        for (std::size_t lo = begin + mSize, hi = end + mSize; lo < hi; lo /= 2, hi /= 2) {
            if (lo & 1) {
                mTree[lo] = std::min(mTree[lo], value);
                ++lo;
            }
            if (hi & 1) {
                --hi;
                mTree[hi] = std::min(mTree[hi], value);
            }
        }
    }
    Candidate at(std::size_t position) const
    {
        Candidate best = kNone;
        for (std::size_t i = position + mSize; i > 0; i /= 2)
            best = std::min(best, mTree[i]);
        return best;
    }

private:
    std::size_t mSize;
    std::vector<Candidate> mTree;
};

std::size_t rankOf(const std::vector<double> &sorted, double value)
{
    return std::size_t(std::lower_bound(sorted.begin(), sorted.end(), value) - sorted.begin());
}

}  // namespace

bool overlaps(const Box &a, const Box &b)
{
    return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

std::vector<std::int64_t> countOverlapping(const std::vector<Box> &queries, const std::vector<Box> &set)
{
    // A box of the set misses a query when it lies entirely left (x1 <= q.x0), right (x0 >= q.x1), above
    // (y1 <= q.y0) or below (y0 >= q.y1). Left and right exclude each other, as do above and below, for
    // boxes that are not inverted; so misses = L + R + A + B - LA - LB - RA - RB.
    std::vector<double> x0s, x1s, y0s, y1s;
    for (const Box &b : set) {
        x0s.push_back(b.x0);
        x1s.push_back(b.x1);
        y0s.push_back(b.y0);
        y1s.push_back(b.y1);
    }
    for (auto *v : { &x0s, &x1s, &y0s, &y1s })
        std::sort(v->begin(), v->end());
    // The corners by dominance counting; ">=" becomes "<=" on negated coordinates.
    auto corner = [&](bool right, bool below) {
        std::vector<Point> points, corners;
        for (const Box &b : set)
            points.push_back({ right ? -b.x0 : b.x1, below ? -b.y0 : b.y1 });
        for (const Box &q : queries)
            corners.push_back({ right ? -q.x1 : q.x0, below ? -q.y1 : q.y0 });
        return dominated(std::move(points), corners);
    };
    const auto leftAbove = corner(false, false);
    const auto leftBelow = corner(false, true);
    const auto rightAbove = corner(true, false);
    const auto rightBelow = corner(true, true);
    std::vector<std::int64_t> out(queries.size());
    for (std::size_t i = 0; i < queries.size(); ++i) {
        const Box &q = queries[i];
        const std::int64_t misses = atMost(x1s, q.x0) + atLeast(x0s, q.x1) + atMost(y1s, q.y0) + atLeast(y0s, q.y1)
            - leftAbove[i] - leftBelow[i] - rightAbove[i] - rightBelow[i];
        out[i] = std::int64_t(set.size()) - misses;
    }
    return out;
}

std::vector<std::pair<std::size_t, std::size_t>> listOverlapping(const std::vector<Box> &queries,
    const std::vector<Box> &set, const std::vector<std::int64_t> &counts, std::size_t limit,
    const std::function<bool(std::size_t, std::size_t)> &skip)
{
    std::vector<std::pair<std::size_t, std::size_t>> out;
    for (std::size_t a = 0; a < queries.size() && out.size() < limit; ++a) {
        if (counts[a] <= 0)
            continue;
        for (std::size_t b = 0; b < set.size() && out.size() < limit; ++b) {
            if (overlaps(queries[a], set[b]) && !(skip && skip(a, b)))
                out.emplace_back(a, b);
        }
    }
    return out;
}

std::vector<std::optional<std::size_t>> nearestAhead(const std::vector<Block> &blocks, const std::vector<Look> &looks)
{
    // A block is seen when its span meets the look's: either it starts inside the look's span
    // (lateral0 in [look.lateral0, look.lateral1)), or it starts before and reaches over look.lateral0.
    // Looks go from the farthest `from` to the nearest, and blocks join as soon as they lie beyond it.
    std::vector<double> starts, points;
    for (const Block &b : blocks) {
        starts.push_back(b.lateral0);
        points.push_back(b.lateral0);
        points.push_back(b.lateral1);
    }
    for (const Look &l : looks)
        points.push_back(l.lateral0);
    for (auto *v : { &starts, &points }) {
        std::sort(v->begin(), v->end());
        v->erase(std::unique(v->begin(), v->end()), v->end());
    }
    RangeMinimum startingInside(starts.size());
    CoverMinimum reachingOver(points.size());
    std::vector<std::size_t> blockOrder(blocks.size()), lookOrder(looks.size());
    std::iota(blockOrder.begin(), blockOrder.end(), std::size_t(0));
    std::iota(lookOrder.begin(), lookOrder.end(), std::size_t(0));
    std::sort(blockOrder.begin(), blockOrder.end(),
        [&](std::size_t a, std::size_t b) { return blocks[a].near > blocks[b].near; });
    std::sort(lookOrder.begin(), lookOrder.end(),
        [&](std::size_t a, std::size_t b) { return looks[a].from > looks[b].from; });
    std::vector<std::optional<std::size_t>> out(looks.size());
    std::size_t next = 0;
    for (std::size_t l : lookOrder) {
        const Look &look = looks[l];
        for (; next < blockOrder.size() && blocks[blockOrder[next]].near >= look.from; ++next) {
            const Block &b = blocks[blockOrder[next]];
            const Candidate candidate { b.near, blockOrder[next] };
            startingInside.lower(rankOf(starts, b.lateral0), candidate);
            // Points strictly between the block's start and end.
            reachingOver.lower(rankOf(points, b.lateral0) + 1, rankOf(points, b.lateral1), candidate);
        }
        if (!(look.lateral0 < look.lateral1))
            continue;
        const Candidate best
            = std::min(startingInside.over(rankOf(starts, look.lateral0), rankOf(starts, look.lateral1)),
                reachingOver.at(rankOf(points, look.lateral0)));
        if (best.second != kNone.second)
            out[l] = best.second;
    }
    return out;
}

std::vector<std::int64_t> countEarlierSharing(const std::vector<std::pair<int, int>> &rangesByFirst)
{
    // A range before this one (first <= this first) shares a unit unless it ends below this first.
    std::vector<int> lasts;
    lasts.reserve(rangesByFirst.size());
    for (const auto &range : rangesByFirst)
        lasts.push_back(range.second);
    std::sort(lasts.begin(), lasts.end());
    std::vector<std::int64_t> out(rangesByFirst.size());
    for (std::size_t i = 0; i < rangesByFirst.size(); ++i) {
        const std::int64_t endingBelow
            = std::lower_bound(lasts.begin(), lasts.end(), rangesByFirst[i].first) - lasts.begin();
        out[i] = std::int64_t(i) - endingBelow;
    }
    return out;
}

}  // namespace rw::boxsweep
