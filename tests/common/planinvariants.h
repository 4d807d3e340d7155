// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What must hold for every plan, whatever it looks like (issue 15, "Proof"). Each check recomputes what
// it expects from the plan's entities on its own and compares it with what Rackwerk says; a violation is
// one line of text naming what disagrees. Shared by tst_planinvariants, tst_planinvariants_thermal and
// the soak program bench_planinvariants.

#include "plan/plan.h"
#include "review/reviewfile.h"

#include <QStringList>

namespace rwtest {

/// Budget totals, declarations, findings, ratings and "not assessable" (no thermal run). Empty when
/// everything holds.
QStringList checkPlanInvariants(const rw::Plan &plan, const rw::Review &review);

/// What a thermal run did, besides the violations.
struct ThermalRunFacts {
    bool ran = false;  ///< the engine solved it (not refused)
    bool settled = false;  ///< it converged within the engine's steps (the GUI and CLI say so either way)
};

/// A steady thermal run of the plan's first hall on the CPU at `cellM`: finite inlets for every rack that
/// moves air, a closed energy balance, a reason for every rack outside the allowable range and none for
/// the others, and a note for every unit that removes more than its rating. A run the engine refuses
/// because containment shuts air in passes when an air-path check names the aisle.
QStringList checkThermalInvariants(
    const rw::Plan &plan, float cellM, int threads = 1, ThermalRunFacts *facts = nullptr);

}  // namespace rwtest
