// SPDX-License-Identifier: GPL-3.0-or-later
// The power chain dock: the one-line diagram of the demo plan (every node once, no two boxes overlapping,
// orthogonal links, loads and overloads from the analysis), selecting a node selects what it feeds on
// the floor plan, capacity search results select their racks, the dock's View action and shortcut, and
// edits through the panel are undoable.
#include "../common/testplans.h"

#include "analysis/downstream.h"
#include "commands/planeditor.h"
#include "commands/poweredits.h"
#include "demo/demoplan.h"
#include "dialogs/powernodedialog.h"
#include "floorplan/floorplanscene.h"
#include "mainwindow.h"
#include "panels/budgetpanel.h"
#include "plan/planfiller.h"
#include "powerchain/onelinescene.h"
#include "powerchain/onelineview.h"
#include "powerchain/powerchainpanel.h"
#include "powerchain/powernodeitem.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QDockWidget>
#include <QGraphicsItem>
#include <QSignalSpy>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <algorithm>
#include <set>

using namespace rw;
using namespace rwtest;

namespace {

std::vector<PowerNodeItem *> nodeItems(const QGraphicsScene &scene)
{
    std::vector<PowerNodeItem *> out;
    for (QGraphicsItem *item : scene.items()) {
        if (auto *node = dynamic_cast<PowerNodeItem *>(item))
            out.push_back(node);
    }
    return out;
}

std::set<Id> selectedOnFloorPlan(const FloorPlanScene &scene, EntityKind kind)
{
    std::set<Id> ids;
    for (QGraphicsItem *item : scene.selectedItems()) {
        if (item->data(1).toInt() == int(kind))
            ids.insert(item->data(0).toLongLong());
    }
    return ids;
}

Id nodeNamed(const Plan &plan, const QString &name)
{
    for (const auto &[id, node] : plan.all<PowerNode>()) {
        if (node.name == name)
            return id;
    }
    return kNoId;
}

/// Answers the next power node dialog: names the node, records which feeding node it offers, says OK.
void answerNodeDialog(const QString &name, Id *offeredFeeder, bool *seen)
{
    QTimer::singleShot(50, qApp, [=] {
        auto *dialog = qobject_cast<PowerNodeDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            answerNodeDialog(name, offeredFeeder, seen);
            return;
        }
        *seen = true;
        *offeredFeeder = dialog->feeder();
        dialog->findChild<QLineEdit *>(QStringLiteral("name"))->setText(name);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
}

bool linked(const Plan &plan, Id from, Id to)
{
    for (const auto &[id, link] : plan.all<PowerLink>()) {
        if ((from == kNoId || link.fromId == from) && (link.toId == to || link.fromId == to))
            return true;
    }
    return false;
}

}  // namespace

class TestPowerChainDock : public QObject {
    Q_OBJECT
private slots:
    void demoDiagramHasEveryNodeWithoutOverlap();
    void layersFollowTheChain();
    void overloadedNodesAreMarked();
    void selectingANodeSelectsWhatItFeeds();
    void capacityResultsSelectTheirRacks();
    void dockHasViewActionAndShortcut();
    void panelEditsAreUndoable();
    void newNodesAreLinkedOnlyWhenAsked();
    void campusChainIsShownAPartAtATime();
};

void TestPowerChainDock::demoDiagramHasEveryNodeWithoutOverlap()
{
    Plan plan;
    buildDemoPlan(plan);
    OneLineScene scene(plan);
    scene.setAnalysis(PowerAnalyzer::analyze(plan));
    const std::vector<PowerNodeItem *> items = nodeItems(scene);
    QCOMPARE(items.size(), plan.all<PowerNode>().size());
    std::set<Id> ids;
    for (const PowerNodeItem *item : items)
        ids.insert(item->nodeId());
    QCOMPARE(ids.size(), plan.all<PowerNode>().size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        QVERIFY(items[i]->load() != PowerNodeItem::Load::Unknown);
        for (std::size_t j = i + 1; j < items.size(); ++j) {
            const QRectF a = items[i]->boxRect().adjusted(-2, -2, 2, 2);  // a small gap at least
            QVERIFY2(!a.intersects(items[j]->boxRect()),
                qPrintable(QStringLiteral("%1 overlaps %2")
                               .arg(plan.find<PowerNode>(items[i]->nodeId())->name,
                                   plan.find<PowerNode>(items[j]->nodeId())->name)));
        }
    }
    // Every link is drawn, with horizontal and vertical segments only, and crosses no other node's box.
    const OneLineLayout &layout = scene.layout();
    QCOMPARE(layout.wires.size(), plan.all<PowerLink>().size());
    for (const OneLineLayout::Wire &wire : layout.wires) {
        for (qsizetype k = 1; k < wire.path.size(); ++k) {
            const QPointF a = wire.path[k - 1];
            const QPointF b = wire.path[k];
            QVERIFY(qFuzzyCompare(a.x(), b.x()) || qFuzzyCompare(a.y(), b.y()));
            const QRectF segment = QRectF(a, b).normalized().adjusted(-0.5, -0.5, 0.5, 0.5);
            for (const OneLineLayout::Box &box : layout.boxes) {
                if (box.nodeId == wire.fromId || box.nodeId == wire.toId)
                    continue;
                QVERIFY2(!segment.intersects(box.rect),
                    qPrintable(QStringLiteral("the link %1 -> %2 crosses %3")
                                   .arg(plan.find<PowerNode>(wire.fromId)->name, plan.find<PowerNode>(wire.toId)->name,
                                       plan.find<PowerNode>(box.nodeId)->name)));
            }
        }
    }
    // Compact enough to read when fitted into a dock across the window (1,400 x 320 px): a quarter size or more.
    const double fitted = std::min(1400.0 / layout.bounds().width(), 320.0 / layout.bounds().height());
    QVERIFY2(fitted >= 0.25,
        qPrintable(QStringLiteral("%1 x %2").arg(layout.bounds().width()).arg(layout.bounds().height())));
    // Side A left of the middle, side B right of it.
    for (const OneLineLayout::Box &box : layout.boxes) {
        const PowerNode *node = plan.find<PowerNode>(box.nodeId);
        if (node->side == FeedSide::A)
            QVERIFY(box.rect.right() < 0);
        if (node->side == FeedSide::B)
            QVERIFY(box.rect.left() > 0);
    }
}

void TestPowerChainDock::layersFollowTheChain()
{
    Plan plan;
    buildDemoPlan(plan);
    const OneLineLayout layout = OneLineLayout::build(plan);
    auto depthOf = [&](const QString &name) { return layout.boxes[layout.boxIndex.at(nodeNamed(plan, name))].depth; };
    QCOMPARE(depthOf(QStringLiteral("Utility 20 kV A")), 0);
    QCOMPARE(depthOf(QStringLiteral("TX-A01")), 1);
    QCOMPARE(depthOf(QStringLiteral("GEN-A01")), 1);  // a standby source sits just above its switchboard
    QCOMPARE(depthOf(QStringLiteral("MSB-A01")), 2);
    QCOMPARE(depthOf(QStringLiteral("UPS-A01")), 3);
    QCOMPARE(depthOf(QStringLiteral("BW-W01-A")), 4);
    for (const OneLineLayout::Wire &wire : layout.wires)
        QVERIFY(
            layout.boxes[layout.boxIndex.at(wire.toId)].depth > layout.boxes[layout.boxIndex.at(wire.fromId)].depth);
}

void TestPowerChainDock::overloadedNodesAreMarked()
{
    Plan plan;
    buildSmallPlan(plan);
    // The busway carries racks A and B (3 x 1.5 kW + 0.2 kW on feed A alone): rate it below that.
    PowerNode busway = *plan.find<PowerNode>(small::kBusway);
    busway.ratingKw = 2;
    PlanFiller(plan).replace(busway);
    OneLineScene scene(plan);
    scene.setAnalysis(PowerAnalyzer::analyze(plan));
    for (PowerNodeItem *item : nodeItems(scene)) {
        if (item->nodeId() == small::kBusway)
            QCOMPARE(item->load(), PowerNodeItem::Load::Overloaded);
        else
            QCOMPARE(item->load(), PowerNodeItem::Load::Fine);
    }
}

void TestPowerChainDock::selectingANodeSelectsWhatItFeeds()
{
    MainWindow window;
    window.openDemo();
    const Plan &plan = window.plan();
    window.floorPlanScene()->rebuild();
    window.powerChainPanel()->scene()->rebuild();
    // A mechanical switchboard feeds cooling units, an IT UPS feeds two rows of racks.
    for (const QString &name : { QStringLiteral("UPS-A01"), QStringLiteral("MSB-MECH-B") }) {
        const Id nodeId = nodeNamed(plan, name);
        QSignalSpy spy(window.powerChainPanel(), &PowerChainPanel::nodeSelected);
        QVERIFY(window.powerChainPanel()->scene()->selectNode(nodeId));
        QVERIFY(!spy.isEmpty());
        QCOMPARE(spy.last().first().value<Id>(), nodeId);
        const Downstream fed = Downstream::of(plan, nodeId);
        QVERIFY(!fed.racks.empty() || !fed.coolingUnits.empty());
        QCOMPARE(selectedOnFloorPlan(*window.floorPlanScene(), EntityKind::Rack),
            std::set<Id>(fed.racks.begin(), fed.racks.end()));
        std::set<Id> unitsOnThisHall;
        for (Id id : fed.coolingUnits) {
            if (plan.find<CoolingUnit>(id)->hallId == window.floorPlanScene()->hall())
                unitsOnThisHall.insert(id);
        }
        QCOMPARE(selectedOnFloorPlan(*window.floorPlanScene(), EntityKind::CoolingUnit), unitsOnThisHall);
    }
}

void TestPowerChainDock::capacityResultsSelectTheirRacks()
{
    // The demo's chain is full after a failure; the small plan has room in both racks.
    MainWindow window;
    Plan small;
    buildSmallPlan(small);
    Hall hall = *small.find<Hall>(small::kHall);
    hall.coolingRedundancy = Redundancy::N;  // its one air handler may carry the load alone
    PlanFiller(small).replace(hall);
    window.plan().assign(small);
    window.floorPlanScene()->rebuild();
    window.budgetPanel()->searchCapacity(small::kSwitch);  // air-cooled: the small plan has no liquid cooling
    QTRY_VERIFY(!window.budgetPanel()->isSearching());  // on a worker thread
    const std::vector<CapacityPlacement> &placements = window.budgetPanel()->capacityPlacements();
    QVERIFY2(placements.size() == 2, qPrintable(window.budgetPanel()->capacityText()));
    std::set<Id> expected;
    for (const CapacityPlacement &p : placements)
        expected.insert(p.rackId);
    QCOMPARE(selectedOnFloorPlan(*window.floorPlanScene(), EntityKind::Rack), expected);
}

void TestPowerChainDock::dockHasViewActionAndShortcut()
{
    MainWindow window;
    window.show();
    QDockWidget *dock = window.powerChainDock();
    QVERIFY(dock);
    QAction *toggle = dock->toggleViewAction();
    QVERIFY(!toggle->shortcut().isEmpty());
    const bool visible = dock->isVisible();
    toggle->trigger();
    QCOMPARE(dock->isVisible(), !visible);
    toggle->trigger();
    QCOMPARE(dock->isVisible(), visible);
}

void TestPowerChainDock::panelEditsAreUndoable()
{
    MainWindow window;
    window.openDemo();
    Plan &plan = window.plan();
    PowerChainPanel *panel = window.powerChainPanel();
    const Id ups = nodeNamed(plan, QStringLiteral("UPS-A01"));
    panel->scene()->rebuild();
    const std::size_t nodes = plan.all<PowerNode>().size();
    const std::size_t links = plan.all<PowerLink>().size();
    panel->scene()->selectNode(ups);
    panel->removeSelected();
    QVERIFY(!plan.find<PowerNode>(ups));
    QCOMPARE(plan.all<PowerNode>().size(), nodes - 1);
    window.undoStack().undo();
    QVERIFY(plan.find<PowerNode>(ups));
    QCOMPARE(plan.all<PowerLink>().size(), links);
    panel->scene()->rebuild();
    QCOMPARE(nodeItems(*panel->scene()).size(), nodes);
    // Read-only: nothing is removed.
    window.powerChainPanel()->setReadOnly(true);
    panel->scene()->selectNode(ups);
    panel->removeSelected();
    QVERIFY(plan.find<PowerNode>(ups));
}

void TestPowerChainDock::newNodesAreLinkedOnlyWhenAsked()
{
    MainWindow window;
    window.show();
    window.openDemo();
    Plan &plan = window.plan();
    PowerChainPanel *panel = window.powerChainPanel();
    panel->scene()->rebuild();
    const Id ups = nodeNamed(plan, QStringLiteral("UPS-A01"));
    QVERIFY(panel->scene()->selectNode(ups));

    // "Add node" with a node selected: the new node is linked to nothing, and the dialog offered no link.
    const int steps = window.undoStack().count();
    bool seen = false;
    Id offered = ups;
    answerNodeDialog(QStringLiteral("PDU-loose"), &offered, &seen);
    panel->addNode();
    QVERIFY(seen);
    QCOMPARE(offered, kNoId);
    const Id loose = nodeNamed(plan, QStringLiteral("PDU-loose"));
    QVERIFY(loose != kNoId);
    QVERIFY2(!linked(plan, kNoId, loose), "a new node was linked although nobody asked for it");
    QCOMPARE(window.undoStack().count(), steps + 1);

    // "Add node below UPS-A01": named after the node it links to, and linked below it in one undo step.
    QVERIFY(panel->scene()->selectNode(ups));
    QAction *below = nullptr;
    for (QAction *action : panel->findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("Add node below UPS-A01"))
            below = action;
    }
    QVERIFY(below);
    QVERIFY(below->isEnabled());
    seen = false;
    answerNodeDialog(QStringLiteral("PDU-below"), &offered, &seen);
    below->trigger();
    QVERIFY(seen);
    QCOMPARE(offered, ups);
    const Id under = nodeNamed(plan, QStringLiteral("PDU-below"));
    QVERIFY(under != kNoId);
    QVERIFY(linked(plan, ups, under));
    QCOMPARE(window.undoStack().count(), steps + 2);
    window.undoStack().undo();
    QCOMPARE(nodeNamed(plan, QStringLiteral("PDU-below")), kNoId);
    QVERIFY(!linked(plan, ups, under));
    window.undoStack().redo();
    QVERIFY(linked(plan, ups, under));

