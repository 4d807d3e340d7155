// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real floor-plan editor widgets offscreen with mouse and keys: draw a row, move it, undo,
// redo, nudge, rotate, duplicate, delete, edit in the property panel, fill racks and mount a device by
// drop, place and edit text labels, resize the hall with the outline tool, and checks the model after each step.
#include "analysis/coolingbudget.h"
#include "analysis/thermalcasebuilder.h"
#include "commands/deviceedits.h"
#include "dialogs/filldialog.h"
#include "dialogs/numberfield.h"
#include "elevation/rackelevationpanel.h"
#include "elevation/rackelevationview.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplantoolbar.h"
#include "floorplan/floorplanview.h"
#include "floorplan/labelitem.h"
#include "floorplan/rackitem.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "panels/findingspanel.h"
#include "panels/propertypanel.h"
#include "plan/planfiller.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QStatusBar>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

#include <set>

using namespace rw;

namespace {

/// An empty 20 x 20 m hall, opened in the window as a file would be.
void openEmptyHall(MainWindow &window)
{
    Plan plan;
    Hall hall;
    hall.id = plan.allocateId();
    hall.name = QStringLiteral("Test hall");
    hall.widthM = 20;
    hall.depthM = 20;
    hall.minAisleWidthM = 1.2;
    PlanFiller(plan).insert(hall);
    window.undoStack().clear();
    window.plan().assign(plan);
    window.floorPlanView()->fitHall();
}

/// Types a number into a property field and confirms it, as a user does.
void enterNumber(NumberField *field, const QString &text)
{
    field->lineEdit()->setFocus();
    field->lineEdit()->selectAll();
    QTest::keyClicks(field->lineEdit(), text);
    QTest::keyClick(field->lineEdit(), Qt::Key_Return);
}

std::vector<const Rack *> racks(const Plan &plan)
{
    std::vector<const Rack *> out;
    for (const auto &[id, rack] : plan.all<Rack>())
        out.push_back(&rack);
    return out;
}

QPoint viewportPoint(const FloorPlanView *view, QPointF sceneM)
{
    return view->mapFromScene(sceneM);
}

void drag(FloorPlanView *view, QPointF fromM, QPointF toM, Qt::KeyboardModifiers modifiers = {})
{
    QWidget *viewport = view->viewport();
    const QPoint from = viewportPoint(view, fromM);
    const QPoint to = viewportPoint(view, toM);
    QTest::mousePress(viewport, Qt::LeftButton, modifiers, from);
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(viewport, from + (to - from) * i / 4);
    QTest::mouseRelease(viewport, Qt::LeftButton, modifiers, to);
}

QSizeF hallSize(MainWindow &window)
{
    const Hall *hall = window.plan().find<Hall>(window.floorPlanScene()->hall());
    return hall ? QSizeF(hall->widthM, hall->depthM) : QSizeF();
}

/// Waits until the floor plan shows the hall's current outline (it rebuilds on the next event loop turn)
/// and has fitted it into the view, so that scene positions map to the pixels where the hall is drawn.
bool waitForOutline(MainWindow &window)
{
    const QSizeF size = hallSize(window);
    FloorPlanView *view = window.floorPlanView();
    FloorPlanScene *scene = window.floorPlanScene();
    return QTest::qWaitFor([&] {
        // The hall with a 2 m margin, grown to anything drawn outside it.
        const QRectF expected = QRectF(QPointF(0, 0), size).united(scene->itemsBoundingRect()).adjusted(-2, -2, 2, 2);
        return scene->sceneRect() == expected
            && view->viewport()->rect().contains(view->mapFromScene(QRectF(QPointF(0, 0), size).center()));
    });
}

/// Saves a picture of the window under RW_SCREENSHOT_DIR, when that is set.
void saveScreenshot(MainWindow &window, const QString &name)
{
    if (!qEnvironmentVariableIsEmpty("RW_SCREENSHOT_DIR"))
        window.grab().save(QDir(qEnvironmentVariable("RW_SCREENSHOT_DIR")).filePath(name));
}

/// Whether the findings list shows a line containing `text`.
bool findingsShow(MainWindow &window, const QString &text)
{
    auto *findings = window.findChild<FindingsPanel *>();
    auto *list = findings ? findings->findChild<QListWidget *>() : nullptr;
    if (!list)
        return false;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().contains(text))
            return true;
    }
    return false;
}

}  // namespace

class TestFloorPlanEditor : public QObject {
    Q_OBJECT

private slots:
    void init();
    void drawMoveUndoRedo();
    void keysNudgeRotateDuplicateDelete();
    void propertyPanelEditsSelection();
    void fillRacksAndDropDevice();
    void layoutWarningsAndApi();
    void drawOtherThings();
    void placeEditMoveLabel();
    void hallOutlineResizeUndoRedo();
    void hallOutlineRefusesTooSmallAndCancels();
    void hallOutlineShrinkWarnsOutside();
    void hallShrinkKeepsEverythingDrawnAndMisplaced();
    void hallOutlineGerman();
};

void TestFloorPlanEditor::init()
{
    QVERIFY(Language::apply(QStringLiteral("en")));
}

