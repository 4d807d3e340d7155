// SPDX-License-Identifier: GPL-3.0-or-later
// Power-chain analysis: PSU-aware rack loads, routing with node ratings and conversion losses, single and
// double failures, node budgets and the EN 50600 availability class. Every plan is built by hand with
// figures that can be checked on paper; the arithmetic is in the comments.

#include "../common/testplans.h"

#include "analysis/contingency.h"
#include "analysis/dccomparison.h"
#include "analysis/powernetwork.h"
#include "commands/poweredits.h"
#include "demo/demoplan.h"
#include "plan/planfiller.h"

#include <QElapsedTimer>
#include <QUndoStack>
#include <QtTest>

#include <array>
#include <cmath>

using namespace rw;

namespace {

/// Compares two powers (or other doubles) with an absolute tolerance and a readable message.
#define COMPARE_NEAR(actual, expected, tolerance)                                                                      \
    do {                                                                                                               \
        const double actual_ = (actual);                                                                               \
        const double expected_ = (expected);                                                                           \
        QVERIFY2(std::abs(actual_ - expected_) <= (tolerance),                                                         \
            qPrintable(QStringLiteral("%1 is %2, expected %3")                                                         \
                           .arg(QString::fromLatin1(#actual))                                                          \
                           .arg(actual_, 0, 'g', 12)                                                                   \
                           .arg(expected_, 0, 'g', 12)));                                                              \
    } while (false)

constexpr double kWatt = 0.0015;  // flows are whole watts (demands rounded up): allow a watt and a half

/// Builds small plans by hand: power nodes, links, racks, devices and cooling units with fresh ids.
struct Builder {
    Plan &plan;
    Id hallId = kNoId;

    explicit Builder(Plan &p) : plan(p)
    {
        plan.clear();
        Hall hall;
        hall.id = plan.allocateId();
        hall.name = QStringLiteral("Hall");
        PlanFiller(plan).insert(hall);
        hallId = hall.id;
    }

    Id node(const QString &name, PowerNodeKind kind, double ratingKw, std::array<double, 4> efficiency = { 1, 1, 1, 1 })
    {
        PowerNode n;
        n.id = plan.allocateId();
        n.name = name;
        n.kind = kind;
        n.ratingKw = ratingKw;
        n.efficiency25 = efficiency[0];
        n.efficiency50 = efficiency[1];
        n.efficiency75 = efficiency[2];
        n.efficiency100 = efficiency[3];
        PlanFiller(plan).insert(n);
        return n.id;
    }

    void link(Id from, Id to) { PlanFiller(plan).insert(PowerLink { plan.allocateId(), from, to }); }

    /// A device type; psuCount 0 means no PSU figures.
    void type(const QString &key, double maxW, double typicalW, int psuCount = 0, int psuRequired = 0,
        double psuRatingW = 0.0, int heightU = 2)
    {
        DeviceType t;
        t.key = key;
        t.model = key;
        t.heightU = heightU;
        t.maxPowerW = maxW;
        t.typicalPowerW = typicalW;
        t.psuCount = psuCount;
        t.psuRequired = psuRequired;
        t.psuRatingW = psuRatingW;
        PlanFiller(plan).insert(t);
    }

    Id rack(const QString &name, Id feedA, Id feedB = kNoId)
    {
        Rack r;
        r.id = plan.allocateId();
        r.hallId = hallId;
        r.name = name;
        r.maxPowerKw = 100;
        r.feedA = feedA;
        r.feedB = feedB;
        PlanFiller(plan).insert(r);
        return r.id;
    }

    /// `count` devices of `key`, stacked from U1.
    void mount(Id rackId, const QString &key, int count = 1)
    {
        const int height = plan.find<DeviceType>(key)->heightU;
        for (int i = 0; i < count; ++i)
            PlanFiller(plan).insert(MountedDevice { plan.allocateId(), rackId, key, 1 + i * height, QString() });
    }

    Id cooler(const QString &name, Id feedId, double powerDrawKw)
    {
        CoolingUnit u;
        u.id = plan.allocateId();
        u.hallId = hallId;
        u.name = name;
        u.capacityKw = 50;
        u.powerDrawKw = powerDrawKw;
        u.feedId = feedId;
        PlanFiller(plan).insert(u);
        return u.id;
    }
};

const QString kServer = QStringLiteral("srv-10k");  // 10 kW max, 6 kW typical, 2 PSUs of 12 kW, 1 needed
const QString kDual = QStringLiteral("dual-10k");  // 10 kW max, 7 kW typical, 2 PSUs of 12 kW, 1 needed
const QString kDgx = QStringLiteral("dgx-like");  // 14.3 kW max, 6 PSUs of 3.3 kW, 5 needed (DGX B200)

double outputOf(const Plan &plan, const PowerState &state, Id node)
{
    const long index = PowerNetwork(plan).indexOf(node);
    return index < 0 ? -1.0 : state.flow.outputKw[std::size_t(index)];
}

const PowerState &contingencyOf(const PowerAnalysis &analysis, std::vector<Id> failed)
{
    for (const PowerState &c : analysis.contingencies) {
        if (c.failedNodes == failed)
            return c;
    }
    static const PowerState none;
    return none;
}

const NodeBudget &budgetOf(const PowerAnalysis &analysis, Id node)
{
    for (const NodeBudget &b : analysis.budgets) {
        if (b.nodeId == node)
            return b;
    }
    static const NodeBudget none;
    return none;
}

const RackSupply &supplyOf(const PowerState &state, Id rack)
{
    for (const RackSupply &s : state.loads.racks) {
        if (s.rackId == rack)
            return s;
    }
    static const RackSupply none;
    return none;
}

QString idList(const std::vector<Id> &ids)
{
    QStringList list;
    for (Id id : ids)
        list << QString::number(id);
    return list.join(QLatin1Char(','));
}

/// The 2N chain: utility A -> UPS A (50 kW) -> PDU A (50 kW), the same for side B; one rack on PDU A and B.
struct TwoN {
    Id utilityA, upsA, pduA, utilityB, upsB, pduB, rack;
};

TwoN buildTwoN(Builder &b)
{
    TwoN n;
    n.utilityA = b.node(QStringLiteral("Utility A"), PowerNodeKind::UtilityFeed, 0);
    n.upsA = b.node(QStringLiteral("UPS A"), PowerNodeKind::Ups, 50);
    n.pduA = b.node(QStringLiteral("PDU A"), PowerNodeKind::Pdu, 50);
    n.utilityB = b.node(QStringLiteral("Utility B"), PowerNodeKind::UtilityFeed, 0);
    n.upsB = b.node(QStringLiteral("UPS B"), PowerNodeKind::Ups, 50);
    n.pduB = b.node(QStringLiteral("PDU B"), PowerNodeKind::Pdu, 50);
    b.link(n.utilityA, n.upsA);
    b.link(n.upsA, n.pduA);
    b.link(n.utilityB, n.upsB);
    b.link(n.upsB, n.pduB);
    n.rack = b.rack(QStringLiteral("R"), n.pduA, n.pduB);
    return n;
}

/// A device type that takes 800 V DC (or either): the Builder's types take AC.
void takesDc(Plan &plan, const QString &key, PowerInput input = PowerInput::Dc800)
{
    DeviceType t = *plan.find<DeviceType>(key);
    t.powerInput = input;
    PlanFiller(plan).replace(t);
}

/// A sum over a chain of lossy nodes: each rounds its loss up to a whole watt.
constexpr double kChainWatts = 0.0035;

constexpr std::array<double, 4> flat(double efficiency)
{
    return { efficiency, efficiency, efficiency, efficiency };
}

}  // namespace

class TestPowerAnalysis : public QObject {
    Q_OBJECT

private slots:
    void efficiencyCurveIsInterpolated();
    void singlePathWithUpsLosses();
    void dcChainLossesByHand();
    void dcChainSingleFailures();
    void acAgainstDcVariant();
    void nPlusOneUpsSharesAndCarriesAlone();
    void nPlusOneUndersizedUpsOverloadsSurvivor();
    void twoNSplitsAndSurvivesEitherSide();
    void twoNWithSixPsuDeviceIsLimited();
    void psusAlternateBetweenFeeds();
    void sharedSwitchboardsGiveClassThree();
    void generatorIsStandby();
    void generatorFeedsOnlyBoardsWithoutMains();
    void coolingUnitsLoadTheirFeedAndStop();
    void worstContingencyHasMostUnservedPower();
    void pairsAddEveryTwoNodeFailure();
    void demoPlanBudgets();
    void unratedChainIsRoutedQuickly();
};

void TestPowerAnalysis::efficiencyCurveIsInterpolated()
{
    Plan plan;
    Builder b(plan);
    const Id ups = b.node(QStringLiteral("UPS"), PowerNodeKind::Ups, 16, { 0.90, 0.94, 0.96, 0.97 });
    PowerNode generator;
    generator.id = plan.allocateId();
    generator.name = QStringLiteral("GEN");
    generator.kind = PowerNodeKind::Generator;
    generator.ratingKva = 100;
    generator.powerFactor = 0.8;
    PlanFiller(plan).insert(generator);
    const PowerNetwork network(plan);
    const auto u = std::size_t(network.indexOf(ups));
    COMPARE_NEAR(network.efficiency(u, 0.10), 0.90, 1e-12);  // flat below 25 %
    COMPARE_NEAR(network.efficiency(u, 0.25), 0.90, 1e-12);
    COMPARE_NEAR(network.efficiency(u, 0.375), 0.92, 1e-12);  // halfway 25..50 %: (0.90 + 0.94) / 2
    COMPARE_NEAR(network.efficiency(u, 0.625), 0.95, 1e-12);  // halfway 50..75 %: (0.94 + 0.96) / 2
    COMPARE_NEAR(network.efficiency(u, 0.70), 0.956, 1e-12);  // 0.94 + (0.70 - 0.50) / 0.25 x 0.02
    COMPARE_NEAR(network.efficiency(u, 0.875), 0.965, 1e-12);  // halfway 75..100 %
    COMPARE_NEAR(network.efficiency(u, 1.0), 0.97, 1e-12);
    COMPARE_NEAR(network.efficiency(u, 1.5), 0.97, 1e-12);  // flat above 100 %
    // Rating: ratingKw, else kVA x power factor: 100 kVA x 0.8 = 80 kW.
    QCOMPARE(network.ratingKw(u), 16.0);
    COMPARE_NEAR(network.ratingKw(std::size_t(network.indexOf(generator.id))), 80.0, 1e-12);
    QVERIFY(network.isStandbySource(std::size_t(network.indexOf(generator.id))));
    QVERIFY(!network.isStandbySource(u));
}

void TestPowerAnalysis::singlePathWithUpsLosses()
{
    // Utility (100 kW) -> UPS (16 kW, 90/94/96/97 %) -> PDU (12.5 kW) -> rack with one 10 kW server.
    Plan plan;
    Builder b(plan);
    const Id utility = b.node(QStringLiteral("Utility"), PowerNodeKind::UtilityFeed, 100);
    const Id ups = b.node(QStringLiteral("UPS"), PowerNodeKind::Ups, 16, { 0.90, 0.94, 0.96, 0.97 });
    const Id pdu = b.node(QStringLiteral("PDU"), PowerNodeKind::Pdu, 12.5);
    b.link(utility, ups);
    b.link(ups, pdu);
    b.type(kServer, 10000, 6000, 2, 1, 12000);
    const Id rack = b.rack(QStringLiteral("R"), pdu);
    b.mount(rack, kServer);

    const PowerAnalysis a = PowerAnalyzer::analyze(plan);
    QVERIFY(a.normal.servesAll());
    QVERIFY(a.normal.flow.routable);
    COMPARE_NEAR(supplyOf(a.normal, rack).demandKw, 10.0, 1e-12);
    COMPARE_NEAR(supplyOf(a.normal, rack).servedKw, 10.0, 1e-12);

    // Design: PDU and UPS deliver 10 kW. The UPS runs at 10 / 16 = 62.5 %: efficiency halfway between
    // 94 % and 96 % = 95 %, loss 10 / 0.95 - 10 = 0.526316 kW, input 10.526316 kW, which the utility delivers
    // (the flow rounds the loss up to 527 W).
    COMPARE_NEAR(outputOf(plan, a.normal, pdu), 10.0, kWatt);
    COMPARE_NEAR(outputOf(plan, a.normal, ups), 10.0, kWatt);
    const auto upsIndex = std::size_t(PowerNetwork(plan).indexOf(ups));
    COMPARE_NEAR(a.normal.flow.inputKw[upsIndex], 10.526316, kWatt);
    COMPARE_NEAR(outputOf(plan, a.normal, utility), 10.526316, kWatt);
    // Most used node: the PDU at 10 / 12.5 = 0.8 (UPS 0.625, utility 0.105).
    COMPARE_NEAR(a.normal.flow.worstUtilisation, 0.8, 1e-6);

    // Expected (typical 6 kW): UPS at 6 / 16 = 37.5 %, efficiency (90 + 94) / 2 = 92 %,
    // loss 6 / 0.92 - 6 = 0.521739 kW; the utility delivers 6.521739 kW.
    COMPARE_NEAR(outputOf(plan, a.expected, ups), 6.0, kWatt);
    COMPARE_NEAR(outputOf(plan, a.expected, utility), 6.521739, kWatt);
    COMPARE_NEAR(a.expected.flow.inputKw[upsIndex], 6.521739, kWatt);

    const NodeBudget &upsBudget = budgetOf(a, ups);
    QCOMPARE(upsBudget.ratingKw, 16.0);
    COMPARE_NEAR(upsBudget.connectedKw, 10.0, 1e-12);
    COMPARE_NEAR(upsBudget.designKw, 10.0, kWatt);
    COMPARE_NEAR(upsBudget.expectedKw, 6.0, kWatt);
    COMPARE_NEAR(upsBudget.worstKw, 10.0, kWatt);  // failures only take load away
    QCOMPARE(upsBudget.worstFailure, kNoId);
    COMPARE_NEAR(upsBudget.headroomKw(), 6.0, kWatt);
    COMPARE_NEAR(budgetOf(a, utility).designKw, 10.526316, kWatt);
    COMPARE_NEAR(budgetOf(a, utility).expectedKw, 6.521739, kWatt);

    // Any single failure loses the rack: 10 kW unserved. No redundancy anywhere: class 1.
    QCOMPARE(a.contingencies.size(), std::size_t(3));
    for (const PowerState &c : a.contingencies) {
        QCOMPARE(c.failedNodes.size(), std::size_t(1));
        QCOMPARE(idList(c.racksLost), QString::number(rack));
        QVERIFY(c.racksLimited.empty());
        COMPARE_NEAR(c.unservedKw, 10.0, 1e-9);
        QVERIFY(!c.servesAll());
        QCOMPARE(supplyOf(c, rack).devicesDown, 1);
        COMPARE_NEAR(outputOf(plan, c, utility), 0.0, 1e-12);
    }
    QCOMPARE(a.availability.supportedClass, 1);
    QVERIFY(!a.availability.reason.isEmpty());
}

void TestPowerAnalysis::nPlusOneUpsSharesAndCarriesAlone()
{
    // Utility -> UPS 1 and UPS 2 (30 kW each) -> one switchboard (60 kW, two parents) -> rack, 2 x 10 kW.
    Plan plan;
    Builder b(plan);
    const Id utility = b.node(QStringLiteral("Utility"), PowerNodeKind::UtilityFeed, 0);
    const Id ups1 = b.node(QStringLiteral("UPS 1"), PowerNodeKind::Ups, 30);
    const Id ups2 = b.node(QStringLiteral("UPS 2"), PowerNodeKind::Ups, 30);
    const Id board = b.node(QStringLiteral("SWB"), PowerNodeKind::Switchboard, 60);
    b.link(utility, ups1);
    b.link(utility, ups2);
    b.link(ups1, board);
    b.link(ups2, board);
    b.type(kServer, 10000, 6000, 2, 1, 12000);
    const Id rack = b.rack(QStringLiteral("R"), board);
    b.mount(rack, kServer, 2);

    const PowerAnalysis a = PowerAnalyzer::analyze(plan);
    QVERIFY(a.normal.servesAll());
    // Normal operation: 20 kW through the switchboard, shared so that no UPS is above 20 / 60 = 1/3 of its
    // rating: 10 kW each (the bisection stops within 0.1 %, so each lies within 10 kW +- 10 W).
    COMPARE_NEAR(outputOf(plan, a.normal, board), 20.0, kWatt);
    COMPARE_NEAR(outputOf(plan, a.normal, ups1) + outputOf(plan, a.normal, ups2), 20.0, kWatt);
    COMPARE_NEAR(outputOf(plan, a.normal, ups1), 10.0, 0.011);
    COMPARE_NEAR(outputOf(plan, a.normal, ups2), 10.0, 0.011);
    COMPARE_NEAR(a.normal.flow.worstUtilisation, 1.0 / 3.0, 0.001);

    // Either UPS alone carries all 20 kW (2/3 of its rating).
    for (const auto &[failed, survivor] : { std::pair { ups1, ups2 }, std::pair { ups2, ups1 } }) {
        const PowerState &c = contingencyOf(a, { failed });
        QVERIFY(c.servesAll());
        COMPARE_NEAR(c.unservedKw, 0.0, 1e-12);
        COMPARE_NEAR(outputOf(plan, c, failed), 0.0, 1e-12);
        COMPARE_NEAR(outputOf(plan, c, survivor), 20.0, kWatt);
    }
    // Utility and switchboard are single points of failure: 20 kW lost.
    COMPARE_NEAR(contingencyOf(a, { utility }).unservedKw, 20.0, 1e-9);
    COMPARE_NEAR(contingencyOf(a, { board }).unservedKw, 20.0, 1e-9);
    // Redundant components (a node with two parents), but a single point of failure: class 2. The reason names
    // only what happens (racks lose power), not the effects that do not ("0 racks on too few supplies").
    QCOMPARE(a.availability.supportedClass, 2);
    QVERIFY2(a.availability.reason.contains(QStringLiteral("without power"))
            && !a.availability.reason.contains(QStringLiteral("too few"))
            && !a.availability.reason.contains(QStringLiteral("rating")),
        qPrintable(a.availability.reason));

    // Budget of UPS 1: 20 kW worst when UPS 2 fails, 30 - 20 = 10 kW headroom; it can feed both servers.
    const NodeBudget &budget = budgetOf(a, ups1);
    COMPARE_NEAR(budget.connectedKw, 20.0, 1e-12);
    COMPARE_NEAR(budget.designKw, 10.0, 0.011);
    COMPARE_NEAR(budget.worstKw, 20.0, kWatt);
    QCOMPARE(budget.worstFailure, ups2);
    COMPARE_NEAR(budget.headroomKw(), 10.0, kWatt);
}

void TestPowerAnalysis::nPlusOneUndersizedUpsOverloadsSurvivor()
{
    // As above with 15 kW UPS: normal operation shares 10 + 10 kW (2/3 each), but either failure puts the
    // whole 20 kW demand on the survivor: 20 kW on 15 kW, utilisation 20 / 15 = 1.333.
    Plan plan;
    Builder b(plan);
    const Id utility = b.node(QStringLiteral("Utility"), PowerNodeKind::UtilityFeed, 0);
    const Id ups1 = b.node(QStringLiteral("UPS 1"), PowerNodeKind::Ups, 15);
    const Id ups2 = b.node(QStringLiteral("UPS 2"), PowerNodeKind::Ups, 15);
    const Id board = b.node(QStringLiteral("SWB"), PowerNodeKind::Switchboard, 60);
    b.link(utility, ups1);
    b.link(utility, ups2);
    b.link(ups1, board);
    b.link(ups2, board);
    b.type(kServer, 10000, 6000, 2, 1, 12000);
    const Id rack = b.rack(QStringLiteral("R"), board);
    b.mount(rack, kServer, 2);

    const PowerAnalysis a = PowerAnalyzer::analyze(plan);
    QVERIFY(a.normal.servesAll());
    COMPARE_NEAR(a.normal.flow.worstUtilisation, 2.0 / 3.0, 0.001);
    for (const auto &[failed, survivor] : { std::pair { ups1, ups2 }, std::pair { ups2, ups1 } }) {
        const PowerState &c = contingencyOf(a, { failed });
        QVERIFY(!c.servesAll());
        QVERIFY(c.racksLost.empty());  // the rack still gets power: the survivor is overloaded instead
        QVERIFY(c.racksLimited.empty());
        COMPARE_NEAR(c.unservedKw, 0.0, 1e-12);
        QCOMPARE(c.overloads.size(), std::size_t(1));
        QCOMPARE(c.overloads[0].nodeId, survivor);
        COMPARE_NEAR(c.overloads[0].loadKw, 20.0, kWatt);
        QCOMPARE(c.overloads[0].ratingKw, 15.0);
        COMPARE_NEAR(c.flow.worstUtilisation, 20.0 / 15.0, 1e-6);
        QVERIFY(c.flow.routable);
    }
    const NodeBudget &budget = budgetOf(a, ups2);
    COMPARE_NEAR(budget.worstKw, 20.0, kWatt);
    QCOMPARE(budget.worstFailure, ups1);
    COMPARE_NEAR(budget.headroomKw(), -5.0, kWatt);  // 15 - 20
    QCOMPARE(a.availability.supportedClass, 2);
}

void TestPowerAnalysis::twoNSplitsAndSurvivesEitherSide()
{
    // Two devices, 2 PSUs each (12 kW, 1 needed), 10 kW max / 7 kW typical, on PDU A and PDU B.
    Plan plan;
    Builder b(plan);
    const TwoN n = buildTwoN(b);
    b.type(kDual, 10000, 7000, 2, 1, 12000);
    b.mount(n.rack, kDual, 2);

    const PowerAnalysis a = PowerAnalyzer::analyze(plan);
    QVERIFY(a.normal.servesAll());
    // One PSU on each side: each device draws 5 kW from A and 5 kW from B, 10 + 10 kW per side.
    for (Id node : { n.pduA, n.upsA, n.utilityA, n.pduB, n.upsB, n.utilityB })
        COMPARE_NEAR(outputOf(plan, a.normal, node), 10.0, kWatt);
    // Typical: 7 kW per device, 3.5 + 3.5 kW per side.
    COMPARE_NEAR(outputOf(plan, a.expected, n.pduA), 7.0, kWatt);
    COMPARE_NEAR(outputOf(plan, a.expected, n.pduB), 7.0, kWatt);
    COMPARE_NEAR(a.normal.flow.worstUtilisation, 10.0 / 50.0, 1e-6);

    // Losing any node of one side: the other PSU (12 kW >= 10 kW) carries each device, 20 kW on the other side.
    QCOMPARE(a.contingencies.size(), std::size_t(6));
    for (const PowerState &c : a.contingencies) {
        QVERIFY2(c.servesAll(), qPrintable(idList(c.failedNodes)));
        COMPARE_NEAR(c.unservedKw, 0.0, 1e-12);
        const Id failed = c.failedNodes.front();
        const bool sideA = failed == n.utilityA || failed == n.upsA || failed == n.pduA;
        COMPARE_NEAR(outputOf(plan, c, n.pduA), sideA ? 0.0 : 20.0, kWatt);
        COMPARE_NEAR(outputOf(plan, c, n.pduB), sideA ? 20.0 : 0.0, kWatt);
    }
    // Independent paths (they share no node: the utilities are separate sources): class 4.
    QCOMPARE(a.availability.supportedClass, 4);

    // PDU B: 20 kW worst, first reached when Utility A (the first node) fails; 50 - 20 = 30 kW headroom.
    const NodeBudget &budget = budgetOf(a, n.pduB);
    COMPARE_NEAR(budget.connectedKw, 20.0, 1e-12);
    COMPARE_NEAR(budget.designKw, 10.0, kWatt);
    COMPARE_NEAR(budget.expectedKw, 7.0, kWatt);
    COMPARE_NEAR(budget.worstKw, 20.0, kWatt);
    QCOMPARE(budget.worstFailure, n.utilityA);
    COMPARE_NEAR(budget.headroomKw(), 30.0, kWatt);

    // A common utility for both sides is a single point of failure: class 2.
    PlanFiller(plan).take<PowerLink>(plan.all<PowerLink>().begin()->first);  // Utility A -> UPS A (the first link)
    b.link(n.utilityB, n.upsA);
    const PowerAnalysis shared = PowerAnalyzer::analyze(plan);
    COMPARE_NEAR(contingencyOf(shared, { n.utilityB }).unservedKw, 20.0, 1e-9);
    QCOMPARE(shared.availability.supportedClass, 2);
}

void TestPowerAnalysis::twoNWithSixPsuDeviceIsLimited()
{
    // Two DGX-B200-like devices: 14.3 kW max, 11.4 kW typical, 6 PSUs of 3.3 kW, 5 needed.
    Plan plan;
    Builder b(plan);
    const TwoN n = buildTwoN(b);
    b.type(kDgx, 14300, 11400, 6, 5, 3300, 10);
    b.mount(n.rack, kDgx, 2);

    const PowerAnalysis a = PowerAnalyzer::analyze(plan);
    // Normal: 3 PSUs per side, 6 x 3.3 = 19.8 kW >= 14.3 kW: 7.15 kW per side per device, 14.3 kW per PDU.
    QVERIFY(a.normal.servesAll());
    COMPARE_NEAR(outputOf(plan, a.normal, n.pduA), 14.3, kWatt);
    COMPARE_NEAR(outputOf(plan, a.normal, n.pduB), 14.3, kWatt);

    // Side A lost: 3 live PSUs = 9.9 kW < 14.3 kW: each device is limited, 14.3 - 9.9 = 4.4 kW unserved,
    // 8.8 kW for the rack; PDU B delivers 2 x 9.9 = 19.8 kW.
    for (Id failed : { n.utilityA, n.upsA, n.pduA }) {
        const PowerState &c = contingencyOf(a, { failed });
        QVERIFY(!c.servesAll());
        QVERIFY(c.racksLost.empty());
        QCOMPARE(idList(c.racksLimited), QString::number(n.rack));
        COMPARE_NEAR(c.unservedKw, 8.8, 1e-9);
        const RackSupply &supply = supplyOf(c, n.rack);
        COMPARE_NEAR(supply.demandKw, 28.6, 1e-9);
        COMPARE_NEAR(supply.servedKw, 19.8, 1e-9);
        QCOMPARE(supply.devicesLimited, 2);
        QCOMPARE(supply.devicesDown, 0);
        QVERIFY(supply.limited());
        QVERIFY(!supply.lost());
        COMPARE_NEAR(outputOf(plan, c, n.pduB), 19.8, kWatt);
        COMPARE_NEAR(outputOf(plan, c, n.pduA), 0.0, 1e-12);
    }
    // Side B lost: the same, mirrored.
    COMPARE_NEAR(contingencyOf(a, { n.pduB }).unservedKw, 8.8, 1e-9);
    COMPARE_NEAR(outputOf(plan, contingencyOf(a, { n.pduB }), n.pduA), 19.8, kWatt);
    // A single failure limits the rack, though every path is doubled: class 2.
    QCOMPARE(a.availability.supportedClass, 2);
}

void TestPowerAnalysis::psusAlternateBetweenFeeds()
{
    // Rack 1: a device with 3 PSUs of 4 kW (2 needed), 6 kW max: PSUs go A, B, A.
    // Rack 2: a device with 2 unrated PSUs, both needed, 1 kW max: one PSU carries 1 / 2 = 0.5 kW.
    // Rack 3: a device without PSU figures, 2 kW: draws evenly from both feeds and runs on either.
    Plan plan;
    Builder b(plan);
    const TwoN n = buildTwoN(b);
    b.type(QStringLiteral("three-psu"), 6000, 5000, 3, 2, 4000);
    b.type(QStringLiteral("two-needed"), 1000, 800, 2, 2, 0);
    b.type(QStringLiteral("no-psu"), 2000, 1000);
    b.mount(n.rack, QStringLiteral("three-psu"));
    const Id rack2 = b.rack(QStringLiteral("R2"), n.pduA, n.pduB);
    b.mount(rack2, QStringLiteral("two-needed"));
    const Id rack3 = b.rack(QStringLiteral("R3"), n.pduA, n.pduB);
    b.mount(rack3, QStringLiteral("no-psu"));

    const PowerAnalysis a = PowerAnalyzer::analyze(plan);
    QVERIFY(a.normal.servesAll());
    // Normal: rack 1 draws 6 x 2/3 = 4 kW from A and 2 kW from B; rack 2 0.5 + 0.5; rack 3 1 + 1.
    // PDU A: 4 + 0.5 + 1 = 5.5 kW; PDU B: 2 + 0.5 + 1 = 3.5 kW.
    COMPARE_NEAR(outputOf(plan, a.normal, n.pduA), 5.5, kWatt);
    COMPARE_NEAR(outputOf(plan, a.normal, n.pduB), 3.5, kWatt);

    // PDU B fails: rack 1 on 2 PSUs = 8 kW >= 6 kW, full; rack 2 on 1 of 2 needed unrated PSUs: 0.5 kW of 1;
    // rack 3 full from A. Unserved 0.5 kW; PDU A: 6 + 0.5 + 2 = 8.5 kW.
    const PowerState &lostB = contingencyOf(a, { n.pduB });
    COMPARE_NEAR(lostB.unservedKw, 0.5, 1e-9);
    QCOMPARE(idList(lostB.racksLimited), QString::number(rack2));
    COMPARE_NEAR(outputOf(plan, lostB, n.pduA), 8.5, kWatt);

    // PDU A fails: rack 1 on 1 PSU = 4 kW < 6 kW (2 kW unserved); rack 2 0.5 kW unserved; rack 3 full.
    // Unserved 2.5 kW; PDU B: 4 + 0.5 + 2 = 6.5 kW.
    const PowerState &lostA = contingencyOf(a, { n.pduA });
    COMPARE_NEAR(lostA.unservedKw, 2.5, 1e-9);
    QCOMPARE(idList(lostA.racksLimited), QStringLiteral("%1,%2").arg(n.rack).arg(rack2));
    COMPARE_NEAR(outputOf(plan, lostA, n.pduB), 6.5, kWatt);
    COMPARE_NEAR(supplyOf(lostA, rack3).servedKw, 2.0, 1e-12);
}

void TestPowerAnalysis::sharedSwitchboardsGiveClassThree()
{
    // Utility 1 -> SWB 1, Utility 2 -> SWB 2; each switchboard feeds both PDU A and PDU B; the rack takes
    // A and B. Every single failure leaves a path, but both paths run through SWB 1 and SWB 2: class 3.
    Plan plan;
    Builder b(plan);
    const Id u1 = b.node(QStringLiteral("Utility 1"), PowerNodeKind::UtilityFeed, 0);
    const Id u2 = b.node(QStringLiteral("Utility 2"), PowerNodeKind::UtilityFeed, 0);
    const Id s1 = b.node(QStringLiteral("SWB 1"), PowerNodeKind::Switchboard, 0);
    const Id s2 = b.node(QStringLiteral("SWB 2"), PowerNodeKind::Switchboard, 0);
    const Id pduA = b.node(QStringLiteral("PDU A"), PowerNodeKind::Pdu, 0);
    const Id pduB = b.node(QStringLiteral("PDU B"), PowerNodeKind::Pdu, 0);
    b.link(u1, s1);
    b.link(u2, s2);
    for (Id board : { s1, s2 }) {
        b.link(board, pduA);
        b.link(board, pduB);
    }
    b.type(kDual, 10000, 7000, 2, 1, 12000);
    const Id rack = b.rack(QStringLiteral("R"), pduA, pduB);
    b.mount(rack, kDual, 2);

    const PowerAnalysis a = PowerAnalyzer::analyze(plan);
    QVERIFY(a.normal.servesAll());
    for (const PowerState &c : a.contingencies)
        QVERIFY2(c.servesAll(), qPrintable(idList(c.failedNodes)));
    QCOMPARE(a.availability.supportedClass, 3);
    // Nothing is rated: no utilisation, 10 kW on each PDU.
    QCOMPARE(a.normal.flow.worstUtilisation, 0.0);
    COMPARE_NEAR(outputOf(plan, a.normal, pduA), 10.0, kWatt);
    COMPARE_NEAR(outputOf(plan, a.normal, pduB), 10.0, kWatt);
    COMPARE_NEAR(outputOf(plan, a.normal, s1) + outputOf(plan, a.normal, s2), 20.0, kWatt);
    // SWB 1 out: SWB 2 carries both PDUs, 20 kW.
    COMPARE_NEAR(outputOf(plan, contingencyOf(a, { s1 }), s2), 20.0, kWatt);
}

void TestPowerAnalysis::generatorIsStandby()
{
    // Utility -> transformer (100 kW) -> switchboard; generator (100 kVA x 0.8 = 80 kW) -> switchboard;
    // rack with 2 x 10 kW on the switchboard.
    Plan plan;
    Builder b(plan);
    const Id utility = b.node(QStringLiteral("Utility"), PowerNodeKind::UtilityFeed, 0);
    const Id transformer = b.node(QStringLiteral("TX"), PowerNodeKind::Transformer, 100);
    PowerNode gen;
    gen.id = plan.allocateId();
    gen.name = QStringLiteral("GEN");
    gen.kind = PowerNodeKind::Generator;
    gen.ratingKva = 100;
    gen.powerFactor = 0.8;
    PlanFiller(plan).insert(gen);
    const Id board = b.node(QStringLiteral("SWB"), PowerNodeKind::Switchboard, 0);
    b.link(utility, transformer);
    b.link(transformer, board);
    b.link(gen.id, board);
    b.type(kServer, 10000, 6000, 2, 1, 12000);
    const Id rack = b.rack(QStringLiteral("R"), board);
    b.mount(rack, kServer, 2);

    const PowerAnalysis a = PowerAnalyzer::analyze(plan);
    // Normal operation: all 20 kW from the transformer, nothing from the generator.
    QVERIFY(a.normal.servesAll());
    COMPARE_NEAR(outputOf(plan, a.normal, transformer), 20.0, kWatt);
    COMPARE_NEAR(outputOf(plan, a.normal, gen.id), 0.0, 1e-12);
    const PowerNetwork network(plan);
    QVERIFY(!network.activeSources({})[std::size_t(network.indexOf(gen.id))]);

    // Transformer or utility out: the transfer switch starts the generator, which carries the 20 kW.
    for (Id failed : { utility, transformer }) {
        const PowerState &c = contingencyOf(a, { failed });
        QVERIFY(c.servesAll());
        COMPARE_NEAR(outputOf(plan, c, gen.id), 20.0, kWatt);
        COMPARE_NEAR(outputOf(plan, c, transformer), 0.0, 1e-12);
    }
    QVERIFY(network.activeSources({ std::size_t(network.indexOf(transformer)) })[std::size_t(network.indexOf(gen.id))]);
    // Generator out: nothing changes.
    COMPARE_NEAR(outputOf(plan, contingencyOf(a, { gen.id }), transformer), 20.0, kWatt);
    QVERIFY(contingencyOf(a, { gen.id }).servesAll());
    // The generator's budget: 0 kW by design, 20 kW worst (first reached with the utility out).
    const NodeBudget &budget = budgetOf(a, gen.id);
    QCOMPARE(budget.ratingKw, 80.0);
    COMPARE_NEAR(budget.designKw, 0.0, 1e-12);
    COMPARE_NEAR(budget.worstKw, 20.0, kWatt);
    QCOMPARE(budget.worstFailure, utility);
    // The switchboard is a single point of failure: class 2.
    QCOMPARE(a.availability.supportedClass, 2);

    // A 25 kVA x 0.6 = 15 kW generator is overloaded by the 20 kW when the transformer is out.
    gen.ratingKva = 25;
    gen.powerFactor = 0.6;
    PlanFiller(plan).replace(gen);
    const PowerState small = PowerAnalyzer::state(plan, PowerNetwork(plan), { transformer }, LoadLevel::Design);
    QCOMPARE(small.overloads.size(), std::size_t(1));
    QCOMPARE(small.overloads[0].nodeId, gen.id);
    COMPARE_NEAR(small.overloads[0].loadKw, 20.0, kWatt);
    COMPARE_NEAR(small.overloads[0].ratingKw, 15.0, 1e-12);
}

void TestPowerAnalysis::generatorFeedsOnlyBoardsWithoutMains()
{
    // One generator (80 kW) backs two switchboards through their transfer switches:
    // Utility -> TX 1 (100 kW) -> SWB 1 -> rack 1 (20 kW); Utility -> TX 2 (25 kW) -> SWB 2 -> rack 2 (20 kW);
    // GEN -> SWB 1, GEN -> SWB 2.
    Plan plan;
    Builder b(plan);
    const Id utility = b.node(QStringLiteral("Utility"), PowerNodeKind::UtilityFeed, 0);
    const Id tx1 = b.node(QStringLiteral("TX 1"), PowerNodeKind::Transformer, 100);
    const Id tx2 = b.node(QStringLiteral("TX 2"), PowerNodeKind::Transformer, 25);
    const Id gen = b.node(QStringLiteral("GEN"), PowerNodeKind::Generator, 80);
    const Id swb1 = b.node(QStringLiteral("SWB 1"), PowerNodeKind::Switchboard, 0);
    const Id swb2 = b.node(QStringLiteral("SWB 2"), PowerNodeKind::Switchboard, 0);
    b.link(utility, tx1);
    b.link(utility, tx2);
    b.link(tx1, swb1);
    b.link(tx2, swb2);
    b.link(gen, swb1);
    b.link(gen, swb2);
    b.type(kServer, 10000, 6000, 2, 1, 12000);
    const Id rack1 = b.rack(QStringLiteral("R1"), swb1);
    b.mount(rack1, kServer, 2);
    const Id rack2 = b.rack(QStringLiteral("R2"), swb2);
    b.mount(rack2, kServer, 2);

    const PowerAnalysis a = PowerAnalyzer::analyze(plan);
    COMPARE_NEAR(outputOf(plan, a.normal, gen), 0.0, 1e-12);
    // TX 1 out: SWB 1 loses mains and its transfer switch starts the generator: 20 kW. SWB 2 keeps mains:
    // TX 2 carries its 20 kW (80 % of 25 kW), although moving load to the generator would lower the highest
    // utilisation (TX 2 at x / 25 against the generator at (40 - x) / 80).
    const PowerState &c = contingencyOf(a, { tx1 });
    QVERIFY(c.servesAll());
    COMPARE_NEAR(outputOf(plan, c, gen), 20.0, kWatt);
    COMPARE_NEAR(outputOf(plan, c, tx2), 20.0, kWatt);
    COMPARE_NEAR(c.flow.worstUtilisation, 20.0 / 25.0, 1e-6);
    // Utility out: both boards lose mains, the generator carries 40 kW.
    COMPARE_NEAR(outputOf(plan, contingencyOf(a, { utility }), gen), 40.0, kWatt);
    // The same with TX 2 too small for its board (15 kW): the overload shows; the generator does not hide it.
    PowerNode small = *plan.find<PowerNode>(tx2);
    small.ratingKw = 15;
    PlanFiller(plan).replace(small);
    const PowerState overloaded = PowerAnalyzer::state(plan, PowerNetwork(plan), { tx1 }, LoadLevel::Design);
    QCOMPARE(overloaded.overloads.size(), std::size_t(1));
    QCOMPARE(overloaded.overloads[0].nodeId, tx2);
    COMPARE_NEAR(overloaded.overloads[0].loadKw, 20.0, kWatt);
}

void TestPowerAnalysis::coolingUnitsLoadTheirFeedAndStop()
{
    // Utility -> UPS -> PDU -> rack (10 kW); Utility -> mechanical board -> CRAH 1 (3 kW), CRAH 2 (2 kW);
    // CRAH 3 (4 kW) is fed from outside the chain; CRAH 4 (1.5 kW) hangs on the UPS.
    Plan plan;
    Builder b(plan);
    const Id utility = b.node(QStringLiteral("Utility"), PowerNodeKind::UtilityFeed, 0);
    const Id ups = b.node(QStringLiteral("UPS"), PowerNodeKind::Ups, 0);
    const Id pdu = b.node(QStringLiteral("PDU"), PowerNodeKind::Pdu, 0);
    const Id mech = b.node(QStringLiteral("MSB-MECH"), PowerNodeKind::Switchboard, 0);
    b.link(utility, ups);
    b.link(ups, pdu);
    b.link(utility, mech);
    b.type(kServer, 10000, 6000, 2, 1, 12000);
    const Id rack = b.rack(QStringLiteral("R"), pdu);
    b.mount(rack, kServer);
    const Id crah1 = b.cooler(QStringLiteral("CRAH 1"), mech, 3);
    const Id crah2 = b.cooler(QStringLiteral("CRAH 2"), mech, 2);
    b.cooler(QStringLiteral("CRAH 3"), kNoId, 4);
    const Id crah4 = b.cooler(QStringLiteral("CRAH 4"), ups, 1.5);

    const PowerAnalysis a = PowerAnalyzer::analyze(plan);
    // Normal: board 3 + 2 = 5 kW, UPS 10 + 1.5 = 11.5 kW, utility 16.5 kW; cooling draws 6.5 kW from the chain.
    QVERIFY(a.normal.loads.stoppedCoolingUnits.empty());
    COMPARE_NEAR(a.normal.loads.coolingKw, 6.5, 1e-12);
    COMPARE_NEAR(outputOf(plan, a.normal, mech), 5.0, kWatt);
    COMPARE_NEAR(outputOf(plan, a.normal, ups), 11.5, kWatt);
    COMPARE_NEAR(outputOf(plan, a.normal, pdu), 10.0, kWatt);
    COMPARE_NEAR(outputOf(plan, a.normal, utility), 16.5, kWatt);
    // Cooling units load the chain at typical IT load as well.
    COMPARE_NEAR(outputOf(plan, a.expected, utility), 6.0 + 6.5, kWatt);

    // Mechanical board out: CRAH 1 and 2 stop, the rack runs on.
    const PowerState &mechOut = contingencyOf(a, { mech });
    QCOMPARE(idList(mechOut.loads.stoppedCoolingUnits), QStringLiteral("%1,%2").arg(crah1).arg(crah2));
    COMPARE_NEAR(mechOut.loads.coolingKw, 1.5, 1e-12);
    QVERIFY(mechOut.racksLost.empty());
    // UPS out: CRAH 4 stops with the rack.
    const PowerState &upsOut = contingencyOf(a, { ups });
    QCOMPARE(idList(upsOut.loads.stoppedCoolingUnits), QString::number(crah4));
    QCOMPARE(idList(upsOut.racksLost), QString::number(rack));
    COMPARE_NEAR(outputOf(plan, upsOut, utility), 5.0, kWatt);
    // Utility out: every unit on the chain stops; CRAH 3 is not on it.
    QCOMPARE(idList(contingencyOf(a, { utility }).loads.stoppedCoolingUnits),
        QStringLiteral("%1,%2,%3").arg(crah1).arg(crah2).arg(crah4));
    // PDU out: no cooling unit stops.
    QVERIFY(contingencyOf(a, { pdu }).loads.stoppedCoolingUnits.empty());
}

void TestPowerAnalysis::worstContingencyHasMostUnservedPower()
{
    // Utilities UA and UB (15 kW each) both feed X and Y; X feeds rack 1 (2 x 10 kW), Y feeds rack 2 (8 kW).
    // Normal: 28 kW shared, 14 kW per utility. UA out: UB takes 28 kW (utilisation 28 / 15 = 1.87) but serves
    // all. X out: 20 kW unserved. Y out: 8 kW unserved. The worst is X, not the most utilised state.
    Plan plan;
    Builder b(plan);
    const Id ua = b.node(QStringLiteral("UA"), PowerNodeKind::UtilityFeed, 15);
    const Id ub = b.node(QStringLiteral("UB"), PowerNodeKind::UtilityFeed, 15);
    const Id x = b.node(QStringLiteral("X"), PowerNodeKind::Switchboard, 0);
    const Id y = b.node(QStringLiteral("Y"), PowerNodeKind::Switchboard, 0);
    for (Id source : { ua, ub }) {
        b.link(source, x);
        b.link(source, y);
    }
    b.type(kServer, 10000, 6000, 2, 1, 12000);
    b.type(QStringLiteral("srv-8k"), 8000, 5000, 2, 1, 12000);
    const Id rack1 = b.rack(QStringLiteral("R1"), x);
    b.mount(rack1, kServer, 2);
    const Id rack2 = b.rack(QStringLiteral("R2"), y);
    b.mount(rack2, QStringLiteral("srv-8k"));

    const PowerAnalysis a = PowerAnalyzer::analyze(plan);
    QVERIFY(a.normal.servesAll());
    COMPARE_NEAR(a.normal.flow.worstUtilisation, 14.0 / 15.0, 0.001);
    QCOMPARE(a.contingencies.size(), std::size_t(4));
    COMPARE_NEAR(contingencyOf(a, { ua }).flow.worstUtilisation, 28.0 / 15.0, 1e-6);
    COMPARE_NEAR(contingencyOf(a, { ua }).unservedKw, 0.0, 1e-12);
    COMPARE_NEAR(contingencyOf(a, { x }).unservedKw, 20.0, 1e-9);
    COMPARE_NEAR(contingencyOf(a, { y }).unservedKw, 8.0, 1e-9);
    QVERIFY(a.worstIndex >= 0);
    const PowerState &worst = a.contingencies[std::size_t(a.worstIndex)];
    QCOMPARE(idList(worst.failedNodes), QString::number(x));
    QCOMPARE(idList(worst.racksLost), QString::number(rack1));
    // The first failure that does not serve all (UA, overloading UB) decides: class 2.
    QCOMPARE(a.availability.supportedClass, 2);

    // With no node at all there is no contingency.
    Plan empty;
    QCOMPARE(PowerAnalyzer::analyze(empty).worstIndex, -1);
    QVERIFY(PowerAnalyzer::analyze(empty).contingencies.empty());
}

void TestPowerAnalysis::pairsAddEveryTwoNodeFailure()
{
    // The plan of the previous test: 4 nodes, 4 single failures and 4 x 3 / 2 = 6 pairs.
    Plan plan;
    Builder b(plan);
    const Id ua = b.node(QStringLiteral("UA"), PowerNodeKind::UtilityFeed, 15);
    const Id ub = b.node(QStringLiteral("UB"), PowerNodeKind::UtilityFeed, 15);
    const Id x = b.node(QStringLiteral("X"), PowerNodeKind::Switchboard, 0);
    const Id y = b.node(QStringLiteral("Y"), PowerNodeKind::Switchboard, 0);
    for (Id source : { ua, ub }) {
        b.link(source, x);
        b.link(source, y);
    }
    b.type(kServer, 10000, 6000, 2, 1, 12000);
    b.type(QStringLiteral("srv-8k"), 8000, 5000, 2, 1, 12000);
    const Id rack1 = b.rack(QStringLiteral("R1"), x);
    b.mount(rack1, kServer, 2);
    const Id rack2 = b.rack(QStringLiteral("R2"), y);
    b.mount(rack2, QStringLiteral("srv-8k"));

    PowerAnalysisOptions options;
    options.pairs = true;
    const PowerAnalysis a = PowerAnalyzer::analyze(plan, options);
    QCOMPARE(a.contingencies.size(), std::size_t(4 + 6));
    int pairs = 0;
    for (const PowerState &c : a.contingencies)
        pairs += c.failedNodes.size() == 2 ? 1 : 0;
    QCOMPARE(pairs, 6);
    // UA + UB: everything lost, 28 kW. UA + X: rack 1 lost (20 kW), UB carries rack 2's 8 kW alone.
    const PowerState &both = contingencyOf(a, { ua, ub });
    COMPARE_NEAR(both.unservedKw, 28.0, 1e-9);
    QCOMPARE(both.racksLost.size(), std::size_t(2));
    const PowerState &uaX = contingencyOf(a, { ua, x });
    COMPARE_NEAR(uaX.unservedKw, 20.0, 1e-9);
    COMPARE_NEAR(outputOf(plan, uaX, ub), 8.0, kWatt);
    // UA + UB and X + Y both lose 28 kW and both racks: the first in order (UA + UB, right after the four
    // single failures) is the worst.
    COMPARE_NEAR(contingencyOf(a, { x, y }).unservedKw, 28.0, 1e-9);
    QCOMPARE(a.worstIndex, 4);
    // Single failures decide the class; pairs do not change it.
    QCOMPARE(a.availability.supportedClass, 2);
}

void TestPowerAnalysis::demoPlanBudgets()
{
    Plan plan;
    buildDemoPlan(plan);
    const PowerAnalysis a = PowerAnalyzer::analyze(plan);

    // Node count: per side a utility, 10 x (transformer, generator, switchboard, UPS) and the mechanical
    // transformer, generator and switchboard = 44; two sides 88; plus busway A and B for 20 rows = 128.
    QCOMPARE(plan.all<PowerNode>().size(), std::size_t(128));
    QCOMPARE(a.contingencies.size(), std::size_t(128));

    // Rack demand in normal operation: the sum over devices of their type's maximum power.
    double deviceSumKw = 0.0;
    int dgx = 0;
    for (const auto &[id, device] : plan.all<MountedDevice>()) {
        const DeviceType *type = plan.find<DeviceType>(device.typeKey);
        QVERIFY(type);
        deviceSumKw += type->maxPowerW / 1000.0;
        dgx += device.typeKey == QLatin1String("nvidia-dgx-b200") ? 1 : 0;
    }
    QCOMPARE(dgx, 1100);
    QVERIFY(deviceSumKw > 1100 * 14.3);  // the DGX alone: 15,730 kW
    double demandKw = 0.0;
    double servedKw = 0.0;
    for (const RackSupply &r : a.normal.loads.racks) {
        demandKw += r.demandKw;
        servedKw += r.servedKw;
    }
    COMPARE_NEAR(demandKw, deviceSumKw, 1e-6);
    COMPARE_NEAR(servedKw, deviceSumKw, 1e-6);
    // The racks hang on the busways only: their outputs add up to the same demand (1 W rounding each).
    const PowerNetwork network(plan);
    double buswayKw = 0.0;
    for (std::size_t i = 0; i < network.size(); ++i) {
        if (network.node(i).kind == PowerNodeKind::Busway)
            buswayKw += a.normal.flow.outputKw[i];
        if (network.node(i).kind == PowerNodeKind::Generator)
            COMPARE_NEAR(a.normal.flow.outputKw[i], 0.0, 1e-12);  // standby in normal operation
    }
    COMPARE_NEAR(buswayKw, deviceSumKw, 40 * kWatt);

    // Normal operation serves all, no node above its rating.
    QVERIFY(a.normal.servesAll());
    QVERIFY(a.normal.overloads.empty());
    for (const NodeBudget &budget : a.budgets) {
        if (budget.ratingKw > 0)
            QVERIFY2(budget.designKw <= budget.ratingKw + 0.001, qPrintable(plan.find<PowerNode>(budget.nodeId)->name));
    }
    // Every contingency's loads can be routed.
    for (const PowerState &c : a.contingencies)
        QVERIFY2(c.flow.routable, qPrintable(idList(c.failedNodes)));
    // The DGX B200 has 6 PSUs of 3.3 kW, 3 per side: a lost side leaves 9.9 kW of 14.3 kW, so a busway
    // failure limits its racks and the 2N chain supports class 2 only.
    QCOMPARE(a.availability.supportedClass, 2);
}

void TestPowerAnalysis::unratedChainIsRoutedQuickly()
{
    // The demo plan with every rating removed routes the same loads with utilisation 0, and does not take
    // longer than with ratings: the search for the smallest utilisation must not halve towards 0 until the
    // double underflows (it did: about 40 times slower than the rated plan).
    Plan plan;
    buildDemoPlan(plan);
    QElapsedTimer timer;
    timer.start();
    const PowerAnalysis rated = PowerAnalyzer::analyze(plan);
    const qint64 ratedMs = timer.elapsed();
    for (auto [id, node] : plan.all<PowerNode>()) {
        node.ratingKw = 0;
        node.ratingKva = 0;
        PlanFiller(plan).replace(node);
    }
    timer.restart();
    const PowerAnalysis unrated = PowerAnalyzer::analyze(plan);
    const qint64 unratedMs = timer.elapsed();
    QVERIFY2(unratedMs <= 2 * ratedMs + 500,
        qPrintable(QStringLiteral("unrated %1 ms, rated %2 ms").arg(unratedMs).arg(ratedMs)));
    QCOMPARE(unrated.normal.flow.worstUtilisation, 0.0);
    QVERIFY(unrated.normal.servesAll());
    // Every busway carries the same load as in the rated plan (the split between A and B is fixed by PSUs).
    const PowerNetwork network(plan);
    for (std::size_t i = 0; i < network.size(); ++i) {
        if (network.node(i).kind == PowerNodeKind::Busway)
            COMPARE_NEAR(unrated.normal.flow.outputKw[i], rated.normal.flow.outputKw[i], kWatt);
    }
    for (const PowerState &c : unrated.contingencies)
        QCOMPARE(c.flow.worstUtilisation, 0.0);
}

void TestPowerAnalysis::dcChainLossesByHand()
{
    // Utility -> rectifier (200 kW, 97.5 % flat) -> 800 V DC busway (200 kW, 99.5 % flat) -> rack with one
    // 100 kW device that takes 800 V DC (60 kW typical).
    Plan plan;
    Builder b(plan);
    const Id utility = b.node(QStringLiteral("Utility"), PowerNodeKind::UtilityFeed, 1000);
    const Id rectifier = b.node(QStringLiteral("SST"), PowerNodeKind::Rectifier, 200, flat(0.975));
    const Id busway = b.node(QStringLiteral("DC busway"), PowerNodeKind::DcBusway, 200, flat(0.995));
    b.link(utility, rectifier);
    b.link(rectifier, busway);
    b.type(QStringLiteral("kyber-100k"), 100000, 60000);
    takesDc(plan, QStringLiteral("kyber-100k"));
    const Id rack = b.rack(QStringLiteral("R"), busway);
    b.mount(rack, QStringLiteral("kyber-100k"));
    QVERIFY(DcChecks::find(plan).empty());

    const PowerAnalysis a = PowerAnalyzer::analyze(plan);
    QVERIFY(a.normal.servesAll());
    // Design: the busway delivers 100 kW and takes 100 / 0.995 = 100.502513 kW; the rectifier delivers that and
    // takes 100.502513 / 0.975 = 103.079500 kW, which the utility delivers: 3.08 % losses.
    const PowerNetwork network(plan);
    COMPARE_NEAR(outputOf(plan, a.normal, busway), 100.0, kWatt);
    COMPARE_NEAR(a.normal.flow.inputKw[std::size_t(network.indexOf(busway))], 100.502513, kWatt);
    COMPARE_NEAR(outputOf(plan, a.normal, rectifier), 100.502513, kWatt);
    COMPARE_NEAR(a.normal.flow.inputKw[std::size_t(network.indexOf(rectifier))], 103.079500, kWatt);
    COMPARE_NEAR(outputOf(plan, a.normal, utility), 103.079500, kChainWatts);
    // Expected (60 kW typical): 60 / 0.995 / 0.975 = 61.847700 kW at the utility.
    COMPARE_NEAR(outputOf(plan, a.expected, utility), 61.847700, kChainWatts);
    // The same figure as the comparison's facility input.
    const ChainPower design = DcComparer::chainPower(plan, false);
    COMPARE_NEAR(design.loadKw, 100.0, 1e-9);
    COMPARE_NEAR(design.inputKw, 103.079500, kChainWatts);
    COMPARE_NEAR(design.lossKw(), 3.079500, kChainWatts);
}

void TestPowerAnalysis::dcChainSingleFailures()
{
    // 2N on 800 V DC: utility -> rectifier A / B (200 kW, 97.5 %) -> DC busway A / B (lossless) -> one rack
    // fed from both, with one 100 kW device on two 100 kW supplies (one needed).
    Plan plan;
    Builder b(plan);
    const Id utility = b.node(QStringLiteral("Utility"), PowerNodeKind::UtilityFeed, 1000);
    const Id rectifierA = b.node(QStringLiteral("SST A"), PowerNodeKind::Rectifier, 200, flat(0.975));
    const Id rectifierB = b.node(QStringLiteral("SST B"), PowerNodeKind::Rectifier, 200, flat(0.975));
    const Id buswayA = b.node(QStringLiteral("DC busway A"), PowerNodeKind::DcBusway, 200);
    const Id buswayB = b.node(QStringLiteral("DC busway B"), PowerNodeKind::DcBusway, 200);
    b.link(utility, rectifierA);
    b.link(utility, rectifierB);
    b.link(rectifierA, buswayA);
    b.link(rectifierB, buswayB);
    b.type(QStringLiteral("kyber-100k"), 100000, 60000, 2, 1, 100000);
    takesDc(plan, QStringLiteral("kyber-100k"));
    const Id rack = b.rack(QStringLiteral("R"), buswayA, buswayB);
    b.mount(rack, QStringLiteral("kyber-100k"));
    QVERIFY(DcChecks::find(plan).empty());

    const PowerAnalysis a = PowerAnalyzer::analyze(plan);
    QVERIFY(a.normal.servesAll());
    // Normal operation: 50 kW a side, each rectifier takes 50 / 0.975 = 51.282051 kW; the utility 102.564103 kW.
    COMPARE_NEAR(outputOf(plan, a.normal, buswayA), 50.0, kWatt);
    COMPARE_NEAR(outputOf(plan, a.normal, rectifierB), 50.0, kWatt);
    COMPARE_NEAR(outputOf(plan, a.normal, utility), 102.564103, kChainWatts);
    // Every single failure of a DC node leaves the rack on the other side with all 100 kW: nothing lost or
    // limited, the other rectifier delivers 100 kW and takes 100 / 0.975 = 102.564103 kW.
    QCOMPARE(a.contingencies.size(), std::size_t(5));
    for (const PowerState &c : a.contingencies) {
        QCOMPARE(c.failedNodes.size(), std::size_t(1));
        const Id failed = c.failedNodes.front();
        if (failed == utility)
            continue;
        QVERIFY2(c.servesAll(), qPrintable(plan.find<PowerNode>(failed)->name));
        const bool sideA = failed == rectifierA || failed == buswayA;
        COMPARE_NEAR(outputOf(plan, c, sideA ? rectifierB : rectifierA), 100.0, kWatt);
        COMPARE_NEAR(outputOf(plan, c, utility), 102.564103, kChainWatts);
    }
    const NodeBudget &budgetB = budgetOf(a, rectifierB);
    COMPARE_NEAR(budgetB.worstKw, 100.0, kWatt);
    QVERIFY(budgetB.worstFailure == rectifierA || budgetB.worstFailure == buswayA);
}

void TestPowerAnalysis::acAgainstDcVariant()
{
    // AC: utility -> transformer (99 % flat) -> UPS (97.2 % flat) -> busway (99.5 % flat) -> a rack with one
    // 100 kW device that takes AC or 800 V DC. Design input 100 / 0.995 / 0.972 / 0.99 = 104.442067 kW.
    Plan ac;
    Builder b(ac);
    const Id utility = b.node(QStringLiteral("Utility"), PowerNodeKind::UtilityFeed, 1000);
    const Id transformer = b.node(QStringLiteral("TX"), PowerNodeKind::Transformer, 200, flat(0.99));
    const Id ups = b.node(QStringLiteral("UPS"), PowerNodeKind::Ups, 200, flat(0.972));
    const Id busway = b.node(QStringLiteral("Busway"), PowerNodeKind::Busway, 200, flat(0.995));
    b.link(utility, transformer);
    b.link(transformer, ups);
    b.link(ups, busway);
    b.type(QStringLiteral("vr-100k"), 100000, 60000);
    takesDc(ac, QStringLiteral("vr-100k"), PowerInput::AcOrDc800);
    b.mount(b.rack(QStringLiteral("R"), busway), QStringLiteral("vr-100k"));

    // The DC variant: the transformer becomes the rectifier, everything below it DC busway, one undo step.
    Plan dc;
    dc.assign(ac);
    QUndoStack stack;
    PlanEditor editor(dc, stack);
    const EditResult converted = PowerEdits::convertToDc800(editor, { transformer });
    QVERIFY2(converted.ok, qPrintable(converted.error));
    QCOMPARE(stack.count(), 1);
    const PowerNode *rectifier = dc.find<PowerNode>(transformer);
    QCOMPARE(rectifier->kind, PowerNodeKind::Rectifier);
    QCOMPARE(rectifier->efficiency50, dc::kRectifierEfficiency[1]);
    QCOMPARE(rectifier->efficiency100, dc::kRectifierEfficiency[3]);
    // Below it: the UPS passes DC on without loss (the rectifier converts once), the busway keeps its 99.5 %.
    for (Id id : { ups, busway })
        QCOMPARE(dc.find<PowerNode>(id)->kind, PowerNodeKind::DcBusway);
    QCOMPARE(dc.find<PowerNode>(ups)->efficiency25, 1.0);
    QCOMPARE(dc.find<PowerNode>(ups)->efficiency100, 1.0);
    QCOMPARE(dc.find<PowerNode>(busway)->efficiency50, 0.995);
    QCOMPARE(dc.find<PowerNode>(utility)->kind, PowerNodeKind::UtilityFeed);
    QVERIFY(DcChecks::find(dc).empty());  // the device takes either
    stack.undo();
    QCOMPARE(rwtest::planDifference(ac, dc), QString());
    stack.redo();
    // A source cannot become a rectifier, a node that does not exist neither: refused, nothing changed.
    QVERIFY(!PowerEdits::convertToDc800(editor, { utility }).ok);
    QVERIFY(!PowerEdits::convertToDc800(editor, { 999999 }).ok);
    QCOMPARE(stack.count(), 1);

    // The defaults are editable; a negative or above-100 % efficiency is refused with the reason, not corrected.
    PowerNode edited = *dc.find<PowerNode>(transformer);
    for (double bad : { -0.1, 1.05 }) {
        edited.efficiency100 = bad;
        const EditResult refused = editor.update(edited);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QLatin1String("between")), qPrintable(refused.error));
        QCOMPARE(dc.find<PowerNode>(transformer)->efficiency100, dc::kRectifierEfficiency[3]);
    }
    // A flat rectifier curve, to check by hand: 97.5 %.
    edited.efficiency25 = edited.efficiency50 = edited.efficiency75 = edited.efficiency100 = 0.975;
    QVERIFY(editor.update(edited).ok);

