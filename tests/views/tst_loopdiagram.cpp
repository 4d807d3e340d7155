// SPDX-License-Identifier: GPL-3.0-or-later
// The loop diagram: heat-rejection stage, facility water system, CDU loop and racks each drawn once, left to right,
// without overlaps, with the steady state's flows and temperatures; it follows edits; selecting a CDU loop or
// racks there selects the racks on the floor plan and the other way round; the dock's View action and shortcut.
#include "../common/liquidplans.h"

#include "analysis/liquiddefaults.h"
#include "commands/liquidedits.h"
#include "commands/planeditor.h"
#include "floorplan/floorplanscene.h"
#include "formatting.h"
#include "i18n/language.h"
#include "liquid/attachracksdialog.h"
#include "liquid/coolantloopdialog.h"
#include "liquid/liquidpanel.h"
#include "liquid/loopboxitem.h"
#include "liquid/loopdiagramscene.h"
#include "mainwindow.h"

#include <QDir>

#include <QAction>
#include <QDockWidget>
#include <QGraphicsPathItem>
#include <QLocale>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace rw;
using namespace rwtest;

namespace {

using liquid::kFacility;
using liquid::kStage;

void buildPlan(Plan &plan)
{
    liquid::buildLiquidPlanWithFacility(plan);
}

std::vector<LoopBoxItem *> boxes(const QGraphicsScene &scene)
{
    std::vector<LoopBoxItem *> out;
    for (QGraphicsItem *item : scene.items()) {
        if (auto *b = dynamic_cast<LoopBoxItem *>(item))
            out.push_back(b);
    }
    return out;
}

}  // namespace

class TestLoopDiagram : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void everyElementOnceLeftToRight();
    void followsEdits();
    void selectionGoesBothWays();
    void dockHasViewActionAndShortcut();
    void pipesRunFromTheCduPastEveryRack();
    void screenshots();
};

void TestLoopDiagram::everyElementOnceLeftToRight()
{
    Plan plan;
    buildPlan(plan);
    LoopDiagramScene scene(plan);
    QVERIFY2(scene.snapshot().solved, qPrintable(scene.snapshot().error));
    const std::vector<LoopBoxItem *> all = boxes(scene);
    QCOMPARE(all.size(), std::size_t(5));  // stage, facility, CDU loop, two racks
    for (std::size_t i = 0; i < all.size(); ++i) {
        for (std::size_t j = i + 1; j < all.size(); ++j)
            QVERIFY(!all[i]->boxRect().adjusted(-2, -2, 2, 2).intersects(all[j]->boxRect()));
    }
    LoopBoxItem *stage = scene.box(EntityKind::LoopRejection, kStage);
    LoopBoxItem *facility = scene.box(EntityKind::CoolantLoop, kFacility);
    LoopBoxItem *loop = scene.box(EntityKind::CoolantLoop, liquid::kLoop);
    LoopBoxItem *rack = scene.box(EntityKind::Rack, liquid::kRackA);
    QVERIFY(stage && facility && loop && rack && scene.box(EntityKind::Rack, liquid::kRackB));
    QVERIFY(stage->boxRect().right() < facility->boxRect().left());
    QVERIFY(facility->boxRect().right() < loop->boxRect().left());
    QVERIFY(loop->boxRect().right() < rack->boxRect().left());
    // The figures are the steady state's: the rack's flow and temperatures, the loop's heat against its CDU.
    const LiquidSnapshot::Rack &a = scene.snapshot().racks.at(liquid::kRackA);
    QVERIFY(a.flowLPerMin > 180.0);
    QVERIFY2(rack->lines().join(QLatin1Char(' ')).contains(QLocale().toString(a.flowLPerMin, 'f', 0)),
        qPrintable(rack->lines().join(QLatin1Char('|'))));
    QVERIFY(rack->lines().join(QLatin1Char(' ')).contains(fmt::celsius(a.outletC)));
    QCOMPARE(rack->state(), LoopBoxItem::State::Fine);
    QVERIFY(loop->lines().join(QLatin1Char(' ')).contains(fmt::kilowatts(200.0, 0)));
    QVERIFY(
        stage->lines().join(QLatin1Char(' ')).contains(fmt::kilowatts(scene.snapshot().stages.at(kStage).loadKw, 0)));
    QVERIFY(scene.snapshot().stages.at(kStage).loadKw > 199.0);  // the racks' heat goes out here
}

void TestLoopDiagram::followsEdits()
{
    Plan plan;
    buildPlan(plan);
    QUndoStack stack;
    PlanEditor editor(plan, stack);
    LoopDiagramScene scene(plan);
    QCOMPARE(scene.box(EntityKind::Rack, liquid::kRackA)->state(), LoopBoxItem::State::Fine);
    LoopRack needy = *plan.find<LoopRack>(liquid::kOnLoopA);
    needy.minFlowLPerMin = 400.0;  // more than the loop gives it
    QVERIFY(LiquidEdits::editAttachment(editor, needy).ok);
    QSignalSpy rebuilt(&scene, &LoopDiagramScene::rebuilt);
    QVERIFY(rebuilt.wait(2000));
    QCOMPARE(scene.box(EntityKind::Rack, liquid::kRackA)->state(), LoopBoxItem::State::Short);
    QVERIFY(LiquidEdits::detachRacks(editor, { liquid::kRackB }).ok);
    QVERIFY(rebuilt.wait(2000));
    QVERIFY(!scene.box(EntityKind::Rack, liquid::kRackB));
    stack.undo();
    QVERIFY(rebuilt.wait(2000));
    QVERIFY(scene.box(EntityKind::Rack, liquid::kRackB));
}

