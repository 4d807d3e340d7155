// SPDX-License-Identifier: GPL-3.0-or-later
// The site overview: one tile and one table row per hall with that hall's own figures, a site row with the
// plan's totals; the figures follow edits; double-click and Enter open a hall on the floor plan and the overview
// frames the hall shown; it opens by itself for a plan of several halls; German headers and numbers.
#include "../common/campusplan.h"
#include "../common/testplans.h"

#include "floorplan/floorplanscene.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "plan/planfiller.h"
#include "plan/plansummary.h"
#include "site/sitemapview.h"
#include "site/siteoverview.h"

#include <QDockWidget>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

using namespace rw;

class TestSiteOverview : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { Language::apply(QStringLiteral("en")); }
    void hallFiguresAddUpToTheSite();
    void rowsFollowEdits();
    void openingAHallShowsItOnTheFloorPlan();
    void germanHeadersAndNumbers();
    void screenshots();
};

namespace {

/// Three halls: the small test hall, a copy, and a copy with its devices removed (an empty hall counts too).
void buildThreeHalls(Plan &plan)
{
    Plan small;
    rwtest::buildSmallPlan(small);
    rwtest::buildSmallPlan(plan);
    rwtest::appendPlanCopy(small, plan, QStringLiteral(" (2)"));
    Plan empty;
    rwtest::buildSmallPlan(empty);
    std::vector<Id> devices;
    for (const auto &entry : empty.all<MountedDevice>())
        devices.push_back(entry.first);
    for (Id id : devices)
        PlanFiller(empty).take<MountedDevice>(id);
    rwtest::appendPlanCopy(empty, plan, QStringLiteral(" (empty)"));
}

}  // namespace

void TestSiteOverview::hallFiguresAddUpToTheSite()
{
    Plan plan;
    buildThreeHalls(plan);
    const std::vector<HallSummary> halls = summarizeHalls(plan);
    QCOMPARE(halls.size(), std::size_t(3));
    const PlanSummary site = summarize(plan);
    int racks = 0, devices = 0, gpus = 0, usedU = 0;
    double nameplate = 0, typical = 0, budget = 0, liquid = 0;
    for (const HallSummary &h : halls) {
        racks += h.figures.rackCount;
        devices += h.figures.deviceCount;
        gpus += h.figures.gpuCount;
        usedU += h.figures.usedU;
        nameplate += h.figures.nameplateItKw;
        typical += h.figures.typicalItKw;
        budget += h.figures.rackBudgetKw;
        liquid += h.figures.heatToLiquidKw;
        QVERIFY(qFuzzyCompare(h.heatToAirKw + h.figures.heatToLiquidKw + 1.0, h.figures.nameplateItKw + 1.0));
    }
    QCOMPARE(racks, site.rackCount);
    QCOMPARE(devices, site.deviceCount);
    QCOMPARE(gpus, site.gpuCount);
    QCOMPARE(usedU, site.usedU);
    QVERIFY(qFuzzyCompare(nameplate, site.nameplateItKw));
    QVERIFY(qFuzzyCompare(typical, site.typicalItKw));
    QVERIFY(qFuzzyCompare(budget, site.rackBudgetKw));
    QVERIFY(qFuzzyCompare(liquid + 1.0, site.heatToLiquidKw + 1.0));
    // Copies carry the same figures; the emptied hall keeps its racks and cooling but has no devices.
    QCOMPARE(halls[1].figures.gpuCount, halls[0].figures.gpuCount);
    QVERIFY(halls[0].figures.gpuCount > 0);
    QCOMPARE(halls[2].figures.deviceCount, 0);
    QCOMPARE(halls[2].figures.rackCount, halls[0].figures.rackCount);
    QVERIFY(halls[0].airCoolingKw > 0);
    QCOMPARE(halls[2].airCoolingKw, halls[0].airCoolingKw);
    // A standby air unit is not counted as capacity.
    CoolingUnit unit;
    for (const auto &[id, u] : plan.all<CoolingUnit>())
        if (u.hallId == halls[0].hallId && !u.standby && u.capacityKw > 0
            && (u.kind == CoolingKind::Crah || u.kind == CoolingKind::FanWall || u.kind == CoolingKind::InRow)) {
            unit = u;
            break;
        }
    QVERIFY(unit.id != kNoId);
    unit.standby = true;
    PlanFiller(plan).replace(unit);
    QCOMPARE(summarizeHalls(plan)[0].airCoolingKw, halls[0].airCoolingKw - unit.capacityKw);
    QCOMPARE(summarizeHalls(plan)[1].airCoolingKw, halls[1].airCoolingKw);
}

