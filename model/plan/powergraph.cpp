// SPDX-License-Identifier: GPL-3.0-or-later
#include "powergraph.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/depth_first_search.hpp>

#include <unordered_map>
#include <unordered_set>

namespace rw {
namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;

/// Remembers the target of the first back edge: a vertex on a cycle.
struct LoopFinder : boost::default_dfs_visitor {
    std::optional<std::size_t> *found;
    explicit LoopFinder(std::optional<std::size_t> *out) : found(out) {}
    void back_edge(Graph::edge_descriptor edge, const Graph &graph) const
    {
        if (!*found)
            *found = boost::target(edge, graph);
    }
};

}  // namespace

std::optional<Id> findPowerLoop(const Plan &plan)
{
    std::vector<Id> ids;
    std::unordered_map<Id, std::size_t> index;
    for (const auto &[id, node] : plan.all<PowerNode>()) {
        index.emplace(id, ids.size());
        ids.push_back(id);
    }
    Graph graph(ids.size());
    for (const auto &[id, link] : plan.all<PowerLink>()) {
        const auto from = index.find(link.fromId);
        const auto to = index.find(link.toId);
        if (from != index.end() && to != index.end())
            boost::add_edge(from->second, to->second, graph);
    }
    std::optional<std::size_t> onLoop;
    boost::depth_first_search(graph, boost::visitor(LoopFinder(&onLoop)));
    if (!onLoop)
        return std::nullopt;
    return ids[*onLoop];
}

bool powerFlowsDown(const Plan &plan, Id fromId, Id toId, Id ignoredLink)
{
    std::unordered_map<Id, std::vector<Id>> children;
    for (const auto &[id, link] : plan.all<PowerLink>()) {
        if (id != ignoredLink)
            children[link.fromId].push_back(link.toId);
    }
    std::unordered_set<Id> seen{fromId};
    std::vector<Id> stack{fromId};
    while (!stack.empty()) {
        const Id at = stack.back();
        stack.pop_back();
        if (at == toId)
            return true;
        const auto it = children.find(at);
        if (it == children.end())
            continue;
        for (Id child : it->second) {
            if (seen.insert(child).second)
                stack.push_back(child);
        }
    }
    return false;
}

}  // namespace rw
