// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testplans.h"

#include "floorplan/floorplanscene.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "plan/planfiller.h"
#include "commands/reviewedits.h"
#include "review/comparedialog.h"
#include "review/projectionsummaries.h"
#include "review/reviewcontroller.h"
#include "review/reviewpanel.h"
#include "review/tableexport.h"
#include "store/planstore.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QGraphicsItem>
#include <QMenuBar>
#include <QMessageBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace rw;
using namespace rwtest;

namespace {

/// Answers every modal message box while it lives and keeps what they said.
class MessageBoxAnswerer : public QObject {
public:
    MessageBoxAnswerer()
    {
        connect(&mTimer, &QTimer::timeout, this, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                texts << box->text();
                box->reject();
            }
        });
        mTimer.start(20);
    }
    QStringList texts;

private:
    QTimer mTimer;
};

/// The small plan with a floor rated too low for rack A, so that a failing check names a rack.
void buildFailingPlan(Plan &plan)
{
    buildSmallPlan(plan);
    Hall hall = *plan.find<Hall>(small::kHall);
    hall.floorLoadKgPerM2 = 200;
    PlanFiller(plan).replace(hall);
    Site site = plan.site();
    site.pueTarget = 1.2;  // declared by the bidder: a tender limit of 1.1 fails on it
    PlanFiller(plan).setSite(site);
}

int rowOf(const QTableWidget *table, const QString &title)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 1)->text().startsWith(title))
            return row;
    return -1;
}

}  // namespace

class TestReviewDock : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void runChecksAndSelectFailingRacks();
    void corruptReviewFileIsReportedAndIgnored();
    void reviewFileLoadsWithPlan();
    void compareDialogShowsDifferences();
    void inletCheckNamesWhatWasProjected();
    void germanScreenshot();
    void ruleFileAndExemptionFromTheReviewersDesk();

private:
    QTemporaryDir mDir;
    QString mPlanPath;
};

void TestReviewDock::init()
{
    Language::apply(QStringLiteral("en"));
    Plan plan;
    buildFailingPlan(plan);
    mPlanPath = mDir.filePath(QStringLiteral("bid.rackwerk"));
    QVERIFY(PlanStore::save(plan, mPlanPath).ok);
    QFile::remove(ReviewFile::pathFor(mPlanPath));
}

void TestReviewDock::cleanup()
{
    Language::apply(QStringLiteral("en"));
}

void TestReviewDock::runChecksAndSelectFailingRacks()
{
    MainWindow window;
    QVERIFY(window.openPlan(mPlanPath, true));
    window.show();
    QTest::qWait(50);  // the floor plan rebuilds on the next turn of the event loop
    ReviewController *review = window.review();
    QVERIFY(review);
    QVERIFY(window.menuBar()->actions().contains(review->menu()->menuAction()));
    review->runChecks();
    auto *table = review->panel()->findChild<QTableWidget *>();
    QVERIFY(table);
    QCOMPARE(table->rowCount(), int(review->panel()->report().results.size()));
    const int floorRow = rowOf(table, QStringLiteral("Floor and rack frame"));
    QVERIFY(floorRow >= 0);
    QCOMPARE(table->item(floorRow, 0)->text(), QStringLiteral("Fail"));
    table->setCurrentCell(floorRow, 1);
    const auto selected = window.floorPlanScene()->selectedItems();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first()->data(0).toLongLong(), small::kRackA);

    if (!qEnvironmentVariableIsEmpty("RW_SCREENSHOT_DIR"))
        window.grab().save(QDir(qEnvironmentVariable("RW_SCREENSHOT_DIR")).filePath(QStringLiteral("review-en.png")));
}

