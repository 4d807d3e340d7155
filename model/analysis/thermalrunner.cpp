// SPDX-License-Identifier: GPL-3.0-or-later
#include "thermalrunner.h"

#include "analysis/thermalcasebuilder.h"
#include "analysis/thermalestimate.h"
#include "analysis/thermalprojection.h"

#include <QLocale>
#include <QMetaObject>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace rw {

QString ThermalRun::engineReason() const
{
    return cudaFallback ? ThermalProjection::cudaUnavailableText(engine::probeBackends()) : QString();
}

void ThermalOutcome::set(std::shared_ptr<const ThermalRun> run)
{
    mRun = std::move(run);
    setStale(false);
    emit changed();
}

void ThermalOutcome::setStale(bool stale)
{
    if (mStale == stale)
        return;
    mStale = stale;
    emit staleChanged(stale);
}

ThermalRunner::ThermalRunner(const Plan &plan, ThermalOutcome *outcome, QObject *parent)
    : QObject(parent), mPlan(plan), mOutcome(outcome)
{
}

ThermalRunner::~ThermalRunner()
{
    mCancel = true;
    join();
}

void ThermalRunner::join()
{
    if (mWorker.joinable())
        mWorker.join();
}

std::size_t ThermalRunner::memoryLimitBytes() const
{
    return engine::memoryLimitBytes(mMemoryLimitBytes, false);
}

std::size_t ThermalRunner::physicalMemoryBytes()
{
#ifdef Q_OS_UNIX
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long pageSize = sysconf(_SC_PAGESIZE);
    if (pages > 0 && pageSize > 0)
        return std::size_t(pages) * std::size_t(pageSize);
#endif
    return std::size_t(8) << 30;  // unknown: assume a modest desktop
}

float ThermalRunner::defaultCellM(const Plan &plan, Id hallId)
{
    const ThermalCaseBuild build = ThermalCaseBuilder::build(plan, hallId);
    return build.ok() ? engine::defaultCellSizeM(build.thermalCase) : 0.0f;
}

