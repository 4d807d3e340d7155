// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "analysis/coolingsweep.h"
#include "analysis/downstream.h"
#include "analysis/thermalrunner.h"
#include "autosave.h"
#include "demo/builtinplans.h"
#include "commands/deviceedits.h"
#include "commands/weatheredits.h"
#include "demo/demoplan.h"
#include "demo/newplan.h"
#include "dialogs/cataloguedialog.h"
#include "dialogs/coolingsweepdialog.h"
#include "dialogs/csvimportdialog.h"
#include "dialogs/filldialog.h"
#include "dialogs/sitedialog.h"
#include "elevation/rackelevationpanel.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplantoolbar.h"
#include "floorplan/floorplanview.h"
#include "floorplan/underlaymenu.h"
#include "helpdialog.h"
#include "i18n/datetext.h"
#include "i18n/labels.h"
#include "i18n/language.h"
#include "liquid/liquidmenu.h"
#include "liquid/liquidpanel.h"
#include "panels/budgetpanel.h"
#include "panels/findingspanel.h"
#include "panels/loadprojectionpanel.h"
#include "panels/plantree.h"
#include "panels/propertypanel.h"
#include "panels/summarypanel.h"
#include "plandrop.h"
#include "powerchain/powerchainpanel.h"
#include "rackwerk/engine/backend.h"
#include "recentplans.h"
#include "review/projectionsummarizers.h"
#include "review/reviewcontroller.h"
#include "site/siteoverview.h"
#include "startpage.h"
#include "store/planjson.h"
#include "store/planstore.h"
#include "thermal/thermalpanel.h"
#include "weather/siteweather.h"
#include "windowsession.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>

