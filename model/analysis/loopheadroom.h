// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <map>

namespace rw {

/// What a plan's coolant loops can still take in heat to liquid, with their redundancy, for the capacity search:
/// - per technology loop: its CDU's capacity less its racks' heat to liquid;
/// - per facility water system: its heat rejection without the largest stage less the heat of its CDU loops;
/// - per rack on a loop: the heat its coolant flow with one pump of its loop's pump set fewer (N+1, solved by the
///   liquid engine) carries from its supply temperature up to its return limit, less its heat now; none when that
///   flow is below what the rack needs.
/// Heat from the plan's data (devices' maximum power times their liquid share), in kW.
struct LoopHeadroom {
    bool hasLoops = false;  ///< false: the plan has no coolant loops and the search keeps to the halls' budgets
    std::map<Id, Id> loopOfRack;  ///< racks on technology loops
    std::map<Id, Id> facilityOfLoop;  ///< technology loops that drain to a facility water system
    std::map<Id, double> loopKw;
    std::map<Id, double> facilityKw;
    std::map<Id, double> rackFlowKw;  ///< racks whose loops the engine solved
    /// Empty when the loops were solved; otherwise why not (translated): then only the heat headrooms hold and
    /// racks on loops take no liquid-cooled device.
    QString flowError;

    static LoopHeadroom compute(const Plan &plan);
};

}  // namespace rw
