// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <vector>

namespace rw {

/// What a power node feeds: every node below it along the links, the racks with feed A or B on one of
/// those nodes, and the cooling units fed from them. All lists in id order; `nodes` includes the node.
/// This is the topology (what hangs below), not what fails with it: with 2N or N+1 most of it stays up.
struct Downstream {
    std::vector<Id> nodes;
    std::vector<Id> racks;
    std::vector<Id> racksOnA;  ///< racks whose feed A is among `nodes`
    std::vector<Id> racksOnB;
    std::vector<Id> coolingUnits;

    /// Everything below `nodeId`; empty when it is not a power node.
    static Downstream of(const Plan &plan, Id nodeId);
};

/// What a failure of one power node takes down, redundancy and standby generators considered (the
/// same energisation as the contingency analysis).
struct FailureEffect {
    std::vector<Id> deadNodes;  ///< nodes without power, the failed one included
    std::vector<Id> racksWithoutPower;  ///< both fed sides dead (or the only one)
    std::vector<Id> racksOnOneFeed;  ///< one of two feeds dead
    std::vector<Id> coolingUnitsStopped;  ///< their feed has no power; input for a thermal transient

    /// Only what the failure adds: nodes and units already without power in normal operation are left out.
    static FailureEffect of(const Plan &plan, Id failedNodeId);
};

/// The cooling units that stop when `failedNodeId` fails (FailureEffect::of(...).coolingUnitsStopped).
std::vector<Id> coolingUnitsStoppedBy(const Plan &plan, Id failedNodeId);

}  // namespace rw
