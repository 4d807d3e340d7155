// SPDX-License-Identifier: GPL-3.0-or-later
#include "powerflow.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/push_relabel_max_flow.hpp>

#include <cmath>

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

/// The flow network of one operating state; node capacities change with the utilisation tried.
class FlowNetwork {
public:
    FlowNetwork(const PowerNetwork &network, const std::vector<double> &demandKw, const std::vector<double> &lossKw,
        const std::unordered_set<std::size_t> &failed, const std::vector<bool> &activeSources,
        const std::vector<bool> &fromGrid)
        : mNetwork(network), mGraph(2 + 2 * network.size()), mThrough(network.size()), mHasThrough(network.size())
    {
        for (std::size_t i = 0; i < network.size(); ++i) {
            if (failed.count(i))
                continue;
            mHasThrough[i] = true;
            mThrough[i] = addEdge(in(i), out(i), kUnlimited);
            if (activeSources[i])
                addEdge(kSource, in(i), kUnlimited);
            for (std::size_t child : network.children(i)) {
                // A standby source feeds only the children that lost the grid (their transfer switches).
                if (!failed.count(child) && !(network.isStandbySource(i) && fromGrid[child]))
                    addEdge(out(i), in(child), kUnlimited);
            }
            if (demandKw[i] > 0)
                mDemand += capacity(addEdge(out(i), kSink, toWatts(demandKw[i])));
            if (lossKw[i] > 0)
                mDemand += capacity(addEdge(in(i), kSink, toWatts(lossKw[i])));
        }
    }

    /// Whether all demand can be routed with every rated node at most `utilisation` x its rating.
    bool feasible(double utilisation)
    {
        for (std::size_t i = 0; i < mNetwork.size(); ++i) {
            if (!mHasThrough[i])
                continue;
            const double rating = mNetwork.ratingKw(i);
            boost::get(boost::edge_capacity, mGraph)[mThrough[i]]
                = rating > 0 ? Watts(std::floor(rating * 1000.0 * utilisation)) : kUnlimited;
        }
        return boost::push_relabel_max_flow(mGraph, kSource, kSink) >= mDemand;
    }

    double throughKw(std::size_t i) const
    {
        if (!mHasThrough[i])
            return 0.0;
        const Watts flow = capacity(mThrough[i]) - boost::get(boost::edge_residual_capacity, mGraph)[mThrough[i]];
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

}  // namespace

FlowResult routePower(const PowerNetwork &network, const std::vector<double> &demandKw,
    const std::unordered_set<std::size_t> &failed, const std::vector<bool> &activeSources)
{
    FlowResult result;
    std::vector<double> loss(network.size(), 0.0);
    const std::vector<bool> fromGrid = network.gridEnergized(failed);
    constexpr int kLossPasses = 3;  // losses are a few per cent: two refinements settle them to watts
    for (int pass = 0; pass < kLossPasses; ++pass) {
        FlowNetwork flow(network, demandKw, loss, failed, activeSources, fromGrid);
        result.routable = true;
        result.worstUtilisation = solveUtilisation(flow, &result.routable);
        result.outputKw.assign(network.size(), 0.0);
        result.inputKw.assign(network.size(), 0.0);
        // Ratings are output ratings: the through edge carries the output, losses leave before it.
        for (std::size_t i = 0; i < network.size(); ++i)
            result.outputKw[i] = flow.throughKw(i);
        if (!result.routable)
            break;
        for (std::size_t i = 0; i < network.size(); ++i) {
            const double rating = network.ratingKw(i);
            const double efficiency = network.efficiency(i, rating > 0 ? result.outputKw[i] / rating : 1.0);
            loss[i] = efficiency > 0 && efficiency < 1 ? result.outputKw[i] * (1.0 / efficiency - 1.0) : 0.0;
            result.inputKw[i] = result.outputKw[i] + loss[i];
        }
    }
    if (result.worstUtilisation > 0) {
        // Report the utilisation of the routing found, not the bisection bound.
        double worst = 0.0;
        for (std::size_t i = 0; i < network.size(); ++i) {
            const double rating = network.ratingKw(i);
            if (rating > 0)
                worst = std::max(worst, result.outputKw[i] / rating);
        }
        result.worstUtilisation = result.routable ? worst : result.worstUtilisation;
    }
    return result;
}

}  // namespace rw
