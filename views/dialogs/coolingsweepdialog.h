// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QDialog>

class QComboBox;
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
    QLabel *mFolderLabel, *mTransientLabel, *mJobsLabel, *mEngineLabel, *mEngineText, *mStatus, *mEta;
    QLineEdit *mFolder;
    QPushButton *mBrowse, *mStart, *mCancel;
    QSpinBox *mTransient, *mJobs;
    QComboBox *mEngine;
    QProgressBar *mProgress;
    QPlainTextEdit *mResult;
    QDialogButtonBox *mButtons;
};

}  // namespace rw
