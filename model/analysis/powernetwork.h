// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace rw {

/// The power chain of a plan as an index-based graph, the form the flow analysis works on.
/// Power flows along links from sources (nodes without incoming links) towards racks and cooling units.
/// Generators are standby sources: they carry load only where the other sources cannot reach
/// (an automatic transfer switch), so normal operation never routes through them.
class PowerNetwork {
public:
    explicit PowerNetwork(const Plan &plan);

    std::size_t size() const { return mIds.size(); }
    Id idAt(std::size_t index) const { return mIds[index]; }
    /// Index of a node, or -1 for an id that is not a power node.
    long indexOf(Id id) const;
    const PowerNode &node(std::size_t index) const { return *mNodes[index]; }
    const std::vector<std::size_t> &children(std::size_t index) const { return mChildren[index]; }
    const std::vector<std::size_t> &parents(std::size_t index) const { return mParents[index]; }
    bool isSource(std::size_t index) const { return mParents[index].empty(); }
    bool isStandbySource(std::size_t index) const;

    /// Real-power rating in kW: ratingKw, else ratingKva x power factor; 0 means not rated (unlimited).
    double ratingKw(std::size_t index) const;
    /// Efficiency at a load fraction, interpolated between the 25/50/75/100 % points (flat outside).
    double efficiency(std::size_t index, double loadFraction) const;

    /// Nodes that have power when the `failed` nodes are out: reachable from a live source through live
    /// nodes. Standby sources join only where the others leave a node they feed without power.
    std::vector<bool> energized(const std::unordered_set<std::size_t> &failed) const;
    /// Whether a standby source is switched in (see energized()).
    std::vector<bool> activeSources(const std::unordered_set<std::size_t> &failed) const;
    /// Nodes that the sources other than the standby ones reach when the `failed` nodes are out: a standby
    /// source feeds only its children outside this set.
    std::vector<bool> gridEnergized(const std::unordered_set<std::size_t> &failed) const;

    /// Independent parts of the chain: nodes joined by a link, or by the two feeds of one rack. A failure in
    /// one part changes nothing in another (halls that share nothing above them), so the flow routes each
    /// part on its own and a contingency is solved over the part it hits only.
    std::size_t partCount() const { return mParts.size(); }
    std::size_t partOf(std::size_t index) const { return mPartOf[index]; }
    /// The nodes of a part in ascending index order.
    const std::vector<std::size_t> &partNodes(std::size_t part) const { return mParts[part]; }

private:
    void findParts(const Plan &plan);
    std::vector<bool> reach(const std::vector<bool> &sources, const std::unordered_set<std::size_t> &failed) const;

    std::vector<Id> mIds;
    std::vector<const PowerNode *> mNodes;
    std::unordered_map<Id, std::size_t> mIndex;
    std::vector<std::vector<std::size_t>> mChildren;
    std::vector<std::vector<std::size_t>> mParents;
    std::vector<std::size_t> mPartOf;
    std::vector<std::vector<std::size_t>> mParts;
};

}  // namespace rw
