// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"
#include "plan/validation.h"

#include <rackwerk/engine/backend.h>
#include <rackwerk/engine/thermalsolver.h>

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace rw {

/// What fails in a run of the sweep: a cooling unit itself, or a power node whose loss stops units.
struct SweepCause {
    enum class Kind { CoolingUnit, PowerNode };
    Kind kind = Kind::CoolingUnit;
    Id id = kNoId;
    QString name;
};

/// One run of the cooling failure sweep: a hall's steady state (no failed units), or the transient after
/// the units in failedCoolers stop at t = 0. Failures that stop the same units of a hall share one run
/// (a unit and the power node that feeds only it give the same transient); causes lists them all.
struct SweepRun {
    QString key;  ///< stable file name stem, unique within the sweep
    Id hallId = kNoId;
    QString hallName;
    std::vector<long long> failedCoolers;  ///< sorted; empty: the steady state
    std::vector<QString> failedCoolerNames;
    std::vector<SweepCause> causes;
    QString fingerprint;  ///< of the case, the failure and the settings: a result with another is stale
    bool isSteady() const { return failedCoolers.empty(); }
};

struct SweepOptions {
    float cellM = 0.0f;  ///< 0: the engine's default for each hall
    engine::Backend backend = engine::Backend::Cpu;
    engine::TurbulenceModel turbulence = engine::TurbulenceModel::KEpsilon;
    float transientSeconds = 300.0f;
    int maxIterations = 0;  ///< steady-state steps at most; 0: the engine's default
    int jobs = 1;  ///< runs at the same time
    int threadsPerRun = 0;  ///< CPU engine threads of each run; 0: the cores shared out among the jobs
};

/// The set of runs with the cases they run on (one per hall), in a fixed order.
struct SweepPlan {
    std::vector<SweepRun> runs;
    std::vector<engine::ThermalCase> cases;  ///< per run index: the hall's case (shared storage per hall)
    std::vector<int> caseOfRun;
    QString error;  ///< translated; empty on success
    bool ok() const { return error.isEmpty(); }
};

/// A finished run as the result file holds it.
struct SweepRunResult {
    QString key;
    Id hallId = kNoId;
    bool ok = false;
    QString error;  ///< translated at the time of the run
    float firstExceedanceS = -1.0f;  ///< transient: first rack outside the allowable range; < 0 none
    QString firstRackName;
    float simulatedSeconds = 0.0f;
    int racksOutsideAllowable = 0;  ///< steady state
    int racksExceeding = 0;  ///< transient: racks that left the allowable range within simulatedSeconds
    double wallSeconds = 0.0;
};

/// Per hall: the steady state and the worst cooling failure.
struct SweepHallSummary {
    Id hallId = kNoId;
    QString hallName;
    int runs = 0;
    int finished = 0;
    int failed = 0;
    int steadyRacksOutsideAllowable = -1;  ///< -1: the steady run is not finished
    int worstRun = -1;  ///< index into the manifest's runs; -1: no failure run finished
    float worstFirstExceedanceS = -1.0f;  ///< < 0: no rack left the allowable range in any finished run
    QString worstRackName;
    float simulatedSeconds = 0.0f;
};

struct SweepSummary {
    std::vector<SweepRun> runs;
    std::vector<SweepHallSummary> halls;
    int finished = 0;
    int failed = 0;
    QString engine;  ///< the engine the runs were set up for ("cpu", "cuda"), from the manifest
    QString error;  ///< translated: the folder holds no sweep
    bool ok() const { return error.isEmpty(); }
    /// One translated line per hall: "Hall 1: worst cooling failure CRAH 3: first rack outside the allowable
    /// range after 95 s", and what is missing.
    QStringList lines() const;
};

/// The cooling failure sweep (docs/cooling-sweep.md): for every hall of a plan the steady state, and for every
/// running cooling unit and every power node whose failure stops units of the hall the transient after the
/// failure, on the existing thermal engine. Every run writes one result file (temporary file, then rename), so
/// a sweep resumes after an interruption by skipping the runs whose file is there with the same fingerprint.
/// The CLI (sweep), Slurm tasks and tests share it.
class CoolingSweep {
    Q_DECLARE_TR_FUNCTIONS(rw::CoolingSweep)
public:
    /// The runs of a plan: cases are built here on the calling thread (the plan is not thread-safe).
    static SweepPlan plan(const Plan &plan, const SweepOptions &options);

    /// Writes the manifest (DIR/sweep.json: the runs, their causes and fingerprints). False and a translated
    /// reason when the folder cannot be written.
    static bool writeManifest(const QString &dir, const SweepPlan &sweep, const SweepOptions &options,
        const QString &planSource, QString *error);

    /// Whether DIR holds a finished result of the run with its fingerprint.
    static bool isFinished(const QString &dir, const SweepRun &run);
    static QString resultPath(const QString &dir, const SweepRun &run);

    /// Solves one run and writes its result file. Returns the result (ok false with the reason on failure;
    /// a failed run writes its file too, so that merge reports it, unless it was cancelled).
    static SweepRunResult runOne(const QString &dir, const SweepPlan &sweep, std::size_t index,
        const SweepOptions &options, const std::atomic<bool> *cancel = nullptr);

    struct Progress {
        std::size_t done = 0;  ///< runs finished in this call
        std::size_t total = 0;  ///< runs this call does
        std::size_t skipped = 0;  ///< runs already finished before the call
        double etaSeconds = -1.0;  ///< < 0: not known yet
        SweepRunResult last;
        std::size_t lastIndex = 0;
    };
    using ProgressCallback = std::function<void(const Progress &)>;

    /// Runs every unfinished run of the sweep, options.jobs at a time, on the calling thread's behalf;
    /// progress is called on the calling thread after each run. Returns how many runs failed (cancelled runs
    /// do not count; they leave no file).
    static int runAll(const QString &dir, const SweepPlan &sweep, const SweepOptions &options,
        const ProgressCallback &progress = {}, const std::atomic<bool> *cancel = nullptr);

    /// Reads the manifest and every result file of DIR. The CLI (sweep --merge) and the GUI both take their
    /// summary from here.
    static SweepSummary merge(const QString &dir);

    /// merge, refused (error set) unless every run of DIR is a run of PLAN with the manifest's settings, with
    /// the same fingerprint: a reviewer's `check --sweep` must not credit a sweep of another plan or version.
    static SweepSummary mergeForPlan(const QString &dir, const Plan &plan);

    /// The summary as findings of the plan, about its halls: a failure after which a rack leaves the allowable
    /// range, racks outside it in the steady state, runs failed or not finished. A hall whose racks stay in the
    /// range after every failure gives none.
    static std::vector<Finding> findings(const SweepSummary &summary);

    /// The text of a run's failure: "CRAH 3", "UPS A (stops CRAH 1, CRAH 2)", translated.
    static QString describe(const SweepRun &run);

    static QString manifestPath(const QString &dir);
};

}  // namespace rw
