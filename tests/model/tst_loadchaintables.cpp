// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 20: the load projection's power chain runs per hour as one pass over per-node tables (ChainTables), with the
// cooling shares that are zero and the children without losses left out. It must give the straightforward pass's
// figures bit for bit: the same additions in the same order. These tests hold every array of the statistics of both
// against each other on campuses of several halls: demo halls (one of them changed), demo halls under one grid
// connection, and campuses put together from generated plans of different mixes.
#include "campusplan.h"
#include "plangenerator.h"

#include "plan/planfiller.h"
#include "projection/loadmodelbuilder.h"

#include <rackwerk/engine/loadprojection.h>

#include <QtTest>

#include <cstring>

using namespace rw;
using namespace rwtest;

namespace {

template <class T> bool sameBits(const std::vector<T> &a, const std::vector<T> &b)
{
    return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(T)) == 0);
}

/// Empty when both runs left the same statistics, bit for bit; else the first array that differs.
QString difference(const engine::LoadStatistics &a, const engine::LoadStatistics &b)
{
    if (!sameBits(a.histogram, b.histogram))
        return QStringLiteral("histogram");
    if (!sameBits(a.sums, b.sums) || !sameBits(a.squares, b.squares) || !sameBits(a.counts, b.counts))
        return QStringLiteral("slot sums");
    if (!sameBits(a.minValue, b.minValue) || !sameBits(a.maxValue, b.maxValue))
        return QStringLiteral("slot extremes");
    if (!sameBits(a.monthEnergyKwh, b.monthEnergyKwh) || !sameBits(a.yearEnergyKwh, b.yearEnergyKwh))
        return QStringLiteral("energies");
    if (!sameBits(a.yearPeakFacilityKw, b.yearPeakFacilityKw) || !sameBits(a.yearShortfallHours, b.yearShortfallHours))
        return QStringLiteral("yearly peaks");
    if (!sameBits(a.nodeRisk, b.nodeRisk))
        return QStringLiteral("node risk");
    if (!sameBits(a.yearSwingKw, b.yearSwingKw))
        return QStringLiteral("training swings");
    return {};
}

engine::LoadStatistics project(const BuiltLoadModel &built, bool reference)
{
    engine::LoadRunOptions options;
    options.trials = 3;
    options.seed = 20;
    options.threads = 2;
    options.referenceChain = reference;
    engine::LoadStatistics statistics;
    engine::runLoadProjectionCpu(built.model, options, {}, &statistics, options.threads);
    return statistics;
}

/// What makes a comparison worth something: nodes with losses, loss links, cooling on the chain, nodes over 80 %.
struct ChainCoverage {
    int lossyNodes = 0;
    int coolingEntries = 0;
    int incomingLosses = 0;
    bool hoursOver80 = false;
};

ChainCoverage coverageOf(const BuiltLoadModel &built, const engine::LoadStatistics &s)
{
    const engine::ChainTableArrays tables = engine::buildChainTables(built.model);
    ChainCoverage c;
    for (std::uint8_t lossy : tables.lossy)
        c.lossyNodes += lossy;
    c.coolingEntries = int(tables.cooling.size());
    c.incomingLosses = int(tables.losses.size());
    for (std::size_t i = engine::kHoursOver80; i < s.nodeRisk.size(); i += engine::kNodeRiskFields)
        c.hoursOver80 = c.hoursOver80 || s.nodeRisk[i] > 0;
    return c;
}

/// Builds the plan's model (one year) and compares both passes; returns what the model covers.
ChainCoverage compare(const Plan &plan, const QString &name)
{
    LoadModelRequest request;
    request.years = 1;
    BuiltLoadModel built;
    QString error;
    if (!LoadModelBuilder::build(plan, request, &built, &error)) {
        qWarning("%s: no load model: %s", qPrintable(name), qPrintable(error));
        return {};
    }
    const engine::LoadStatistics reference = project(built, true);
    const engine::LoadStatistics tables = project(built, false);
    const QString why = difference(reference, tables);
    if (!why.isEmpty())
        qWarning("%s: the chain tables differ from the reference pass in the %s", qPrintable(name), qPrintable(why));
    [&] { QVERIFY2(why.isEmpty(), qPrintable(name + QStringLiteral(": ") + why)); }();
    return coverageOf(built, tables);
}

}  // namespace

class TestLoadChainTables : public QObject {
    Q_OBJECT

private slots:
    /// Three demo halls, the second with a UPS whose efficiency curve differs and the third with a transformer rated
    /// so low that it runs over 80 %: every kind of node, cooling on the chain, losses passed up two levels.
    void demoCampus()
    {
        Plan plan;
        buildDemoCampus(plan, 3);
        std::vector<PowerNode> ups, transformers;
        for (const auto &[id, node] : plan.all<PowerNode>()) {
            if (node.kind == PowerNodeKind::Ups)
                ups.push_back(node);
            if (node.kind == PowerNodeKind::Transformer)
                transformers.push_back(node);
        }
        PowerNode changedUps = ups[ups.size() / 2];
        changedUps.efficiency25 = 0.91;
        changedUps.efficiency50 = 0.955;
        PlanFiller(plan).replace(changedUps);
        for (std::size_t i = 2 * transformers.size() / 3; i < transformers.size(); ++i) {
            transformers[i].ratingKw = 900;
            PlanFiller(plan).replace(transformers[i]);
        }
        const ChainCoverage c = compare(plan, QStringLiteral("three demo halls"));
        QVERIFY(c.lossyNodes >= 3 * 20);
        QVERIFY(c.coolingEntries > 0);
        QVERIFY(c.incomingLosses > 0);
        QVERIFY(c.hoursOver80);
    }

    /// Two demo halls under one grid connection: transformers with several parents' shares and losses.
    void connectedCampus()
    {
        Plan plan;
        buildConnectedCampus(plan, 2, 20000.0);
        const ChainCoverage c = compare(plan, QStringLiteral("two connected demo halls"));
        QVERIFY(c.lossyNodes > 0);
        QVERIFY(c.incomingLosses > 0);
    }

    /// Campuses of three generated plans each (different devices, chains, cooling and scenarios per hall).
    void generatedCampuses()
    {
        int withLosses = 0;
        for (std::uint64_t first = 1; first <= 12; first += 3) {
            Plan campus;
            QString name = QStringLiteral("campus of generated plans");
            for (std::uint64_t seed = first; seed < first + 3; ++seed) {
                Plan hall;
                const GeneratedPlan generated = PlanGenerator(seed).generate(hall);
                appendPlanCopy(hall, campus, QStringLiteral(" #%1").arg(seed));
                name += QLatin1Char(' ') + generated.describe();
            }
            const ChainCoverage c = compare(campus, name);
            withLosses += c.incomingLosses > 0 ? 1 : 0;
        }
        QVERIFY(withLosses > 0);
    }
};

QTEST_GUILESS_MAIN(TestLoadChainTables)
#include "tst_loadchaintables.moc"
