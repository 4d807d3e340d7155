// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "hostdevice.h"

namespace rw::engine {

/// Air properties at about 25 °C, sea level (docs/domain-facts.md#air-properties: rho ~1.2 kg/m3,
/// cp ~1005 J/(kg K)): the one place they are written. The engines compute in float; planning figures in
/// double use the exact values.
namespace air {
constexpr double kDensityKgPerM3 = 1.2;
constexpr double kHeatCapacityJPerKgK = 1005.0;
}  // namespace air
constexpr float kAirDensityKgPerM3 = float(air::kDensityKgPerM3);
constexpr float kAirHeatCapacityJPerKgK = float(air::kHeatCapacityJPerKgK);

/// Heat one rack or device sheds into the air, and how.
struct AirHeatSource {
    float heatToAirW = 0.0f;
    float deltaTK = 0.0f;  ///< design air temperature rise across the equipment
    float declaredAirflowM3PerS = 0.0f;  ///< from the datasheet; 0 = derive from heat and delta-T
};

/// Volume flow that carries heatW at a temperature rise of deltaTK: Q = P / (rho cp dT).
RW_HD inline float airflowForHeatM3PerS(float heatW, float deltaTK)
{
    return deltaTK > 0.0f ? heatW / (kAirDensityKgPerM3 * kAirHeatCapacityJPerKgK * deltaTK) : 0.0f;
}

RW_HD inline float airflowDemandM3PerS(const AirHeatSource &source)
{
    return source.declaredAirflowM3PerS > 0.0f ? source.declaredAirflowM3PerS
                                               : airflowForHeatM3PerS(source.heatToAirW, source.deltaTK);
}

}  // namespace rw::engine
