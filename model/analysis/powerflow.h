// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "powernetwork.h"

#include <cstddef>
#include <mutex>
#include <string>
#include <unordered_map>
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

/// Flow solutions of parts, shared by the operating states of one analysis. A part's routing reads only the
/// part: its nodes' links (as positions within the part), ratings, efficiency curves, demand, failed and live
/// sources, standby sources and grid energisation, and the max-flow graph is built from those positions alone.
/// So a part whose inputs equal, bit for bit, those of a part solved before has the same solution bit for bit,
/// and routePart copies it instead of solving again: on a campus of identical halls each hall's contingencies
/// are solved once, whatever hall they fall in. The inputs are compared in full, not by a hash alone.
/// Thread-safe. It stops taking new solutions at `maxBytes` (pairs of failures on a large site).
class PartFlowMemo {
public:
    explicit PartFlowMemo(std::size_t maxBytes = std::size_t(64) << 20) : mMaxBytes(maxBytes) { }

    struct Solution {
        std::vector<double> outputKw;  ///< per node of the part, in part order
        std::vector<double> inputKw;
        bool routable = true;
        double utilisation = 0.0;
    };
    /// The solution stored for these inputs, copied into `out`; false when there is none.
    bool find(const std::string &inputs, Solution *out) const;
    void store(std::string inputs, Solution solution);
    std::size_t hits() const;
    std::size_t solutions() const;

private:
    mutable std::mutex mMutex;
    std::unordered_map<std::string, Solution> mSolutions;
    std::size_t mMaxBytes;
    std::size_t mBytes = 0;
    mutable std::size_t mHits = 0;
};

/// Routes the demand through the chain as a maximum flow with node capacities (Boost.Graph push-relabel):
/// each node becomes an in- and an out-vertex joined by an edge of capacity u x rating, the demand at a
/// node's output and the node's conversion losses flow to the sink, live sources are fed from the source.
/// A standby source (generator) feeds only those of its children that the grid does not reach.
/// u is found by bisection; losses come from the efficiency curves at the loads found, refined twice.
/// The bisection runs on the folded problem: trees that hang from one feed carry a forced flow, checked
/// against their ratings directly, and only the rest (nodes with several feeds and what lies above them)
/// is a max-flow run; the same answers as the whole graph at every step. The flow kept is the folded
/// problem's at the utilisation found: the forced flows, and over the nodes with several feeds the routing of
/// one max-flow run on the folded graph. Where the flow is not unique (parallel transformers) that routing may
/// share the load differently from a run over the whole graph (routePowerWholeGraph), equally valid at the same
/// utilisation; every flow on a single path is the same bit for bit. Where the demand cannot be met, the whole
/// graph gives the partial routing, as before.
/// Flows are whole watts, so the feasibility test is exact. Each independent part of the chain
/// (PowerNetwork::partOf) is routed on its own, with its own utilisation: a loaded hall does not change the
/// routing in another that shares nothing with it.
/// With a `memo`, parts solved before with the same inputs are copied from it (see PartFlowMemo).
FlowResult routePower(const PowerNetwork &network, const std::vector<double> &demandKw,
    const std::unordered_set<std::size_t> &failed, const std::vector<bool> &activeSources,
    PartFlowMemo *memo = nullptr);

/// routePower without folding and without a memo: every bisection step is a max-flow run over the whole
/// part, as before issue 20's folding. The reference that tests hold routePower against (tst_connectedcampus).
FlowResult routePowerWholeGraph(const PowerNetwork &network, const std::vector<double> &demandKw,
    const std::unordered_set<std::size_t> &failed, const std::vector<bool> &activeSources);

/// Routes only the given parts again, with a new demand and new failures that lie in those parts, and
/// updates `result` (a routePower result of the same network): the same figures routePower gives for the
/// new state when nothing outside those parts changed.
void rerouteParts(const PowerNetwork &network, const std::vector<std::size_t> &parts,
    const std::vector<double> &demandKw, const std::unordered_set<std::size_t> &failed,
    const std::vector<bool> &activeSources, FlowResult &result, PartFlowMemo *memo = nullptr);

}  // namespace rw
