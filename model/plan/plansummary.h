// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"

namespace rw {

/// Headline figures of a plan, computed from its devices (no projection involved).
struct PlanSummary {
    int hallCount = 0;
    int rowCount = 0;
    int rackCount = 0;
    int deviceCount = 0;
    int gpuCount = 0;
    int coolingUnitCount = 0;
    int powerNodeCount = 0;
    double nameplateItKw = 0.0;  ///< sum of devices' maximum power
    double typicalItKw = 0.0;
    double rackBudgetKw = 0.0;  ///< sum of racks' power budgets
    double heatToLiquidKw = 0.0;  ///< at maximum power
    double equipmentWeightKg = 0.0;  ///< devices plus empty racks
    int usedU = 0;
    int totalU = 0;
    std::map<QString, int> systemsByType;  ///< device type key -> count
};

PlanSummary summarize(const Plan &plan);

/// One hall's share of the headline figures, with the cooling its own units provide. The site overview and
/// the campus totals read these; the halls' figures add up to summarize() for racks, devices and power.
struct HallSummary {
    Id hallId = kNoId;
    QString name;
    double widthM = 0.0;
    double depthM = 0.0;
    double areaM2 = 0.0;
    PlanSummary figures;  ///< hallCount 1; power nodes are not counted per hall (a chain can serve several)
    double airCoolingKw = 0.0;  ///< capacity of the hall's running air units (standby units left out)
    double cduCapacityKw = 0.0;  ///< capacity of the hall's running CDUs
    double heatToAirKw = 0.0;  ///< at maximum power: nameplate less what goes to liquid
};

/// Per hall, in the order of their ids.
std::vector<HallSummary> summarizeHalls(const Plan &plan);

}  // namespace rw