void TestFloorPlanEditor::drawMoveUndoRedo()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openEmptyHall(window);
    FloorPlanView *view = window.floorPlanView();
    FloorPlanScene *scene = window.floorPlanScene();
    QTRY_VERIFY(scene->hall() != kNoId);

    // With nothing selected the property panel edits the hall.
    QTRY_VERIFY(window.propertyPanel()->findChild<NumberField *>(QStringLiteral("minAisleWidthM")));
    QTRY_VERIFY(window.propertyPanel()->findChild<NumberField *>(QStringLiteral("minAisleWidthM"))->isVisible());

    // Draw a row: the rack-row tool, then drag 6 m eastwards = 10 racks of 600 mm.
    window.floorPlanToolBar()->toolAction(FloorTool::Row)->trigger();
    QCOMPARE(view->tool(), FloorTool::Row);
    drag(view, { 2.0, 5.0 }, { 8.0, 5.0 });
    QCOMPARE(window.plan().all<Row>().size(), std::size_t(1));
    auto drawn = racks(window.plan());
    QCOMPARE(drawn.size(), std::size_t(10));
    QCOMPARE(window.undoStack().count(), 1);  // one gesture, one undo step
    const Id rowId = window.plan().all<Row>().begin()->first;
    for (const Rack *rack : drawn) {
        QCOMPARE(rack->rowId, rowId);
        QCOMPARE(rack->facing, Facing::North);
        QCOMPARE(rack->yM, 5.0);
        QVERIFY(rack->xM > 2.0 && rack->xM < 8.0);
    }
    QCOMPARE(scene->selectedRacks().size(), std::size_t(10));  // the new row is selected

    // Escape returns to the select tool; then drag the selected row 2 m south.
    QTest::keyClick(view, Qt::Key_Escape);
    QCOMPARE(view->tool(), FloorTool::Select);
    const Rack first = *drawn.front();
    drag(view, { first.xM, first.yM }, { first.xM, first.yM + 2.0 });
    QCOMPARE(window.undoStack().count(), 2);  // the whole drag is one step
    for (const auto &[id, rack] : window.plan().all<Rack>())
        QCOMPARE(rack.yM, 7.0);

    window.undoStack().undo();
    for (const auto &[id, rack] : window.plan().all<Rack>())
        QCOMPARE(rack.yM, 5.0);
    window.undoStack().redo();
    for (const auto &[id, rack] : window.plan().all<Rack>())
        QCOMPARE(rack.yM, 7.0);
    window.undoStack().undo();
    window.undoStack().undo();
    QVERIFY(window.plan().all<Rack>().empty());
    QVERIFY(window.plan().all<Row>().empty());
    window.undoStack().redo();
    QCOMPARE(window.plan().all<Rack>().size(), std::size_t(10));
    auto rackItems = [scene] {
        const auto items = scene->items();
        return int(std::count_if(
            items.begin(), items.end(), [](QGraphicsItem *item) { return item->type() == RackItem::kType; }));
    };
    QTRY_COMPARE(rackItems(), 10);
}

void TestFloorPlanEditor::keysNudgeRotateDuplicateDelete()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openEmptyHall(window);
    FloorPlanView *view = window.floorPlanView();
    FloorPlanScene *scene = window.floorPlanScene();
    window.floorPlanToolBar()->toolAction(FloorTool::Row)->trigger();
    drag(view, { 2.0, 5.0 }, { 5.0, 5.0 });  // 5 racks
    QCOMPARE(window.plan().all<Rack>().size(), std::size_t(5));
    view->setTool(FloorTool::Select);
    view->setFocus();

    // Three nudges to the right merge into one undo step of 0.3 m; Shift nudges by 1 m.
    const int steps = window.undoStack().count();
    std::map<Id, double> x0;
    for (const auto &[id, rack] : window.plan().all<Rack>())
        x0[id] = rack.xM;
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(window.undoStack().count(), steps + 1);
    for (const auto &[id, rack] : window.plan().all<Rack>())
        QVERIFY(qFuzzyCompare(rack.xM, x0[id] + 0.3));
    QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
    for (const auto &[id, rack] : window.plan().all<Rack>())
        QVERIFY(qFuzzyCompare(rack.yM, 6.0));
    QCOMPARE(window.undoStack().count(), steps + 1);  // nudges of one selection stay one step
    window.undoStack().undo();
    QCOMPARE(window.plan().all<Rack>().size(), std::size_t(5));
    for (const auto &[id, rack] : window.plan().all<Rack>())
        QVERIFY(qFuzzyCompare(rack.xM, x0[id]));

    // R turns the row a quarter clockwise: fronts face east, racks stacked along y.
    scene->selectRacks([&] {
        std::vector<Id> ids;
        for (const auto &[id, rack] : window.plan().all<Rack>())
            ids.push_back(id);
        return ids;
    }());
    view->rotateSelection();
    std::set<double> xs;
    for (const auto &[id, rack] : window.plan().all<Rack>()) {
        QCOMPARE(rack.facing, Facing::East);
        xs.insert(std::round(rack.xM * 1000));
    }
    QCOMPARE(xs.size(), std::size_t(1));

    // Ctrl+D duplicates (with a new row); Delete removes the copies and their row; undo brings them back.
    QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(window.plan().all<Rack>().size(), std::size_t(10));
    QCOMPARE(window.plan().all<Row>().size(), std::size_t(2));
    QCOMPARE(scene->selectedRacks().size(), std::size_t(5));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(window.plan().all<Rack>().size(), std::size_t(5));
    QCOMPARE(window.plan().all<Row>().size(), std::size_t(1));
    window.undoStack().undo();
    QCOMPARE(window.plan().all<Rack>().size(), std::size_t(10));

    // Copy and paste through the keys.
    scene->selectRacks({ window.plan().all<Rack>().begin()->first });
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(window.plan().all<Rack>().size(), std::size_t(11));
}

