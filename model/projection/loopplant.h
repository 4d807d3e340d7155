// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"
#include "weatheryear.h"

#include <rackwerk/engine/loadmodel.h>

#include <QCoreApplication>

#include <set>
#include <vector>

namespace rw {

/// A plan's coolant loops as the load projection's LoopPlant: the liquid engine's weather year (solveLiquidYear,
/// the same hourly steady states as `rackwerk-cli liquid --year`) run at the loads 1/4, 1/2, 3/4 and 1 of the loops'
/// design heat (every device at its maximum), so that the projection takes each hour's fans, compressors, tower water
/// and reused heat at the heat its racks give to the loops in that hour and trial.
struct BuiltLoopPlant {
    bool used = false;  ///< the plan has loops and their weather year ran
    engine::LoopPlant plant;  ///< table points into `table`
    std::vector<float> table;  ///< [8760][kLoopPlantLoads][kLoopPlantQuantities]
    std::set<Id> unitIds;  ///< the loops' CDUs and stage units: their energy is in the table, not the plant model
    std::set<Id> rackIds;  ///< racks on technology loops
    bool reuseStages = false;  ///< a stage delivers heat to reuse
    bool towers = false;  ///< a stage is a cooling tower (uses water)
};

class LoopPlantBuilder {
    Q_DECLARE_TR_FUNCTIONS(rw::LoopPlantBuilder)
public:
    /// Runs the weather year of the plan's loops at each load. A plan without loops gives used = false and no
    /// reason; loops that cannot be built or have no steady state at design load give used = false and a
    /// translated *whyNot.
    static BuiltLoopPlant build(const Plan &plan, const WeatherYear &weather, QString *whyNot);
};

}  // namespace rw
