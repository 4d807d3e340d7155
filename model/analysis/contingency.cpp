// SPDX-License-Identifier: GPL-3.0-or-later
#include "contingency.h"

#include "plan/completenesschecks.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <functional>
#include <set>
#include <thread>

namespace rw {
namespace {

constexpr double kOverloadToleranceKw = 0.001;  // one watt: flows are whole watts

std::unordered_set<std::size_t> indicesOf(const PowerNetwork &network, const std::vector<Id> &ids)
{
    std::unordered_set<std::size_t> indices;
    for (Id id : ids) {
        const long index = network.indexOf(id);
        if (index >= 0)
            indices.insert(std::size_t(index));
    }
    return indices;
}

/// Nodes upstream of `start`, itself included.
std::set<std::size_t> upstream(const PowerNetwork &network, std::size_t start)
{
    std::set<std::size_t> seen { start };
    std::vector<std::size_t> stack { start };
    while (!stack.empty()) {
        const std::size_t at = stack.back();
        stack.pop_back();
        for (std::size_t parent : network.parents(at)) {
            if (seen.insert(parent).second)
                stack.push_back(parent);
        }
    }
    return seen;
}

/// Whether every rack with a load has two feeds whose paths share no node but the sources.
bool everyLoadedRackHasTwoIndependentPaths(const Plan &plan, const PowerNetwork &network, const LoadPicture &loads)
{
    std::map<std::pair<std::size_t, std::size_t>, bool> checked;
    for (const RackSupply &supply : loads.racks) {
        if (supply.demandKw <= 0)
            continue;
        const Rack *rack = plan.find<Rack>(supply.rackId);
        const long a = network.indexOf(rack->feedA);
        const long b = network.indexOf(rack->feedB);
        if (a < 0 || b < 0 || a == b)
            return false;
        const auto key = std::make_pair(std::size_t(a), std::size_t(b));
        if (const auto it = checked.find(key); it != checked.end()) {
            if (!it->second)
                return false;
            continue;
        }
        const std::set<std::size_t> pathA = upstream(network, key.first);
        bool independent = true;
        for (std::size_t node : upstream(network, key.second)) {
            if (pathA.count(node) && !network.isSource(node))
                independent = false;
        }
        checked.emplace(key, independent);
        if (!independent)
            return false;
    }
    return true;
}

bool hasRedundantComponents(const Plan &plan, const PowerNetwork &network)
{
    for (std::size_t i = 0; i < network.size(); ++i) {
        if (network.parents(i).size() > 1)
            return true;
    }
    for (const auto &[id, rack] : plan.all<Rack>()) {
        if (network.indexOf(rack.feedA) >= 0 && network.indexOf(rack.feedB) >= 0 && rack.feedA != rack.feedB)
            return true;
    }
    return false;
}

QString describe(const Plan &plan, const PowerState &state)
{
    QStringList names;
    for (Id id : state.failedNodes) {
        const PowerNode *node = plan.find<PowerNode>(id);
        names << (node ? node->name : QString::number(id));
    }
    return names.join(QStringLiteral(" + "));
}

/// What a failure does, naming only what happens: "36 racks on too few power supplies", not "0 racks
/// without power and 36 racks ...".
QString failureEffects(const PowerState &state)
{
    QStringList effects;
    if (!state.racksLost.empty())
        effects << QCoreApplication::translate(
            "rw::PowerAnalyzer", "%Ln rack(s) without power", nullptr, int(state.racksLost.size()));
    if (!state.racksLimited.empty())
        effects << QCoreApplication::translate(
            "rw::PowerAnalyzer", "%Ln rack(s) on too few power supplies", nullptr, int(state.racksLimited.size()));
    if (!state.overloads.empty())
        effects << QCoreApplication::translate(
            "rw::PowerAnalyzer", "%Ln power node(s) over their rating", nullptr, int(state.overloads.size()));
    return effects.join(QStringLiteral(", "));
}

/// Overloads, lost and limited racks and unserved power of a state whose loads and flow are set.
void findShortfalls(const PowerNetwork &network, PowerState &s)
{
    for (std::size_t i = 0; i < network.size(); ++i) {
        const double rating = network.ratingKw(i);
        if (rating > 0 && s.flow.outputKw[i] > rating + kOverloadToleranceKw)
            s.overloads.push_back({ network.idAt(i), s.flow.outputKw[i], rating });
    }
    for (const RackSupply &rack : s.loads.racks) {
        if (rack.lost())
            s.racksLost.push_back(rack.rackId);
        else if (rack.limited())
            s.racksLimited.push_back(rack.rackId);
        s.unservedKw += rack.demandKw - rack.servedKw;
    }
}

/// Runs `work(k)` for k in [0, count) on the machine's cores; each k writes only its own results.
void forEachInParallel(std::size_t count, const std::function<void(std::size_t)> &work)
{
    const std::size_t threads
        = std::min<std::size_t>(std::max(1u, std::thread::hardware_concurrency()), std::max<std::size_t>(count / 8, 1));
    std::atomic<std::size_t> next { 0 };
    const auto worker = [&] {
        for (std::size_t k = next++; k < count; k = next++)
            work(k);
    };
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (std::thread &thread : pool)
        thread.join();
}

}  // namespace

PowerState PowerAnalyzer::state(
    const Plan &plan, const PowerNetwork &network, const std::vector<Id> &failed, LoadLevel level, PartFlowMemo *memo)
{
    PowerState s;
    s.failedNodes = failed;
    const std::unordered_set<std::size_t> failedIndices = indicesOf(network, failed);
    const std::vector<bool> sources = network.activeSources(failedIndices);
    const std::vector<bool> live = network.energized(failedIndices);
    s.loads = attachLoads(plan, network, live, level);
    s.flow = routePower(network, s.loads.demandKw, failedIndices, sources, memo);
    findShortfalls(network, s);
    return s;
}

PowerState PowerAnalyzer::stateFrom(const PowerNetwork &network, const LoadAttacher &loads, const PowerState &normal,
    const std::vector<Id> &failed, PartFlowMemo *memo)
{
    PowerState s;
    s.failedNodes = failed;
    const std::unordered_set<std::size_t> failedIndices = indicesOf(network, failed);
    std::vector<std::size_t> parts;
    for (std::size_t index : failedIndices)
        parts.push_back(network.partOf(index));
    std::sort(parts.begin(), parts.end());
    parts.erase(std::unique(parts.begin(), parts.end()), parts.end());
    const std::vector<bool> sources = network.activeSources(failedIndices);
    const std::vector<bool> live = network.energized(failedIndices);
    s.loads = normal.loads;
    loads.reattach(live, parts, s.loads);
    s.flow = normal.flow;
    rerouteParts(network, parts, s.loads.demandKw, failedIndices, sources, s.flow, memo);
    findShortfalls(network, s);
    return s;
}

PowerAnalysis PowerAnalyzer::analyze(const Plan &plan, const PowerAnalysisOptions &options)
{
    PowerAnalysis analysis;
    const PowerNetwork network(plan);
    // Parts whose flow problem equals one solved before (identical halls) are copied, not solved again. A chain
    // that is all one part (a campus under one grid connection) has no part to copy: every state differs.
    PartFlowMemo partMemo;
    PartFlowMemo *memo = network.partCount() > 1 ? &partMemo : nullptr;
    analysis.normal = state(plan, network, {}, options.level, memo);
    analysis.expected = state(plan, network, {}, LoadLevel::Expected, memo);

    // Each contingency is solved over the parts of the chain its failures hit, starting from normal
    // operation (stateFrom); contingencies are independent, so they run on all cores.
    std::vector<std::vector<Id>> failures;
    for (std::size_t i = 0; i < network.size(); ++i)
        failures.push_back({ network.idAt(i) });
    if (options.pairs) {
        for (std::size_t i = 0; i < network.size(); ++i) {
            for (std::size_t j = i + 1; j < network.size(); ++j)
                failures.push_back({ network.idAt(i), network.idAt(j) });
        }
    }
    analysis.contingencies.resize(failures.size());
    const LoadAttacher loads(plan, network, options.level);
    AnalysisProgress *progress = options.progress;
    if (progress)
        progress->total = int(failures.size());
    forEachInParallel(failures.size(), [&](std::size_t k) {
        if (progress && progress->cancelled())
            return;
        analysis.contingencies[k] = stateFrom(network, loads, analysis.normal, failures[k], memo);
        if (progress)
            ++progress->done;
    });
    if (progress && progress->cancelled())
        return analysis;

    // Budgets: connected load by walking down from each node; worst output over all states.
    analysis.budgets.resize(network.size());
    const PowerState fullDemand
        = options.level == LoadLevel::Design ? analysis.normal : state(plan, network, {}, LoadLevel::Design, memo);
    for (std::size_t i = 0; i < network.size(); ++i) {
        NodeBudget &b = analysis.budgets[i];
        b.nodeId = network.idAt(i);
        b.ratingKw = network.ratingKw(i);
        b.designKw = fullDemand.flow.outputKw[i];
        b.expectedKw = analysis.expected.flow.outputKw[i];
        b.worstKw = analysis.normal.flow.outputKw[i];
    }
    for (const PowerState &c : analysis.contingencies) {
        for (std::size_t i = 0; i < network.size(); ++i) {
            if (c.flow.outputKw[i] > analysis.budgets[i].worstKw) {
                analysis.budgets[i].worstKw = c.flow.outputKw[i];
                analysis.budgets[i].worstFailure = c.failedNodes.front();
            }
        }
    }
    std::vector<std::set<Id>> rackFeedsBelow(network.size());
    for (const auto &[rackId, rack] : plan.all<Rack>()) {
        for (Id feed : { rack.feedA, rack.feedB }) {
            const long f = network.indexOf(feed);
            if (f < 0)
                continue;
            for (std::size_t node : upstream(network, std::size_t(f)))
                rackFeedsBelow[node].insert(rackId);
        }
    }
    for (std::size_t i = 0; i < network.size(); ++i) {
        for (Id rackId : rackFeedsBelow[i]) {
            for (const MountedDevice *device : plan.devicesInRack(rackId)) {
                if (const DeviceType *type = plan.find<DeviceType>(device->typeKey))
                    analysis.budgets[i].connectedKw += type->maxPowerW / 1000.0;
            }
        }
    }

    // The worst contingency: most power unserved, then most lost racks, then highest utilisation.
    for (std::size_t k = 0; k < analysis.contingencies.size(); ++k) {
        const PowerState &c = analysis.contingencies[k];
        if (analysis.worstIndex < 0) {
            analysis.worstIndex = int(k);
            continue;
        }
        const PowerState &w = analysis.contingencies[std::size_t(analysis.worstIndex)];
        const auto rank = [](const PowerState &s) {
            return std::make_tuple(s.unservedKw, s.racksLost.size(), s.flow.worstUtilisation);
        };
        if (rank(c) > rank(w))
            analysis.worstIndex = int(k);
    }

    // The availability class the analysis supports (EN 50600-2-2 power distribution;
    // docs/domain-facts.md#en-50600-availability).
    AvailabilityAssessment &a = analysis.availability;
    const PowerState *firstFailure = nullptr;
    for (const PowerState &c : analysis.contingencies) {
        if (c.failedNodes.size() == 1 && !c.servesAll()) {
            firstFailure = &c;
            break;
        }
    }
    const bool anyLoad = std::any_of(analysis.normal.loads.racks.begin(), analysis.normal.loads.racks.end(),
        [](const RackSupply &r) { return r.demandKw > 0; });
    const QString powerGap = CompletenessChecks::assess(plan).powerGap();
    if (!anyLoad) {
        a.supportedClass = 0;
        a.reason = tr("No rack draws power yet: there is nothing to assess.");
    } else if (!powerGap.isEmpty()) {
        // A rack without a feed is not a failure of the chain but a part of it not drawn yet.
        a.supportedClass = 0;
        a.reason = powerGap;
    } else if (!analysis.normal.servesAll()) {
        a.supportedClass = 1;
        a.reason = tr("Even in normal operation not every rack is fully served or a node is over its rating.");
    } else if (firstFailure) {
        a.supportedClass = hasRedundantComponents(plan, network) ? 2 : 1;
        a.reason = tr("A single failure (%1) leaves %2: there is a single point of failure.")
                       .arg(describe(plan, *firstFailure), failureEffects(*firstFailure));
    } else if (everyLoadedRackHasTwoIndependentPaths(plan, network, analysis.normal.loads)) {
        a.supportedClass = 4;
        a.reason = tr("Every single failure leaves all racks fully served, and every loaded rack has two "
                      "independent power paths: fault tolerant.");
    } else {
        a.supportedClass = 3;
        a.reason = tr("Every single failure leaves all racks fully served, but some racks share a path: "
                      "concurrently maintainable, not fault tolerant.");
    }
    return analysis;
}

}  // namespace rw
