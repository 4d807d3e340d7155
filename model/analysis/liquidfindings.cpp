// SPDX-License-Identifier: GPL-3.0-or-later
#include "liquidfindings.h"

#include "liquidcasebuilder.h"
#include "liquidpowerfailures.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace rw {

using namespace engine::liquid;

namespace {

constexpr double kLitrePerMinute = 1e-3 / 60.0;

QString number(double value)
{
    return QLocale().toString(value, 'f', 1);
}

}  // namespace

std::vector<LiquidRackIssue> LiquidFindings::check(const Plan &plan)
{
    std::vector<LiquidRackIssue> issues;
    if (plan.all<CoolantLoop>().empty())
        return issues;
    PlanLiquidCase built;
    QString error;
    if (!LiquidCaseBuilder::build(plan, &built, &error))
        return issues;
    const LiquidNetwork &network = built.liquidCase.network;
    const LiquidResult result = solveLiquid(network);
    using Kind = LiquidRackIssue::Kind;
    if (result.status == LiquidStatus::NoSteadyState) {
        issues.push_back({ Kind::NoSteadyState, kNoId,
            tr("The coolant loops have no steady state: the racks' heat exceeds what the CDUs or the heat rejection "
               "can take.") });
    } else if (!result.ok()) {
        issues.push_back({ Kind::NotSolved, kNoId,
            tr("The coolant loops could not be solved: run rackwerk-cli liquid for the reason.") });
        return issues;
    }
    for (const BuiltLoop &loop : built.loops) {
        for (std::size_t i = 0; i < loop.racks.size(); ++i) {
            const int r = loop.racks[i];
            const RackState &state = result.racks[r];
            const RackLoad &load = network.racks[r];
            const Rack *rack = plan.find<Rack>(loop.rackIds[i]);
            if (state.flowShort)
                issues.push_back({ Kind::ShortOfFlow, rack->id,
                    tr("Rack %1 is short of coolant: %2 of %3 L/min.")
                        .arg(rack->name, number(state.flowM3PerS / kLitrePerMinute),
                            number(load.minFlowM3PerS / kLitrePerMinute)) });
            if (state.inletOverLimit)
                issues.push_back({ Kind::InletOverLimit, rack->id,
                    tr("Rack %1 gets coolant at %2 °C, above its limit of %3 °C.")
                        .arg(rack->name, number(state.inletC), number(load.inletLimitC)) });
            if (state.returnOverLimit && std::isfinite(state.outletC))
                issues.push_back({ Kind::ReturnOverLimit, rack->id,
                    tr("Rack %1 returns coolant at %2 °C, above its limit of %3 °C.")
                        .arg(rack->name, number(state.outletC), number(load.returnLimitC)) });
        }
    }
    if (result.ok())
        addRideThrough(plan, built, result, issues);
    return issues;
}

void LiquidFindings::addRideThrough(
    const Plan &plan, const PlanLiquidCase &built, const LiquidResult &steady, std::vector<LiquidRackIssue> &issues)
{
    const LiquidCase &c = built.liquidCase;
    if (plan.all<PowerNode>().empty())
        return;  // no power chain: nothing says which pumps are on UPS
    const ChainFailure utility = LiquidPowerFailures::utilityLost(plan, built);
    QStringList offUps;  // CDUs whose pump sets stop
    for (int pump : utility.failure.pumpLinks)
        for (std::size_t cdu = 0; cdu < c.network.cdus.size(); ++cdu)
            for (int cduPump : c.network.cdus[cdu].pumpLinks)
                if (cduPump == pump)
                    offUps << c.cduIds.at(int(cdu));
    if (offUps.isEmpty())
        return;
    const FailureOutcome outcome = analyseFailure(c.network, steady, utility.failure);
    int first = -1;
    for (int r = 0; r < int(outcome.racks.size()); ++r)
        if (std::isfinite(outcome.racks[r].secondsToThrottle)
            && (first < 0 || outcome.racks[r].secondsToThrottle < outcome.racks[first].secondsToThrottle))
            first = r;
    if (first < 0)
        return;
    Id rackId = kNoId;
    for (const BuiltLoop &loop : built.loops)
        for (std::size_t i = 0; i < loop.racks.size(); ++i)
            if (loop.racks[i] == first)
                rackId = loop.rackIds[i];
    const Rack *rack = plan.find<Rack>(rackId);
    issues.push_back({ LiquidRackIssue::Kind::RideThrough, rackId,
        tr("The pumps of %1 are not on UPS: after a utility power loss the GPUs of rack %2 must throttle after %3 s "
           "(continuous cooling is recommended above 4 kW per rack).")
            .arg(offUps.join(QStringLiteral(", ")), rack ? rack->name : c.rackIds.at(first),
                number(outcome.racks[first].secondsToThrottle)) });
}

std::map<Id, RackCoolantMargin> LiquidFindings::rackMargins(const Plan &plan)
{
    std::map<Id, RackCoolantMargin> margins;
    if (plan.all<CoolantLoop>().empty())
        return margins;
    PlanLiquidCase built;
    QString error;
    if (!LiquidCaseBuilder::build(plan, &built, &error))
        return margins;
    const LiquidResult result = solveLiquid(built.liquidCase.network);
    if (!result.ok() && result.status != LiquidStatus::NoSteadyState)
        return margins;
    const bool steady = result.ok();
    for (const BuiltLoop &loop : built.loops) {
        for (std::size_t i = 0; i < loop.racks.size(); ++i) {
            const RackState &state = result.racks[loop.racks[i]];
            const double need = built.liquidCase.network.racks[loop.racks[i]].minFlowM3PerS;
            RackCoolantMargin m;
            m.flowMarginShare = need > 0.0 ? state.flowM3PerS / need - 1.0 : std::numeric_limits<double>::infinity();
            m.overLimit = !steady || state.inletOverLimit || state.returnOverLimit;
            margins[loop.rackIds[i]] = m;
        }
    }
    return margins;
}

}  // namespace rw
