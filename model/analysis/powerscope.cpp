// SPDX-License-Identifier: GPL-3.0-or-later
#include "powerscope.h"

#include <map>
#include <vector>

namespace rw {
namespace {

/// The chain as adjacency lists, with the halls each node serves.
class ScopedChain {
public:
    explicit ScopedChain(const Plan &plan)
    {
        for (const auto &[id, node] : plan.all<PowerNode>()) {
            mParents[id];
            mChildren[id];
            if (node.hallId != kNoId)
                mServes[id].insert(node.hallId);
        }
        for (const auto &[id, link] : plan.all<PowerLink>()) {
            if (!mParents.count(link.fromId) || !mParents.count(link.toId) || link.fromId == link.toId)
                continue;
            mChildren[link.fromId].push_back(link.toId);
            mParents[link.toId].push_back(link.fromId);
        }
        auto serve = [&](Id nodeId, Id hallId) {
            if (hallId != kNoId && mParents.count(nodeId))
                mServes[nodeId].insert(hallId);
        };
        for (const auto &[id, rack] : plan.all<Rack>()) {
            serve(rack.feedA, rack.hallId);
            serve(rack.feedB, rack.hallId);
        }
        for (const auto &[id, unit] : plan.all<CoolingUnit>())
            serve(unit.feedId, unit.hallId);
        // A node serves every hall that a node below it serves: carried upwards until nothing changes (the
        // chain is small and may, in an invalid plan, contain a loop, which this terminates on).
        std::vector<Id> pending;
        for (const auto &[id, halls] : mServes)
            pending.push_back(id);
        while (!pending.empty()) {
            const Id at = pending.back();
            pending.pop_back();
            const std::set<Id> halls = mServes[at];
            for (Id parent : mParents[at]) {
                std::set<Id> &above = mServes[parent];
                const std::size_t before = above.size();
                above.insert(halls.begin(), halls.end());
                if (above.size() != before)
                    pending.push_back(parent);
            }
        }
    }

    const std::map<Id, std::vector<Id>> &parents() const { return mParents; }
    const std::vector<Id> &childrenOf(Id id) const { return mChildren.at(id); }
    const std::set<Id> &hallsServedBy(Id id) const
    {
        static const std::set<Id> none;
        const auto found = mServes.find(id);
        return found == mServes.end() ? none : found->second;
    }
    bool unconnected(Id id) const { return mParents.at(id).empty() && mChildren.at(id).empty(); }

private:
    std::map<Id, std::vector<Id>> mParents;
    std::map<Id, std::vector<Id>> mChildren;
    std::map<Id, std::set<Id>> mServes;
};

}  // namespace

std::set<Id> PowerScope::nodes(const Plan &plan) const
{
    const ScopedChain chain(plan);
    std::set<Id> shown;
    for (const auto &[id, parents] : chain.parents()) {
        const bool loose = chain.unconnected(id) && plan.find<PowerNode>(id)->hallId == kNoId;
        const std::set<Id> &halls = chain.hallsServedBy(id);
        switch (kind) {
        case Kind::Everything:
            shown.insert(id);
            break;
        case Kind::AboveHalls:
            if (loose || halls.size() > 1)
                shown.insert(id);
            else
                for (Id parent : parents)
                    if (chain.hallsServedBy(parent).size() > 1)
                        shown.insert(id);
            break;
        case Kind::Hall:
            if (loose || halls.count(hallId))
                shown.insert(id);
            break;
        }
    }
    if (kind == Kind::Hall) {
        // What serves the hall includes everything above it, up to the grid. Below a node of the hall hangs what
        // was added under it and serves nothing yet.
        for (std::vector<Id> below(shown.begin(), shown.end()); !below.empty();) {
            const Id at = below.back();
            below.pop_back();
            for (Id child : chain.childrenOf(at))
                if (chain.hallsServedBy(child).empty() && shown.insert(child).second)
                    below.push_back(child);
        }
    }
    return shown;
}

}  // namespace rw
