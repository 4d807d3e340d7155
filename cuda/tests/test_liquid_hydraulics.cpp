// SPDX-License-Identifier: GPL-3.0-or-later
// Coolant properties and the hydraulic network solver against hand-worked networks: the per-link laws against
// the pipe sizing table of ../shared/notes/liquid-and-campus-facts.md (section C), series, parallel, a bridge
// loop, a pump against a system curve with N and N+1 pumps, conservation at every node, and the refusals.
#include "check.h"
#include "rackwerk/engine/liquid/hydraulics.h"

#include <cmath>
#include <functional>

using namespace rw::engine::liquid;

namespace {

constexpr double kLitrePerMin = 1e-3 / 60.0;

/// Root of f on [lo, hi] by bisection (f changes sign): the hand calculation, independent of the Newton solver.
double bisect(const std::function<double(double)> &f, double lo, double hi)
{
    double flo = f(lo);
    for (int i = 0; i < 200; ++i) {
        const double mid = 0.5 * (lo + hi);
        const double fm = f(mid);
        if ((fm < 0.0) == (flo < 0.0)) {
            lo = mid;
            flo = fm;
        } else {
            hi = mid;
        }
    }
    return 0.5 * (lo + hi);
}

HydraulicLink pipe(int from, int to, double lengthM, double diameterM, double k = 0.0)
{
    HydraulicLink link;
    link.from = from;
    link.to = to;
    link.kind = LinkKind::Pipe;
    link.lengthM = lengthM;
    link.diameterM = diameterM;
    link.roughnessM = 0.046e-3;  // commercial steel (notes, section C)
    link.minorLossK = k;
    return link;
}

HydraulicLink resistance(int from, int to, double dropPa, double flowM3PerS)
{
    HydraulicLink link;
    link.from = from;
    link.to = to;
    link.kind = LinkKind::Resistance;
    link.refDropPa = dropPa;
    link.refFlowM3PerS = flowM3PerS;
    return link;
}

HydraulicLink pumpSet(int from, int to, double shutoffPa, double coeff, int running)
{
    HydraulicLink link;
    link.from = from;
    link.to = to;
    link.kind = LinkKind::Pump;
    link.shutoffPa = shutoffPa;
    link.pumpCoeffPaS2PerM6 = coeff;
    link.runningPumps = running;
    return link;
}

HydraulicNetwork closedLoop(Coolant coolant, double tempC, int nodeCount)
{
    HydraulicNetwork network;
    network.loops.push_back({ coolant, tempC });
    network.nodes.resize(nodeCount);
    network.nodes[0].fixedPressure = true;  // the expansion tank at the pump suction
    network.nodes[0].pressurePa = 150e3;
    return network;
}

CoolantProperties props(Coolant coolant, double tempC)
{
    CoolantProperties p;
    coolantProperties(coolant, tempC, &p);
    return p;
}

void expectNear(rw::check::Suite &suite, double actual, double expected, double relative, const std::string &what)
{
    suite.near(actual, expected, std::fabs(expected) * relative, what);
}

/// Flow in minus flow out minus demand at every node, relative to the largest link flow.
double worstImbalance(const HydraulicNetwork &network, const HydraulicResult &result)
{
    std::vector<double> balance(network.nodes.size(), 0.0);
    double largest = 0.0;
    for (size_t k = 0; k < network.links.size(); ++k) {
        balance[network.links[k].from] -= result.flowM3PerS[k];
        balance[network.links[k].to] += result.flowM3PerS[k];
        largest = std::max(largest, std::fabs(result.flowM3PerS[k]));
    }
    double worst = 0.0;
    for (size_t i = 0; i < network.nodes.size(); ++i)
        if (!network.nodes[i].fixedPressure)
            worst = std::max(worst, std::fabs(balance[i] - network.nodes[i].demandM3PerS) / largest);
    return worst;
}

void coolantTables(rw::check::Suite &suite)
{
    // Rows of the notes' table are reproduced exactly; between rows density and cp are linear.
    CoolantProperties p = props(Coolant::Pg25, 40.0);
    suite.near(p.densityKgPerM3, 1009.9, 1e-9, "PG25 density at 40 C");
    suite.near(p.viscosityPaS, 1.35e-3, 1e-12, "PG25 viscosity at 40 C");
    suite.near(p.heatCapacityJPerKgK, 3969.0, 1e-9, "PG25 cp at 40 C");
    p = props(Coolant::Water, 42.5);
    suite.near(p.densityKgPerM3, 0.5 * (992.2 + 990.2), 1e-9, "water density between rows is linear");
    suite.near(p.viscosityPaS, 1e-3 * std::sqrt(0.6527 * 0.5958), 1e-12, "water viscosity log-linear");
    // PG25 is about twice as viscous as water (notes, section C: "PG25 viscosity ~2x water").
    const double ratio = props(Coolant::Pg25, 40.0).viscosityPaS / props(Coolant::Water, 40.0).viscosityPaS;
    suite.expect(ratio > 1.9 && ratio < 2.2, "PG25 about twice as viscous as water at 40 C");
    CoolantProperties untouched;
    suite.expect(!coolantProperties(Coolant::Pg25, 15.0, &untouched), "PG25 below 20 C is refused");
    suite.expect(!coolantProperties(Coolant::Water, 70.0, &untouched), "water above 60 C is refused");
    suite.expect(!coolantProperties(Coolant::Water, std::nan(""), &untouched), "NaN is refused");
    suite.near(untouched.densityKgPerM3, 0.0, 0.0, "a refusal writes nothing");
}

void pipeLawAgainstSizingTable(rw::check::Suite &suite)
{
    // Notes, section C, "Pipe sizing for PG25 at 40 C, steel, Swamee-Jain": kPa per 100 m, rounded to 1 kPa.
    struct Row {
        Coolant coolant;
        double tempC, flowLPerMin, diameterM, kPaPer100m;
    };
    const Row rows[] = { { Coolant::Pg25, 40.0, 210.0, 0.0525, 58.0 }, { Coolant::Pg25, 40.0, 210.0, 0.0627, 24.0 },
        { Coolant::Pg25, 40.0, 3250.0, 0.2027, 12.0 }, { Coolant::Water, 40.0, 14500.0, 0.381, 8.0 } };
    for (const Row &row : rows) {
        const LinkLaw law
            = pipeLaw(pipe(0, 1, 100.0, row.diameterM), props(row.coolant, row.tempC), row.flowLPerMin * kLitrePerMin);
        suite.near(law.dropPa / 1000.0, row.kPaPer100m, 0.5,
            "sizing table " + std::to_string(int(row.flowLPerMin)) + " L/min in " + std::to_string(row.diameterM));
    }
    // Laminar: Hagen-Poiseuille dp = 128 mu L Q / (pi D^4), 1 mm/s in a 10 mm tube.
    const CoolantProperties water = props(Coolant::Water, 40.0);
    const double q = 0.25 * M_PI * 1e-4 * 0.01;
    suite.near(pipeLaw(pipe(0, 1, 10.0, 0.01), water, q).dropPa, 128.0 * water.viscosityPaS * 10.0 * q / (M_PI * 1e-8),
        1e-9, "laminar flow follows Hagen-Poiseuille");
    // The analytic gradient matches a central difference (turbulent and transitional).
    for (double flow : { 3.5e-3, 2.5e-5 }) {
        const HydraulicLink link = pipe(0, 1, 50.0, 0.0525, 3.0);
        const CoolantProperties pg = props(Coolant::Pg25, 40.0);
        const double h = flow * 1e-6;
        const double numeric = (pipeLaw(link, pg, flow + h).dropPa - pipeLaw(link, pg, flow - h).dropPa) / (2.0 * h);
        expectNear(suite, pipeLaw(link, pg, flow).gradient, numeric, 1e-5, "pipe gradient at " + std::to_string(flow));
    }
}

void series(rw::check::Suite &suite)
{
    // Tank 0 -> pump -> 1 -> supply pipe -> 2 -> rack cold plates -> 3 -> return pipe with fittings -> 0.
    HydraulicNetwork network = closedLoop(Coolant::Pg25, 40.0, 4);
    network.links = { pumpSet(0, 1, 300e3, pumpCoefficient(300e3, 200e3, 4e-3), 1), pipe(1, 2, 80.0, 0.0627),
        resistance(2, 3, 55e3, 200.0 * kLitrePerMin), pipe(3, 0, 80.0, 0.0627, 4.5) };
    const HydraulicResult result = solveHydraulics(network);
    suite.expect(result.ok(), "series loop solves: " + result.error);
    if (!result.ok())
        return;
    const CoolantProperties pg = props(Coolant::Pg25, 40.0);
    const auto system = [&](double q) {
        return pipeLaw(network.links[1], pg, q).dropPa + resistanceLaw(network.links[2], q).dropPa
            + pipeLaw(network.links[3], pg, q).dropPa + pumpLaw(network.links[0], q).dropPa;
    };
    const double hand = bisect(system, 1e-5, 0.05);
    for (int k = 0; k < 4; ++k)
        expectNear(suite, result.flowM3PerS[k], hand, 1e-3, "series flow in link " + std::to_string(k));
    expectNear(suite, result.dropPa[2], resistanceLaw(network.links[2], hand).dropPa, 1e-3, "series rack drop");
    expectNear(
        suite, -result.dropPa[0], 300e3 - network.links[0].pumpCoeffPaS2PerM6 * hand * hand, 1e-3, "series pump rise");
    expectNear(
        suite, result.pressurePa[1], 150e3 - pumpLaw(network.links[0], hand).dropPa, 1e-3, "pump discharge pressure");
    suite.expect(worstImbalance(network, result) < 1e-9, "series: mass conserved at every node");
}

void parallel(rw::check::Suite &suite)
{
    // Pump -> 1, three different branches 1 -> 2 (a pipe, a rack, a pipe with fittings), 2 -> 0.
    HydraulicNetwork network = closedLoop(Coolant::Water, 30.0, 3);
    network.links = { pumpSet(0, 1, 250e3, pumpCoefficient(250e3, 150e3, 6e-3), 1), pipe(1, 2, 40.0, 0.0525),
        resistance(1, 2, 40e3, 2.5e-3), pipe(1, 2, 25.0, 0.0409, 6.0), pipe(2, 0, 5.0, 0.1023) };
    const HydraulicResult result = solveHydraulics(network);
    suite.expect(result.ok(), "parallel network solves: " + result.error);
    if (!result.ok())
        return;
    const CoolantProperties water = props(Coolant::Water, 30.0);
    // Hand: for a header drop dp each branch carries q_i(dp); the pump flow must equal their sum.
    const auto branchFlow = [&](int k, double dp) {
        const auto law = [&](double q) {
            return (network.links[k].kind == LinkKind::Pipe ? pipeLaw(network.links[k], water, q)
                                                            : resistanceLaw(network.links[k], q))
                       .dropPa
                - dp;
        };
        return bisect(law, 0.0, 0.1);
    };
    const auto mismatch = [&](double total) {
        const double dp = -pumpLaw(network.links[0], total).dropPa - pipeLaw(network.links[4], water, total).dropPa;
        return branchFlow(1, dp) + branchFlow(2, dp) + branchFlow(3, dp) - total;
    };
    const double total = bisect(mismatch, 1e-4, 0.99 * std::sqrt(250e3 / network.links[0].pumpCoeffPaS2PerM6));
    const double dp = -pumpLaw(network.links[0], total).dropPa - pipeLaw(network.links[4], water, total).dropPa;
    expectNear(suite, result.flowM3PerS[0], total, 1e-3, "parallel: pump flow");
    for (int k = 1; k <= 3; ++k)
        expectNear(suite, result.flowM3PerS[k], branchFlow(k, dp), 1e-3, "parallel branch " + std::to_string(k));
    expectNear(suite, result.dropPa[1], dp, 1e-3, "parallel: header drop");
    suite.expect(worstImbalance(network, result) < 1e-9, "parallel: mass conserved at every node");
}

void bridgeLoop(rw::check::Suite &suite)
{
    // A Wheatstone bridge of quadratic resistances between two fixed pressures: 0 (300 kPa) -> 1, 2 -> 3 (100 kPa),
    // bridge 1 - 2. Symmetric: no bridge flow and q = sqrt(dp / 2r) in each path. Asymmetric: Kirchhoff's laws.
    for (bool symmetric : { true, false }) {
        HydraulicNetwork network;
        network.loops.push_back({ Coolant::Water, 40.0 });
        network.nodes.resize(4);
        network.nodes[0] = { 0, true, 300e3, 0.0 };
        network.nodes[3] = { 0, true, 100e3, 0.0 };
        const double r2 = symmetric ? 50e3 : 80e3;
        network.links = { resistance(0, 1, 50e3, 1e-3), resistance(0, 2, r2, 1e-3), resistance(1, 3, r2, 1e-3),
            resistance(2, 3, 50e3, 1e-3), resistance(1, 2, 30e3, 1e-3) };
        const HydraulicResult result = solveHydraulics(network);
        suite.expect(result.ok(), "bridge solves: " + result.error);
        if (!result.ok())
            continue;
        if (symmetric) {
            const double hand = std::sqrt(200e3 / 2.0 / 50e3 / 1e6);
            expectNear(suite, result.flowM3PerS[0], hand, 1e-3, "symmetric bridge: path flow");
            suite.near(result.flowM3PerS[4], 0.0, 1e-12, "symmetric bridge: no flow across");
        } else {
            // Across the bridge an antisymmetric split: flow 1 -> 2 is q0 - q2 and must match its own drop.
            const double q4 = result.flowM3PerS[4];
            expectNear(suite, result.flowM3PerS[0] - result.flowM3PerS[2], q4, 1e-9, "bridge: continuity at 1");
            double loopSum = 0.0;  // around 0-1-2-0: drop(0-1) + drop(1-2) - drop(0-2) = 0
            for (int k : { 0, 4 })
                loopSum += resistanceLaw(network.links[k], result.flowM3PerS[k]).dropPa;
            loopSum -= resistanceLaw(network.links[1], result.flowM3PerS[1]).dropPa;
            suite.near(loopSum, 0.0, 1e-6 * 200e3, "bridge: head losses sum to zero around the loop");
            suite.expect(q4 > 0.0, "bridge: flow crosses from the weak to the strong side");
        }
        suite.near(worstImbalance(network, result), 0.0, 1e-9, "bridge: mass conserved at every node");
    }
}

void pumpAgainstSystemCurve(rw::check::Suite &suite)
{
    // Pump set dp = 300 kPa - c (q/n)^2 against a system dp = R q^2: q = sqrt(300 kPa / (c / n^2 + R)).
    const double c = pumpCoefficient(300e3, 200e3, 5e-3);
    const double r = 120e3 / (6e-3 * 6e-3);
    for (int running : { 1, 2, 3 }) {
        HydraulicNetwork network = closedLoop(Coolant::Pg25, 45.0, 2);
        network.links = { pumpSet(0, 1, 300e3, c, running), resistance(1, 0, 120e3, 6e-3) };
        const HydraulicResult result = solveHydraulics(network);
        suite.expect(result.ok(), "pump against system curve: " + result.error);
        if (!result.ok())
            continue;
        const double hand = std::sqrt(300e3 / (c / (running * running) + r));
        expectNear(suite, result.flowM3PerS[0], hand, 1e-6,
            "operating point with " + std::to_string(running) + " pump(s) running");
    }
}

void refusals(rw::check::Suite &suite)
{
    HydraulicNetwork network = closedLoop(Coolant::Water, 40.0, 4);
    network.links = { pumpSet(0, 1, 300e3, 1e10, 1), pipe(1, 2, 10.0, 0.05), pipe(2, 0, 10.0, 0.05) };
    HydraulicResult result = solveHydraulics(network);
    suite.expect(result.status == HydraulicStatus::NoPath && result.badIndex == 3, "a node with no path is refused");
    network.links.push_back(pipe(2, 3, 10.0, 0.05));
    suite.expect(solveHydraulics(network).ok(), "a dead-end branch is fine");

    HydraulicNetwork deadHead = network;
    deadHead.nodes.emplace_back();
    deadHead.links.push_back(pumpSet(2, 4, 200e3, 1e10, 1));  // pumps into a dead end
    result = solveHydraulics(deadHead);
    suite.expect(result.status == HydraulicStatus::PumpDeadHead && result.badIndex == 4,
        "a pump into a dead end is refused as dead-head");
    HydraulicOptions tolerant;
    tolerant.allowDeadHead = true;
    result = solveHydraulics(deadHead, tolerant);
    suite.expect(!result.ok() && result.status == HydraulicStatus::NoPath,
        "closing the dead-headed pump leaves its dead end without a path");
    tolerant.allowIsolated = true;
    result = solveHydraulics(deadHead, tolerant);
    suite.expect(result.ok() && result.closedByCheckValve[4], "failure sweeps close a dead-headed pump instead");

    HydraulicNetwork bad = network;
    bad.links[1].lengthM = -5.0;
    result = solveHydraulics(bad);
    suite.expect(
        result.status == HydraulicStatus::InvalidInput && result.badIndex == 1, "a negative length is refused");
    bad = network;
    bad.links[2].diameterM = 0.0;
    suite.expect(solveHydraulics(bad).status == HydraulicStatus::InvalidInput, "a zero diameter is refused");
    bad = network;
    bad.links[2].diameterM = -0.05;
    suite.expect(solveHydraulics(bad).status == HydraulicStatus::InvalidInput, "a negative diameter is refused");
    bad = network;
    bad.links[0].pumpCoeffPaS2PerM6 = -1.0;
    suite.expect(solveHydraulics(bad).status == HydraulicStatus::InvalidInput, "a rising pump curve is refused");
    bad = network;
    bad.nodes[0].fixedPressure = false;
    suite.expect(solveHydraulics(bad).status == HydraulicStatus::NoPath, "a loop without an expansion tank is refused");
    bad = network;
    bad.loops[0].temperatureC = 80.0;
    suite.expect(solveHydraulics(bad).status == HydraulicStatus::PropertiesOutOfRange,
        "a coolant temperature outside the tables is refused");
    bad = network;
    bad.links[0].runningPumps = 0;
    HydraulicOptions isolated;
    isolated.allowIsolated = true;
    result = solveHydraulics(bad, isolated);
    suite.expect(result.ok() && std::fabs(result.flowM3PerS[1]) < 1e-12, "a loop whose pumps all stop has no flow");
}

void viscosityMatters(rw::check::Suite &suite)
{
    // Same loop with water and PG25: PG25 needs more pressure, so the same pump moves less.
    double flows[2] = {};
    for (Coolant coolant : { Coolant::Water, Coolant::Pg25 }) {
        HydraulicNetwork network = closedLoop(coolant, 40.0, 3);
        network.links = { pumpSet(0, 1, 200e3, pumpCoefficient(200e3, 150e3, 3e-3), 1), pipe(1, 2, 150.0, 0.0409),
            pipe(2, 0, 150.0, 0.0409) };
        const HydraulicResult result = solveHydraulics(network);
        suite.expect(result.ok(), "viscosity loop solves");
        flows[int(coolant)] = result.ok() ? result.flowM3PerS[0] : 0.0;
    }
    suite.expect(flows[1] < flows[0], "PG25 moves less than water through the same loop");
}

}  // namespace

int main()
{
    rw::check::Suite suite;
    coolantTables(suite);
    pipeLawAgainstSizingTable(suite);
    series(suite);
    parallel(suite);
    bridgeLoop(suite);
    pumpAgainstSystemCurve(suite);
    refusals(suite);
    viscosityMatters(suite);
    return suite.finish();
}
