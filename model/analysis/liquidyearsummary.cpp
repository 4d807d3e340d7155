// SPDX-License-Identifier: GPL-3.0-or-later
#include "liquidyearsummary.h"

#include "projection/weatheryear.h"
#include "weather/siteweather.h"

#include <QJsonArray>
#include <QLocale>

#include <numeric>

namespace rw {

using namespace engine::liquid;

namespace {

QString number(double value, int decimals = 1)
{
    return QLocale().toString(value, 'f', decimals);
}

/// Sums over the heat-rejection units of one kind.
double sumOfKind(const LiquidNetwork &network, const std::vector<double> &perUnit, RejectionKind kind)
{
    double sum = 0.0;
    for (std::size_t u = 0; u < perUnit.size(); ++u)
        if (network.rejections[u].kind == kind)
            sum += perUnit[u];
    return sum;
}

}  // namespace

LiquidYearInput LiquidYearSummary::inputFor(const Plan &plan, const PlanLiquidCase &built, const WeatherYear &weather)
{
    const LiquidNetwork &network = built.liquidCase.network;
    LiquidYearInput input;
    input.hours = WeatherYear::kHours;
    input.dryBulbC = weather.temperatureC().data();
    input.wetBulbC = weather.wetBulbC().empty() ? nullptr : weather.wetBulbC().data();
    input.designOutdoorC = plan.site().designOutdoorTempC;
    input.units.resize(network.rejections.size());
    for (const BuiltLoop &loop : built.loops) {
        for (std::size_t i = 0; i < loop.rejections.size(); ++i) {
            const CoolingUnit *unit = plan.find<CoolingUnit>(loop.rejectionUnitIds[i]);
            RejectionEnergy energy;
            const RejectionKind kind = network.rejections[std::size_t(loop.rejections[i])].kind;
            if (kind == RejectionKind::Chiller)
                energy.designCop = unit->cop > 0.0
                    ? unit->cop
                    : (unit->powerDrawKw > 0.0 ? unit->capacityKw / unit->powerDrawKw : 0.0);
            else if (kind != RejectionKind::HeatReuse)
                energy.auxPowerW = unit->powerDrawKw * 1e3;
            if (kind == RejectionKind::CoolingTower)
                energy.waterLPerKWh = kTowerWaterLPerKWh;
            input.units[std::size_t(loop.rejections[i])] = energy;
        }
    }
    return input;
}

LiquidYearSummary::Result LiquidYearSummary::run(const Plan &plan)
{
    Result result;
    PlanLiquidCase built;
    if (!LiquidCaseBuilder::build(plan, &built, &result.error))
        return result;
    const LiquidNetwork &network = built.liquidCase.network;
    const LiquidResult design = solveLiquid(network);
    if (!design.ok()) {
        result.error = tr("The coolant loops have no steady state at design load; the weather year is not run.");
        return result;
    }
    const WeatherYear weather = SiteWeatherCodec::yearFor(plan);
    result.weather = SiteWeatherCodec::describe(plan);
    const LiquidYearInput input = inputFor(plan, built, weather);
    result.year = solveLiquidYear(network, design, input);
    if (!result.year.ok()) {
        result.error = tr("The weather year could not be run: the heat-rejection stages do not match the loops.");
        return result;
    }
    result.ok = true;
    return result;
}

QJsonObject LiquidYearSummary::toJson(const PlanLiquidCase &built, const Result &result)
{
    const LiquidNetwork &network = built.liquidCase.network;
    const LiquidYearResult &y = result.year;
    const double heatMWh = y.heatToLiquidWh / 1e6;
    const double rejectionMWh = std::accumulate(y.electricWh.begin(), y.electricWh.end(), 0.0) / 1e6;
    QJsonArray units;
    for (std::size_t u = 0; u < y.rejectedWh.size(); ++u)
        units.append(QJsonObject { { QStringLiteral("id"), built.liquidCase.rejectionIds.at(int(u)) },
            { QStringLiteral("heatMWh"), y.rejectedWh[u] / 1e6 },
            { QStringLiteral("electricMWh"), y.electricWh[u] / 1e6 } });
    return QJsonObject { { QStringLiteral("weather"), result.weather },
        { QStringLiteral("hours"), int(y.waterLPerH.size()) }, { QStringLiteral("heatToLiquidMWh"), heatMWh },
        { QStringLiteral("heatRejectionElectricMWh"), rejectionMWh },
        { QStringLiteral("fansMWh"),
            (sumOfKind(network, y.electricWh, RejectionKind::DryCooler)
                + sumOfKind(network, y.electricWh, RejectionKind::CoolingTower))
                / 1e6 },
        { QStringLiteral("compressorsMWh"), sumOfKind(network, y.electricWh, RejectionKind::Chiller) / 1e6 },
        { QStringLiteral("pumpsMWh"), y.pumpElectricWh / 1e6 }, { QStringLiteral("waterM3"), y.waterL / 1e3 },
        { QStringLiteral("reusedMWh"), y.reusedWh / 1e6 },
        { QStringLiteral("coolingEnergyPerHeat"),
            heatMWh > 0 ? (rejectionMWh + y.pumpElectricWh / 1e6) / heatMWh : 0.0 },
        { QStringLiteral("waterLPerKWhHeat"), y.heatToLiquidWh > 0 ? y.waterL / (y.heatToLiquidWh / 1e3) : 0.0 },
        { QStringLiteral("reusedShareOfHeat"), y.heatToLiquidWh > 0 ? y.reusedWh / y.heatToLiquidWh : 0.0 },
        { QStringLiteral("chillerFreeHours"), y.chillerFreeHours },
        { QStringLiteral("hoursWithoutSteadyState"), y.hoursWithoutSteadyState },
        { QStringLiteral("hoursOverInletLimit"), y.hoursOverInletLimit },
        { QStringLiteral("highestSupplyC"), y.highestSupplyC }, { QStringLiteral("units"), units } };
}

QStringList LiquidYearSummary::toText(const PlanLiquidCase &built, const Result &result)
{
    const LiquidNetwork &network = built.liquidCase.network;
    const LiquidYearResult &y = result.year;
    const double heat = y.heatToLiquidWh;
    const double rejection = std::accumulate(y.electricWh.begin(), y.electricWh.end(), 0.0);
    const double fans = sumOfKind(network, y.electricWh, RejectionKind::DryCooler)
        + sumOfKind(network, y.electricWh, RejectionKind::CoolingTower);
    QStringList lines;
    lines << tr("Weather year: %1").arg(result.weather);
    lines << tr("Heat to liquid at design load: %1 MWh").arg(number(heat / 1e6, 0));
    lines << tr("Heat rejection: %1 MWh electric (fans %2 MWh, compressors %3 MWh); pumps %4 MWh")
                 .arg(number(rejection / 1e6), number(fans / 1e6),
                     number(sumOfKind(network, y.electricWh, RejectionKind::Chiller) / 1e6),
                     number(y.pumpElectricWh / 1e6));
    lines << tr("Cooling energy per unit of liquid heat: %1")
                 .arg(number(heat > 0 ? (rejection + y.pumpElectricWh) / heat : 0.0, 3));
    lines << tr("Cooling-tower water: %1 m³ (%2 L per kWh of liquid heat)")
                 .arg(number(y.waterL / 1e3, 0), number(heat > 0 ? y.waterL / (heat / 1e3) : 0.0, 2));
    lines << tr("Heat delivered to reuse: %1 MWh (%2 % of the liquid heat)")
                 .arg(number(y.reusedWh / 1e6, 0), number(heat > 0 ? 100.0 * y.reusedWh / heat : 0.0));
    lines << tr("Hours without a chiller (free cooling): %1 of %2; hours without a steady state: %3; hours with a rack "
                "supply over its limit: %4; highest rack supply %5 °C")
                 .arg(QLocale().toString(y.chillerFreeHours), QLocale().toString(int(y.waterLPerH.size())),
                     QLocale().toString(y.hoursWithoutSteadyState), QLocale().toString(y.hoursOverInletLimit),
                     number(y.highestSupplyC));
    for (std::size_t u = 0; u < y.rejectedWh.size(); ++u)
        lines << QStringLiteral("  ")
                + tr("%1: %2 MWh of heat, %3 MWh electric")
                      .arg(built.liquidCase.rejectionIds.at(int(u)), number(y.rejectedWh[u] / 1e6, 0),
                          number(y.electricWh[u] / 1e6));
    return lines;
}

}  // namespace rw
