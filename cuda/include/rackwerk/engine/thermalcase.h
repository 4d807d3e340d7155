// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "airflow.h"
#include "ashraeclasses.h"

#include <limits>
#include <string>
#include <vector>

namespace rw::engine {

/// An axis-aligned box in hall coordinates (metres; origin at the north-west floor corner, x east,
/// y south, z up). The format is described in docs/thermal-case.md.
struct ThermalBox {
    float minM[3] = { 0, 0, 0 };
    float maxM[3] = { 0, 0, 0 };
};

/// A flat rectangle (zero extent along its normal) and the direction pointing into the room's air.
struct ThermalFace {
    ThermalBox box;
    int normalAxis = 0;  ///< 0 = x, 1 = y, 2 = z
    int normalSign = 1;  ///< +1 or -1
    float airflowM3PerS = 0.0f;  ///< cooler faces only; rack faces carry the rack's flow
};

/// A rack as a black box: air leaves the room through the intake face and comes back, heated, through
/// the exhaust face.
struct ThermalRack {
    long long id = 0;
    std::string name;
    ThermalBox body;
    ThermalFace intake;
    ThermalFace exhaust;
    float heatToAirW = 0.0f;
    float airflowM3PerS = 0.0f;
};

/// A cooling unit: return faces take air out of the room, supply faces blow it back at supplyTempC
/// (raised, when the return is so warm that the capacity would be exceeded).
struct ThermalCooler {
    long long id = 0;
    std::string name;
    std::vector<ThermalFace> supply;
    std::vector<ThermalFace> returns;
    float supplyTempC = 20.0f;
    float capacityW = 0.0f;  ///< 0 = not capped
    /// Water-cooled coil: with both set, capacityW is the rating at designReturnC and the coil removes
    /// capacityW x (return - coilWaterC) / (designReturnC - coilWaterC) at other return temperatures
    /// (constant effectiveness). Unset (NaN): the capacity is a fixed cap.
    float coilWaterC = std::numeric_limits<float>::quiet_NaN();
    float designReturnC = std::numeric_limits<float>::quiet_NaN();

    bool hasCoil() const { return coilWaterC == coilWaterC && designReturnC == designReturnC; }
    /// What the unit can remove when its return air is at returnC.
    float capacityAtReturnW(float returnC) const
    {
        if (!hasCoil())
            return capacityW;
        const float share = (returnC - coilWaterC) / (designReturnC - coilWaterC);
        return capacityW * (share > 0.0f ? share : 0.0f);
    }
};

/// Inlet temperature limits of the hall's ASHRAE class (ashraeclasses.h); A2 unless the case says.
struct ThermalLimits {
    std::string ashraeClass = kDefaultAshraeEnvelope.name;
    float recommendedMinC = kDefaultAshraeEnvelope.recommendedMinC;
    float recommendedMaxC = kDefaultAshraeEnvelope.recommendedMaxC;
    float allowableMinC = kDefaultAshraeEnvelope.allowableMinC;
    float allowableMaxC = kDefaultAshraeEnvelope.allowableMaxC;
};

/// Everything the thermal engine needs: geometry resolved into boxes and faces, flows and heat summed.
struct ThermalCase {
    std::string name;
    float sizeM[3] = { 10, 10, 3 };
    std::vector<ThermalBox> solids;  ///< columns, obstacles, cooler bodies
    std::vector<ThermalBox> panels;  ///< containment panels and doors, may be zero thickness
    std::vector<ThermalRack> racks;
    std::vector<ThermalCooler> coolers;
    float densityKgPerM3 = kAirDensityKgPerM3;
    float heatCapacityJPerKgK = kAirHeatCapacityJPerKgK;
    float referenceTempC = 25.0f;
    ThermalLimits limits;
};

}  // namespace rw::engine
