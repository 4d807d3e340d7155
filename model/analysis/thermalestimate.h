// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <rackwerk/engine/backend.h>
#include <rackwerk/engine/thermalsolver.h>

#include <QCoreApplication>
#include <QString>

#include <cstddef>

namespace rw {

struct ThermalRun;

/// How fast the thermal engine runs, in cell updates per second (cells x pseudo-time steps / wall time),
/// and where the figure comes from.
struct ThermalSpeed {
    enum class Source {
        NotMeasured,  ///< no figure: the time cannot be estimated
        MeasuredHere,  ///< the last run of this engine and model on this computer
        Reference,  ///< the bench figure of docs/thermal-design.md (two CPU cores)
    };
    double cellUpdatesPerSecond = 0.0;
    Source source = Source::NotMeasured;
};

/// What a thermal run will take before it starts: the grid, the memory the engine will allocate
/// (engine::predictThermalMemoryBytes) and the time, estimated from a measured speed. The steady state
/// needs an unknown number of steps: the estimate gives the time for the steps measured halls needed
/// (kTypicalSteps) and for the engine's limit; a transient after a failure comes on top and is not
/// estimated.
struct ThermalRunEstimate {
    float cellM = 0.0f;
    engine::ThermalGrid grid;
    std::size_t memoryBytes = 0;
    std::size_t memoryLimitBytes = 0;
    ThermalSpeed speed;
    int typicalStepsLow = 0;
    int typicalStepsHigh = 0;
    int maxSteps = 0;
    bool tooLarge() const { return memoryBytes > memoryLimitBytes; }
    /// Seconds for that many steps; < 0 when the speed is not measured.
    double secondsFor(int steps) const;
};

/// Estimates thermal runs, and keeps the speed of the last run per engine and turbulence model
/// (QSettings, so that the next estimate uses this computer's speed).
class ThermalEstimator {
    Q_DECLARE_TR_FUNCTIONS(rw::ThermalEstimator)
public:
    /// Steady states of the halls measured in docs/thermal-design.md took 240 to 1,570 steps.
    static constexpr int kTypicalStepsLow = 300;
    static constexpr int kTypicalStepsHigh = 1500;
    /// CPU engine on two cores, demo hall at 0.2 m (docs/thermal-design.md, performance table).
    static constexpr double kReferenceKEpsilonUpdatesPerSecond = 5.6e6;
    static constexpr double kReferenceChenXuUpdatesPerSecond = 8.0e6;

    /// cellM = 0: the engine's default for the case.
    static ThermalRunEstimate estimate(const engine::ThermalCase &thermalCase, float cellM, engine::Backend backend,
        engine::TurbulenceModel turbulence, std::size_t memoryLimitBytes);
    /// The speed to estimate with: this computer's last run of that engine and model, else the
    /// reference figure for the CPU engine, else not measured.
    static ThermalSpeed speed(engine::Backend backend, engine::TurbulenceModel turbulence);
    /// Keeps the speed of a finished steady-state run.
    static void record(const engine::ThermalResult &result);

    /// "estimate: 3 to 14 min for ... steps, at most ...; at N million cell updates per second, measured
    /// ...", or why there is none; translated.
    static QString timeText(const ThermalRunEstimate &estimate);
    static QString durationText(double seconds);
};

}  // namespace rw
