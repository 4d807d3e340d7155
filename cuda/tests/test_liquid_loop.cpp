// SPDX-License-Identifier: GPL-3.0-or-later
// Heat in coolant loops: steady temperatures against the energy balance, the transient of one well-mixed volume
// against its closed form (flow reduced, flow stopped), the coupling of a CDU to the facility water, capacity
// shortfalls, and the failure sweep of a synthetic hall (liquidtestnetwork.h).
#include "check.h"
#include "liquidtestnetwork.h"
#include "rackwerk/engine/liquid/liquidloop.h"

#include <cmath>

using namespace rw::engine::liquid;

namespace {

/// One PG25 loop: tank 0 -> pump set (2 running) -> 1 -> CDU (no volume) -> 2 -> rack (33.6 L + plates) -> 3 ->
/// return (no volume) -> 0. The facility side is not modelled: it supplies 30 °C.
LiquidNetwork singleLoop(double rackHeatW)
{
    LiquidNetwork net;
    HydraulicNetwork &h = net.hydraulics;
    h.loops.push_back({ Coolant::Pg25, 45.0 });
    h.nodes.resize(4);
    h.nodes[0] = { 0, true, 200e3, 0.0 };
    HydraulicLink pump;
    pump.kind = LinkKind::Pump;
    pump.from = 0;
    pump.to = 1;
    pump.shutoffPa = 300e3;
    pump.pumpCoeffPaS2PerM6 = pumpCoefficient(300e3, 200e3, 2e-3);
    pump.runningPumps = 2;
    HydraulicLink cdu;
    cdu.kind = LinkKind::Resistance;
    cdu.from = 1;
    cdu.to = 2;
    cdu.refDropPa = 60e3;
    cdu.refFlowM3PerS = 4e-3;
    cdu.holdUpM3 = 0.0;
    HydraulicLink rack = cdu;
    rack.from = 2;
    rack.to = 3;
    rack.refDropPa = 55e3;
    rack.holdUpM3 = 33.6e-3;
    HydraulicLink back;
    back.kind = LinkKind::Pipe;
    back.from = 3;
    back.to = 0;
    back.lengthM = 30.0;
    back.diameterM = 0.0627;
    back.roughnessM = 0.046e-3;
    back.holdUpM3 = 0.0;
    h.links = { pump, cdu, rack, back };
    net.racks.push_back({ 2, rackHeatW, 45.0, 65.0, 0.0, 41580.0 });
    net.cdus.push_back({ 1, -1, 30.0, 4.0, 40.0, 500e3, { 0 } });
    return net;
}

void steadySingleLoop(rw::check::Suite &suite)
{
    const LiquidNetwork net = singleLoop(200e3);
    const LiquidResult result = solveLiquid(net);
    suite.expect(result.ok(), "single loop solves: " + result.error);
    if (!result.ok())
        return;
    const double q = result.hydraulics.flowM3PerS[2];
    CoolantProperties fluid;
    coolantProperties(Coolant::Pg25, result.loopTempC[0], &fluid);
    suite.near(result.loopDensityKgPerM3[0], fluid.densityKgPerM3, 1e-9, "properties at the loop's mean temperature");
    suite.near(result.racks[0].inletC, 40.0, 1e-9, "rack inlet at the CDU setpoint (30 + 4 K approach is below it)");
    suite.near(result.racks[0].outletC, 40.0 + 200e3 / (fluid.densityKgPerM3 * q * fluid.heatCapacityJPerKgK), 1e-6,
        "rack outlet = inlet + P / (rho q cp)");
    suite.expect(result.loopTempC[0] > result.racks[0].inletC && result.loopTempC[0] < result.racks[0].outletC,
        "loop mean temperature lies between supply and return");
    suite.near(result.linkPropertyTempC[2], 0.5 * (result.racks[0].inletC + result.racks[0].outletC), 1e-2,
        "the rack's viscosity at the mean of its inlet and outlet (of the first pass)");
    suite.near(result.cdus[0].loadW, 200e3, 1e-3, "CDU load = rack heat (energy balance)");
    suite.expect(!result.racks[0].inletOverLimit && !result.racks[0].returnOverLimit, "rack within its limits");
    // Warm facility water: the CDU supplies 38 + 4 = 42 °C instead of its 40 °C setpoint.
    LiquidNetwork warm = net;
    warm.cdus[0].primarySupplyC = 38.0;
    suite.near(solveLiquid(warm).racks[0].inletC, 42.0, 1e-9, "warm facility water raises the supply by the approach");
}

/// The pumps lose their power, the CDU keeps its supply at 40 °C (no volume anywhere else): the rack is one
/// well-mixed volume C with a fixed inlet and flow w(t) = w0 / (1 + t / tau). With a = w0 tau / C,
/// C dT/dt = P - w(t) (T - Tin) integrates to (T - Tin)(1 + t/tau)^a = (T0 - Tin) + P tau / (C (a + 1)) [(1 +
/// t/tau)^(a+1) - 1]; the time to the return limit is found on it by bisection.
void runDownClosedForm(rw::check::Suite &suite, const LiquidNetwork &net, const LiquidResult &base, double capacity)
{
    const double tau = 2.0;
    const double heatW = 200e3;
    const double w0 = base.loopDensityKgPerM3[0] * base.racks[0].flowM3PerS * base.loopHeatCapacityJPerKgK[0];
    const double a = w0 * tau / capacity;
    const double t0 = base.racks[0].outletC;
    const auto rackC = [&](double t) {
        const double g = 1.0 + t / tau;
        return 40.0
            + ((t0 - 40.0) + heatW * tau / (capacity * (a + 1.0)) * (std::pow(g, a + 1.0) - 1.0)) / std::pow(g, a);
    };
    double low = 0.0;
    double high = 600.0;
    for (int i = 0; i < 100; ++i)
        (rackC(0.5 * (low + high)) < 65.0 ? low : high) = 0.5 * (low + high);
    FailureCase pumpsLost(FailureKind::Units, -1);
    pumpsLost.pumpLinks = { 0 };
    TransientOptions options;
    options.stepS = 0.01;
    options.pumpRunDownS = tau;
    const FailureOutcome outcome = analyseFailure(net, base, pumpsLost, options);
    suite.expect(outcome.hydraulicsOk && outcome.racks[0].flowShort, "pumps without power: no flow in the end");
    suite.near(outcome.racks[0].secondsToThrottle, low, 2e-3 * low, "pump run-down: closed form of one volume");
    suite.expect(!std::isfinite(outcome.racks[0].secondsToInletLimit), "the CDU holds the supply at its setpoint");
    // Hand-worked: C = 33.6 L PG25 + 41.58 kJ/K plates ~ 176 kJ/K; 200 kW stagnant from T0 takes (65 - T0) C / P.
    suite.expect(low > (65.0 - t0) * capacity / heatW, "the run-down buys time over a sudden stop");
}

/// The CDU's heat exchanger loses its facility water, the pumps run on: with volume only in the rack, the whole
/// loop is one well-mixed volume that stores the rack's heat, T(t) = T0 + P t / C.
void lostFacilityWater(rw::check::Suite &suite, const LiquidNetwork &net, const LiquidResult &base, double capacity)
{
    FailureCase waterLost(FailureKind::Units, -1);
    waterLost.exchangersLost = { 0 };
    TransientOptions options;
    options.stepS = 0.01;
    const FailureOutcome outcome = analyseFailure(net, base, waterLost, options);
    const double t0 = base.racks[0].outletC;
    const double expected = (65.0 - t0) * capacity / 200e3;
    suite.expect(outcome.hydraulicsOk && !outcome.racks[0].flowShort && !outcome.steadyStateExists,
        "facility water lost: flow goes on, no steady state");
    suite.near(outcome.racks[0].secondsToThrottle, expected, 2e-3 * expected, "facility water lost: P t / C");
    suite.expect(outcome.racks[0].secondsToInletLimit <= 2.0 * options.stepS,
        "the rack's warm return comes straight back as its supply (no other volume)");
    FailureCase bad(FailureKind::Units, -1);
    bad.exchangersLost = { 3 };
    suite.expect(!analyseFailure(net, base, bad).hydraulicsOk, "a failure naming no CDU is refused");
}

void transientClosedForms(rw::check::Suite &suite)
{
    const LiquidNetwork net = singleLoop(200e3);
    const LiquidResult base = solveLiquid(net);
    if (!base.ok())
        return;
    const double rho = base.loopDensityKgPerM3[0];
    const double cp = base.loopHeatCapacityJPerKgK[0];
    const double capacity = 33.6e-3 * rho * cp + 41580.0;
    suite.near(linkHeatCapacityJPerK(net, base)[2], capacity, 1e-6, "rack volume: coolant hold-up plus plates");
    TransientOptions fine;
    fine.stepS = 0.02;

    // One of two pumps stops: the rack relaxes to its new outlet, T(t) = T2 + (T1 - T2) exp(-rho q2 cp t / C).
    LiquidNetwork limited = net;
    const double t1 = base.racks[0].outletC;
    limited.racks[0].returnLimitC = t1 + 2.0;
    FailureOutcome outcome = analyseFailure(limited, base, { FailureKind::Pump, 0 }, fine);
    suite.expect(outcome.hydraulicsOk, "pump failure solves: " + outcome.error);
    if (!outcome.hydraulicsOk)
        return;
    const double q2 = outcome.racks[0].flowM3PerS;
    const double t2 = 40.0 + 200e3 / (rho * q2 * cp);
    suite.expect(q2 < base.racks[0].flowM3PerS && t2 > t1 + 2.0, "one pump fewer: less flow, a warmer rack");
    const double closedForm = -capacity / (rho * q2 * cp) * std::log((t1 + 2.0 - t2) / (t1 - t2));
    suite.near(outcome.racks[0].secondsToLimit, closedForm, 1e-3 * closedForm, "one well-mixed volume: closed form");
    suite.expect(outcome.racksOverLimit == 1 && !outcome.racks[0].flowShort, "over its limit, but not short of flow");

    // All pumps stop at once: no flow, the volume just stores the heat: t = (limit - T1) C / P.
    TransientOptions suddenStop = fine;
    suddenStop.pumpRunDownS = 0.0;
    outcome = analyseFailure(net, base, { FailureKind::PowerPumpsOff, -1 }, suddenStop);
    suite.expect(outcome.hydraulicsOk, "all pumps stopped solves: " + outcome.error);
    if (!outcome.hydraulicsOk)
        return;
    suite.expect(outcome.racks[0].flowShort && outcome.racksLosingFlow == 1, "power lost without UPS: no flow");
    const double stagnant = (65.0 - t1) * capacity / 200e3;
    suite.near(outcome.racks[0].secondsToLimit, stagnant, 1e-3 * stagnant, "stagnant volume: linear rise");
    // The figure of the notes (B2): 227 kW into 33.6 L of PG25 (134 kJ/K) rises 1.7 K/s.
    suite.near(227e3 / (33.6e-3 * 1007.2 * 3981.0), 1.7, 0.05, "notes B2: 1.7 K/s for a stagnant VR rack");

    suite.near(outcome.racks[0].secondsToThrottle, stagnant, 1e-3 * stagnant, "the GPUs throttle at the return limit");

    runDownClosedForm(suite, net, base, capacity);
    lostFacilityWater(suite, net, base, capacity);

    // With a spare pump, losing one changes little: no rack goes over.
    LiquidNetwork spare = net;
    spare.hydraulics.links[0].runningPumps = 3;
    const LiquidResult spareBase = solveLiquid(spare);
    outcome = analyseFailure(spare, spareBase, { FailureKind::Pump, 0 }, fine);
    suite.expect(outcome.racksOverLimit == 0 && outcome.steadyStateExists, "N+1 pumps: one pump lost, no rack over");
}

/// Seconds until a well-mixed volume relaxing from t1 towards t2 at capacity flow w (W/K) with capacity C crosses
/// limit: T(t) = t2 + (t1 - t2) exp(-w t / C).
double relaxingCrossing(double t1, double t2, double w, double capacity, double limit)
{
    return -capacity / w * std::log((limit - t2) / (t1 - t2));
}

/// A pump set of two running pumps and a standby: one running pump fails, the standby starts after d seconds. Until
/// then the rack relaxes towards the outlet of one pump, T(t) = T2 + (T1 - T2) exp(-w2 t / C); from d on the flow is
/// back and the rack cools again, so its peak is T(d). A limit just below T(d) is crossed at the closed form's time,
/// one just above it never; without the standby the same failure crosses both.
void standbyFailover(rw::check::Suite &suite)
{
    LiquidNetwork net = singleLoop(200e3);
    net.hydraulics.links[0].standbyPumps = 1;
    const LiquidResult base = solveLiquid(net);
    suite.expect(base.ok(), "loop with a standby pump solves: " + base.error);
    if (!base.ok())
        return;
    const double rho = base.loopDensityKgPerM3[0];
    const double cp = base.loopHeatCapacityJPerKgK[0];
    const double capacity = 33.6e-3 * rho * cp + 41580.0;
    const double t1 = base.racks[0].outletC;
    TransientOptions options;
    options.stepS = 0.01;
    options.standbyStartS = 3.0;
    LiquidNetwork below = net;
    FailureOutcome outcome = analyseFailure(below, base, { FailureKind::Pump, 0 }, options);
    suite.expect(outcome.hydraulicsOk, "pump failure with a standby solves: " + outcome.error);
    if (!outcome.hydraulicsOk)
        return;
    const double w2 = rho * outcome.racks[0].flowM3PerS * cp;
    const double t2 = 40.0 + 200e3 / w2;
    const double peak = t2 + (t1 - t2) * std::exp(-w2 * options.standbyStartS / capacity);
    suite.expect(outcome.racks[0].flowM3PerS < base.racks[0].flowM3PerS && peak > t1 + 0.5,
        "during the failover the flow dips and the rack warms");
    suite.near(outcome.standbyStartedS, 3.0, 0.0, "the outcome says when the standby started");
    suite.expect(outcome.steadyStateExists && !outcome.racks[0].overLimitInSteadyState,
        "after the failover the loop runs as before the failure");

    below.racks[0].returnLimitC = peak - 0.05;
    outcome = analyseFailure(below, base, { FailureKind::Pump, 0 }, options);
    const double crossing = relaxingCrossing(t1, t2, w2, capacity, peak - 0.05);
    suite.near(outcome.racks[0].secondsToThrottle, crossing, 1e-3 * crossing,
        "standby failover: a limit below the dip's peak is crossed on the closed form");
    LiquidNetwork above = net;
    above.racks[0].returnLimitC = peak + 0.05;
    outcome = analyseFailure(above, base, { FailureKind::Pump, 0 }, options);
    suite.expect(!std::isfinite(outcome.racks[0].secondsToThrottle) && outcome.racksOverLimit == 0,
        "standby failover: the flow recovers before the rack reaches a limit above the dip's peak");
    above.hydraulics.links[0].standbyPumps = 0;
    outcome = analyseFailure(above, solveLiquid(above), { FailureKind::Pump, 0 }, options);
    suite.expect(std::isfinite(outcome.racks[0].secondsToThrottle), "without the standby the same limit is crossed");
    options.standbyStartS = 0.0;
    outcome = analyseFailure(below, base, { FailureKind::Pump, 0 }, options);
    suite.expect(!std::isfinite(outcome.racks[0].secondsToThrottle), "a standby that takes over at once: no dip");

    // One running pump and a standby, pumps that stop at once: the rack stagnates until the standby runs,
    // T(t) = T1 + P t / C, so a limit P d / C above T1 less a little is crossed, one a little above it is not.
    LiquidNetwork single = net;
    single.hydraulics.links[0].runningPumps = 1;
    const LiquidResult singleBase = solveLiquid(single);
    if (!singleBase.ok())
        return;
    const double s1 = singleBase.racks[0].outletC;
    TransientOptions stop = options;
    stop.pumpRunDownS = 0.0;
    stop.standbyStartS = 1.0;
    const double stagnantPeak = s1 + 200e3 * stop.standbyStartS / capacity;
    single.racks[0].returnLimitC = stagnantPeak - 0.1;
    outcome = analyseFailure(single, singleBase, { FailureKind::Pump, 0 }, stop);
    const double stagnant = (stagnantPeak - 0.1 - s1) * capacity / 200e3;
    suite.expect(outcome.racks[0].flowShort && outcome.racksLosingFlow == 1, "the only running pump fails: no flow");
    suite.near(outcome.racks[0].secondsToThrottle, stagnant, 1e-3 * stagnant,
        "standby failover of the only pump: the stagnant rise P t / C until it starts");
    single.racks[0].returnLimitC = stagnantPeak + 0.1;
    outcome = analyseFailure(single, singleBase, { FailureKind::Pump, 0 }, stop);
    suite.expect(!std::isfinite(outcome.racks[0].secondsToThrottle), "... and nothing crosses above its peak");
}

void coupledLoops(rw::check::Suite &suite)
{
    const LiquidNetwork hall = rw::check::liquidHall(3, 6);
    const LiquidResult result = solveLiquid(hall);
    suite.expect(result.ok(), "small hall solves: " + result.error);
    if (!result.ok())
        return;
    double rackHeat = 0.0;
    for (const RackLoad &rack : hall.racks)
        rackHeat += rack.heatToLiquidW;
    double cduLoad = 0.0;
    for (const UnitLoad &load : result.cdus)
        cduLoad += load.loadW;
    double rejected = 0.0;
    for (const UnitLoad &load : result.rejections)
        rejected += load.loadW;
    suite.near(cduLoad, rackHeat, 1e-6 * rackHeat, "CDUs take the racks' heat");
    suite.near(rejected, rackHeat, 1e-6 * rackHeat, "heat rejection and reuse take the CDUs' heat");
    suite.expect(result.rejections[0].loadW > 0.0, "the heat-reuse exchanger takes its share first");

    // Energy at every link: rho q cp (T_out - T_in) equals the heat the link adds or takes.
    const HydraulicNetwork &h = hall.hydraulics;
    std::vector<double> source(h.links.size(), 0.0);
    for (const RackLoad &rack : hall.racks)
        source[rack.link] += rack.heatToLiquidW;
    for (size_t c = 0; c < hall.cdus.size(); ++c) {
        source[hall.cdus[c].secondaryLink] -= result.cdus[c].loadW;
        source[hall.cdus[c].primaryLink] += result.cdus[c].loadW;
    }
    for (size_t u = 0; u < hall.rejections.size(); ++u)
        source[hall.rejections[u].link] -= result.rejections[u].loadW;
    double worst = 0.0;
    for (size_t k = 0; k < h.links.size(); ++k) {
        const double q = result.hydraulics.flowM3PerS[k];
        const int l = h.nodes[h.links[k].from].loop;
        const int up = q >= 0.0 ? h.links[k].from : h.links[k].to;
        const double carried = result.loopDensityKgPerM3[l] * std::fabs(q) * result.loopHeatCapacityJPerKgK[l]
            * (result.linkTempC[k] - result.nodeTempC[up]);
        worst = std::max(worst, std::fabs(carried - source[k]));
    }
    suite.expect(worst < 1e-3, "energy balanced at every link to 1 mW (worst " + std::to_string(worst) + " W)");
    // ... and mixed at every node: what flows out leaves at the mixed temperature of what flows in.
    double worstNode = 0.0;
    std::vector<double> inflow(h.nodes.size(), 0.0);
    std::vector<double> enthalpy(h.nodes.size(), 0.0);
    for (size_t k = 0; k < h.links.size(); ++k) {
        const double q = result.hydraulics.flowM3PerS[k];
        const int down = q >= 0.0 ? h.links[k].to : h.links[k].from;
        inflow[down] += std::fabs(q);
        enthalpy[down] += std::fabs(q) * result.linkTempC[k];
    }
    for (size_t i = 0; i < h.nodes.size(); ++i)
        if (inflow[i] > 1e-6)
            worstNode = std::max(worstNode, std::fabs(enthalpy[i] / inflow[i] - result.nodeTempC[i]));
    suite.expect(worstNode < 1e-9, "every node at the mixed temperature of its inflows");
    for (const RackState &rack : result.racks)
        suite.expect(!rack.flowShort && !rack.inletOverLimit && !rack.returnOverLimit, "hall racks within limits");
}

void shortfalls(rw::check::Suite &suite)
{
    LiquidNetwork net = singleLoop(200e3);
    net.cdus[0].capacityW = 150e3;
    const LiquidResult result = solveLiquid(net);
    suite.expect(result.status == LiquidStatus::NoSteadyState && result.cdus[0].atCapacity,
        "a CDU smaller than its racks' heat: no steady state, the CDU at capacity");
    net = singleLoop(-5.0);
    suite.expect(solveLiquid(net).status == LiquidStatus::InvalidInput, "negative rack heat is refused");
    net = singleLoop(200e3);
    net.cdus[0].approachK = -1.0;
    suite.expect(solveLiquid(net).status == LiquidStatus::InvalidInput, "a negative approach is refused");
    net = singleLoop(200e3);
    net.hydraulics.links[3].diameterM = -0.05;
    suite.expect(solveLiquid(net).status == LiquidStatus::HydraulicsFailed, "a negative pipe diameter is refused");
}

void hallFailures(rw::check::Suite &suite)
{
    rw::check::LiquidHallIndex index;
    const LiquidNetwork hall = rw::check::liquidHall(4, 8, &index);
    const LiquidResult base = solveLiquid(hall);
    if (!base.ok()) {
        suite.expect(false, "hall solves: " + base.error);
        return;
    }
    const std::vector<FailureCase> cases = singleFailures(hall);
    suite.expect(int(cases.size()) == 1 + 4 + 4 + int(hall.rejections.size()) + 2,
        "one case per pump set, CDU, heat-rejection unit and two power cases");
    const FailureOutcome onePump = analyseFailure(hall, base, { FailureKind::Pump, index.cduPumpLinks[0] });
    suite.expect(onePump.racksOverLimit == 0 && onePump.racksLosingFlow == 0, "2+1 pumps: one lost, nothing over");
    const FailureOutcome cdu = analyseFailure(hall, base, { FailureKind::Cdu, 1 });
    suite.expect(cdu.racksLosingFlow == 8 && !cdu.steadyStateExists, "a lost CDU: its 8 racks lose flow");
    bool onlyItsRacks = true;
    for (size_t r = 0; r < cdu.racks.size(); ++r) {
        const bool ofCdu1 = r >= 8 && r < 16;
        onlyItsRacks = onlyItsRacks && (std::isfinite(cdu.racks[r].secondsToLimit) == ofCdu1);
    }
    suite.expect(onlyItsRacks, "only the lost CDU's racks cross their limit");
    TransientOptions instantStop;
    instantStop.pumpRunDownS = 0.0;
    const FailureOutcome cduStopped = analyseFailure(hall, base, { FailureKind::Cdu, 1 }, instantStop);
    suite.expect(cduStopped.racks[8].secondsToLimit > 1.0 && cduStopped.racks[8].secondsToLimit < 30.0,
        "stagnant racks cross within seconds (notes B2: 5-15 s per tray)");
    suite.expect(
        cdu.racks[8].secondsToLimit > cduStopped.racks[8].secondsToLimit && cdu.racks[8].secondsToLimit < 120.0,
        "the pumps' run-down carries heat into the loop: later than a sudden stop, still within two minutes");
    suite.expect(cdu.racks[8].secondsToThrottle == cdu.racks[8].secondsToLimit,
        "a stopped CDU: the GPUs throttle before the supply crosses its limit");
    const FailureOutcome cooler = analyseFailure(hall, base, { FailureKind::HeatRejection, 1 });
    suite.expect(cooler.racksOverLimit == 0 && cooler.steadyStateExists, "N+1 dry coolers: one lost, nothing over");
    const FailureOutcome ups = analyseFailure(hall, base, { FailureKind::PowerPumpsOnUps, -1 });
    const FailureOutcome off = analyseFailure(hall, base, { FailureKind::PowerPumpsOff, -1 });
    suite.expect(!ups.steadyStateExists && ups.racksLosingFlow == 0, "power lost, pumps on UPS: flow, no rejection");
    suite.expect(std::isfinite(ups.racks[0].secondsToLimit) && std::isfinite(off.racks[0].secondsToLimit)
            && ups.racks[0].secondsToLimit > 3.0 * off.racks[0].secondsToLimit,
        "pumps on UPS buy time: the whole loop's mass absorbs the heat");
}

/// Halls of many shapes with pipe lengths, diameters and rack heats varied (a fixed linear congruential sequence):
/// every one solves, conserves mass at every node and energy overall, and survives its whole failure sweep.
void variedHalls(rw::check::Suite &suite)
{
    unsigned state = 12345u;
    const auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return double(state >> 8) / double(1u << 24);
    };
    int solved = 0;
    int sweeps = 0;
    for (int cdus = 1; cdus <= 3; ++cdus) {
        for (int racks = 1; racks <= 9; racks += 2) {
            LiquidNetwork hall = rw::check::liquidHall(cdus, racks);
            for (HydraulicLink &link : hall.hydraulics.links)
                if (link.kind == LinkKind::Pipe) {
                    link.lengthM *= 0.5 + next();
                    link.diameterM *= 0.8 + 0.4 * next();
                }
            double heat = 0.0;
            for (RackLoad &rack : hall.racks) {
                rack.heatToLiquidW *= 0.3 + 0.7 * next();
                heat += rack.heatToLiquidW;
            }
            const LiquidResult result = solveLiquid(hall);
            if (!result.ok()) {
                suite.expect(false, "varied hall solves: " + result.error);
                continue;
            }
            ++solved;
            std::vector<double> balance(hall.hydraulics.nodes.size(), 0.0);
            double largest = 0.0;
            for (size_t k = 0; k < hall.hydraulics.links.size(); ++k) {
                balance[hall.hydraulics.links[k].from] -= result.hydraulics.flowM3PerS[k];
                balance[hall.hydraulics.links[k].to] += result.hydraulics.flowM3PerS[k];
                largest = std::max(largest, std::fabs(result.hydraulics.flowM3PerS[k]));
            }
            double worst = 0.0;
            for (size_t i = 0; i < balance.size(); ++i)
                if (!hall.hydraulics.nodes[i].fixedPressure)
                    worst = std::max(worst, std::fabs(balance[i]) / largest);
            suite.expect(worst < 1e-9, "varied hall: mass conserved at every node");
            double removed = 0.0;
            for (const UnitLoad &load : result.rejections)
                removed += load.loadW;
            suite.near(removed, heat, 1e-6 * heat, "varied hall: heat in = heat rejected");
            for (const FailureCase &failure : singleFailures(hall)) {
                const FailureOutcome outcome = analyseFailure(hall, result, failure);
                suite.expect(outcome.hydraulicsOk && outcome.racks.size() == hall.racks.size(),
                    "varied hall: every failure case solves: " + outcome.error);
                ++sweeps;
            }
        }
    }
    suite.expect(solved == 15 && sweeps > 100, "all varied halls and their failure cases ran");
}

}  // namespace

int main()
{
    rw::check::Suite suite;
    steadySingleLoop(suite);
    transientClosedForms(suite);
    standbyFailover(suite);
    coupledLoops(suite);
    shortfalls(suite);
    hallFailures(suite);
    variedHalls(suite);
    return suite.finish();
}
