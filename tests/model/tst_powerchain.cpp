// SPDX-License-Identifier: GPL-3.0-or-later
// The power chain as a graph: editing it through PlanEditor (add, remove, edit, connect, with undo and
// redo), the refusals (negative ratings, loops, racks fed twice from one side), and what a node feeds and
// what its failure stops, on small hand-made 2N, N+1 and distributed redundant (4-make-3) chains.
#include "../common/testplans.h"

#include "analysis/downstream.h"
#include "commands/planeditor.h"
#include "demo/demoplan.h"
#include "plan/planfiller.h"

#include <QUndoStack>
#include <QtTest>

using namespace rw;
using namespace rwtest;

namespace {

/// Builds a chain by hand, straight into the plan (the editor is what the tests exercise).
struct Chain {
    Plan plan;
    Id hallId = kNoId;

    Chain()
    {
        Hall hall;
        hall.id = plan.allocateId();
        hall.name = QStringLiteral("Hall");
        PlanFiller(plan).insert(hall);
        hallId = hall.id;
    }

    Id node(const QString &name, PowerNodeKind kind, FeedSide side = FeedSide::None, double ratingKw = 100)
    {
        PowerNode n;
        n.id = plan.allocateId();
        n.name = name;
        n.kind = kind;
        n.side = side;
        n.ratingKw = ratingKw;
        PlanFiller(plan).insert(n);
        return n.id;
    }
    Id link(Id from, Id to)
    {
        const Id id = plan.allocateId();
        PlanFiller(plan).insert(PowerLink { id, from, to });
        return id;
    }
    Id rack(const QString &name, Id feedA, Id feedB = kNoId)
    {
        Rack r;
        r.id = plan.allocateId();
        r.hallId = hallId;
        r.name = name;
        r.feedA = feedA;
        r.feedB = feedB;
        PlanFiller(plan).insert(r);
        return r.id;
    }
    Id cooler(const QString &name, Id feedId)
    {
        CoolingUnit u;
        u.id = plan.allocateId();
        u.hallId = hallId;
        u.name = name;
        u.capacityKw = 50;
        u.powerDrawKw = 5;
        u.feedId = feedId;
        PlanFiller(plan).insert(u);
        return u.id;
    }
};

/// 2N: utility A -> UPS A -> PDU A, the same for B; two racks on PDU A + B; a CRAH on each PDU.
struct TwoN : Chain {
    Id utilityA, upsA, pduA, utilityB, upsB, pduB, rack1, rack2, crahA, crahB;
    TwoN()
    {
        utilityA = node(QStringLiteral("Utility A"), PowerNodeKind::UtilityFeed, FeedSide::A, 1000);
        upsA = node(QStringLiteral("UPS A"), PowerNodeKind::Ups, FeedSide::A);
        pduA = node(QStringLiteral("PDU A"), PowerNodeKind::Pdu, FeedSide::A);
        utilityB = node(QStringLiteral("Utility B"), PowerNodeKind::UtilityFeed, FeedSide::B, 1000);
        upsB = node(QStringLiteral("UPS B"), PowerNodeKind::Ups, FeedSide::B);
        pduB = node(QStringLiteral("PDU B"), PowerNodeKind::Pdu, FeedSide::B);
        link(utilityA, upsA);
        link(upsA, pduA);
        link(utilityB, upsB);
        link(upsB, pduB);
        rack1 = rack(QStringLiteral("R1"), pduA, pduB);
        rack2 = rack(QStringLiteral("R2"), pduA, pduB);
        crahA = cooler(QStringLiteral("CRAH A"), pduA);
        crahB = cooler(QStringLiteral("CRAH B"), pduB);
    }
};

/// N+1: three UPS modules in parallel onto one switchboard, one PDU below it; a CRAH on the board.
struct NPlus1 : Chain {
    Id utility, ups1, ups2, ups3, board, pdu, rack1, crah;
    NPlus1()
    {
        utility = node(QStringLiteral("Utility"), PowerNodeKind::UtilityFeed, FeedSide::None, 1000);
        ups1 = node(QStringLiteral("UPS 1"), PowerNodeKind::Ups);
        ups2 = node(QStringLiteral("UPS 2"), PowerNodeKind::Ups);
        ups3 = node(QStringLiteral("UPS 3"), PowerNodeKind::Ups);
        board = node(QStringLiteral("Board"), PowerNodeKind::Switchboard, FeedSide::None, 300);
        pdu = node(QStringLiteral("PDU"), PowerNodeKind::Pdu);
        for (Id ups : { ups1, ups2, ups3 }) {
            link(utility, ups);
            link(ups, board);
        }
        link(board, pdu);
        rack1 = rack(QStringLiteral("R1"), pdu);
        crah = cooler(QStringLiteral("CRAH"), board);
    }
};

/// Distributed redundant, 4 make 3: four UPS systems, each rack fed from two of them (i and i+1), a
/// cooler on each UPS.
struct FourMakeThree : Chain {
    Id utility;
    std::vector<Id> ups, racks, coolers;
    FourMakeThree()
    {
        utility = node(QStringLiteral("Utility"), PowerNodeKind::UtilityFeed, FeedSide::None, 2000);
        for (int i = 0; i < 4; ++i) {
            ups.push_back(node(QStringLiteral("UPS %1").arg(i + 1), PowerNodeKind::Ups));
            link(utility, ups.back());
        }
        for (int i = 0; i < 4; ++i) {
            racks.push_back(rack(QStringLiteral("R%1").arg(i + 1), ups[std::size_t(i)], ups[std::size_t((i + 1) % 4)]));
            coolers.push_back(cooler(QStringLiteral("C%1").arg(i + 1), ups[std::size_t(i)]));
        }
    }
};

/// The plan, its undo stack and editor, and a copy of the plan before the edit under test.
struct Editing {
    TwoN chain;
    QUndoStack stack;
    PlanEditor editor { chain.plan, stack };
    Plan before;
    Editing() { before.assign(chain.plan); }

