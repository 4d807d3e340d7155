// SPDX-License-Identifier: GPL-3.0-or-later
// Thermal engine benchmark: memory copy bandwidth of this machine, then the demo hall (360 racks) at a
// cell size on the CPU engine (and CUDA where a GPU is), with cells, cell updates per second, the
// bytes a cell update moves and the bandwidth that achieves.
//   bench_thermal [CELL_M=0.2] [MAX_ITERATIONS=4000] [THREADS=0] [k-epsilon|chen-xu]
#include "analysis/thermalcasebuilder.h"
#include "demo/demoplan.h"

#include <rackwerk/engine/backend.h>
#include <rackwerk/engine/thermalsolver.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace {

// Bytes streamed per cell and pseudo-time step, from the kernels (thermalkernels.h, kepsilonkernels.h),
// counting each array a sweep reads or writes once (neighbours come from cache; a red-black sweep counts
// once although each colour passes over the arrays):
//   copy to old fields            none: the step's first momentum and energy sweeps keep them      0
//   viscosity                     zero-equation: 3 velocities, wall dist, nu, solid 21;
//                                 k-epsilon: k, epsilon, solid, nu 13
//   momentum 2 x 3 components     vel r/w 8, old 4 (the first sweep writes it), p 4, nu 4, kind 1,
//                                 T 4 (w) = 25 each                                              150
//   projection                    prepare: 3 vel, solid, rhs, phi 21; correct: 3 x (vel r/w, kind,
//                                 phi) 39; p += phi with the x faces 8                            68
//   pressure multigrid V-cycle    finest level: 4 red-black sweeps (phi r/w 8, b 4, 3 conductances
//                                 12, diagonal 4 = 28 each), residual computed inside the
//                                 restriction 24, prolongation 12; coarse levels add 1/7         ~170
//   energy 2 sweeps               T r/w 8, old 4, bcIn 4, nu 4, 3 vel 12, 3 kinds 3, solid 1 = 36   72
//   k-epsilon only: k/eps sweep   k r/w 8, eps r/w 8, nu 4, 3 vel 12, 3 kinds 3, solid 1 (the
//                                 production of k computed in the sweep, no array)                 36
double bytesPerCellStep(rw::engine::TurbulenceModel model)
{
    const double common = 150 + 68 + 170 + 72;
    return model == rw::engine::TurbulenceModel::KEpsilon ? common + 13 + 36 : common + 21;
}

double copyBandwidthGBps()
{
    const std::size_t bytes = std::size_t(256) << 20;
    std::vector<char> a(bytes, 1), b(bytes, 0);
    double best = 0;
    for (int n = 0; n < 5; ++n) {
        const auto t0 = std::chrono::steady_clock::now();
        std::memcpy(b.data(), a.data(), bytes);
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        best = std::max(best, 2.0 * double(bytes) / s / 1e9);  // read + write
        a[std::size_t(n)] = b[bytes - 1 - std::size_t(n)];
    }
    return best;
}

void run(const rw::engine::ThermalCase &c, rw::engine::ThermalSettings settings, double copyGBps)
{
    const rw::engine::ThermalResult r = rw::engine::solveThermal(c, settings);
    if (!r.ok()) {
        std::printf("%s engine: failed: %s\n", rw::engine::backendName(settings.backend), r.message.c_str());
        return;
    }
    const double updates = double(r.grid.cellCount()) * r.iterations / r.wallSeconds;
    const double bytesPerUpdate = bytesPerCellStep(r.turbulence);
    std::printf("%s engine, %s: %zu cells (%d x %d x %d at %.2f m), %d iterations (%s), %.1f s end to end\n",
        rw::engine::backendName(settings.backend), rw::engine::turbulenceModelName(r.turbulence), r.grid.cellCount(),
        r.grid.nx, r.grid.ny, r.grid.nz, r.grid.cellM, r.iterations, r.converged ? "converged" : "not converged",
        r.wallSeconds);
    std::printf("  %.3g cell updates/s, ~%.0f bytes per cell update, %.2f GB/s achieved = %.0f %% of the copy "
                "bandwidth\n",
        updates, bytesPerUpdate, updates * bytesPerUpdate / 1e9, 100.0 * updates * bytesPerUpdate / 1e9 / copyGBps);
    std::printf("  energy balance %.3f %% (released %.1f kW, removed %.1f kW)\n", 100.0 * r.energyBalanceError(),
        r.heatReleasedW / 1000.0, r.heatRemovedW / 1000.0);
    float hottest = -1e9f;
    for (const auto &rack : r.racks)
        hottest = std::max(hottest, rack.inletMaxC);
    std::printf("  hottest rack inlet %.1f °C\n", hottest);
}

}  // namespace

int main(int argc, char *argv[])
{
    const float cellM = argc > 1 ? float(std::atof(argv[1])) : 0.2f;
    const int iterations = argc > 2 ? std::atoi(argv[2]) : 4000;
    const int threads = argc > 3 ? std::atoi(argv[3]) : 0;
    const double copyGBps = copyBandwidthGBps();
    std::printf("memcpy bandwidth (read + write): %.2f GB/s\n", copyGBps);
    rw::Plan plan;
    rw::buildDemoPlan(plan);
    const rw::ThermalCaseBuild build = rw::ThermalCaseBuilder::build(plan);
    if (!build.ok()) {
        std::printf("demo case: %s\n", qPrintable(build.error));
        return 1;
    }
    std::printf("demo hall: %zu racks, %zu cooling units, predicted memory %.1f MB at %.2f m\n",
        build.thermalCase.racks.size(), build.thermalCase.coolers.size(),
        double(rw::engine::predictThermalMemoryBytes(build.thermalCase, cellM)) / 1e6, cellM);
    rw::engine::ThermalSettings settings;
    settings.cellM = cellM;
    settings.maxIterations = iterations;
    settings.threads = threads;
    settings.keepFields = false;
    if (argc > 4 && !rw::engine::parseTurbulenceModel(argv[4], &settings.turbulence)) {
        std::printf("unknown turbulence model \"%s\"; use k-epsilon or chen-xu\n", argv[4]);
        return 2;
    }
    run(build.thermalCase, settings, copyGBps);
    if (rw::engine::probeBackends().cudaUsable) {
        settings.backend = rw::engine::Backend::Cuda;
        run(build.thermalCase, settings, copyGBps);
    } else {
        std::printf("CUDA engine: not run (%s)\n", rw::engine::probeBackends().reason.c_str());
    }
    return 0;
}