void TestFloorPlanEditor::propertyPanelEditsSelection()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openEmptyHall(window);
    FloorPlanView *view = window.floorPlanView();
    window.floorPlanToolBar()->toolAction(FloorTool::Row)->trigger();
    drag(view, { 2.0, 5.0 }, { 5.0, 5.0 });
    QCOMPARE(window.floorPlanScene()->selectedRacks().size(), std::size_t(5));

    // All five racks at once: a new budget in the panel sets it on every one, as one undo step.
    NumberField *budget = nullptr;
    QTRY_VERIFY((budget = window.propertyPanel()->findChild<NumberField *>(QStringLiteral("maxPowerKw"))));
    const int steps = window.undoStack().count();
    enterNumber(budget, QStringLiteral("42"));
    for (const auto &[id, rack] : window.plan().all<Rack>())
        QCOMPARE(rack.maxPowerKw, 42.0);
    QCOMPARE(window.undoStack().count(), steps + 1);

    // A value the model refuses (a budget below zero is out of range) changes nothing.
    window.floorPlanScene()->clearSelection();
    QTRY_VERIFY(window.propertyPanel()->findChild<NumberField *>(QStringLiteral("minAisleWidthM")));
    auto *aisle = window.propertyPanel()->findChild<NumberField *>(QStringLiteral("minAisleWidthM"));
    enterNumber(aisle, QStringLiteral("2"));
    QCOMPARE(window.plan().all<Hall>().begin()->second.minAisleWidthM, 2.0);
}

void TestFloorPlanEditor::fillRacksAndDropDevice()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openEmptyHall(window);
    FloorPlanView *view = window.floorPlanView();
    window.floorPlanToolBar()->toolAction(FloorTool::Row)->trigger();
    drag(view, { 2.0, 5.0 }, { 4.4, 5.0 });  // 4 racks, selected
    QCOMPARE(window.floorPlanScene()->selectedRacks().size(), std::size_t(4));

    // "Fill this row with 4 x DGX B200 per rack" through the dialog.
    QTimer::singleShot(100, &window, [] {
        auto *dialog = qobject_cast<FillDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setTypeKey(QStringLiteral("nvidia-dgx-b200"));
        dialog->setCountPerRack(4);
        dialog->accept();
    });
    window.floorPlanToolBar()->fillAction()->trigger();
    QCOMPARE(window.plan().all<MountedDevice>().size(), std::size_t(16));
    QVERIFY(window.plan().find<DeviceType>(QStringLiteral("nvidia-dgx-b200")));
    for (const auto &[id, device] : window.plan().all<MountedDevice>())
        QVERIFY(device.positionU == 1 || device.positionU == 11 || device.positionU == 21 || device.positionU == 31);
    window.undoStack().undo();  // one step: devices and the imported type
    QVERIFY(window.plan().all<MountedDevice>().empty());
    QVERIFY(!window.plan().find<DeviceType>(QStringLiteral("nvidia-dgx-b200")));
    window.undoStack().redo();
    QCOMPARE(window.plan().all<MountedDevice>().size(), std::size_t(16));

    // A fifth DGX does not fit (48 U): refused, nothing changes.
    const int steps = window.undoStack().count();
    const EditResult refused = DeviceEdits::fill(
        window.editor(), window.floorPlanScene()->selectedRacks(), QStringLiteral("nvidia-dgx-b200"), 1);
    QVERIFY(!refused.ok);
    QVERIFY(refused.error.contains(QStringLiteral("room")));
    QCOMPARE(window.undoStack().count(), steps);

    // Drop a switch into U 45 of the first rack's elevation.
    const Id rackId = window.floorPlanScene()->selectedRacks().front();
    window.rackElevation()->setRack(rackId);
    RackElevationView *elevation = window.rackElevation()->elevation();
    elevation->resize(400, 700);
    QMimeData mime;
    mime.setData(QString::fromLatin1(RackElevationView::kDeviceTypeMime), QByteArrayLiteral("nvidia-quantum2-qm9700"));
    QStringList refusals;
    connect(elevation, &RackElevationView::editRefused, &window, [&refusals](const QString &why) { refusals << why; });
    // Without a drag in progress Qt does not deliver the drop event; hand it what the drop delivers.
    QVERIFY(
        elevation->dropDeviceType(QString::fromUtf8(mime.data(QString::fromLatin1(RackElevationView::kDeviceTypeMime))),
            elevation->unitCentre(45)));
    QCOMPARE(refusals, QStringList());
    const auto inRack = window.plan().devicesInRack(rackId);
    QCOMPARE(inRack.size(), std::size_t(5));
    QCOMPARE(inRack.back()->typeKey, QStringLiteral("nvidia-quantum2-qm9700"));
    QCOMPARE(inRack.back()->positionU, 45);

    // Delete the selected device in the elevation with the key.
    QCOMPARE(elevation->selectedDevice(), inRack.back()->id);
    QTest::keyClick(elevation, Qt::Key_Delete);
    QCOMPARE(window.plan().devicesInRack(rackId).size(), std::size_t(4));

    // Drag the top DGX (U 31-40), grabbed at U 35, up by 8 units to U 39-48 with the mouse; dragging it
    // further would leave the rack and is refused.
    QTest::mousePress(elevation, Qt::LeftButton, {}, elevation->unitCentre(35).toPoint());
    QTest::mouseMove(elevation, elevation->unitCentre(43).toPoint());
    QTest::mouseRelease(elevation, Qt::LeftButton, {}, elevation->unitCentre(43).toPoint());
    QCOMPARE(window.plan().devicesInRack(rackId).back()->positionU, 39);
    QTest::mousePress(elevation, Qt::LeftButton, {}, elevation->unitCentre(40).toPoint());
    QTest::mouseMove(elevation, elevation->unitCentre(45).toPoint());
    QTest::mouseRelease(elevation, Qt::LeftButton, {}, elevation->unitCentre(45).toPoint());
    QCOMPARE(window.plan().devicesInRack(rackId).back()->positionU, 39);
    QCOMPARE(refusals.size(), 1);

    // The checks list the rack's state; blanking panels close the open units.
    window.rackElevation()->closeOpenUnits();
    QCOMPARE(window.plan().devicesInRack(rackId).size(), std::size_t(4 + 8));
}