bool ThermalRunner::start(const ThermalRunRequest &request, QString *error)
{
    if (mRunning) {
        *error = tr("A thermal projection is already running.");
        return false;
    }
    if (request.cellM != 0.0f
        && !(request.cellM >= ThermalProjection::kMinCellM && request.cellM <= ThermalProjection::kMaxCellM)) {
        const QLocale locale;
        *error = tr("The cell size must lie between %1 m and %2 m.")
                     .arg(locale.toString(ThermalProjection::kMinCellM, 'f', 2),
                         locale.toString(ThermalProjection::kMaxCellM, 'f', 0));
        return false;
    }
    if (!(request.transientSeconds >= 0 && request.transientSeconds <= 86400)) {
        *error = tr("The transient must last between 0 and 86,400 s.");
        return false;
    }
    ThermalCaseBuild build = ThermalCaseBuilder::build(mPlan, request.hallId);
    if (!build.ok()) {
        *error = build.error;
        return false;
    }
    auto run = std::make_shared<ThermalRun>();
    run->hallId = build.hallId;
    run->thermalCase = std::move(build.thermalCase);
    run->planContext = ThermalPlanContext::of(mPlan, build.hallId);

    engine::ThermalSettings settings;
    settings.cellM = request.cellM > 0 ? request.cellM : engine::defaultCellSizeM(run->thermalCase);
    settings.keepFields = true;
    settings.turbulence = request.turbulence;
    if (request.maxIterations > 0)
        settings.maxIterations = request.maxIterations;
    for (long long id : request.failedCoolers) {
        bool inCase = false;
        for (const engine::ThermalCooler &cooler : run->thermalCase.coolers)
            inCase = inCase || cooler.id == id;
        if (!inCase) {
            *error = tr("The cooling unit to fail (id %1) does not run in this hall.").arg(id);
            return false;
        }
        settings.failedCoolers.push_back(id);
    }
    settings.transientSeconds = request.transientSeconds;
    if (!settings.failedCoolers.empty() && settings.transientSeconds <= 0)
        settings.transientSeconds = ThermalProjection::kDefaultTransientSeconds;

    std::string why;
    if (!engine::resolveBackend(request.backend, &settings.backend, &why)) {
        *error = tr("The CUDA engine cannot run here: %1.")
                     .arg(ThermalProjection::cudaUnavailableText(engine::probeBackends()));
        return false;
    }
    if (settings.backend == engine::Backend::Cpu && request.backend != engine::BackendRequest::Cpu)
        run->cudaFallback = true;

    // Refused here, before a thread starts, with the same figures the engine would give.
    run->predictedBytes = engine::predictThermalMemoryBytes(run->thermalCase, settings.cellM);
    const bool onDevice = settings.backend == engine::Backend::Cuda;
    settings.memoryLimitBytes = engine::memoryLimitBytes(mMemoryLimitBytes, onDevice);
    if (run->predictedBytes > settings.memoryLimitBytes) {
        const engine::MemoryShortfall memory { run->predictedBytes, settings.memoryLimitBytes, onDevice };
        *error = ThermalProjection::memoryText(engine::thermalGridFor(run->thermalCase, settings.cellM), memory,
            engine::finestCellFitting(run->thermalCase, settings.memoryLimitBytes));
        return false;
    }

    join();
    mCancel = false;
    mRunning = true;
    const float transientSeconds = settings.transientSeconds;
    mWorker = std::thread([this, run, settings, transientSeconds] {
        auto report = [this, transientSeconds](const engine::ThermalProgress &p) {
            QMetaObject::invokeMethod(
                this, [this, p, transientSeconds] { onProgress(p, transientSeconds); }, Qt::QueuedConnection);
        };
        run->result = engine::solveThermal(run->thermalCase, settings, report, &mCancel);
        // The destructor joins this thread, so `this` outlives the posted call.
        QMetaObject::invokeMethod(
            this, [this, run] { onFinished(run); }, Qt::QueuedConnection);
    });
    emit progress(0.0, tr("Preparing the grid..."));
    return true;
}

void ThermalRunner::cancel()
{
    mCancel = true;
}

void ThermalRunner::onProgress(const engine::ThermalProgress &p, float transientSeconds)
{
    if (!mRunning)
        return;
    const QLocale locale;
    switch (p.phase) {
    case engine::ThermalProgress::Phase::Setup:
        emit progress(0.0, tr("Preparing the grid..."));
        break;
    case engine::ThermalProgress::Phase::Steady: {
        const double share = p.maxIterations > 0 ? double(p.iteration) / p.maxIterations : 0.0;
        emit progress(transientSeconds > 0 ? 0.5 * share : share,
            tr("Steady state: step %1 of at most %2, inlets change %3 K")
                .arg(locale.toString(p.iteration), locale.toString(p.maxIterations),
                    locale.toString(p.maxInletChangeK, 'f', 3)));
        break;
    }
    case engine::ThermalProgress::Phase::Transient:
        emit progress(transientSeconds > 0 ? 0.5 + 0.5 * std::min(1.0, double(p.timeS) / transientSeconds) : 1.0,
            tr("After the failure: %1 s of %2 s")
                .arg(locale.toString(p.timeS, 'f', 0), locale.toString(transientSeconds, 'f', 0)));
        break;
    case engine::ThermalProgress::Phase::Done:
        emit progress(1.0, tr("Collecting the results..."));
        break;
    }
}

void ThermalRunner::onFinished(std::shared_ptr<ThermalRun> run)
{
    join();
    mRunning = false;
    if (!run->result.ok()) {
        emit finished(false, ThermalProjection::errorText(run->result, run->thermalCase));
        return;
    }
    ThermalEstimator::record(run->result);  // the next estimate uses this computer's speed
    if (mOutcome)
        mOutcome->set(std::move(run));
    emit finished(true, QString());
}

}  // namespace rw
