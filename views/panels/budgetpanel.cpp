// SPDX-License-Identifier: GPL-3.0-or-later
#include "budgetpanel.h"

#include "analysis/capacitysearch.h"
#include "catalogue/catalogue.h"
#include "formatting.h"
#include "plan/completenesschecks.h"
#include "planworker.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <memory>

namespace rw {
namespace {

constexpr int kChartBars = 6;
/// Cooling bars besides the power nodes: on a campus only the most used halls' duties, so that every bar keeps
/// its label.
constexpr int kChartCoolingBars = 4;
constexpr int kMaxFindings = 200;

struct Bar {
    QString name;
    double normal;
    double worst;
};

}  // namespace

BudgetPanel::BudgetPanel(const Plan &plan, QWidget *parent)
    : QWidget(parent), mPlan(plan), mAvailability(new QLabel(this)), mChart(new QChart),
      mChartView(new QChartView(mChart, this)), mFindings(new QListWidget(this)), mCapacityCaption(new QLabel(this)),
      mDeviceType(new QComboBox(this)), mSearch(new QPushButton(this)), mCancelSearch(new QPushButton(this)),
      mCapacityResult(new QLabel(this)), mCapacityList(new QListWidget(this)), mAnalysis(new PlanWorker(plan, this)),
      mSearchWorker(new PlanWorker(plan, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    mAvailability->setWordWrap(true);
    mAvailability->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(mAvailability);
    mChartView->setRenderHint(QPainter::Antialiasing);
    mChartView->setMinimumHeight(300);
    mChart->legend()->setAlignment(Qt::AlignBottom);
    mChart->setMargins(QMargins(0, 0, 0, 0));
    layout->addWidget(mChartView, 2);
    mFindings->setWordWrap(true);
    layout->addWidget(mFindings, 1);
    auto *capacity = new QHBoxLayout;
    capacity->addWidget(mCapacityCaption);
    capacity->addWidget(mDeviceType, 1);
    capacity->addWidget(mSearch);
    capacity->addWidget(mCancelSearch);
    mCancelSearch->hide();
    layout->addLayout(capacity);
    mCapacityResult->setWordWrap(true);
    layout->addWidget(mCapacityResult);
    mCapacityList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mCapacityList->setMaximumHeight(140);
    mCapacityList->hide();
    layout->addWidget(mCapacityList);
    connect(mCapacityList, &QListWidget::itemSelectionChanged, this, [this] {
        QList<Id> racks;
        QList<int> counts;
        for (const QListWidgetItem *item : mCapacityList->selectedItems()) {
            racks << item->data(Qt::UserRole).toLongLong();
            counts << item->data(Qt::UserRole + 1).toInt();
        }
        if (!racks.isEmpty())
            emit capacityRacksChosen(racks, counts);
    });

    connect(mSearch, &QPushButton::clicked, this, [this] { searchCapacity(mDeviceType->currentData().toString()); });
    connect(mCancelSearch, &QPushButton::clicked, this, &BudgetPanel::cancelSearch);
    mSearchProgress.setInterval(250);
    connect(&mSearchProgress, &QTimer::timeout, this, &BudgetPanel::showSearchProgress);
    connect(mFindings, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item->data(Qt::UserRole).isValid())
            emit entityActivated(EntityKind::Rack, item->data(Qt::UserRole));
    });
    mRefreshTimer.setSingleShot(true);
    mRefreshTimer.setInterval(400);  // the full N-1 analysis takes a moment: wait for a burst of edits to end
    connect(&mRefreshTimer, &QTimer::timeout, this, &BudgetPanel::refresh);
    auto schedule = [this] {
        forgetCapacity();
        mRefreshTimer.start();
    };
    connect(&plan, &Plan::entityChanged, this, schedule);
    connect(&plan, &Plan::siteChanged, this, schedule);
    connect(&plan, &Plan::reset, this, [this] {
        forgetCapacity();
        refresh();  // a new plan: show its figures at once
    });
    retranslate();
    refresh();
}

int BudgetPanel::findingCount() const
{
    return mFindings->count();
}

QString BudgetPanel::availabilityText() const
{
    return mAvailability->text();
}

