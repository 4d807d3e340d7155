// SPDX-License-Identifier: GPL-3.0-or-later
#include "rackwerk/engine/liquid/liquidyear.h"

#include "heatmodel.h"

#include <algorithm>
#include <cmath>

namespace rw::engine::liquid {

namespace {

LiquidYearResult refuse(LiquidStatus status, std::string error)
{
    LiquidYearResult result;
    result.status = status;
    result.error = std::move(error);
    return result;
}

/// Electric power of the pump sets at the design flows: flow times head over the wire-to-water efficiency.
double pumpPowerW(const LiquidNetwork &network, const LiquidResult &design, double efficiency)
{
    const HydraulicNetwork &h = network.hydraulics;
    double watts = 0.0;
    for (size_t k = 0; k < h.links.size(); ++k) {
        const HydraulicLink &link = h.links[k];
        if (link.kind != LinkKind::Pump || link.runningPumps <= 0)
            continue;
        const double head = design.hydraulics.pressurePa[link.to] - design.hydraulics.pressurePa[link.from];
        watts += std::max(0.0, head) * std::fabs(design.hydraulics.flowM3PerS[k]) / efficiency;
    }
    return watts;
}

}  // namespace

LiquidYearResult solveLiquidYear(const LiquidNetwork &network, const LiquidResult &design, const LiquidYearInput &input,
    const LiquidOptions &options)
{
    if (!design.ok())
        return refuse(LiquidStatus::InvalidInput, "the design state has no steady state to start from");
    if (input.hours <= 0 || !input.dryBulbC || input.units.size() != network.rejections.size()
        || !(input.pumpEfficiency > 0.0) || !(input.minSpeedShare >= 0.0))
        return refuse(LiquidStatus::InvalidInput, "the weather year needs hours, a unit per stage and an efficiency");

    LiquidNetwork hourly = network;  // the sinks and the rack heat change hour by hour
    const UnitConditions conditions { std::vector<char>(network.cdus.size(), 1),
        std::vector<char>(network.rejections.size(), 1) };
    const HeatModel model(
        hourly, design.hydraulics.flowM3PerS, design.loopDensityKgPerM3, design.loopHeatCapacityJPerKgK, conditions);
    std::vector<double> nodeTemp = design.nodeTempC;
    std::vector<double> linkTemp = design.linkTempC;
    std::vector<double> cduRemoved(network.cdus.size(), 0.0);
    std::vector<double> rejectionRemoved(network.rejections.size(), 0.0);
    const double pumpsW = pumpPowerW(network, design, input.pumpEfficiency);
    const size_t units = network.rejections.size();

    LiquidYearResult result;
    result.rejectedWh.assign(units, 0.0);
    result.electricWh.assign(units, 0.0);
    result.pumpElectricW = pumpsW;
    result.coolingElectricW.resize(size_t(input.hours));
    result.rejectionElectricW.resize(size_t(input.hours));
    result.waterLPerH.resize(size_t(input.hours));
    result.reusedW.resize(size_t(input.hours));
    result.highestSupplyC = -1e9;
    for (int hour = 0; hour < input.hours; ++hour) {
        const double dryC = input.dryBulbC[hour];
        const double wetC = input.wetBulbC ? double(input.wetBulbC[hour]) : dryC;
        for (size_t u = 0; u < units; ++u) {
            HeatRejection &unit = hourly.rejections[u];
            if (unit.kind == RejectionKind::DryCooler)
                unit.sinkTempC = dryC;
            else if (unit.kind == RejectionKind::CoolingTower)
                unit.sinkTempC = wetC;
        }
        const double share = input.heatShare ? std::max(0.0, double(input.heatShare[hour])) : 1.0;
        for (size_t r = 0; r < network.racks.size(); ++r)
            hourly.racks[r].heatToLiquidW = network.racks[r].heatToLiquidW * share;
        if (!settle(model, nodeTemp, linkTemp, cduRemoved, rejectionRemoved, options))
            ++result.hoursWithoutSteadyState;

        double heatW = 0.0;
        for (const RackLoad &rack : hourly.racks)
            heatW += rack.heatToLiquidW;
        result.heatToLiquidWh += heatW;
        double electricW = pumpsW;
        double rejectionW = 0.0;
        double waterLPerH = 0.0;
        double reusedW = 0.0;
        bool chillerRuns = false;
        for (size_t u = 0; u < units; ++u) {
            const HeatRejection &unit = hourly.rejections[u];
            const RejectionEnergy &energy = input.units[u];
            const double loadW = rejectionRemoved[u];
            result.rejectedWh[u] += loadW;
            double unitW = 0.0;
            switch (unit.kind) {
            case RejectionKind::Chiller:
                if (loadW > 0.0 && energy.designCop > 0.0) {
                    // COP follows the lift from the evaporator to the condenser (Carnot-like, within 0.5..2x).
                    const double evaporatorC = unit.setpointC - input.evaporatorBelowSupplyK;
                    const double designLift
                        = std::max(5.0, input.designOutdoorC + input.condenserAboveOutdoorK - evaporatorC);
                    const double lift = std::max(5.0, dryC + input.condenserAboveOutdoorK - evaporatorC);
                    unitW = loadW / (energy.designCop * std::clamp(designLift / lift, 0.5, 2.0));
                }
                chillerRuns = chillerRuns || loadW > 0.0;
                break;
            case RejectionKind::HeatReuse:
                reusedW += loadW;
                break;
            case RejectionKind::CoolingTower:
                waterLPerH += loadW * 1e-3 * energy.waterLPerKWh;
                [[fallthrough]];
            case RejectionKind::DryCooler:
                if (loadW > 0.0 && unit.capacityW > 0.0)
                    unitW = energy.auxPowerW * std::pow(std::max(input.minSpeedShare, loadW / unit.capacityW), 3.0);
                break;
            }
            result.electricWh[u] += unitW;
            electricW += unitW;
            rejectionW += unitW;
        }
        result.pumpElectricWh += pumpsW;
        result.waterL += waterLPerH;
        result.reusedWh += reusedW;
        result.chillerFreeHours += chillerRuns ? 0 : 1;
        result.coolingElectricW[size_t(hour)] = float(electricW);
        result.rejectionElectricW[size_t(hour)] = float(rejectionW);
        result.waterLPerH[size_t(hour)] = float(waterLPerH);
        result.reusedW[size_t(hour)] = float(reusedW);
        bool overInlet = false;
        for (const RackLoad &rack : network.racks) {
            const double supplyC = nodeTemp[model.upstream(rack.link)];
            result.highestSupplyC = std::max(result.highestSupplyC, supplyC);
            overInlet = overInlet || supplyC > rack.inletLimitC;
        }
        result.hoursOverInletLimit += overInlet ? 1 : 0;
    }
    return result;
}

}  // namespace rw::engine::liquid