    /// Undo gives back the plan before the edit, redo the one after; returns what went wrong.
    QString undoRedoRestores()
    {
        Plan after;
        after.assign(chain.plan);
        stack.undo();
        if (const QString d = planDifference(chain.plan, before); !d.isEmpty())
            return QStringLiteral("after undo: ") + d;
        stack.redo();
        if (const QString d = planDifference(chain.plan, after); !d.isEmpty())
            return QStringLiteral("after redo: ") + d;
        return {};
    }
    QString refusedWithoutChange(const EditResult &result)
    {
        if (result.ok)
            return QStringLiteral("accepted");
        if (result.error.isEmpty())
            return QStringLiteral("refused without a reason");
        if (stack.count() != 0)
            return QStringLiteral("the undo stack changed");
        if (const QString d = planDifference(chain.plan, before); !d.isEmpty())
            return QStringLiteral("the plan changed: ") + d;
        return {};
    }
};

}  // namespace

class TestPowerChain : public QObject {
    Q_OBJECT
private slots:
    void addNodeAndLinkUndoRedo();
    void editNodeUndoRedo();
    void removeNodeDetachesAndUndoes();
    void removeLinks();
    void feedRacksUndoRedo();
    void feedCoolingUnit();
    void refusesNegativeRating();
    void refusesLoops();
    void refusesDuplicateLink();
    void refusesRackFedTwiceFromOneSide();
    void refusesSideChangeThatMisfeedsRacks();
    void downstreamTwoN();
    void downstreamNPlus1();
    void downstreamFourMakeThree();
    void standbyGeneratorKeepsCoolingRunning();
    void demoMechanicalBoardStopsItsCoolers();
};

