// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "liquidcasejson.h"

#include "plan/plan.h"

#include <vector>

namespace rw {

/// Where a plan's coolant loop ended up in the engine's network, for budgets and views.
struct BuiltLoop {
    Id loopId = kNoId;
    int pumpLink = -1;  ///< the loop's pump set
    int cdu = -1;  ///< technology loops: index into the network's CDUs
    std::vector<int> racks;  ///< technology loops: indices into the network's racks
    std::vector<Id> rackIds;  ///< the plan's racks, in the same order
    std::vector<int> rejections;  ///< facility loops: indices into the network's heat rejection
    std::vector<Id> rejectionUnitIds;  ///< the cooling units of those stages, in the same order
};

/// A plan's liquid loops as the liquid engine's network (the same LiquidCase a case file gives), in SI units.
struct PlanLiquidCase {
    LiquidCase liquidCase;
    std::vector<BuiltLoop> loops;  ///< facility loops first, then technology loops, each in id order
};

/// Turns the coolant loops of a plan into the liquid engine's network. Per loop: the expansion tank, the pump
/// set, (technology loops) the CDU's secondary side, the supply header, the racks in parallel (branch pipe and
/// cold plates), the return header; (facility loops) the supply header, the CDUs' primary sides in parallel, the
/// return header and the heat-rejection stages in series back to the tank. Rack heat to liquid is the design
/// load of its devices (maximum power) times their liquid share. Element ids are the names people gave.
class LiquidCaseBuilder {
    Q_DECLARE_TR_FUNCTIONS(rw::LiquidCaseBuilder)
public:
    /// False and a translated one-line reason when the plan's loops cannot form a network (no loops, a loop
    /// without racks or CDUs, a dangling reference).
    static bool build(const Plan &plan, PlanLiquidCase *out, QString *error);

    /// Heat a rack gives to liquid at design load: its devices' maximum power times their liquid share, in W.
    static double rackHeatToLiquidW(const Plan &plan, Id rackId);
};

}  // namespace rw