void TestLoopDiagram::selectionGoesBothWays()
{
    MainWindow window;
    buildPlan(window.plan());
    window.floorPlanScene()->setHall(liquid::kHall);
    window.floorPlanScene()->rebuild();
    LiquidPanel *panel = window.liquidPanel();
    panel->scene()->rebuild();
    QSignalSpy announced(panel, &LiquidPanel::racksSelected);
    panel->scene()->box(EntityKind::CoolantLoop, liquid::kLoop)->setSelected(true);
    QCOMPARE(announced.size(), 1);
    const std::vector<Id> both { liquid::kRackA, liquid::kRackB };
    QCOMPARE(window.floorPlanScene()->selectedRacks(), both);
    QVERIFY(panel->scene()->box(EntityKind::CoolantLoop, liquid::kLoop)->isSelected());  // kept: it means them
    window.floorPlanScene()->selectRacks({ liquid::kRackB });
    QVERIFY(panel->scene()->box(EntityKind::Rack, liquid::kRackB)->isSelected());
    QVERIFY(!panel->scene()->box(EntityKind::CoolantLoop, liquid::kLoop)->isSelected());
    QCOMPARE(announced.size(), 1);  // shown, not announced back
}

void TestLoopDiagram::dockHasViewActionAndShortcut()
{
    MainWindow window;
    window.show();
    QDockWidget *dock = window.liquidDock();
    QVERIFY(dock);
    QCOMPARE(dock->toggleViewAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    QVERIFY(!dock->isVisible());
    dock->toggleViewAction()->trigger();
    QVERIFY(dock->isVisible());
}

void TestLoopDiagram::pipesRunFromTheCduPastEveryRack()
{
    Plan plan;
    buildPlan(plan);
    FloorPlanScene scene(plan);
    scene.setHall(liquid::kHall);
    scene.rebuild();
    QVERIFY(scene.coolantPipeItems().isEmpty());
    scene.setShowCoolantPipes(true);
    const QList<QGraphicsPathItem *> pipes = scene.coolantPipeItems();
    QCOMPARE(pipes.size(), 2);  // supply and return of the one CDU loop, to its one row
    const QPointF cdu = scene.itemFor({ EntityKind::CoolingUnit, liquid::kCdu })->sceneBoundingRect().center();
    for (QGraphicsPathItem *pipe : pipes) {
        QCOMPARE(pipe->data(2).value<Id>(), liquid::kLoop);
        const QPolygonF path = pipe->path().toFillPolygon();
        QVERIFY(QLineF(path.first(), cdu).length() < 0.2);  // starts at the CDU
        for (qsizetype k = 1; k < pipe->path().elementCount(); ++k) {
            const QPointF a = pipe->path().elementAt(int(k - 1));
            const QPointF b = pipe->path().elementAt(int(k));
            QVERIFY(qFuzzyCompare(a.x() + 1, b.x() + 1) || qFuzzyCompare(a.y() + 1, b.y() + 1));  // orthogonal
        }
        for (Id rack : { liquid::kRackA, liquid::kRackB }) {
            const QRectF r = scene.itemFor({ EntityKind::Rack, rack })->sceneBoundingRect();
            QVERIFY2(pipe->path().intersects(r), "the header passes over every rack");
        }
    }
    QCOMPARE(scene.symbolLegend().size() >= 2, true);
    scene.setShowCoolantPipes(false);
    QVERIFY(scene.coolantPipeItems().isEmpty());

    // The View menu's action switches them.
    MainWindow window;
    buildPlan(window.plan());
    window.floorPlanScene()->setHall(liquid::kHall);
    auto *action = window.findChild<QAction *>(QStringLiteral("showCoolantPipes"));
    QVERIFY(action && action->isCheckable());
    action->trigger();
    QVERIFY(window.floorPlanScene()->showsCoolantPipes());
    QCOMPARE(window.floorPlanScene()->coolantPipeItems().size(), 2);
}

/// RW_SCREENSHOT_DIR: the window with the loop diagram and the pipes, and the two dialogs, in English and German.
void TestLoopDiagram::screenshots()
{
    if (qEnvironmentVariableIsEmpty("RW_SCREENSHOT_DIR"))
        QSKIP("RW_SCREENSHOT_DIR not set");
    const QDir dir(qEnvironmentVariable("RW_SCREENSHOT_DIR"));
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("de") }) {
        QVERIFY(Language::apply(language));
        MainWindow window;
        window.resize(1600, 1000);
        Plan plan;
        buildPlan(plan);
        window.plan().assign(plan);  // leaves the start page
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.floorPlanScene()->setHall(liquid::kHall);
        window.findChild<QAction *>(QStringLiteral("showCoolantPipes"))->trigger();
        window.liquidDock()->show();
        window.liquidDock()->raise();
        QTest::qWait(300);
        window.liquidPanel()->scene()->box(EntityKind::CoolantLoop, liquid::kLoop)->setSelected(true);
        QTest::qWait(300);
        QVERIFY(window.grab().save(dir.filePath(QStringLiteral("liquid-%1.png").arg(language))));

        CoolantLoopDialog loop(window.plan(), LiquidDefaults::technologyLoop(window.plan()), &window);
        loop.show();
        QTest::qWait(100);
        QVERIFY(loop.grab().save(dir.filePath(QStringLiteral("loop-dialog-%1.png").arg(language))));
        AttachRacksDialog attach(window.plan(), { liquid::kRackA, liquid::kRackB },
            LiquidDefaults::attachment(window.plan(), { liquid::kRackA }), &window);
        attach.show();
        QTest::qWait(100);
        QVERIFY(attach.grab().save(dir.filePath(QStringLiteral("attach-dialog-%1.png").arg(language))));
    }
    QVERIFY(Language::apply(QStringLiteral("en")));
}

QTEST_MAIN(TestLoopDiagram)
#include "tst_loopdiagram.moc"
