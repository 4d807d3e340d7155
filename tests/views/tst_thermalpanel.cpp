// SPDX-License-Identifier: GPL-3.0-or-later
// The thermal dock offscreen: it runs the projection of the small plan, fills the rack and cooling
// tables, selects a rack on the floor plan from the table, puts the heat map under the racks (and
// back after a rebuild), colours racks by inlet temperature, refuses too large a grid, and speaks German.
#include "../common/airpathplans.h"
#include "../common/testplans.h"

#include "floorplan/floorplanscene.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "panels/findingspanel.h"
#include "plan/planfiller.h"
#include "thermal/heatmapitem.h"
#include "thermal/heatmapoverlay.h"
#include "thermal/linechart.h"
#include "thermal/thermalpanel.h"
#include "thermal/verticalsliceview.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

using namespace rw;

class TestThermalPanel : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(Language::apply(QStringLiteral("en"))); }
    void runFillsTheDockAndThePlan();
    void tooLargeGridIsShown();
    void germanTexts();
    void mainWindowHasTheProjection();
    void colourScaleAndSlices();
    void transientChartAfterAFailure();
    void reasonsForRacksOutsideTheRange();
    void unitAboveItsRatingIsShown();
};

static HeatMapItem *heatMapOn(const FloorPlanScene &scene)
{
    for (QGraphicsItem *item : scene.items())
        if (auto *heatMap = dynamic_cast<HeatMapItem *>(item))
            return heatMap;
    return nullptr;
}