namespace rw {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), mEditor(mPlan, mUndo), mCentral(new QStackedWidget(this)), mStartPage(new StartPage(this)),
      mScene(new FloorPlanScene(mPlan, this)),
      mView(new FloorPlanView(mScene, this)), mTree(new PlanTree(mPlan, this)), mSummary(new SummaryPanel(mPlan, this)),
      mFindings(new FindingsPanel(mPlan, this)),
      mBudget(new BudgetPanel(mPlan, this)), mPowerChain(new PowerChainPanel(mEditor, this)),
      mThermal(new ThermalPanel(mPlan, mScene, this)), mDrawBar(new FloorPlanToolBar(mView, this)),
      mProperties(new PropertyPanel(mPlan, mScene, this)), mElevation(new RackElevationPanel(mPlan, this)),
      mEngineLabel(new QLabel(this)), mModeLabel(new QLabel(this)), mThermalLabel(new QLabel(this)),
      mAutosave(new Autosave(mPlan, mUndo, this)), mReview(new ReviewController(this, mPlan, mScene))
{
    mCentral->addWidget(mView);
    mCentral->addWidget(mStartPage);
    setCentralWidget(mCentral);
    mUnderlayMenu = new UnderlayMenu(mEditor, *mView, [this] { return mReadOnly; }, this);
    mLiquidMenu = new LiquidMenu(mEditor, *mView, [this] { return mReadOnly; }, this);
    createActions();
    createMenus();
    createDocks();
    connect(mStartPage, &StartPage::newPlanRequested, this, &MainWindow::newPlan);
    connect(mStartPage, &StartPage::openRequested, this, &MainWindow::open);
    connect(mStartPage, &StartPage::demoRequested, this, &MainWindow::openDemo);
    connect(mStartPage, &StartPage::gigafactoryRequested, this, &MainWindow::openGigafactory);
    connect(mStartPage, &StartPage::recentRequested, this, [this](const QString &path, bool readOnly) {
        if (maybeSave())
            openPlan(path, readOnly);
    });
    // A plan put in by other means (tests assign one) leaves the start page as well.
    connect(&mPlan, &Plan::reset, this, [this] {
        if (isStartPageShown() && !mPlan.all<Hall>().empty())
            showPlanView();
    });
    // Another plan: a sweep of the one before is stopped, and its result must not reach the new plan's findings.
    connect(&mPlan, &Plan::reset, this, [this] {
        if (!mCoolingSweepDialog)
            return;
        mCoolingSweepDialog->disconnect(this);
        mCoolingSweepDialog->cancel();
        mCoolingSweepDialog->hide();
        mCoolingSweepDialog->deleteLater();
        mCoolingSweepDialog = nullptr;
    });
    statusBar()->addPermanentWidget(mModeLabel);
    statusBar()->addPermanentWidget(mThermalLabel);
    statusBar()->addPermanentWidget(mEngineLabel);
    connect(&mUndo, &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(mTree, &PlanTree::entityActivated, this, &MainWindow::activate);
    connect(mFindings, &FindingsPanel::entityActivated, this, &MainWindow::activate);
    connect(mFindings, &FindingsPanel::entityOpened, this, &MainWindow::openEntity);
    connect(mBudget, &BudgetPanel::entityActivated, this, &MainWindow::activate);
    connect(mBudget, &BudgetPanel::analysisChanged, this, [this] { mPowerChain->setAnalysis(mBudget->powerAnalysis()); });
    mPowerChain->setAnalysis(mBudget->powerAnalysis());
    connect(mBudget, &BudgetPanel::capacityRacksChosen, this,
            [this](const QList<Id> &racks, const QList<int> &counts) { highlightOnFloorPlan(racks, {}, counts); });
    connect(mPowerChain, &PowerChainPanel::nodeSelected, this, [this](Id nodeId) {
        const Downstream fed = Downstream::of(mPlan, nodeId);
        highlightOnFloorPlan(QList<Id>(fed.racks.begin(), fed.racks.end()),
                             QList<Id>(fed.coolingUnits.begin(), fed.coolingUnits.end()));
    });
    connect(mThermal, &ThermalPanel::entityActivated, this, &MainWindow::activate);
    // Finished projections feed the review's checks.
    connect(mThermal->outcome(), &ThermalOutcome::changed, this, [this] {
        const ThermalRun *run = mThermal->outcome()->run();
        if (run && run->result.ok() && !mThermal->outcome()->isStale())
            mReview->setThermal(summarizeThermal(*run));
    });
    connect(mLoadProjection, &LoadProjectionPanel::finished, this, [this](bool ok) {
        if (ok && !mLoadProjection->result().efficiency.empty())
            mReview->setEnergy(summarizeEnergy(mLoadProjection->result()));
    });
    connect(mThermal, &ThermalPanel::statusChanged, mThermalLabel, &QLabel::setText);
    connect(mThermal->runner(), &ThermalRunner::progress, this, [this] {
        mThermalAction->setEnabled(false);
        mThermalCancelAction->setEnabled(true);
    });
    connect(mThermal->runner(), &ThermalRunner::finished, this, [this] {
        mThermalAction->setEnabled(true);
        mThermalCancelAction->setEnabled(false);
    });
    connect(mScene, &QGraphicsScene::selectionChanged, this, [this] {
        const auto selected = mScene->selectedRefs();
        if (selected.size() == 1)
            mTree->select(selected.front().kind, QVariant::fromValue(selected.front().id));
        const auto racks = mScene->selectedRacks();
        if (racks.size() == 1)
            mElevation->setRack(racks.front());
        mLiquid->showRacks(racks);
    });
    connect(mLiquid, &LiquidPanel::racksSelected, this,
        [this](const std::vector<Id> &racks) { mScene->selectRacks(racks); });
    connect(mScene, &FloorPlanScene::entityActivated, this, [this](EntityKind kind, Id id) {
        if (kind != EntityKind::Rack)
            return;
        mElevation->setRack(id);
        mElevationDock->show();
        mElevationDock->raise();
    });
    auto refused = [this](const QString &reason) { statusBar()->showMessage(reason, 8000); };
    connect(mView, &FloorPlanView::editRefused, this, refused);
    connect(mProperties, &PropertyPanel::editRefused, this, refused);
    connect(mElevation, &RackElevationPanel::editRefused, this, refused);
    connect(mLiquid, &LiquidPanel::editRefused, this, refused);
    connect(mDrawBar->fillAction(), &QAction::triggered, this, &MainWindow::fillSelectedRacks);
    // Plan files dropped from a file manager open as if chosen in File > Open. The floor plan takes drops
    // of its own, so it gets the filter too.
    setAcceptDrops(true);
    auto *drop = new PlanDrop(this);
    installEventFilter(drop);
    mView->viewport()->installEventFilter(drop);
    connect(drop, &PlanDrop::planDropped, this, [this](const QString &path) {
        if (maybeSave())
            openPlan(path, false);
    });
    retranslate();
    resize(1440, 900);
    showStartPage();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto make = [this](QStyle::StandardPixmap icon, const QKeySequence &key, auto slot) {
        auto *action = new QAction(style()->standardIcon(icon), QString(), this);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    mNew = make(QStyle::SP_FileIcon, QKeySequence::New, &MainWindow::newPlan);
    mOpen = make(QStyle::SP_DialogOpenButton, QKeySequence::Open, [this] { open(false); });
    mOpenReadOnly = make(QStyle::SP_FileDialogContentsView, QKeySequence(tr("Ctrl+Shift+O")), [this] { open(true); });
    mOpenDemo = make(QStyle::SP_DirHomeIcon, QKeySequence(), &MainWindow::openDemo);
    mOpenGigafactory = make(QStyle::SP_DirHomeIcon, QKeySequence(), &MainWindow::openGigafactory);
    mSave = make(QStyle::SP_DialogSaveButton, QKeySequence::Save, &MainWindow::save);
    mSaveAs = make(QStyle::SP_DialogSaveButton, QKeySequence::SaveAs, &MainWindow::saveAs);
    mImportJson = make(QStyle::SP_ArrowDown, QKeySequence(), &MainWindow::importJson);
    mExportJson = make(QStyle::SP_ArrowUp, QKeySequence(), &MainWindow::exportJson);
    mImportCsv = make(QStyle::SP_FileDialogListView, QKeySequence(), &MainWindow::importCsv);
    mQuit = make(QStyle::SP_DialogCloseButton, QKeySequence::Quit, &QWidget::close);
    mUndoAction = mUndo.createUndoAction(this);
    mUndoAction->setShortcut(QKeySequence::Undo);
    mUndoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    mRedoAction = mUndo.createRedoAction(this);
    mRedoAction->setShortcut(QKeySequence::Redo);
    mRedoAction->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    mSiteAction = make(QStyle::SP_FileDialogInfoView, QKeySequence(tr("Ctrl+I")), &MainWindow::editSite);
    mCatalogueAction = make(QStyle::SP_FileDialogDetailedView, QKeySequence(tr("Ctrl+K")), &MainWindow::showCatalogue);
    mZoomIn = make(QStyle::SP_ArrowUp, QKeySequence::ZoomIn, [this] { mView->zoomBy(1.25); });
    mZoomOut = make(QStyle::SP_ArrowDown, QKeySequence::ZoomOut, [this] { mView->zoomBy(0.8); });
    mFit = make(QStyle::SP_TitleBarMaxButton, QKeySequence(tr("Ctrl+0")), [this] { mView->fitHall(); });
    mHelp = make(QStyle::SP_DialogHelpButton, QKeySequence::HelpContents, &MainWindow::showHelp);
    mAbout = make(QStyle::SP_MessageBoxInformation, QKeySequence(), &MainWindow::about);
    mThermalAction = make(QStyle::SP_MediaPlay, QKeySequence(tr("Ctrl+T")), &MainWindow::runThermal);
    mThermalCancelAction = make(QStyle::SP_MediaStop, QKeySequence(tr("Ctrl+Shift+T")), [this] {
        mThermal->cancelProjection();
    });
    mThermalCancelAction->setEnabled(false);
    mCoolingSweepAction = make(QStyle::SP_BrowserReload, QKeySequence(), [this] { showCoolingSweep(); });
    mLanguageGroup = new QActionGroup(this);
    for (const QString &code : Language::available()) {
        // Each language is named in itself, so it can be found whatever the current language is.
        auto *action = new QAction(code == QLatin1String("de") ? QStringLiteral("Deutsch") : QStringLiteral("English"),
                                   mLanguageGroup);
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == Language::current());
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }
}

void MainWindow::createMenus()
{
    mFileMenu = menuBar()->addMenu(QString());
    mFileMenu->addActions({mNew, mOpen, mOpenReadOnly, mOpenDemo, mOpenGigafactory});
    mRecentMenu = mFileMenu->addMenu(QString());
    connect(mRecentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    mFileMenu->addSeparator();
    mFileMenu->addActions({mSave, mSaveAs});
    mFileMenu->addSeparator();
    mFileMenu->addActions({mImportJson, mExportJson, mImportCsv});
    mFileMenu->addAction(mReview->compareAction());
    mFileMenu->addSeparator();
    mFileMenu->addAction(mQuit);
    mEditMenu = menuBar()->addMenu(QString());
    mEditMenu->addActions({mUndoAction, mRedoAction});
    mEditMenu->addSeparator();
    mEditMenu->addActions({mSiteAction, mCatalogueAction});
    menuBar()->addMenu(mDrawBar->arrangeMenu());
    menuBar()->addMenu(mUnderlayMenu);
    menuBar()->addMenu(mLiquidMenu);
    mViewMenu = menuBar()->addMenu(QString());
    mViewMenu->addActions({mZoomIn, mZoomOut, mFit});
    mCoolantPipesAction = mViewMenu->addAction(QString());
    mCoolantPipesAction->setObjectName(QStringLiteral("showCoolantPipes"));
    mCoolantPipesAction->setCheckable(true);
    connect(mCoolantPipesAction, &QAction::toggled, mScene, &FloorPlanScene::setShowCoolantPipes);
    mViewMenu->addSeparator();
    mLanguageMenu = mViewMenu->addMenu(QString());
    mLanguageMenu->addActions(mLanguageGroup->actions());
    menuBar()->addMenu(mReview->menu());
    mProjectionsMenu = menuBar()->addMenu(QString());
    mProjectionsMenu->addActions({mThermalAction, mThermalCancelAction});
    mProjectionsMenu->addSeparator();
    mProjectionsMenu->addAction(mCoolingSweepAction);
    mHelpMenu = menuBar()->addMenu(QString());
    mHelpMenu->addActions({ mHelp, mAbout });

    mToolBar = addToolBar(QString());
    mToolBar->setObjectName(QStringLiteral("mainToolBar"));
    mToolBar->addActions({mOpen, mSave, mUndoAction, mRedoAction, mSiteAction, mCatalogueAction, mFit});
    // File actions and the drawing tools in one row, the tools' options in the next: every option stays
    // in sight at 1600 pixels, none falls into an overflow menu.
    addToolBar(mDrawBar);
    addToolBarBreak();
    addToolBar(mDrawBar->optionsBar());
}

void MainWindow::createDocks()
{
    // Panels whose content needs more room than a dock may take scroll inside it, so that opening docks
    // never squeezes the others below their minimum or grows the window beyond the screen.
    auto scrollable = [this](QWidget *panel) {
        auto *scroll = new QScrollArea(this);
        scroll->setWidget(panel);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        return scroll;
    };
    auto dock = [this](QWidget *widget, const char *name, Qt::DockWidgetArea area) {
        auto *d = new QDockWidget(this);
        d->setObjectName(QString::fromLatin1(name));
        d->setWidget(widget);
        if (area == Qt::BottomDockWidgetArea)
            d->setMinimumHeight(kMinBottomDockHeight);
        else
            d->setMinimumWidth(kMinSideDockWidth);
        addDockWidget(area, d);
        mViewMenu->addAction(d->toggleViewAction());
        // Shown from the menu or by its shortcut, a dock comes to the front of its tab group.
        connect(d->toggleViewAction(), &QAction::triggered, d, [d](bool on) {
            if (on)
                d->raise();
        });
        return d;
    };
    mViewMenu->addSeparator();
    mTreeDock = dock(mTree, "planDock", Qt::LeftDockWidgetArea);
    mSummaryDock = dock(scrollable(mSummary), "summaryDock", Qt::RightDockWidgetArea);
    mFindingsDock = dock(mFindings, "findingsDock", Qt::RightDockWidgetArea);
    mBudgetDock = dock(scrollable(mBudget), "budgetDock", Qt::RightDockWidgetArea);
    mThermalDock = dock(mThermal, "thermalDock", Qt::RightDockWidgetArea);
    mPropertiesDock = dock(mProperties, "propertiesDock", Qt::LeftDockWidgetArea);
    mElevationDock = dock(scrollable(mElevation), "elevationDock", Qt::RightDockWidgetArea);
    tabifyDockWidget(mFindingsDock, mBudgetDock);
    tabifyDockWidget(mBudgetDock, mElevationDock);
    tabifyDockWidget(mElevationDock, mThermalDock);
    mBudgetDock->raise();
    // The side docks keep the full height; the power chain shares the middle with the floor plan.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    mPowerChainDock = dock(mPowerChain, "powerChainDock", Qt::BottomDockWidgetArea);
    mPowerChainDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    resizeDocks({mPowerChainDock}, {300}, Qt::Vertical);
    // The review checks and the load projection share the bottom with the power chain as tabs: side by
    // side, three bottom docks would not fit beside the floor plan.
    QDockWidget *reviewDock = mReview->dock();
    reviewDock->setMinimumHeight(kMinBottomDockHeight);
    addDockWidget(Qt::BottomDockWidgetArea, reviewDock);
    tabifyDockWidget(mPowerChainDock, reviewDock);
    reviewDock->hide();  // shown by Review > Run checks
    mViewMenu->addAction(reviewDock->toggleViewAction());
    resizeDocks({mTreeDock, mSummaryDock}, {260, 480}, Qt::Horizontal);
    resizeDocks({ mTreeDock, mPropertiesDock }, { 300, 500 }, Qt::Vertical);  // the properties need the room
    // Load projection: hidden until asked for (View menu, Ctrl+Shift+L).
    mLoadProjection = new LoadProjectionPanel(mPlan, this);
    mLoadDock = dock(scrollable(mLoadProjection), "loadProjectionDock", Qt::BottomDockWidgetArea);
    tabifyDockWidget(reviewDock, mLoadDock);
    mLoadDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    mLoadDock->hide();
    // The coolant loops: a tab beside the power chain, hidden until asked for (View menu, Ctrl+Shift+W).
    mLiquid = new LiquidPanel(mPlan, this);
    mLiquid->setEditing(mLiquidMenu);
    mLiquidDock = dock(mLiquid, "liquidDock", Qt::BottomDockWidgetArea);
    tabifyDockWidget(mLoadDock, mLiquidDock);
    mLiquidDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    mLiquidDock->hide();
    // The site: every hall as a tile and a row with its figures, the site's totals; opens a hall on the floor
    // plan (View menu, Ctrl+Shift+H). Shown by itself when a plan with several halls is opened.
    mSiteOverview = new SiteOverview(mPlan, this);
    mSiteDock = dock(mSiteOverview, "siteDock", Qt::BottomDockWidgetArea);
    tabifyDockWidget(mLiquidDock, mSiteDock);
    mSiteDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    mSiteDock->hide();
    connect(mSiteOverview, &SiteOverview::hallActivated, this,
        [this](Id hallId) { activate(EntityKind::Hall, QVariant::fromValue<qlonglong>(hallId)); });
    connect(&mPlan, &Plan::reset, this, [this] {
        mSiteOverview->setCurrentHall(mScene->hall());
        if (mPlan.all<Hall>().size() > 1) {
            mSiteDock->show();
            // After the start page has given back its docks (a later handler of the same reset).
            QTimer::singleShot(0, mSiteDock, [this] { mSiteDock->raise(); });
        }
    });
    mPowerChainDock->raise();
}

void MainWindow::retranslate()
{
    mFileMenu->setTitle(tr("&File"));
    mEditMenu->setTitle(tr("&Edit"));
    mViewMenu->setTitle(tr("&View"));
    mLanguageMenu->setTitle(tr("&Language"));
    mRecentMenu->setTitle(tr("Open &recent"));
    mProjectionsMenu->setTitle(tr("&Projections"));
    mHelpMenu->setTitle(tr("&Help"));
    mUnderlayMenu->retranslate();
    mLiquidMenu->retranslate();
    mToolBar->setWindowTitle(tr("Main toolbar"));
    const struct {
        QAction *action;
        QString text;
        QString tip;
    } texts[] = {
        {mNew, tr("&New plan"), tr("Start an empty plan")},
        {mOpen, tr("&Open..."), tr("Open a plan file")},
        {mOpenReadOnly, tr("Open &read-only..."), tr("Open a plan for review: nothing can be changed or saved over it")},
        {mOpenDemo, tr("Open &demo plan"),
         tr("Open the Munich AI factory demo as an unsaved copy: 10,000 GPUs in one hall")},
        {mOpenGigafactory, tr("Open &gigafactory demo"),
         tr("Open the EU AI gigafactory demo as an unsaved copy: about 100,000 GPUs in ten liquid-cooled halls")},
        {mSave, tr("&Save"), tr("Save the plan")},
        {mSaveAs, tr("Save &as..."), tr("Save the plan under a new name")},
        {mImportJson, tr("&Import JSON..."), tr("Open a plan from its JSON exchange form")},
        {mExportJson, tr("&Export JSON..."), tr("Write the plan in its JSON exchange form")},
        {mImportCsv, tr("Import racks and devices (&CSV)..."),
         tr("Add racks and devices from a spreadsheet saved as CSV, with a preview of every line")},
        {mQuit, tr("&Quit"), tr("Close Rackwerk")},
        {mSiteAction, tr("&Site and assumptions..."), tr("Edit the site, its declared targets and the assumptions")},
        {mCatalogueAction, tr("Device &catalogue..."), tr("Device types: built-in, your own, imported from NetBox")},
        {mZoomIn, tr("Zoom &in"), tr("Zoom in (mouse wheel)")},
        {mZoomOut, tr("Zoom &out"), tr("Zoom out (mouse wheel)")},
        {mFit, tr("&Fit hall"), tr("Show the whole hall")},
        {mHelp, tr("Rackwerk &help"), tr("How to use Rackwerk: the README and the documents it links to")},
        {mAbout, tr("&About Rackwerk"), tr("Version and licences")},
        {mThermalAction, tr("&Thermal projection"), tr("Air temperatures of the hall shown: rack inlets, heat map, cooling failure")},
        {mThermalCancelAction, tr("&Cancel thermal projection"), tr("Stop the running thermal projection")},
        {mCoolingSweepAction, tr("Cooling &failure sweep..."),
         tr("Every hall's transient after each cooling unit and each power node that stops cooling, failed in turn; "
            "the worst failure goes to the findings, the review checks and the report")},
    };
    for (const auto &t : texts) {
        t.action->setText(t.text);
        t.action->setToolTip(t.tip);
        t.action->setStatusTip(t.tip);
    }
    mUndoAction->setText(tr("&Undo"));
    mRedoAction->setText(tr("&Redo"));
    mTreeDock->setWindowTitle(tr("Plan"));
    mSummaryDock->setWindowTitle(tr("Key figures"));
    mFindingsDock->setWindowTitle(tr("Findings"));
    mBudgetDock->setWindowTitle(tr("Budgets and redundancy"));
    mLoadDock->setWindowTitle(tr("Load and energy projection"));
    mPowerChainDock->setWindowTitle(tr("Power chain (one-line diagram)"));
    mLiquidDock->setWindowTitle(tr("Coolant loops (loop diagram)"));
    mSiteDock->setWindowTitle(tr("Site overview"));
    mCoolantPipesAction->setText(tr("Coolant &pipes"));
    mCoolantPipesAction->setToolTip(tr("Draw the CDU loops' supply and return pipes on the floor plan"));
    mPowerChainDock->toggleViewAction()->setStatusTip(tr("Show or hide the power chain as an editable one-line diagram"));
    mThermalDock->setWindowTitle(tr("Thermal projection"));
    mThermalLabel->setText(mThermal->engineLine());
    mPropertiesDock->setWindowTitle(tr("Properties"));
    mElevationDock->setWindowTitle(tr("Rack elevation"));
    mReview->retranslate();
    mEngineLabel->setText(engineText());
    mEngineLabel->setToolTip(tr("Projections run on this engine. Detail: %1")
                                 .arg(QString::fromStdString(engine::probeBackends().reason)));
    setReadOnly(mReadOnly);
    updateTitle();
    mScene->rebuild();
    mView->viewport()->update();
}

QString MainWindow::engineText() const
{
    return Labels::engineStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateTitle()
{
    if (isStartPageShown()) {
        setWindowTitle(QStringLiteral("Rackwerk"));
        setWindowModified(false);
        return;
    }
    const QString name = !mPath.isEmpty() ? QFileInfo(mPath).fileName()
        : mDemoCopy                       ? tr("Demo plan (unsaved copy)")
                                          : tr("Untitled plan");
    setWindowTitle(tr("%1[*] - Rackwerk").arg(name));
    setWindowModified(!mUndo.isClean());
    mSave->setEnabled(!mReadOnly);
}

bool MainWindow::isStartPageShown() const
{
    return mCentral->currentWidget() == mStartPage;
}

void MainWindow::showStartPage()
{
    if (isStartPageShown())
        return;
    mLayoutBeforeStartPage = saveState(kDockLayoutVersion);
    hideDocksForStartPage();
    mStartPage->refresh();
    mCentral->setCurrentWidget(mStartPage);
    updatePlanActions();
    updateTitle();
}

void MainWindow::hideDocksForStartPage()
{
    mDocksBeforeStartPage.clear();
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        if (!dock->isHidden()) {
            mDocksBeforeStartPage << dock;
            dock->hide();
        }
    }
    mDrawBar->hide();
    mDrawBar->optionsBar()->hide();
}

QByteArray MainWindow::dockLayout() const
{
    return isStartPageShown() ? mLayoutBeforeStartPage : saveState(kDockLayoutVersion);
}

bool MainWindow::restoreDockLayout(const QByteArray &layout)
{
    if (layout.isEmpty() || !restoreState(layout, kDockLayoutVersion))
        return false;
    if (isStartPageShown()) {
        // The layout showed its docks: they wait, in their places, for the plan view.
        mLayoutBeforeStartPage = layout;
        hideDocksForStartPage();
    }
    return true;
}

void MainWindow::showPlanView()
{
    if (!isStartPageShown())
        return;
    mCentral->setCurrentWidget(mView);
    for (QDockWidget *dock : std::as_const(mDocksBeforeStartPage))
        dock->show();
    mDocksBeforeStartPage.clear();
    mDrawBar->show();
    mDrawBar->optionsBar()->show();
    updatePlanActions();
    updateTitle();
}

void MainWindow::updatePlanActions()
{
    const bool plan = !isStartPageShown();
    for (QAction *action : {mSaveAs, mExportJson, mSiteAction, mZoomIn, mZoomOut, mFit, mThermalAction})
        action->setEnabled(plan);
    mSave->setEnabled(plan && !mReadOnly);
    mImportCsv->setEnabled(plan && !mReadOnly);
    mProjectionsMenu->setEnabled(plan);
    mReview->menu()->setEnabled(plan);
    mDrawBar->arrangeMenu()->setEnabled(plan);
}

void MainWindow::rememberRecent(const QString &path, bool readOnly)
{
    RecentPlans::remember(path, readOnly);
    mStartPage->refresh();
}

void MainWindow::fillRecentMenu()
{
    mRecentMenu->clear();
    const auto entries = RecentPlans::entries();
    for (const RecentPlans::Entry &entry : entries) {
        const QString name = QFileInfo(entry.path).fileName();
        QAction *action = mRecentMenu->addAction(entry.readOnly ? tr("%1 (read-only)").arg(name) : name);
        action->setStatusTip(QDir::toNativeSeparators(entry.path));
        connect(action, &QAction::triggered, this, [this, entry] {
            if (maybeSave())
                openPlan(entry.path, entry.readOnly);
        });
    }
    if (entries.isEmpty())
        mRecentMenu->addAction(tr("No recent plans"))->setEnabled(false);
}

void MainWindow::setReadOnly(bool readOnly)
{
    mReadOnly = readOnly;
    mModeLabel->setText(readOnly ? tr("Read-only") : QString());
    mModeLabel->setToolTip(readOnly ? tr("Opened for review: edits and saving are disabled") : QString());
    for (QAction *action : {mSave, mImportJson, mUndoAction, mRedoAction})
        action->setEnabled(!readOnly);
    mImportCsv->setEnabled(!readOnly && !isStartPageShown());
    if (isStartPageShown())
        mSave->setEnabled(false);
    mPowerChain->setReadOnly(readOnly);
    mLiquid->setReadOnly(readOnly);
    mView->setEditor(readOnly ? nullptr : &mEditor);
    mProperties->setEditor(readOnly ? nullptr : &mEditor);
    mElevation->setEditor(readOnly ? nullptr : &mEditor);
    mDrawBar->setEditable(!readOnly);
    if (!readOnly) {
        mUndoAction->setEnabled(mUndo.canUndo());
        mRedoAction->setEnabled(mUndo.canRedo());
    }
}

bool MainWindow::maybeSave()
{
    if (mUndo.isClean() || mReadOnly)
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"), tr("Save the changes to this plan first?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    mAutosave->discard();
    WindowSession::save(*this);
    event->accept();
}

bool MainWindow::save()
{
    if (mReadOnly)
        return false;
    return mPath.isEmpty() ? saveAs() : saveTo(mPath);
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save plan"), mPath, tr("Rackwerk plans (*.rackwerk)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".rackwerk")))
        path += QStringLiteral(".rackwerk");
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    const SaveReport report = PlanStore::save(mPlan, path);
    if (!report.ok) {
        QMessageBox::critical(this, tr("Save failed"), report.error);
        return false;
    }
    mPath = path;
    mDemoCopy = false;
    mAutosave->setDocumentPath(path);
    mAutosave->discard();
    mUndo.setClean();
    setReadOnly(false);
    rememberRecent(path, false);
    mReview->setPlanPath(mPath);
    updateTitle();
    statusBar()->showMessage(report.backupPath.isEmpty()
                                 ? tr("Saved %1").arg(QFileInfo(path).fileName())
                                 : tr("Saved %1; the older file was kept as %2")
                                       .arg(QFileInfo(path).fileName(), QFileInfo(report.backupPath).fileName()),
                             5000);
    return true;
}

