// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <rackwerk/engine/backend.h>
#include <rackwerk/engine/thermalsolver.h>

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace rw {

/// What the CLI and the GUI share around a thermal run: translated errors, the engine line and the
/// cooling units a named failure stops.
class ThermalProjection {
    Q_DECLARE_TR_FUNCTIONS(rw::ThermalProjection)
public:
    /// The engine's error in the user's language; empty when the run succeeded. A run of the case refused
    /// for its memory also names the finest cell size that would fit.
    static QString errorText(const engine::ThermalResult &result, const engine::ThermalCase &thermalCase);
    /// Why a run does not fit: the grid, the memory it needs, what the machine (or GPU) has, and the finest
    /// cell that fits (0: none).
    static QString memoryText(
        const engine::ThermalGrid &grid, const engine::MemoryShortfall &memory, float finestCellM);
    /// Why the CUDA engine is not used (translated), empty when it is usable.
    static QString cudaUnavailableText(const engine::BackendInfo &info);
    /// The cooling units of the case that stop when `what` fails: a running cooling unit of the case
    /// by id or name, or a power node (by id or name) whose failure stops units. Returns false when
    /// `what` names neither.
    static bool coolersStoppedBy(const Plan &plan, const engine::ThermalCase &thermalCase, const QString &what,
        std::vector<long long> *coolerIds);
    /// Default transient duration after a failure, in seconds.
    static constexpr float kDefaultTransientSeconds = 300.0f;
    /// Cell size limits the user may choose, in metres.
    static constexpr float kMinCellM = 0.02f;
    static constexpr float kMaxCellM = 2.0f;
};

}  // namespace rw
