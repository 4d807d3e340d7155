// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QCoreApplication>

#include <map>

namespace rw {

/// The steady state of a plan's coolant loops at design load, element by element, for views (the loop diagram):
/// each loop's heat, capacity, flow, temperatures and whether N+1 of its pumps holds (LiquidBudget), each
/// heat-rejection stage's load, each rack's flow and coolant temperatures.
struct LiquidSnapshot {
    struct Loop {
        double heatKw = 0.0;
        double capacityKw = 0.0;  ///< technology: the CDU; facility: all stages
        double capacityWithoutLargestKw = 0.0;  ///< facility only
        double flowLPerMin = 0.0;
        double neededFlowLPerMin = 0.0;  ///< technology only
        double supplyC = 0.0;
        double returnC = 0.0;
        bool pumpRedundant = false;
    };
    struct Stage {
        double loadKw = 0.0;
        double inletC = 0.0;
        double outletC = 0.0;
        bool atCapacity = false;
    };
    struct Rack {
        double flowLPerMin = 0.0;
        double minFlowLPerMin = 0.0;
        double inletC = 0.0;
        double outletC = 0.0;
        bool flowShort = false;
        bool overLimit = false;  ///< supply or return over the rack's limit
    };

    bool solved = false;
    QString error;  ///< translated; why the loops were not solved (none, a broken reference, no steady state)
    std::map<Id, Loop> loops;
    std::map<Id, Stage> stages;
    std::map<Id, Rack> racks;

    static LiquidSnapshot compute(const Plan &plan);
};

}  // namespace rw
