// SPDX-License-Identifier: GPL-3.0-or-later
// A new user's plan, drawn from File > New with the real tools, in English and in German (issue 15):
// a 30 x 24 m hall, two rows of 25 racks with 4 DGX B200 each, six fan walls and a small 2N chain.
// Everything the window then says is read in full: no internal names, no empty brackets, no English in
// the German window, numbers in the language's format, and what the plan lacks is said, not hidden.
// RW_SCREENSHOT_DIR saves the window in both languages, before and after a thermal run.

#include "analysis/thermalrunner.h"
#include "commands/deviceedits.h"
#include "commands/poweredits.h"
#include "dialogs/numberfield.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplantoolbar.h"
#include "floorplan/floorplanview.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "panels/propertypanel.h"
#include "store/planstore.h"
#include "thermal/thermalpanel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

#include <functional>

using namespace rw;

namespace {

void drag(FloorPlanView *view, QPointF fromM, QPointF toM)
{
    QWidget *viewport = view->viewport();
    const QPoint from = view->mapFromScene(fromM);
    const QPoint to = view->mapFromScene(toM);
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(viewport, from + (to - from) * i / 4);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
}

void enterNumber(NumberField *field, const QString &text)
{
    field->lineEdit()->setFocus();
    field->lineEdit()->selectAll();
    QTest::keyClicks(field->lineEdit(), text);
    QTest::keyClick(field->lineEdit(), Qt::Key_Return);
}

QAction *actionWithShortcut(QWidget &window, const QKeySequence &keys)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcuts().contains(keys))
            return action;
    }
    return nullptr;
}

/// Every text the window shows in labels and in its lists, trees and tables (visible or in an open dock).
QStringList shownTexts(const QWidget &window)
{
    QStringList texts;
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (label->isVisibleTo(&window) && !label->text().isEmpty())
            texts << label->text();
    }
    std::function<void(const QAbstractItemModel *, const QModelIndex &)> read
        = [&](const QAbstractItemModel *model, const QModelIndex &parent) {
              for (int r = 0; r < model->rowCount(parent); ++r) {
                  for (int c = 0; c < model->columnCount(parent); ++c)
                      texts << model->index(r, c, parent).data(Qt::DisplayRole).toString();
                  if (model->hasChildren(model->index(r, 0, parent)))
                      read(model, model->index(r, 0, parent));
              }
          };
    for (const QAbstractItemView *view : window.findChildren<QAbstractItemView *>()) {
        if (view->model() && !qobject_cast<const QComboBox *>(view->parentWidget()))
            read(view->model(), view->rootIndex());
    }
    texts.removeAll(QString());
    return texts;
}

/// Texts that show an internal name or an unfilled placeholder (issue 15, items 10 and 11).
QStringList internalNames(const QStringList &texts)
{
    static const QRegularExpression internal(QStringLiteral(
        R"((Utility-feed|Rack-pdu|Fan-wall|Hot-aisle|Cold-aisle|In-row|Row Row|Reihe Reihe|\(\)|\[\]|%\d|\b[a-z]{2,}[A-Z][a-z]+[A-Za-z]*\b))"));
    QStringList bad;
    for (const QString &text : texts) {
        if (internal.match(text).hasMatch())
            bad << text;
    }
    return bad;
}

