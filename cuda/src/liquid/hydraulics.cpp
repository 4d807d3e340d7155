// SPDX-License-Identifier: GPL-3.0-or-later
#include "rackwerk/engine/liquid/hydraulics.h"

#include "envelopecholesky.h"

#include <cmath>
#include <limits>
#include <queue>

namespace rw::engine::liquid {

namespace {

constexpr double kPi = 3.14159265358979323846;
/// Below this flow the gradient of a quadratic law is taken at this flow, so that 1/gradient stays finite
/// (EPANET does the same with its RQTOL).
constexpr double kFlowFloorM3PerS = 1e-7;
/// A running pump set that moves less than this is dead-headed.
constexpr double kDeadHeadFlowM3PerS = 1e-9;

bool isOpen(const HydraulicLink &link, const std::vector<bool> &closedByCheckValve, int index)
{
    return !(link.kind == LinkKind::Pump && (link.runningPumps <= 0 || closedByCheckValve[index]));
}

HydraulicResult refuse(HydraulicStatus status, int index, std::string error)
{
    HydraulicResult result;
    result.status = status;
    result.badIndex = index;
    result.error = std::move(error);
    return result;
}

/// Geometry and references; a refusal names the first bad element.
HydraulicResult validate(const HydraulicNetwork &network)
{
    const int nodeCount = int(network.nodes.size());
    for (int i = 0; i < nodeCount; ++i) {
        const HydraulicNode &node = network.nodes[i];
        if (node.loop < 0 || node.loop >= int(network.loops.size()))
            return refuse(HydraulicStatus::InvalidInput, i, "node " + std::to_string(i) + " names no loop");
        if (!std::isfinite(node.pressurePa) || !std::isfinite(node.demandM3PerS))
            return refuse(HydraulicStatus::InvalidInput, i, "node " + std::to_string(i) + " has a non-finite value");
    }
    for (int k = 0; k < int(network.links.size()); ++k) {
        const HydraulicLink &link = network.links[k];
        const std::string name = "link " + std::to_string(k);
        if (link.from < 0 || link.from >= nodeCount || link.to < 0 || link.to >= nodeCount || link.from == link.to)
            return refuse(HydraulicStatus::InvalidInput, k, name + " does not join two different known nodes");
        if (network.nodes[link.from].loop != network.nodes[link.to].loop)
            return refuse(HydraulicStatus::InvalidInput, k, name + " joins two loops (use a heat exchanger)");
        if (!(link.minorLossK >= 0.0) || !std::isfinite(link.minorLossK))
            return refuse(HydraulicStatus::InvalidInput, k, name + " has a negative loss coefficient");
        if (!std::isfinite(link.holdUpM3))
            return refuse(HydraulicStatus::InvalidInput, k, name + " has a non-finite hold-up");
        switch (link.kind) {
        case LinkKind::Pipe:
            if (!(link.lengthM >= 0.0) || !std::isfinite(link.lengthM))
                return refuse(HydraulicStatus::InvalidInput, k, name + " has a negative length");
            if (!(link.diameterM > 0.0) || !std::isfinite(link.diameterM))
                return refuse(HydraulicStatus::InvalidInput, k, name + " has no positive diameter");
            if (!(link.roughnessM >= 0.0) || !std::isfinite(link.roughnessM))
                return refuse(HydraulicStatus::InvalidInput, k, name + " has a negative roughness");
            break;
        case LinkKind::Resistance:
            if (!(link.refDropPa > 0.0) || !(link.refFlowM3PerS > 0.0) || !std::isfinite(link.refDropPa)
                || !std::isfinite(link.refFlowM3PerS))
                return refuse(HydraulicStatus::InvalidInput, k, name + " needs a positive drop at a positive flow");
            break;
        case LinkKind::Pump:
            if (!(link.shutoffPa > 0.0) || !(link.pumpCoeffPaS2PerM6 > 0.0) || !std::isfinite(link.shutoffPa)
                || !std::isfinite(link.pumpCoeffPaS2PerM6) || link.runningPumps < 0)
                return refuse(HydraulicStatus::InvalidInput, k, name + " has no falling pump curve");
            break;
        }
    }
    return {};
}

LinkLaw lawOf(const HydraulicLink &link, const CoolantProperties &fluid, double q)
{
    switch (link.kind) {
    case LinkKind::Pipe:
        return pipeLaw(link, fluid, q);
    case LinkKind::Resistance:
        return resistanceLaw(link, q);
    case LinkKind::Pump:
        return pumpLaw(link, q);
    }
    return {};
}

double initialFlow(const HydraulicLink &link)
{
    switch (link.kind) {
    case LinkKind::Pipe:
        return 0.25 * kPi * link.diameterM * link.diameterM;  // 1 m/s
    case LinkKind::Resistance:
        return link.refFlowM3PerS;
    case LinkKind::Pump:  // each pump where it delivers half its shut-off pressure
        return double(link.runningPumps) * std::sqrt(0.5 * link.shutoffPa / link.pumpCoeffPaS2PerM6);
    }
    return 0.0;
}

}  // namespace

double linkHoldUpM3(const HydraulicLink &link)
{
    if (link.holdUpM3 >= 0.0)
        return link.holdUpM3;
    return link.kind == LinkKind::Pipe ? 0.25 * kPi * link.diameterM * link.diameterM * link.lengthM : 0.0;
}

HydraulicResult solveHydraulics(const HydraulicNetwork &network, const HydraulicOptions &options)
{
    HydraulicResult checked = validate(network);
    if (!checked.ok())
        return checked;
    const int nodeCount = int(network.nodes.size());
    const int linkCount = int(network.links.size());

    // Fluid properties per link, at the link's temperature or its loop's.
    std::vector<CoolantProperties> fluid(linkCount);
    for (int k = 0; k < linkCount; ++k) {
        const Loop &loop = network.loops[network.nodes[network.links[k].from].loop];
        const double tempC = options.linkTemperatureC ? (*options.linkTemperatureC)[k] : loop.temperatureC;
        if (!coolantProperties(loop.coolant, tempC, &fluid[k]))
            return refuse(HydraulicStatus::PropertiesOutOfRange, k,
                "link " + std::to_string(k) + ": coolant temperature " + std::to_string(tempC)
                    + " C is outside the property tables");
    }

    HydraulicResult result;
    result.closedByCheckValve.assign(linkCount, false);
    for (;;) {  // once more for every pump set that its check valve closes
        // Which nodes reach a fixed node through open links; the others are cut off.
        std::vector<std::vector<int>> incident(nodeCount);
        for (int k = 0; k < linkCount; ++k)
            if (isOpen(network.links[k], result.closedByCheckValve, k)) {
                incident[network.links[k].from].push_back(k);
                incident[network.links[k].to].push_back(k);
            }
        std::vector<bool> reached(nodeCount, false);
        std::queue<int> queue;
        for (int i = 0; i < nodeCount; ++i)
            if (network.nodes[i].fixedPressure) {
                reached[i] = true;
                queue.push(i);
            }
        while (!queue.empty()) {
            const int node = queue.front();
            queue.pop();
            for (int k : incident[node]) {
                const int other = network.links[k].from == node ? network.links[k].to : network.links[k].from;
                if (!reached[other]) {
                    reached[other] = true;
                    queue.push(other);
                }
            }
        }
        for (int i = 0; i < nodeCount; ++i)
            if (!reached[i] && !options.allowIsolated)
                return refuse(HydraulicStatus::NoPath, i,
                    "node " + std::to_string(i) + " has no path to a fixed-pressure node (expansion tank)");

        // Unknowns: the reached nodes without a fixed pressure.
        std::vector<int> unknown(nodeCount, -1);
        int unknownCount = 0;
        for (int i = 0; i < nodeCount; ++i)
            if (reached[i] && !network.nodes[i].fixedPressure)
                unknown[i] = unknownCount++;
        std::vector<int> active;  // open links between reached nodes
        std::vector<std::vector<int>> adjacency(unknownCount);
        for (int k = 0; k < linkCount; ++k) {
            const HydraulicLink &link = network.links[k];
            if (!isOpen(link, result.closedByCheckValve, k) || !reached[link.from])
                continue;
            active.push_back(k);
            const int a = unknown[link.from];
            const int b = unknown[link.to];
            if (a >= 0 && b >= 0) {
                adjacency[a].push_back(b);
                adjacency[b].push_back(a);
            }
        }
        EnvelopeCholesky matrix(adjacency);

        std::vector<double> q(linkCount, 0.0);
        for (int k : active)
            q[k] = initialFlow(network.links[k]);
        std::vector<double> pressure(nodeCount, std::numeric_limits<double>::quiet_NaN());
        for (int i = 0; i < nodeCount; ++i)
            if (network.nodes[i].fixedPressure)
                pressure[i] = network.nodes[i].pressurePa;
        std::vector<double> p(linkCount, 0.0);
        std::vector<double> y(linkCount, 0.0);
        std::vector<double> rhs(unknownCount);
        bool converged = false;
        int iteration = 0;
        while (!converged && iteration < options.maxIterations) {
            ++iteration;
            matrix.clear();
            for (int i = 0; i < nodeCount; ++i)
                if (unknown[i] >= 0)
                    rhs[unknown[i]] = -network.nodes[i].demandM3PerS;
            for (int k : active) {
                const HydraulicLink &link = network.links[k];
                LinkLaw law = lawOf(link, fluid[k], q[k]);
                if (std::fabs(q[k]) < kFlowFloorM3PerS)
                    law.gradient = std::max(law.gradient, lawOf(link, fluid[k], kFlowFloorM3PerS).gradient);
                p[k] = 1.0 / law.gradient;
                y[k] = law.dropPa * p[k];
                const int a = unknown[link.from];
                const int b = unknown[link.to];
                const double through = q[k] - y[k];
                if (a >= 0) {
                    matrix.addDiagonal(a, p[k]);
                    rhs[a] -= through;
                } else if (b >= 0) {
                    rhs[b] += p[k] * pressure[link.from];
                }
                if (b >= 0) {
                    matrix.addDiagonal(b, p[k]);
                    rhs[b] += through;
                } else if (a >= 0) {
                    rhs[a] += p[k] * pressure[link.to];
                }
                if (a >= 0 && b >= 0)
                    matrix.addOffDiagonal(a, b, -p[k]);
            }
            if (!matrix.solve(rhs))
                return refuse(HydraulicStatus::NotConverged, -1, "the Newton step's matrix is not positive definite");
            for (int i = 0; i < nodeCount; ++i)
                if (unknown[i] >= 0)
                    pressure[i] = rhs[unknown[i]];
            double change = 0.0;
            double total = 0.0;
            for (int k : active) {
                const HydraulicLink &link = network.links[k];
                const double next = q[k] - y[k] + p[k] * (pressure[link.from] - pressure[link.to]);
                change += std::fabs(next - q[k]);
                total += std::fabs(next);
                q[k] = next;
            }
            // Relative, and absolute where nothing flows (every pump stopped): 1e-12 m3/s is 0.06 mL/min.
            converged = change <= options.flowTolerance * total || change <= 1e-12 * double(active.size());
        }
        if (!converged)
            return refuse(HydraulicStatus::NotConverged, -1,
                "the hydraulic solution did not converge in " + std::to_string(options.maxIterations) + " iterations");

        // Pump sets that run backwards or not at all: dead-headed. Their check valves close; solve again.
        bool closedOne = false;
        for (int k : active) {
            const HydraulicLink &link = network.links[k];
            if (link.kind != LinkKind::Pump || q[k] > kDeadHeadFlowM3PerS)
                continue;
            if (!options.allowDeadHead)
                return refuse(HydraulicStatus::PumpDeadHead, k,
                    "pump set on link " + std::to_string(k) + " cannot deliver flow (dead-head)");
            result.closedByCheckValve[k] = true;
            closedOne = true;
        }
        if (closedOne)
            continue;

        result.iterations += iteration;
        result.flowM3PerS = std::move(q);
        result.pressurePa = std::move(pressure);
        result.dropPa.assign(linkCount, 0.0);
        for (int k : active)
            result.dropPa[k] = result.pressurePa[network.links[k].from] - result.pressurePa[network.links[k].to];
        return result;
    }
}

}  // namespace rw::engine::liquid