void TestPowerChain::addNodeAndLinkUndoRedo()
{
    Editing e;
    PowerNode rpp;
    rpp.name = QStringLiteral("RPP A");
    rpp.kind = PowerNodeKind::Rpp;
    rpp.side = FeedSide::A;
    rpp.ratingKw = 60;
    const EditResult added = e.editor.add(rpp);
    QVERIFY2(added.ok, qPrintable(added.error));
    QVERIFY(e.chain.plan.find<PowerNode>(added.id));
    QCOMPARE(e.undoRedoRestores(), QString());

    e.before.assign(e.chain.plan);
    const EditResult linked = e.editor.connectPower(e.chain.upsA, added.id);
    QVERIFY2(linked.ok, qPrintable(linked.error));
    const PowerLink *link = e.chain.plan.find<PowerLink>(linked.id);
    QVERIFY(link);
    QCOMPARE(link->fromId, e.chain.upsA);
    QCOMPARE(link->toId, added.id);
    QCOMPARE(e.undoRedoRestores(), QString());
    QCOMPARE(e.stack.count(), 2);
}

void TestPowerChain::editNodeUndoRedo()
{
    Editing e;
    PowerNode ups = *e.chain.plan.find<PowerNode>(e.chain.upsA);
    ups.ratingKw = 250;
    ups.ratingKva = 300;
    ups.powerFactor = 0.9;
    ups.efficiency25 = 0.93;
    ups.efficiency50 = 0.95;
    ups.efficiency75 = 0.96;
    ups.efficiency100 = 0.955;
    ups.redundancyGroup = QStringLiteral("IT 2N");
    ups.groupRedundancy = Redundancy::TwoN;
    ups.kind = PowerNodeKind::Switchboard;
    const EditResult edited = e.editor.update(ups);
    QVERIFY2(edited.ok, qPrintable(edited.error));
    QCOMPARE(*e.chain.plan.find<PowerNode>(e.chain.upsA), ups);
    QCOMPARE(e.undoRedoRestores(), QString());
}

void TestPowerChain::removeNodeDetachesAndUndoes()
{
    Editing e;
    const EditResult removed = e.editor.removePowerNodes({ e.chain.pduA, e.chain.pduA });
    QVERIFY2(removed.ok, qPrintable(removed.error));
    QVERIFY(!e.chain.plan.find<PowerNode>(e.chain.pduA));
    QCOMPARE(e.chain.plan.find<Rack>(e.chain.rack1)->feedA, kNoId);
    QCOMPARE(e.chain.plan.find<Rack>(e.chain.rack1)->feedB, e.chain.pduB);
    QCOMPARE(e.chain.plan.find<CoolingUnit>(e.chain.crahA)->feedId, kNoId);
    for (const auto &[id, link] : e.chain.plan.all<PowerLink>())
        QVERIFY(link.fromId != e.chain.pduA && link.toId != e.chain.pduA);
    QVERIFY(!PlanValidator::hasErrors(PlanValidator::validate(e.chain.plan)));
    QCOMPARE(e.stack.count(), 1);  // one undo step
    QCOMPARE(e.undoRedoRestores(), QString());
    QVERIFY(!e.editor.removePowerNodes({ 9999 }).ok);
}

void TestPowerChain::removeLinks()
{
    Editing e;
    std::vector<Id> links;
    for (const auto &[id, link] : e.chain.plan.all<PowerLink>()) {
        if (link.fromId == e.chain.utilityA || link.fromId == e.chain.utilityB)
            links.push_back(id);
    }
    QCOMPARE(links.size(), std::size_t(2));
    const EditResult removed = e.editor.removePowerLinks(links);
    QVERIFY2(removed.ok, qPrintable(removed.error));
    QCOMPARE(e.chain.plan.all<PowerLink>().size(), std::size_t(2));
    QCOMPARE(e.undoRedoRestores(), QString());
    QVERIFY(!e.editor.removePowerLinks({ 9999 }).ok);
}

