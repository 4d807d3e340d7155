// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 20: on a campus whose halls hang from one grid connection (the gigafactory) the whole site is one part
// of the chain, so every contingency is a flow problem over the whole site. routePower folds the trees below
// single feeds (their flows are forced) and runs its bisection and its routing on the rest; the whole graph is
// solved only where the demand cannot be met. These tests hold it against the whole-graph solve
// (routePowerWholeGraph, every step over the whole part): every flow on a single path bit for bit, the
// routing over parallel paths (transformers fed by both grid circuits) as valid as the whole graph's, within its
// utilisation; for every single failure of a connected campus whose halls differ and whose shared transformers
// are the binding limit in some contingencies, demand that no source reaches (bit for bit: the partial routing
// is the whole graph's), and random plans under one shared feed.
#include "campusplan.h"
#include "plangenerator.h"

#include "analysis/contingency.h"
#include "i18n/language.h"
#include "plan/planfiller.h"

#include <QtTest>

#include <cmath>
#include <functional>

using namespace rw;
using namespace rwtest;

namespace {

/// Empty when both flows are equal in every figure, bit for bit.
QString difference(const FlowResult &whole, const FlowResult &folded)
{
    if (whole.routable != folded.routable || whole.partRoutable != folded.partRoutable)
        return QStringLiteral("routable");
    if (whole.worstUtilisation != folded.worstUtilisation || whole.partUtilisation != folded.partUtilisation)
        return QStringLiteral("utilisation %1 vs %2").arg(whole.worstUtilisation).arg(folded.worstUtilisation);
    for (std::size_t i = 0; i < whole.outputKw.size(); ++i) {
        if (whole.outputKw[i] != folded.outputKw[i] || whole.inputKw[i] != folded.inputKw[i])
            return QStringLiteral("flow of node %1: %2 vs %3 kW").arg(i).arg(whole.outputKw[i]).arg(folded.outputKw[i]);
    }
    return whole.outputKw.size() == folded.outputKw.size() ? QString() : QStringLiteral("node count");
}

/// The nodes whose flow no routing can choose: each has at most one live feed, and so has everything below it.
std::vector<bool> singlePathNodes(const PowerNetwork &network, const std::unordered_set<std::size_t> &failed)
{
    std::vector<int> state(network.size(), 0);  // 0 unknown, 1 on a single path, 2 not, 3 being visited
    const std::function<bool(std::size_t)> single = [&](std::size_t i) -> bool {
        if (state[i] == 1 || state[i] == 2)
            return state[i] == 1;
        if (state[i] == 3)
            return false;  // a loop: not a tree
        state[i] = 3;
        std::size_t feeds = 0;
        for (std::size_t parent : network.parents(i))
            feeds += failed.count(parent) ? 0 : 1;
        bool result = feeds <= 1;
        for (std::size_t child : network.children(i))
            result = single(child) && result;
        state[i] = result ? 1 : 2;
        return result;
    };
    std::vector<bool> out(network.size());
    for (std::size_t i = 0; i < network.size(); ++i)
        out[i] = single(i);
    return out;
}

/// Empty when the folded solve matches the whole graph's where no routing can differ (routable, every flow on a
/// single path bit for bit) and its routing over parallel paths is as good: the utilisation within the
/// bisection's 0.1 % (the two routings load parallel nodes differently, and so their losses), no node above its
/// rating at the whole graph's utilisation, and the grid delivering the same power to within those losses.
QString mismatch(const PowerNetwork &network, const std::unordered_set<std::size_t> &failed, const FlowResult &whole,
    const FlowResult &folded, int *rerouted)
{
    if (whole.routable != folded.routable || whole.partRoutable != folded.partRoutable)
        return QStringLiteral("routable");
    if (whole.outputKw.size() != folded.outputKw.size())
        return QStringLiteral("node count");
    if (!whole.routable)
        return difference(whole, folded);  // both keep the whole graph's partial routing
    if (std::fabs(whole.worstUtilisation - folded.worstUtilisation) > 0.002 * whole.worstUtilisation)
        return QStringLiteral("utilisation %1 vs %2").arg(whole.worstUtilisation).arg(folded.worstUtilisation);
    const std::vector<bool> single = singlePathNodes(network, failed);
    double wholeGrid = 0.0, foldedGrid = 0.0;
    bool differs = false;
    for (std::size_t i = 0; i < network.size(); ++i) {
        if (single[i] && (whole.outputKw[i] != folded.outputKw[i] || whole.inputKw[i] != folded.inputKw[i]))
            return QStringLiteral("flow of %1 (single path): %2 vs %3 kW")
                .arg(network.node(i).name)
                .arg(whole.outputKw[i])
                .arg(folded.outputKw[i]);
        differs = differs || whole.outputKw[i] != folded.outputKw[i];
        const double rating = network.ratingKw(i);
        if (rating > 0 && folded.outputKw[i] > rating * whole.worstUtilisation * 1.002 + 1e-6)
            return QStringLiteral("%1 loaded to %2 of its rating, the whole graph's utilisation is %3")
                .arg(network.node(i).name)
                .arg(folded.outputKw[i] / rating)
                .arg(whole.worstUtilisation);
        if (network.isSource(i)) {
            wholeGrid += whole.inputKw[i];
            foldedGrid += folded.inputKw[i];
        }
    }
    if (std::fabs(wholeGrid - foldedGrid) > 1e-3 * wholeGrid)
        return QStringLiteral("grid delivers %1 vs %2 kW").arg(wholeGrid).arg(foldedGrid);
    *rerouted += differs ? 1 : 0;
    return {};
}

std::unordered_set<std::size_t> indicesOf(const PowerNetwork &network, const std::vector<Id> &ids)
{
    std::unordered_set<std::size_t> indices;
    for (const Id id : ids)
        indices.insert(std::size_t(network.indexOf(id)));
    return indices;
}

/// The whole-graph solve of a state's loads.
FlowResult wholeGraphFlow(const PowerNetwork &network, const PowerState &state)
{
    const std::unordered_set<std::size_t> failed = indicesOf(network, state.failedNodes);
    return routePowerWholeGraph(network, state.loads.demandKw, failed, network.activeSources(failed));
}

/// analyze() (folded, stateFrom, memo) against the whole-graph solve, normal operation and every single
/// failure: the first mismatch, or nothing. `binding` counts the contingencies whose utilisation is set by
/// one of the `upstream` nodes, `rerouted` those whose routing over parallel paths differs from the whole graph's.
QString compareEveryFailure(const Plan &plan, const std::vector<Id> &upstream, int *binding, int *rerouted)
{
    const PowerAnalysis analysis = PowerAnalyzer::analyze(plan);
    const PowerNetwork network(plan);
    const auto compare = [&](const PowerState &state) {
        return mismatch(
            network, indicesOf(network, state.failedNodes), wholeGraphFlow(network, state), state.flow, rerouted);
    };
    QString why = compare(analysis.normal);
    if (!why.isEmpty())
        return QStringLiteral("normal operation: ") + why;
    why = compare(analysis.expected);
    if (!why.isEmpty())
        return QStringLiteral("expected load: ") + why;
    for (std::size_t i = 0; i < network.size(); ++i) {
        const PowerState &state = analysis.contingencies[i];
        why = compare(state);
        if (!why.isEmpty())
            return QStringLiteral("failure of %1: %2").arg(network.node(i).name, why);
        for (const Id id : upstream) {
            const std::size_t at = std::size_t(network.indexOf(id));
            if (network.ratingKw(at) > 0 && state.flow.worstUtilisation > 0
                && state.flow.outputKw[at] / network.ratingKw(at) == state.flow.worstUtilisation) {
                ++*binding;
                break;
            }
        }
    }
    return {};
}

/// A connected campus of three demo halls that differ (the second with a node rated lower, an efficiency
/// curve changed and a server less), its 110 kV transformers rated so that one side's three carry the whole
/// campus only over their rating: tight, so that they set the utilisation in some contingencies.
std::vector<Id> buildVariedConnectedCampus(Plan &campus)
{
    const std::vector<Id> upstream = buildConnectedCampus(campus, 3, 0.0);
    std::vector<PowerNode> changed;  // replaced once the network, which points into the plan, is gone
    {
        const PowerNetwork network(campus);
        const PowerState normal = PowerAnalyzer::state(campus, network, {}, LoadLevel::Design);
        // The second hall: its first rated, loaded node 5 % lower, the next node's curve lower.
        const std::size_t perHall = (network.size() - upstream.size()) / 3;
        for (std::size_t i = perHall; i < 2 * perHall; ++i) {
            if (network.ratingKw(i) > 0 && normal.flow.outputKw[i] > 0) {
                PowerNode lower = network.node(i);
                (lower.ratingKw > 0 ? lower.ratingKw : lower.ratingKva) *= 0.95;
                PowerNode lossier = network.node(i + 1);
                lossier.efficiency50 -= 0.004;
                lossier.efficiency75 -= 0.004;
                changed.push_back(lower);
                changed.push_back(lossier);
                break;
            }
        }
        // Both boards together carry the campus with its losses; three transformers get 90 % of it.
        double campusKw = 0.0;
        for (const Id id : upstream) {
            const PowerNode &node = network.node(std::size_t(network.indexOf(id)));
            if (node.kind == PowerNodeKind::Switchboard)
                campusKw += normal.flow.inputKw[std::size_t(network.indexOf(id))];
        }
        for (const Id id : upstream) {
            PowerNode node = network.node(std::size_t(network.indexOf(id)));
            if (node.kind == PowerNodeKind::Transformer) {
                node.ratingKw = campusKw * 0.9 / 3.0;
                changed.push_back(node);
            }
        }
    }
    PlanFiller filler(campus);
    for (const PowerNode &node : changed)
        filler.replace(node);
    const std::vector<const Rack *> racks = campus.racksInHall(std::next(campus.all<Hall>().begin(), 1)->first);
    const std::vector<const MountedDevice *> devices = campus.devicesInRack(racks.front()->id);
    filler.take<MountedDevice>(devices.front()->id);
    return upstream;
}

}  // namespace

