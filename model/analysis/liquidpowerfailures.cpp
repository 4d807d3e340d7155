// SPDX-License-Identifier: GPL-3.0-or-later
#include "liquidpowerfailures.h"

#include "downstream.h"
#include "liquidcasebuilder.h"
#include "powernetwork.h"

#include <algorithm>
#include <map>

namespace rw {

using namespace engine::liquid;

namespace {

/// The pumps and units of the loops by the cooling unit (or loop) they belong to.
struct LoopUnits {
    std::map<Id, int> cduByUnit;  ///< cooling unit of kind cdu -> network CDU index
    std::map<Id, std::vector<int>> stagesByUnit;  ///< cooling unit -> heat-rejection indices
    std::vector<int> facilityPumps;  ///< pump links of the facility water loops
};

LoopUnits loopUnits(const Plan &plan, const PlanLiquidCase &built)
{
    LoopUnits units;
    for (const BuiltLoop &b : built.loops) {
        const CoolantLoop *loop = plan.find<CoolantLoop>(b.loopId);
        if (b.cdu >= 0)
            units.cduByUnit[loop->cduId] = b.cdu;
        if (loop->kind == CoolantLoopKind::FacilityWater)
            units.facilityPumps.push_back(b.pumpLink);
        for (std::size_t i = 0; i < b.rejections.size(); ++i)
            units.stagesByUnit[b.rejectionUnitIds[i]].push_back(b.rejections[i]);
    }
    return units;
}

/// Adds what stopping `unitId` stops to `failure`; false when the unit is no part of the loops.
bool stopUnit(const LoopUnits &units, const LiquidNetwork &network, Id unitId, FailureCase &failure)
{
    if (const auto cdu = units.cduByUnit.find(unitId); cdu != units.cduByUnit.end()) {
        const std::vector<int> &pumps = network.cdus[std::size_t(cdu->second)].pumpLinks;
        failure.pumpLinks.insert(failure.pumpLinks.end(), pumps.begin(), pumps.end());
        return true;
    }
    if (const auto stages = units.stagesByUnit.find(unitId); stages != units.stagesByUnit.end()) {
        failure.rejections.insert(failure.rejections.end(), stages->second.begin(), stages->second.end());
        return true;
    }
    return false;
}

QString nodeName(const PowerNetwork &power, std::size_t index)
{
    const QString &name = power.node(index).name;
    for (std::size_t other = 0; other < power.size(); ++other)
        if (other != index && power.node(other).name == name)
            return QStringLiteral("%1 #%2").arg(name).arg(power.idAt(index));
    return name;
}

/// Nodes that a UPS keeps alive while the utility and the generators are out: everything below a UPS.
std::vector<bool> belowUps(const PowerNetwork &power)
{
    std::vector<bool> below(power.size(), false);
    std::vector<std::size_t> stack;
    for (std::size_t i = 0; i < power.size(); ++i)
        if (power.node(i).kind == PowerNodeKind::Ups) {
            below[i] = true;
            stack.push_back(i);
        }
    while (!stack.empty()) {
        const std::size_t at = stack.back();
        stack.pop_back();
        for (std::size_t child : power.children(at))
            if (!below[child]) {
                below[child] = true;
                stack.push_back(child);
            }
    }
    return below;
}

}  // namespace

std::vector<ChainFailure> LiquidPowerFailures::of(const Plan &plan, const PlanLiquidCase &built)
{
    std::vector<ChainFailure> failures;
    const PowerNetwork power(plan);
    if (power.size() == 0)
        return failures;
    const LoopUnits units = loopUnits(plan, built);
    const LiquidNetwork &network = built.liquidCase.network;
    for (std::size_t i = 0; i < power.size(); ++i) {
        ChainFailure named { nodeName(power, i), FailureCase(FailureKind::Units, -1), {} };
        bool stopsAny = false;
        for (Id unitId : coolingUnitsStoppedBy(plan, power.idAt(i)))
            stopsAny = stopUnit(units, network, unitId, named.failure) || stopsAny;
        if (stopsAny)
            failures.push_back(std::move(named));
    }

    failures.push_back(utilityLost(plan, built));
    return failures;
}

ChainFailure LiquidPowerFailures::utilityLost(const Plan &plan, const PlanLiquidCase &built)
{
    const PowerNetwork power(plan);
    const LoopUnits units = loopUnits(plan, built);
    const LiquidNetwork &network = built.liquidCase.network;
    ChainFailure utility { kUtilityLost, FailureCase(FailureKind::Units, -1), {} };
    const std::vector<bool> onUps = belowUps(power);
    const auto unitOnUps = [&](Id unitId) {
        const CoolingUnit *unit = plan.find<CoolingUnit>(unitId);
        const long feed = unit ? power.indexOf(unit->feedId) : -1;
        return feed >= 0 && onUps[std::size_t(feed)];
    };
    for (const auto &[unitId, cdu] : units.cduByUnit) {
        if (!unitOnUps(unitId))
            stopUnit(units, network, unitId, utility.failure);
        else
            for (int pump : network.cdus[std::size_t(cdu)].pumpLinks)
                utility.pumpsOnUps << built.liquidCase.linkIds.at(pump);
    }
    for (const auto &[unitId, stages] : units.stagesByUnit)
        if (!unitOnUps(unitId))
            stopUnit(units, network, unitId, utility.failure);
    utility.failure.pumpLinks.insert(
        utility.failure.pumpLinks.end(), units.facilityPumps.begin(), units.facilityPumps.end());
    return utility;
}

}  // namespace rw
