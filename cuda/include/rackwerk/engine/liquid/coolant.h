// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Coolant properties as functions of temperature, written once for CPU and GPU code.
// Sources (../shared/notes/liquid-and-campus-facts.md, section C, "PG25 (25 % PG by mass) versus water"):
// - water 30-50 °C: density and cp from the Airedale DeltaChill manual [V], viscosity and the 10, 20, 60 °C rows
//   standard IAPWS values [S];
// - PG25 30-50 °C: CoolProp 6.8.0 INCOMP::MPG[0.25] (Melinder 2010) [S]. Between 20 and 30 °C and between 50 and
//   60 °C the end segments are extended (viscosity log-linear, density and cp linear) [E]; outside the range of
//   each coolant the functions refuse (return false) instead of guessing.
// Between rows: density and cp linear, viscosity log-linear in temperature (it falls roughly exponentially).

#include "rackwerk/engine/hostdevice.h"

#include <cmath>

namespace rw::engine::liquid {

enum class Coolant : int { Water = 0, Pg25 = 1 };

struct CoolantProperties {
    double densityKgPerM3 = 0.0;
    double viscosityPaS = 0.0;  ///< dynamic viscosity
    double heatCapacityJPerKgK = 0.0;
};

/// Lowest and highest temperature the tables (and their stated extension) cover.
RW_HD inline double coolantMinTempC(Coolant coolant)
{
    return coolant == Coolant::Water ? 10.0 : 20.0;
}
RW_HD inline double coolantMaxTempC(Coolant)
{
    return 60.0;
}

/// Properties at tempC; false (and out untouched) outside coolantMinTempC..coolantMaxTempC or for NaN.
RW_HD inline bool coolantProperties(Coolant coolant, double tempC, CoolantProperties *out)
{
    if (!(tempC >= coolantMinTempC(coolant) && tempC <= coolantMaxTempC(coolant)))
        return false;
    // Rows: temperature °C, density kg/m3, viscosity mPa s, cp J/(kg K).
    constexpr int kWaterRows = 8;
    constexpr double water[kWaterRows][4] = { { 10.0, 999.70, 1.3059, 4192.0 }, { 20.0, 998.21, 1.0016, 4182.0 },
        { 30.0, 995.6, 0.7972, 4178.0 }, { 35.0, 994.0, 0.7191, 4178.0 }, { 40.0, 992.2, 0.6527, 4179.0 },
        { 45.0, 990.2, 0.5958, 4180.0 }, { 50.0, 988.0, 0.5465, 4181.0 }, { 60.0, 983.20, 0.4660, 4185.0 } };
    constexpr int kPgRows = 5;
    constexpr double pg25[kPgRows][4] = { { 30.0, 1014.9, 1.78, 3945.0 }, { 35.0, 1012.5, 1.54, 3957.0 },
        { 40.0, 1009.9, 1.35, 3969.0 }, { 45.0, 1007.2, 1.20, 3981.0 }, { 50.0, 1004.4, 1.07, 3992.0 } };
    const double(*rows)[4] = coolant == Coolant::Water ? water : pg25;
    const int count = coolant == Coolant::Water ? kWaterRows : kPgRows;
    int lower = 0;  // the segment [lower, lower + 1] that holds tempC, or the end segment it extends
    while (lower < count - 2 && tempC > rows[lower + 1][0])
        ++lower;
    const double *a = rows[lower];
    const double *b = rows[lower + 1];
    const double s = (tempC - a[0]) / (b[0] - a[0]);
    out->densityKgPerM3 = a[1] + s * (b[1] - a[1]);
    out->viscosityPaS = 1e-3 * std::exp(std::log(a[2]) + s * (std::log(b[2]) - std::log(a[2])));
    out->heatCapacityJPerKgK = a[3] + s * (b[3] - a[3]);
    return true;
}

}  // namespace rw::engine::liquid
