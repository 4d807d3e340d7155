// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "liquidanalysis.h"
#include "liquidcasebuilder.h"

#include <QJsonArray>

#include <vector>

namespace rw {

/// One rack's coolant flow against what it needs.
struct RackFlowMargin {
    QString rack;
    double flowLPerMin = 0.0;
    double minFlowLPerMin = 0.0;
    double marginShare = 0.0;  ///< flow / minimum - 1; +inf when it needs no flow
};

/// A coolant loop's liquid budget: heat against capacity, flow against need, and what one failure leaves.
struct LoopBudget {
    QString loop;
    bool facility = false;
    double heatKw = 0.0;  ///< technology: racks' heat to liquid; facility: the CDUs' load
    double capacityKw = 0.0;  ///< technology: the CDU; facility: all heat-rejection stages
    double capacityWithoutLargestKw = 0.0;  ///< facility: N-1 of the heat rejection
    int pumps = 0;
    double flowLPerMin = 0.0;  ///< through the pump set
    double neededFlowLPerMin = 0.0;  ///< technology: the racks' minimum flows
    bool pumpRedundant = false;  ///< one pump fewer: no rack short of flow or over a limit
    int racksShortWithOnePumpLess = 0;  ///< its racks; a facility loop's: all racks
    std::vector<RackFlowMargin> racks;
};

/// Liquid budgets per loop with redundancy, from the steady state of a plan's loops.
class LiquidBudget {
    Q_DECLARE_TR_FUNCTIONS(rw::LiquidBudget)
public:
    static std::vector<LoopBudget> compute(const PlanLiquidCase &built, const LiquidAnalysis::Result &result);
    static QJsonArray toJson(const std::vector<LoopBudget> &budgets);
    static QStringList toText(const std::vector<LoopBudget> &budgets);
};

}  // namespace rw