void TestFloorPlanEditor::layoutWarningsAndApi()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openEmptyHall(window);
    FloorPlanView *view = window.floorPlanView();
    FloorPlanScene *scene = window.floorPlanScene();
    window.floorPlanToolBar()->toolAction(FloorTool::Row)->trigger();
    drag(view, { 2.0, 5.0 }, { 5.0, 5.0 });
    QTRY_VERIFY(scene->layoutIssues().empty());
    // A second row facing the first, 1.0 m away (front to front) with a 1.2 m minimum: narrow aisle.
    window.floorPlanToolBar()->toolAction(FloorTool::Row)->trigger();
    view->drawOptions().facing = Facing::South;
    drag(view, { 2.0, 2.8 }, { 5.0, 2.8 });
    QTRY_VERIFY(!scene->layoutIssues().empty());
    bool narrow = false;
    for (const LayoutIssue &issue : scene->layoutIssues())
        narrow = narrow || issue.kind == LayoutIssue::Kind::NarrowAisle;
    QVERIFY(narrow);
    // Overlap: a row drawn over the first.
    drag(view, { 2.0, 5.2 }, { 3.2, 5.2 });
    bool overlap = false;
    for (const LayoutIssue &issue : scene->layoutIssues())
        overlap = overlap || issue.kind == LayoutIssue::Kind::Overlap;
    QVERIFY(overlap);

    // The API for other features: badges, highlights, inlet temperatures; they survive a rebuild.
    const Id rackId = window.plan().all<Rack>().begin()->first;
    scene->setRackBadges({ { rackId, QStringLiteral("+3") } });
    scene->setHighlighted({ { EntityKind::Rack, rackId } });
    scene->setColourMode(RackColourMode::InletTemperature);
    QCOMPARE(scene->legend().size(), std::size_t(1));  // "No thermal result"
    scene->setRackInletTemperatures({ { rackId, 24.0 } });
    QVERIFY(scene->legend().size() > 1);
    scene->rebuild();
    QCOMPARE(scene->rackBadges().at(rackId), QStringLiteral("+3"));
    QCOMPARE(scene->selectRacks({ rackId, 999999 }), 1);
    QImage image(400, 300, QImage::Format_ARGB32);
    QPainter painter(&image);
    view->render(&painter);
}

void TestFloorPlanEditor::drawOtherThings()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openEmptyHall(window);
    FloorPlanView *view = window.floorPlanView();
    auto count = [&window](ObstacleKind kind) {
        int n = 0;
        for (const auto &[id, obstacle] : window.plan().all<Obstacle>())
            n += obstacle.kind == kind ? 1 : 0;
        return n;
    };
    window.floorPlanToolBar()->toolAction(FloorTool::Wall)->trigger();
    drag(view, { 1.0, 15.0 }, { 9.0, 15.0 });
    QCOMPARE(count(ObstacleKind::Wall), 1);
    window.floorPlanToolBar()->toolAction(FloorTool::PerforatedTile)->trigger();
    drag(view, { 0.7, 0.7 }, { 2.3, 1.3 });  // tiles 1..3 x 1..2 of the 0.6 m grid
    QCOMPARE(count(ObstacleKind::PerforatedTile), 6);
    window.floorPlanToolBar()->toolAction(FloorTool::Column)->trigger();
    drag(view, { 10.0, 10.0 }, { 10.0, 10.0 });
    QCOMPARE(count(ObstacleKind::Column), 1);
    window.floorPlanToolBar()->toolAction(FloorTool::CoolingUnit)->trigger();
    view->drawOptions().coolingKind = CoolingKind::FanWall;
    drag(view, { 18.0, 10.0 }, { 18.0, 10.0 });
    QCOMPARE(window.plan().all<CoolingUnit>().size(), std::size_t(1));
    QCOMPARE(window.plan().all<CoolingUnit>().begin()->second.kind, CoolingKind::FanWall);
    window.floorPlanToolBar()->toolAction(FloorTool::PowerNode)->trigger();
    view->drawOptions().powerKind = PowerNodeKind::Rpp;
    drag(view, { 15.0, 2.0 }, { 15.0, 2.0 });
    QCOMPARE(window.plan().all<PowerNode>().size(), std::size_t(1));
    const PowerNode &node = window.plan().all<PowerNode>().begin()->second;
    QCOMPARE(node.kind, PowerNodeKind::Rpp);
    QCOMPARE(node.hallId, window.floorPlanScene()->hall());
    QCOMPARE(window.undoStack().count(), 5);
    // Rubber band over the whole hall selects everything drawn.
    view->setTool(FloorTool::Select);
    drag(view, { -1.0, -1.0 }, { 19.9, 19.9 });
    QCOMPARE(int(window.floorPlanScene()->selectedRefs().size()), 1 + 6 + 1 + 1 + 1);
}

