// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace rw {

class CoolingSweepRunner;
struct SweepSummary;

/// Analysis > Cooling failure sweep: runs the sweep of the open plan (CoolingSweepRunner, docs/cooling-sweep.md)
/// into a folder with progress, the time left and Cancel, and shows the merged summary. The main window hands
/// the summary on to the findings, the review checks and the report when merged() is emitted.
class CoolingSweepDialog : public QDialog {
    Q_OBJECT
public:
    CoolingSweepDialog(const Plan &plan, const QString &planPath, QWidget *parent = nullptr);
    ~CoolingSweepDialog() override;

    /// Where the results go: next to the plan file ("PLAN.sweep"), or a folder of the user's data for an
    /// unsaved plan.
    static QString defaultFolder(const QString &planPath);

    QString folder() const;
    void setFolder(const QString &dir);
    void setTransientSeconds(int seconds);
    /// Cell size in metres; 0: the engine's default for each hall.
    void setCellM(double cellM);
    /// The most steady-state steps per run (the CLI's --iterations); 0: the engine's default. Not in the dialog:
    /// a limit below convergence gives figures that are no results, which only scripted runs may want.
    void setMaxIterations(int iterations) { mMaxIterations = iterations; }
    bool start();
    void cancel();
    bool isRunning() const;
    const SweepSummary &summary() const;
    CoolingSweepRunner *runner() const { return mRunner; }

    QProgressBar *progressBar() const { return mProgress; }
    QLabel *statusLabel() const { return mStatus; }

signals:
    /// A sweep ended (finished or cancelled) and its folder was merged; summary() holds it.
    void merged();

protected:
    void reject() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void chooseFolder();
    void updateButtons();
    void showProgress(int done, int total, int skippedBefore, double etaSeconds, const QString &text);
    void showSummary();

    const Plan &mPlan;
    QString mPlanPath;
    CoolingSweepRunner *mRunner;
    int mMaxIterations = 0;
    QDoubleSpinBox *mCell;
    QLabel *mCellLabel, *mFolderLabel, *mTransientLabel, *mJobsLabel, *mEngineLabel, *mEngineText, *mStatus, *mEta;
    QLineEdit *mFolder;
    QPushButton *mBrowse, *mStart, *mCancel;
    QSpinBox *mTransient, *mJobs;
    QComboBox *mEngine;
    QProgressBar *mProgress;
    QPlainTextEdit *mResult;
    QDialogButtonBox *mButtons;
};

}  // namespace rw
