// SPDX-License-Identifier: GPL-3.0-or-later
#include "thermalpanel.h"

#include "analysis/thermalcasebuilder.h"
#include "analysis/thermalestimate.h"
#include "analysis/thermalprojection.h"
#include "floorplan/floorplanscene.h"
#include "formatting.h"
#include "heatmapoverlay.h"
#include "linechart.h"
#include "thermalsettingsdialog.h"
#include "verticalsliceview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <map>

namespace rw {
namespace {

/// A table cell that shows a formatted number and sorts by its value.
class NumberItem : public QTableWidgetItem {
public:
    NumberItem(const QString &text, double value) : QTableWidgetItem(text)
    {
        setData(Qt::UserRole, value);
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble();
    }
};

QString temperature(float c)
{
    return std::isfinite(c) ? QLocale().toString(c, 'f', 1) : QStringLiteral("-");
}

constexpr int kRackIdRole = Qt::UserRole + 1;
const QColor kAllowableColour(215, 48, 39);
const QColor kRecommendedColour(230, 140, 20);
constexpr int kTransientRacksShown = 8;

}  // namespace

ThermalPanel::ThermalPanel(const Plan &plan, FloorPlanScene *scene, QWidget *parent)
    : QWidget(parent), mPlan(plan), mScene(scene), mOutcome(new ThermalOutcome(this)),
      mRunner(new ThermalRunner(plan, mOutcome, this)), mHeatMap(new HeatMapOverlay(scene, this)),
      mCellLabel(new QLabel(this)), mEngineLabel(new QLabel(this)), mTurbulenceLabel(new QLabel(this)),
      mFailLabel(new QLabel(this)), mDurationLabel(new QLabel(this)), mCell(new QDoubleSpinBox(this)),
      mEngine(new QComboBox(this)), mTurbulence(new QComboBox(this)), mFail(new QComboBox(this)),
      mDuration(new QDoubleSpinBox(this)), mGridInfo(new QLabel(this)), mUseCoarserCell(new QPushButton(this)),
      mRun(new QPushButton(this)), mCancel(new QPushButton(this)), mProgress(new QProgressBar(this)),
      mStatus(new QLabel(this)), mEngineInfo(new QLabel(this)), mSummary(new QLabel(this)),
      mShowFindings(new QPushButton(this)), mTabs(new QTabWidget(this)), mRacks(new QTableWidget(this)),
      mCoolers(new QTableWidget(this)), mBalance(new QLabel(this)), mConvergenceChart(new LineChart(this)),
      mTransientChart(new LineChart(this)), mTransientInfo(new QLabel(this)), mShowHeatMap(new QCheckBox(this)),
      mHeightLabel(new QLabel(this)), mHeight(new QDoubleSpinBox(this)), mSlice(new VerticalSliceView(this))
{
    mCell->setRange(0.0, ThermalProjection::kMaxCellM);
    mCell->setDecimals(2);
    mCell->setSingleStep(0.05);
    mCell->setValue(0.0);
    mEngine->addItems({ QString(), QString(), QString() });
    mTurbulence->addItems({ QString(), QString() });
    mDuration->setRange(10, 3600);
    mDuration->setDecimals(0);
    mDuration->setSingleStep(30);
    mDuration->setValue(ThermalProjection::kDefaultTransientSeconds);
    mDuration->setEnabled(false);
    mGridInfo->setWordWrap(true);
    mUseCoarserCell->setVisible(false);
    mStatus->setWordWrap(true);
    mEngineInfo->setWordWrap(true);
    mSummary->setWordWrap(true);
    mBalance->setWordWrap(true);
    mTransientInfo->setWordWrap(true);
    mBalance->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    mProgress->setRange(0, 1000);
    mProgress->setValue(0);
    mCancel->setEnabled(false);
    mShowFindings->setEnabled(false);
    mShowHeatMap->setChecked(true);
    mHeight->setRange(0.1, 10.0);
    mHeight->setDecimals(1);
    mHeight->setSingleStep(0.1);
    mHeight->setValue(1.0);
    mHeatMap->setHeightM(1.0f);

    auto *form = new QFormLayout;
    form->addRow(mCellLabel, mCell);
    form->addRow(mEngineLabel, mEngine);
    form->addRow(mTurbulenceLabel, mTurbulence);
    form->addRow(mFailLabel, mFail);
    form->addRow(mDurationLabel, mDuration);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mRun);
    buttons->addWidget(mCancel);
    buttons->addWidget(mProgress, 1);