QString BudgetPanel::capacityText() const
{
    return mCapacityResult->text();
}

void BudgetPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void BudgetPanel::retranslate()
{
    mCapacityCaption->setText(tr("How many more fit:"));
    mSearch->setText(tr("&Search"));
    mSearch->setToolTip(tr("Fill the racks with the chosen device while every power, cooling, space and "
                           "weight budget holds, also after the worst single failure"));
    mDeviceType->setToolTip(tr("Device type from the plan's catalogue"));
    mCancelSearch->setText(tr("&Cancel"));
    mCancelSearch->setToolTip(tr("Stop the capacity search"));
    mChart->setTitle(tr("Most used power nodes and cooling"));
}

BudgetPanel::~BudgetPanel() = default;  // the workers cancel and wait as they go

bool BudgetPanel::isAnalysing() const
{
    return mAnalysis->isRunning();
}

bool BudgetPanel::isSearching() const
{
    return mSearchWorker->isRunning();
}

void BudgetPanel::refresh()
{
    if (int(mPlan.all<PowerNode>().size()) > kBackgroundNodes) {
        startBackgroundAnalysis();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    mPower = PowerAnalyzer::analyze(mPlan);
    mCooling = CoolingBudgeter::compute(mPlan);
    QApplication::restoreOverrideCursor();
    showAnalysis();
}

void BudgetPanel::startBackgroundAnalysis()
{
    // Until the worker is done the panel shows no power figures: those of the plan before would not be this one's.
    mPower = {};
    mCooling = CoolingBudgeter::compute(mPlan);
    const int nodes = int(mPlan.all<PowerNode>().size());
    mAvailability->setText(tr("<b>Analysing the power chain</b> (%1 nodes, every single failure) in the "
                              "background ...")
                               .arg(fmt::integer(nodes)));
    fillChart();
    mFindings->clear();
    auto *waiting
        = new QListWidgetItem(tr("The findings of the power chain follow when its analysis is done."), mFindings);
    waiting->setFlags(Qt::ItemIsEnabled);
    emit analysisChanged();
    // Edits meanwhile make the worker say so when it ends: then one more run, on the plan as it is then.
    auto result = std::make_shared<PowerAnalysis>();
    mAnalysis->start(
        [result](const Plan &copy, AnalysisProgress &progress) {
            PowerAnalysisOptions options;
            options.progress = &progress;
            *result = PowerAnalyzer::analyze(copy, options);
        },
        [this, result](PlanWorker::Outcome outcome) {
            if (outcome != PlanWorker::Outcome::Current) {
                mRefreshTimer.stop();
                startBackgroundAnalysis();
                return;
            }
            mPower = std::move(*result);
            mCooling = CoolingBudgeter::compute(mPlan);
            showAnalysis();
        });
}

void BudgetPanel::showAnalysis()
{
    const std::optional<int> declared = mPlan.site().declaredAvailabilityClass;
    mAvailability->setText(
        tr("<b>Supported availability class (EN 50600): %1</b> (%2)<br>%3")
            .arg(mPower.availability.supportedClass > 0 ? fmt::integer(mPower.availability.supportedClass)
                                                        : tr("not assessable"))
            .arg(declared ? tr("declared: class %1").arg(fmt::integer(*declared)) : tr("no class declared"))
            .arg(mPower.availability.reason.toHtmlEscaped()));
    fillChart();
    fillFindings();
    fillDeviceTypes();
    emit analysisChanged();
}

void BudgetPanel::fillChart()
{
    std::vector<Bar> bars;
    for (const NodeBudget &b : mPower.budgets) {
        if (b.ratingKw > 0)
            bars.push_back({ mPlan.find<PowerNode>(b.nodeId)->name, b.designKw / b.ratingKw, b.worstKw / b.ratingKw });
    }
    std::sort(bars.begin(), bars.end(), [](const Bar &a, const Bar &b) { return a.worst > b.worst; });
    if (bars.size() > kChartBars)
        bars.resize(kChartBars);
    std::vector<Bar> cooling;
    for (const CoolingArea &hall : mCooling.halls) {
        const Hall *h = mPlan.find<Hall>(hall.hallId);
        const QString name = h ? h->name : QString();
        if (hall.airHeat.installedKw > 0)
            cooling.push_back({ tr("%1 air cooling").arg(name), hall.airHeat.loadKw / hall.airHeat.installedKw,
                hall.airHeat.worstFailureKw > 0 ? hall.airHeat.loadKw / hall.airHeat.worstFailureKw : 0.0 });
        if (hall.liquidHeat.installedKw > 0)
            cooling.push_back({ tr("%1 liquid cooling").arg(name), hall.liquidHeat.loadKw / hall.liquidHeat.installedKw,
                hall.liquidHeat.worstFailureKw > 0 ? hall.liquidHeat.loadKw / hall.liquidHeat.worstFailureKw : 0.0 });
    }
    // Stable: of equally used halls the first ones stay, in hall order.
    std::stable_sort(cooling.begin(), cooling.end(), [](const Bar &a, const Bar &b) { return a.worst > b.worst; });
    if (cooling.size() > kChartCoolingBars)
        cooling.resize(kChartCoolingBars);
    bars.insert(bars.end(), cooling.begin(), cooling.end());
    std::reverse(bars.begin(), bars.end());  // horizontal bars are drawn bottom-up

    mChart->removeAllSeries();
    for (QAbstractAxis *axis : mChart->axes()) {
        mChart->removeAxis(axis);  // hands ownership back to us
        delete axis;
    }
    auto *normal = new QBarSet(tr("Normal operation"));
    auto *worst = new QBarSet(tr("Worst single failure"));
    QStringList names;
    double top = 1.0;
    for (const Bar &bar : bars) {
        names << bar.name;
        *normal << bar.normal * 100.0;
        *worst << bar.worst * 100.0;
        top = std::max({ top, bar.normal, bar.worst });
    }
    mSeries = new QHorizontalBarSeries;
    mSeries->append(normal);
    mSeries->append(worst);
    mChart->addSeries(mSeries);
    auto *categories = new QBarCategoryAxis;
    categories->append(names);
    QFont small = categories->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    categories->setLabelsFont(small);
    mChart->addAxis(categories, Qt::AlignLeft);
    mSeries->attachAxis(categories);
    auto *percent = new QValueAxis;
    percent->setRange(0, std::ceil(top * 10.0) * 10.0);
    percent->setLabelFormat(QStringLiteral("%.0f %%"));
    percent->setTitleText(tr("Load against rating"));
    mChart->addAxis(percent, Qt::AlignBottom);
    mSeries->attachAxis(percent);
}

void BudgetPanel::fillFindings()
{
    mFindings->clear();
    auto add = [this](bool error, const QString &text, Id rackId) {
        auto *item = new QListWidgetItem(
            style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning), text,
            mFindings);
        if (rackId != kNoId)
            item->setData(Qt::UserRole, rackId);
    };
    // What the plan does not draw cannot hold: say so instead of judging the rest.
    const Completeness completeness = CompletenessChecks::assess(mPlan);
    if (const QString gap = completeness.powerGap(); !gap.isEmpty())
        add(false, tr("Power budgets not assessable: %1").arg(gap),
            completeness.unfedRacks.empty() ? kNoId : completeness.unfedRacks.front());
    for (const CoolingGap &gap : completeness.coolingGaps)
        add(false, tr("Cooling budget not assessable: %1").arg(completeness.coolingGap(mPlan, gap.hallId, gap.liquid)),
            gap.racks.empty() ? kNoId : gap.racks.front());
    auto hasGap = [&completeness](Id hallId, bool liquid) {
        return std::any_of(completeness.coolingGaps.begin(), completeness.coolingGaps.end(),
            [&](const CoolingGap &gap) { return gap.hallId == hallId && gap.liquid == liquid; });
    };
    for (const CoolingArea &hall : mCooling.halls) {
        const Hall *h = mPlan.find<Hall>(hall.hallId);
        if (!hall.airHeat.meetsRedundancy() && !hasGap(hall.hallId, false))
            add(true,
                tr("%1: air cooling carries %2 with its redundancy, the racks shed %3 into the air.")
                    .arg(h ? h->name : QString(), fmt::kilowatts(hall.airHeat.redundantKw),
                        fmt::kilowatts(hall.airHeat.loadKw)),
                kNoId);
        for (Id id : hall.unitsOutside)
            add(false,
                tr("%1: cooling unit %2 stands outside the hall; it does not cool it and is not counted.")
                    .arg(h ? h->name : QString(), mPlan.find<CoolingUnit>(id)->name),
                kNoId);
        if (!hall.liquidHeat.meetsRedundancy() && !hasGap(hall.hallId, true))
            add(true,
                tr("%1: liquid cooling carries %2 with its redundancy, the racks put %3 into liquid.")
                    .arg(h ? h->name : QString(), fmt::kilowatts(hall.liquidHeat.redundantKw),
                        fmt::kilowatts(hall.liquidHeat.loadKw)),
                kNoId);
    }
    const HeatRejection &rejection = mCooling.heatRejection;
    if (rejection.units > 0 && rejection.redundantKw < rejection.heatKw)
        add(true,
            tr("Heat rejection: %1 usable at the design outdoor temperature with one unit failed, %2 of heat.")
                .arg(fmt::kilowatts(rejection.redundantKw), fmt::kilowatts(rejection.heatKw)),
            kNoId);
    for (const FloorLoadCheck &f : mCooling.floorLoads) {
        if (f.overFloor() || f.overPoint() || f.overFrame())
            add(true,
                tr("Rack %1 weighs %2: over its floor or frame rating.")
                    .arg(mPlan.find<Rack>(f.rackId)->name, fmt::kilograms(f.totalWeightKg)),
                f.rackId);
    }
    int shown = 0;
    for (const PowerState &c : mPower.contingencies) {
        if (c.servesAll() || shown >= kMaxFindings)
            continue;
        ++shown;
        QStringList names;
        for (Id id : c.failedNodes)
            names << mPlan.find<PowerNode>(id)->name;
        // Only the effects the failure has: "0 racks lose power" tells the reader nothing.
        QStringList effects;
        if (!c.racksLost.empty())
            effects << tr("%Ln rack(s) lose power", nullptr, int(c.racksLost.size()));
        if (!c.racksLimited.empty())
            effects << tr("%Ln rack(s) run on too few power supplies", nullptr, int(c.racksLimited.size()));
        QString text = effects.isEmpty() ? tr("Without %1:").arg(names.join(QStringLiteral(" + ")))
                                         : tr("Without %1: %2 (%3 short).")
                                               .arg(names.join(QStringLiteral(" + ")),
                                                   effects.join(QStringLiteral(", ")), fmt::kilowatts(c.unservedKw));
        for (const NodeOverload &o : c.overloads)
            text += QLatin1Char(' ')
                + tr("%1 overloaded: %2 on %3.")
                      .arg(mPlan.find<PowerNode>(o.nodeId)->name, fmt::kilowatts(o.loadKw), fmt::kilowatts(o.ratingKw));
        if (!c.loads.stoppedCoolingUnits.empty())
            text
                += QLatin1Char(' ') + tr("%Ln cooling unit(s) stop.", nullptr, int(c.loads.stoppedCoolingUnits.size()));
        const Id rack
            = !c.racksLost.empty() ? c.racksLost.front() : (!c.racksLimited.empty() ? c.racksLimited.front() : kNoId);
        add(!c.racksLost.empty() || !c.overloads.empty(), text, rack);
    }
    const bool anyLoad = std::any_of(mPower.normal.loads.racks.begin(), mPower.normal.loads.racks.end(),
        [](const RackSupply &r) { return r.demandKw > 0; });
    if (mFindings->count() == 0 && !anyLoad) {
        // An empty plan holds every budget only in the sense that nothing is asked of it: say that instead.
        auto *item = new QListWidgetItem(tr("Nothing to assess yet: no rack draws power."), mFindings);
        item->setFlags(Qt::ItemIsEnabled);
    } else if (mFindings->count() == 0) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton),
            tr("Every budget holds, also after any single failure."), mFindings);
        item->setFlags(Qt::ItemIsEnabled);
    }
}

