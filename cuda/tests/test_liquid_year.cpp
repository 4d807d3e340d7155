// SPDX-License-Identifier: GPL-3.0-or-later
// Coolant loops through a weather year: two hours worked by hand (one below the free-cooling limit, where the dry
// cooler takes all the heat, one above it, where the chiller takes the rest), a cooling tower's water, heat
// reuse, and the energy balance over a whole year of the synthetic hall.
#include "check.h"
#include "liquidtestnetwork.h"
#include "rackwerk/engine/liquid/liquidyear.h"

#include <algorithm>
#include <cmath>

using namespace rw::engine::liquid;

namespace {

constexpr double kHeatW = 1e6;

/// One water loop: tank 0 -> pumps -> 1 -> heat source (a "rack", 1 MW) -> 2 -> stage 1 -> 3 -> stage 2 -> 0.
/// The flow is set for a 10 K rise; both stages cool to 30 °C, the first against the outdoor air plus 5 K.
LiquidNetwork twoStageLoop(RejectionKind first, RejectionKind second)
{
    LiquidNetwork net;
    HydraulicNetwork &h = net.hydraulics;
    h.loops.push_back({ Coolant::Water, 35.0 });
    h.nodes.resize(4);
    h.nodes[0] = { 0, true, 200e3, 0.0 };
    const double flow = kHeatW / (994.0 * 4178.0 * 10.0);
    HydraulicLink pump;
    pump.kind = LinkKind::Pump;
    pump.shutoffPa = 300e3;
    pump.pumpCoeffPaS2PerM6 = pumpCoefficient(300e3, 200e3, flow);
    pump.runningPumps = 1;
    HydraulicLink resistance;
    resistance.kind = LinkKind::Resistance;
    resistance.refDropPa = 60e3;
    resistance.refFlowM3PerS = flow;
    resistance.holdUpM3 = 0.0;
    h.links.assign(4, resistance);
    h.links[0] = pump;
    for (int k = 0; k < 4; ++k) {
        h.links[k].from = k;
        h.links[k].to = (k + 1) % 4;
    }
    net.racks.push_back({ 1, kHeatW, 45.0, 65.0, 0.0, 0.0 });
    net.rejections.push_back({ 2, first, 30.0, 2e6, first != RejectionKind::Chiller, 25.0, 5.0 });
    net.rejections.push_back({ 3, second, 30.0, 2e6, second != RejectionKind::Chiller, 25.0, 5.0 });
    return net;
}

void handWorkedHours(rw::check::Suite &suite)
{
    const LiquidNetwork net = twoStageLoop(RejectionKind::DryCooler, RejectionKind::Chiller);
    const LiquidResult design = solveLiquid(net);
    suite.expect(design.ok(), "two-stage loop solves: " + design.error);
    if (!design.ok())
        return;
    const double w = design.loopDensityKgPerM3[0] * design.hydraulics.flowM3PerS[1] * design.loopHeatCapacityJPerKgK[0];
    const float outdoor[2] = { 10.0f, 32.0f };
    LiquidYearInput input;
    input.hours = 2;
    input.dryBulbC = outdoor;
    input.units = { { 40e3, 0.0, 0.0 }, { 0.0, 4.0, 0.0 } };
    input.designOutdoorC = 30.0;
    const LiquidYearResult year = solveLiquidYear(net, design, input);
    suite.expect(year.ok(), "the two hours solve: " + year.error);
    if (!year.ok())
        return;
    // Hour 1, 10 °C: the dry cooler reaches 30 °C (10 + 5 is below): it takes all 1 MW, fans at 0.5^3 of 40 kW.
    // Hour 2, 32 °C: it cools only to 37 °C from 30 + P / w; the chiller takes w (37 - 30). Its lift is
    // 32 + 10 - 27 = 15 K against 13 K at design: COP 4 x 13 / 15.
    const double returnC = 30.0 + kHeatW / w;
    const double coolerHour2 = w * (returnC - 37.0);
    const double chillerHour2 = w * 7.0;
    suite.near(year.rejectedWh[0], kHeatW + coolerHour2, 1e-3, "dry cooler: all of hour 1, w (Tret - 37) in hour 2");
    suite.near(year.rejectedWh[1], chillerHour2, 1e-3, "chiller: nothing in hour 1, w x 7 K in hour 2");
    suite.near(coolerHour2 + chillerHour2, kHeatW, 1e-3, "hour 2: the two stages take the heat between them");
    suite.near(year.electricWh[1], chillerHour2 / (4.0 * 13.0 / 15.0), 1e-3, "compressor: load / COP at its lift");
    // Fans follow the cube of the load share, never slower than 30 % speed (hour 2: 0.3 MW of 2 MW is 15 %).
    const double fansHour1 = 40e3 * std::pow(0.5, 3.0);
    const double fansHour2 = 40e3 * std::pow(std::max(0.3, coolerHour2 / 2e6), 3.0);
    suite.near(year.electricWh[0], fansHour1 + fansHour2, 1e-6, "fans: cube of the load share");
    suite.expect(year.chillerFreeHours == 1, "one hour of free cooling");
    suite.near(year.heatToLiquidWh, 2.0 * kHeatW, 1e-6, "two hours of 1 MW");
    const double head = design.hydraulics.pressurePa[1] - design.hydraulics.pressurePa[0];
    suite.near(year.pumpElectricWh, 2.0 * head * design.hydraulics.flowM3PerS[0] / 0.65, 1e-6,
        "pumps: flow x head / efficiency, every hour");
    suite.near(year.coolingElectricW[0], fansHour1 + year.pumpElectricWh / 2.0, 1e-2,
        "hour 1's electric power: fans and pumps");
}

void towerAndReuse(rw::check::Suite &suite)
{
    const LiquidNetwork net = twoStageLoop(RejectionKind::HeatReuse, RejectionKind::CoolingTower);
    // Reuse: the district heating return at 25 °C takes the water down to 30 °C only... set its sink higher so
    // that it takes part: 33 + 5 = 38 °C leaves 8 K of the 10 K rise for the tower.
    LiquidNetwork warmReturn = net;
    warmReturn.rejections[0].sinkTempC = 33.0;
    const LiquidResult design = solveLiquid(warmReturn);
    if (!design.ok()) {
        suite.expect(false, "tower loop solves: " + design.error);
        return;
    }
    const float dry[1] = { 30.0f };
    const float wet[1] = { 20.0f };
    LiquidYearInput input;
    input.hours = 1;
    input.dryBulbC = dry;
    input.wetBulbC = wet;
    input.units = { { 0.0, 0.0, 0.0 }, { 10e3, 0.0, 2.0 } };
    const LiquidYearResult year = solveLiquidYear(warmReturn, design, input);
    const double w = design.loopDensityKgPerM3[0] * design.hydraulics.flowM3PerS[1] * design.loopHeatCapacityJPerKgK[0];
    const double reused = w * (30.0 + kHeatW / w - 38.0);
    suite.near(year.reusedWh, reused, 1e-3, "heat reuse: down to its sink plus approach");
    suite.near(year.waterL, (kHeatW - reused) * 1e-3 * 2.0, 1e-6, "tower (wet bulb 20 + 5 < 30): the rest, 2 L/kWh");
    suite.expect(year.chillerFreeHours == 1 && year.hoursWithoutSteadyState == 0, "no chiller, steady");
}

void hallYear(rw::check::Suite &suite)
{
    const LiquidNetwork hall = rw::check::liquidHall(4, 8);
    const LiquidResult design = solveLiquid(hall);
    if (!design.ok()) {
        suite.expect(false, "hall solves: " + design.error);
        return;
    }
    std::vector<float> outdoor(8760);
    std::vector<float> share(8760);
    for (int h = 0; h < 8760; ++h) {
        outdoor[size_t(h)]
            = float(9.0 - 10.0 * std::cos(6.2831853 * h / 8760.0) - 5.0 * std::cos(6.2831853 * h / 24.0));
        share[size_t(h)] = float(0.7 + 0.3 * (h % 24) / 23.0);
    }
    LiquidYearInput input;
    input.hours = 8760;
    input.dryBulbC = outdoor.data();
    input.heatShare = share.data();
    input.units.assign(hall.rejections.size(), { 20e3, 0.0, 0.0 });
    const LiquidYearResult year = solveLiquidYear(hall, design, input);
    suite.expect(year.ok() && year.hoursWithoutSteadyState == 0, "a year of the hall: steady every hour");
    double rejected = 0.0;
    for (double wh : year.rejectedWh)
        rejected += wh;
    suite.near(rejected, year.heatToLiquidWh, 1e-6 * year.heatToLiquidWh, "energy balance over the year");
    suite.near(year.reusedWh, year.rejectedWh[0], 1e-9, "the hall's first stage is its heat reuse");
    suite.expect(year.reusedWh > 0.0 && year.reusedWh < year.heatToLiquidWh, "part of the heat is reused");
    suite.expect(year.highestSupplyC <= 45.0 + 1e-9 && year.hoursOverInletLimit == 0, "supply within the limit");
    LiquidYearInput bad = input;
    bad.units.pop_back();
    suite.expect(solveLiquidYear(hall, design, bad).status == LiquidStatus::InvalidInput, "one unit short: refused");
}

}  // namespace

int main()
{
    rw::check::Suite suite;
    handWorkedHours(suite);
    towerAndReuse(suite);
    hallYear(suite);
    return suite.finish();
}
