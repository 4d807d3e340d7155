// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "weatherfilereader.h"

#include <QCoreApplication>

namespace rw {

class Plan;

/// Converts between a weather year and the form a plan stores it in (SiteWeather), and answers which weather a
/// plan's projections use.
class SiteWeatherCodec {
    Q_DECLARE_TR_FUNCTIONS(rw::SiteWeatherCodec)
public:
    /// The stored form of a file read by WeatherFileReader; the id is left for the caller.
    static SiteWeather encode(const WeatherFile &file, const QString &fileName);
    /// Reads the stored hours back; false with a translated one-line error when they are not 8,760 valid hours.
    static bool decode(const SiteWeather &stored, WeatherYear *out, QString *error);

    /// The plan's own weather, if it holds one; nullptr otherwise.
    static const SiteWeather *storedIn(const Plan &plan);
    /// The weather year a plan's projections use: its own, or the typical Munich year.
    static WeatherYear yearFor(const Plan &plan);
    /// One line naming that weather for people ("Munich (EPW, 8,760 hours): …").
    static QString describe(const Plan &plan);
};

}  // namespace rw