void TestFloorPlanEditor::placeEditMoveLabel()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openEmptyHall(window);
    FloorPlanView *view = window.floorPlanView();
    FloorPlanScene *scene = window.floorPlanScene();
    auto labels = [&window] { return window.plan().all<Label>(); };

    // L picks the label tool; a click opens the text editor there; Enter places the label.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_L);
    QCOMPARE(view->tool(), FloorTool::Label);
    QVERIFY(window.floorPlanToolBar()->toolAction(FloorTool::Label)->toolTip().contains(QLatin1String("(L)")));
    drag(view, { 5.0, 5.0 }, { 5.0, 5.0 });
    QLineEdit *editor = view->labelEditor();
    QVERIFY(editor);
    QVERIFY(editor->isVisible());
    QTRY_VERIFY(editor->hasFocus());
    QVERIFY(labels().empty());  // nothing is added before the text is there
    QTest::keyClicks(editor, QStringLiteral("Cold aisle A"));
    QTest::keyClick(editor, Qt::Key_Return);
    QVERIFY(!view->labelEditor());
    QCOMPARE(labels().size(), std::size_t(1));
    const Id labelId = labels().begin()->first;
    Label placed = labels().begin()->second;
    QCOMPARE(placed.text, QStringLiteral("Cold aisle A"));
    QCOMPARE(placed.hallId, scene->hall());
    QCOMPARE(placed.xM, 5.0);  // snapped to 10 cm
    QCOMPARE(placed.yM, 5.0);
    QCOMPARE(placed.heightM, 0.5);
    QCOMPARE(placed.rotationDeg, 0);
    QCOMPARE(window.undoStack().count(), 1);
    QCOMPARE(scene->selectedRefs(), (std::vector<PlanItemRef> { { EntityKind::Label, labelId } }));

    // Drawn true to scale: the text is 0.5 m high on the floor and centred on its position.
    QGraphicsItem *item = scene->itemFor({ EntityKind::Label, labelId });
    QVERIFY(item);
    QCOMPARE(item->type(), int(LabelItem::kType));
    const QRectF drawn = LabelItem::footprint(placed);
    QVERIFY2(std::abs(drawn.height() - 0.5) < 1e-9, qPrintable(QString::number(drawn.height())));
    QVERIFY(drawn.width() > 1.0);  // twelve letters are wider than they are high
    QVERIFY(std::abs(drawn.center().x() - 5.0) < 1e-9 && std::abs(drawn.center().y() - 5.0) < 1e-9);
    QVERIFY(std::abs(item->sceneBoundingRect().center().x() - 5.0) < 1e-6);

    // Escape cancels a new label, and Enter on no text places none.
    drag(view, { 10.0, 10.0 }, { 10.0, 10.0 });
    QVERIFY(view->labelEditor());
    QTest::keyClicks(view->labelEditor(), QStringLiteral("draft"));
    QTest::keyClick(view->labelEditor(), Qt::Key_Escape);
    QVERIFY(!view->labelEditor());
    drag(view, { 10.0, 10.0 }, { 10.0, 10.0 });
    QTest::keyClick(view->labelEditor(), Qt::Key_Return);
    QCOMPARE(labels().size(), std::size_t(1));
    QCOMPARE(window.undoStack().count(), 1);

    // Back to selecting; a double-click on the label edits its text in place.
    QTest::keyClick(view, Qt::Key_Escape);
    QCOMPARE(view->tool(), FloorTool::Select);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, viewportPoint(view, { 5.0, 5.0 }));
    editor = view->labelEditor();
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("Cold aisle A"));
    QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral("Hot aisle A"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCOMPARE(labels().at(labelId).text, QStringLiteral("Hot aisle A"));
    QCOMPARE(window.undoStack().count(), 2);

    // The property panel edits size and turn; empty text is refused and changes nothing.
    scene->selectRefs({ { EntityKind::Label, labelId } });
    NumberField *height = nullptr;
    QTRY_VERIFY((height = window.propertyPanel()->findChild<NumberField *>(QStringLiteral("heightM"))));
    enterNumber(height, QStringLiteral("1"));
    QCOMPARE(labels().at(labelId).heightM, 1.0);
    NumberField *rotation = window.propertyPanel()->findChild<NumberField *>(QStringLiteral("rotationDeg"));
    QVERIFY(rotation);
    enterNumber(rotation, QStringLiteral("90"));
    QCOMPARE(labels().at(labelId).rotationDeg, 90);
    QLineEdit *text = nullptr;
    QTRY_VERIFY((text = window.propertyPanel()->findChild<QLineEdit *>(QStringLiteral("text"))));
    const int steps = window.undoStack().count();
    text->setText(QString());
    emit text->editingFinished();
    QCOMPARE(labels().at(labelId).text, QStringLiteral("Hot aisle A"));
    QCOMPARE(window.undoStack().count(), steps);
    // Turned a quarter, the 1 m high text stands 1 m wide and runs north-south.
    scene->rebuild();
    const QRectF turned = LabelItem::footprint(labels().at(labelId));
    QVERIFY(std::abs(turned.width() - 1.0) < 1e-9 && turned.height() > 2.0);

    // The plan tree lists it under its hall (it rebuilds a moment after a change).
    auto listed = [&window] {
        for (QTreeWidget *tree : window.findChildren<QTreeWidget *>()) {
            for (QTreeWidgetItemIterator it(tree); *it; ++it) {
                if ((*it)->text(0).contains(QLatin1String("Hot aisle A")) && (*it)->data(0, Qt::UserRole + 1).isValid())
                    return true;
            }
        }
        return false;
    };
    QTRY_VERIFY(listed());

    // A drag moves it in one undo step; undo puts it back.
    const int beforeMove = window.undoStack().count();
    drag(view, { 5.0, 5.0 }, { 7.0, 6.0 });
    QCOMPARE(window.undoStack().count(), beforeMove + 1);
    QVERIFY(std::abs(labels().at(labelId).xM - 7.0) < 1e-9);
    QVERIFY(std::abs(labels().at(labelId).yM - 6.0) < 1e-9);
    window.undoStack().undo();
    QCOMPARE(labels().at(labelId).xM, 5.0);
    QCOMPARE(labels().at(labelId).yM, 5.0);

    // R turns it further, Ctrl+D duplicates it, Delete removes the copy; undo brings the copy back.
    scene->selectRefs({ { EntityKind::Label, labelId } });
    view->setFocus();
    QTest::keyClick(view, Qt::Key_R);
    QCOMPARE(labels().at(labelId).rotationDeg, 180);
    QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(labels().size(), std::size_t(2));
    const Label copy = labels().rbegin()->second;
    QCOMPARE(copy.text, QStringLiteral("Hot aisle A"));
    QCOMPARE(copy.xM, 6.0);
    QCOMPARE(scene->selectedRefs(), (std::vector<PlanItemRef> { { EntityKind::Label, copy.id } }));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(labels().size(), std::size_t(1));
    window.undoStack().undo();
    QCOMPARE(labels().size(), std::size_t(2));

    // Undo all the way: no labels; redo all the way: the label as last edited, its copy deleted again.
    while (window.undoStack().canUndo())
        window.undoStack().undo();
    QVERIFY(labels().empty());
    while (window.undoStack().canRedo())
        window.undoStack().redo();
    QCOMPARE(labels().size(), std::size_t(1));
    const Label last = labels().at(labelId);
    QCOMPARE(last.text, QStringLiteral("Hot aisle A"));
    QCOMPARE(last.heightM, 1.0);
    QCOMPARE(last.rotationDeg, 180);
    QCOMPARE(last.xM, 5.0);
}

