// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"

#include <optional>

namespace rw {

/// A power node that lies on a loop of power links (power must flow from sources to loads only),
/// or nothing when the chain is free of loops.
std::optional<Id> findPowerLoop(const Plan &plan);

/// Whether power can flow from `fromId` down to `toId` along the plan's links (a node reaches itself).
/// `ignoredLink` is left out, so that an edited link can be checked against the others.
bool powerFlowsDown(const Plan &plan, Id fromId, Id toId, Id ignoredLink = kNoId);

/// Whether a link from `fromId` to `toId` would close a loop of power links.
inline bool linkWouldMakeLoop(const Plan &plan, Id fromId, Id toId, Id ignoredLink = kNoId)
{
    return powerFlowsDown(plan, toId, fromId, ignoredLink);
}

}  // namespace rw
