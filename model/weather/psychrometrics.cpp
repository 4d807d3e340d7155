// SPDX-License-Identifier: GPL-3.0-or-later
#include "psychrometrics.h"

#include <algorithm>
#include <cmath>

namespace rw::psychrometrics {
namespace {

constexpr double kMolarMassRatio = 0.621945;  // water vapour / dry air

/// The humidity ratio that adiabatic saturation at wetC would give air at dryC (ASHRAE eq. 33 and 35).
double ratioFromWetBulb(double dryC, double wetC, double pressurePa)
{
    const double saturated = humidityRatio(saturationPressurePa(wetC), pressurePa);
    if (wetC >= 0.0)
        return ((2501.0 - 2.326 * wetC) * saturated - 1.006 * (dryC - wetC)) / (2501.0 + 1.86 * dryC - 4.186 * wetC);
    return ((2830.0 - 0.24 * wetC) * saturated - 1.006 * (dryC - wetC)) / (2830.0 + 1.86 * dryC - 2.1 * wetC);
}

}  // namespace

double saturationPressurePa(double temperatureC)
{
    if (temperatureC >= 0.0)
        return 610.94 * std::exp(17.625 * temperatureC / (temperatureC + 243.04));
    return 611.21 * std::exp(22.587 * temperatureC / (temperatureC + 273.86));
}

double humidityRatio(double vapourPa, double pressurePa)
{
    return kMolarMassRatio * vapourPa / std::max(1.0, pressurePa - vapourPa);
}

double wetBulbC(double dryBulbC, double ratio, double pressurePa)
{
    const double saturated = humidityRatio(saturationPressurePa(dryBulbC), pressurePa);
    if (ratio >= saturated)
        return dryBulbC;
    // The ratio a wet bulb implies grows with the wet bulb: bisect between very dry air and saturation.
    double low = dryBulbC - 60.0;
    double high = dryBulbC;
    while (high - low > 0.001) {
        const double middle = 0.5 * (low + high);
        if (ratioFromWetBulb(dryBulbC, middle, pressurePa) > ratio)
            high = middle;
        else
            low = middle;
    }
    return 0.5 * (low + high);
}

double wetBulbFromDewPointC(double dryBulbC, double dewPointC, double pressurePa)
{
    // The dew point is defined over water, also below 0 °C (as EPW files and WMO practice give it).
    const double vapour = 610.94 * std::exp(17.625 * dewPointC / (dewPointC + 243.04));
    return wetBulbC(dryBulbC, humidityRatio(vapour, pressurePa), pressurePa);
}

double wetBulbFromRelativeHumidityC(double dryBulbC, double relativeHumidityPercent, double pressurePa)
{
    const double vapour = std::clamp(relativeHumidityPercent, 0.0, 100.0) / 100.0 * saturationPressurePa(dryBulbC);
    return wetBulbC(dryBulbC, humidityRatio(vapour, pressurePa), pressurePa);
}

}  // namespace rw::psychrometrics
