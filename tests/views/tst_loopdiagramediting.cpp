// SPDX-License-Identifier: GPL-3.0-or-later
// The loop diagram as an editor (issue 18): double-click or Enter on a stage or loop opens the Liquid cooling menu's
// dialog, each element's context menu runs the menu's operations (with its shortcuts shown), Delete removes after
// the menu's question, every change is one undo step that undo takes back, and a read-only plan offers none of it.
#include "../common/dialoganswers.h"
#include "../common/liquidplans.h"

#include "dialogs/numberfield.h"
#include "floorplan/floorplanscene.h"
#include "i18n/language.h"
#include "liquid/attachracksdialog.h"
#include "liquid/coolantloopdialog.h"
#include "liquid/liquidpanel.h"
#include "liquid/loopboxitem.h"
#include "liquid/loopdiagramscene.h"
#include "liquid/loopstagedialog.h"
#include "mainwindow.h"
#include "powerchain/onelineview.h"
#include "store/planstore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <functional>
#include <memory>

using namespace rw;
using namespace rwtest;
using liquid::kFacility;
using liquid::kStage;

namespace {

constexpr Id kSecondCdu = 32;

/// The liquid plan with a facility water system, and a second CDU that has no loop yet.
void buildPlan(Plan &plan)
{
    liquid::buildLiquidPlanWithFacility(plan);
    CoolingUnit cdu = *plan.find<CoolingUnit>(liquid::kCdu);
    cdu.id = kSecondCdu;
    cdu.name = QStringLiteral("CDU 2");
    cdu.xM = 8.0;
    PlanFiller(plan).insert(cdu);
}

/// A window with the plan and the loop diagram shown.
struct Window {
    MainWindow window;
    LiquidPanel *panel = window.liquidPanel();
    LoopDiagramScene *scene = panel->scene();

