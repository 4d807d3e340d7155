// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "liquidcasebuilder.h"

#include <rackwerk/engine/liquid/liquidyear.h>

#include <QJsonObject>
#include <QStringList>

namespace rw {

class WeatherYear;

/// A plan's coolant loops through the site's weather year (its own, or the typical Munich year): the steady state
/// hour by hour at design load, each heat-rejection stage against the hour's outdoor air. What the heat rejection
/// and the pumps draw, the water the cooling towers use and the heat delivered to reuse, summed over the year.
class LiquidYearSummary {
    Q_DECLARE_TR_FUNCTIONS(rw::LiquidYearSummary)
public:
    /// Water a cooling tower evaporates and blows down per kWh of heat [E]: 3.6 MJ over the latent heat of water
    /// at ~30 °C (2.43 MJ/kg) is 1.48 L; blow-down at four cycles of concentration adds a third.
    static constexpr double kTowerWaterLPerKWh = 1.98;

    struct Result {
        bool ok = false;
        QString error;
        QString weather;  ///< which weather year, in words
        engine::liquid::LiquidYearResult year;
    };

    /// False (ok) and a translated one-line error when the loops cannot be built or have no steady state at
    /// design load.
    static Result run(const Plan &plan);
    /// The year's input for built's network: the weather's hours (borrowed: weather must outlive it) and what each
    /// stage's cooling unit draws (fans, chiller COP, tower water). Every hour at design load unless the caller sets
    /// heatShare.
    static engine::liquid::LiquidYearInput inputFor(
        const Plan &plan, const PlanLiquidCase &built, const WeatherYear &weather);
    static QJsonObject toJson(const PlanLiquidCase &built, const Result &result);
    static QStringList toText(const PlanLiquidCase &built, const Result &result);
};

}  // namespace rw
