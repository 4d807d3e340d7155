// SPDX-License-Identifier: GPL-3.0-or-later
#include "coolingsweepdialog.h"

#include "analysis/coolingsweeprunner.h"
#include "analysis/thermalprojection.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>
#include <thread>

namespace rw {

CoolingSweepDialog::CoolingSweepDialog(const Plan &plan, const QString &planPath, QWidget *parent)
    : QDialog(parent), mPlan(plan), mPlanPath(planPath), mRunner(new CoolingSweepRunner(this)),
      mCell(new QDoubleSpinBox(this)), mCellLabel(new QLabel(this)), mFolderLabel(new QLabel(this)),
      mTransientLabel(new QLabel(this)), mJobsLabel(new QLabel(this)), mEngineLabel(new QLabel(this)),
      mEngineText(new QLabel(this)), mStatus(new QLabel(this)), mEta(new QLabel(this)),
      mFolder(new QLineEdit(defaultFolder(planPath), this)), mBrowse(new QPushButton(this)),
      mStart(new QPushButton(this)), mCancel(new QPushButton(this)), mTransient(new QSpinBox(this)),
      mJobs(new QSpinBox(this)), mEngine(new QComboBox(this)), mProgress(new QProgressBar(this)),
      mResult(new QPlainTextEdit(this)), mButtons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("coolingSweepDialog"));
    auto *form = new QFormLayout;
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(mFolder, 1);
    folderRow->addWidget(mBrowse);
    form->addRow(mFolderLabel, folderRow);
    mTransient->setRange(10, 86400);
    mTransient->setValue(int(ThermalProjection::kDefaultTransientSeconds));
    mTransient->setGroupSeparatorShown(true);
    form->addRow(mTransientLabel, mTransient);
    mJobs->setRange(1, 1024);
    mJobs->setValue(std::max(1, int(std::thread::hardware_concurrency())));
    form->addRow(mJobsLabel, mJobs);
    mCell->setRange(0.0, double(ThermalProjection::kMaxCellM));
    mCell->setDecimals(2);
    mCell->setSingleStep(0.05);
    mCell->setValue(0.0);
    form->addRow(mCellLabel, mCell);
    for (int n = 0; n < 3; ++n)
        mEngine->addItem(QString());
    form->addRow(mEngineLabel, mEngine);
    form->addRow(QString(), mEngineText);
    mEngineText->setWordWrap(true);
    mProgress->setRange(0, 1);
    mProgress->setValue(0);
    mStatus->setWordWrap(true);
    mResult->setReadOnly(true);
    mResult->setMinimumHeight(120);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(mStart);
    runRow->addWidget(mCancel);
    runRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(runRow);
    layout->addWidget(mProgress);
    layout->addWidget(mStatus);
    layout->addWidget(mEta);
    layout->addWidget(mResult, 1);
    layout->addWidget(mButtons);
    resize(640, 480);

    connect(mBrowse, &QPushButton::clicked, this, &CoolingSweepDialog::chooseFolder);
    connect(mStart, &QPushButton::clicked, this, &CoolingSweepDialog::start);
    connect(mCancel, &QPushButton::clicked, this, &CoolingSweepDialog::cancel);
    connect(mButtons, &QDialogButtonBox::rejected, this, &CoolingSweepDialog::reject);
    connect(mRunner, &CoolingSweepRunner::progress, this, &CoolingSweepDialog::showProgress);
    connect(mRunner, &CoolingSweepRunner::finished, this, [this] {
        updateButtons();
        showSummary();
        emit merged();
    });
    retranslate();
    updateButtons();
}

CoolingSweepDialog::~CoolingSweepDialog() = default;

QString CoolingSweepDialog::defaultFolder(const QString &planPath)
{
    if (!planPath.isEmpty()) {
        const QFileInfo info(planPath);
        return QDir::toNativeSeparators(info.dir().filePath(info.completeBaseName() + QStringLiteral(".sweep")));
    }
    return QDir::toNativeSeparators(
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("sweep")));
}

QString CoolingSweepDialog::folder() const
{
    return QDir::fromNativeSeparators(mFolder->text().trimmed());
}

void CoolingSweepDialog::setFolder(const QString &dir)
{
    mFolder->setText(QDir::toNativeSeparators(dir));
}

void CoolingSweepDialog::setCellM(double cellM)
{
    mCell->setValue(cellM);
}

void CoolingSweepDialog::setTransientSeconds(int seconds)
{
    mTransient->setValue(seconds);
}

bool CoolingSweepDialog::isRunning() const
{
    return mRunner->isRunning();
}

const SweepSummary &CoolingSweepDialog::summary() const
{
    return mRunner->summary();
}