void TestThermalPanel::runFillsTheDockAndThePlan()
{
    Plan plan;
    rwtest::buildSmallPlan(plan);
    FloorPlanScene scene(plan);
    scene.setHall(rwtest::small::kHall);
    scene.rebuild();
    ThermalPanel panel(plan, &scene);
    panel.resize(520, 760);
    panel.show();
    panel.setCellM(0.5);
    panel.setEngine(engine::BackendRequest::Cpu);
    QSignalSpy finished(panel.runner(), &ThermalRunner::finished);
    QSignalSpy status(&panel, &ThermalPanel::statusChanged);
    QVERIFY(!heatMapOn(scene));
    QVERIFY(panel.runProjection());
    QVERIFY(finished.wait(600 * 1000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(panel.outcome()->run());

    // The hottest rack comes first.
    QTableWidget *racks = panel.rackTable();
    QCOMPARE(racks->rowCount(), 2);
    QVERIFY(racks->item(0, 2)->data(Qt::UserRole).toDouble() >= racks->item(1, 2)->data(Qt::UserRole).toDouble());
    QCOMPARE(panel.coolerTable()->rowCount(), 1);
    QCOMPARE(panel.coolerTable()->item(0, 0)->text(), QStringLiteral("CRAH 1"));
    QVERIFY(panel.engineLine().startsWith(QStringLiteral("Thermal: CPU engine")));
    QVERIFY(!status.isEmpty());

    // Selecting a row selects its rack on the floor plan.
    QSignalSpy activated(&panel, &ThermalPanel::entityActivated);
    const Id firstRack = racks->item(0, 0)->data(Qt::UserRole + 1).toLongLong();
    racks->selectRow(0);
    QCOMPARE(scene.selectedRacks(), std::vector<Id> { firstRack });
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(1).toLongLong(), firstRack);

    // Racks are coloured by their inlet temperature.
    QCOMPARE(scene.colourMode(), RackColourMode::InletTemperature);
    QCOMPARE(scene.rackInletTemperatures().size(), std::size_t(2));
    QCOMPARE(scene.rackInletTemperatures().at(firstRack),
        double(panel.outcome()->run()->result.racks[firstRack == rwtest::small::kRackA ? 0 : 1].inletMeanC));

    // The heat map lies under the racks and covers the grid.
    HeatMapItem *heatMap = heatMapOn(scene);
    QVERIFY(heatMap);
    QVERIFY(heatMap->zValue() < 0);
    QCOMPARE(heatMap->image().width(), 20);
    QCOMPARE(heatMap->boundingRect(), QRectF(0, 0, 10, 10));
    // A rebuild after an edit deletes all items: the heat map comes back.
    scene.rebuild();
    QTRY_VERIFY(heatMapOn(scene));
    // Another height, a new slice; hidden on request.
    panel.heatMap()->setHeightM(2.0f);
    QCOMPARE(heatMapOn(scene)->heightM(), 2.0f);
    panel.heatMap()->setVisible(false);
    QVERIFY(!heatMapOn(scene));
    panel.heatMap()->setVisible(true);
    QVERIFY(heatMapOn(scene));

    QVERIFY(!panel.sliceView()->image().isNull());
    if (const QByteArray dir = qgetenv("RW_THERMAL_SCREENSHOTS"); !dir.isEmpty())
        QVERIFY(panel.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/panel-en.png")));

    // An edit makes the result stale, and the panel says so.
    Rack moved = *plan.find<Rack>(rwtest::small::kRackA);
    moved.yM += 1;
    PlanFiller(plan).replace(moved);
    QVERIFY(panel.outcome()->isStale());
}

void TestThermalPanel::tooLargeGridIsShown()
{
    Plan plan;
    rwtest::buildSmallPlan(plan);
    FloorPlanScene scene(plan);
    scene.setHall(rwtest::small::kHall);
    ThermalPanel panel(plan, &scene);
    panel.runner()->setMemoryLimitBytes(1 << 20);
    panel.setCellM(0.05);
    QVERIFY(!panel.runProjection());
    QVERIFY(!panel.runner()->isRunning());
    QVERIFY2(panel.errorText().contains(QStringLiteral("choose larger cells")), qPrintable(panel.errorText()));
    QVERIFY(!panel.outcome()->run());
    // The panel offers the finest cell that fits; taking it makes the grid fit.
    QPushButton *coarser = panel.coarserCellButton();
    QVERIFY(coarser->isVisibleTo(&panel));
    QVERIFY2(coarser->text().startsWith(QStringLiteral("Use ")), qPrintable(coarser->text()));
    coarser->click();
    QVERIFY(panel.runner()->memoryLimitBytes() == std::size_t(1) << 20);
    QVERIFY(!coarser->isVisibleTo(&panel));
    QVERIFY(panel.runProjection());
    panel.cancelProjection();
}

void TestThermalPanel::germanTexts()
{
    Plan plan;
    rwtest::buildSmallPlan(plan);
    FloorPlanScene scene(plan);
    scene.setHall(rwtest::small::kHall);
    ThermalPanel panel(plan, &scene);
    QVERIFY(Language::apply(QStringLiteral("de")));
    auto *tabs = panel.findChild<QTabWidget *>();
    QCOMPARE(ThermalPanel::tr("Hottest racks"), QStringLiteral("Heißeste Racks"));
    QTRY_COMPARE(tabs->tabText(0), QStringLiteral("Heißeste Racks"));
    QCOMPARE(panel.rackTable()->horizontalHeaderItem(1)->text(), QStringLiteral("Zuluft °C"));
    panel.runner()->setMemoryLimitBytes(1 << 20);
    panel.setCellM(0.05);
    QVERIFY(!panel.runProjection());
    QVERIFY2(panel.errorText().contains(QStringLiteral("0,05 m")), qPrintable(panel.errorText()));
}

void TestThermalPanel::mainWindowHasTheProjection()
{
    MainWindow window;
    QAction *thermal = window.thermalAction();
    QVERIFY(thermal);
    QCOMPARE(thermal->shortcut(), QKeySequence(QStringLiteral("Ctrl+T")));
    QCOMPARE(thermal->text(), QStringLiteral("&Thermal projection"));
    QVERIFY(window.thermalPanel());
    auto *dock = qobject_cast<QDockWidget *>(window.thermalPanel()->parentWidget());
    QVERIFY(dock);
    QVERIFY(Language::apply(QStringLiteral("de")));
    QTRY_COMPARE(dock->windowTitle(), QStringLiteral("Thermische Prognose"));
}

void TestThermalPanel::colourScaleAndSlices()
{
    engine::ThermalFields fields;
    fields.grid = { 2, 1, 2, 0.5f };
    fields.temperatureC = { 20.0f, 30.0f, NAN, 25.0f };
    const TemperatureScale scale = TemperatureScale::of(fields);
    QCOMPARE(scale.minC, 20.0f);
    QCOMPARE(scale.maxC, 30.0f);
    QVERIFY(scale.colour(20).blue() > scale.colour(20).red());
    QVERIFY(scale.colour(30).red() > scale.colour(30).blue());
    const QImage low = ThermalSlice::horizontal(fields, 0.1f, scale);
    QCOMPARE(low.size(), QSize(2, 1));
    QCOMPARE(low.pixelColor(0, 0), scale.colour(20));
    const QImage high = ThermalSlice::horizontal(fields, 0.9f, scale);
    QCOMPARE(qAlpha(high.pixel(0, 0)), 0);  // solid: transparent
    // A cut at constant y across x: the ceiling is the top row.
    const QImage cut = ThermalSlice::vertical(fields, 1, 0.2f, scale);
    QCOMPARE(cut.size(), QSize(2, 2));
    QCOMPARE(cut.pixelColor(1, 0), scale.colour(25));
    QCOMPARE(cut.pixelColor(1, 1), scale.colour(30));
}

void TestThermalPanel::transientChartAfterAFailure()
{
    Plan plan;
    rwtest::buildSmallPlan(plan);
    FloorPlanScene scene(plan);
    scene.setHall(rwtest::small::kHall);
    scene.rebuild();
    ThermalPanel panel(plan, &scene);
    panel.resize(520, 760);
    panel.show();
    panel.setCellM(0.5);
    panel.setEngine(engine::BackendRequest::Cpu);
    panel.setFailedCooler(rwtest::small::kCoolingUnit, 30);
    QSignalSpy finished(panel.runner(), &ThermalRunner::finished);
    QVERIFY(panel.runProjection());
    QVERIFY(finished.wait(600 * 1000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    // Two racks, the allowable and the recommended limit, and the first exceedance if there is one.
    const bool exceeded = panel.outcome()->run()->result.transient.firstExceedanceS >= 0;
    QCOMPARE(panel.transientChart()->seriesCount(), exceeded ? 5 : 4);
    auto *info = panel.findChild<QTabWidget *>()->widget(3)->findChild<QLabel *>();
    QVERIFY2(info->text().startsWith(QStringLiteral("Without CRAH 1")), qPrintable(info->text()));
    QCOMPARE(panel.coolerTable()->item(0, 5)->text(), QStringLiteral("failed in the transient"));
    if (const QByteArray dir = qgetenv("RW_THERMAL_SCREENSHOTS"); !dir.isEmpty()) {
        panel.findChild<QTabWidget *>()->setCurrentIndex(3);
        QVERIFY(panel.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/panel-transient-en.png")));
    }
}

void TestThermalPanel::reasonsForRacksOutsideTheRange()
{
    // Row B's fronts face row A's contained hot aisle: the Findings say so before a run, and after it the
    // rack table says for each rack outside the allowable range where its air comes from.
    Plan plan;
    rwtest::AirPathBuilder b(plan, 8, 6, 3.0);
    b.row(QStringLiteral("A"), 2, 2.4, 3, Facing::North, Containment::HotAisle, 2);
    b.row(QStringLiteral("B"), 2, 4.8, 3, Facing::North, Containment::HotAisle, 2);
    b.unit(QStringLiteral("FW"), CoolingKind::FanWall, 0.45, 3, Facing::East);
    FindingsPanel findings(plan);
    auto *list = findings.findChild<QListWidget *>();
    bool before = false;
    for (int i = 0; i < list->count(); ++i)
        before = before || list->item(i)->text().contains(QLatin1String("faces the contained hot aisle of A"));
    QVERIFY(before);

    FloorPlanScene scene(plan);
    scene.setHall(b.hallId);
    scene.rebuild();
    ThermalPanel panel(plan, &scene);
    panel.show();
    panel.setCellM(0.25);
    panel.setEngine(engine::BackendRequest::Cpu);
    QSignalSpy finished(panel.runner(), &ThermalRunner::finished);
    QVERIFY(panel.runProjection());
    QVERIFY(finished.wait(600 * 1000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QTableWidget *racks = panel.rackTable();
    QCOMPARE(racks->columnCount(), 7);
    QCOMPARE(racks->horizontalHeaderItem(6)->text(), QStringLiteral("Why"));
    int explained = 0;
    for (int row = 0; row < racks->rowCount(); ++row) {
        const bool outside = racks->item(row, 5)->text().contains(QLatin1String("allowable"));
        const QString why = racks->item(row, 6)->text();
        QCOMPARE(!why.isEmpty(), outside);
        if (racks->item(row, 0)->text().startsWith(QLatin1String("B-"))) {
            QVERIFY2(why.startsWith(QLatin1String("Fed by the contained hot aisle of A")), qPrintable(why));
            ++explained;
        }
    }
    QCOMPARE(explained, 3);
    // The language switches the reasons with the rest of the panel.
    QVERIFY(Language::apply(QStringLiteral("de")));
    QTRY_VERIFY(racks->horizontalHeaderItem(6)->text() != QStringLiteral("Why"));
    for (int row = 0; row < racks->rowCount(); ++row)
        if (racks->item(row, 0)->text() == QLatin1String("B-01"))
            QVERIFY2(racks->item(row, 6)->text().contains(QStringLiteral("Warmgang")),
                qPrintable(racks->item(row, 6)->text()));
}

void TestThermalPanel::unitAboveItsRatingIsShown()
{
    // Issue 15, item 3: a fan wall rated 100 kW with a chilled-water coil against 229 kW of racks takes
    // more than its rating from its warm return air. The cooling table shows the share of its rating,
    // marked, and its tooltip says why.
    Plan plan;
    rwtest::AirPathBuilder b(plan, 8, 6, 3.0);
    b.row(QStringLiteral("A"), 2, 3, 4, Facing::North, Containment::None, 2);
    CoolingUnit fanWall = b.unit(QStringLiteral("FW"), CoolingKind::FanWall, 4, 0.45, Facing::South);
    fanWall.capacityKw = 100;
    PlanFiller(plan).replace(fanWall);
    FloorPlanScene scene(plan);
    scene.setHall(b.hallId);
    scene.rebuild();
    ThermalPanel panel(plan, &scene);
    panel.show();
    panel.setCellM(0.25);
    panel.setEngine(engine::BackendRequest::Cpu);
    QSignalSpy finished(panel.runner(), &ThermalRunner::finished);
    QVERIFY(panel.runProjection());
    QVERIFY(finished.wait(600 * 1000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QTableWidget *coolers = panel.coolerTable();
    QCOMPARE(coolers->rowCount(), 1);
    QCOMPARE(coolers->item(0, 0)->text(), QStringLiteral("FW"));
    QCOMPARE(coolers->item(0, 4)->text(), QStringLiteral("100.0"));
    const double loadKw = QLocale().toDouble(coolers->item(0, 3)->text());
    QVERIFY2(loadKw > 101.0, qPrintable(coolers->item(0, 3)->text()));
    QTableWidgetItem *state = coolers->item(0, 5);
    // "114 % of rating, at its coil limit": the share above 100 % is in sight, not only in the tooltip.
    const int percent = QLocale().toInt(state->text().section(QLatin1Char(' '), 0, 0));
    QVERIFY2(state->text().contains(QLatin1String("% of rating")) && percent > 100, qPrintable(state->text()));
    QVERIFY2(state->toolTip().startsWith(QLatin1String("FW removes"))
            && state->toolTip().contains(QLatin1String("of its rating of 100.0 kW")),
        qPrintable(state->toolTip()));
    QVERIFY(state->foreground().color() != coolers->item(0, 0)->foreground().color());
}

QTEST_MAIN(TestThermalPanel)
#include "tst_thermalpanel.moc"
