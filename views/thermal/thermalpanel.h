// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/thermalrunner.h"
#include "plan/plan.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDialog;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace rw {

class FloorPlanScene;
class HeatMapOverlay;
class LineChart;
class VerticalSliceView;

/// The thermal projection of the hall on the floor plan: run settings, Run/Cancel with progress, the
/// hottest racks (selecting one selects it on the plan), cooling units, energy balance and convergence,
/// the transient after a cooling failure, and the heat map and slices of the temperature field.
class ThermalPanel : public QWidget {
    Q_OBJECT
public:
    ThermalPanel(const Plan &plan, FloorPlanScene *scene, QWidget *parent = nullptr);

    ThermalRunner *runner() const { return mRunner; }
    ThermalOutcome *outcome() const { return mOutcome; }
    HeatMapOverlay *heatMap() const { return mHeatMap; }
    QTableWidget *rackTable() const { return mRacks; }
    QTableWidget *coolerTable() const { return mCoolers; }
    LineChart *transientChart() const { return mTransientChart; }
    VerticalSliceView *sliceView() const { return mSlice; }
    /// Settings the next run uses (tests and the menu set them too).
    void setCellM(double cellM);
    /// The button that takes the finest cell size that fits, shown while the chosen one does not.
    QPushButton *coarserCellButton() const { return mUseCoarserCell; }
    void setEngine(engine::BackendRequest request);
    /// Fails this cooling unit (kNoId: none) for a transient of the given length.
    void setFailedCooler(Id coolerId, double transientSeconds);
    /// The dialog while runWithSettings() shows it (tests answer it).
    QDialog *settingsDialog() const { return mSettingsDialog; }
    /// One line for the status bar: the engine that ran last and why.
    QString engineLine() const;
    QString errorText() const { return mError; }

    /// The run the settings shown ask for.
    ThermalRunRequest request() const;
    /// Shows these settings (the settings dialog hands them back).
    void setRequest(const ThermalRunRequest &request);

public slots:
    /// Starts a run with the settings shown; errors are shown in the panel.
    bool runProjection();
    /// Opens the run settings with what the run will take (cells, memory, time) and runs on the user's
    /// OK; returns whether a run started.
    bool runWithSettings();
    void cancelProjection();

signals:
    void entityActivated(rw::EntityKind kind, const QVariant &key);
    /// The engine line or the run state changed.
    void statusChanged(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshHall();
    void updateGridInfo();
    void updateRunState();
    void showError(const QString &text);
    /// A status line that came translated (progress, errors) ...
    void setStatus(const QString &text);
    /// ... or one of this panel's own, which follows a change of language.
    void setStatus(const char *source);
    void showOutcome();
    void fillRacks(const ThermalRun &run);
    void fillCoolers(const ThermalRun &run);
    void fillBalance(const ThermalRun &run);
    /// "converged", "not converged", or the mean over the last steps of a flow that swings.
    static QString convergenceText(const engine::ThermalResult &result);
    void fillTransient(const ThermalRun &run);
    void highlightOutOfRange();

    const Plan &mPlan;
    FloorPlanScene *mScene;
    ThermalOutcome *mOutcome;
    ThermalRunner *mRunner;
    HeatMapOverlay *mHeatMap;
    engine::ThermalCase mCase;  ///< of the hall shown, for the defaults and the memory estimate
    float mDefaultCellM = 0.0f;
    QString mError;
    QString mCaseProblem;  ///< why the hall cannot be projected, while it is shown as the status
    const char *mStatusSource = nullptr;  ///< untranslated source of the status line, if it is the panel's own
    QTimer mRefreshTimer;
    QDialog *mSettingsDialog = nullptr;

    QLabel *mCellLabel, *mEngineLabel, *mTurbulenceLabel, *mFailLabel, *mDurationLabel;
    QDoubleSpinBox *mCell;
    QComboBox *mEngine;
    QComboBox *mTurbulence;  ///< index = engine::TurbulenceModel
    QComboBox *mFail;
    QDoubleSpinBox *mDuration;
    QLabel *mGridInfo;
    QPushButton *mUseCoarserCell;  ///< shown while the grid does not fit: takes the finest cell that does
    float mCoarserCellM = 0.0f;
    QPushButton *mRun, *mCancel;
    QProgressBar *mProgress;
    QLabel *mStatus;
    QLabel *mEngineInfo;
    QLabel *mSummary;
    QPushButton *mShowFindings;
    QTabWidget *mTabs;
    QTableWidget *mRacks;
    QTableWidget *mCoolers;
    QLabel *mBalance;
    LineChart *mConvergenceChart;
    LineChart *mTransientChart;
    QLabel *mTransientInfo;
    QCheckBox *mShowHeatMap;
    QLabel *mHeightLabel;
    QDoubleSpinBox *mHeight;
    VerticalSliceView *mSlice;
};

}  // namespace rw
