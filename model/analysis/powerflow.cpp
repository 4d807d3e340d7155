// SPDX-License-Identifier: GPL-3.0-or-later
#include "powerflow.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/push_relabel_max_flow.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <span>

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

/// The whole graph of a part, kept across the loss passes of one solve: a pass whose edges run between the same
/// vertices in the same order as the last pass's reuses it with new capacities, which is the graph a fresh
/// build gives (push-relabel starts every run from the capacities).
struct WholeGraph {
    std::optional<Graph> graph;
    std::vector<std::pair<std::size_t, std::size_t>> shape;  ///< from and to of each edge, in order
    std::vector<Edge> edges;  ///< of each listed edge
};

/// The flow network of one part of the chain (PowerNetwork::partNodes) in one operating state; node
/// capacities change with the utilisation tried. `lossKw` is per node of the part, in part order.
class FlowNetwork {
public:
    FlowNetwork(const PowerNetwork &network, const std::vector<std::size_t> &nodes, const std::vector<double> &demandKw,
        const std::vector<double> &lossKw, const std::unordered_set<std::size_t> &failed,
        const std::vector<bool> &activeSources, const std::vector<bool> &fromGrid, WholeGraph &whole)
        : mNodes(nodes), mWhole(whole), mThrough(nodes.size()), mHasThrough(nodes.size()), mFolded(nodes.size()),
          mChildBegin(nodes.size() + 1, 0)
    {
        // Children lie in their parent's part, and the part's nodes are in ascending order: a child's local
        // index is its position there.
        const auto local = [&](std::size_t node) {
            return std::size_t(std::lower_bound(mNodes.begin(), mNodes.end(), node) - mNodes.begin());
        };
        mEdges.reserve(4 * mNodes.size());
        mChildList.reserve(mNodes.size());
        for (std::size_t k = 0; k < mNodes.size(); ++k) {
            const std::size_t i = mNodes[k];
            mChildBegin[k + 1] = mChildBegin[k];
            if (failed.count(i))
                continue;
            mHasThrough[k] = true;
            listEdge(in(k), out(k), kUnlimited, true);
            FoldedNode &folded = mFolded[k];
            folded.ratingKw = network.ratingKw(i);
            if (activeSources[i]) {
                listEdge(kSource, in(k), kUnlimited);
                folded.fed = true;
            }
            for (std::size_t child : network.children(i)) {
                // A standby source feeds only the children that lost the grid (their transfer switches).
                if (!failed.count(child) && !(network.isStandbySource(i) && fromGrid[child])) {
                    listEdge(out(k), in(local(child)), kUnlimited);
                    mChildList.push_back(local(child));
                    ++mChildBegin[k + 1];
                }
            }
            if (demandKw[i] > 0)
                mDemand += folded.demandW = listEdge(out(k), kSink, toWatts(demandKw[i]));
            if (lossKw[k] > 0)
                mDemand += folded.lossW = listEdge(in(k), kSink, toWatts(lossKw[k]));
        }
        fold();
    }

    /// Whether all demand can be routed with every rated node at most `utilisation` x its rating.
    bool feasible(double utilisation)
    {
        buildGraph();
        for (std::size_t k = 0; k < mNodes.size(); ++k) {
            if (!mHasThrough[k])
                continue;
            boost::get(boost::edge_capacity, *mWhole.graph)[mThrough[k]] = throughCapacity(k, utilisation);
        }
        return boost::push_relabel_max_flow(*mWhole.graph, kSource, kSink) >= mDemand;
    }

    /// feasible() answered from the folded problem (see fold()): the same answer, from a max-flow run over the
    /// nodes with several feeds and those above them only. Leaves the whole graph's flow untouched.
    bool feasibleFolded(double utilisation)
    {
        if (mNeverFeasible)
            return false;
        for (const std::size_t k : mForcedOrder) {
            if (mFolded[k].throughW > throughCapacity(k, utilisation))
                return false;
        }
        if (mFoldedDemand == 0)
            return true;
        auto capacities = boost::get(boost::edge_capacity, *mFoldedGraph);
        for (const auto &[k, edge] : mFoldedThrough)
            capacities[edge] = throughCapacity(k, utilisation);
        return boost::push_relabel_max_flow(*mFoldedGraph, kSource, kSink) >= mFoldedDemand;
    }

    /// Leaves a flow at `utilisation` for throughKw(). Where the demand can be met, that is the folded problem's:
    /// the forced flows of the folded trees and, over the nodes with several feeds, the routing of one max-flow
    /// run over the folded graph (a valid routing at this utilisation; parallel transformers may share the load
    /// differently than a run over the whole graph would, the utilisation and every forced flow are the same).
    /// Where it cannot be met, the whole graph is solved for the partial routing it leaves.
    void settle(double utilisation)
    {
        mFoldedFlow = feasibleFolded(utilisation);
        if (!mFoldedFlow)
            feasible(utilisation);
    }

