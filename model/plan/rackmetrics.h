// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"

#include <unordered_map>

namespace rw {

/// What is mounted in one rack, summed from its devices' catalogue figures.
struct RackMetrics {
    double maxPowerKw = 0.0;
    double typicalPowerKw = 0.0;
    double heatToLiquidKw = 0.0;
    double equipmentWeightKg = 0.0;  ///< devices only
    double totalWeightKg = 0.0;  ///< devices plus the empty rack
    int usedU = 0;
    int gpuCount = 0;
    int deviceCount = 0;

    /// Share of the rack's power budget used at maximum device power; 0 for a rack with no budget.
    double powerUse(const Rack &rack) const { return rack.maxPowerKw > 0 ? maxPowerKw / rack.maxPowerKw : 0.0; }
};

std::unordered_map<Id, RackMetrics> computeRackMetrics(const Plan &plan);
RackMetrics computeRackMetrics(const Plan &plan, Id rackId);

}  // namespace rw
