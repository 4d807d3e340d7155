// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "capacitysearch.h"
#include "contingency.h"
#include "coolingbudget.h"
#include "downstream.h"

#include <QJsonObject>

namespace rw {

/// Machine-readable forms of the analyses, for `rackwerk-cli budget|contingency --json` and scripts.
/// Powers in kW, names as in the plan, ids as in its JSON form.
QJsonObject powerBudgetJson(const Plan &plan, const PowerAnalysis &analysis);
QJsonObject contingencyJson(const Plan &plan, const PowerAnalysis &analysis);
QJsonObject powerStateJson(const Plan &plan, const PowerState &state);
QJsonObject coolingBudgetJson(const Plan &plan, const CoolingBudget &budget);
/// What one node's failure takes down: coolingUnitsStopped (ids) is the input of a thermal transient.
QJsonObject failureEffectJson(const Plan &plan, const FailureEffect &effect);
QJsonObject capacityJson(const Plan &plan, const CapacityResult &result);

}  // namespace rw
