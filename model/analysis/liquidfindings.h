// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <rackwerk/engine/liquid/liquidloop.h>

#include <QCoreApplication>

#include <map>
#include <vector>

namespace rw {

struct PlanLiquidCase;

/// A rack on a coolant loop that the steady state of the plan's loops leaves short.
struct LiquidRackIssue {
    enum class Kind { ShortOfFlow, InletOverLimit, ReturnOverLimit, NoSteadyState, NotSolved, RideThrough };
    Kind kind = Kind::ShortOfFlow;
    Id rackId = kNoId;  ///< kNoId for issues of the whole network
    QString message;  ///< translated, one line
};

/// A rack's coolant at design load: its flow against what it needs, and whether its coolant stays in its limits.
struct RackCoolantMargin {
    double flowMarginShare = 0.0;  ///< flow / minimum flow - 1 (negative: short of flow); +inf: needs none
    bool overLimit = false;  ///< supply or return over the rack's limit, or no steady state
};

/// The plan validator's liquid check: solves the plan's coolant loops at design load and names the racks short
/// of flow or over a coolant temperature limit; where the power chain leaves CDU pumps off UPS, the first rack
/// whose GPUs must throttle after a utility power loss (one transient). Plans without coolant loops, or whose loops do
/// not form a network, give nothing here (their reference errors are reported on their own).
class LiquidFindings {
    Q_DECLARE_TR_FUNCTIONS(rw::LiquidFindings)
public:
    static std::vector<LiquidRackIssue> check(const Plan &plan);
    /// Per rack on a coolant loop, for the floor plan's coolant-margin colours; empty when the plan's loops do
    /// not form a network or cannot be solved.
    static std::map<Id, RackCoolantMargin> rackMargins(const Plan &plan);

private:
    static void addRideThrough(const Plan &plan, const PlanLiquidCase &built,
        const engine::liquid::LiquidResult &steady, std::vector<LiquidRackIssue> &issues);
};

}  // namespace rw