class TestConnectedCampus : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Language::apply(QStringLiteral("en"))); }
    void campusIsOnePart();
    void everySingleFailureMatchesWholeGraph();
    void unrouteableDemandEqualsWholeGraph();
    void randomPlansUnderOneFeedMatchWholeGraph();
};

void TestConnectedCampus::campusIsOnePart()
{
    Plan campus;
    buildConnectedCampus(campus, 2, 40000.0);
    QCOMPARE(PowerNetwork(campus).partCount(), std::size_t(1));
}

void TestConnectedCampus::everySingleFailureMatchesWholeGraph()
{
    Plan campus;
    const std::vector<Id> upstream = buildVariedConnectedCampus(campus);
    int binding = 0;
    int rerouted = 0;
    QCOMPARE(compareEveryFailure(campus, upstream, &binding, &rerouted), QString());
    // The shared transformers set the utilisation somewhere (one side's board lost), so the bisection's
    // answer there comes from the folded max-flow, not from the forced trees; and the routing over them is the
    // folded graph's, not the whole graph's, in some of them (else this compared nothing but forced flows).
    QVERIFY2(
        binding >= 2, qPrintable(QStringLiteral("%1 contingencies bound by the 110 kV transformers").arg(binding)));
    QVERIFY2(rerouted >= 1, qPrintable(QStringLiteral("%1 contingencies routed differently").arg(rerouted)));
    qInfo("%d of %zu single failures bound by the transformers; %d states routed differently over them", binding,
        PowerNetwork(campus).size(), rerouted);

    // The same campus with unrated transformers: the halls set the utilisation everywhere.
    Plan loose;
    const std::vector<Id> unrated = buildConnectedCampus(loose, 2, 0.0);
    binding = 0;
    QCOMPARE(compareEveryFailure(loose, unrated, &binding, &rerouted), QString());
    QCOMPARE(binding, 0);
}

