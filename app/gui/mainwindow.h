// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/planeditor.h"
#include "plan/plan.h"

#include <QMainWindow>
#include <QUndoStack>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;

namespace rw {

class Autosave;
class BudgetPanel;
class CoolingSweepDialog;
class FindingsPanel;
class HelpDialog;
class LoadProjectionPanel;
class FloorPlanScene;
class FloorPlanToolBar;
class FloorPlanView;
class PropertyPanel;
class RackElevationPanel;
class PlanTree;
class PowerChainPanel;
class ReviewController;
class StartPage;
class SummaryPanel;
class ThermalPanel;

/// Rackwerk's main window: the floor plan in the middle, the plan tree, key figures and findings in
/// docks. Owns the open plan and its undo stack.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// The least a dock at the side keeps of the width, and one at the bottom of the height.
    static constexpr int kMinSideDockWidth = 220;
    static constexpr int kMinBottomDockHeight = 160;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a plan file; on failure shows the reason and keeps the current plan. Returns success.
    bool openPlan(const QString &path, bool readOnly);
    /// Opens the bundled demo plan as an unsaved copy ("Demo plan (unsaved copy)"), editable.
    void openDemo();
    /// Opens the second bundled demo, the gigafactory campus, the same way.
    void openGigafactory();
    /// Starts an empty plan with one hall.
    void newPlan();
    /// Whether the start page is shown (no plan open).
    bool isStartPageShown() const;
    StartPage *startPage() const { return mStartPage; }
    /// Offers to recover plans autosaved by an instance that did not stop cleanly.
    void offerRecovery();

