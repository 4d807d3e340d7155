// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <rackwerk/engine/thermalsolver.h>

#include <QCoreApplication>
#include <QString>

namespace rw {

/// A plan's hall turned into the thermal engine's case, or why it cannot be.
struct ThermalCaseBuild {
    engine::ThermalCase thermalCase;
    Id hallId = kNoId;
    QString error;  ///< translated; empty on success
    bool ok() const { return error.isEmpty(); }
};

/// Maps a hall of a plan to a thermal case (docs/thermal-design.md, "From plan to case"): racks from
/// position, facing and size with the air share of their devices' heat and airflow; air cooling units
/// by kind (CRAH, fan wall, in-row; perforated tiles of a raised floor share the CRAH supply);
/// containment as panels; columns, walls and obstacles as solids. Standby units do not run.
class ThermalCaseBuilder {
    Q_DECLARE_TR_FUNCTIONS(rw::ThermalCaseBuilder)
public:
    /// hallId = kNoId: the plan's first hall.
    static ThermalCaseBuild build(const Plan &plan, Id hallId = kNoId);
    /// The ASHRAE limits of a class (docs/domain-facts.md#ashrae-inlet-classes).
    static engine::ThermalLimits limitsFor(AshraeClass ashraeClass);
};

}  // namespace rw