    for (QTableWidget *table : { mRacks, mCoolers }) {
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->verticalHeader()->setVisible(false);
        table->horizontalHeader()->setStretchLastSection(true);
        table->setSortingEnabled(true);
        table->setWordWrap(false);
    }
    mRacks->setColumnCount(7);
    mRacks->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mCoolers->setColumnCount(6);
    mCoolers->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *balancePage = new QWidget(this);
    auto *balanceLayout = new QVBoxLayout(balancePage);
    balanceLayout->addWidget(mBalance);
    balanceLayout->addWidget(mConvergenceChart, 1);
    auto *transientPage = new QWidget(this);
    auto *transientLayout = new QVBoxLayout(transientPage);
    transientLayout->addWidget(mTransientInfo);
    transientLayout->addWidget(mTransientChart, 1);
    auto *slicePage = new QWidget(this);
    auto *sliceLayout = new QVBoxLayout(slicePage);
    auto *heightRow = new QHBoxLayout;
    heightRow->addWidget(mShowHeatMap);
    heightRow->addStretch();
    heightRow->addWidget(mHeightLabel);
    heightRow->addWidget(mHeight);
    sliceLayout->addLayout(heightRow);
    sliceLayout->addWidget(mSlice, 1);
    mTabs->addTab(mRacks, QString());
    mTabs->addTab(mCoolers, QString());
    mTabs->addTab(balancePage, QString());
    mTabs->addTab(transientPage, QString());
    mTabs->addTab(slicePage, QString());

    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(mSummary, 1);
    summaryRow->addWidget(mShowFindings);
    // In a scroll area, so that the dock does not force the main window taller than the screen.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    layout->addLayout(form);
    layout->addWidget(mGridInfo);
    layout->addWidget(mUseCoarserCell, 0, Qt::AlignLeft);
    layout->addLayout(buttons);
    layout->addWidget(mStatus);
    layout->addWidget(mEngineInfo);
    layout->addLayout(summaryRow);
    layout->addWidget(mTabs, 1);

    connect(mRun, &QPushButton::clicked, this, &ThermalPanel::runWithSettings);
    connect(mCancel, &QPushButton::clicked, this, &ThermalPanel::cancelProjection);
    connect(mCell, &QDoubleSpinBox::valueChanged, this, [this] { updateGridInfo(); });
    connect(mUseCoarserCell, &QPushButton::clicked, this, [this] {
        if (mCoarserCellM > 0)
            mCell->setValue(mCoarserCellM);
    });
    connect(mEngine, &QComboBox::currentIndexChanged, this, [this] { updateGridInfo(); });
    connect(mTurbulence, &QComboBox::currentIndexChanged, this, [this] { updateGridInfo(); });
    connect(mFail, &QComboBox::currentIndexChanged, this,
        [this] { mDuration->setEnabled(mFail->currentData().toLongLong() != kNoId); });
    connect(mRunner, &ThermalRunner::progress, this, [this](double fraction, const QString &text) {
        mProgress->setValue(int(std::lround(fraction * 1000)));
        setStatus(text);
    });
    connect(mRunner, &ThermalRunner::finished, this, [this](bool ok, const QString &error) {
        updateRunState();
        updateGridInfo();  // the time estimate now uses this run's speed
        if (ok) {
            setStatus(QT_TR_NOOP("Finished."));
            mProgress->setValue(mProgress->maximum());
        } else {
            showError(error);
            mProgress->setValue(0);
        }
        emit statusChanged(engineLine());
    });
    connect(mOutcome, &ThermalOutcome::changed, this, &ThermalPanel::showOutcome);
    connect(mOutcome, &ThermalOutcome::staleChanged, this, [this] { showOutcome(); });
    connect(mShowFindings, &QPushButton::clicked, this, &ThermalPanel::highlightOutOfRange);
    connect(mShowHeatMap, &QCheckBox::toggled, mHeatMap, &HeatMapOverlay::setVisible);
    connect(mHeight, &QDoubleSpinBox::valueChanged, this, [this](double m) { mHeatMap->setHeightM(float(m)); });
    connect(mRacks, &QTableWidget::itemSelectionChanged, this, [this] {
        std::vector<Id> ids;
        for (const QModelIndex &index : mRacks->selectionModel()->selectedRows())
            ids.push_back(mRacks->item(index.row(), 0)->data(kRackIdRole).toLongLong());
        if (ids.empty())
            return;
        mScene->selectRacks(ids);
        if (ids.size() == 1)
            emit entityActivated(EntityKind::Rack, QVariant::fromValue(ids.front()));
    });
    connect(mCoolers, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = mCoolers->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            emit entityActivated(EntityKind::CoolingUnit, mCoolers->item(rows.front().row(), 0)->data(kRackIdRole));
    });

    mRefreshTimer.setSingleShot(true);
    mRefreshTimer.setInterval(300);  // mapping the hall is cheap but not free: wait for a burst of edits
    connect(&mRefreshTimer, &QTimer::timeout, this, &ThermalPanel::refreshHall);
    auto planChanged = [this] {
        mRefreshTimer.start();
        if (mOutcome->run())
            mOutcome->setStale(true);
    };
    connect(&plan, &Plan::entityChanged, this, planChanged);
    connect(&plan, &Plan::siteChanged, this, planChanged);
    connect(&plan, &Plan::reset, this, [this] {
        mOutcome->clear();
        mRefreshTimer.start();
    });
    connect(mScene, &QGraphicsScene::sceneRectChanged, this, [this] {
        if (mCase.racks.empty() || mScene->hall() != (mOutcome->run() ? mOutcome->run()->hallId : kNoId))
            mRefreshTimer.start();
    });
    retranslate();
    refreshHall();
}

void ThermalPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ThermalPanel::retranslate()
{
    mCellLabel->setText(tr("&Cell size:"));
    mCellLabel->setBuddy(mCell);
    mCell->setSuffix(tr(" m"));
    mCell->setToolTip(tr("Edge of the cubic grid cells; smaller cells are more accurate and take longer"));
    mEngineLabel->setText(tr("&Engine:"));
    mEngineLabel->setBuddy(mEngine);
    mEngine->setItemText(0, tr("Automatic"));
    mEngine->setItemText(1, tr("CPU"));
    mEngine->setItemText(2, tr("CUDA (GPU)"));
    mEngine->setToolTip(tr("Automatic uses the GPU when one is usable, else the CPU"));
    mTurbulenceLabel->setText(tr("T&urbulence:"));
    mTurbulenceLabel->setBuddy(mTurbulence);
    mTurbulence->setItemText(0, tr("k-epsilon"));
    mTurbulence->setItemText(1, tr("Zero-equation (Chen-Xu)"));
    mTurbulence->setToolTip(tr("k-epsilon: the model of established CFD tools; where the flow keeps swinging the "
                               "results are means over the last steps. Zero-equation: faster and steadier, but "
                               "several kelvin off where racks breathe recirculated air"));
    mFailLabel->setText(tr("&Fail cooling unit:"));
    mFailLabel->setBuddy(mFail);
    mFail->setToolTip(tr("A cooling unit that stops after the steady state, to follow how fast the inlets warm up"));
    mDurationLabel->setText(tr("&Follow for:"));
    mDurationLabel->setBuddy(mDuration);
    mDuration->setSuffix(tr(" s"));
    mDuration->setToolTip(tr("How long after the failure the transient is followed"));
    mRun->setText(tr("&Run..."));
    mRun->setToolTip(tr("Run the thermal projection of the hall shown (Ctrl+T)"));
    mCancel->setText(tr("Cancel"));
    mCancel->setToolTip(tr("Stop the running projection"));
    mShowFindings->setText(tr("Show on plan"));
    mShowFindings->setToolTip(tr("Select and outline the racks outside the recommended range on the floor plan"));
    mTabs->setTabText(0, tr("Hottest racks"));
    mTabs->setTabText(1, tr("Cooling units"));
    mTabs->setTabText(2, tr("Balance"));
    mTabs->setTabText(3, tr("After failure"));
    mTabs->setTabText(4, tr("Slices"));
    mShowHeatMap->setText(tr("Heat map on plan"));
    mShowHeatMap->setToolTip(tr("Draw the air temperature at the chosen height under the racks"));
    mHeightLabel->setText(tr("Height:"));
    mHeight->setSuffix(tr(" m"));
    mHeight->setToolTip(tr("Height above the floor of the heat map"));
    if (mStatusSource)
        mStatus->setText(tr(mStatusSource));
    mRacks->setHorizontalHeaderLabels(
        { tr("Rack"), tr("Inlet °C"), tr("Max inlet °C"), tr("Exhaust °C"), tr("Heat kW"), tr("ASHRAE"), tr("Why") });
    mCoolers->setHorizontalHeaderLabels(
        { tr("Cooling unit"), tr("Return °C"), tr("Supply °C"), tr("Load kW"), tr("Rating kW"), tr("State") });
    refreshHall();
    showOutcome();
}

