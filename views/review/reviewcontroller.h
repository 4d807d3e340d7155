#pragma once

#include "review/projectionsummaries.h"
#include "review/reviewfile.h"

#include "plan/plan.h"

#include <QObject>

#include <functional>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

namespace rw {

class FloorPlanScene;
class ReviewPanel;

/// The reviewer's desk in the main window: the Review menu, the check dock, tender thresholds kept in
/// a review file next to the plan, the report (PDF, CSV) and File > Compare with. The main window
/// adds menu(), compareAction() and dock() and tells it when another plan file is open.
class ReviewController : public QObject {
    Q_OBJECT
public:
    ReviewController(QMainWindow *window, Plan &plan, FloorPlanScene *scene);

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

    void runChecks();
    void editTender();
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
    ProjectionInputs mProjections;
    ReviewPanel *mPanel;
    QDockWidget *mDock;
    QMenu *mMenu;
    QAction *mRun, *mTender, *mPdf, *mCsv, *mXlsx, *mCompare;
};

}  // namespace rw
