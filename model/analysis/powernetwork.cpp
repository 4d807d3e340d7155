// SPDX-License-Identifier: GPL-3.0-or-later
#include "powernetwork.h"

#include <algorithm>
#include <array>
#include <numeric>

namespace rw {

PowerNetwork::PowerNetwork(const Plan &plan)
{
    for (const auto &[id, node] : plan.all<PowerNode>()) {
        mIndex.emplace(id, mIds.size());
        mIds.push_back(id);
        mNodes.push_back(&node);
    }
    mChildren.resize(mIds.size());
    mParents.resize(mIds.size());
    for (const auto &[id, link] : plan.all<PowerLink>()) {
        const long from = indexOf(link.fromId);
        const long to = indexOf(link.toId);
        if (from < 0 || to < 0 || from == to)
            continue;  // validation reports dangling links; the analysis ignores them
        mChildren[std::size_t(from)].push_back(std::size_t(to));
        mParents[std::size_t(to)].push_back(std::size_t(from));
    }
    findParts(plan);
}

void PowerNetwork::findParts(const Plan &plan)
{
    std::vector<std::size_t> root(size());
    std::iota(root.begin(), root.end(), std::size_t(0));
    const auto find = [&](std::size_t i) {
        while (root[i] != i)
            i = root[i] = root[root[i]];
        return i;
    };
    const auto join = [&](std::size_t a, std::size_t b) {
        a = find(a);
        b = find(b);
        if (a != b)
            root[std::max(a, b)] = std::min(a, b);
    };
    for (std::size_t i = 0; i < size(); ++i) {
        for (std::size_t child : mChildren[i])
            join(i, child);
    }
    for (const auto &[id, rack] : plan.all<Rack>()) {
        const long a = indexOf(rack.feedA);
        const long b = indexOf(rack.feedB);
        if (a >= 0 && b >= 0)
            join(std::size_t(a), std::size_t(b));
    }
    // Parts numbered by their lowest node, nodes in ascending order: routing one part alone builds the
    // same flow graph as routing a chain that is all one part.
    std::vector<long> partOfRoot(size(), -1);
    mPartOf.resize(size());
    for (std::size_t i = 0; i < size(); ++i) {
        const std::size_t r = find(i);
        if (partOfRoot[r] < 0) {
            partOfRoot[r] = long(mParts.size());
            mParts.emplace_back();
        }
        mPartOf[i] = std::size_t(partOfRoot[r]);
        mParts[mPartOf[i]].push_back(i);
    }
}

long PowerNetwork::indexOf(Id id) const
{
    const auto it = mIndex.find(id);
    return it == mIndex.end() ? -1 : long(it->second);
}

bool PowerNetwork::isStandbySource(std::size_t index) const
{
    return isSource(index) && mNodes[index]->kind == PowerNodeKind::Generator;
}

double PowerNetwork::ratingKw(std::size_t index) const
{
    const PowerNode &n = *mNodes[index];
    if (n.ratingKw > 0)
        return n.ratingKw;
    return n.ratingKva * n.powerFactor;
}

double PowerNetwork::efficiency(std::size_t index, double loadFraction) const
{
    const PowerNode &n = *mNodes[index];
    const std::array<double, 4> points { n.efficiency25, n.efficiency50, n.efficiency75, n.efficiency100 };
    if (loadFraction <= 0.25)
        return points[0];
    if (loadFraction >= 1.0)
        return points[3];
    const double position = loadFraction / 0.25 - 1.0;  // 0 at 25 %, 3 at 100 %
    const auto low = std::size_t(position);
    const double t = position - double(low);
    return points[low] + t * (points[std::min<std::size_t>(low + 1, 3)] - points[low]);
}

std::vector<bool> PowerNetwork::reach(
    const std::vector<bool> &sources, const std::unordered_set<std::size_t> &failed) const
{
    std::vector<bool> live(size(), false);
    std::vector<std::size_t> stack;
    for (std::size_t i = 0; i < size(); ++i) {
        if (sources[i] && !failed.count(i)) {
            live[i] = true;
            stack.push_back(i);
        }
    }
    while (!stack.empty()) {
        const std::size_t at = stack.back();
        stack.pop_back();
        for (std::size_t child : mChildren[at]) {
            if (!live[child] && !failed.count(child)) {
                live[child] = true;
                stack.push_back(child);
            }
        }
    }
    return live;
}

std::vector<bool> PowerNetwork::gridEnergized(const std::unordered_set<std::size_t> &failed) const
{
    std::vector<bool> sources(size(), false);
    for (std::size_t i = 0; i < size(); ++i)
        sources[i] = isSource(i) && !isStandbySource(i);
    return reach(sources, failed);
}

std::vector<bool> PowerNetwork::activeSources(const std::unordered_set<std::size_t> &failed) const
{
    std::vector<bool> sources(size(), false);
    for (std::size_t i = 0; i < size(); ++i)
        sources[i] = isSource(i) && !isStandbySource(i);
    const std::vector<bool> fromGrid = gridEnergized(failed);
    for (std::size_t i = 0; i < size(); ++i) {
        if (!isStandbySource(i) || failed.count(i))
            continue;
        for (std::size_t child : mChildren[i]) {
            if (!fromGrid[child] && !failed.count(child))
                sources[i] = true;  // the transfer switch starts the generator
        }
    }
    return sources;
}

std::vector<bool> PowerNetwork::energized(const std::unordered_set<std::size_t> &failed) const
{
    return reach(activeSources(failed), failed);
}

}  // namespace rw