    // DC: 100 / 0.995 / 0.975 = 103.079500 kW, 1.362567 kW (1.30 %) less than AC's 104.442067 kW.
    const DcComparison c = DcComparer::compare(ac, dc);
    COMPARE_NEAR(c.acDesign.loadKw, 100.0, 1e-9);
    COMPARE_NEAR(c.dcDesign.loadKw, 100.0, 1e-9);
    COMPARE_NEAR(c.acDesign.inputKw, 104.442067, kChainWatts);
    COMPARE_NEAR(c.dcDesign.inputKw, 103.079500, kChainWatts);
    COMPARE_NEAR(c.dcDesign.inputKw - c.acDesign.inputKw, -1.362567, 2 * kChainWatts);
    // Expected (60 kW): AC 60 / 0.995 / 0.972 / 0.99 = 62.665240, DC 60 / 0.995 / 0.975 = 61.847700.
    COMPARE_NEAR(c.acExpected.inputKw, 62.665240, kChainWatts);
    COMPARE_NEAR(c.dcExpected.inputKw, 61.847700, kChainWatts);
    QVERIFY(c.mismatches.empty());
    QVERIFY(!DcComparer::toText(c).isEmpty());
}

QTEST_GUILESS_MAIN(TestPowerAnalysis)
#include "tst_poweranalysis.moc"