QTEST_MAIN(TestFloorPlanEditor)
#include "tst_floorplaneditor.moc"

void TestFloorPlanEditor::hallOutlineResizeUndoRedo()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openEmptyHall(window);
    QVERIFY(waitForOutline(window));
    FloorPlanView *view = window.floorPlanView();
    QTRY_VERIFY(window.floorPlanScene()->hall() != kNoId);

    // H picks the tool; its button has an icon and names the key.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_H);
    QCOMPARE(view->tool(), FloorTool::HallOutline);
    QAction *action = window.floorPlanToolBar()->toolAction(FloorTool::HallOutline);
    QVERIFY(action->isChecked());
    QVERIFY(!action->icon().isNull());
    QVERIFY(action->toolTip().contains(QLatin1String("(H)")));

    // A press away from the east and south edges does nothing.
    drag(view, { 10.0, 10.0 }, { 15.0, 15.0 });
    QCOMPARE(hallSize(window), QSizeF(20, 20));
    QCOMPARE(window.undoStack().count(), 0);

    // Drag the south-east corner: the preview names the new size, snapped to 10 cm; release applies it.
    QWidget *viewport = view->viewport();
    const QPoint corner = viewportPoint(view, { 20.0, 20.0 });
    const QPoint to = viewportPoint(view, { 21.5, 21.0 });
    QTest::mousePress(viewport, Qt::LeftButton, {}, corner);
    QTest::mouseMove(viewport, (corner + to) / 2);
    QTest::mouseMove(viewport, to);
    QVERIFY2(view->gestureText().contains(QLatin1String("21.5 x 21.0 m")), qPrintable(view->gestureText()));
    QCOMPARE(hallSize(window), QSizeF(20, 20));  // nothing changes before the release
    saveScreenshot(window, QStringLiteral("hall-outline-en.png"));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    QCOMPARE(hallSize(window), QSizeF(21.5, 21.0));
    QCOMPARE(window.undoStack().count(), 1);  // one drag, one undo step
    QVERIFY(view->gestureText().isEmpty());

    // Ctrl+Z restores the old outline, redo applies the new one again.
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(hallSize(window), QSizeF(20, 20));
    window.undoStack().redo();
    QCOMPARE(hallSize(window), QSizeF(21.5, 21.0));
    QVERIFY(waitForOutline(window));  // the floor plan follows

    // The east edge changes the width only, the south edge the depth only.
    drag(view, { 21.5, 8.0 }, { 19.0, 8.0 });
    QCOMPARE(hallSize(window), QSizeF(19.0, 21.0));
    QVERIFY(waitForOutline(window));
    drag(view, { 7.0, 21.0 }, { 7.0, 18.2 });
    QCOMPARE(hallSize(window), QSizeF(19.0, 18.2));
    QCOMPARE(window.undoStack().count(), 3);
    // Only the outline changed: the hall keeps its other settings.
    QCOMPARE(window.plan().find<Hall>(window.floorPlanScene()->hall())->minAisleWidthM, 1.2);
}

