// SPDX-License-Identifier: GPL-3.0-or-later
#include "downstream.h"

#include "powernetwork.h"

#include <algorithm>
#include <set>

namespace rw {

Downstream Downstream::of(const Plan &plan, Id nodeId)
{
    Downstream out;
    const PowerNetwork network(plan);
    const long start = network.indexOf(nodeId);
    if (start < 0)
        return out;
    std::vector<bool> below(network.size(), false);
    std::vector<std::size_t> stack { std::size_t(start) };
    below[std::size_t(start)] = true;
    while (!stack.empty()) {
        const std::size_t at = stack.back();
        stack.pop_back();
        for (std::size_t child : network.children(at)) {
            if (!below[child]) {
                below[child] = true;
                stack.push_back(child);
            }
        }
    }
    std::set<Id> nodes;
    for (std::size_t i = 0; i < network.size(); ++i) {
        if (below[i])
            nodes.insert(network.idAt(i));
    }
    out.nodes.assign(nodes.begin(), nodes.end());
    for (const auto &[id, rack] : plan.all<Rack>()) {
        const bool onA = nodes.count(rack.feedA) > 0;
        const bool onB = nodes.count(rack.feedB) > 0;
        if (onA)
            out.racksOnA.push_back(id);
        if (onB)
            out.racksOnB.push_back(id);
        if (onA || onB)
            out.racks.push_back(id);
    }
    for (const auto &[id, unit] : plan.all<CoolingUnit>()) {
        if (nodes.count(unit.feedId))
            out.coolingUnits.push_back(id);
    }
    return out;
}

FailureEffect FailureEffect::of(const Plan &plan, Id failedNodeId)
{
    FailureEffect out;
    const PowerNetwork network(plan);
    const long failed = network.indexOf(failedNodeId);
    if (failed < 0)
        return out;
    const std::vector<bool> normal = network.energized({});
    const std::vector<bool> after = network.energized({ std::size_t(failed) });
    // A feed that is not a power node, or was dead before, is not this failure's doing.
    auto lost = [&](Id feed) {
        const long index = network.indexOf(feed);
        return index >= 0 && normal[std::size_t(index)] && !after[std::size_t(index)];
    };
    auto live = [&](Id feed) {
        const long index = network.indexOf(feed);
        return index >= 0 && after[std::size_t(index)];
    };
    for (std::size_t i = 0; i < network.size(); ++i) {
        if (normal[i] && !after[i])
            out.deadNodes.push_back(network.idAt(i));
    }
    std::sort(out.deadNodes.begin(), out.deadNodes.end());
    for (const auto &[id, rack] : plan.all<Rack>()) {
        if (!lost(rack.feedA) && !lost(rack.feedB))
            continue;
        if (live(rack.feedA) || live(rack.feedB))
            out.racksOnOneFeed.push_back(id);
        else
            out.racksWithoutPower.push_back(id);
    }
    for (const auto &[id, unit] : plan.all<CoolingUnit>()) {
        if (lost(unit.feedId))
            out.coolingUnitsStopped.push_back(id);
    }
    return out;
}

std::vector<Id> coolingUnitsStoppedBy(const Plan &plan, Id failedNodeId)
{
    return FailureEffect::of(plan, failedNodeId).coolingUnitsStopped;
}

}  // namespace rw