    Window()
    {
        Plan plan;
        buildPlan(plan);
        window.plan().assign(plan);
        window.resize(1600, 1000);
        window.show();
        window.floorPlanScene()->setHall(liquid::kHall);
        window.liquidDock()->show();
        window.liquidDock()->raise();
        scene->rebuild();
        if (QTest::qWaitForWindowExposed(&window))
            QCoreApplication::processEvents();  // the dock laid out and the diagram fitted into it
    }
};

/// Answers the removal question with the button of that text.
void answerRemoval(const QString &button, QString *question = nullptr)
{
    whenShown<QMessageBox>([button, question](QMessageBox *box) {
        if (question)
            *question = box->text();
        for (QAbstractButton *b : box->buttons()) {
            if (b->text() == button) {
                b->click();
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no button %1").arg(button)));
    });
}

QAction *entry(QMenu *menu, const char *name)
{
    return menu->findChild<QAction *>(QString::fromLatin1(name));
}

void doubleClick(const Window &w, EntityKind kind, Id id)
{
    OneLineView *view = w.panel->view();
    const QPoint at = view->mapFromScene(w.scene->box(kind, id)->boxRect().center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
}

}  // namespace

class TestLoopDiagramEditing : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(Language::apply(QStringLiteral("en")));
        QLocale::setDefault(QLocale::c());
    }
    void doubleClickEditsLoopAndStage();
    void enterEditsAndDeleteAsksFirst();
    void facilityMenuAddsStageAndCduLoop();
    void racksComeOffAndGoOnALoop();
    void tooltipsSayWhatAndHow();
    void readOnlyPlanRefuses();
    void screenshots();
};

void TestLoopDiagramEditing::doubleClickEditsLoopAndStage()
{
    Window w;
    QString title;
    whenShown<CoolantLoopDialog>([&](CoolantLoopDialog *dialog) {
        title = dialog->windowTitle();
        type(dialog, QStringLiteral("headerLengthM"), QStringLiteral("25"));
        clickOk(dialog);
    });
    doubleClick(w, EntityKind::CoolantLoop, liquid::kLoop);
    QTRY_COMPARE(w.window.plan().find<CoolantLoop>(liquid::kLoop)->headerLengthM, 25.0);
    QCOMPARE(w.window.undoStack().count(), 1);

    whenShown<LoopStageDialog>([](LoopStageDialog *dialog) {
        type(dialog, QStringLiteral("approachK"), QStringLiteral("5"));
        clickOk(dialog);
    });
    QTRY_VERIFY(w.scene->box(EntityKind::LoopRejection, kStage));  // rebuilt after the loop's edit
    doubleClick(w, EntityKind::LoopRejection, kStage);
    QTRY_COMPARE(w.window.plan().find<LoopRejection>(kStage)->approachK, 5.0);
    QCOMPARE(w.window.undoStack().count(), 2);

    w.window.undoStack().undo();
    w.window.undoStack().undo();
    QCOMPARE(w.window.plan().find<LoopRejection>(kStage)->approachK, 3.0);
    QCOMPARE(w.window.plan().find<CoolantLoop>(liquid::kLoop)->headerLengthM, 10.0);
}

void TestLoopDiagramEditing::enterEditsAndDeleteAsksFirst()
{
    Window w;
    QCOMPARE(w.panel->editAction()->shortcut(), QKeySequence(Qt::Key_Return));
    QCOMPARE(w.panel->removeAction()->shortcut(), QKeySequence(QKeySequence::Delete));
    QCOMPARE(w.panel->removeAction()->shortcutContext(), Qt::WidgetWithChildrenShortcut);  // not the floor plan's

    w.scene->box(EntityKind::LoopRejection, kStage)->setSelected(true);
    bool dialogShown = false;
    whenShown<LoopStageDialog>([&](LoopStageDialog *dialog) {
        dialogShown = true;
        dialog->reject();
    });
    w.panel->editAction()->trigger();
    QVERIFY(dialogShown);
    QCOMPARE(w.window.undoStack().count(), 0);

    // Kept: nothing changes.
    QString question;
    answerRemoval(QStringLiteral("Keep"), &question);
    w.panel->removeAction()->trigger();
    QVERIFY2(question.contains(QStringLiteral("Dry cooler 1")) && question.contains(QStringLiteral("FWS")),
        qPrintable(question));
    QVERIFY(w.window.plan().find<LoopRejection>(kStage));

    answerRemoval(QStringLiteral("Remove"));
    w.panel->removeAction()->trigger();
    QVERIFY(!w.window.plan().find<LoopRejection>(kStage));
    QTRY_VERIFY(!w.scene->box(EntityKind::LoopRejection, kStage));
    w.window.undoStack().undo();
    QTRY_VERIFY(w.scene->box(EntityKind::LoopRejection, kStage));  // undo restores the diagram

    // A loop says what goes with it.
    QTRY_VERIFY(w.scene->box(EntityKind::CoolantLoop, liquid::kLoop));
    w.scene->clearSelection();
    w.scene->box(EntityKind::CoolantLoop, liquid::kLoop)->setSelected(true);
    answerRemoval(QStringLiteral("Remove"), &question);
    w.panel->removeAction()->trigger();
    QVERIFY2(question.contains(QStringLiteral("2 racks are taken off it")), qPrintable(question));
    QVERIFY(!w.window.plan().find<CoolantLoop>(liquid::kLoop));
    QVERIFY(w.window.plan().all<LoopRack>().empty());
    w.window.undoStack().undo();
    QCOMPARE(w.window.plan().all<LoopRack>().size(), std::size_t(2));
    QTRY_VERIFY(w.scene->box(EntityKind::Rack, liquid::kRackB));
}

void TestLoopDiagramEditing::facilityMenuAddsStageAndCduLoop()
{
    Window w;
    std::unique_ptr<QMenu> menu(w.panel->contextMenu(EntityKind::CoolantLoop, kFacility));
    for (const char *name : { "editLoop", "addStage", "newCduLoop", "removeLoop" })
        QVERIFY2(entry(menu.get(), name) && entry(menu.get(), name)->isEnabled(), name);
    QCOMPARE(entry(menu.get(), "newCduLoop")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    QCOMPARE(entry(menu.get(), "removeLoop")->shortcut(), QKeySequence(QKeySequence::Delete));
    QCOMPARE(entry(menu.get(), "editLoop")->shortcut(), QKeySequence(Qt::Key_Return));

    Id offeredFacility = kNoId;
    whenShown<CoolantLoopDialog>([&](CoolantLoopDialog *dialog) {
        offeredFacility = dialog->loop().facilityLoopId;
        clickOk(dialog);
    });
    entry(menu.get(), "newCduLoop")->trigger();
    QTRY_COMPARE(w.window.plan().all<CoolantLoop>().size(), std::size_t(3));
    QCOMPARE(offeredFacility, kFacility);
    Id added = kNoId;
    for (const auto &[id, loop] : w.window.plan().all<CoolantLoop>()) {
        if (loop.cduId == kSecondCdu)
            added = id;
    }
    QVERIFY(added != kNoId);
    QCOMPARE(w.window.plan().find<CoolantLoop>(added)->facilityLoopId, kFacility);
    QTRY_VERIFY(w.scene->box(EntityKind::CoolantLoop, added));

    // The stage needs a free heat-rejection unit: a chiller.
    CoolingUnit chiller;
    chiller.hallId = liquid::kHall;
    chiller.name = QStringLiteral("Chiller 1");
    chiller.kind = CoolingKind::Chiller;
    chiller.capacityKw = 400.0;
    QVERIFY(w.window.editor().add(chiller).ok);
    menu.reset(w.panel->contextMenu(EntityKind::CoolantLoop, kFacility));
    Id offeredLoop = kNoId;
    whenShown<LoopStageDialog>([&](LoopStageDialog *dialog) {
        offeredLoop = dialog->stage().loopId;
        clickOk(dialog);
    });
    entry(menu.get(), "addStage")->trigger();
    QTRY_COMPARE(w.window.plan().all<LoopRejection>().size(), std::size_t(2));
    QCOMPARE(offeredLoop, kFacility);
    QCOMPARE(w.window.undoStack().count(), 3);  // the loop, the chiller, the stage
    w.window.undoStack().undo();
    w.window.undoStack().undo();
    w.window.undoStack().undo();
    QCOMPARE(w.window.plan().all<LoopRejection>().size(), std::size_t(1));
    QCOMPARE(w.window.plan().all<CoolantLoop>().size(), std::size_t(2));
    QTRY_VERIFY(!w.scene->box(EntityKind::CoolantLoop, added));
}

void TestLoopDiagramEditing::racksComeOffAndGoOnALoop()
{
    Window w;
    std::unique_ptr<QMenu> menu(w.panel->contextMenu(EntityKind::Rack, liquid::kRackB));
    QVERIFY(entry(menu.get(), "detachRack"));
    entry(menu.get(), "detachRack")->trigger();
    QTRY_COMPARE(w.window.plan().all<LoopRack>().size(), std::size_t(1));
    QTRY_VERIFY(!w.scene->box(EntityKind::Rack, liquid::kRackB));

    // Without racks selected on the floor plan there is nothing to put on the loop.
    w.window.floorPlanScene()->selectRacks({});
    menu.reset(w.panel->contextMenu(EntityKind::CoolantLoop, liquid::kLoop));
    QVERIFY(!entry(menu.get(), "attachRacks")->isEnabled());
    QCOMPARE(entry(menu.get(), "attachRacks")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));

    // A right-click on the loop (which opens its context menu) keeps the racks selected on the floor plan, also
    // those the diagram shows selected.
    w.window.floorPlanScene()->selectRacks({ liquid::kRackA });
    QVERIFY(w.scene->box(EntityKind::Rack, liquid::kRackA)->isSelected());
    const QPoint onLoop
        = w.panel->view()->mapFromScene(w.scene->box(EntityKind::CoolantLoop, liquid::kLoop)->boxRect().center());
    QTest::mousePress(w.panel->view()->viewport(), Qt::RightButton, {}, onLoop);
    QTest::mouseRelease(w.panel->view()->viewport(), Qt::RightButton, {}, onLoop);
    QCOMPARE(w.window.floorPlanScene()->selectedRacks(), std::vector<Id> { liquid::kRackA });

    w.window.floorPlanScene()->selectRacks({ liquid::kRackB });
    menu.reset(w.panel->contextMenu(EntityKind::CoolantLoop, liquid::kLoop));
    QVERIFY(entry(menu.get(), "attachRacks")->isEnabled());
    Id offeredLoop = kNoId;
    whenShown<AttachRacksDialog>([&](AttachRacksDialog *dialog) {
        offeredLoop = dialog->loopId();
        clickOk(dialog);
    });
    entry(menu.get(), "attachRacks")->trigger();
    QTRY_COMPARE(w.window.plan().all<LoopRack>().size(), std::size_t(2));
    QCOMPARE(offeredLoop, liquid::kLoop);
    QTRY_VERIFY(w.scene->box(EntityKind::Rack, liquid::kRackB));

    // Delete on selected racks takes them off; undo puts them back.
    w.scene->selectRacks({ liquid::kRackA, liquid::kRackB });
    w.panel->removeAction()->trigger();
    QVERIFY(w.window.plan().all<LoopRack>().empty());
    QCOMPARE(w.window.undoStack().count(), 3);
    w.window.undoStack().undo();
    QCOMPARE(w.window.plan().all<LoopRack>().size(), std::size_t(2));
    w.window.undoStack().undo();
    w.window.undoStack().undo();
    QCOMPARE(w.window.plan().all<LoopRack>().size(), std::size_t(2));  // as at the start
    QCOMPARE(w.window.plan().find<LoopRack>(liquid::kOnLoopB)->loopId, liquid::kLoop);
}

void TestLoopDiagramEditing::tooltipsSayWhatAndHow()
{
    Window w;
    const QString loop = w.scene->box(EntityKind::CoolantLoop, liquid::kLoop)->toolTip();
    QVERIFY2(loop.startsWith(QStringLiteral("Technology cooling loop: TCS 1")), qPrintable(loop));
    QVERIFY2(loop.contains(QStringLiteral("Fine")), qPrintable(loop));
    QVERIFY2(loop.contains(QStringLiteral("Double-click or Enter: edit")), qPrintable(loop));
    const QString stage = w.scene->box(EntityKind::LoopRejection, kStage)->toolTip();
    QVERIFY2(stage.startsWith(QStringLiteral("Heat-rejection stage: Dry cooler 1")), qPrintable(stage));
    const QString rack = w.scene->box(EntityKind::Rack, liquid::kRackA)->toolTip();
    QVERIFY2(rack.contains(QStringLiteral("Right-click: take the rack off its loop")), qPrintable(rack));
}

void TestLoopDiagramEditing::readOnlyPlanRefuses()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("liquid.rackwerk"));
    Plan plan;
    buildPlan(plan);
    QVERIFY(PlanStore::save(plan, path).ok);
    MainWindow window;
    window.show();
    QVERIFY(window.openPlan(path, true));
    QVERIFY(window.isReadOnly());
    LiquidPanel *panel = window.liquidPanel();
    window.liquidDock()->show();
    panel->scene()->rebuild();

    std::unique_ptr<QMenu> menu(panel->contextMenu(EntityKind::CoolantLoop, kFacility));
    QVERIFY(!menu->actions().isEmpty());
    QCOMPARE(menu->actions().first()->text(), QStringLiteral("The plan is open read-only."));
    for (QAction *action : menu->actions())
        QVERIFY2(action->isSeparator() || !action->isEnabled(), qPrintable(action->text()));
    QVERIFY(!panel->scene()->box(EntityKind::CoolantLoop, kFacility)->toolTip().contains(QStringLiteral("Delete")));

    panel->scene()->box(EntityKind::LoopRejection, kStage)->setSelected(true);
    QVERIFY(!panel->editAction()->isEnabled());
    QVERIFY(!panel->removeAction()->isEnabled());
    // A double-click says why in the status bar and opens nothing.
    QSignalSpy refused(panel, &LiquidPanel::editRefused);
    const QPoint at
        = panel->view()->mapFromScene(panel->scene()->box(EntityKind::LoopRejection, kStage)->boxRect().center());
    QTest::mouseDClick(panel->view()->viewport(), Qt::LeftButton, {}, at);
    QTRY_COMPARE(refused.size(), 1);
    QVERIFY(!QApplication::activeModalWidget());
    panel->removeAction()->trigger();  // disabled: nothing
    QCOMPARE(window.plan().all<LoopRejection>().size(), std::size_t(1));
    QCOMPARE(window.undoStack().count(), 0);
}

