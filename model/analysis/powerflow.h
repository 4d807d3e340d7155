// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "powernetwork.h"

#include <unordered_set>
#include <vector>

namespace rw {

/// Loads on every node of the chain for one operating state.
struct FlowResult {
    /// Whether the demand can be routed to live sources at all (false only when a demand sits on a node
    /// that no live source reaches).
    bool routable = true;
    /// The smallest u such that all demand can be routed with every node at most u x its rating: the
    /// load of the most used node under the best routing. Above 1 some node is overloaded whatever
    /// way the load is shared; 0 when nothing is rated or nothing is loaded.
    double worstUtilisation = 0.0;
    std::vector<double> outputKw;  ///< per node: power delivered at its output
    std::vector<double> inputKw;  ///< per node: output plus conversion losses
    std::vector<bool> partRoutable;  ///< per part of the chain (PowerNetwork::partOf)
    std::vector<double> partUtilisation;  ///< per part: its worst utilisation, as worstUtilisation
};

/// Routes the demand through the chain as a maximum flow with node capacities (Boost.Graph push-relabel):
/// each node becomes an in- and an out-vertex joined by an edge of capacity u x rating, the demand at a
/// node's output and the node's conversion losses flow to the sink, live sources are fed from the source.
/// A standby source (generator) feeds only those of its children that the grid does not reach.
/// u is found by bisection; losses come from the efficiency curves at the loads found, refined twice.
/// Flows are whole watts, so the feasibility test is exact. Each independent part of the chain
/// (PowerNetwork::partOf) is routed on its own, with its own utilisation: a loaded hall does not change the
/// routing in another that shares nothing with it.
FlowResult routePower(const PowerNetwork &network, const std::vector<double> &demandKw,
    const std::unordered_set<std::size_t> &failed, const std::vector<bool> &activeSources);

/// Routes only the given parts again, with a new demand and new failures that lie in those parts, and
/// updates `result` (a routePower result of the same network): the same figures routePower gives for the
/// new state when nothing outside those parts changed.
void rerouteParts(const PowerNetwork &network, const std::vector<std::size_t> &parts,
    const std::vector<double> &demandKw, const std::unordered_set<std::size_t> &failed,
    const std::vector<bool> &activeSources, FlowResult &result);

}  // namespace rw