    /// Output of the part's k-th node.
    double throughKw(std::size_t k) const
    {
        if (!mHasThrough[k])
            return 0.0;
        if (mFoldedFlow) {
            if (mFoldedEdgeOf[k] != kNotInFoldedGraph) {
                if (mFoldedDemand == 0)
                    return 0.0;  // feasibleFolded() ran no max-flow: nothing flows
                const Edge e = mFoldedThrough[mFoldedEdgeOf[k]].second;
                const Watts flow
                    = capacity(*mFoldedGraph, e) - boost::get(boost::edge_residual_capacity, *mFoldedGraph)[e];
                return double(flow) / 1000.0;
            }
            return double(mFolded[k].throughW) / 1000.0;  // folded (forced), or reached by no source (0)
        }
        const Watts flow
            = capacity(mThrough[k]) - boost::get(boost::edge_residual_capacity, *mWhole.graph)[mThrough[k]];
        return double(flow) / 1000.0;
    }

private:
    static constexpr std::size_t kSource = 0;
    static constexpr std::size_t kSink = 1;
    static std::size_t in(std::size_t i) { return 2 + 2 * i; }
    static std::size_t out(std::size_t i) { return 3 + 2 * i; }

    Watts capacity(Edge e) const { return boost::get(boost::edge_capacity, *mWhole.graph)[e]; }

    /// The whole graph, built on first use from the edges the constructor listed, in their order: the graph
    /// (and so push-relabel's run on it) is the same as if they had been added at once.
    void buildGraph()
    {
        if (mBuilt)
            return;
        mBuilt = true;
        bool same = mWhole.graph && mWhole.shape.size() == mEdges.size();
        for (std::size_t e = 0; same && e < mEdges.size(); ++e)
            same = mWhole.shape[e] == std::make_pair(mEdges[e].from, mEdges[e].to);
        if (same) {
            auto capacities = boost::get(boost::edge_capacity, *mWhole.graph);
            for (std::size_t e = 0; e < mEdges.size(); ++e)
                capacities[mWhole.edges[e]] = mEdges[e].capacityW;
        } else {
            mWhole.graph.emplace(2 + 2 * mNodes.size());
            mWhole.shape.clear();
            mWhole.edges.clear();
            for (const ListedEdge &edge : mEdges) {
                mWhole.shape.emplace_back(edge.from, edge.to);
                mWhole.edges.push_back(addEdge(*mWhole.graph, edge.from, edge.to, edge.capacityW));
            }
        }
        for (std::size_t e = 0; e < mEdges.size(); ++e) {
            if (mEdges[e].through)
                mThrough[mEdges[e].from / 2 - 1] = mWhole.edges[e];
        }
    }

    /// The through edge's capacity at a utilisation, as feasible() sets it.
    Watts throughCapacity(std::size_t k, double utilisation) const
    {
        const double rating = mFolded[k].ratingKw;
        return rating > 0 ? Watts(std::floor(rating * 1000.0 * utilisation)) : kUnlimited;
    }