/// RW_SCREENSHOT_DIR: the window with a loop's context menu open, in English and German.
void TestLoopDiagramEditing::screenshots()
{
    if (qEnvironmentVariableIsEmpty("RW_SCREENSHOT_DIR"))
        QSKIP("RW_SCREENSHOT_DIR not set");
    const QDir dir(qEnvironmentVariable("RW_SCREENSHOT_DIR"));
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("de") }) {
        QVERIFY(Language::apply(language));
        Window w;
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        QTest::qWait(300);
        w.window.floorPlanScene()->selectRacks({ liquid::kRackA });
        for (const auto &[kind, id, name] : { std::tuple { EntityKind::CoolantLoop, kFacility, "facility" },
                 std::tuple { EntityKind::CoolantLoop, liquid::kLoop, "cdu-loop" } }) {
            QMenu *menu = w.panel->contextMenu(kind, id);
            const QRectF box = w.scene->box(kind, id)->boxRect();
            menu->popup(w.panel->view()->viewport()->mapToGlobal(w.panel->view()->mapFromScene(box.center())));
            QTest::qWait(200);
            QVERIFY(w.window.grab().save(dir.filePath(QStringLiteral("loop-edit-%1-%2.png").arg(QLatin1String(name), language))));
            QVERIFY(menu->grab().save(dir.filePath(QStringLiteral("loop-menu-%1-%2.png").arg(QLatin1String(name), language))));
            menu->close();
            delete menu;
        }
    }
    QVERIFY(Language::apply(QStringLiteral("en")));
}

QTEST_MAIN(TestLoopDiagramEditing)
#include "tst_loopdiagramediting.moc"