void TestSiteOverview::rowsFollowEdits()
{
    Plan plan;
    buildThreeHalls(plan);
    SiteOverview overview(plan);
    QTableWidget *table = overview.table();
    QCOMPARE(table->rowCount(), 4);  // three halls and the site
    const std::vector<HallSummary> halls = summarizeHalls(plan);
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(table->item(row, 0)->text(), halls[std::size_t(row)].name);
        QCOMPARE(table->item(row, 2)->text(), QLocale().toString(halls[std::size_t(row)].figures.gpuCount));
    }
    QCOMPARE(table->item(3, 0)->text(), QStringLiteral("Site total"));
    QCOMPARE(table->item(3, 2)->text(), QLocale().toString(summarize(plan).gpuCount));
    QCOMPARE(overview.map()->tileHalls().size(), std::size_t(3));
    QVERIFY(overview.map()->tileText(halls[0].hallId).contains(halls[0].name));

    // Removing a device of the first hall lowers its row and the site's, not the others.
    const int before = summarize(plan).gpuCount;
    Id removed = kNoId;
    for (const auto &[id, device] : plan.all<MountedDevice>()) {
        const Rack *rack = plan.find<Rack>(device.rackId);
        const DeviceType *type = plan.find<DeviceType>(device.typeKey);
        if (rack && rack->hallId == halls[0].hallId && type && type->gpuCount > 0) {
            removed = id;
            break;
        }
    }
    QVERIFY(removed != kNoId);
    PlanFiller(plan).take<MountedDevice>(removed);
    QTRY_COMPARE(table->item(3, 2)->text(), QLocale().toString(summarize(plan).gpuCount));
    QVERIFY(summarize(plan).gpuCount < before);
    QCOMPARE(table->item(0, 2)->text(), QLocale().toString(summarizeHalls(plan)[0].figures.gpuCount));
    QCOMPARE(table->item(1, 2)->text(), QLocale().toString(halls[1].figures.gpuCount));
}

void TestSiteOverview::openingAHallShowsItOnTheFloorPlan()
{
    MainWindow window;
    QVERIFY(!window.siteDock()->isVisibleTo(&window));
    Plan plan;
    buildThreeHalls(plan);
    window.plan().assign(plan);
    // A plan of several halls opens with the site in view.
    QVERIFY(window.siteDock()->isVisibleTo(&window));
    QCOMPARE(window.siteDock()->toggleViewAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+H")));
    const std::vector<HallSummary> halls = summarizeHalls(window.plan());
    const Id third = halls[2].hallId;
    QVERIFY(window.floorPlanScene()->hall() != third);

    QTableWidget *table = window.siteOverview()->table();
    QTRY_COMPARE(table->rowCount(), 4);  // refreshed once the events of the new plan are handled
    emit table->itemActivated(table->item(2, 3));
    QCOMPARE(window.floorPlanScene()->hall(), third);
    QCOMPARE(table->selectedItems().first()->row(), 2);

    // The map: Left walks to the second tile, Enter opens it.
    SiteMapView *map = window.siteOverview()->map();
    QSignalSpy opened(map, &SiteMapView::hallActivated);
    QTest::keyClick(map, Qt::Key_Left);
    QTest::keyClick(map, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(window.floorPlanScene()->hall(), halls[1].hallId);
    // The site row opens nothing.
    emit table->itemActivated(table->item(3, 0));
    QCOMPARE(window.floorPlanScene()->hall(), halls[1].hallId);
}

void TestSiteOverview::germanHeadersAndNumbers()
{
    QVERIFY(Language::apply(QStringLiteral("de")));
    Plan plan;
    rwtest::buildDemoCampus(plan, 2);
    SiteOverview overview(plan);
    QTableWidget *table = overview.table();
    QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("Halle"));
    QCOMPARE(table->item(2, 0)->text(), QStringLiteral("Standort gesamt"));
    // 10,000 GPUs per demo hall: German digit grouping.
    QCOMPARE(table->item(2, 2)->text(), QStringLiteral("20.000"));
    QVERIFY2(table->item(2, 4)->text().contains(QStringLiteral(",")), qPrintable(table->item(2, 4)->text()));
}

void TestSiteOverview::screenshots()
{
    // For a person to look at (RW_SCREENSHOT_DIR=DIR): the main window on a campus of four demo halls.
    const QString dir = qEnvironmentVariable("RW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("RW_SCREENSHOT_DIR is not set");
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("de") }) {
        QVERIFY(Language::apply(language));
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        Plan plan;
        rwtest::buildDemoCampus(plan, 4);
        window.plan().assign(plan);
        QTRY_COMPARE(window.siteOverview()->table()->rowCount(), 5);
        window.siteDock()->raise();
        QTest::qWait(200);
        QVERIFY(window.grab().save(QStringLiteral("%1/site-overview-%2.png").arg(dir, language)));
    }
}

QTEST_MAIN(TestSiteOverview)
#include "tst_siteoverview.moc"