void TestReviewDock::inletCheckNamesWhatWasProjected()
{
    // Issue 15, item 11: "Highest projected inlet temperature ()." in both languages. With a thermal
    // projection the inlet check's text in the dock names what was projected.
    MainWindow window;
    QVERIFY(window.openPlan(mPlanPath, true));
    window.show();
    ReviewController *review = window.review();
    ThermalSummary thermal;
    thermal.maxInletCByRack[small::kRackA] = 30.5;
    thermal.engine = QStringLiteral("cpu");
    review->setThermal(thermal);
    for (const char *language : { "en", "de" }) {
        QVERIFY(Language::apply(QLatin1String(language)));
        review->runChecks();
        auto *table = review->panel()->findChild<QTableWidget *>();
        QString detail;
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                const QString text = table->item(row, column) ? table->item(row, column)->text() : QString();
                QVERIFY2(!text.contains(QLatin1String("()")), qPrintable(text));
                if (text.contains(QStringLiteral("30.5")) || text.contains(QStringLiteral("30,5")))
                    detail += table->item(row, 5)->text() + table->item(row, 5)->toolTip();
            }
        }
        QVERIFY2(detail.contains(QLatin1String(language) == QLatin1String("en") ? QStringLiteral("steady state")
                                                                                : QStringLiteral("stationär")),
            qPrintable(detail));
    }
}