    Plan &plan() { return mPlan; }
    QUndoStack &undoStack() { return mUndo; }
    PlanEditor &editor() { return mEditor; }
    FloorPlanScene *floorPlanScene() const { return mScene; }
    FloorPlanView *floorPlanView() const { return mView; }
    SummaryPanel *summaryPanel() const { return mSummary; }
    BudgetPanel *budgetPanel() const { return mBudget; }
    PowerChainPanel *powerChainPanel() const { return mPowerChain; }
    QDockWidget *powerChainDock() const { return mPowerChainDock; }
    class LiquidPanel *liquidPanel() const { return mLiquid; }
    QDockWidget *liquidDock() const { return mLiquidDock; }
    class SiteOverview *siteOverview() const { return mSiteOverview; }
    QDockWidget *siteDock() const { return mSiteDock; }
    /// Marks racks and cooling units on the floor plan (what a power node feeds, where devices fit), with
    /// a count per rack where given. The one place that talks to the floor plan for this.
    void highlightOnFloorPlan(const QList<Id> &rackIds, const QList<Id> &coolingUnitIds, const QList<int> &rackCounts = {});
    ThermalPanel *thermalPanel() const { return mThermal; }
    QAction *thermalAction() const { return mThermalAction; }
    FloorPlanToolBar *floorPlanToolBar() const { return mDrawBar; }
    PropertyPanel *propertyPanel() const { return mProperties; }
    RackElevationPanel *rackElevation() const { return mElevation; }
    /// Fills the selected racks with devices, asking which and how many.
    void fillSelectedRacks();
    /// Shows what a finding or a list entry is about: selects it on the floor plan of its hall and
    /// centres it (devices: their rack; rows: their racks), power nodes and links in the power chain.
    void activate(EntityKind kind, const QVariant &key);
    /// As activate(), and opens the dialog of what has no place on a drawing (site, catalogue).
    void openEntity(EntityKind kind, const QVariant &key);
    ReviewController *review() const { return mReview; }
    bool isReadOnly() const { return mReadOnly; }
    /// The file of the open plan; empty for a plan without one (new, demo, imported).
    QString planPath() const { return mPath; }
    QString engineText() const;
    QAction *helpAction() const { return mHelp; }
    /// File > Open recent (filled from RecentPlans each time it opens).
    QMenu *recentMenu() const { return mRecentMenu; }
    /// Bumped when the docks change so much that an older saved layout would look wrong.
    static constexpr int kDockLayoutVersion = 1;
    /// The layout of docks and toolbars (QMainWindow::saveState); on the start page, the one the plan view
    /// had and gets back.
    QByteArray dockLayout() const;
    /// Puts docks and toolbars as saved by dockLayout(); on the start page they take that place when a plan
    /// opens. Returns false, changing nothing, for a layout of another version or one it cannot read.
    bool restoreDockLayout(const QByteArray &layout);
    /// The help window (F1); null until it was first shown.
    HelpDialog *helpDialog() const { return mHelpDialog; }
    /// Projections > Cooling failure sweep (opened, not started); its merged result feeds the findings, the
    /// review checks and the report.
    CoolingSweepDialog *showCoolingSweep();
    FindingsPanel *findingsPanel() const { return mFindings; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void retranslate();
    void updateTitle();
    void setReadOnly(bool readOnly);
    bool maybeSave();
    bool save();
    bool saveAs();
    bool saveTo(const QString &path);
    void open(bool readOnly);
    /// Opens the bundled plan `name` (BuiltInPlans) as an unsaved copy.
    void openBuiltIn(const QString &name);
    void showStartPage();
    void hideDocksForStartPage();
    /// Leaves the start page for the plan (after a plan was opened, made or recovered).
    void showPlanView();
    /// Enables what needs an open plan.
    void updatePlanActions();
    void rememberRecent(const QString &path, bool readOnly);
    void fillRecentMenu();
    void importJson();
    void exportJson();
    /// File > Import racks and devices (CSV): preview, then CsvImportEdits as one undo step.
    void importCsv();
    void editSite();
    void showCatalogue();
    void setLanguage(const QString &code);

    void about();
    void showHelp();
    void runThermal();

    Plan mPlan;
    QUndoStack mUndo;
    PlanEditor mEditor;
    QString mPath;
    bool mReadOnly = false;
    bool mDemoCopy = false;  ///< the unsaved copy of the demo plan

    QStackedWidget *mCentral;
    StartPage *mStartPage;
    QList<QDockWidget *> mDocksBeforeStartPage;  ///< shown again when a plan opens
    QByteArray mLayoutBeforeStartPage;  ///< the plan view's dock layout while the start page shows

    FloorPlanScene *mScene;
    FloorPlanView *mView;
    PlanTree *mTree;
    SummaryPanel *mSummary;
    FindingsPanel *mFindings;
    BudgetPanel *mBudget;
    PowerChainPanel *mPowerChain;
    ThermalPanel *mThermal;
    QDockWidget *mTreeDock;
    QDockWidget *mSummaryDock;
    QDockWidget *mFindingsDock;
    QDockWidget *mBudgetDock;
    QDockWidget *mPowerChainDock;
    QDockWidget *mThermalDock;
    FloorPlanToolBar *mDrawBar;
    PropertyPanel *mProperties;
    RackElevationPanel *mElevation;
    QDockWidget *mPropertiesDock;
    QDockWidget *mElevationDock;
    QLabel *mEngineLabel;
    QLabel *mModeLabel;
    QLabel *mThermalLabel;
    Autosave *mAutosave;
    LoadProjectionPanel *mLoadProjection = nullptr;
    QDockWidget *mLoadDock = nullptr;
    ReviewController *mReview;
    HelpDialog *mHelpDialog = nullptr;

    QMenu *mFileMenu = nullptr;
    QMenu *mRecentMenu = nullptr;
    QMenu *mEditMenu = nullptr;
    QMenu *mViewMenu = nullptr;
    QMenu *mProjectionsMenu = nullptr;
    QMenu *mLanguageMenu = nullptr;
    QMenu *mHelpMenu = nullptr;
    class UnderlayMenu *mUnderlayMenu = nullptr;
    class LiquidMenu *mLiquidMenu = nullptr;
    class LiquidPanel *mLiquid = nullptr;
    QDockWidget *mLiquidDock = nullptr;
    class SiteOverview *mSiteOverview = nullptr;
    QDockWidget *mSiteDock = nullptr;
    QAction *mCoolantPipesAction = nullptr;
    QToolBar *mToolBar = nullptr;
    QAction *mNew, *mOpen, *mOpenReadOnly, *mOpenDemo, *mOpenGigafactory, *mSave, *mSaveAs, *mImportJson, *mExportJson, *mImportCsv, *mQuit;
    QAction *mUndoAction, *mRedoAction, *mSiteAction, *mCatalogueAction;
    QAction *mZoomIn, *mZoomOut, *mFit, *mAbout, *mHelp;
    QAction *mThermalAction, *mThermalCancelAction, *mCoolingSweepAction;
    CoolingSweepDialog *mCoolingSweepDialog = nullptr;
    QActionGroup *mLanguageGroup;
};

}  // namespace rw
