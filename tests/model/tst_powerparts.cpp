// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 20: the N-1 analysis solves each contingency only over the part of the power chain it hits
// (PowerAnalyzer::stateFrom) and reuses normal operation for the rest. These tests hold that fast path
// against the full solve (PowerAnalyzer::state) figure for figure, on a campus of demo halls and on
// random plans (tests/common/plangenerator) joined into multi-part chains, for single failures and pairs.
#include "campusplan.h"
#include "plangenerator.h"

#include "analysis/contingency.h"
#include "demo/demoplan.h"
#include "i18n/language.h"
#include "plan/planfiller.h"

#include <QtTest>

using namespace rw;
using namespace rwtest;

namespace {

constexpr std::uint64_t kFirstSeed = 20261207;
constexpr int kRandomPlans = 24;

/// Empty when both states are equal in every figure (exactly: the fast path does the same arithmetic).
QString difference(const PowerState &full, const PowerState &fast)
{
    if (full.failedNodes != fast.failedNodes)
        return QStringLiteral("failed nodes");
    if (full.loads.demandKw != fast.loads.demandKw)
        return QStringLiteral("node demand");
    if (full.loads.racks.size() != fast.loads.racks.size())
        return QStringLiteral("rack count");
    for (std::size_t i = 0; i < full.loads.racks.size(); ++i) {
        const RackSupply &a = full.loads.racks[i];
        const RackSupply &b = fast.loads.racks[i];
        if (a.rackId != b.rackId || a.demandKw != b.demandKw || a.servedKw != b.servedKw
            || a.devicesDown != b.devicesDown || a.devicesLimited != b.devicesLimited)
            return QStringLiteral("rack %1").arg(a.rackId);
    }
    if (full.loads.stoppedCoolingUnits != fast.loads.stoppedCoolingUnits
        || full.loads.coolingKw != fast.loads.coolingKw)
        return QStringLiteral("cooling units");
    if (full.flow.routable != fast.flow.routable || full.flow.worstUtilisation != fast.flow.worstUtilisation)
        return QStringLiteral("utilisation %1 vs %2").arg(full.flow.worstUtilisation).arg(fast.flow.worstUtilisation);
    if (full.flow.outputKw != fast.flow.outputKw || full.flow.inputKw != fast.flow.inputKw)
        return QStringLiteral("node flows");
    if (full.overloads.size() != fast.overloads.size())
        return QStringLiteral("overload count");
    for (std::size_t i = 0; i < full.overloads.size(); ++i) {
        if (full.overloads[i].nodeId != fast.overloads[i].nodeId
            || full.overloads[i].loadKw != fast.overloads[i].loadKw)
            return QStringLiteral("overload of node %1").arg(full.overloads[i].nodeId);
    }
    if (full.racksLost != fast.racksLost || full.racksLimited != fast.racksLimited
        || full.unservedKw != fast.unservedKw)
        return QStringLiteral("racks lost or limited");
    return {};
}

/// Every single failure and `pairs` pairs of failures (spread over the chain), fast against full: the
/// first difference, or nothing.
QString compareAllFailures(const Plan &plan, int pairs, const QString &context)
{
    const PowerNetwork network(plan);
    for (LoadLevel level : { LoadLevel::Design, LoadLevel::Expected }) {
        const PowerState normal = PowerAnalyzer::state(plan, network, {}, level);
        const LoadAttacher loads(plan, network, level);
        std::vector<std::vector<Id>> failures;
        for (std::size_t i = 0; i < network.size(); ++i)
            failures.push_back({ network.idAt(i) });
        for (int k = 0; k < pairs && network.size() > 1; ++k) {
            const std::size_t a = std::size_t(k * 7919) % network.size();
            const std::size_t b = (a + 1 + std::size_t(k * 104729) % (network.size() - 1)) % network.size();
            failures.push_back({ network.idAt(a), network.idAt(b) });
        }
        for (const std::vector<Id> &failed : failures) {
            const PowerState full = PowerAnalyzer::state(plan, network, failed, level);
            const PowerState fast = PowerAnalyzer::stateFrom(network, loads, normal, failed);
            const QString why = difference(full, fast);
            if (!why.isEmpty()) {
                return QStringLiteral("%1, failure of node %2%3: %4")
                    .arg(context)
                    .arg(failed.front())
                    .arg(failed.size() > 1 ? QStringLiteral(" + %1").arg(failed.back()) : QString())
                    .arg(why);
            }
        }
    }
    return {};
}

/// analyze() (part-only solves, parts with equal inputs copied from the memo) against the full solve of the
/// whole site without a memo, for normal operation and every single failure: the first difference, or nothing.
QString compareAnalysisWithFullSolve(const Plan &plan)
{
    const PowerAnalysis analysis = PowerAnalyzer::analyze(plan);
    const PowerNetwork network(plan);
    if (analysis.contingencies.size() != network.size())
        return QStringLiteral("contingency count");
    QString why = difference(PowerAnalyzer::state(plan, network, {}, LoadLevel::Design), analysis.normal);
    if (!why.isEmpty())
        return QStringLiteral("normal operation: ") + why;
    why = difference(PowerAnalyzer::state(plan, network, {}, LoadLevel::Expected), analysis.expected);
    if (!why.isEmpty())
        return QStringLiteral("expected load: ") + why;
    for (std::size_t i = 0; i < network.size(); ++i) {
        why = difference(
            PowerAnalyzer::state(plan, network, { network.idAt(i) }, LoadLevel::Design), analysis.contingencies[i]);
        if (!why.isEmpty())
            return QStringLiteral("failure of %1: %2").arg(network.node(i).name, why);
    }
    return {};
}

/// The first node of `hall` (0-based copy of the demo hall) that is rated and carries load in normal operation.
const PowerNode *loadedRatedNode(const Plan &campus, int hall)
{
    const PowerNetwork network(campus);
    const PowerState normal = PowerAnalyzer::state(campus, network, {}, LoadLevel::Design);
    const std::size_t perHall = network.size() / std::size_t(campus.all<Hall>().size());
    for (std::size_t i = std::size_t(hall) * perHall; i < std::size_t(hall + 1) * perHall; ++i) {
        if (network.ratingKw(i) > 0 && normal.flow.outputKw[i] > 0)
            return &network.node(i);
    }
    return nullptr;
}

}  // namespace