    /// Folds every tree that hangs from a single feed: a node fed by exactly one link (not a live source)
    /// whose children are all such nodes carries, in any flow that meets all demand, exactly its demand, its
    /// losses and what its children draw. Feasibility is then: each folded node's forced flow within its
    /// capacity, and the rest of the graph (the nodes with several feeds, sources and what lies above them),
    /// with each folded tree as a demand on its feeding node, able to meet all demand. Both are exact integer
    /// tests, so feasibleFolded() agrees with feasible() at every utilisation. Nodes that no live source
    /// reaches carry nothing in any flow (push-relabel never sends flow there either), so their links count
    /// as no feed; any demand or loss on them makes every utilisation infeasible.
    void fold()
    {
        const std::size_t n = mNodes.size();
        std::vector<bool> reached(n, false);
        std::vector<std::size_t> stack;
        for (std::size_t k = 0; k < n; ++k) {
            if (mHasThrough[k] && mFolded[k].fed) {
                reached[k] = true;
                stack.push_back(k);
            }
        }
        while (!stack.empty()) {
            const std::size_t k = stack.back();
            stack.pop_back();
            for (const std::size_t child : children(k)) {
                if (!reached[child]) {
                    reached[child] = true;
                    stack.push_back(child);
                }
            }
        }
        std::vector<std::size_t> feeds(n, 0);
        std::vector<std::size_t> parent(n, 0);
        std::vector<std::size_t> pending(n, 0);
        for (std::size_t k = 0; k < n; ++k) {
            if (!mHasThrough[k])
                continue;
            if (!reached[k]) {
                mNeverFeasible = mNeverFeasible || mFolded[k].demandW > 0 || mFolded[k].lossW > 0;
                continue;
            }
            feeds[k] += mFolded[k].fed ? 1 : 0;
            pending[k] = mChildBegin[k + 1] - mChildBegin[k];
            for (const std::size_t child : children(k)) {
                ++feeds[child];
                parent[child] = k;
            }
        }
        const auto foldable = [&](std::size_t k) { return reached[k] && !mFolded[k].fed && feeds[k] == 1; };
        std::vector<std::size_t> ready;
        for (std::size_t k = 0; k < n; ++k) {
            if (foldable(k) && pending[k] == 0)
                ready.push_back(k);
        }
        // Leaves first, each node after all its children: a cycle is never folded.
        std::vector<bool> forced(n, false);
        while (!ready.empty()) {
            const std::size_t k = ready.back();
            ready.pop_back();
            FoldedNode &node = mFolded[k];
            node.throughW = node.demandW;
            for (const std::size_t child : children(k))
                node.throughW += mFolded[child].throughW + mFolded[child].lossW;
            forced[k] = true;
            mForcedOrder.push_back(k);
            if (--pending[parent[k]] == 0 && foldable(parent[k]))
                ready.push_back(parent[k]);
        }
        // The rest as its own graph: the reached nodes that are not folded.
        mFoldedEdgeOf.assign(n, kNotInFoldedGraph);
        std::vector<std::size_t> vertex(n, 0);
        std::size_t vertices = 2;
        for (std::size_t k = 0; k < n; ++k) {
            if (reached[k] && !forced[k]) {
                vertex[k] = vertices;
                vertices += 2;
            }
        }
        mFoldedGraph.emplace(vertices);
        for (std::size_t k = 0; k < n; ++k) {
            if (!reached[k] || forced[k])
                continue;
            FoldedNode &node = mFolded[k];
            const std::size_t in = vertex[k];
            const std::size_t out = in + 1;
            mFoldedEdgeOf[k] = mFoldedThrough.size();
            mFoldedThrough.emplace_back(k, addEdge(*mFoldedGraph, in, out, kUnlimited));
            if (node.fed)
                addEdge(*mFoldedGraph, kSource, in, kUnlimited);
            Watts drawn = node.demandW;
            for (const std::size_t child : children(k)) {
                if (forced[child])
                    drawn += mFolded[child].throughW + mFolded[child].lossW;
                else
                    addEdge(*mFoldedGraph, out, vertex[child], kUnlimited);
            }
            if (drawn > 0)
                mFoldedDemand += capacity(*mFoldedGraph, addEdge(*mFoldedGraph, out, kSink, drawn));
            if (node.lossW > 0)
                mFoldedDemand += capacity(*mFoldedGraph, addEdge(*mFoldedGraph, in, kSink, node.lossW));
        }
    }

    static Watts capacity(const Graph &graph, Edge e) { return boost::get(boost::edge_capacity, graph)[e]; }

    Watts listEdge(std::size_t from, std::size_t to, Watts cap, bool through = false)
    {
        mEdges.push_back({ from, to, cap, through });
        return cap;
    }

    static Edge addEdge(Graph &graph, std::size_t from, std::size_t to, Watts cap)
    {
        const Edge forward = boost::add_edge(from, to, graph).first;
        const Edge backward = boost::add_edge(to, from, graph).first;
        auto capacities = boost::get(boost::edge_capacity, graph);
        auto reverse = boost::get(boost::edge_reverse, graph);
        capacities[forward] = cap;
        capacities[backward] = 0;
        reverse[forward] = backward;
        reverse[backward] = forward;
        return forward;
    }

    const std::vector<std::size_t> &mNodes;
    WholeGraph &mWhole;  ///< built on first use (buildGraph)
    struct ListedEdge {
        std::size_t from = 0;
        std::size_t to = 0;
        Watts capacityW = 0;
        bool through = false;
    };
    std::vector<ListedEdge> mEdges;  ///< the whole graph's edges in the order they are added
    bool mBuilt = false;
    std::vector<Edge> mThrough;
    std::vector<bool> mHasThrough;
    Watts mDemand = 0;

    /// Per node of the part: what fold() needs of the whole graph.
    struct FoldedNode {
        double ratingKw = 0.0;
        bool fed = false;  ///< a live source: fed from the source vertex
        Watts demandW = 0;
        Watts lossW = 0;
        Watts throughW = 0;  ///< folded nodes only: the forced flow
    };
    std::vector<FoldedNode> mFolded;
    std::vector<std::size_t> mChildBegin;  ///< per node, where its live children start in mChildList
    std::vector<std::size_t> mChildList;  ///< live links as local indices, in the whole graph's order

