// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace rw::psychrometrics {

/// Standard atmosphere at sea level, Pa.
constexpr double kSeaLevelPa = 101325.0;

/// Saturation vapour pressure over liquid water (t >= 0 °C) or ice (t < 0 °C), Pa: the Magnus form with the
/// coefficients of Alduchov and Eskridge (1996), within 0.4 % from -40 to 50 °C.
double saturationPressurePa(double temperatureC);

/// Humidity ratio (kg water per kg dry air) of air whose vapour pressure is vapourPa.
double humidityRatio(double vapourPa, double pressurePa);

/// Thermodynamic wet-bulb temperature, °C, of air at dryBulbC with the given humidity ratio: the temperature
/// at which adiabatic saturation reaches the same enthalpy (ASHRAE Handbook Fundamentals 2017, ch. 1,
/// eq. 33 above freezing and eq. 35 below), solved by bisection to 0.001 K. A humidity ratio above
/// saturation counts as saturated.
double wetBulbC(double dryBulbC, double humidityRatio, double pressurePa);

/// Wet bulb from the dew point (the EPW's humidity column).
double wetBulbFromDewPointC(double dryBulbC, double dewPointC, double pressurePa);
/// Wet bulb from relative humidity in percent.
double wetBulbFromRelativeHumidityC(double dryBulbC, double relativeHumidityPercent, double pressurePa);

}  // namespace rw::psychrometrics
