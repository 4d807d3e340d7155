// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Steady hydraulics of closed coolant loops: the global gradient method of Todini and Pilati (1988) as EPANET
// uses it, with Darcy-Weisbach pipes (laminar 64/Re, Swamee-Jain above Re 4000, linear in between), fittings as
// loss coefficients, datasheet resistances (cold plates, heat exchangers) and pump sets with quadratic curves.
// Pressures are gauge pressures in Pa (a closed loop needs no elevations), flows are volume flows in m3/s.
// Facts: ../shared/notes/liquid-and-campus-facts.md, section C. Errors come back in the result, in English.

#include "rackwerk/engine/hostdevice.h"
#include "rackwerk/engine/liquid/coolant.h"

#include <cmath>
#include <string>
#include <vector>

namespace rw::engine::liquid {

enum class LinkKind : int { Pipe = 0, Resistance = 1, Pump = 2 };

/// One coolant loop (a facility water system or one CDU's technology cooling loop).
struct Loop {
    Coolant coolant = Coolant::Water;
    double temperatureC = 40.0;  ///< where the properties are taken unless a link temperature is given
};

struct HydraulicNode {
    int loop = 0;
    bool fixedPressure = false;  ///< expansion tank or pressurisation point: the loop's reference pressure
    double pressurePa = 0.0;  ///< for fixed nodes
    double demandM3PerS = 0.0;  ///< flow leaving the network here (0 in a closed loop)
};

struct HydraulicLink {
    int from = 0;
    int to = 0;
    LinkKind kind = LinkKind::Pipe;
    // Pipe: Darcy-Weisbach plus fittings; minorLossK also applies to a resistance of the same diameter.
    double lengthM = 0.0;
    double diameterM = 0.0;
    double roughnessM = 0.0;
    double minorLossK = 0.0;  ///< sum of the fittings' loss coefficients (velocity heads)
    // Resistance: dp = refDropPa (Q / refFlowM3PerS)^2 (a cold plate, a heat exchanger, a quick disconnect).
    double refDropPa = 0.0;
    double refFlowM3PerS = 0.0;
    // Pump set: identical pumps in parallel, each dp = shutoffPa - pumpCoeff q^2 (q per pump).
    double shutoffPa = 0.0;
    double pumpCoeffPaS2PerM6 = 0.0;
    int runningPumps = 0;
    /// Pumps of the set that stand by (not running): one starts when a running pump fails (failover, after
    /// TransientOptions::standbyStartS), so the set runs as before once it has.
    int standbyPumps = 0;
    double holdUpM3 = -1.0;  ///< coolant volume; < 0: from the pipe geometry (0 for other links)
};

/// A pump set's curve coefficient from its shut-off pressure and one rated point (per pump).
inline double pumpCoefficient(double shutoffPa, double ratedDropPa, double ratedFlowM3PerS)
{
    return ratedFlowM3PerS > 0.0 ? (shutoffPa - ratedDropPa) / (ratedFlowM3PerS * ratedFlowM3PerS) : 0.0;
}

struct HydraulicNetwork {
    std::vector<Loop> loops;
    std::vector<HydraulicNode> nodes;
    std::vector<HydraulicLink> links;
};

enum class HydraulicStatus : int {
    Ok = 0,
    InvalidInput,  ///< a negative or zero length, diameter, flow; an unknown node or loop (see badIndex)
    PropertiesOutOfRange,  ///< a loop or link temperature outside the coolant tables
    NoPath,  ///< a node not connected to any fixed-pressure node through open links
    PumpDeadHead,  ///< a running pump set that cannot deliver flow (no return path, or the system is stronger)
    NotConverged
};

struct HydraulicOptions {
    int maxIterations = 200;
    double flowTolerance = 1e-12;  ///< sum |dQ| / sum |Q| at which the Newton iteration stops
    bool allowIsolated = false;  ///< failure sweeps: nodes cut off from every fixed node get no flow, no error
    bool allowDeadHead = false;  ///< failure sweeps: a pump that cannot deliver is closed by its check valve
    const std::vector<double> *linkTemperatureC = nullptr;  ///< per link, for the properties; else the loop's
};

struct HydraulicResult {
    HydraulicStatus status = HydraulicStatus::Ok;
    std::string error;
    int badIndex = -1;  ///< the node or link the error is about
    std::vector<double> flowM3PerS;  ///< per link, positive from -> to
    std::vector<double> pressurePa;  ///< per node; NaN for isolated nodes
    std::vector<double> dropPa;  ///< per link: p(from) - p(to); negative across a pump (its rise)
    std::vector<bool> closedByCheckValve;  ///< per link: a pump set that could not deliver
    int iterations = 0;
    bool ok() const { return status == HydraulicStatus::Ok; }
};

/// Checks the network (positive geometry, known nodes, a fixed node per connected part) and solves it.
HydraulicResult solveHydraulics(const HydraulicNetwork &network, const HydraulicOptions &options = {});

/// Volume of coolant a link holds: holdUpM3, or pi D^2 / 4 L for a pipe left at -1.
double linkHoldUpM3(const HydraulicLink &link);

// ----- Per-link laws, shared by the solver and by the tests' hand calculations -----

/// Darcy friction factor and its derivative by Re: 64/Re below 2000, Swamee-Jain above 4000, linear between.
RW_HD inline double frictionFactor(double reynolds, double relativeRoughness, double *dfdRe)
{
    const auto swameeJain = [relativeRoughness](double re, double *derivative) {
        const double x = relativeRoughness / 3.7 + 5.74 * std::pow(re, -0.9);
        const double l = std::log10(x);
        if (derivative)
            *derivative = -0.5 / (l * l * l) / (x * std::log(10.0)) * (-0.9 * 5.74 * std::pow(re, -1.9));
        return 0.25 / (l * l);
    };
    if (reynolds <= 2000.0) {
        *dfdRe = -64.0 / (reynolds * reynolds);
        return 64.0 / reynolds;
    }
    if (reynolds >= 4000.0)
        return swameeJain(reynolds, dfdRe);
    const double f2000 = 64.0 / 2000.0;
    const double f4000 = swameeJain(4000.0, nullptr);
    *dfdRe = (f4000 - f2000) / 2000.0;
    return f2000 + (reynolds - 2000.0) * *dfdRe;
}

/// Pressure drop from -> to of a link at flow q and its derivative dDrop/dq (before any floor).
struct LinkLaw {
    double dropPa = 0.0;
    double gradient = 0.0;
};

RW_HD inline LinkLaw pipeLaw(const HydraulicLink &link, const CoolantProperties &fluid, double q)
{
    const double area = 0.25 * 3.14159265358979323846 * link.diameterM * link.diameterM;
    const double aq = std::fabs(q);
    const double velocityHead = fluid.densityKgPerM3 / (2.0 * area * area);  // dp per (K q^2)
    const double reynolds = fluid.densityKgPerM3 * aq / area * link.diameterM / fluid.viscosityPaS;
    LinkLaw law;
    if (reynolds <= 2000.0) {  // Hagen-Poiseuille: dp = 32 mu L v / D^2, linear in q (finite gradient at 0)
        const double laminar = 32.0 * fluid.viscosityPaS * link.lengthM / (link.diameterM * link.diameterM * area);
        law.dropPa = laminar * q + link.minorLossK * velocityHead * q * aq;
        law.gradient = laminar + 2.0 * link.minorLossK * velocityHead * aq;
        return law;
    }
    double dfdRe = 0.0;
    const double f = frictionFactor(reynolds, link.roughnessM / link.diameterM, &dfdRe);
    const double lOverD = link.lengthM / link.diameterM;
    law.dropPa = (f * lOverD + link.minorLossK) * velocityHead * q * aq;
    law.gradient = velocityHead * aq * (2.0 * (f * lOverD + link.minorLossK) + lOverD * dfdRe * reynolds);
    return law;
}

RW_HD inline LinkLaw resistanceLaw(const HydraulicLink &link, double q)
{
    const double r = link.refDropPa / (link.refFlowM3PerS * link.refFlowM3PerS);
    return { r * q * std::fabs(q), 2.0 * r * std::fabs(q) };
}

/// A pump set as a link: its "drop" is minus its pressure rise, dp = -(shutoff - c (q / n)^2).
RW_HD inline LinkLaw pumpLaw(const HydraulicLink &link, double q)
{
    const double n = double(link.runningPumps);
    const double c = link.pumpCoeffPaS2PerM6 / (n * n);
    return { -link.shutoffPa + c * q * std::fabs(q), 2.0 * c * std::fabs(q) };
}

}  // namespace rw::engine::liquid