void TestConnectedCampus::unrouteableDemandEqualsWholeGraph()
{
    // A loaded node's only feed fails while the node still draws: that demand reaches no source (no generator
    // stands behind the failed feed), the utilisation search gives up, and the partial routing left is the
    // whole graph's.
    Plan campus;
    buildVariedConnectedCampus(campus);
    const PowerNetwork network(campus);
    const PowerState normal = PowerAnalyzer::state(campus, network, {}, LoadLevel::Design);
    std::unordered_set<std::size_t> failed;
    for (std::size_t i = 0; i < network.size() && failed.empty(); ++i) {
        if (normal.loads.demandKw[i] > 0 && network.parents(i).size() == 1)
            failed.insert(network.parents(i).front());
    }
    QVERIFY(!failed.empty());
    const std::vector<bool> sources = network.activeSources(failed);
    const FlowResult folded = routePower(network, normal.loads.demandKw, failed, sources);
    QVERIFY(!folded.routable);
    QCOMPARE(difference(routePowerWholeGraph(network, normal.loads.demandKw, failed, sources), folded), QString());
}

void TestConnectedCampus::randomPlansUnderOneFeedMatchWholeGraph()
{
    constexpr std::uint64_t kFirstSeed = 20261220;
    constexpr int kPlans = 12;
    for (int k = 0; k < kPlans; ++k) {
        Plan plan;
        const GeneratedPlan generated = PlanGenerator(kFirstSeed + std::uint64_t(k)).generate(plan);
        Plan second;
        PlanGenerator(kFirstSeed + 500 + std::uint64_t(k)).generate(second);
        appendPlanCopy(second, plan, QStringLiteral(" (2)"));
        // Every grid feed of both under one rated connection: one part with parallel paths where a plan has
        // several feeds.
        std::vector<Id> feeds;
        {
            const PowerNetwork network(plan);
            for (std::size_t i = 0; i < network.size(); ++i) {
                if (network.isSource(i) && !network.isStandbySource(i))
                    feeds.push_back(network.idAt(i));
            }
        }
        PowerNode grid;
        grid.id = plan.allocateId();
        grid.name = QStringLiteral("Grid connection");
        grid.kind = PowerNodeKind::UtilityFeed;
        grid.ratingKw = 400.0;
        PlanFiller filler(plan);
        filler.insert(grid);
        for (const Id feed : feeds)
            filler.insert(PowerLink { plan.allocateId(), grid.id, feed });
        int binding = 0;
        int rerouted = 0;
        const QString why = compareEveryFailure(plan, { grid.id }, &binding, &rerouted);
        QVERIFY2(why.isEmpty(), qPrintable(generated.describe() + QStringLiteral(": ") + why));
    }
}

QTEST_GUILESS_MAIN(TestConnectedCampus)
#include "tst_connectedcampus.moc"