void ThermalPanel::setCellM(double cellM)
{
    mCell->setValue(cellM);
}

void ThermalPanel::setEngine(engine::BackendRequest request)
{
    mEngine->setCurrentIndex(int(request));
}

void ThermalPanel::setFailedCooler(Id coolerId, double transientSeconds)
{
    const int index = mFail->findData(QVariant::fromValue(coolerId));
    mFail->setCurrentIndex(std::max(0, index));
    mDuration->setValue(transientSeconds);
}

void ThermalPanel::refreshHall()
{
    const ThermalCaseBuild build = ThermalCaseBuilder::build(mPlan, mScene->hall());
    mCase = build.ok() ? build.thermalCase : engine::ThermalCase {};
    mDefaultCellM = build.ok() ? engine::defaultCellSizeM(mCase) : 0.0f;
    mCell->setSpecialValueText(
        mDefaultCellM > 0 ? tr("Default (%1 m)").arg(QLocale().toString(mDefaultCellM, 'f', 2)) : tr("Default"));
    const QVariant failed = mFail->currentData();
    {
        const QSignalBlocker blocker(mFail);
        mFail->clear();
        mFail->addItem(tr("None (steady state only)"), QVariant::fromValue(kNoId));
        for (const engine::ThermalCooler &cooler : mCase.coolers)
            mFail->addItem(QString::fromStdString(cooler.name), QVariant::fromValue(Id(cooler.id)));
        mFail->setCurrentIndex(std::max(0, mFail->findData(failed)));
    }
    mDuration->setEnabled(mFail->currentData().toLongLong() != kNoId);
    const engine::BackendInfo &info = engine::probeBackends();
    if (auto *model = qobject_cast<QStandardItemModel *>(mEngine->model()); model && model->item(2)) {
        model->item(2)->setEnabled(info.cudaUsable);
        model->item(2)->setToolTip(ThermalProjection::cudaUnavailableText(info));
    }
    mHeight->setMaximum(std::max(0.2, double(mCase.sizeM[2]) - 0.1));
    updateGridInfo();
    updateRunState();
    if (!build.ok() && !mRunner->isRunning()) {
        mCaseProblem = build.error;
        setStatus(build.error);
    } else if (build.ok() && !mCaseProblem.isEmpty()) {
        // The hall can be projected now (a new plan's hall arrived): its old problem no longer holds.
        if (mStatus->text() == mCaseProblem)
            setStatus(QString());
        mCaseProblem.clear();
    }
}

void ThermalPanel::updateGridInfo()
{
    mCoarserCellM = 0.0f;
    mUseCoarserCell->setVisible(false);
    if (mCase.racks.empty() && mCase.coolers.empty()) {
        mGridInfo->clear();
        return;
    }
    const float cellM = mCell->value() > 0 ? float(mCell->value()) : mDefaultCellM;
    if (!(cellM >= ThermalProjection::kMinCellM)) {
        mGridInfo->setText(
            tr("Cells must be at least %1 m.").arg(QLocale().toString(ThermalProjection::kMinCellM, 'f', 2)));
        return;
    }
    const engine::ThermalGrid grid = engine::thermalGridFor(mCase, cellM);
    const std::size_t bytes = engine::predictThermalMemoryBytes(mCase, cellM);
    const std::size_t limit = mRunner->memoryLimitBytes();
    const QLocale locale;
    const bool tooLarge = bytes > limit;
    // Offer the finest cell that fits instead of a grid that cannot run here.
    mCoarserCellM = tooLarge ? engine::finestCellFitting(mCase, limit) : 0.0f;
    if (tooLarge) {
        mGridInfo->setText(ThermalProjection::memoryText(grid, { bytes, limit, false }, mCoarserCellM));
    } else {
        engine::Backend backend = engine::Backend::Cpu;
        std::string why;
        if (!engine::resolveBackend(engine::BackendRequest(mEngine->currentIndex()), &backend, &why))
            backend = engine::Backend::Cpu;
        const ThermalRunEstimate estimate = ThermalEstimator::estimate(
            mCase, cellM, backend, engine::TurbulenceModel(mTurbulence->currentIndex()), limit);
        mGridInfo->setText(
            tr("Grid %1 × %2 × %3 = %4 cells, about %5 of memory")
                .arg(grid.nx)
                .arg(grid.ny)
                .arg(grid.nz)
                .arg(locale.toString(qulonglong(grid.cellCount())), locale.formattedDataSize(qint64(bytes)))
            + QLatin1Char('\n') + tr("Time: %1").arg(ThermalEstimator::timeText(estimate)));
    }
    mGridInfo->setStyleSheet(tooLarge ? QStringLiteral("color: #c0392b") : QString());
    mUseCoarserCell->setText(tr("Use %1 m cells").arg(locale.toString(mCoarserCellM, 'f', 2)));
    mUseCoarserCell->setVisible(mCoarserCellM > 0 && mCoarserCellM <= ThermalProjection::kMaxCellM);
}