bool MainWindow::openPlan(const QString &path, bool readOnly)
{
    Plan loaded;
    const LoadReport report = PlanStore::load(path, &loaded);
    if (!report.ok) {
        QMessageBox::critical(this, tr("Cannot open plan"), report.error);
        return false;
    }
    mUndo.clear();
    mPlan.assign(loaded);
    mPath = path;
    mDemoCopy = false;
    mAutosave->setDocumentPath(path);
    setReadOnly(readOnly);
    mReview->setPlanPath(mPath);
    showPlanView();
    rememberRecent(path, readOnly);
    updateTitle();
    if (report.migrated)
        statusBar()->showMessage(tr("Opened a plan of an older format (%1); saving writes the current format and keeps "
                                    "a backup.")
                                     .arg(report.fileSchemaVersion),
                                 8000);
    mView->fitHall();
    return true;
}

void MainWindow::openDemo()
{
    openBuiltIn(QStringLiteral("demo"));
}

void MainWindow::openGigafactory()
{
    openBuiltIn(QStringLiteral("gigafactory"));
}

void MainWindow::openBuiltIn(const QString &name)
{
    if (!maybeSave())
        return;
    Plan demo;
    BuiltInPlans::build(name, demo);
    mUndo.clear();
    mPlan.assign(demo);
    mPath.clear();
    mDemoCopy = true;  // the bundled plan itself is never written: saving asks for a file
    mAutosave->setDocumentPath(QString());
    setReadOnly(false);
    mReview->setPlanPath(mPath);
    showPlanView();
    updateTitle();
    mView->fitHall();
}