class TestPowerParts : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Language::apply(QStringLiteral("en"))); }
    void campusHallsAreIndependentParts();
    void fastPathEqualsFullSolveOnCampus();
    void fastPathEqualsFullSolveOnRandomPlans();
    void analyzeReportsTheFullSolve();
    void memoCopiesIdenticalHallsOnly();
    void analysisEqualsFullSolveOnVariedCampus();
    void sharedUpstreamNodeJoinsTheHalls();
};

void TestPowerParts::campusHallsAreIndependentParts()
{
    Plan demo;
    buildDemoPlan(demo);
    Plan campus;
    buildDemoCampus(campus, 3);
    const PowerNetwork single(demo);
    const PowerNetwork network(campus);
    QCOMPARE(network.size(), 3 * single.size());
    QCOMPARE(network.partCount(), 3 * single.partCount());
    // Each hall's normal operation is routed exactly as the demo hall alone.
    const PowerState alone = PowerAnalyzer::state(demo, single, {}, LoadLevel::Design);
    const PowerState all = PowerAnalyzer::state(campus, network, {}, LoadLevel::Design);
    for (int hall = 0; hall < 3; ++hall) {
        for (std::size_t i = 0; i < single.size(); ++i)
            QCOMPARE(all.flow.outputKw[std::size_t(hall) * single.size() + i], alone.flow.outputKw[i]);
    }
    QCOMPARE(all.flow.worstUtilisation, alone.flow.worstUtilisation);
}

