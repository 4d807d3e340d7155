// SPDX-License-Identifier: GPL-3.0-or-later
#include "siteweather.h"

#include "i18n/labels.h"
#include "i18n/oneline.h"
#include "plan/plan.h"

#include <QLocale>

#include <cmath>

namespace rw {

SiteWeather SiteWeatherCodec::encode(const WeatherFile &file, const QString &fileName)
{
    SiteWeather stored;
    stored.name = fileName.left(field::kNameLength);
    stored.format = file.format;
    stored.station = file.station.left(field::kNameLength);
    const std::vector<float> &dry = file.year.temperatureC();
    const std::vector<float> &wet = file.year.wetBulbC();
    QString hours;
    hours.reserve(int(dry.size()) * 12);
    for (std::size_t h = 0; h < dry.size(); ++h) {
        hours += QString::number(double(dry[h]), 'f', 2);
        if (h < wet.size())
            hours += QLatin1Char(';') + QString::number(double(wet[h]), 'f', 2);
        hours += QLatin1Char('\n');
    }
    stored.hours = hours;
    return stored;
}

bool SiteWeatherCodec::decode(const SiteWeather &stored, WeatherYear *out, QString *error)
{
    const QStringList lines = stored.hours.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() != WeatherYear::kHours) {
        *error = tr("The stored weather \"%1\" holds %L2 hours instead of 8,760.")
                     .arg(oneLine(stored.name))
                     .arg(lines.size());
        return false;
    }
    std::vector<float> dry, wet;
    dry.reserve(WeatherYear::kHours);
    const bool withWetBulb = lines.front().contains(QLatin1Char(';'));
    if (withWetBulb)
        wet.reserve(WeatherYear::kHours);
    for (int h = 0; h < lines.size(); ++h) {
        const QStringList values = lines[h].split(QLatin1Char(';'));
        bool okDry = false, okWet = !withWetBulb;
        const double dryC = values.front().toDouble(&okDry);
        const double wetC = withWetBulb && values.size() == 2 ? values.back().toDouble(&okWet) : 0.0;
        if (!okDry || !okWet || values.size() != (withWetBulb ? 2 : 1) || !std::isfinite(dryC)
            || dryC < WeatherYear::kLowestC || dryC > WeatherYear::kHighestC
            || (withWetBulb && (wetC > dryC + 0.01 || wetC < dryC - 60.0))) {
            *error = tr("The stored weather \"%1\", hour %2: \"%3\" is not a dry bulb and wet bulb in °C.")
                         .arg(oneLine(stored.name))
                         .arg(h + 1)
                         .arg(oneLine(lines[h].left(40)));
            return false;
        }
        dry.push_back(float(dryC));
        if (withWetBulb)
            wet.push_back(float(wetC));
    }
    *out = WeatherYear::fromHours(std::move(dry), std::move(wet), stored.name);
    return true;
}

const SiteWeather *SiteWeatherCodec::storedIn(const Plan &plan)
{
    const auto &all = plan.all<SiteWeather>();
    return all.empty() ? nullptr : &all.begin()->second;
}

WeatherYear SiteWeatherCodec::yearFor(const Plan &plan)
{
    WeatherYear year;
    QString error;
    if (const SiteWeather *stored = storedIn(plan); stored && decode(*stored, &year, &error))
        return year;
    return WeatherYear::munichTypical();  // a plan with damaged hours is refused on opening; see PlanValidator
}

QString SiteWeatherCodec::describe(const Plan &plan)
{
    const SiteWeather *stored = storedIn(plan);
    if (!stored)
        return tr("typical Munich year (built from climate normals)");
    const QString format = Labels::of(stored->format);
    const QString station
        = stored->station.isEmpty() ? QString() : QStringLiteral(", %1").arg(oneLine(stored->station));
    return tr("%1 (%2%3)").arg(oneLine(stored->name), format, station);
}

}  // namespace rw