    std::span<const std::size_t> children(std::size_t k) const
    {
        return { mChildList.data() + mChildBegin[k], mChildBegin[k + 1] - mChildBegin[k] };
    }
    std::vector<std::size_t> mForcedOrder;  ///< folded nodes, each after its children
    std::optional<Graph> mFoldedGraph;
    std::vector<std::pair<std::size_t, Edge>> mFoldedThrough;  ///< unfolded nodes' through edges
    static constexpr std::size_t kNotInFoldedGraph = std::size_t(-1);
    std::vector<std::size_t> mFoldedEdgeOf;  ///< per node, its index in mFoldedThrough, or kNotInFoldedGraph
    Watts mFoldedDemand = 0;
    bool mNeverFeasible = false;  ///< demand or losses on a node that no live source reaches
    bool mFoldedFlow = false;  ///< throughKw reads the folded problem's flow (settle())
};

/// Smallest utilisation (to 0.1 %) at which the flow is feasible; leaves the network holding the flow of the
/// last utilisation tried. The bisection asks the folded problem (FlowNetwork::feasibleFolded, the same answers
/// as the whole graph) and keeps its flow (FlowNetwork::settle); the whole graph only where the demand cannot be met.
/// `folded` false: every step on the whole graph, as before the folding (routePowerWholeGraph).
double solveUtilisation(FlowNetwork &flow, bool folded, bool *routable)
{
    const auto feasible
        = [&](double utilisation) { return folded ? flow.feasibleFolded(utilisation) : flow.feasible(utilisation); };
    const auto settle = [&](double utilisation) {
        if (folded)
            flow.settle(utilisation);
        else
            flow.feasible(utilisation);
    };
    // No rated node has to carry load (nothing loaded, or only unrated paths): the bisection below would
    // halve towards 0 until the double underflows, some 1,075 max-flow runs.
    if (feasible(0.0)) {
        settle(0.0);
        return 0.0;
    }
    double high = 1.0;
    while (!feasible(high)) {
        if (high * 4.0 > kMaxUtilisation) {
            settle(high);  // the routing of the last utilisation tried, as far as it goes
            *routable = false;
            return high * 4.0;
        }
        high *= 4.0;
    }
    double low = 0.0;
    while (high - low > 0.001 * high) {
        const double mid = (low + high) / 2.0;
        (feasible(mid) ? high : low) = mid;
    }
    settle(high);
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
    const std::vector<bool> &activeSources, const std::vector<bool> &fromGrid, bool folded = true)
{
    PartFlowMemo::Solution solution;
    solution.outputKw.assign(nodes.size(), 0.0);
    solution.inputKw.assign(nodes.size(), 0.0);
    std::vector<double> loss(nodes.size(), 0.0);
    double bound = 0.0;
    WholeGraph whole;
    constexpr int kLossPasses = 3;  // losses are a few per cent: two refinements settle them to watts
    for (int pass = 0; pass < kLossPasses; ++pass) {
        FlowNetwork flow(network, nodes, demandKw, loss, failed, activeSources, fromGrid, whole);
        solution.routable = true;
        bound = solveUtilisation(flow, folded, &solution.routable);
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

namespace {

/// No flow yet: every node at zero, every part routable.
FlowResult emptyFlowResult(const PowerNetwork &network)
{
    FlowResult result;
    result.outputKw.assign(network.size(), 0.0);
    result.inputKw.assign(network.size(), 0.0);
    result.partRoutable.assign(network.partCount(), true);
    result.partUtilisation.assign(network.partCount(), 0.0);
    return result;
}

}  // namespace

FlowResult routePower(const PowerNetwork &network, const std::vector<double> &demandKw,
    const std::unordered_set<std::size_t> &failed, const std::vector<bool> &activeSources, PartFlowMemo *memo)
{
    FlowResult result = emptyFlowResult(network);
    const std::vector<bool> fromGrid = network.gridEnergized(failed);
    for (std::size_t part = 0; part < network.partCount(); ++part)
        routePart(network, part, demandKw, failed, activeSources, fromGrid, result, memo);
    summarise(result);
    return result;
}

FlowResult routePowerWholeGraph(const PowerNetwork &network, const std::vector<double> &demandKw,
    const std::unordered_set<std::size_t> &failed, const std::vector<bool> &activeSources)
{
    FlowResult result = emptyFlowResult(network);
    const std::vector<bool> fromGrid = network.gridEnergized(failed);
    for (std::size_t part = 0; part < network.partCount(); ++part) {
        const std::vector<std::size_t> &nodes = network.partNodes(part);
        const PartFlowMemo::Solution solution
            = solvePart(network, nodes, demandKw, failed, activeSources, fromGrid, false);
        for (std::size_t k = 0; k < nodes.size(); ++k) {
            result.outputKw[nodes[k]] = solution.outputKw[k];
            result.inputKw[nodes[k]] = solution.inputKw[k];
        }
        result.partRoutable[part] = solution.routable;
        result.partUtilisation[part] = solution.utilisation;
    }
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