void TestPowerChain::feedRacksUndoRedo()
{
    Editing e;
    PowerNode rpp;
    rpp.name = QStringLiteral("RPP B");
    rpp.side = FeedSide::B;
    const Id rppId = e.editor.add(rpp).id;
    e.editor.connectPower(e.chain.upsB, rppId);
    e.before.assign(e.chain.plan);
    const EditResult fed = e.editor.feedRacks({ e.chain.rack1, e.chain.rack2 }, FeedSide::B, rppId);
    QVERIFY2(fed.ok, qPrintable(fed.error));
    QCOMPARE(e.chain.plan.find<Rack>(e.chain.rack1)->feedB, rppId);
    QCOMPARE(e.chain.plan.find<Rack>(e.chain.rack2)->feedB, rppId);
    QCOMPARE(e.chain.plan.find<Rack>(e.chain.rack2)->feedA, e.chain.pduA);
    QCOMPARE(e.stack.count(), 3);  // add, connect, one step for both racks
    QCOMPARE(e.undoRedoRestores(), QString());
    // Disconnecting is connecting to no node.
    QVERIFY(e.editor.feedRacks({ e.chain.rack1 }, FeedSide::A, kNoId).ok);
    QCOMPARE(e.chain.plan.find<Rack>(e.chain.rack1)->feedA, kNoId);
    QVERIFY(!e.editor.feedRacks({ e.chain.rack1 }, FeedSide::None, rppId).ok);
    QVERIFY(!e.editor.feedRacks({ 9999 }, FeedSide::A, rppId).ok);
    QVERIFY(!e.editor.feedRacks({ e.chain.rack1 }, FeedSide::A, 9999).ok);
}

void TestPowerChain::feedCoolingUnit()
{
    Editing e;
    QVERIFY(e.editor.feedCoolingUnit(e.chain.crahA, e.chain.upsB).ok);
    QCOMPARE(e.chain.plan.find<CoolingUnit>(e.chain.crahA)->feedId, e.chain.upsB);
    QCOMPARE(e.undoRedoRestores(), QString());
    QVERIFY(!e.editor.feedCoolingUnit(e.chain.crahA, 9999).ok);
}

void TestPowerChain::refusesNegativeRating()
{
    Editing e;
    PowerNode ups = *e.chain.plan.find<PowerNode>(e.chain.upsA);
    ups.ratingKw = -10;
    const EditResult refused = e.editor.update(ups);
    QCOMPARE(e.refusedWithoutChange(refused), QString());
    QVERIFY2(refused.error.contains(QStringLiteral("Rating")), qPrintable(refused.error));
    ups.ratingKw = 100;
    ups.ratingKva = -1;
    QCOMPARE(e.refusedWithoutChange(e.editor.update(ups)), QString());
    ups.ratingKva = 100;
    ups.efficiency50 = 1.2;
    QCOMPARE(e.refusedWithoutChange(e.editor.update(ups)), QString());
    PowerNode fresh;
    fresh.name = QStringLiteral("X");
    fresh.ratingKw = -1;
    QCOMPARE(e.refusedWithoutChange(e.editor.add(fresh)), QString());
    fresh.ratingKw = 1;
    fresh.name = QStringLiteral("  ");
    QCOMPARE(e.refusedWithoutChange(e.editor.add(fresh)), QString());
}

void TestPowerChain::refusesLoops()
{
    Editing e;
    // PDU A feeding utility A would close utility A -> UPS A -> PDU A -> utility A.
    const EditResult loop = e.editor.connectPower(e.chain.pduA, e.chain.utilityA);
    QCOMPARE(e.refusedWithoutChange(loop), QString());
    QVERIFY2(loop.error.contains(QStringLiteral("PDU A")), qPrintable(loop.error));
    QCOMPARE(e.refusedWithoutChange(e.editor.connectPower(e.chain.upsA, e.chain.upsA)), QString());
    QCOMPARE(e.refusedWithoutChange(e.editor.connectPower(e.chain.upsA, 9999)), QString());
    // Re-pointing an existing link into a loop is refused too; a link across the sides is no loop.
    PowerLink link = e.chain.plan.all<PowerLink>().begin()->second;  // utility A -> UPS A
    std::swap(link.fromId, link.toId);
    QVERIFY(!e.editor.connectPower(e.chain.pduA, e.chain.upsA).ok);
    QVERIFY(e.editor.update(link).ok);  // reversing the only link between them closes no loop
    QVERIFY(e.editor.connectPower(e.chain.upsA, e.chain.pduB).ok);
    QVERIFY(!e.editor.connectPower(e.chain.pduB, e.chain.upsA).ok);
}

void TestPowerChain::refusesDuplicateLink()
{
    Editing e;
    QCOMPARE(e.refusedWithoutChange(e.editor.connectPower(e.chain.upsA, e.chain.pduA)), QString());
}

