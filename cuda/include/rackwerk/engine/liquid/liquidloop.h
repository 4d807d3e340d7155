// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Heat in coolant loops: the steady temperatures at every rack inlet and outlet, the loads of CDUs and heat
// rejection, and the failures of every pump, CDU and heat-rejection unit with the transient of the loops'
// thermal mass (well-mixed volumes) that gives the seconds until each rack's coolant crosses its limit.
// Facts: ../shared/notes/liquid-and-campus-facts.md, sections A2, B, B2, C. No Qt; errors in English.

#include "rackwerk/engine/liquid/hydraulics.h"

#include <limits>
#include <string>
#include <vector>

namespace rw::engine::liquid {

/// A rack's cold plates as one link of a technology cooling loop.
struct RackLoad {
    int link = -1;
    double heatToLiquidW = 0.0;
    double inletLimitC = 45.0;  ///< highest coolant supply the rack takes (VR NVL72: 45 °C, notes A2)
    double returnLimitC = 65.0;  ///< highest coolant in the rack (VR NVL72 return max 65 °C, notes A2)
    double minFlowM3PerS = 0.0;  ///< flow the rack needs at its supply temperature
    double plateHeatCapacityJPerK = 0.0;  ///< copper of the cold plates, well mixed with the rack's coolant
};

/// A CDU: a heat exchanger from its technology cooling loop (secondary) to the facility water (primary).
struct HeatExchanger {
    int secondaryLink = -1;
    int primaryLink = -1;  ///< -1: the facility side is not modelled; its supply is primarySupplyC
    double primarySupplyC = 30.0;
    double approachK = 4.0;  ///< secondary supply >= primary supply + approach (NVIDIA: rated at 4 K, notes B)
    double supplySetpointC = 40.0;
    double capacityW = 0.0;
    std::vector<int> pumpLinks;  ///< pump sets in the CDU: they stop when the CDU fails
};

enum class RejectionKind : int { DryCooler = 0, Chiller, CoolingTower, HeatReuse };

/// A unit that takes heat out of the facility water: it cools to its setpoint, not below its sink plus its
/// approach (dry cooler: outdoor air; heat reuse: the district heating return), and not more than its capacity.
struct HeatRejection {
    int link = -1;
    RejectionKind kind = RejectionKind::DryCooler;
    double setpointC = 30.0;
    double capacityW = 0.0;
    bool sinkLimited = true;  ///< false for chillers, which cool below the ambient
    double sinkTempC = 25.0;
    double approachK = 5.0;
};

struct LiquidNetwork {
    HydraulicNetwork hydraulics;
    std::vector<RackLoad> racks;
    std::vector<HeatExchanger> cdus;
    std::vector<HeatRejection> rejections;
};

enum class LiquidStatus : int { Ok = 0, InvalidInput, HydraulicsFailed, NoSteadyState };

struct RackState {
    double flowM3PerS = 0.0;
    double inletC = 0.0;
    double outletC = 0.0;
    bool flowShort = false;  ///< below minFlowM3PerS
    bool inletOverLimit = false;
    bool returnOverLimit = false;
};

struct UnitLoad {
    double loadW = 0.0;
    double inletC = 0.0;
    double outletC = 0.0;
    bool atCapacity = false;  ///< could not reach its setpoint
};

struct LiquidResult {
    LiquidStatus status = LiquidStatus::Ok;
    std::string error;
    int badIndex = -1;
    HydraulicResult hydraulics;
    std::vector<double> nodeTempC;
    std::vector<double> linkTempC;  ///< outlet temperature of each link (its well-mixed volume)
    std::vector<RackState> racks;
    std::vector<UnitLoad> cdus;
    std::vector<UnitLoad> rejections;
    std::vector<double> loopTempC;  ///< each loop's mean temperature: its density and cp are taken there
    std::vector<double> linkPropertyTempC;  ///< per link: where its viscosity and density were taken
    std::vector<double> loopDensityKgPerM3;
    std::vector<double> loopHeatCapacityJPerKgK;
    bool ok() const { return status == LiquidStatus::Ok; }
};

struct LiquidOptions {
    HydraulicOptions hydraulics;
    int maxSweeps = 2000;
    double temperatureToleranceK = 1e-9;
};

/// Steady flows and temperatures. Properties follow each loop's mean temperature (two passes). A loop whose heat
/// exceeds what its CDUs or heat rejection can take has no steady state: status NoSteadyState, the units at
/// capacity flagged, temperatures as far as the iteration got.
LiquidResult solveLiquid(const LiquidNetwork &network, const LiquidOptions &options = {});

// ----- Failures -----

enum class FailureKind : int {
    Pump = 0,  ///< one pump of a pump set (the set runs on with one pump fewer)
    Cdu,  ///< the CDU's heat exchanger takes no heat and its pumps stop
    HeatRejection,  ///< the unit takes no heat; water still flows through it
    PowerPumpsOnUps,  ///< utility power lost: heat rejection stops, pumps run on UPS
    PowerPumpsOff,  ///< utility power lost, pumps not on UPS: everything stops
    Units  ///< the units listed in the case stop together (what one power node's failure takes down)
};

struct FailureCase {
    FailureCase() = default;
    FailureCase(FailureKind failureKind, int failureIndex) : kind(failureKind), index(failureIndex) { }

