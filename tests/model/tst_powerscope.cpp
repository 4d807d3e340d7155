// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 20: a campus chain of a thousand nodes is read a part at a time. PowerScope picks the part: one hall with
// its supply back to the grid, or what serves several halls. Checked on generated campuses (under one grid
// connection and as separate halls) and on the gigafactory demo.
#include "campusplan.h"

#include "analysis/powerscope.h"
#include "demo/gigafactoryplan.h"
#include "plan/planfiller.h"

#include <QtTest>

using namespace rw;
using namespace rwtest;

namespace {

std::set<Id> allNodes(const Plan &plan)
{
    std::set<Id> ids;
    for (const auto &[id, node] : plan.all<PowerNode>())
        ids.insert(id);
    return ids;
}

/// The node and every node above it.
std::set<Id> withAncestors(const Plan &plan, Id nodeId)
{
    std::set<Id> found { nodeId };
    for (bool grew = true; grew;) {
        grew = false;
        for (const auto &[id, link] : plan.all<PowerLink>())
            if (found.count(link.toId) && found.insert(link.fromId).second)
                grew = true;
    }
    return found;
}

PowerScope aboveHalls()
{
    return { PowerScope::Kind::AboveHalls, kNoId };
}

PowerScope hallScope(Id hallId)
{
    return { PowerScope::Kind::Hall, hallId };
}

}  // namespace

class TestPowerScope : public QObject {
    Q_OBJECT
private slots:
    void everythingIsEveryNode();
    void hallScopeHoldsItsChainUpToTheGrid_data();
    void hallScopeHoldsItsChainUpToTheGrid();
    void aboveTheHallsStopsAtEachHallsEntry();
    void newNodesStayInTheScopeTheyWereAddedIn();
    void gigafactoryPartsAreReadable();
};

void TestPowerScope::everythingIsEveryNode()
{
    Plan plan;
    buildConnectedCampus(plan, 3, 40000.0);
    QCOMPARE(PowerScope().nodes(plan), allNodes(plan));
}

void TestPowerScope::hallScopeHoldsItsChainUpToTheGrid_data()
{
    QTest::addColumn<bool>("connected");
    QTest::newRow("one grid connection") << true;
    QTest::newRow("separate halls") << false;
}

void TestPowerScope::hallScopeHoldsItsChainUpToTheGrid()
{
    QFETCH(bool, connected);
    Plan plan;
    std::vector<Id> shared;
    if (connected)
        shared = buildConnectedCampus(plan, 3, 40000.0);
    else
        buildDemoCampus(plan, 3);
    QCOMPARE(plan.all<Hall>().size(), std::size_t(3));
    std::set<Id> covered;
    for (const auto &[hallId, hall] : plan.all<Hall>()) {
        const std::set<Id> scope = hallScope(hallId).nodes(plan);
        // Every node feeding a rack or cooling unit of the hall is there with everything above it.
        std::set<Id> expected;
        for (const auto &[id, rack] : plan.all<Rack>())
            if (rack.hallId == hallId)
                for (Id feed : { rack.feedA, rack.feedB })
                    if (feed != kNoId)
                        expected.merge(withAncestors(plan, feed));
        for (const auto &[id, unit] : plan.all<CoolingUnit>())
            if (unit.hallId == hallId && unit.feedId != kNoId)
                expected.merge(withAncestors(plan, unit.feedId));
        QVERIFY(!expected.empty());
        for (Id id : expected)
            QVERIFY2(scope.count(id), qPrintable(plan.find<PowerNode>(id)->name));
        // Nothing of another hall's own chain.
        for (Id id : scope) {
            const PowerNode &node = *plan.find<PowerNode>(id);
            QVERIFY2(node.hallId == kNoId || node.hallId == hallId || (connected && expected.count(id)),
                qPrintable(node.name));
        }
        for (Id id : shared)
            QCOMPARE(scope.count(id) > 0, true);  // the grid connection is every hall's supply
        QVERIFY(scope.size() < allNodes(plan).size());
        covered.insert(scope.begin(), scope.end());
    }
    QCOMPARE(covered, allNodes(plan));  // every node belongs to some hall's view
}

void TestPowerScope::aboveTheHallsStopsAtEachHallsEntry()
{
    Plan plan;
    const std::vector<Id> shared = buildConnectedCampus(plan, 3, 40000.0);
    const std::set<Id> above = aboveHalls().nodes(plan);
    for (Id id : shared)
        QVERIFY2(above.count(id), qPrintable(plan.find<PowerNode>(id)->name));
    // Each hall's two utility feeds hang from the shared boards; nothing below them is above the halls.
    int entries = 0;
    for (Id id : above) {
        const PowerNode &node = *plan.find<PowerNode>(id);
        if (std::find(shared.begin(), shared.end(), id) != shared.end())
            continue;
        QCOMPARE(node.kind, PowerNodeKind::UtilityFeed);
        ++entries;
    }
    QCOMPARE(entries, 3 * 2);
    // Separate halls share nothing: nothing serves several of them.
    Plan separate;
    buildDemoCampus(separate, 3);
    QVERIFY(aboveHalls().nodes(separate).empty());
}

void TestPowerScope::newNodesStayInTheScopeTheyWereAddedIn()
{
    Plan plan;
    buildDemoCampus(plan, 2);
    const Id firstHall = plan.all<Hall>().begin()->first;
    const Id secondHall = std::next(plan.all<Hall>().begin())->first;
    Id hallNode = kNoId;  // a node feeding a rack of the first hall
    for (const auto &[id, rack] : plan.all<Rack>())
        if (rack.hallId == firstHall && rack.feedA != kNoId)
            hallNode = rack.feedA;
    QVERIFY(hallNode != kNoId);
    PowerNode loose;
    loose.id = plan.allocateId();
    loose.name = QStringLiteral("loose");
    PowerNode below;
    below.id = plan.allocateId();
    below.name = QStringLiteral("below");
    PlanFiller(plan).insert(loose).insert(below).insert(PowerLink { plan.allocateId(), hallNode, below.id });
    const std::set<Id> first = hallScope(firstHall).nodes(plan);
    const std::set<Id> second = hallScope(secondHall).nodes(plan);
    QVERIFY(first.count(loose.id) && second.count(loose.id));  // linked to nothing: in every view
    QVERIFY(first.count(below.id));  // added under the hall's node: in its hall's view
    QVERIFY(!second.count(below.id));
    QVERIFY(aboveHalls().nodes(plan).count(loose.id));
}

void TestPowerScope::gigafactoryPartsAreReadable()
{
    Plan plan;
    buildGigafactoryPlan(plan);
    const std::size_t all = plan.all<PowerNode>().size();
    QVERIFY(all > 1000);
    const std::set<Id> above = aboveHalls().nodes(plan);
    qInfo("gigafactory: %zu nodes, %zu above the halls", all, above.size());
    QVERIFY(!above.empty());
    QVERIFY(above.size() < 100);
    std::set<Id> covered;
    for (const auto &[hallId, hall] : plan.all<Hall>()) {
        const std::set<Id> scope = hallScope(hallId).nodes(plan);
        QVERIFY2(scope.size() < 200, qPrintable(QStringLiteral("%1: %2 nodes").arg(hall.name).arg(scope.size())));
        covered.insert(scope.begin(), scope.end());
    }
    QCOMPARE(covered.size(), all);
}

QTEST_GUILESS_MAIN(TestPowerScope)
#include "tst_powerscope.moc"
