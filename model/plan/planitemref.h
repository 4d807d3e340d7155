// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/entitytraits.h"
#include "plan/ids.h"

#include <compare>

namespace rw {

/// Names one thing drawn on the floor plan: a rack, cooling unit, obstacle, power node or label.
struct PlanItemRef {
    EntityKind kind = EntityKind::Rack;
    Id id = kNoId;

    auto operator<=>(const PlanItemRef &) const = default;
};

}  // namespace rw
