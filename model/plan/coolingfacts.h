// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Cooling facts the budgets and the load projection share, each written once and citing its source
// below. Air properties live with the engines (rackwerk/engine/airflow.h), the ASHRAE
// classes too (rackwerk/engine/ashraeclasses.h).

namespace rw::cooling {

/// Water at about 25-40 °C (docs/domain-facts.md#water-and-pg25): 992-997 kg/m³, 4,178-4,180 J/(kg K).
constexpr double kWaterDensityKgPerM3 = 997.0;
constexpr double kWaterHeatCapacityJPerKgK = 4180.0;

/// Heat-exchanger approaches (docs/domain-facts.md#heat-exchanger-approach): a dry cooler delivers
/// water this much warmer than the outdoor air, and rejects heat only while the air is this much
/// colder than its return water.
constexpr double kDryCoolerApproachK = 5.0;
/// A river or ground-water heat exchanger: 3-5 K, the better end for water to water.
constexpr double kWaterHeatExchangerApproachK = 3.0;

}  // namespace rw::cooling
