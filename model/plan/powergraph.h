#pragma once

#include "plan.h"

#include <optional>

namespace rw {

/// A power node that lies on a loop of power links (power must flow from sources to loads only),
/// or nothing when the chain is free of loops.
std::optional<Id> findPowerLoop(const Plan &plan);

}  // namespace rw