void TestPowerChain::refusesRackFedTwiceFromOneSide()
{
    Editing e;
    // Both feeds from one node.
    const EditResult same = e.editor.feedRacks({ e.chain.rack1 }, FeedSide::B, e.chain.pduA);
    QCOMPARE(e.refusedWithoutChange(same), QString());
    QVERIFY2(same.error.contains(QStringLiteral("R1")), qPrintable(same.error));
    // Feed B from a node of side A: both feeds would come from side A.
    QCOMPARE(e.refusedWithoutChange(e.editor.feedRacks({ e.chain.rack1 }, FeedSide::B, e.chain.upsA)), QString());
    QCOMPARE(e.refusedWithoutChange(e.editor.feedRacks({ e.chain.rack2, e.chain.rack1 }, FeedSide::A, e.chain.pduB)),
        QString());
    // The same through a plain rack edit.
    Rack rack = *e.chain.plan.find<Rack>(e.chain.rack2);
    rack.feedA = e.chain.pduB;
    rack.feedB = e.chain.pduA;
    QCOMPARE(e.refusedWithoutChange(e.editor.update(rack)), QString());
    // A node of no side may feed either.
    PowerNode common;
    common.name = QStringLiteral("Common");
    const Id commonId = e.editor.add(common).id;
    QVERIFY(e.editor.feedRacks({ e.chain.rack1 }, FeedSide::B, commonId).ok);
}

void TestPowerChain::refusesSideChangeThatMisfeedsRacks()
{
    Editing e;
    PowerNode pdu = *e.chain.plan.find<PowerNode>(e.chain.pduA);
    pdu.side = FeedSide::B;
    QCOMPARE(e.refusedWithoutChange(e.editor.update(pdu)), QString());
    pdu.side = FeedSide::None;
    QVERIFY(e.editor.update(pdu).ok);
}

void TestPowerChain::downstreamTwoN()
{
    TwoN c;
    const Downstream below = Downstream::of(c.plan, c.upsA);
    QCOMPARE(below.nodes, (std::vector<Id> { c.upsA, c.pduA }));
    QCOMPARE(below.racks, (std::vector<Id> { c.rack1, c.rack2 }));
    QCOMPARE(below.racksOnA, (std::vector<Id> { c.rack1, c.rack2 }));
    QVERIFY(below.racksOnB.empty());
    QCOMPARE(below.coolingUnits, (std::vector<Id> { c.crahA }));

    // Failing UPS A: PDU A dies, the racks keep feed B, CRAH A stops.
    const FailureEffect effect = FailureEffect::of(c.plan, c.upsA);
    QCOMPARE(effect.deadNodes, (std::vector<Id> { c.upsA, c.pduA }));
    QVERIFY(effect.racksWithoutPower.empty());
    QCOMPARE(effect.racksOnOneFeed, (std::vector<Id> { c.rack1, c.rack2 }));
    QCOMPARE(coolingUnitsStoppedBy(c.plan, c.upsA), (std::vector<Id> { c.crahA }));
    QCOMPARE(coolingUnitsStoppedBy(c.plan, c.utilityB), (std::vector<Id> { c.crahB }));
    QVERIFY(Downstream::of(c.plan, 9999).nodes.empty());
    QVERIFY(coolingUnitsStoppedBy(c.plan, 9999).empty());
}

void TestPowerChain::downstreamNPlus1()
{
    NPlus1 c;
    // Everything below the board hangs below each module too...
    const Downstream below = Downstream::of(c.plan, c.ups2);
    QCOMPARE(below.nodes, (std::vector<Id> { c.ups2, c.board, c.pdu }));
    QCOMPARE(below.racks, (std::vector<Id> { c.rack1 }));
    QCOMPARE(below.coolingUnits, (std::vector<Id> { c.crah }));
    // ...but a module's failure stops nothing: the other two carry the board.
    const FailureEffect module = FailureEffect::of(c.plan, c.ups2);
    QCOMPARE(module.deadNodes, (std::vector<Id> { c.ups2 }));
    QVERIFY(module.racksWithoutPower.empty());
    QVERIFY(module.racksOnOneFeed.empty());
    QVERIFY(module.coolingUnitsStopped.empty());
    // The board is the single point of failure.
    const FailureEffect board = FailureEffect::of(c.plan, c.board);
    QCOMPARE(board.racksWithoutPower, (std::vector<Id> { c.rack1 }));
    QCOMPARE(board.coolingUnitsStopped, (std::vector<Id> { c.crah }));
}