void ThermalPanel::updateRunState()
{
    const bool running = mRunner->isRunning();
    mRun->setEnabled(!running && !(mCase.racks.empty() && mCase.coolers.empty()));
    mCancel->setEnabled(running);
    for (QWidget *w : std::initializer_list<QWidget *> { mCell, mEngine, mTurbulence, mFail })
        w->setEnabled(!running);
    mDuration->setEnabled(!running && mFail->currentData().toLongLong() != kNoId);
}

ThermalRunRequest ThermalPanel::request() const
{
    ThermalRunRequest request;
    request.hallId = mScene->hall();
    request.cellM = float(mCell->value());
    request.backend = engine::BackendRequest(mEngine->currentIndex());
    request.turbulence = engine::TurbulenceModel(mTurbulence->currentIndex());
    const Id failed = mFail->currentData().toLongLong();
    if (failed != kNoId) {
        request.failedCoolers.push_back(failed);
        request.transientSeconds = float(mDuration->value());
    }
    return request;
}

void ThermalPanel::setRequest(const ThermalRunRequest &request)
{
    mCell->setValue(request.cellM);
    mEngine->setCurrentIndex(int(request.backend));
    mTurbulence->setCurrentIndex(int(request.turbulence));
    setFailedCooler(request.failedCoolers.empty() ? kNoId : Id(request.failedCoolers.front()),
        request.transientSeconds > 0 ? request.transientSeconds : ThermalProjection::kDefaultTransientSeconds);
}

bool ThermalPanel::runWithSettings()
{
    if (mRunner->isRunning() || mSettingsDialog)
        return false;
    mRefreshTimer.stop();
    refreshHall();  // the plan may have changed a moment ago
    if (mCase.racks.empty() && mCase.coolers.empty()) {
        showError(mStatus->text().isEmpty() ? tr("This hall has nothing to project.") : mStatus->text());
        return false;
    }
    std::vector<std::pair<QString, Id>> coolers;
    for (const engine::ThermalCooler &cooler : mCase.coolers)
        coolers.emplace_back(QString::fromStdString(cooler.name), Id(cooler.id));
    ThermalSettingsDialog dialog(mCase, request(), coolers, mRunner->memoryLimitBytes(), window());
    mSettingsDialog = &dialog;
    const bool accepted = dialog.exec() == QDialog::Accepted;
    mSettingsDialog = nullptr;
    if (!accepted)
        return false;
    setRequest(dialog.request());
    return runProjection();
}

bool ThermalPanel::runProjection()
{
    const ThermalRunRequest request = this->request();
    QString error;
    mError.clear();
    if (!mRunner->start(request, &error)) {
        showError(error);
        return false;
    }
    mStatus->setStyleSheet(QString());
    updateRunState();
    emit statusChanged(tr("Thermal projection running..."));
    return true;
}

void ThermalPanel::cancelProjection()
{
    if (!mRunner->isRunning())
        return;
    mRunner->cancel();
    setStatus(QT_TR_NOOP("Cancelling..."));
}

void ThermalPanel::setStatus(const QString &text)
{
    mStatusSource = nullptr;
    mStatus->setText(text);
}

void ThermalPanel::setStatus(const char *source)
{
    mStatusSource = source;
    mStatus->setText(tr(source));
}

void ThermalPanel::showError(const QString &text)
{
    mError = text;
    setStatus(text);
    mStatus->setStyleSheet(QStringLiteral("color: #c0392b"));
}

QString ThermalPanel::engineLine() const
{
    const ThermalRun *run = mOutcome->run();
    if (!run)
        return {};
    const QString engineName = run->result.backend == engine::Backend::Cuda ? tr("CUDA") : tr("CPU");
    return run->engineReason().isEmpty()
        ? tr("Thermal: %1 engine, %2 s").arg(engineName, QLocale().toString(run->result.wallSeconds, 'f', 1))
        : tr("Thermal: %1 engine (%2), %3 s")
              .arg(engineName, run->engineReason(), QLocale().toString(run->result.wallSeconds, 'f', 1));
}

