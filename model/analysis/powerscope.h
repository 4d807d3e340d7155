// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <set>

namespace rw {

/// Which part of the power chain a view shows. A campus chain has a thousand nodes; a planner reads it a
/// hall at a time, or the part above the halls.
struct PowerScope {
    enum class Kind {
        Everything,
        AboveHalls,  ///< nodes that serve more than one hall, and the first node below them on each hall's way
        Hall,  ///< one hall's chain and its supply back to the grid
    };
    Kind kind = Kind::Everything;
    Id hallId = kNoId;  ///< for Kind::Hall

    /// The power nodes in this scope (ids). A node serves a hall when it stands in it, or feeds its racks or
    /// cooling units, directly or through the nodes below it. A hall's scope holds the nodes that serve it, the
    /// nodes below those that stand in the hall or serve it, and every node above them up to the grid: a
    /// hall's supply is read top to bottom. Nodes linked to nothing and standing in no hall are in every
    /// scope, so that a new node never disappears from the view it was added in.
    std::set<Id> nodes(const Plan &plan) const;

    bool operator==(const PowerScope &) const = default;
};

}  // namespace rw
