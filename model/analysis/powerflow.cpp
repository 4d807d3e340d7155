// SPDX-License-Identifier: GPL-3.0-or-later
#include "powerflow.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/push_relabel_max_flow.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace rw {
namespace {

using Watts = long long;
constexpr Watts kUnlimited = Watts(1) << 50;  // far above any hall, far below overflow
constexpr double kMaxUtilisation = 1e6;  // beyond this a demand is treated as unroutable

using Traits = boost::adjacency_list_traits<boost::vecS, boost::vecS, boost::directedS>;
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, boost::no_property,
    boost::property<boost::edge_capacity_t, Watts,
        boost::property<boost::edge_residual_capacity_t, Watts,
            boost::property<boost::edge_reverse_t, Traits::edge_descriptor>>>>;
using Edge = Traits::edge_descriptor;

Watts toWatts(double kw)
{
    return Watts(std::ceil(kw * 1000.0 - 1e-6));
}

/// The flow network of one part of the chain (PowerNetwork::partNodes) in one operating state; node
/// capacities change with the utilisation tried. `lossKw` is per node of the part, in part order.
class FlowNetwork {
public:
    FlowNetwork(const PowerNetwork &network, const std::vector<std::size_t> &nodes, const std::vector<double> &demandKw,
        const std::vector<double> &lossKw, const std::unordered_set<std::size_t> &failed,
        const std::vector<bool> &activeSources, const std::vector<bool> &fromGrid)
        : mNetwork(network), mNodes(nodes), mGraph(2 + 2 * nodes.size()), mThrough(nodes.size()),
          mHasThrough(nodes.size())
    {
        // Children lie in their parent's part, and the part's nodes are in ascending order: a child's local
        // index is its position there.
        const auto local = [&](std::size_t node) {
            return std::size_t(std::lower_bound(mNodes.begin(), mNodes.end(), node) - mNodes.begin());
        };
        for (std::size_t k = 0; k < mNodes.size(); ++k) {
            const std::size_t i = mNodes[k];
            if (failed.count(i))
                continue;
            mHasThrough[k] = true;
            mThrough[k] = addEdge(in(k), out(k), kUnlimited);
            if (activeSources[i])
                addEdge(kSource, in(k), kUnlimited);
            for (std::size_t child : network.children(i)) {
                // A standby source feeds only the children that lost the grid (their transfer switches).
                if (!failed.count(child) && !(network.isStandbySource(i) && fromGrid[child]))
                    addEdge(out(k), in(local(child)), kUnlimited);
            }
            if (demandKw[i] > 0)
                mDemand += capacity(addEdge(out(k), kSink, toWatts(demandKw[i])));
            if (lossKw[k] > 0)
                mDemand += capacity(addEdge(in(k), kSink, toWatts(lossKw[k])));
        }
    }

    /// Whether all demand can be routed with every rated node at most `utilisation` x its rating.
    bool feasible(double utilisation)
    {
        for (std::size_t k = 0; k < mNodes.size(); ++k) {
            if (!mHasThrough[k])
                continue;
            const double rating = mNetwork.ratingKw(mNodes[k]);
            boost::get(boost::edge_capacity, mGraph)[mThrough[k]]
                = rating > 0 ? Watts(std::floor(rating * 1000.0 * utilisation)) : kUnlimited;
        }
        return boost::push_relabel_max_flow(mGraph, kSource, kSink) >= mDemand;
    }

    /// Output of the part's k-th node.
    double throughKw(std::size_t k) const
    {
        if (!mHasThrough[k])
            return 0.0;
        const Watts flow = capacity(mThrough[k]) - boost::get(boost::edge_residual_capacity, mGraph)[mThrough[k]];
        return double(flow) / 1000.0;
    }

private:
    static constexpr std::size_t kSource = 0;
    static constexpr std::size_t kSink = 1;
    static std::size_t in(std::size_t i) { return 2 + 2 * i; }
    static std::size_t out(std::size_t i) { return 3 + 2 * i; }

    Watts capacity(Edge e) const { return boost::get(boost::edge_capacity, mGraph)[e]; }

