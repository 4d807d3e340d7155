// The CUDA thermal engine against its CPU twin on the same case and the same number of steps.
// Skipped (exit 77) where no GPU can run it.
#include "check.h"
#include "thermalcases.h"

#include "rackwerk/engine/backend.h"
#include "rackwerk/engine/thermalsolver.h"

#include <cmath>

using namespace rw::engine;

int main()
{
    const BackendInfo &info = probeBackends();
    if (!info.cudaUsable) {
        std::printf("SKIP: %s\n", info.reason.c_str());
        return rw::check::kSkipped;
    }
    rw::check::Suite suite;
    const ThermalCase hall = rw::testcases::smallHall();
    ThermalSettings settings;
    settings.cellM = 0.2f;
    settings.maxIterations = 400;
    settings.inletToleranceK = 0.0f;  // run all steps on both
    settings.turbulence = TurbulenceModel::ChenXu;
    const ThermalResult cpu = solveThermal(hall, settings);
    settings.backend = Backend::Cuda;
    const ThermalResult gpu = solveThermal(hall, settings);
    suite.expect(cpu.ok() && gpu.ok(), "both engines run: " + gpu.message);
    // Same per-cell code and update order; only fused multiply-adds and the order of floating-point
    // reductions differ, which 400 steps carry to a few hundredths of a kelvin at most.
    double worst = 0;
    for (std::size_t n = 0; n < cpu.racks.size() && gpu.ok(); ++n)
        worst = std::max(worst, double(std::fabs(cpu.racks[n].inletMeanC - gpu.racks[n].inletMeanC)));
    std::printf("CPU %.2f s, CUDA %.2f s, largest inlet difference %.4f K\n", cpu.wallSeconds, gpu.wallSeconds, worst);
    suite.expect(worst < 0.1, "CUDA and CPU inlets agree within 0.1 K");
    suite.near(gpu.heatRemovedW, cpu.heatRemovedW, 0.01 * cpu.heatReleasedW, "heat removed agrees within 1 %");

    // The default k-epsilon model runs the same way: its kernels are shared code too.
    settings.turbulence = TurbulenceModel::KEpsilon;
    settings.backend = Backend::Cpu;
    const ThermalResult cpuKe = solveThermal(hall, settings);
    settings.backend = Backend::Cuda;
    const ThermalResult gpuKe = solveThermal(hall, settings);
    suite.expect(cpuKe.ok() && gpuKe.ok(), "both engines run k-epsilon: " + gpuKe.message);
    double worstKe = 0;
    for (std::size_t n = 0; n < cpuKe.racks.size() && gpuKe.ok(); ++n)
        worstKe = std::max(worstKe, double(std::fabs(cpuKe.racks[n].inletMeanC - gpuKe.racks[n].inletMeanC)));
    std::printf("k-epsilon: CPU %.2f s, CUDA %.2f s, largest inlet difference %.4f K\n", cpuKe.wallSeconds,
        gpuKe.wallSeconds, worstKe);
    suite.expect(worstKe < 0.1, "k-epsilon: CUDA and CPU inlets agree within 0.1 K");
    return suite.finish();
}
