// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/projectionsummaries.h"
#include "review/reviewfile.h"
#include "review/ruleset.h"

#include "plan/plan.h"

#include <QObject>

#include <functional>
#include <memory>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace rw {

class FloorPlanScene;
class ReviewPanel;
class ReviewEditor;

/// The reviewer's desk in the main window: the Review menu, the check dock, tender thresholds kept in
/// a review file next to the plan, the report (PDF, CSV) and File > Compare with. The main window
/// adds menu(), compareAction() and dock() and tells it when another plan file is open.
class ReviewController : public QObject {
    Q_OBJECT
public:
    ReviewController(QMainWindow *window, Plan &plan, FloorPlanScene *scene);
    ~ReviewController() override;

    QMenu *menu() const { return mMenu; }
    QAction *compareAction() const { return mCompare; }
    QDockWidget *dock() const { return mDock; }
    ReviewPanel *panel() const { return mPanel; }
    const Review &review() const { return mReview; }

    /// A plan was opened from (or saved to) this file; empty for a plan without a file. Loads the review
    /// kept next to it; a bad review file is reported and ignored. A plan without a file that is saved
    /// keeps its review, which is then saved next to it.
    void setPlanPath(const QString &path);
    /// Projections: when a projection has run, hand its summary here (one line per projection).
    void setThermal(const ThermalSummary &summary);
    void setEnergy(const EnergySummary &summary);
    void setCoolingSweep(const CoolingSweepSummary &summary);

    void runChecks();
    void editTender();
    /// Applies a rule file (e.g. after an amendment of the law) instead of the bundled one; a bad file is
    /// refused with a one-line reason and the rules in use stay. Empty path: the bundled rule set again.
    bool loadRules(const QString &path, QString *error);
    const RuleSet &rules() const { return mRules; }
    /// Records an exemption with its evidence (undoable); a refusal is shown.
    void recordExemption();
    QUndoStack *reviewUndoStack() const { return mUndo; }
    /// The reviewer's edits of the review (each saves the review and runs the checks again).
    ReviewEditor *editor() const { return mEditor.get(); }
    bool exportPdf(const QString &path);
    bool exportCsv(const QString &directory);
    /// Every table of the report as one XLSX workbook (disabled in a build without libxlsxwriter).
    bool exportXlsx(const QString &path);
    QAction *xlsxAction() const { return mXlsx; }
    void compareWith(const QString &path);

    void retranslate();

private:
    void selectRacks(const std::vector<Id> &racks);
    void saveReview();

    QMainWindow *mWindow;
    Plan &mPlan;
    FloorPlanScene *mScene;
    QString mPlanPath;
    bool mPlanReplaced = true;
    Review mReview;
    RuleSet mRules = RuleSetLoader::bundled();
    ProjectionInputs mProjections;
    ReviewPanel *mPanel;
    QDockWidget *mDock;
    QMenu *mMenu;
    QUndoStack *mUndo;
    std::unique_ptr<ReviewEditor> mEditor;
    QAction *mRun, *mTender, *mPdf, *mCsv, *mXlsx, *mCompare, *mRulesFile, *mBundledRules, *mExemption, *mUndoAction,
        *mRedoAction;
};

}  // namespace rw