void MainWindow::newPlan()
{
    if (!maybeSave())
        return;
    Plan empty;
    NewPlan::fill(empty, tr("New site"), tr("Hall 1"));
    mUndo.clear();
    mPlan.assign(empty);
    mPath.clear();
    mDemoCopy = false;
    mAutosave->setDocumentPath(QString());
    setReadOnly(false);
    mReview->setPlanPath(mPath);
    showPlanView();
    updateTitle();
    mView->fitHall();
}

void MainWindow::open(bool readOnly)
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, readOnly ? tr("Open plan read-only") : tr("Open plan"),
                                                      QString(), tr("Rackwerk plans (*.rackwerk);;All files (*)"));
    if (!path.isEmpty())
        openPlan(path, readOnly);
}

void MainWindow::importJson()
{
    if (!maybeSave())
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import JSON plan"), QString(), tr("JSON plans (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::critical(this, tr("Import failed"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    Plan loaded;
    const JsonImportReport report = PlanJson::fromBytes(file.readAll(), &loaded);
    if (!report.ok) {
        QMessageBox::critical(this, tr("Import failed"), report.error);
        return;
    }
    mUndo.clear();
    mPlan.assign(loaded);
    mPath.clear();
    mDemoCopy = false;
    mAutosave->setDocumentPath(QString());
    setReadOnly(false);
    mReview->setPlanPath(mPath);
    showPlanView();
    updateTitle();
    mView->fitHall();
}

void MainWindow::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import racks and devices"), QString(),
        tr("Spreadsheets saved as CSV (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (QFileInfo(path).size() > CsvImport::kMaxBytes || !file.open(QIODevice::ReadOnly)) {
        QMessageBox::critical(this, tr("Import failed"),
            file.error() != QFile::NoError ? tr("Cannot read %1: %2").arg(path, file.errorString())
                                           : tr("%1 is larger than %2 MiB.").arg(path).arg(CsvImport::kMaxBytes >> 20));
        return;
    }
    const CsvImportFile sheet = CsvImport::parse(file.read(CsvImport::kMaxBytes + 1));
    const CsvImportPreview preview = CsvImportEdits::preview(mPlan, sheet);
    CsvImportDialog dialog(preview, QFileInfo(path).fileName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const EditResult result = CsvImportEdits::apply(mEditor, sheet);
    if (!result.ok)
        QMessageBox::critical(this, tr("Import failed"), result.error);
}

void MainWindow::exportJson()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export JSON plan"), QString(), tr("JSON plans (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(PlanJson::toBytes(mPlan)) < 0)
        QMessageBox::critical(this, tr("Export failed"), tr("Cannot write %1: %2").arg(path, file.errorString()));
}

void MainWindow::editSite()
{
    SiteDialog dialog(mPlan.site(), mReadOnly, this);
    dialog.showWeather(SiteWeatherCodec::describe(mPlan), SiteWeatherCodec::storedIn(mPlan) != nullptr);
    if (dialog.exec() != QDialog::Accepted || mReadOnly)
        return;
    if (dialog.site() != mPlan.site()) {
        const EditResult result = mEditor.setSite(dialog.site());
        if (!result.ok)
            QMessageBox::warning(this, tr("Site not changed"), result.error);
    }
    EditResult weather = EditResult::done();
    if (dialog.weatherChoice() == SiteDialog::WeatherChoice::File)
        weather = WeatherEdits::useWeatherFile(mEditor, dialog.weatherFile(), dialog.weatherFileName());
    else if (dialog.weatherChoice() == SiteDialog::WeatherChoice::TypicalMunich)
        weather = WeatherEdits::useTypicalMunichYear(mEditor);
    if (!weather.ok)
        QMessageBox::warning(this, tr("Weather not changed"), weather.error);
}

void MainWindow::showCatalogue()
{
    CatalogueDialog dialog(mEditor, mReadOnly, this);
    dialog.exec();
}

void MainWindow::setLanguage(const QString &code)
{
    Language::apply(code);
    QSettings().setValue(QStringLiteral("language"), code);
    for (QAction *action : mLanguageGroup->actions())
        action->setChecked(action->data().toString() == code);
    retranslate();  // also when no translator changed (English to English) the locale may have
}

void MainWindow::fillSelectedRacks()
{
    const std::vector<Id> racks = mScene->selectedRacks();
    if (mReadOnly)
        return;
    if (racks.empty()) {
        statusBar()->showMessage(tr("Select the racks to fill on the floor plan first."), 6000);
        return;
    }
    FillDialog dialog(mPlan, int(racks.size()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const EditResult result = DeviceEdits::fill(mEditor, racks, dialog.typeKey(), dialog.countPerRack());
    if (!result.ok)
        QMessageBox::warning(this, tr("Racks not filled"), result.error);
}

void MainWindow::activate(EntityKind kind, const QVariant &key)
{
    const Id id = key.toLongLong();
    // What the finding is about, on the floor plan of its hall.
    auto showOnFloorPlan = [this](Id hallId, const std::vector<PlanItemRef> &refs) {
        if (hallId != kNoId && hallId != mScene->hall() && mPlan.find<Hall>(hallId)) {
            mScene->setHall(hallId);
            mSiteOverview->setCurrentHall(hallId);
            mPowerChain->followHall(hallId);
        }
        std::vector<PlanItemRef> shown;
        QRectF area;
        for (const PlanItemRef &ref : refs) {
            if (QGraphicsItem *item = mScene->itemFor(ref)) {
                shown.push_back(ref);
                area |= item->sceneBoundingRect();
            }
        }
        mScene->selectRefs(shown);
        if (!area.isNull()) {
            mView->centerOn(area.center());
            mView->ensureVisible(area, 20, 20);
        }
    };
    switch (kind) {
    case EntityKind::Rack:
        if (const Rack *rack = mPlan.find<Rack>(id))
            showOnFloorPlan(rack->hallId, { { kind, id } });
        break;
    case EntityKind::Device:
        if (const MountedDevice *device = mPlan.find<MountedDevice>(id)) {
            if (const Rack *rack = mPlan.find<Rack>(device->rackId))
                showOnFloorPlan(rack->hallId, { { EntityKind::Rack, rack->id } });
        }
        break;
    case EntityKind::Row: {
        const Row *row = mPlan.find<Row>(id);
        if (!row)
            break;
        std::vector<PlanItemRef> racks;
        for (const auto &[rackId, rack] : mPlan.all<Rack>()) {
            if (rack.rowId == id)
                racks.push_back({ EntityKind::Rack, rackId });
        }
        showOnFloorPlan(row->hallId, racks);
        break;
    }
    case EntityKind::CoolingUnit:
        if (const CoolingUnit *unit = mPlan.find<CoolingUnit>(id))
            showOnFloorPlan(unit->hallId, { { kind, id } });
        break;
    case EntityKind::LoopRack:  // a rack's attachment to a coolant loop: its rack (the property panel shows it)
        if (const LoopRack *attachment = mPlan.find<LoopRack>(id)) {
            if (const Rack *rack = mPlan.find<Rack>(attachment->rackId))
                showOnFloorPlan(rack->hallId, { { EntityKind::Rack, rack->id } });
        }
        break;
    case EntityKind::Obstacle:
        if (const Obstacle *obstacle = mPlan.find<Obstacle>(id))
            showOnFloorPlan(obstacle->hallId, { { kind, id } });
        break;
    case EntityKind::Label:
        if (const Label *label = mPlan.find<Label>(id))
            showOnFloorPlan(label->hallId, { { kind, id } });
        break;
    case EntityKind::PowerNode:
    case EntityKind::PowerLink: {
        // Power nodes live in the one-line diagram (the floor plan then shows what the node feeds).
        std::vector<Id> nodes;
        if (kind == EntityKind::PowerNode && mPlan.find<PowerNode>(id))
            nodes.push_back(id);
        if (const PowerLink *link = kind == EntityKind::PowerLink ? mPlan.find<PowerLink>(id) : nullptr)
            nodes = { link->fromId, link->toId };
        if (nodes.empty())
            break;
        mPowerChainDock->show();
        mPowerChainDock->raise();
        mPowerChain->showNodes(nodes);
        break;
    }
    case EntityKind::Hall:
        if (mPlan.find<Hall>(id)) {
            if (id != mScene->hall())
                mScene->setHall(id);
            mSiteOverview->setCurrentHall(id);
            mPowerChain->followHall(id);
            mScene->clearSelection();  // the property panel then edits the hall
            mView->fitHall();
        }
        break;
    default:
        break;  // the site, catalogue entries and scenarios have no place on a drawing: see openEntity()
    }
}

void MainWindow::openEntity(EntityKind kind, const QVariant &key)
{
    if (kind == EntityKind::Site) {
        editSite();
    } else if (kind == EntityKind::Scenario || kind == EntityKind::Phase) {
        mLoadDock->show();
        mLoadDock->raise();
    } else if (kind == EntityKind::DeviceType) {
        showCatalogue();
    } else if (kind == EntityKind::PowerNode) {
        activate(kind, key);
        mPowerChain->editNode(key.toLongLong());
    } else {
        activate(kind, key);
    }
}

void MainWindow::highlightOnFloorPlan(const QList<Id> &rackIds, const QList<Id> &coolingUnitIds,
                                      const QList<int> &rackCounts)
{
    std::vector<PlanItemRef> outlined;
    for (Id id : rackIds)
        outlined.push_back({EntityKind::Rack, id});
    for (Id id : coolingUnitIds)
        outlined.push_back({EntityKind::CoolingUnit, id});
    mScene->setHighlighted(outlined);
    std::map<Id, QString> badges;
    for (qsizetype i = 0; i < rackIds.size() && i < rackCounts.size(); ++i)
        badges[rackIds[i]] = tr("+%1").arg(locale().toString(rackCounts[i]));
    mScene->setRackBadges(badges);
    {
        // Selected as well as outlined, so that the usual selection tools (elevation, properties) apply.
        const QSignalBlocker quiet(mScene);
        std::vector<PlanItemRef> shownHere;
        for (const PlanItemRef &ref : outlined) {
            if (mScene->itemFor(ref))
                shownHere.push_back(ref);
        }
        mScene->selectRefs(shownHere);
    }
    QRectF shown;
    for (QGraphicsItem *item : mScene->selectedItems())
        shown |= item->sceneBoundingRect();
    if (!shown.isEmpty())
        mView->ensureVisible(shown, 20, 20);
    mView->viewport()->update();
}

void MainWindow::offerRecovery()
{
    const QList<RecoveryCandidate> orphans = Autosave::findOrphans();
    if (orphans.isEmpty())
        return;
    const RecoveryCandidate &latest = orphans.first();
    const QString name = latest.originalPath.isEmpty() ? tr("an unsaved plan") : QFileInfo(latest.originalPath).fileName();
    const auto answer = QMessageBox::question(
        this, tr("Recover plan"),
        tr("Rackwerk did not stop cleanly. Changes to %1 were autosaved at %2. Recover them?")
            .arg(name, DateText::of(latest.savedAt)),
        QMessageBox::Yes | QMessageBox::No);
    if (answer == QMessageBox::Yes) {
        Plan recovered;
        const LoadReport report = PlanStore::load(latest.autosavePath, &recovered);
        if (!report.ok) {
            QMessageBox::critical(this, tr("Recovery failed"), report.error);
            return;
        }
        mUndo.clear();
        mPlan.assign(recovered);
        mPath = latest.originalPath;
        mAutosave->setDocumentPath(mPath);
        mUndo.resetClean();  // recovered changes are unsaved
        mDemoCopy = false;
        setReadOnly(false);
        mReview->setPlanPath(mPath);
        showPlanView();
        updateTitle();
        mView->fitHall();
    }
    for (const RecoveryCandidate &candidate : orphans)
        Autosave::remove(candidate);
}

void MainWindow::about()
{
    AboutDialog dialog(engineText(), this);
    dialog.exec();
}

void MainWindow::showHelp()
{
    if (!mHelpDialog)
        mHelpDialog = new HelpDialog(this);
    mHelpDialog->show();
    mHelpDialog->raise();
    mHelpDialog->activateWindow();
}

CoolingSweepDialog *MainWindow::showCoolingSweep()
{
    if (!mCoolingSweepDialog) {
        mCoolingSweepDialog = new CoolingSweepDialog(mPlan, mPath, this);
        connect(mCoolingSweepDialog, &CoolingSweepDialog::merged, this, [this] {
            const SweepSummary &summary = mCoolingSweepDialog->summary();
            if (!summary.ok())
                return;
            // One merge (CoolingSweep::merge, as `sweep --merge` prints it) feeds the findings, the checks and
            // the report.
            mFindings->setAnalysisFindings(CoolingSweep::findings(summary));
            mReview->setCoolingSweep(summarizeCoolingSweep(summary));
            const QStringList lines = summary.lines();
            if (!lines.isEmpty())
                statusBar()->showMessage(lines.first(), 8000);
        });
    }
    mCoolingSweepDialog->show();
    mCoolingSweepDialog->raise();
    return mCoolingSweepDialog;
}

void MainWindow::runThermal()
{
    mThermalDock->show();
    mThermalDock->raise();
    // The settings come first (cell size, cells, memory, time); nothing runs before the user's OK.
    if (!mThermal->runWithSettings() && !mThermal->errorText().isEmpty())
        statusBar()->showMessage(mThermal->errorText(), 8000);
}

}  // namespace rw