void ThermalPanel::showOutcome()
{
    const ThermalRun *run = mOutcome->run();
    mHeatMap->setRun(mOutcome->shared());
    if (!run) {
        mEngineInfo->clear();
        mSummary->clear();
        mShowFindings->setEnabled(false);
        mRacks->setRowCount(0);
        mCoolers->setRowCount(0);
        mBalance->clear();
        mConvergenceChart->clear();
        mTransientChart->clear();
        mTransientInfo->setText(tr("Choose a cooling unit to fail and run again to follow the transient."));
        mSlice->setFields({}, {});
        return;
    }
    const engine::ThermalResult &r = run->result;
    const QLocale locale;
    mEngineInfo->setText(
        tr("%1 cells of %2 m on the %3 engine%4, %8: %5 steps, %6, %7 s.")
            .arg(locale.toString(qulonglong(r.grid.cellCount())), locale.toString(r.grid.cellM, 'f', 2),
                r.backend == engine::Backend::Cuda ? tr("CUDA") : tr("CPU"),
                run->engineReason().isEmpty() ? QString() : tr(" (%1)").arg(run->engineReason()),
                locale.toString(r.iterations), convergenceText(r),
                locale.toString(r.wallSeconds + r.transientWallSeconds, 'f', 1),
                mTurbulence->itemText(int(r.turbulence))));  // the box lists the models in enum order
    int outsideRecommended = 0, outsideAllowable = 0;
    for (const engine::RackThermalResult &rack : r.racks) {
        outsideRecommended += rack.withinRecommended ? 0 : 1;
        outsideAllowable += rack.withinAllowable ? 0 : 1;
    }
    QString summary
        = tr("ASHRAE %1: %2 of %3 racks outside the recommended range, %4 outside the allowable range.")
              .arg(QString::fromStdString(run->thermalCase.limits.ashraeClass), locale.toString(outsideRecommended),
                  locale.toString(qsizetype(r.racks.size())), locale.toString(outsideAllowable));
    if (mOutcome->isStale())
        summary += QLatin1Char(' ') + tr("The plan changed since this run; run again for current figures.");
    mSummary->setText(summary);
    mShowFindings->setEnabled(outsideRecommended > 0);
    fillRacks(*run);
    fillCoolers(*run);
    fillBalance(*run);
    fillTransient(*run);
    mSlice->setFields(r.fields, mHeatMap->scale());

    std::map<Id, double> inlets;
    for (const engine::RackThermalResult &rack : r.racks)
        if (std::isfinite(rack.inletMeanC))
            inlets[rack.id] = rack.inletMeanC;
    mScene->setRackInletTemperatures(inlets);
    mScene->setColourMode(RackColourMode::InletTemperature);
}

void ThermalPanel::fillRacks(const ThermalRun &run)
{
    const engine::ThermalLimits &limits = run.thermalCase.limits;
    // Where the air of each rack outside the allowable range comes from, in the current language.
    std::map<long long, QString> reasons;
    for (const RackInletReason &reason : ThermalReasons::explain(run.thermalCase, run.result, run.planContext))
        reasons[reason.rackId] = reason.text;
    mRacks->setSortingEnabled(false);
    mRacks->clearContents();
    mRacks->setRowCount(int(run.result.racks.size()));
    int row = 0;
    for (const engine::RackThermalResult &rack : run.result.racks) {
        auto *name = new QTableWidgetItem(QString::fromStdString(rack.name));
        name->setData(kRackIdRole, QVariant::fromValue(Id(rack.id)));
        QString status = tr("within recommended");
        QColor colour;
        if (!rack.withinAllowable) {
            status = rack.inletMaxC > limits.allowableMaxC ? tr("above allowable") : tr("below allowable");
            colour = kAllowableColour;
        } else if (!rack.withinRecommended) {
            status = rack.inletMaxC > limits.recommendedMaxC ? tr("above recommended") : tr("below recommended");
            colour = kRecommendedColour;
        }
        auto *verdict = new QTableWidgetItem(status);
        if (colour.isValid()) {
            verdict->setForeground(colour);
            QFont bold = verdict->font();
            bold.setBold(true);
            verdict->setFont(bold);
        }
        mRacks->setItem(row, 0, name);
        mRacks->setItem(row, 1, new NumberItem(temperature(rack.inletMeanC), rack.inletMeanC));
        mRacks->setItem(row, 2, new NumberItem(temperature(rack.inletMaxC), rack.inletMaxC));
        mRacks->setItem(row, 3, new NumberItem(temperature(rack.exhaustC), rack.exhaustC));
        mRacks->setItem(row, 4, new NumberItem(QLocale().toString(rack.heatToAirW / 1000.0, 'f', 1), rack.heatToAirW));
        mRacks->setItem(row, 5, verdict);
        const auto reason = reasons.find(rack.id);
        auto *why = new QTableWidgetItem(reason == reasons.end() ? QString() : reason->second);
        why->setToolTip(why->text());
        mRacks->setItem(row, 6, why);
        ++row;
    }
    mRacks->setSortingEnabled(true);
    mRacks->sortItems(2, Qt::DescendingOrder);  // hottest first
    mRacks->resizeColumnsToContents();
}