void TestFloorPlanEditor::hallOutlineRefusesTooSmallAndCancels()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openEmptyHall(window);
    QVERIFY(waitForOutline(window));
    FloorPlanView *view = window.floorPlanView();
    window.floorPlanToolBar()->toolAction(FloorTool::HallOutline)->trigger();
    QCOMPARE(view->tool(), FloorTool::HallOutline);

    // Below the hall's minimum of 1 m: the preview says why, the release changes nothing and the status bar
    // gives the plan's reason.
    QWidget *viewport = view->viewport();
    const QPoint corner = viewportPoint(view, { 20.0, 20.0 });
    const QPoint tooSmall = viewportPoint(view, { 0.5, 12.0 });
    QTest::mousePress(viewport, Qt::LeftButton, {}, corner);
    QTest::mouseMove(viewport, tooSmall);
    QVERIFY2(view->gestureText().contains(QLatin1String("Width")), qPrintable(view->gestureText()));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, tooSmall);
    QCOMPARE(hallSize(window), QSizeF(20, 20));
    QCOMPARE(window.undoStack().count(), 0);
    const QString refused = window.statusBar()->currentMessage();
    QVERIFY2(refused.contains(QLatin1String("Width")) && refused.contains(QLatin1String("1")), qPrintable(refused));

    // Exactly the minimum is a valid hall.
    drag(view, { 20.0, 20.0 }, { 1.0, 20.0 });
    QCOMPARE(hallSize(window), QSizeF(1.0, 20.0));
    window.undoStack().undo();
    QCOMPARE(hallSize(window), QSizeF(20, 20));
    QVERIFY(waitForOutline(window));

    // Escape in the middle of a drag cancels it: the release does nothing, the tool stays.
    const QPoint east = viewportPoint(view, { 20.0, 10.0 });
    const QPoint wider = viewportPoint(view, { 21.0, 10.0 });
    QTest::mousePress(viewport, Qt::LeftButton, {}, east);
    QTest::mouseMove(viewport, wider);
    QVERIFY(!view->gestureText().isEmpty());
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(view->gestureText().isEmpty());
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, wider);
    QCOMPARE(hallSize(window), QSizeF(20, 20));
    QCOMPARE(window.undoStack().count(), 1);  // only the 1 m edit, undone
    QCOMPARE(view->tool(), FloorTool::HallOutline);
    // A second Escape leaves the tool.
    QTest::keyClick(view, Qt::Key_Escape);
    QCOMPARE(view->tool(), FloorTool::Select);
}

void TestFloorPlanEditor::hallOutlineShrinkWarnsOutside()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openEmptyHall(window);
    QVERIFY(waitForOutline(window));
    FloorPlanView *view = window.floorPlanView();
    FloorPlanScene *scene = window.floorPlanScene();
    auto outside = [scene] {
        int n = 0;
        for (const LayoutIssue &issue : scene->layoutIssues())
            n += issue.kind == LayoutIssue::Kind::OutsideHall ? 1 : 0;
        return n;
    };
    // A row of racks near the east wall, inside the hall.
    window.floorPlanToolBar()->toolAction(FloorTool::Row)->trigger();
    drag(view, { 14.0, 5.0 }, { 18.0, 5.0 });
    const std::size_t rackCount = window.plan().all<Rack>().size();
    QVERIFY(rackCount > 0);
    QTRY_VERIFY(scene->layoutIssues().empty());
    QVERIFY(waitForOutline(window));

    // Shrinking the hall past the row is allowed; the layout check then finds the racks outside.
    window.floorPlanToolBar()->toolAction(FloorTool::HallOutline)->trigger();
    drag(view, { 20.0, 10.0 }, { 12.0, 10.0 });
    QCOMPARE(hallSize(window), QSizeF(12.0, 20.0));
    QCOMPARE(window.plan().all<Rack>().size(), rackCount);  // nothing is moved or removed
    QTRY_COMPARE(outside(), int(rackCount));
    QTRY_VERIFY(findingsShow(window, QStringLiteral("outside hall")));

    // Undo: the racks are inside again and the warning is gone.
    window.undoStack().undo();
    QCOMPARE(hallSize(window), QSizeF(20, 20));
    QTRY_COMPARE(outside(), 0);
    QTRY_VERIFY(!findingsShow(window, QStringLiteral("outside hall")));
}

