// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projection/loadprojection.h"

#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QThread;

namespace rw {

class ChartAdapter;

/// Monte Carlo projection of the hall's power, energy and PUE over the scenario's life. Runs in a background
/// thread on a copy of the plan (progress bar, Cancel; the window stays responsive) and shows a fan chart of
/// facility power, the load-duration curve, PUE by month, the annual PUE histogram, the yearly figures and
/// the power nodes most at risk. Says which engine ran.
class LoadProjectionPanel : public QWidget {
    Q_OBJECT
public:
    explicit LoadProjectionPanel(const Plan &plan, QWidget *parent = nullptr);
    ~LoadProjectionPanel() override;

    /// Starts a run with the options in the form; ignored while one runs.
    void start();
    void cancel();
    bool isRunning() const { return mThread != nullptr; }
    /// The last finished result (empty before the first).
    const LoadProjectionResult &result() const { return mResult; }
    bool hasResult() const { return mHasResult; }
    QString statusText() const;
    void setTrials(int trials);
    void setYears(int years);

signals:
    void finished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Run;
    void retranslate();
    void fillScenarios();
    void chooseWeather();
    void pollProgress();
    void collect();
    void showResult();
    void showChart();
    void fillYears();
    void fillNodes();

    const Plan &mPlan;
    QComboBox *mScenario;
    QSpinBox *mTrials;
    QSpinBox *mYears;
    QSpinBox *mSeed;
    QComboBox *mEngine;
    QComboBox *mWeather;
    QPushButton *mRun;
    QPushButton *mCancel;
    QProgressBar *mProgress;
    QLabel *mStatus;
    QComboBox *mChartChoice;
    ChartAdapter *mChart;
    QTabWidget *mTabs;
    QTableWidget *mYearTable;
    QTableWidget *mNodeTable;
    QLabel *mCaptions[4] = {};

    WeatherYear mCustomWeather;
    bool mHasCustomWeather = false;
    QThread *mThread = nullptr;
    std::shared_ptr<Run> mRunState;
    QTimer mPoll;
    LoadProjectionResult mResult;
    bool mHasResult = false;
};

}  // namespace rw
