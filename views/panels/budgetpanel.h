// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/capacitysearch.h"
#include "analysis/contingency.h"
#include "analysis/coolingbudget.h"

#include <QTimer>
#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QHorizontalBarSeries;
class QLabel;
class QListWidget;
class QPushButton;
class QValueAxis;

namespace rw {

class PlanWorker;

/// Power and cooling budgets with redundancy: the supported availability class, the most used power
/// nodes and cooling duties against their limits (normal and after the worst single failure), every
/// contingency that leaves the plan short, and "how many more of a device fit". Kept live while the plan
/// is edited; activating a finding selects the racks it concerns. The N-1 of a large plan and every capacity search
/// run on worker threads (PlanWorker), so that the window stays responsive.
class BudgetPanel : public QWidget {
    Q_OBJECT
public:
    explicit BudgetPanel(const Plan &plan, QWidget *parent = nullptr);
    /// Cancels what still runs in the background and waits for it (it reads its own copy of the plan).
    ~BudgetPanel() override;

    const PowerAnalysis &powerAnalysis() const { return mPower; }
    int findingCount() const;
    QString availabilityText() const;
    QString capacityText() const;
    /// True while the power analysis of a large plan runs on a worker thread (the window stays responsive).
    bool isAnalysing() const;
    /// Plans with more power nodes than this are analysed in the background: the N-1 of a campus takes a minute.
    static constexpr int kBackgroundNodes = 400;
    /// Starts the search on a worker thread (the N-1 in it takes a minute on a campus): the panel says how far it got
    /// and offers Cancel; the result is shown only if the plan has not changed meanwhile.
    void searchCapacity(const QString &typeKey);
    bool isSearching() const;
    void cancelSearch();

    /// Racks listed by the last capacity search, with how many devices each takes.
    const std::vector<CapacityPlacement> &capacityPlacements() const { return mPlacements; }

signals:
    void entityActivated(rw::EntityKind kind, const QVariant &key);
    /// The power analysis was run again (after edits).
    void analysisChanged();
    /// Racks of the capacity search to show on the floor plan, with the devices each takes.
    void capacityRacksChosen(const QList<rw::Id> &rackIds, const QList<int> &counts);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void startBackgroundAnalysis();
    void showAnalysis();
    void retranslate();
    void fillChart();
    void fillFindings();
    void fillDeviceTypes();
    void forgetCapacity();
    void showCapacity(const CapacityResult &result);
    void showSearchProgress();

    const Plan &mPlan;
    PowerAnalysis mPower;
    CoolingBudget mCooling;
    QTimer mRefreshTimer;
    QLabel *mAvailability;
    QChart *mChart;
    QChartView *mChartView;
    QHorizontalBarSeries *mSeries = nullptr;
    QListWidget *mFindings;
    QLabel *mCapacityCaption;
    QComboBox *mDeviceType;
    QPushButton *mSearch;
    QPushButton *mCancelSearch;
    QLabel *mCapacityResult;
    QListWidget *mCapacityList;
    std::vector<CapacityPlacement> mPlacements;
    QString mCapacityTypeKey;
    PlanWorker *mAnalysis;
    PlanWorker *mSearchWorker;
    QTimer mSearchProgress;
};

}  // namespace rw