void BudgetPanel::fillDeviceTypes()
{
    const QString current = mDeviceType->currentData().toString();
    mDeviceType->clear();
    for (const auto &[key, type] : mPlan.all<DeviceType>()) {
        if (type.maxPowerW > 0)
            mDeviceType->addItem(QStringLiteral("%1 %2").arg(type.manufacturer, Catalogue::modelText(type)), key);
    }
    const int at = mDeviceType->findData(current.isEmpty() ? QStringLiteral("nvidia-dgx-b200") : current);
    if (at >= 0)
        mDeviceType->setCurrentIndex(at);
}

void BudgetPanel::forgetCapacity()
{
    // An earlier capacity search no longer holds after an edit.
    if (mCapacityTypeKey.isEmpty())
        return;
    mCapacityTypeKey.clear();
    mPlacements.clear();
    mCapacityList->clear();
    mCapacityList->hide();
    mCapacityResult->setText(tr("The plan changed: search again."));
}

void BudgetPanel::searchCapacity(const QString &typeKey)
{
    if (mSearchWorker->isRunning())
        return;
    forgetCapacity();
    mSearch->setEnabled(false);
    mCancelSearch->show();
    mCancelSearch->setEnabled(true);
    mCapacityResult->setText(tr("Searching: every power, cooling, space and weight budget, also after each single "
                                "failure ..."));
    mSearchProgress.start();
    auto result = std::make_shared<CapacityResult>();
    mSearchWorker->start(
        [result, typeKey](const Plan &copy, AnalysisProgress &progress) {
            *result = CapacitySearch::run(copy, typeKey, 1000000, &progress);
        },
        [this, result](PlanWorker::Outcome outcome) {
            mSearchProgress.stop();
            mSearch->setEnabled(true);
            mCancelSearch->hide();
            if (outcome == PlanWorker::Outcome::Cancelled)
                mCapacityResult->setText(tr("Search cancelled."));
            else if (outcome == PlanWorker::Outcome::PlanChanged)
                mCapacityResult->setText(tr("The plan changed during the search: search again."));
            else
                showCapacity(*result);
        });
}

