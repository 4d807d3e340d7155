// SPDX-License-Identifier: GPL-3.0-or-later
// The CUDA load engine against its CPU twin: the same trials, so the same figures. Skipped (exit 77) without a GPU.
#include "check.h"
#include "loadtestmodel.h"
#include "rackwerk/engine/backend.h"
#include "rackwerk/engine/loadprojection.h"

using namespace rw::engine;

int main()
{
    const BackendInfo &info = probeBackends();
    if (!info.cudaUsable) {
        std::printf("SKIP: %s\n", info.reason.c_str());
        return rw::check::kSkipped;
    }
    std::printf("device: %s (sm_%d)\n", info.deviceName.c_str(), info.computeCapability);
    rw::check::Suite suite;
    rw::check::LoadTestModel t = rw::check::hallModel(2 * kHoursPerYear, 12, 18.0f);
    // Coolant loops on the liquid groups (LoopPlant), with a table that varies by hour and load.
    std::vector<float> table(std::size_t(kHoursPerYear) * kLoopPlantLoads * kLoopPlantQuantities);
    for (std::size_t i = 0; i < table.size(); ++i)
        table[i] = float((i * 2654435761u) % 1000u) * 0.05f;
    for (LoadGroup &group : t.groups)
        group.loopShare = group.liquidShare;
    t.model.loops = { 2000.0f, 40.0f, table.data() };
    const LoadModel &model = t.bind();
    const LoadRunOptions options { 300, 20260204, 24 };
    LoadStatistics cpu, gpu;
    runLoadProjectionCpu(model, options, {}, &cpu);
    std::string error;
    suite.expect(runLoadProjectionCuda(model, options, {}, &gpu, &error), "CUDA engine runs: " + error);
    // Same RW_HD code, no fused multiply-add on either side, Philox streams by counter: identical trials.
    double worstEnergy = 0.0;
    for (std::size_t i = 0; i < cpu.monthEnergyKwh.size(); ++i)
        worstEnergy = std::max(worstEnergy,
            std::fabs(cpu.monthEnergyKwh[i] - gpu.monthEnergyKwh[i]) / std::max(1.0, std::fabs(cpu.monthEnergyKwh[i])));
    suite.near(worstEnergy, 0.0, 1e-9, "monthly energies per trial, CPU vs CUDA");
    suite.expect(cpu.yearEnergyKwh == gpu.yearEnergyKwh, "yearly energies per trial, CPU vs CUDA");
    suite.expect(cpu.nodeRisk == gpu.nodeRisk, "node hours over rating per trial, CPU vs CUDA");
    suite.expect(cpu.yearPeakFacilityKw == gpu.yearPeakFacilityKw, "yearly peaks per trial, CPU vs CUDA");
    suite.expect(cpu.yearSwingKw == gpu.yearSwingKw, "yearly training swings per trial, CPU vs CUDA");
    std::size_t histogramDiffs = 0;
    for (std::size_t i = 0; i < cpu.histogram.size(); ++i)
        histogramDiffs += cpu.histogram[i] != gpu.histogram[i];
    suite.expect(histogramDiffs == 0, "histograms, CPU vs CUDA (" + std::to_string(histogramDiffs) + " bins differ)");
    suite.expect(cpu.sums == gpu.sums && cpu.counts == gpu.counts, "fixed-point sums, CPU vs CUDA");
    suite.expect(cpu.maxValue == gpu.maxValue, "slot maxima, CPU vs CUDA");
    for (int slot : { 0, 200, 600 })
        suite.near(gpu.percentile(slot, kFacilityPower, 0.95), cpu.percentile(slot, kFacilityPower, 0.95), 1e-6,
            "P95 facility power, slot " + std::to_string(slot));
    return suite.finish();
}