    Edge addEdge(std::size_t from, std::size_t to, Watts cap)
    {
        const Edge forward = boost::add_edge(from, to, mGraph).first;
        const Edge backward = boost::add_edge(to, from, mGraph).first;
        auto capacities = boost::get(boost::edge_capacity, mGraph);
        auto reverse = boost::get(boost::edge_reverse, mGraph);
        capacities[forward] = cap;
        capacities[backward] = 0;
        reverse[forward] = backward;
        reverse[backward] = forward;
        return forward;
    }

    const PowerNetwork &mNetwork;
    const std::vector<std::size_t> &mNodes;
    Graph mGraph;
    std::vector<Edge> mThrough;
    std::vector<bool> mHasThrough;
    Watts mDemand = 0;
};

/// Smallest utilisation (to 0.1 %) at which the flow is feasible; leaves the network holding that flow.
double solveUtilisation(FlowNetwork &flow, bool *routable)
{
    // No rated node has to carry load (nothing loaded, or only unrated paths): the bisection below would
    // halve towards 0 until the double underflows, some 1,075 max-flow runs.
    if (flow.feasible(0.0))
        return 0.0;
    double high = 1.0;
    while (!flow.feasible(high)) {
        high *= 4.0;
        if (high > kMaxUtilisation) {
            *routable = false;
            return high;
        }
    }
    double low = 0.0;
    while (high - low > 0.001 * high) {
        const double mid = (low + high) / 2.0;
        (flow.feasible(mid) ? high : low) = mid;
    }
    flow.feasible(high);
    return high;
}

/// Everything routePart reads about a part in one state, as bytes: two parts with equal inputs have equal
/// solutions (PartFlowMemo).
std::string partInputs(const PowerNetwork &network, const std::vector<std::size_t> &nodes,
    const std::vector<double> &demandKw, const std::unordered_set<std::size_t> &failed,
    const std::vector<bool> &activeSources, const std::vector<bool> &fromGrid)
{
    std::string bytes;
    bytes.reserve(nodes.size() * 72);
    const auto put = [&bytes](auto value) { bytes.append(reinterpret_cast<const char *>(&value), sizeof value); };
    put(nodes.size());
    for (const std::size_t i : nodes) {
        const PowerNode &node = network.node(i);
        put(network.ratingKw(i));
        put(node.efficiency25);
        put(node.efficiency50);
        put(node.efficiency75);
        put(node.efficiency100);
        put(demandKw[i]);
        put(std::uint8_t((failed.count(i) ? 1 : 0) | (activeSources[i] ? 2 : 0) | (network.isStandbySource(i) ? 4 : 0)
            | (fromGrid[i] ? 8 : 0)));
        put(std::uint32_t(network.children(i).size()));
        for (const std::size_t child : network.children(i))
            put(std::uint32_t(std::lower_bound(nodes.begin(), nodes.end(), child) - nodes.begin()));
    }
    return bytes;
}

PartFlowMemo::Solution solvePart(const PowerNetwork &network, const std::vector<std::size_t> &nodes,
    const std::vector<double> &demandKw, const std::unordered_set<std::size_t> &failed,
    const std::vector<bool> &activeSources, const std::vector<bool> &fromGrid)
{
    PartFlowMemo::Solution solution;
    solution.outputKw.assign(nodes.size(), 0.0);
    solution.inputKw.assign(nodes.size(), 0.0);
    std::vector<double> loss(nodes.size(), 0.0);
    double bound = 0.0;
    constexpr int kLossPasses = 3;  // losses are a few per cent: two refinements settle them to watts
    for (int pass = 0; pass < kLossPasses; ++pass) {
        FlowNetwork flow(network, nodes, demandKw, loss, failed, activeSources, fromGrid);
        solution.routable = true;
        bound = solveUtilisation(flow, &solution.routable);
        // Ratings are output ratings: the through edge carries the output, losses leave before it.
        for (std::size_t k = 0; k < nodes.size(); ++k) {
            solution.outputKw[k] = flow.throughKw(k);
            solution.inputKw[k] = 0.0;
        }
        if (!solution.routable)
            break;
        for (std::size_t k = 0; k < nodes.size(); ++k) {
            const double rating = network.ratingKw(nodes[k]);
            const double output = solution.outputKw[k];
            const double efficiency = network.efficiency(nodes[k], rating > 0 ? output / rating : 1.0);
            loss[k] = efficiency > 0 && efficiency < 1 ? output * (1.0 / efficiency - 1.0) : 0.0;
            solution.inputKw[k] = output + loss[k];
        }
    }
    solution.utilisation = bound;
    if (bound > 0 && solution.routable) {
        // Report the utilisation of the routing found, not the bisection bound.
        solution.utilisation = 0.0;
        for (std::size_t k = 0; k < nodes.size(); ++k) {
            const double rating = network.ratingKw(nodes[k]);
            if (rating > 0)
                solution.utilisation = std::max(solution.utilisation, solution.outputKw[k] / rating);
        }
    }
    return solution;
}

void routePart(const PowerNetwork &network, std::size_t part, const std::vector<double> &demandKw,
    const std::unordered_set<std::size_t> &failed, const std::vector<bool> &activeSources,
    const std::vector<bool> &fromGrid, FlowResult &result, PartFlowMemo *memo)
{
    const std::vector<std::size_t> &nodes = network.partNodes(part);
    PartFlowMemo::Solution solution;
    std::string inputs;
    if (memo)
        inputs = partInputs(network, nodes, demandKw, failed, activeSources, fromGrid);
    if (!memo || !memo->find(inputs, &solution)) {
        solution = solvePart(network, nodes, demandKw, failed, activeSources, fromGrid);
        if (memo)
            memo->store(std::move(inputs), solution);
    }
    for (std::size_t k = 0; k < nodes.size(); ++k) {
        result.outputKw[nodes[k]] = solution.outputKw[k];
        result.inputKw[nodes[k]] = solution.inputKw[k];
    }
    result.partRoutable[part] = solution.routable;
    result.partUtilisation[part] = solution.utilisation;
}

void summarise(FlowResult &result)
{
    result.routable = std::all_of(result.partRoutable.begin(), result.partRoutable.end(), [](bool r) { return r; });
    result.worstUtilisation = 0.0;
    for (double utilisation : result.partUtilisation)
        result.worstUtilisation = std::max(result.worstUtilisation, utilisation);
}

}  // namespace

