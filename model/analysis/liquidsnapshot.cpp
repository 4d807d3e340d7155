// SPDX-License-Identifier: GPL-3.0-or-later
#include "liquidsnapshot.h"

#include "liquidanalysis.h"
#include "liquidbudget.h"
#include "liquidcasebuilder.h"
#include "rackwerk/engine/liquid/liquidloop.h"

namespace rw {
namespace {

constexpr double kLitrePerMinute = 1e-3 / 60.0;

/// The plan's stages of a facility loop in series order: the order the builder gave them to the engine.
std::vector<Id> stagesInOrder(const Plan &plan, Id loopId)
{
    std::map<int, Id> byStage;
    for (const auto &[id, stage] : plan.all<LoopRejection>()) {
        if (stage.loopId == loopId)
            byStage.emplace(stage.stage, id);
    }
    std::vector<Id> out;
    for (const auto &[order, id] : byStage)
        out.push_back(id);
    return out;
}

}  // namespace

LiquidSnapshot LiquidSnapshot::compute(const Plan &plan)
{
    using namespace engine::liquid;
    LiquidSnapshot out;
    PlanLiquidCase built;
    if (!LiquidCaseBuilder::build(plan, &built, &out.error))
        return out;
    LiquidAnalysis::Result result;
    result.steady = solveLiquid(built.liquidCase.network);
    if (!result.steady.ok()) {
        // The engine's English text names its elements by index; the analysis translates it with their ids.
        out.error = LiquidAnalysis::run(built.liquidCase, LiquidAnalysis::kPowerLost).error;
        return out;
    }
    result.ok = true;
    const std::vector<LoopBudget> budgets = LiquidBudget::compute(built, result);
    const LiquidResult &steady = result.steady;
    for (std::size_t i = 0; i < built.loops.size() && i < budgets.size(); ++i) {
        const BuiltLoop &b = built.loops[i];
        const LoopBudget &budget = budgets[i];
        Loop loop;
        loop.heatKw = budget.heatKw;
        loop.capacityKw = budget.capacityKw;
        loop.capacityWithoutLargestKw = budget.capacityWithoutLargestKw;
        loop.flowLPerMin = budget.flowLPerMin;
        loop.neededFlowLPerMin = budget.neededFlowLPerMin;
        loop.pumpRedundant = budget.pumpRedundant;
        if (b.cdu >= 0) {
            loop.supplyC = steady.cdus[std::size_t(b.cdu)].outletC;
            loop.returnC = steady.cdus[std::size_t(b.cdu)].inletC;
            for (std::size_t k = 0; k < b.racks.size(); ++k) {
                const std::size_t r = std::size_t(b.racks[k]);
                const RackState &state = steady.racks[r];
                out.racks[b.rackIds[k]] = { state.flowM3PerS / kLitrePerMinute,
                    built.liquidCase.network.racks[r].minFlowM3PerS / kLitrePerMinute, state.inletC, state.outletC,
                    state.flowShort, state.inletOverLimit || state.returnOverLimit };
            }
        } else if (!b.rejections.empty()) {
            loop.returnC = steady.rejections[std::size_t(b.rejections.front())].inletC;
            loop.supplyC = steady.rejections[std::size_t(b.rejections.back())].outletC;
            const std::vector<Id> stageIds = stagesInOrder(plan, b.loopId);
            for (std::size_t k = 0; k < b.rejections.size() && k < stageIds.size(); ++k) {
                const UnitLoad &load = steady.rejections[std::size_t(b.rejections[k])];
                out.stages[stageIds[k]] = { load.loadW / 1e3, load.inletC, load.outletC, load.atCapacity };
            }
        }
        out.loops[b.loopId] = loop;
    }
    out.solved = true;
    return out;
}

}  // namespace rw
