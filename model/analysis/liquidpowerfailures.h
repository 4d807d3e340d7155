// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "liquidcasejson.h"

#include "plan/plan.h"

#include <vector>

namespace rw {

struct PlanLiquidCase;

/// The failures of the liquid loops that a plan's power chain defines. A CDU's pumps run on the CDU's feed, a
/// heat-rejection stage on its cooling unit's feed; a unit that loses its power stops, and its pumps coast down
/// (the CDU's plate heat exchanger needs no power and goes on exchanging while anything flows). Facility water
/// pumps have no feed in the plan: they run on in a power node's failure and stop when the utility is lost.
class LiquidPowerFailures {
public:
    /// Failure id of the utility supply lost before the generators carry the load.
    static inline const QString kUtilityLost = QStringLiteral("utility");

    /// One failure per power node whose failure (redundancy and standby generators considered, as in the N-1
    /// analysis) stops a CDU or a heat-rejection stage of the loops, named by the node; then, where the plan
    /// has a power chain, the utility lost: every unit whose feed hangs below a UPS runs on, the rest stops.
    static std::vector<ChainFailure> of(const Plan &plan, const PlanLiquidCase &built);
    /// Only the utility lost (one pass over the chain, where `of` runs the N-1 energisation per node).
    static ChainFailure utilityLost(const Plan &plan, const PlanLiquidCase &built);
};

}  // namespace rw