bool PartFlowMemo::find(const std::string &inputs, Solution *out) const
{
    const std::lock_guard<std::mutex> lock(mMutex);
    const auto it = mSolutions.find(inputs);
    if (it == mSolutions.end())
        return false;
    *out = it->second;
    ++mHits;
    return true;
}

void PartFlowMemo::store(std::string inputs, Solution solution)
{
    const std::size_t bytes = inputs.size() + 2 * sizeof(double) * solution.outputKw.size();
    const std::lock_guard<std::mutex> lock(mMutex);
    if (mBytes + bytes > mMaxBytes)
        return;
    if (mSolutions.emplace(std::move(inputs), std::move(solution)).second)
        mBytes += bytes;
}

std::size_t PartFlowMemo::hits() const
{
    const std::lock_guard<std::mutex> lock(mMutex);
    return mHits;
}

std::size_t PartFlowMemo::solutions() const
{
    const std::lock_guard<std::mutex> lock(mMutex);
    return mSolutions.size();
}

FlowResult routePower(const PowerNetwork &network, const std::vector<double> &demandKw,
    const std::unordered_set<std::size_t> &failed, const std::vector<bool> &activeSources, PartFlowMemo *memo)
{
    FlowResult result;
    result.outputKw.assign(network.size(), 0.0);
    result.inputKw.assign(network.size(), 0.0);
    result.partRoutable.assign(network.partCount(), true);
    result.partUtilisation.assign(network.partCount(), 0.0);
    const std::vector<bool> fromGrid = network.gridEnergized(failed);
    for (std::size_t part = 0; part < network.partCount(); ++part)
        routePart(network, part, demandKw, failed, activeSources, fromGrid, result, memo);
    summarise(result);
    return result;
}

void rerouteParts(const PowerNetwork &network, const std::vector<std::size_t> &parts,
    const std::vector<double> &demandKw, const std::unordered_set<std::size_t> &failed,
    const std::vector<bool> &activeSources, FlowResult &result, PartFlowMemo *memo)
{
    const std::vector<bool> fromGrid = network.gridEnergized(failed);
    for (std::size_t part : parts)
        routePart(network, part, demandKw, failed, activeSources, fromGrid, result, memo);
    summarise(result);
}

}  // namespace rw