/// German texts with English words in them ("Rack" and "Budget" are German too). Names the user gave (rows, racks,
/// units) are German here, since the plan is drawn in German; product names have none of these words.
QStringList englishWords(const QStringList &texts)
{
    static const QRegularExpression english(
        QStringLiteral(
            R"(\b(the|and|with|without|not|of|is|are|no|row|cooling|power|load|hall|finished|failure|assessable|declared|holds|panel|node|drives|scale)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList bad;
    for (const QString &text : texts) {
        QString plain = text;
        plain.remove(QRegularExpression(QStringLiteral("<[^>]*>")));  // rich text tags
        // "Single Point of Failure" is the German term too.
        plain.remove(QStringLiteral("Single Point of Failure"));
        if (english.match(plain).hasMatch())
            bad << text;
    }
    return bad;
}

/// Draws the plan as a new user does, in the current language, and returns the window's texts.
void drawNewPlan(MainWindow &window)
{
    QAction *newPlan = actionWithShortcut(window, QKeySequence::New);
    QVERIFY(newPlan);
    newPlan->trigger();
    QVERIFY(!window.isStartPageShown());
    QCOMPARE(window.plan().all<Hall>().size(), std::size_t(1));
    FloorPlanView *view = window.floorPlanView();
    FloorPlanScene *scene = window.floorPlanScene();
    QTRY_VERIFY(scene->hall() != kNoId);

    // The hall's size in the property panel (nothing selected: it edits the hall).
    QTRY_VERIFY(window.propertyPanel()->findChild<NumberField *>(QStringLiteral("widthM")));
    enterNumber(window.propertyPanel()->findChild<NumberField *>(QStringLiteral("widthM")), QStringLiteral("30"));
    QTRY_VERIFY(window.propertyPanel()->findChild<NumberField *>(QStringLiteral("depthM")));
    enterNumber(window.propertyPanel()->findChild<NumberField *>(QStringLiteral("depthM")), QStringLiteral("24"));
    const Hall *hall = window.plan().find<Hall>(scene->hall());
    QVERIFY(hall);
    QCOMPARE(hall->widthM, 30.0);
    QCOMPARE(hall->depthM, 24.0);
    view->fitHall();
    QTest::qWait(50);

    // Two rows of 25 racks (600 mm each): 15 m drags; the second row turned to face south.
    window.floorPlanToolBar()->toolAction(FloorTool::Row)->trigger();
    drag(view, { 7.5, 8.0 }, { 22.5, 8.0 });
    QCOMPARE(scene->selectedRacks().size(), std::size_t(25));
    QVERIFY(DeviceEdits::fill(window.editor(), scene->selectedRacks(), QStringLiteral("nvidia-dgx-b200"), 4).ok);
    const std::vector<Id> firstRow = scene->selectedRacks();
    drag(view, { 7.5, 11.6 }, { 22.5, 11.6 });
    QCOMPARE(scene->selectedRacks().size(), std::size_t(25));
    const std::vector<Id> secondRow = scene->selectedRacks();
    view->rotateSelection();
    view->rotateSelection();
    QVERIFY(DeviceEdits::fill(window.editor(), secondRow, QStringLiteral("nvidia-dgx-b200"), 4).ok);
    QTest::keyClick(view, Qt::Key_Escape);
    QCOMPARE(window.plan().all<Rack>().size(), std::size_t(50));
    QCOMPARE(window.plan().all<MountedDevice>().size(), std::size_t(200));

    // Six fan walls, three on each end wall, 600 kW each.
    for (int f = 0; f < 6; ++f) {
        CoolingUnit wall;
        wall.hallId = scene->hall();
        wall.name = QStringLiteral("FW-%1").arg(f + 1);
        wall.kind = CoolingKind::FanWall;
        wall.xM = f < 3 ? 1.0 : 29.0;
        wall.yM = 4.0 + 8.0 * (f % 3);
        wall.widthM = 3.0;  // along the wall: a unit's width runs across its facing
        wall.depthM = 0.8;
        wall.facing = f < 3 ? Facing::East : Facing::West;
        wall.capacityKw = 600;
        wall.airflowM3PerH = 150000;
        wall.supplyTempC = 22;
        wall.returnTempC = 35;
        wall.powerDrawKw = 12;
        QVERIFY(window.editor().add(wall).ok);
    }

    // A small 2N chain: per side a utility feed, a UPS of 1,500 kW and a busway per row.
    for (const FeedSide side : { FeedSide::A, FeedSide::B }) {
        const QString s = side == FeedSide::A ? QStringLiteral("A") : QStringLiteral("B");
        auto node = [&](PowerNodeKind kind, const QString &name, double kw) {
            PowerNode n;
            n.kind = kind;
            n.name = name + QLatin1Char('-') + s;
            n.side = side;
            n.ratingKw = kw;
            n.ratingKva = kw;
            n.efficiency25 = n.efficiency50 = n.efficiency75 = n.efficiency100
                = kind == PowerNodeKind::Ups ? 0.96 : 1.0;
            const EditResult added = window.editor().add(n);
            return added.id;
        };
        const Id utility = node(PowerNodeKind::UtilityFeed, QStringLiteral("U"), 4000);
        const Id ups = node(PowerNodeKind::Ups, QStringLiteral("UPS"), 1500);
        const Id bus1 = node(PowerNodeKind::Busway, QStringLiteral("BW1"), 1600);
        const Id bus2 = node(PowerNodeKind::Busway, QStringLiteral("BW2"), 1600);
        QVERIFY(utility && ups && bus1 && bus2);
        QVERIFY(window.editor().connectPower(utility, ups).ok);
        QVERIFY(window.editor().connectPower(ups, bus1).ok);
        QVERIFY(window.editor().connectPower(ups, bus2).ok);
        QVERIFY(window.editor().feedRacks(firstRow, side, bus1).ok);
        QVERIFY(window.editor().feedRacks(secondRow, side, bus2).ok);
    }
    QTest::qWait(1500);  // panels refresh on the next turns of the event loop
}

/// RW_SCREENSHOT_DIR: the window's picture NAME.png and every text it shows, NAME.txt, to read in full.
void saveScreenshot(MainWindow &window, const QString &name)
{
    if (qEnvironmentVariableIsEmpty("RW_SCREENSHOT_DIR"))
        return;
    const QDir dir(qEnvironmentVariable("RW_SCREENSHOT_DIR"));
    QVERIFY(window.grab().save(dir.filePath(name + QStringLiteral(".png"))));
    QFile texts(dir.filePath(name + QStringLiteral(".txt")));
    QVERIFY(texts.open(QIODevice::WriteOnly | QIODevice::Truncate));
    texts.write(shownTexts(window).join(QLatin1Char('\n')).toUtf8());
}

void runThermal(MainWindow &window)
{
    ThermalPanel *panel = window.thermalPanel();
    panel->setCellM(0.5);
    panel->setEngine(engine::BackendRequest::Cpu);
    QSignalSpy finished(panel->runner(), &ThermalRunner::finished);
    QVERIFY(panel->runProjection());
    QVERIFY(finished.wait(600 * 1000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QTest::qWait(200);
}

}  // namespace

class TestNewPlanWalkthrough : public QObject {
    Q_OBJECT

private slots:
    void english();
    void german();
};

void TestNewPlanWalkthrough::english()
{
    QVERIFY(Language::apply(QStringLiteral("en")));
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    drawNewPlan(window);
    if (QTest::currentTestFailed())
        return;

    saveScreenshot(window, QStringLiteral("new-plan-en"));
    const QStringList texts = shownTexts(window);
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY2(internalNames(texts).isEmpty(), qPrintable(internalNames(texts).join(QLatin1Char('\n'))));
    // 200 DGX B200 at 14.3 kW on a 1,500 kW UPS per side: said, in English number format.
    QVERIFY2(all.contains(QStringLiteral("2.86 MW")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("the plan is consistent")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("UPS-A")), qPrintable(all));
    // Nothing was declared: the declared class cannot be judged, and no budget "holds" under a class.
    QVERIFY2(!all.contains(QStringLiteral("Every budget holds")), qPrintable(all));
    // Counts read as English does ("1 power node", never "1 nodes"); no stale message of the empty plan.
    QVERIFY2(!all.contains(QRegularExpression(QStringLiteral(R"(\b1 [a-z ]*(racks|nodes|units|walls)\b)"))),
        qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("1 power node over its rating")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("no such hall")), qPrintable(all));
    if (!qEnvironmentVariableIsEmpty("RW_SCREENSHOT_DIR")) {  // to open in the program under Xvfb
        const QString file
            = QDir(qEnvironmentVariable("RW_SCREENSHOT_DIR")).filePath(QStringLiteral("new-plan.rackwerk"));
        QFile::remove(file);
        QVERIFY(PlanStore::save(window.plan(), file).ok);
    }

    runThermal(window);
    const QStringList after = shownTexts(window);
    QVERIFY2(internalNames(after).isEmpty(), qPrintable(internalNames(after).join(QLatin1Char('\n'))));
    saveScreenshot(window, QStringLiteral("new-plan-thermal-en"));
}

void TestNewPlanWalkthrough::german()
{
    QVERIFY(Language::apply(QStringLiteral("de")));
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    drawNewPlan(window);
    if (QTest::currentTestFailed())
        return;

    saveScreenshot(window, QStringLiteral("new-plan-de"));
    const QStringList texts = shownTexts(window);
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY2(internalNames(texts).isEmpty(), qPrintable(internalNames(texts).join(QLatin1Char('\n'))));
    QVERIFY2(englishWords(texts).isEmpty(), qPrintable(englishWords(texts).join(QLatin1Char('\n'))));
    QVERIFY2(all.contains(QStringLiteral("2,86 MW")), qPrintable(all));  // decimal comma
    QVERIFY2(all.contains(QStringLiteral("1.980,0 kW")), qPrintable(all));  // DIN 1333 thousands separator
    QVERIFY2(!all.contains(QRegularExpression(QStringLiteral(R"(\d,\d{3}\.\d)"))), qPrintable(all));

    runThermal(window);
    const QStringList after = shownTexts(window);
    QVERIFY2(internalNames(after).isEmpty(), qPrintable(internalNames(after).join(QLatin1Char('\n'))));
    QVERIFY2(englishWords(after).isEmpty(), qPrintable(englishWords(after).join(QLatin1Char('\n'))));
    saveScreenshot(window, QStringLiteral("new-plan-thermal-de"));
    QVERIFY(Language::apply(QStringLiteral("en")));
}

QTEST_MAIN(TestNewPlanWalkthrough)
#include "tst_newplanwalkthrough.moc"