void TestFloorPlanEditor::hallShrinkKeepsEverythingDrawnAndMisplaced()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openEmptyHall(window);
    QVERIFY(waitForOutline(window));
    FloorPlanView *view = window.floorPlanView();
    FloorPlanScene *scene = window.floorPlanScene();
    // Near the east wall: a row, a fan wall, a column and an RPP; a row in the west stays inside.
    window.floorPlanToolBar()->toolAction(FloorTool::Row)->trigger();
    drag(view, { 14.0, 5.0 }, { 18.0, 5.0 });
    drag(view, { 2.0, 5.0 }, { 6.0, 5.0 });
    window.floorPlanToolBar()->toolAction(FloorTool::CoolingUnit)->trigger();
    view->drawOptions().coolingKind = CoolingKind::FanWall;
    drag(view, { 18.0, 12.0 }, { 18.0, 12.0 });
    window.floorPlanToolBar()->toolAction(FloorTool::Column)->trigger();
    drag(view, { 17.0, 16.0 }, { 17.0, 16.0 });
    window.floorPlanToolBar()->toolAction(FloorTool::PowerNode)->trigger();
    view->drawOptions().powerKind = PowerNodeKind::Rpp;
    drag(view, { 16.0, 18.0 }, { 16.0, 18.0 });
    const Plan &plan = window.plan();
    QCOMPARE(plan.all<CoolingUnit>().size(), std::size_t(1));
    const Id unitId = plan.all<CoolingUnit>().begin()->first;
    QTRY_VERIFY(scene->outsideItems().empty());
    QVERIFY(CoolingBudgeter::compute(plan).halls.front().airHeat.installedKw > 0);
    QVERIFY(waitForOutline(window));

    window.floorPlanToolBar()->toolAction(FloorTool::HallOutline)->trigger();
    drag(view, { 20.0, 10.0 }, { 12.0, 10.0 });
    QCOMPARE(hallSize(window), QSizeF(12.0, 20.0));
    // Everything east of 12 m is still drawn, listed as outside and framed; the scene reaches it.
    std::set<EntityKind> kinds;
    QTRY_VERIFY(!scene->outsideItems().empty());
    for (const OutsideItem &item : scene->outsideItems()) {
        kinds.insert(item.kind);
        QGraphicsItem *drawn = scene->itemFor({ item.kind, item.id });
        QVERIFY(drawn && drawn->isVisible());
        QVERIFY(scene->sceneRect().contains(drawn->sceneBoundingRect()));
    }
    QCOMPARE(kinds,
        (std::set<EntityKind> {
            EntityKind::Rack, EntityKind::CoolingUnit, EntityKind::Obstacle, EntityKind::PowerNode }));
    QTRY_VERIFY(findingsShow(window, QStringLiteral("does not cool the hall")));
    QVERIFY(findingsShow(window, QStringLiteral("Power node")));
    QVERIFY(findingsShow(window, QStringLiteral("Column at")));
    // The fan wall outside does not count in the hall's cooling budget, and the thermal projection names
    // what stands outside instead of clipping it.
    const CoolingArea hall = CoolingBudgeter::compute(plan).halls.front();
    QCOMPARE(hall.unitsOutside, std::vector<Id> { unitId });
    QCOMPARE(hall.airHeat.installedKw, 0.0);
    const ThermalCaseBuild build = ThermalCaseBuilder::build(plan);
    QVERIFY2(!build.ok() && build.error.contains(QLatin1String("stand outside it"))
            && build.error.contains(plan.find<CoolingUnit>(unitId)->name),
        qPrintable(build.error));
    saveScreenshot(window, QStringLiteral("hall-shrunk-items-outside.png"));

    window.undoStack().undo();
    QTRY_VERIFY(scene->outsideItems().empty());
    QVERIFY(ThermalCaseBuilder::build(plan).ok());
}

void TestFloorPlanEditor::hallOutlineGerman()
{
    QVERIFY(Language::apply(QStringLiteral("de")));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    openEmptyHall(window);
    QVERIFY(waitForOutline(window));
    FloorPlanView *view = window.floorPlanView();
    window.floorPlanToolBar()->toolAction(FloorTool::HallOutline)->trigger();
    QAction *action = window.floorPlanToolBar()->toolAction(FloorTool::HallOutline);
    QVERIFY2(action->text() != QLatin1String("Hall outline"), qPrintable(action->text()));  // translated

    // Numbers in the German locale: a decimal comma.
    QWidget *viewport = view->viewport();
    const QPoint corner = viewportPoint(view, { 20.0, 20.0 });
    const QPoint to = viewportPoint(view, { 21.5, 18.0 });
    QTest::mousePress(viewport, Qt::LeftButton, {}, corner);
    QTest::mouseMove(viewport, to);
    QVERIFY2(view->gestureText().contains(QStringLiteral("21,5 × 18,0 m")), qPrintable(view->gestureText()));
    saveScreenshot(window, QStringLiteral("hall-outline-de.png"));
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    QCOMPARE(hallSize(window), QSizeF(21.5, 18.0));
    QVERIFY(Language::apply(QStringLiteral("en")));
}