    FailureKind kind = FailureKind::Pump;
    int index = -1;  ///< link of the pump set, CDU or heat-rejection index; -1 for power and units
    // Units only: CDUs (heat exchanger and their pumps), heat-rejection units and further pump sets that stop.
    std::vector<int> cdus;
    std::vector<int> rejections;
    std::vector<int> pumpLinks;
    /// Units only: CDUs whose heat exchanger loses its facility water (takes no heat) while their pumps run on.
    std::vector<int> exchangersLost;
};

struct TransientOptions {
    double horizonS = 600.0;
    double stepS = 0.5;
    /// The transient stops early once no volume moves by more than this in a step: even a slow mode
    /// (time constant 1000 s) then has only millikelvins left to go.
    double settledKPerStep = 1e-6;
    /// Pumps that lose their power coast down: flow q(t) = q0 / (1 + t / tau), the run-down of an impeller whose
    /// torque is the fluid's (proportional to speed squared), tau = this time to half flow. 0: flow stops at once.
    /// 2 s is an estimate for CDU pumps without flywheels [E] (notes B2: pump failover budget 5 s).
    double pumpRunDownS = 2.0;
    /// A pump set with a standby pump (HydraulicLink::standbyPumps) that loses a running pump starts the standby this
    /// many seconds later: until then the set runs with one pump fewer (coasting down if none is left), from then on
    /// as before. 5 s is the most NVIDIA's CDU qualification allows for pump failover [S] (notes B, B2), so it is the
    /// longest dip a qualified CDU gives; 0: the standby takes over at once.
    double standbyStartS = 5.0;
};

/// Flow share of a pump set coasting down, t seconds after it lost its power (see TransientOptions::pumpRunDownS).
inline double runDownShare(double tS, double runDownS)
{
    return runDownS > 0.0 ? 1.0 / (1.0 + tS / runDownS) : 0.0;
}

struct RackOutcome {
    double flowM3PerS = 0.0;
    bool flowShort = false;
    bool overLimitInSteadyState = false;  ///< or no steady state for its loop
    double secondsToLimit = std::numeric_limits<double>::infinity();  ///< the earlier of the two below
    /// Coolant supply at the rack crosses its inlet limit; inf: not within the horizon.
    double secondsToInletLimit = std::numeric_limits<double>::infinity();
    /// Coolant in the rack (its well-mixed volume, what leaves it) crosses its return limit: the GPUs on the cold
    /// plates must throttle from then on. inf: not within the horizon.
    double secondsToThrottle = std::numeric_limits<double>::infinity();
};

struct FailureOutcome {
    FailureCase failure;
    /// A standby pump restored the set's flow this many seconds after the failure; < 0: no failover. Then the rack
    /// flows and flowShort are those of the dip, and the steady state is the one before the failure.
    double standbyStartedS = -1.0;
    bool hydraulicsOk = true;
    std::string error;
    bool steadyStateExists = true;
    std::vector<RackOutcome> racks;
    int racksLosingFlow = 0;
    int racksOverLimit = 0;  ///< over a limit in steady state or within the horizon
};

/// Every single failure: each pump of each pump set, each CDU, each heat-rejection unit, then the two power cases.
std::vector<FailureCase> singleFailures(const LiquidNetwork &network);

/// One failure from the steady state `base` (solveLiquid of the intact network): flows after the failure, whether
/// a steady state exists and the transient of the thermal mass until each rack crosses a limit. A loop whose
/// pumps all lose power coasts down (TransientOptions::pumpRunDownS) while its heat exchangers still work, unless
/// they failed too.
FailureOutcome analyseFailure(const LiquidNetwork &network, const LiquidResult &base, const FailureCase &failure,
    const TransientOptions &transient = {}, const LiquidOptions &options = {});

/// Heat capacity of each link's well-mixed volume: coolant hold-up at the base state plus cold plates, J/K.
std::vector<double> linkHeatCapacityJPerK(const LiquidNetwork &network, const LiquidResult &base);

}  // namespace rw::engine::liquid