void TestPowerChain::downstreamFourMakeThree()
{
    FourMakeThree c;
    // UPS 2 feeds R1 on B and R2 on A, and cooler C2.
    const Downstream below = Downstream::of(c.plan, c.ups[1]);
    QCOMPARE(below.racks, (std::vector<Id> { c.racks[0], c.racks[1] }));
    QCOMPARE(below.racksOnA, (std::vector<Id> { c.racks[1] }));
    QCOMPARE(below.racksOnB, (std::vector<Id> { c.racks[0] }));
    QCOMPARE(below.coolingUnits, (std::vector<Id> { c.coolers[1] }));
    const FailureEffect effect = FailureEffect::of(c.plan, c.ups[1]);
    QVERIFY(effect.racksWithoutPower.empty());
    QCOMPARE(effect.racksOnOneFeed, (std::vector<Id> { c.racks[0], c.racks[1] }));
    QCOMPARE(effect.coolingUnitsStopped, (std::vector<Id> { c.coolers[1] }));
    // The shared utility takes everything down.
    const Downstream all = Downstream::of(c.plan, c.utility);
    QCOMPARE(all.racks.size(), std::size_t(4));
    QCOMPARE(all.nodes.size(), std::size_t(5));
    const FailureEffect blackout = FailureEffect::of(c.plan, c.utility);
    QCOMPARE(blackout.racksWithoutPower, c.racks);
    QCOMPARE(blackout.coolingUnitsStopped, c.coolers);
}

void TestPowerChain::standbyGeneratorKeepsCoolingRunning()
{
    Chain c;
    const Id utility = c.node(QStringLiteral("Utility"), PowerNodeKind::UtilityFeed);
    const Id generator = c.node(QStringLiteral("Generator"), PowerNodeKind::Generator);
    const Id board = c.node(QStringLiteral("Board"), PowerNodeKind::Switchboard);
    c.link(utility, board);
    c.link(generator, board);
    const Id crah = c.cooler(QStringLiteral("CRAH"), board);
    QVERIFY(coolingUnitsStoppedBy(c.plan, utility).empty());  // the generator starts
    QVERIFY(coolingUnitsStoppedBy(c.plan, generator).empty());
    QCOMPARE(coolingUnitsStoppedBy(c.plan, board), (std::vector<Id> { crah }));
    QCOMPARE(Downstream::of(c.plan, generator).coolingUnits, (std::vector<Id> { crah }));
}

void TestPowerChain::demoMechanicalBoardStopsItsCoolers()
{
    Plan plan;
    buildDemoPlan(plan);
    Id boardA = kNoId;
    for (const auto &[id, node] : plan.all<PowerNode>()) {
        if (node.name == QLatin1String("MSB-MECH-A"))
            boardA = id;
    }
    QVERIFY(boardA != kNoId);
    std::vector<Id> fedFromA;
    for (const auto &[id, unit] : plan.all<CoolingUnit>()) {
        if (unit.feedId == boardA)
            fedFromA.push_back(id);
    }
    QVERIFY(!fedFromA.empty());
    QCOMPARE(coolingUnitsStoppedBy(plan, boardA), fedFromA);
    // An IT UPS feeds no cooling unit; failing it stops none.
    for (const auto &[id, node] : plan.all<PowerNode>()) {
        if (node.kind == PowerNodeKind::Ups) {
            QVERIFY(coolingUnitsStoppedBy(plan, id).empty());
            QVERIFY(!Downstream::of(plan, id).racks.empty());
            break;
        }
    }
}

QTEST_GUILESS_MAIN(TestPowerChain)
#include "tst_powerchain.moc"