    // With no node or several selected there is nothing to add below.
    panel->scene()->clearSelection();
    QVERIFY(!below->isEnabled());

    // The operation itself, as the CLI and tests call it.
    PowerNode node;
    node.name = QStringLiteral("PDU-model");
    QVERIFY(!PowerEdits::addNode(window.editor(), node, 987654).ok);  // no such feeding node
    QCOMPARE(nodeNamed(plan, QStringLiteral("PDU-model")), kNoId);
    const EditResult added = PowerEdits::addNode(window.editor(), node);
    QVERIFY(added.ok);
    QVERIFY(!linked(plan, kNoId, added.id));
}

QTEST_MAIN(TestPowerChainDock)
/// Issue 20: the gigafactory's 1,052 nodes open at the part above the halls; the Show box picks a hall with its
/// supply, opening a hall on the floor plan takes the diagram along, and a node asked for outside the part
/// brings back the whole chain.
void TestPowerChainDock::campusChainIsShownAPartAtATime()
{
    MainWindow window;
    window.openGigafactory();
    Plan &plan = window.plan();
    PowerChainPanel *panel = window.powerChainPanel();
    panel->scene()->rebuild();
    const PowerScope above { PowerScope::Kind::AboveHalls, kNoId };
    QCOMPARE(panel->scope(), above);
    const std::vector<PowerNodeItem *> aboveItems = nodeItems(*panel->scene());
    QCOMPARE(aboveItems.size(), above.nodes(plan).size());
    QVERIFY(aboveItems.size() < 100);
    // The boxes where the drawing stops say what hangs below them.
    QVERIFY(std::any_of(aboveItems.begin(), aboveItems.end(),
        [](PowerNodeItem *item) { return item->labels().feeds.contains(QStringLiteral("not shown here")); }));

    auto *box = panel->findChild<QComboBox *>();
    QVERIFY(box);
    QCOMPARE(box->count(), 2 + int(plan.all<Hall>().size()));
    const Id thirdHall = std::next(plan.all<Hall>().begin(), 2)->first;
    const int entry = box->findText(QStringLiteral("%1 and its supply").arg(plan.find<Hall>(thirdHall)->name));
    QVERIFY(entry > 0);
    box->setCurrentIndex(entry);
    emit box->activated(entry);
    const PowerScope third { PowerScope::Kind::Hall, thirdHall };
    QCOMPARE(panel->scope(), third);
    QCOMPARE(nodeItems(*panel->scene()).size(), third.nodes(plan).size());

    // Opening another hall on the floor plan: the diagram follows.
    const Id firstHall = plan.all<Hall>().begin()->first;
    panel->followHall(firstHall);
    QCOMPARE(panel->scope(), (PowerScope { PowerScope::Kind::Hall, firstHall }));
    QCOMPARE(box->currentText(), QStringLiteral("%1 and its supply").arg(plan.find<Hall>(firstHall)->name));

    // A node of the third hall asked for (a finding, the budget panel): the whole chain, with it selected.
    Id thirdsNode = kNoId;
    for (Id id : third.nodes(plan))
        if (!panel->scene()->shows(id))
            thirdsNode = id;
    QVERIFY(thirdsNode != kNoId);
    panel->showNodes({ thirdsNode });
    QCOMPARE(panel->scope(), PowerScope());
    QCOMPARE(nodeItems(*panel->scene()).size(), plan.all<PowerNode>().size());
    QCOMPARE(panel->scene()->selectedNodes(), std::vector<Id> { thirdsNode });
    // The whole chain does not follow halls.
    panel->followHall(thirdHall);
    QCOMPARE(panel->scope(), PowerScope());

    // One hall: the whole chain, and no "above the halls".
    window.openDemo();
    QCOMPARE(panel->scope(), PowerScope());
    QCOMPARE(box->count(), 2);
}

#include "tst_powerchaindock.moc"
