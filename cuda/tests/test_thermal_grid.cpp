// SPDX-License-Identifier: GPL-3.0-or-later
// Grid convergence with the default turbulence model (k-epsilon): on the one-row hall every rack inlet
// changes by less than 0.5 K from the default cell (0.1 m) to one twice as fine, and the flow is steady
// on both grids. The zero-equation model's grid convergence is in test_thermal_hall.cpp.
#include "check.h"
#include "thermalcases.h"

#include "rackwerk/engine/thermalsolver.h"

#include <cmath>
#include <cstdio>

using namespace rw::engine;

int main()
{
    rw::check::Suite suite;
    const ThermalCase hall = rw::testcases::oneRowHall();
    suite.near(defaultCellSizeM(hall), 0.1, 1e-6, "the one-row hall's default cell is 0.1 m");

    ThermalSettings settings;
    settings.threads = 2;
    settings.keepFields = false;
    const ThermalResult standard = solveThermal(hall, settings);
    ThermalSettings finer = settings;
    finer.cellM = 0.05f;
    const ThermalResult fine = solveThermal(hall, finer);
    suite.expect(standard.ok() && fine.ok(), "the one-row hall solves on both grids");
    if (!standard.ok() || !fine.ok())
        return suite.finish();
    suite.expect(standard.turbulence == TurbulenceModel::KEpsilon, "the default model is k-epsilon");
    // Steady on its own, not as the mean of a swinging flow: a grid study needs one answer per grid.
    suite.expect(standard.converged && standard.averagedIterations == 0, "steady at the default 0.1 m");
    suite.expect(fine.converged && fine.averagedIterations == 0, "steady at 0.05 m");
    suite.near(fine.energyBalanceError(), 0.0, 0.01, "0.05 m: heat removed = heat released within 1 %");

    double worst = 0, sum = 0, lowest = 1e9, highest = -1e9;
    std::printf("rack inlets (mean), 0.1 m -> 0.05 m:");
    for (std::size_t n = 0; n < standard.racks.size(); ++n) {
        const double a = standard.racks[n].inletMeanC;
        const double b = fine.racks[n].inletMeanC;
        std::printf(" %s %.2f -> %.2f", standard.racks[n].name.c_str(), a, b);
        worst = std::max(worst, std::fabs(a - b));
        sum += std::fabs(a - b);
        lowest = std::min(lowest, a);
        highest = std::max(highest, a);
    }
    std::printf("\ngrid convergence, k-epsilon, 0.1 m (default) -> 0.05 m: largest change %.3f K, mean %.3f K "
                "(%d / %d iterations, %.1f / %.1f s)\n",
        worst, sum / double(standard.racks.size()), standard.iterations, fine.iterations, standard.wallSeconds,
        fine.wallSeconds);
    // The racks must not all breathe supply air: a spread of inlets is what makes the check meaningful.
    suite.expect(highest - lowest > 2.0, "the rack inlets spread over more than 2 K");
    suite.expect(worst < 0.5, "no rack inlet changes by 0.5 K or more from the default 0.1 m to 0.05 m cells");
    return suite.finish();
}
