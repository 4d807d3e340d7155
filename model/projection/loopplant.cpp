// SPDX-License-Identifier: GPL-3.0-or-later
#include "loopplant.h"

#include "analysis/liquidcasebuilder.h"
#include "analysis/liquidyearsummary.h"

#include <rackwerk/engine/liquid/liquidyear.h>

#include <thread>

namespace rw {

using namespace engine::liquid;

BuiltLoopPlant LoopPlantBuilder::build(const Plan &plan, const WeatherYear &weather, QString *whyNot)
{
    BuiltLoopPlant out;
    if (plan.all<CoolantLoop>().empty())
        return out;
    PlanLiquidCase built;
    QString error;
    if (!LiquidCaseBuilder::build(plan, &built, &error)) {
        *whyNot = error;
        return out;
    }
    const LiquidNetwork &network = built.liquidCase.network;
    const LiquidResult design = solveLiquid(network);
    if (!design.ok()) {
        *whyNot = tr("the coolant loops have no steady state at design load");
        return out;
    }
    double designHeatW = 0.0;
    for (const RackLoad &rack : network.racks)
        designHeatW += rack.heatToLiquidW;
    if (!(designHeatW > 0.0)) {
        *whyNot = tr("no rack on a coolant loop gives heat to liquid");
        return out;
    }

    // Load 0 takes no heat: nothing to reject (the table's zeros); the other loads run side by side.
    constexpr int kLoads = engine::kLoopPlantLoads;
    const LiquidYearInput common = LiquidYearSummary::inputFor(plan, built, weather);
    std::vector<std::vector<float>> shares(kLoads);
    std::vector<LiquidYearResult> years(kLoads);
    std::vector<std::thread> threads;
    for (int load = 1; load < kLoads; ++load) {
        shares[std::size_t(load)].assign(std::size_t(WeatherYear::kHours), float(load) / float(kLoads - 1));
        threads.emplace_back([&, load] {
            LiquidYearInput input = common;
            input.heatShare = shares[std::size_t(load)].data();
            years[std::size_t(load)] = solveLiquidYear(network, design, input);
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (int load = 1; load < kLoads; ++load) {
        if (!years[std::size_t(load)].ok()) {
            *whyNot = tr("the weather year of the coolant loops could not be run");
            return out;
        }
    }

    out.table.assign(std::size_t(WeatherYear::kHours) * kLoads * engine::kLoopPlantQuantities, 0.0f);
    for (int hour = 0; hour < WeatherYear::kHours; ++hour) {
        for (int load = 1; load < kLoads; ++load) {
            const LiquidYearResult &y = years[std::size_t(load)];
            float *row
                = out.table.data() + (std::size_t(hour) * kLoads + std::size_t(load)) * engine::kLoopPlantQuantities;
            row[engine::kLoopRejectionKw] = y.rejectionElectricW[std::size_t(hour)] / 1000.0f;
            row[engine::kLoopWaterLPerH] = y.waterLPerH[std::size_t(hour)];
            row[engine::kLoopReusedKw] = y.reusedW[std::size_t(hour)] / 1000.0f;
        }
    }
    out.plant.designHeatKw = float(designHeatW / 1000.0);
    out.plant.pumpKw = float(years.back().pumpElectricW / 1000.0);
    out.plant.table = out.table.data();
    for (const BuiltLoop &loop : built.loops) {
        if (const CoolantLoop *l = plan.find<CoolantLoop>(loop.loopId); l && l->cduId != kNoId)
            out.unitIds.insert(l->cduId);
        out.unitIds.insert(loop.rejectionUnitIds.begin(), loop.rejectionUnitIds.end());
        out.rackIds.insert(loop.rackIds.begin(), loop.rackIds.end());
    }
    for (const HeatRejection &stage : network.rejections) {
        out.reuseStages = out.reuseStages || stage.kind == RejectionKind::HeatReuse;
        out.towers = out.towers || stage.kind == RejectionKind::CoolingTower;
    }
    out.used = true;
    return out;
}

}  // namespace rw