void ThermalPanel::fillCoolers(const ThermalRun &run)
{
    const QLocale locale;
    mCoolers->setSortingEnabled(false);
    mCoolers->clearContents();
    mCoolers->setRowCount(int(run.result.coolers.size()));
    std::map<long long, QString> notes;
    for (const CoolerNote &note : ThermalReasons::coolerNotes(run.thermalCase, run.result))
        notes[note.coolerId] = note.text;
    int row = 0;
    for (std::size_t n = 0; n < run.result.coolers.size(); ++n) {
        const engine::CoolerThermalResult &unit = run.result.coolers[n];
        const double ratingW = n < run.thermalCase.coolers.size() ? run.thermalCase.coolers[n].capacityW : 0.0;
        auto *name = new QTableWidgetItem(QString::fromStdString(unit.name));
        name->setData(kRackIdRole, QVariant::fromValue(Id(unit.id)));
        const double share = ratingW > 0 ? unit.loadW / ratingW : 0.0;
        // Against its rating; a chilled-water coil may go beyond it with warm return air, and is capped
        // at what its coil removes at that return (docs/cooling-budget.md).
        const bool coil = n < run.thermalCase.coolers.size() && run.thermalCase.coolers[n].hasCoil();
        const QString state = unit.failed ? tr("failed in the transient")
            : ratingW <= 0                ? QString()
            : !unit.capped                ? tr("%1 of rating").arg(fmt::percent(share))
            : coil                        ? tr("%1 of rating, at its coil limit").arg(fmt::percent(share))
                                          : tr("at its rating");
        mCoolers->setItem(row, 0, name);
        mCoolers->setItem(row, 1, new NumberItem(temperature(unit.returnC), unit.returnC));
        mCoolers->setItem(row, 2, new NumberItem(temperature(unit.supplyC), unit.supplyC));
        mCoolers->setItem(row, 3, new NumberItem(locale.toString(unit.loadW / 1000.0, 'f', 1), unit.loadW));
        mCoolers->setItem(row, 4, new NumberItem(locale.toString(ratingW / 1000.0, 'f', 1), ratingW));
        auto *stateItem = new QTableWidgetItem(state);
        if (const auto note = notes.find(unit.id); note != notes.end())
            stateItem->setToolTip(note->second);
        if (unit.capped || unit.failed || share > 1.001)
            stateItem->setForeground(kAllowableColour);
        mCoolers->setItem(row, 5, stateItem);
        ++row;
    }
    mCoolers->setSortingEnabled(true);
    mCoolers->resizeColumnsToContents();
}

QString ThermalPanel::convergenceText(const engine::ThermalResult &r)
{
    if (r.averagedIterations > 0) {
        const QLocale locale;
        const QString mean = tr("mean of the last %1 steps; rack inlets swing by up to %2 K")
                                 .arg(locale.toString(r.averagedIterations), locale.toString(r.inletSwingK, 'f', 1));
        return r.converged ? tr("converged to a steady mean (%1)").arg(mean) : tr("not converged (%1)").arg(mean);
    }
    return r.converged ? tr("converged") : tr("not converged");
}

void ThermalPanel::fillBalance(const ThermalRun &run)
{
    const engine::ThermalResult &r = run.result;
    mBalance->setText(
        tr("Heat released by the racks into the air: %1\nHeat removed by the cooling units: %2\n"
           "Energy balance error: %3 (%4 steps, %5)")
            .arg(fmt::kilowatts(r.heatReleasedW / 1000.0), fmt::kilowatts(r.heatRemovedW / 1000.0),
                fmt::percent(r.energyBalanceError(), 2), QLocale().toString(r.iterations), convergenceText(r)));
    LineChart::Series inlet { tr("Largest rack-inlet change per 10 steps (K)"), {}, QColor(31, 119, 180), false };
    LineChart::Series energy { tr("Energy imbalance (share)"), {}, QColor(214, 39, 40), false };
    for (const engine::ThermalResidual &h : r.history) {
        inlet.points.emplace_back(h.iteration, h.maxInletChangeK);
        energy.points.emplace_back(h.iteration, std::abs(h.energyImbalance));
    }
    mConvergenceChart->setData(tr("Step"), tr("Change / imbalance"), { inlet, energy }, true);
}