void TestPowerParts::fastPathEqualsFullSolveOnCampus()
{
    Plan campus;
    buildDemoCampus(campus, 2);
    QCOMPARE(compareAllFailures(campus, 40, QStringLiteral("campus of 2 demo halls")), QString());
}

void TestPowerParts::fastPathEqualsFullSolveOnRandomPlans()
{
    int multiPart = 0;
    for (int k = 0; k < kRandomPlans; ++k) {
        Plan first, second;
        const GeneratedPlan a = PlanGenerator(kFirstSeed + std::uint64_t(k)).generate(first);
        PlanGenerator(kFirstSeed + 1000 + std::uint64_t(k)).generate(second);
        // Two random plans in one: at least two parts wherever both have a chain.
        appendPlanCopy(second, first, QStringLiteral(" (2)"));
        multiPart += PowerNetwork(first).partCount() > 1 ? 1 : 0;
        QCOMPARE(compareAllFailures(first, 20, a.describe()), QString());
    }
    QVERIFY2(multiPart >= kRandomPlans / 2, "the random plans hardly test chains of several parts");
}

void TestPowerParts::analyzeReportsTheFullSolve()
{
    Plan campus;
    buildDemoCampus(campus, 2);
    PowerAnalysisOptions options;
    const PowerAnalysis analysis = PowerAnalyzer::analyze(campus, options);
    const PowerNetwork network(campus);
    QCOMPARE(analysis.contingencies.size(), network.size());
    for (std::size_t i = 0; i < network.size(); ++i) {
        const PowerState full = PowerAnalyzer::state(campus, network, { network.idAt(i) }, options.level);
        QCOMPARE(difference(full, analysis.contingencies[i]), QString());
    }
}

void TestPowerParts::memoCopiesIdenticalHallsOnly()
{
    Plan campus;
    buildDemoCampus(campus, 4);
    const PowerNetwork identical(campus);
    const std::size_t partsPerHall = identical.partCount() / 4;
    PartFlowMemo memo;
    QCOMPARE(difference(PowerAnalyzer::state(campus, identical, {}, LoadLevel::Design),
                 PowerAnalyzer::state(campus, identical, {}, LoadLevel::Design, &memo)),
        QString());
    // The other halls are copies of the first: their parts come from the memo.
    QCOMPARE(memo.solutions(), partsPerHall);
    QCOMPARE(memo.hits(), 3 * partsPerHall);

    // Each input of the routing changed in one hall: a rating (the second hall), an efficiency curve (the
    // third), a rack's demand (the fourth). Each such hall is solved on its own and keeps its own figures.
    PlanFiller filler(campus);
    const PowerNode *rated = loadedRatedNode(campus, 1);
    const PowerNode *lossy = loadedRatedNode(campus, 2);
    QVERIFY(rated && lossy);
    PowerNode lower = *rated;
    (lower.ratingKw > 0 ? lower.ratingKw : lower.ratingKva) -= 0.001;
    PowerNode lossier = *lossy;
    lossier.efficiency50 -= 0.001;
    lossier.efficiency75 -= 0.001;
    filler.replace(lower);
    filler.replace(lossier);
    const std::vector<const Rack *> racks = campus.racksInHall(std::next(campus.all<Hall>().begin(), 3)->first);
    QVERIFY(!racks.empty() && !campus.devicesInRack(racks.front()->id).empty());
    filler.take<MountedDevice>(campus.devicesInRack(racks.front()->id).front()->id);
    const PowerNetwork changed(campus);
    PartFlowMemo fresh;
    QCOMPARE(difference(PowerAnalyzer::state(campus, changed, {}, LoadLevel::Design),
                 PowerAnalyzer::state(campus, changed, {}, LoadLevel::Design, &fresh)),
        QString());
    QCOMPARE(fresh.solutions(), partsPerHall + 3);
    QCOMPARE(fresh.hits(), 3 * (partsPerHall - 1));
}

