// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace rw::boxsweep {

/// An axis-aligned box (x0, x1) x (y0, y1). Two boxes overlap when their open interiors meet:
/// x0a < x1b && x0b < x1a && y0a < y1b && y0b < y1a. Callers shrink boxes by half a tolerance on each
/// side to let touching ones pass.
struct Box {
    double x0 = 0, x1 = 0, y0 = 0, y1 = 0;
};

bool overlaps(const Box &a, const Box &b);

/// For each query, how many boxes of `set` overlap it (a query that is also in the set counts itself
/// when its interior is not empty). O((n + m) log(n + m)): counts by inclusion and exclusion of the
/// boxes entirely left, right, above or below, never pair by pair.
std::vector<std::int64_t> countOverlapping(const std::vector<Box> &queries, const std::vector<Box> &set);

/// Overlapping pairs (a, b) with a from `queries` and b from `set`, in order of a, then b; stops after
/// `limit` pairs. `counts` are countOverlapping(queries, set): only queries with overlaps are scanned,
/// so listing costs O(limit * m) at most. `skip(a, b)` leaves out pairs (a box with itself, a pair
/// already listed the other way round).
std::vector<std::pair<std::size_t, std::size_t>> listOverlapping(const std::vector<Box> &queries,
    const std::vector<Box> &set, const std::vector<std::int64_t> &counts, std::size_t limit,
    const std::function<bool(std::size_t, std::size_t)> &skip);

/// Looking ahead along one axis: a block spans [lateral0, lateral1] across it and faces the looker
/// with its near side at `near` (coordinates along the look direction, growing ahead).
struct Block {
    double lateral0 = 0, lateral1 = 0;
    double near = 0;
};

/// A look from an edge: blocks whose lateral span meets (lateral0, lateral1) and whose near side is at
/// `from` or beyond.
struct Look {
    double lateral0 = 0, lateral1 = 0;
    double from = 0;
};

/// For each look, the index of the block with the smallest near side among those it sees (the lowest
/// index among equals), or nothing. Offline, O((n + m) log(n + m)).
std::vector<std::optional<std::size_t>> nearestAhead(const std::vector<Block> &blocks, const std::vector<Look> &looks);

/// Closed integer ranges [first, last] (rack units) sorted by `first`: for each, how many of the ranges
/// before it share a unit with it. By sorting, O(n log n).
std::vector<std::int64_t> countEarlierSharing(const std::vector<std::pair<int, int>> &rangesByFirst);

}  // namespace rw::boxsweep