void ThermalPanel::fillTransient(const ThermalRun &run)
{
    const engine::TransientResult &t = run.result.transient;
    const QLocale locale;
    if (t.failedCoolers.empty() || t.samples.empty()) {
        mTransientChart->clear();
        mTransientInfo->setText(tr("Choose a cooling unit to fail and run again to follow the transient."));
        return;
    }
    const auto &racks = run.result.racks;
    // The racks that get warmest over the transient, as one line each.
    std::vector<std::pair<float, std::size_t>> peaks;
    for (std::size_t n = 0; n < racks.size(); ++n) {
        float peak = -INFINITY;
        for (const engine::TransientSample &s : t.samples)
            if (n < s.inletMeanC.size() && std::isfinite(s.inletMeanC[n]))
                peak = std::max(peak, s.inletMeanC[n]);
        if (std::isfinite(peak))
            peaks.emplace_back(peak, n);
    }
    std::sort(peaks.begin(), peaks.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    if (peaks.size() > std::size_t(kTransientRacksShown))
        peaks.resize(kTransientRacksShown);
    std::vector<LineChart::Series> series;
    float lo = INFINITY, hi = -INFINITY;
    for (const auto &[peak, n] : peaks) {
        LineChart::Series s { QString::fromStdString(racks[n].name), {}, QColor(), false };
        for (const engine::TransientSample &sample : t.samples) {
            s.points.emplace_back(sample.timeS, sample.inletMeanC[n]);
            lo = std::min(lo, sample.inletMeanC[n]);
            hi = std::max(hi, sample.inletMeanC[n]);
        }
        series.push_back(std::move(s));
    }
    const float end = t.samples.back().timeS;
    const engine::ThermalLimits &limits = run.thermalCase.limits;
    series.push_back({ tr("Allowable limit (%1)").arg(fmt::celsius(limits.allowableMaxC, 0)),
        { QPointF(0, limits.allowableMaxC), QPointF(end, limits.allowableMaxC) }, kAllowableColour, true });
    series.push_back({ tr("Recommended limit (%1)").arg(fmt::celsius(limits.recommendedMaxC, 0)),
        { QPointF(0, limits.recommendedMaxC), QPointF(end, limits.recommendedMaxC) }, kRecommendedColour, true });
    if (t.firstExceedanceS >= 0) {
        lo = std::min(lo, limits.recommendedMaxC);
        hi = std::max(hi, limits.allowableMaxC);
        series.push_back({ tr("First exceedance"), { QPointF(t.firstExceedanceS, lo), QPointF(t.firstExceedanceS, hi) },
            QColor(80, 80, 80), true });
    }
    mTransientChart->setData(tr("Time after the failure (s)"), tr("Rack inlet (°C)"), series);

    QStringList names;
    for (long long id : t.failedCoolers)
        for (const engine::CoolerThermalResult &u : run.result.coolers)
            if (u.id == id)
                names << QString::fromStdString(u.name);
    const QString without = names.join(QStringLiteral(", "));
    if (t.firstExceedanceS >= 0) {
        mTransientInfo->setText(
            tr("Without %1 the first rack inlet leaves the allowable range after %2 s; %3 of %4 racks do so within "
               "%5 s.")
                .arg(without, locale.toString(t.firstExceedanceS, 'f', 0),
                    locale.toString(qsizetype(t.racksExceeding.size())), locale.toString(qsizetype(racks.size())),
                    locale.toString(t.simulatedSeconds, 'f', 0)));
    } else {
        mTransientInfo->setText(tr("Without %1 every rack inlet stays in the allowable range for %2 s.")
                                    .arg(without, locale.toString(t.simulatedSeconds, 'f', 0)));
    }
}

void ThermalPanel::highlightOutOfRange()
{
    const ThermalRun *run = mOutcome->run();
    if (!run)
        return;
    std::vector<Id> ids;
    std::vector<PlanItemRef> refs;
    for (const engine::RackThermalResult &rack : run->result.racks)
        if (!rack.withinRecommended) {
            ids.push_back(rack.id);
            refs.push_back({ EntityKind::Rack, rack.id });
        }
    mScene->setHighlighted(refs);
    mScene->selectRacks(ids);
}

}  // namespace rw
