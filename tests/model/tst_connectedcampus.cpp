// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 20: on a campus whose halls hang from one grid connection (the gigafactory) the whole site is one part
// of the chain, so every contingency is a flow problem over the whole site. routePower folds the trees below
// single feeds (their flows are forced) and runs its bisection on the rest; the whole graph is solved only for
// the flow it keeps where flows are not forced (parallel transformers) or the demand cannot be met. These tests
// hold it against the whole-graph solve (routePowerWholeGraph, every step over the whole part) figure for figure:
// every single failure of a connected campus whose halls differ and whose shared transformers are the binding
// limit in some contingencies, demand that no source reaches, and random plans under one shared feed.
#include "campusplan.h"
#include "plangenerator.h"

#include "analysis/contingency.h"
#include "i18n/language.h"
#include "plan/planfiller.h"

#include <QtTest>

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
/// failure: the first difference, or nothing. `binding` counts the contingencies whose utilisation is set by
/// one of the `upstream` nodes.
QString compareEveryFailure(const Plan &plan, const std::vector<Id> &upstream, int *binding)
{
    const PowerAnalysis analysis = PowerAnalyzer::analyze(plan);
    const PowerNetwork network(plan);
    QString why = difference(wholeGraphFlow(network, analysis.normal), analysis.normal.flow);
    if (!why.isEmpty())
        return QStringLiteral("normal operation: ") + why;
    why = difference(wholeGraphFlow(network, analysis.expected), analysis.expected.flow);
    if (!why.isEmpty())
        return QStringLiteral("expected load: ") + why;
    for (std::size_t i = 0; i < network.size(); ++i) {
        const PowerState &state = analysis.contingencies[i];
        why = difference(wholeGraphFlow(network, state), state.flow);
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
    void everySingleFailureEqualsWholeGraph();
    void unrouteableDemandEqualsWholeGraph();
    void randomPlansUnderOneFeedEqualWholeGraph();
};

void TestConnectedCampus::campusIsOnePart()
{
    Plan campus;
    buildConnectedCampus(campus, 2, 40000.0);
    QCOMPARE(PowerNetwork(campus).partCount(), std::size_t(1));
}

void TestConnectedCampus::everySingleFailureEqualsWholeGraph()
{
    Plan campus;
    const std::vector<Id> upstream = buildVariedConnectedCampus(campus);
    int binding = 0;
    QCOMPARE(compareEveryFailure(campus, upstream, &binding), QString());
    // The shared transformers set the utilisation somewhere (one side's board lost), so the bisection's
    // answer there comes from the folded max-flow, not from the forced trees.
    QVERIFY2(
        binding >= 2, qPrintable(QStringLiteral("%1 contingencies bound by the 110 kV transformers").arg(binding)));

    // The same campus with unrated transformers: the halls set the utilisation everywhere.
    Plan loose;
    const std::vector<Id> unrated = buildConnectedCampus(loose, 2, 0.0);
    binding = 0;
    QCOMPARE(compareEveryFailure(loose, unrated, &binding), QString());
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

void TestConnectedCampus::randomPlansUnderOneFeedEqualWholeGraph()
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
        const QString why = compareEveryFailure(plan, { grid.id }, &binding);
        QVERIFY2(why.isEmpty(), qPrintable(generated.describe() + QStringLiteral(": ") + why));
    }
}

QTEST_GUILESS_MAIN(TestConnectedCampus)
#include "tst_connectedcampus.moc"
