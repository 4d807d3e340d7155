// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewcontroller.h"

#include "comparedialog.h"
#include "exemptiondialog.h"
#include "floorplanimage.h"
#include "reviewpanel.h"
#include "tenderdialog.h"

#include "commands/reviewedits.h"
#include "floorplan/floorplanscene.h"
#include "review/plandiff.h"
#include "review/reviewreport.h"
#include "review/tableexport.h"
#include "store/planstore.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsView>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

#include <set>

namespace rw {

ReviewController::ReviewController(QMainWindow *window, Plan &plan, FloorPlanScene *scene)
    : QObject(window), mWindow(window), mPlan(plan), mScene(scene), mPanel(new ReviewPanel(window)),
      mDock(new QDockWidget(window)), mMenu(new QMenu(window)), mUndo(new QUndoStack(this))
{
    mEditor = std::make_unique<ReviewEditor>(mReview, *mUndo, [this] {
        saveReview();
        runChecks();
    });
    mDock->setObjectName(QStringLiteral("reviewDock"));
    mDock->setWidget(mPanel);
    // Projections describe the plan as it was when they ran: any change makes their checks not assessable
    // again until they are rerun, so a review never judges a plan by another plan's figures.
    auto forgetProjections = [this] {
        if (!mProjections.thermal && !mProjections.energy && !mProjections.coolingSweep)
            return;
        mProjections = {};
        mPanel->setStale(true);
    };
    connect(&plan, &Plan::entityChanged, this, forgetProjections);
    connect(&plan, &Plan::siteChanged, this, forgetProjections);
    connect(&plan, &Plan::reset, this, forgetProjections);
    auto make = [this](const QKeySequence &key, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    mRun = make(QKeySequence(Qt::Key_F7), &ReviewController::runChecks);
    mTender = make(QKeySequence(), &ReviewController::editTender);
    mPdf = make(QKeySequence(), [this] {
        const QString base = mPlanPath.isEmpty() ? QStringLiteral("review") : QFileInfo(mPlanPath).completeBaseName();
        const QString path = QFileDialog::getSaveFileName(
            mWindow, tr("Export review report"), base + QStringLiteral("-review.pdf"), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });
    mCsv = make(QKeySequence(), [this] {
        const QString dir = QFileDialog::getExistingDirectory(mWindow, tr("Export the report's tables as CSV"));
        if (!dir.isEmpty())
            exportCsv(dir);
    });
    mXlsx = make(QKeySequence(), [this] {
        const QString base = mPlanPath.isEmpty() ? QStringLiteral("review") : QFileInfo(mPlanPath).completeBaseName();
        const QString path = QFileDialog::getSaveFileName(mWindow, tr("Export the report's tables as XLSX"),
            base + QStringLiteral("-review.xlsx"), tr("Excel workbooks (*.xlsx)"));
        if (!path.isEmpty())
            exportXlsx(path);
    });
    mXlsx->setEnabled(TableExport::xlsxAvailable());
    mCompare = make(QKeySequence(), [this] {
        const QString path = QFileDialog::getOpenFileName(
            mWindow, tr("Compare with plan"), QFileInfo(mPlanPath).path(), tr("Rackwerk plans (*.rackwerk)"));
        if (!path.isEmpty())
            compareWith(path);
    });
    mRulesFile = make(QKeySequence(), [this] {
        const QString path = QFileDialog::getOpenFileName(
            mWindow, tr("Load rule file"), QFileInfo(mPlanPath).path(), tr("Rackwerk rule files (*.json)"));
        QString error;
        if (!path.isEmpty() && !loadRules(path, &error))
            QMessageBox::warning(mWindow, tr("Rule file not loaded"), error);
    });
    mBundledRules = make(QKeySequence(), [this] {
        QString error;
        loadRules(QString(), &error);
    });
    mExemption = make(QKeySequence(), &ReviewController::recordExemption);
    mUndoAction = mUndo->createUndoAction(this);
    mRedoAction = mUndo->createRedoAction(this);
    mMenu->addActions({ mRun, mTender, mExemption, mUndoAction, mRedoAction });
    mMenu->addSeparator();
    mMenu->addActions({ mRulesFile, mBundledRules });
    mMenu->addSeparator();
    mMenu->addActions({ mPdf, mCsv, mXlsx });
    mMenu->addSeparator();
    mMenu->addAction(mDock->toggleViewAction());
    connect(mPanel, &ReviewPanel::racksActivated, this, &ReviewController::selectRacks);
    connect(&mPlan, &Plan::entityChanged, mPanel, [this] { mPanel->setStale(true); });
    connect(&mPlan, &Plan::siteChanged, mPanel, [this] { mPanel->setStale(true); });
    connect(&mPlan, &Plan::reset, mPanel, [this] {
        mPlanReplaced = true;  // opened, new or recovered: the next setPlanPath() starts a new review
        mPanel->setStale(true);
    });
    retranslate();
}

void ReviewController::retranslate()
{
    mMenu->setTitle(tr("&Review"));
    mDock->setWindowTitle(tr("Review checks"));
    const struct {
        QAction *action;
        QString text;
        QString tip;
    } texts[] = {
        { mRun, tr("&Run checks"),
            tr("Check the plan against the law (EnEfG, EU 2024/1364), EN 50600, ASHRAE and the tender") },
        { mTender, tr("&Tender thresholds..."),
            tr("Thresholds of the tender, reviewer and notes, kept in a review file next to the plan") },
        { mPdf, tr("Export report as &PDF..."),
            tr("The review report in the current language, with the plan file's SHA-256") },
        { mCsv, tr("Export report tables as &CSV..."), tr("Every table of the report as a CSV file") },
        { mXlsx, tr("Export report tables as &XLSX..."),
            TableExport::xlsxAvailable() ? tr("Every table of the report as a sheet of one Excel workbook")
                                         : tr("Not available: this Rackwerk was built without libxlsxwriter") },
        { mCompare, tr("Compare &with..."), tr("Show what differs between this plan and another one") },
        { mRulesFile, tr("Load rule &file..."),
            tr("Apply a newer rule file, e.g. after an amendment of the law, without a new release of Rackwerk") },
        { mBundledRules, tr("Use the &bundled rule set"), tr("Apply the rule set that came with Rackwerk again") },
        { mExemption, tr("Record &exemption..."),
            tr("Record an exemption of the law (e.g. EnEfG section 11(3)) with the evidence seen") },
    };
    for (const auto &t : texts) {
        t.action->setText(t.text);
        t.action->setToolTip(t.tip);
        t.action->setStatusTip(t.tip);
    }
    // The results are sentences in the language the checks ran in: current ones run again in the new one
    // (out-of-date ones stay as they are until the reviewer runs the checks).
    if (mPanel->hasReport() && !mPanel->isStale())
        mPanel->showReport(ComplianceChecker::run(mPlan, mProjections, mReview, mRules));
}

void ReviewController::setPlanPath(const QString &path)
{
    const bool samePlan = !mPlanReplaced;
    mPlanReplaced = false;
    if (samePlan && path == mPlanPath)
        return;  // saved again under the same name
    const QString previous = mPlanPath;
    mPlanPath = path;
    const QString reviewPath = path.isEmpty() ? QString() : ReviewFile::pathFor(path);
    const bool fileThere = !reviewPath.isEmpty() && QFileInfo::exists(reviewPath);
    if (samePlan && previous.isEmpty() && !fileThere && !(mReview == Review {})) {
        saveReview();  // a plan without a file was saved: its review goes next to it
        return;
    }
    mUndo->clear();  // the steps were those of the review of another plan
    mReview = Review {};
    if (fileThere) {
        QString error;
        if (!ReviewFile::load(reviewPath, &mReview, &error))
            QMessageBox::warning(mWindow, tr("Review not loaded"),
                tr("%1\n\nThe checks run without the tender's thresholds; saving the thresholds "
                   "again replaces the file.")
                    .arg(error));
    }
}

void ReviewController::setThermal(const ThermalSummary &summary)
{
    mProjections.thermal = summary;
    mPanel->setStale(true);
}

void ReviewController::setEnergy(const EnergySummary &summary)
{
    mProjections.energy = summary;
    mPanel->setStale(true);
}

void ReviewController::setCoolingSweep(const CoolingSweepSummary &summary)
{
    mProjections.coolingSweep = summary;
    mPanel->setStale(true);
}

void ReviewController::runChecks()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    mPanel->showReport(ComplianceChecker::run(mPlan, mProjections, mReview, mRules));
    QApplication::restoreOverrideCursor();
    if (!mDock->isVisible()) {
        mDock->show();
        mWindow->resizeDocks({ mDock }, { 260 }, Qt::Vertical);
    }
    mDock->raise();
}

void ReviewController::editTender()
{
    TenderDialog dialog(mReview, mWindow);
    if (dialog.exec() != QDialog::Accepted)
        return;
    mEditor->setTender(dialog.review());  // saves the review and runs the checks
}

ReviewController::~ReviewController() = default;

bool ReviewController::loadRules(const QString &path, QString *error)
{
    RuleSet rules = RuleSetLoader::bundled();
    if (!path.isEmpty() && !RuleSetLoader::load(path, &rules, error))
        return false;
    mRules = rules;
    mWindow->statusBar()->showMessage(tr("Rule set applied: %1").arg(mRules.describe()), 8000);
    if (mPanel->hasReport())
        runChecks();
    return true;
}

void ReviewController::recordExemption()
{
    ExemptionDialog dialog(mRules, mWindow);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const EditResult done = mEditor->recordExemption(mRules, dialog.exemption()); !done.ok)
        QMessageBox::warning(mWindow, tr("Exemption not recorded"), done.error);
}

void ReviewController::saveReview()
{
    if (mPlanPath.isEmpty()) {
        mWindow->statusBar()->showMessage(
            tr("The plan has no file, so the review is kept only until it is closed."), 8000);
        return;
    }
    QString error;
    mReview.planSha256 = ReviewReport::sha256OfFile(mPlanPath, &error);
    const QString path = ReviewFile::pathFor(mPlanPath);
    if (!ReviewFile::save(mReview, path, &error))
        QMessageBox::warning(mWindow, tr("Review not saved"), error);
    else
        mWindow->statusBar()->showMessage(tr("Review saved to %1").arg(QFileInfo(path).fileName()), 5000);
}

bool ReviewController::exportPdf(const QString &path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ReviewReport report(mPlan, mPlanPath, mProjections, mReview, mRules);
    report.setFloorPlans(renderFloorPlans(mPlan));
    QString error;
    const bool ok = report.writePdf(path, &error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(mWindow, tr("Report not written"), error);
    else
        mWindow->statusBar()->showMessage(tr("Report written to %1").arg(path), 5000);
    return ok;
}

bool ReviewController::exportCsv(const QString &directory)
{
    ReviewReport report(mPlan, mPlanPath, mProjections, mReview, mRules);
    QStringList written;
    QString error;
    if (!report.writeCsv(directory, &written, &error)) {
        QMessageBox::warning(mWindow, tr("Tables not written"), error);
        return false;
    }
    mWindow->statusBar()->showMessage(tr("%1 tables written to %2").arg(written.size()).arg(directory), 5000);
    return true;
}

bool ReviewController::exportXlsx(const QString &path)
{
    ReviewReport report(mPlan, mPlanPath, mProjections, mReview, mRules);
    QString error;
    if (!report.writeXlsx(path, &error)) {
        QMessageBox::warning(mWindow, tr("Tables not written"), error);
        return false;
    }
    mWindow->statusBar()->showMessage(tr("Tables written to %1").arg(path), 5000);
    return true;
}

void ReviewController::compareWith(const QString &path)
{
    Plan other;
    const LoadReport loaded = PlanStore::load(path, &other);
    if (!loaded.ok) {
        QMessageBox::warning(mWindow, tr("Cannot compare"), loaded.error);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const PlanDiff diff = PlanDiffer::compare(mPlan, other, mProjections);
    QApplication::restoreOverrideCursor();
    const QString nameA = mPlanPath.isEmpty() ? tr("this plan") : QFileInfo(mPlanPath).fileName();
    auto *dialog = new CompareDialog(diff, nameA, QFileInfo(path).fileName(), mWindow);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void ReviewController::selectRacks(const std::vector<Id> &racks)
{
    const Rack *first = racks.empty() ? nullptr : mPlan.find<Rack>(racks.front());
    if (!first)
        return;
    if (mScene->hall() != first->hallId)
        mScene->setHall(first->hallId);
    mScene->clearSelection();
    const std::set<Id> wanted(racks.begin(), racks.end());
    QGraphicsItem *shown = nullptr;
    for (QGraphicsItem *item : mScene->items()) {
        if (item->data(1).toInt() == int(EntityKind::Rack) && wanted.count(item->data(0).toLongLong())) {
            item->setSelected(true);
            shown = item;
        }
    }
    if (shown)
        for (QGraphicsView *view : mScene->views())
            view->ensureVisible(shown);
}

}  // namespace rw