void BudgetPanel::cancelSearch()
{
    mSearchWorker->cancel();
    mCancelSearch->setEnabled(false);
    mCapacityResult->setText(tr("Cancelling the search ..."));
}

void BudgetPanel::showSearchProgress()
{
    const AnalysisProgress *progress = mSearchWorker->progress();
    if (!progress || progress->total == 0 || progress->cancelled())
        return;
    mCapacityResult->setText(tr("Searching: the power chain after each single failure, %1 of %2 solved ...")
                                 .arg(fmt::integer(progress->done.load()), fmt::integer(progress->total.load())));
}

void BudgetPanel::showCapacity(const CapacityResult &result)
{
    if (!result.error.isEmpty()) {
        mCapacityResult->setText(result.error);
        return;
    }
    mCapacityTypeKey = result.typeKey;
    mPlacements = result.placements;
    mCapacityResult->setText(tr("%1 more fit in %2 racks; most racks are limited by %3. The racks are selected "
                                "on the floor plan.")
                                 .arg(fmt::integer(result.fits), fmt::integer(int(result.placements.size())),
                                     CapacitySearch::limitName(result.mainLimit)));
    mCapacityList->clear();
    const QSignalBlocker quiet(mCapacityList);
    for (const CapacityPlacement &p : result.placements) {
        const int count = int(p.positionsU.size());
        auto *item = new QListWidgetItem(
            tr("%1: %2 more").arg(mPlan.find<Rack>(p.rackId)->name, fmt::integer(count)), mCapacityList);
        item->setData(Qt::UserRole, QVariant::fromValue(p.rackId));
        item->setData(Qt::UserRole + 1, count);
        item->setSelected(true);
    }
    mCapacityList->setVisible(!result.placements.empty());
    mCapacityList->setToolTip(tr("Racks with room, and how many more each takes; select some to show only them"));
    QList<Id> racks;
    QList<int> counts;
    for (const CapacityPlacement &p : result.placements) {
        racks << p.rackId;
        counts << int(p.positionsU.size());
    }
    if (!racks.isEmpty())
        emit capacityRacksChosen(racks, counts);
}

}  // namespace rw