void TestPowerParts::analysisEqualsFullSolveOnVariedCampus()
{
    // Three demo halls: the first and the third as they are, the second with a node rated 3 % lower, another
    // node whose efficiency curve differs and a server less. The third may take the first's answers from the
    // memo, the second none of them.
    Plan campus;
    buildDemoCampus(campus, 3);
    PlanFiller filler(campus);
    const PowerNode *rated = loadedRatedNode(campus, 1);
    QVERIFY(rated);
    PowerNode lower = *rated;
    (lower.ratingKw > 0 ? lower.ratingKw : lower.ratingKva) *= 0.97;
    const PowerNetwork before(campus);
    const std::size_t second = before.size() / 3;
    QVERIFY(std::size_t(before.indexOf(lower.id)) + 1 < 2 * second);
    PowerNode lossier = before.node(std::size_t(before.indexOf(lower.id)) + 1);
    lossier.efficiency50 -= 0.004;
    lossier.efficiency75 -= 0.004;
    filler.replace(lower);
    filler.replace(lossier);
    const std::vector<const Rack *> racks = campus.racksInHall(std::next(campus.all<Hall>().begin(), 1)->first);
    QVERIFY(!racks.empty());
    const std::vector<const MountedDevice *> devices = campus.devicesInRack(racks.front()->id);
    QVERIFY(!devices.empty());
    filler.take<MountedDevice>(devices.front()->id);
    QCOMPARE(compareAnalysisWithFullSolve(campus), QString());

    // A failure in one hall leaves every other hall's flows as in normal operation.
    const PowerAnalysis analysis = PowerAnalyzer::analyze(campus);
    const PowerNetwork network(campus);
    const std::size_t perHall = network.size() / 3;
    for (std::size_t i = 0; i < network.size(); ++i) {
        for (std::size_t n = 0; n < network.size(); ++n) {
            if (n / perHall != i / perHall)
                QCOMPARE(analysis.contingencies[i].flow.outputKw[n], analysis.normal.flow.outputKw[n]);
        }
    }
}

void TestPowerParts::sharedUpstreamNodeJoinsTheHalls()
{
    // Two demo halls fed from one grid connection: one part, and the connection's failure reaches both halls.
    Plan campus;
    buildDemoCampus(campus, 2);
    const PowerNetwork separate(campus);
    PowerNode grid;
    grid.id = campus.allocateId();
    grid.name = QStringLiteral("Grid connection");
    grid.kind = PowerNodeKind::UtilityFeed;
    PlanFiller filler(campus);
    filler.insert(grid);
    for (std::size_t i = 0; i < separate.size(); ++i) {
        if (separate.isSource(i) && !separate.isStandbySource(i))
            filler.insert(PowerLink { campus.allocateId(), grid.id, separate.idAt(i) });
    }
    const PowerNetwork network(campus);
    QVERIFY(network.partCount() < separate.partCount());
    QCOMPARE(compareAnalysisWithFullSolve(campus), QString());

    const PowerAnalysis analysis = PowerAnalyzer::analyze(campus);
    const std::size_t at = std::size_t(network.indexOf(grid.id));
    const PowerState &gridDown = analysis.contingencies[at];
    const std::size_t perHall = separate.size() / 2;
    for (std::size_t hall = 0; hall < 2; ++hall) {
        bool changed = false;
        for (std::size_t n = hall * perHall; n < (hall + 1) * perHall; ++n) {
            const std::size_t index = std::size_t(network.indexOf(separate.idAt(n)));
            changed = changed || gridDown.flow.outputKw[index] != analysis.normal.flow.outputKw[index];
        }
        QVERIFY2(changed, qPrintable(QStringLiteral("hall %1 does not notice the grid failure").arg(hall + 1)));
    }
}

QTEST_GUILESS_MAIN(TestPowerParts)
#include "tst_powerparts.moc"
