// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/thermalreasons.h"
#include "plan/plan.h"

#include <rackwerk/engine/backend.h>
#include <rackwerk/engine/thermalsolver.h>

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

namespace rw {

/// What the user asks of one thermal run.
struct ThermalRunRequest {
    Id hallId = kNoId;  ///< kNoId: the plan's first hall
    float cellM = 0.0f;  ///< 0: the engine's default for the hall
    engine::BackendRequest backend = engine::BackendRequest::Auto;
    engine::TurbulenceModel turbulence = engine::TurbulenceModel::KEpsilon;
    std::vector<long long> failedCoolers;  ///< cooling units that stop at t = 0 of a transient
    float transientSeconds = 0.0f;  ///< 0: steady state only
    int maxIterations = 0;  ///< steady-state steps at most; 0: the engine's default
};

/// A finished run: the case it ran on, the engine's result and why that engine ran.
struct ThermalRun {
    Id hallId = kNoId;
    engine::ThermalCase thermalCase;
    engine::ThermalResult result;
    bool cudaFallback = false;  ///< the CPU ran although CUDA was asked for or possible
    /// Why the CPU ran (empty when there is nothing to explain), translated when asked.
    QString engineReason() const;
    std::size_t predictedBytes = 0;
    ThermalPlanContext planContext;  ///< rows and contained aisles as they were, for the reasons
};

/// The last thermal run, for views to read; changed() after every new run or clear().
class ThermalOutcome : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    const ThermalRun *run() const { return mRun.get(); }
    std::shared_ptr<const ThermalRun> shared() const { return mRun; }
    void set(std::shared_ptr<const ThermalRun> run);
    void clear() { set(nullptr); }
    /// True when the plan changed after the run, so that the figures may no longer hold.
    bool isStale() const { return mStale; }
    void setStale(bool stale);

signals:
    void changed();
    void staleChanged(bool stale);

private:
    std::shared_ptr<const ThermalRun> mRun;
    bool mStale = false;
};

/// Runs the thermal projection of a hall in the background: builds the case on the calling thread
/// (the plan is not thread-safe), checks the memory the engine will need, then solves on a worker
/// thread. Progress and the end arrive as queued signals on this object's thread; cancel() stops the
/// engine at its next step. The result goes to the ThermalOutcome.
class ThermalRunner : public QObject {
    Q_OBJECT
public:
    explicit ThermalRunner(const Plan &plan, ThermalOutcome *outcome, QObject *parent = nullptr);
    ~ThermalRunner() override;

    /// Starts a run. Returns false with a translated reason (bad hall, too large a grid, CUDA asked
    /// for but unusable, already running); nothing runs then.
    bool start(const ThermalRunRequest &request, QString *error);
    void cancel();
    bool isRunning() const { return mRunning; }

    /// The most memory a run on the CPU may take: the limit set, else what the machine has available now.
    std::size_t memoryLimitBytes() const;
    /// 0: what the machine (or the GPU, for the CUDA engine) has available when a run starts.
    void setMemoryLimitBytes(std::size_t bytes) { mMemoryLimitBytes = bytes; }
    static std::size_t physicalMemoryBytes();

    /// The default cell size for a hall (0 if the hall cannot be mapped).
    static float defaultCellM(const Plan &plan, Id hallId);

signals:
    /// fraction in [0, 1]; text says the phase and step (translated).
    void progress(double fraction, const QString &text);
    /// The run ended; error is empty on success (translated otherwise, also on cancel).
    void finished(bool ok, const QString &error);

private:
    void onProgress(const engine::ThermalProgress &p, float transientSeconds);
    void onFinished(std::shared_ptr<ThermalRun> run);
    void join();

    const Plan &mPlan;
    ThermalOutcome *mOutcome;
    std::thread mWorker;
    std::atomic<bool> mCancel { false };
    bool mRunning = false;
    std::size_t mMemoryLimitBytes = 0;
};

}  // namespace rw
