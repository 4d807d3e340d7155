// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/coolingsweeprunner.h"

#include "analysis/thermalprojection.h"

#include <QDir>
#include <QLocale>

#include <cmath>

namespace rw {

CoolingSweepRunner::CoolingSweepRunner(QObject *parent) : QObject(parent)
{
}

CoolingSweepRunner::~CoolingSweepRunner()
{
    mCancel = true;
    join();
}

void CoolingSweepRunner::join()
{
    if (mWorker.joinable())
        mWorker.join();
}

QString CoolingSweepRunner::durationText(double seconds)
{
    const QLocale locale;
    if (seconds < 90)
        return tr("%1 s").arg(locale.toString(std::lround(seconds)));
    if (seconds < 5400)
        return tr("%1 min").arg(locale.toString(std::lround(seconds / 60)));
    return tr("%1 h").arg(locale.toString(seconds / 3600, 'f', 1));
}

bool CoolingSweepRunner::start(const Plan &plan, const QString &dir, SweepOptions options,
    engine::BackendRequest request, const QString &planSource, QString *error)
{
    if (mRunning) {
        *error = tr("A cooling failure sweep is running already.");
        return false;
    }
    if (dir.trimmed().isEmpty()) {
        *error = tr("Choose a folder for the sweep's results.");
        return false;
    }
    std::string why;
    if (!engine::resolveBackend(request, &options.backend, &why)) {
        *error = tr("The CUDA engine cannot run here: %1").arg(QString::fromStdString(why));
        return false;
    }
    SweepPlan sweep = CoolingSweep::plan(plan, options);
    if (!sweep.ok()) {
        *error = sweep.error;
        return false;
    }
    if (!CoolingSweep::writeManifest(dir, sweep, options, planSource, error))
        return false;
    join();
    mSweep = std::move(sweep);
    mOptions = options;
    mDir = dir;
    // A fallback from CUDA to the CPU says why, in the words the thermal projection uses.
    mEngineWhy = why.empty() ? QString() : ThermalProjection::cudaUnavailableText(engine::probeBackends());
    mCancel = false;
    mCancelled = false;
    mRunning = true;
    mWorker = std::thread([this] {
        CoolingSweep::runAll(
            mDir, mSweep, mOptions,
            [this](const CoolingSweep::Progress &p) {
                QMetaObject::invokeMethod(
                    this, [this, p] { onProgress(p); }, Qt::QueuedConnection);
            },
            &mCancel);
        // The destructor joins this thread, so `this` outlives the posted call.
        QMetaObject::invokeMethod(
            this, [this] { onFinished(); }, Qt::QueuedConnection);
    });
    return true;
}

void CoolingSweepRunner::cancel()
{
    mCancel = true;
}

QString CoolingSweepRunner::engineText() const
{
    const QString name = mOptions.backend == engine::Backend::Cuda ? tr("CUDA engine") : tr("CPU engine");
    return mEngineWhy.isEmpty() ? name : tr("%1 (%2)").arg(name, mEngineWhy);
}

void CoolingSweepRunner::onProgress(const CoolingSweep::Progress &p)
{
    if (!mRunning)
        return;
    const QLocale locale;
    const SweepRun &run = mSweep.runs[p.lastIndex];
    QString outcome;
    if (!p.last.ok)
        outcome = tr("failed: %1").arg(p.last.error);
    else if (run.isSteady())
        outcome = tr("%n rack(s) outside the allowable range", "", p.last.racksOutsideAllowable);
    else if (p.last.firstExceedanceS >= 0)
        outcome = tr("first rack outside the allowable range after %1 s")
                      .arg(locale.toString(p.last.firstExceedanceS, 'f', 0));
    else
        outcome = tr("every rack stays in the allowable range for %1 s")
                      .arg(locale.toString(p.last.simulatedSeconds, 'f', 0));
    emit progress(int(p.done), int(p.total), int(p.skipped), p.etaSeconds,
        tr("%1, %2: %3 (%4)")
            .arg(run.hallName, CoolingSweep::describe(run), outcome, durationText(p.last.wallSeconds)));
}

void CoolingSweepRunner::onFinished()
{
    join();
    mRunning = false;
    mCancelled = mCancel.load();
    mSummary = CoolingSweep::merge(mDir);
    emit finished();
}

}  // namespace rw
