// SPDX-License-Identifier: GPL-3.0-or-later
// The CUDA thermal engine against its CPU twin on the same case and the same number of steps.
// Skipped (exit 77) where no GPU can run it.
#include "check.h"
#include "thermalcases.h"

#include "rackwerk/engine/backend.h"
#include "rackwerk/engine/thermalsolver.h"

#include <cmath>
#include <string>

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
    // Both turbulence models: their kernels are shared code, run on both engines.
    for (const TurbulenceModel model : { TurbulenceModel::ChenXu, TurbulenceModel::KEpsilon }) {
        const std::string name = turbulenceModelName(model);
        ThermalSettings settings;
        settings.cellM = 0.2f;
        settings.maxIterations = 400;
        settings.inletToleranceK = 0.0f;  // run all steps on both
        settings.turbulence = model;
        const ThermalResult cpu = solveThermal(hall, settings);
        settings.backend = Backend::Cuda;
        const ThermalResult gpu = solveThermal(hall, settings);
        suite.expect(cpu.ok() && gpu.ok(), name + ": both engines run: " + gpu.message);
        // Same per-cell code and update order; only fused multiply-adds and the order of floating-point
        // reductions differ, which 400 steps carry to a few hundredths of a kelvin at most.
        double worst = 0;
        for (std::size_t n = 0; n < cpu.racks.size() && gpu.ok(); ++n)
            worst = std::max(worst, double(std::fabs(cpu.racks[n].inletMeanC - gpu.racks[n].inletMeanC)));
        std::printf("%s: CPU %.2f s, CUDA %.2f s, largest inlet difference %.4f K\n", name.c_str(), cpu.wallSeconds,
            gpu.wallSeconds, worst);
        suite.expect(worst < 0.1, name + ": CUDA and CPU inlets agree within 0.1 K");
        suite.near(
            gpu.heatRemovedW, cpu.heatRemovedW, 0.01 * cpu.heatReleasedW, name + ": heat removed agrees within 1 %");
    }
    return suite.finish();
}