void CoolingSweepDialog::retranslate()
{
    setWindowTitle(tr("Cooling failure sweep"));
    mFolderLabel->setText(tr("Results folder:"));
    mBrowse->setText(tr("Choose..."));
    mTransientLabel->setText(tr("Time after each failure:"));
    mTransient->setSuffix(tr(" s"));
    mTransient->setToolTip(tr("How long the air is followed after each cooling failure"));
    mJobsLabel->setText(tr("Runs at a time:"));
    mJobs->setToolTip(tr("Runs solved at the same time; the processor cores are shared out among them"));
    mCellLabel->setText(tr("Cell size:"));
    mCell->setSuffix(tr(" m"));
    mCell->setSpecialValueText(tr("Automatic for each hall"));
    mCell->setToolTip(tr("Edge of the grid's cells; smaller cells are finer and slower"));
    mEngineLabel->setText(tr("Engine:"));
    mEngine->setItemText(0, tr("Automatic (CUDA where a GPU is usable)"));
    mEngine->setItemText(1, tr("CPU"));
    mEngine->setItemText(2, tr("CUDA"));
    mStart->setText(tr("&Start"));
    mStart->setToolTip(tr("Sweep every hall of the plan: the steady state and each cooling unit and each power node "
                          "that stops cooling, failed in turn; finished runs in the folder are kept"));
    mCancel->setText(tr("&Cancel"));
    mCancel->setToolTip(tr("Stop the sweep; runs finished so far are kept and a new start resumes"));
    if (!mRunner->isRunning() && mRunner->directory().isEmpty())
        mStatus->setText(tr("Each hall's steady state and the transient after every cooling failure. A sweep can "
                            "take hours; it can be cancelled and resumed."));
}

void CoolingSweepDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CoolingSweepDialog::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the sweep's results"), folder());
    if (!dir.isEmpty())
        setFolder(dir);
}

void CoolingSweepDialog::updateButtons()
{
    const bool running = mRunner->isRunning();
    mStart->setEnabled(!running);
    mCancel->setEnabled(running);
    for (QWidget *w : std::initializer_list<QWidget *> { mFolder, mBrowse, mTransient, mJobs, mCell, mEngine })
        w->setEnabled(!running);
}

bool CoolingSweepDialog::start()
{
    SweepOptions options;
    options.transientSeconds = float(mTransient->value());
    options.jobs = mJobs->value();
    options.maxIterations = mMaxIterations;
    if (mCell->value() > 0) {
        if (mCell->value() < double(ThermalProjection::kMinCellM)) {
            mStatus->setText(tr("The cell size must be at least %1 m.")
                                 .arg(QLocale().toString(double(ThermalProjection::kMinCellM), 'f', 2)));
            return false;
        }
        options.cellM = float(mCell->value());
    }
    const engine::BackendRequest request = mEngine->currentIndex() == 1 ? engine::BackendRequest::Cpu
        : mEngine->currentIndex() == 2                                  ? engine::BackendRequest::Cuda
                                                                        : engine::BackendRequest::Auto;
    QString error;
    mResult->clear();
    if (!mRunner->start(mPlan, folder(), options, request, mPlanPath, &error)) {
        mStatus->setText(error);
        return false;
    }
    const int runs = int(mRunner->sweep().runs.size());
    mEngineText->setText(tr("Runs on the %1.").arg(mRunner->engineText()));
    mProgress->setRange(0, runs);
    mProgress->setValue(0);
    mStatus->setText(tr("%n run(s) set up; finished runs in the folder are kept.", "", runs));
    mEta->setText(tr("Time left: not known yet"));
    updateButtons();
    return true;
}

void CoolingSweepDialog::cancel()
{
    if (!mRunner->isRunning())
        return;
    mRunner->cancel();
    mStatus->setText(tr("Cancelling: waiting for the runs in progress to stop..."));
    mCancel->setEnabled(false);
}

void CoolingSweepDialog::showProgress(int done, int total, int skippedBefore, double etaSeconds, const QString &text)
{
    const QLocale locale;
    mProgress->setRange(0, total + skippedBefore);
    mProgress->setValue(done + skippedBefore);
    mStatus->setText(tr("[%1/%2] %3").arg(locale.toString(done), locale.toString(total), text));
    mEta->setText(etaSeconds >= 0 ? tr("Time left: about %1").arg(CoolingSweepRunner::durationText(etaSeconds))
                                  : tr("Time left: not known yet"));
}

void CoolingSweepDialog::showSummary()
{
    const SweepSummary &summary = mRunner->summary();
    const QLocale locale;
    mEta->clear();
    // Runs finished before this start report no progress: the bar shows the folder's state.
    mProgress->setRange(0, std::max(1, int(summary.runs.size())));
    mProgress->setValue(summary.finished);
    if (!summary.ok()) {
        mStatus->setText(summary.error);
        return;
    }
    mStatus->setText(mRunner->wasCancelled()
            ? tr("Cancelled: %1 of %2 runs finished; start again to resume.")
                  .arg(locale.toString(summary.finished), locale.toString(qsizetype(summary.runs.size())))
            : tr("Finished: %1 of %2 runs, %3 failed.")
                  .arg(locale.toString(summary.finished), locale.toString(qsizetype(summary.runs.size())),
                      locale.toString(summary.failed)));
    mResult->setPlainText(summary.lines().join(QLatin1Char('\n')));
}

void CoolingSweepDialog::reject()
{
    // Closing stops the sweep (the runs finished so far stay in the folder); the summary still arrives.
    if (mRunner->isRunning()) {
        mRunner->cancel();
        hide();
        return;
    }
    QDialog::reject();
}

}  // namespace rw
