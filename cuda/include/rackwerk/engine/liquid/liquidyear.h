// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The steady state of coolant loops hour by hour through a weather year: each heat-rejection stage cools against
// the outdoor air of the hour (dry coolers: dry bulb; cooling towers: wet bulb), so the stages in series share the
// heat differently from hour to hour. Gives the electric energy of the heat rejection (fans, compressors) and the
// pumps, the water the towers evaporate and the heat delivered to reuse. The flows are those of the design state
// (the pumps run at constant speed), so each hour is a settle of the temperatures from the hour before.

#include "rackwerk/engine/liquid/liquidloop.h"

#include <vector>

namespace rw::engine::liquid {

/// What a heat-rejection unit draws and uses, beside its heat.
struct RejectionEnergy {
    double auxPowerW = 0.0;  ///< fans (and spray pumps) at full capacity; affinity: cube of the load share
    double designCop = 0.0;  ///< chillers: heat removed per electric power at designOutdoorC
    double waterLPerKWh = 0.0;  ///< cooling towers: water evaporated and blown down per kWh of heat
};

struct LiquidYearInput {
    int hours = 0;
    const float *dryBulbC = nullptr;  ///< [hours]
    const float *wetBulbC = nullptr;  ///< [hours] or nullptr: towers then take the dry bulb (an upper bound)
    const float *heatShare = nullptr;  ///< [hours] share of the racks' heat to liquid, or nullptr: all of it
    std::vector<RejectionEnergy> units;  ///< per heat-rejection unit of the network
    double designOutdoorC = 30.0;  ///< where the chillers' designCop holds
    double condenserAboveOutdoorK = 10.0;  ///< air-cooled condenser above the outdoor air
    double evaporatorBelowSupplyK = 3.0;  ///< evaporator below the chilled water leaving
    double minSpeedShare = 0.3;  ///< fans never run slower than this share of full speed
    double pumpEfficiency = 0.65;  ///< wire to water, for the pumps' electric power
};

struct LiquidYearResult {
    LiquidStatus status = LiquidStatus::Ok;
    std::string error;
    // Sums over the year, in Wh (heat and electricity) and litres.
    double heatToLiquidWh = 0.0;
    std::vector<double> rejectedWh;  ///< per heat-rejection unit
    std::vector<double> electricWh;  ///< per heat-rejection unit: fans, compressors
    double pumpElectricWh = 0.0;  ///< every pump set of the network
    double waterL = 0.0;
    double reusedWh = 0.0;  ///< taken by heat-reuse stages
    int chillerFreeHours = 0;  ///< hours in which no chiller takes heat (free cooling)
    int hoursWithoutSteadyState = 0;  ///< the stages could not take all the heat
    int hoursOverInletLimit = 0;  ///< some rack's supply above its inlet limit
    double highestSupplyC = 0.0;  ///< highest rack supply temperature of the year
    // Per hour, W and L/h.
    double pumpElectricW = 0.0;  ///< every pump set at the design flows (constant speed): the same every hour
    std::vector<float> coolingElectricW;  ///< heat rejection and pumps
    std::vector<float> rejectionElectricW;  ///< heat rejection alone (fans, compressors)
    std::vector<float> waterLPerH;
    std::vector<float> reusedW;
    bool ok() const { return status == LiquidStatus::Ok; }
};

/// Every hour of the input from the design steady state `design` (solveLiquid of the network at design load).
LiquidYearResult solveLiquidYear(const LiquidNetwork &network, const LiquidResult &design, const LiquidYearInput &input,
    const LiquidOptions &options = {});

}  // namespace rw::engine::liquid