void TestReviewDock::ruleFileAndExemptionFromTheReviewersDesk()
{
    // Issue 19: a newer rule file is applied without a new release, a bad one refused in one line; an
    // exemption recorded by the reviewer is one undo step, saved with the review and shown in the dock.
    Plan plan;
    buildFailingPlan(plan);
    Site site = plan.site();
    site.startOfOperation = QDate(2026, 9, 1);
    site.connectedPowerKw = 400;
    site.plannedHeatReuseShare = 0.0;
    PlanFiller(plan).setSite(site);
    QVERIFY(PlanStore::save(plan, mPlanPath).ok);
    MainWindow window;
    QVERIFY(window.openPlan(mPlanPath, true));
    ReviewController *review = window.review();
    QString error;
    QVERIFY(!review->loadRules(mDir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY2(!error.isEmpty() && !error.contains(QLatin1Char('\n')), qPrintable(error));
    QCOMPARE(review->rules().id, QStringLiteral("de-enefg-2023"));
    QVERIFY2(review->loadRules(QStringLiteral(RW_RULES_DIR "/de-enefg-2026-draft.json"), &error), qPrintable(error));
    QVERIFY(review->rules().draft);
    review->runChecks();
    QVERIFY(review->panel()->report().ruleSetText.contains(QStringLiteral("DRAFT")));
    QVERIFY(review->loadRules(QString(), &error));
    QCOMPARE(review->rules().id, QStringLiteral("de-enefg-2023"));

    review->runChecks();
    auto statusOf = [&](const char *rule) {
        for (const CheckResult &r : review->panel()->report().results)
            if (r.ruleId == QLatin1String(rule))
                return r.status;
        return CheckStatus::NotAssessable;
    };
    QCOMPARE(statusOf("enefg-11-erf-2026"), CheckStatus::Fail);
    QVERIFY(review->editor()->recordExemption(review->rules(), { QStringLiteral("enefg-11-3-heat-agreement"),
        QStringLiteral("agreement"), QStringLiteral("SWM-7"), QDate(2026, 2, 1) }).ok);
    QCOMPARE(statusOf("enefg-11-erf-2026"), CheckStatus::Exempt);  // the edit ran the checks again
    Review saved;
    QVERIFY(ReviewFile::load(ReviewFile::pathFor(mPlanPath), &saved, &error));
    QCOMPARE(saved.exemptions.size(), std::size_t(1));
    review->reviewUndoStack()->undo();
    QCOMPARE(statusOf("enefg-11-erf-2026"), CheckStatus::Fail);
}

void TestReviewDock::corruptReviewFileIsReportedAndIgnored()
{
    QFile file(ReviewFile::pathFor(mPlanPath));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\":\"rackwerk-review\",\"version\":1,\"thresholds\":{\"maxPue\":99}}");
    file.close();
    MessageBoxAnswerer answerer;
    MainWindow window;
    QVERIFY(window.openPlan(mPlanPath, true));
    QCOMPARE(answerer.texts.size(), 1);
    QVERIFY2(answerer.texts.first().contains(QStringLiteral("maxPue")), qPrintable(answerer.texts.first()));
    QVERIFY(window.review()->review().thresholds.empty());
}

void TestReviewDock::reviewFileLoadsWithPlan()
{
    Review saved;
    saved.tender = QStringLiteral("T-1");
    saved.thresholds[QStringLiteral("maxPue")] = 1.1;
    QString error;
    QVERIFY(ReviewFile::save(saved, ReviewFile::pathFor(mPlanPath), &error));
    QByteArray planBefore;
    {
        QFile plan(mPlanPath);
        QVERIFY(plan.open(QIODevice::ReadOnly));
        planBefore = plan.readAll();
    }
    MainWindow window;
    QVERIFY(window.openPlan(mPlanPath, true));
    QCOMPARE(window.review()->review(), saved);
    window.review()->runChecks();
    const auto &results = window.review()->panel()->report().results;
    QVERIFY(std::any_of(results.begin(), results.end(), [](const CheckResult &r) {
        return r.ruleId == QLatin1String("tender-maxPue") && r.status == CheckStatus::Fail;
    }));
    // Exporting the report leaves the bidder's plan as it was.
    QVERIFY(window.review()->exportPdf(mDir.filePath(QStringLiteral("report.pdf"))));
    QVERIFY(QFileInfo(mDir.filePath(QStringLiteral("report.pdf"))).size() > 1000);
    QVERIFY(window.review()->exportCsv(mDir.filePath(QStringLiteral("tables"))));
    QVERIFY(QFile::exists(mDir.filePath(QStringLiteral("tables/compliance.csv"))));
    // The workbook holds the same tables (tst_tableexport reads one); without libxlsxwriter the action is off.
    QCOMPARE(window.review()->xlsxAction()->isEnabled(), TableExport::xlsxAvailable());
    if (TableExport::xlsxAvailable()) {
        QVERIFY(window.review()->exportXlsx(mDir.filePath(QStringLiteral("tables.xlsx"))));
        QVERIFY(QFileInfo(mDir.filePath(QStringLiteral("tables.xlsx"))).size() > 1000);
    }
    QFile plan(mPlanPath);
    QVERIFY(plan.open(QIODevice::ReadOnly));
    QCOMPARE(plan.readAll(), planBefore);
}

void TestReviewDock::compareDialogShowsDifferences()
{
    Plan a;
    Plan b;
    buildSmallPlan(a);
    buildSmallPlan(b);
    PlanFiller(b).take<MountedDevice>(small::kServerB10);
    CompareDialog dialog(PlanDiffer::compare(a, b), QStringLiteral("a.rackwerk"), QStringLiteral("b.rackwerk"));
    QTreeWidget *tree = dialog.changesTree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->childCount(), 1);
    QVERIFY(tree->topLevelItem(0)->child(0)->text(0).contains(QStringLiteral("B / U10 (b10)")));
    QTableWidget *figures = dialog.figuresTable();
    QCOMPARE(figures->item(0, 0)->text(), QStringLiteral("GPUs"));
    QCOMPARE(figures->item(0, 3)->text(), QStringLiteral("-4"));
}

void TestReviewDock::germanScreenshot()
{
    MainWindow window;
    QVERIFY(window.openPlan(mPlanPath, true));
    Language::apply(QStringLiteral("de"));
    window.show();
    QTest::qWait(50);  // LanguageChange is delivered through the event loop
    window.review()->runChecks();
    auto *table = window.review()->panel()->findChild<QTableWidget *>();
    QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("Ergebnis"));
    const int floorRow = rowOf(table, QStringLiteral("Boden und Rackrahmen"));
    QVERIFY(floorRow >= 0);
    QCOMPARE(table->item(floorRow, 0)->text(), QStringLiteral("Nicht erfüllt"));
    QCOMPARE(window.review()->menu()->title(), QStringLiteral("&Prüfung"));
    if (!qEnvironmentVariableIsEmpty("RW_SCREENSHOT_DIR"))
        window.grab().save(QDir(qEnvironmentVariable("RW_SCREENSHOT_DIR")).filePath(QStringLiteral("review-de.png")));
}

QTEST_MAIN(TestReviewDock)
#include "tst_reviewdock.moc"
