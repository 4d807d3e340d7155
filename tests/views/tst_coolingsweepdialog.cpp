// SPDX-License-Identifier: GPL-3.0-or-later
// Projections > Cooling failure sweep in the main window (issue 20): started and cancelled offscreen, a cancelled
// sweep resumes, and the merged result reaches the findings dock and the review check. RW_SCREENSHOT_DIR saves the
// dialog in English and German.
#include "../common/testplans.h"

#include "analysis/coolingsweep.h"
#include "analysis/coolingsweeprunner.h"
#include "dialogs/coolingsweepdialog.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "panels/findingspanel.h"
#include "plan/planfiller.h"
#include "review/reviewcontroller.h"
#include "review/reviewpanel.h"
#include "store/planstore.h"

#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace rw;
using namespace rwtest;

namespace {

QPushButton *button(QWidget *dialog, const QString &text)
{
    for (QPushButton *b : dialog->findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    return nullptr;
}

QStringList listed(const FindingsPanel *panel)
{
    QStringList out;
    for (int row = 0; row < panel->list()->count(); ++row)
        out << panel->list()->item(row)->text();
    return out;
}

const CheckResult *sweepCheck(ReviewController *review)
{
    for (const CheckResult &r : review->panel()->report().results)
        if (r.ruleId == QLatin1String("cooling-failure-sweep"))
            return &r;
    return nullptr;
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    if (!qEnvironmentVariableIsEmpty("RW_SCREENSHOT_DIR"))
        widget->grab().save(QDir(qEnvironmentVariable("RW_SCREENSHOT_DIR")).filePath(name));
}

}  // namespace

class TestCoolingSweepDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup() { Language::apply(QStringLiteral("en")); }
    void startAndCancel();
    void finishedSweepFeedsFindingsAndChecks();

private:
    QTemporaryDir mDir;
    QString mPlanPath;
};

void TestCoolingSweepDialog::initTestCase()
{
    QVERIFY(Language::apply(QStringLiteral("en")));
    Plan plan;
    buildSmallPlan(plan);
    mPlanPath = mDir.filePath(QStringLiteral("small.rackwerk"));
    QVERIFY(PlanStore::save(plan, mPlanPath).ok);
}

void TestCoolingSweepDialog::startAndCancel()
{
    MainWindow window;
    QVERIFY(window.openPlan(mPlanPath, false));
    window.show();
    CoolingSweepDialog *dialog = window.showCoolingSweep();
    QVERIFY(dialog->isVisible());
    // Next to the plan file by default.
    QCOMPARE(QDir::fromNativeSeparators(dialog->folder()), mDir.filePath(QStringLiteral("small.sweep")));
    const QString folder = mDir.filePath(QStringLiteral("cancelled"));
    dialog->setFolder(folder);
    QPushButton *start = button(dialog, QStringLiteral("&Start"));
    QPushButton *cancel = button(dialog, QStringLiteral("&Cancel"));
    QVERIFY(start && cancel);
    QVERIFY(!cancel->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QVERIFY2(dialog->isRunning(), qPrintable(dialog->statusLabel()->text()));
    QVERIFY(!start->isEnabled());
    QVERIFY(cancel->isEnabled());
    QCOMPARE(dialog->progressBar()->maximum(), 2);  // the steady state and the failure of CRAH 1
    QVERIFY(dialog->runner()->engineText().contains(QStringLiteral("engine")));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 120000);
    QVERIFY(dialog->runner()->wasCancelled());
    QVERIFY2(dialog->statusLabel()->text().startsWith(QStringLiteral("Cancelled: ")),
        qPrintable(dialog->statusLabel()->text()));
    QVERIFY(start->isEnabled());
    const SweepSummary &summary = dialog->summary();
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    // The merge the dialog shows is the folder's, as `sweep --merge` reads it.
    QCOMPARE(CoolingSweep::merge(folder).finished, summary.finished);
    if (summary.finished < int(summary.runs.size())) {
        QVERIFY2(
            listed(window.findingsPanel()).join(QLatin1Char('\n')).contains(QStringLiteral("runs are not finished")),
            qPrintable(listed(window.findingsPanel()).join(QLatin1Char('\n'))));
        window.review()->runChecks();
        const CheckResult *check = sweepCheck(window.review());
        QVERIFY(check);
        QCOMPARE(check->status, CheckStatus::NotAssessable);
    }
}

void TestCoolingSweepDialog::finishedSweepFeedsFindingsAndChecks()
{
    MainWindow window;
    QVERIFY(window.openPlan(mPlanPath, false));
    window.show();
    CoolingSweepDialog *dialog = window.showCoolingSweep();
    dialog->setFolder(mDir.filePath(QStringLiteral("finished")));
    // Coarse cells and few steps keep it short; what is checked is where the result goes, not the physics.
    dialog->setTransientSeconds(10);
    dialog->setCellM(0.5);
    dialog->setMaxIterations(300);
    QSignalSpy merged(dialog, &CoolingSweepDialog::merged);
    QVERIFY(dialog->start());
    QTRY_VERIFY_WITH_TIMEOUT(merged.count() == 1, 600000);
    const SweepSummary &summary = dialog->summary();
    QCOMPARE(summary.finished, 2);
    QVERIFY2(dialog->statusLabel()->text().startsWith(QStringLiteral("Finished: 2 of 2 runs")),
        qPrintable(dialog->statusLabel()->text()));
    window.review()->runChecks();
    const CheckResult *check = sweepCheck(window.review());
    QVERIFY(check);
    const bool leaves = summary.halls.at(0).worstFirstExceedanceS >= 0;
    QCOMPARE(check->status, leaves ? CheckStatus::Fail : CheckStatus::Pass);
    const QString findings = listed(window.findingsPanel()).join(QLatin1Char('\n'));
    QCOMPARE(findings.contains(QStringLiteral("Cooling failure sweep: ")), leaves);
    saveScreenshot(dialog, QStringLiteral("coolingsweep-en.png"));
    if (!qEnvironmentVariableIsEmpty("RW_SCREENSHOT_DIR"))
        QVERIFY(window.review()->exportPdf(
            QDir(qEnvironmentVariable("RW_SCREENSHOT_DIR")).filePath(QStringLiteral("coolingsweep-report-en.pdf"))));

    // Started again in German: every run is finished, so it merges at once, in German.
    QVERIFY(Language::apply(QStringLiteral("de")));
    QVERIFY(dialog->start());
    QTRY_VERIFY_WITH_TIMEOUT(merged.count() == 2, 60000);
    QVERIFY2(dialog->statusLabel()->text().startsWith(QStringLiteral("Fertig: 2 von 2 Läufen")),
        qPrintable(dialog->statusLabel()->text()));
    saveScreenshot(dialog, QStringLiteral("coolingsweep-de.png"));
    if (!qEnvironmentVariableIsEmpty("RW_SCREENSHOT_DIR"))
        QVERIFY(window.review()->exportPdf(
            QDir(qEnvironmentVariable("RW_SCREENSHOT_DIR")).filePath(QStringLiteral("coolingsweep-report-de.pdf"))));

    // An edit makes the sweep's findings history: they describe the plan as it was.
    if (leaves) {
        Site site = window.plan().site();
        site.assumptions = QStringLiteral("changed after the sweep");
        PlanFiller(window.plan()).setSite(site);
        QTRY_VERIFY(
            !listed(window.findingsPanel()).join(QLatin1Char('\n')).contains(QStringLiteral("Kühlungsausfallreihe")));
    }
}

QTEST_MAIN(TestCoolingSweepDialog)
#include "tst_coolingsweepdialog.moc"
