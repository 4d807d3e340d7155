// SPDX-License-Identifier: GPL-3.0-or-later
#include "loopheadroom.h"

#include "liquidcasebuilder.h"
#include "rackwerk/engine/liquid/coolant.h"
#include "rackwerk/engine/liquid/liquidloop.h"

#include <algorithm>
#include <map>

namespace rw {
namespace {

using namespace engine::liquid;

/// Per rack on a solved technology loop: the heat its flow with one pump fewer carries within its return limit,
/// less its heat now (kW; 0 when it is short of flow or over its limit already).
void addFlowRoom(const Plan &plan, const PlanLiquidCase &built, LoopHeadroom &out)
{
    const LiquidNetwork &network = built.liquidCase.network;
    const LiquidResult steady = solveLiquid(network);
    if (!steady.ok()) {
        out.flowError = QString::fromStdString(steady.error);
        return;
    }
    TransientOptions noTransient;
    noTransient.horizonS = 0.0;  // only the flows after the failure matter here
    for (const BuiltLoop &loop : built.loops) {
        if (loop.cdu < 0)
            continue;
        const CoolantLoop *planLoop = plan.find<CoolantLoop>(loop.loopId);
        const FailureOutcome onePumpLess
            = analyseFailure(network, steady, { FailureKind::Pump, loop.pumpLink }, noTransient);
        for (std::size_t k = 0; k < loop.racks.size(); ++k) {
            const int r = loop.racks[k];
            const RackLoad &rack = network.racks[std::size_t(r)];
            const double flow = onePumpLess.hydraulicsOk ? onePumpLess.racks[std::size_t(r)].flowM3PerS : 0.0;
            const double inletC = steady.racks[std::size_t(r)].inletC;
            CoolantProperties props;
            const Coolant coolant
                = planLoop && planLoop->coolant == CoolantKind::Water ? Coolant::Water : Coolant::Pg25;
            double carriedW = 0.0;
            if (flow >= rack.minFlowM3PerS && coolantProperties(coolant, inletC, &props))
                carriedW = props.densityKgPerM3 * flow * props.heatCapacityJPerKgK * (rack.returnLimitC - inletC);
            out.rackFlowKw[loop.rackIds[k]] = std::max(0.0, (carriedW - rack.heatToLiquidW) / 1e3);
        }
    }
}

}  // namespace

LoopHeadroom LoopHeadroom::compute(const Plan &plan)
{
    LoopHeadroom out;
    out.hasLoops = !plan.all<CoolantLoop>().empty();
    if (!out.hasLoops)
        return out;
    for (const auto &[id, loop] : plan.all<CoolantLoop>()) {
        if (loop.kind == CoolantLoopKind::FacilityWater) {
            double total = 0.0, largest = 0.0;
            for (const auto &[stageId, stage] : plan.all<LoopRejection>()) {
                const CoolingUnit *unit = plan.find<CoolingUnit>(stage.coolingUnitId);
                if (stage.loopId == id && unit) {
                    total += unit->capacityKw;
                    largest = std::max(largest, unit->capacityKw);
                }
            }
            out.facilityKw[id] += total - largest;
            continue;
        }
        const CoolingUnit *cdu = plan.find<CoolingUnit>(loop.cduId);
        out.loopKw[id] += cdu ? cdu->capacityKw : 0.0;
        if (loop.facilityLoopId != kNoId)
            out.facilityOfLoop[id] = loop.facilityLoopId;
    }
    for (const auto &[id, attachment] : plan.all<LoopRack>()) {
        const double heatKw = LiquidCaseBuilder::rackHeatToLiquidW(plan, attachment.rackId) / 1e3;
        out.loopOfRack[attachment.rackId] = attachment.loopId;
        out.loopKw[attachment.loopId] -= heatKw;
        if (const auto facility = out.facilityOfLoop.find(attachment.loopId); facility != out.facilityOfLoop.end())
            out.facilityKw[facility->second] -= heatKw;
    }
    PlanLiquidCase built;
    if (LiquidCaseBuilder::build(plan, &built, &out.flowError))
        addFlowRoom(plan, built, out);
    return out;
}

}  // namespace rw
