// The thermal engine on a small hall: steady state reached, heat removed = heat released within 1 %,
// rack inlets change less than 0.5 K when the cell size halves from the default (zero-equation model),
// memory predicted, bad cases refused, and a transient after the cooler fails heats the racks past the
// allowable limit.
#include "check.h"
#include "thermalcases.h"

#include "rackwerk/engine/thermalsolver.h"

#include <cmath>

using namespace rw::engine;

int main()
{
    rw::check::Suite suite;
    const ThermalCase hall = rw::testcases::smallHall();

    // Grid convergence, energy and the transient on the zero-equation model, whose flow in this hall
    // settles on every grid; the default k-epsilon model's flow here keeps swinging from 0.1 m down
    // (its two mirrored rows take turns at the hot plume; docs/thermal-design.md), so it is checked at
    // 0.2 m below, and its grid convergence on the one-row hall (test_thermal_grid.cpp).
    ThermalSettings coarse;
    coarse.cellM = 0.2f;
    coarse.threads = 2;
    coarse.turbulence = TurbulenceModel::ChenXu;
    int progressCalls = 0;
    const ThermalResult a = solveThermal(hall, coarse, [&](const ThermalProgress &) { ++progressCalls; });
    suite.expect(a.ok(), "small hall solves: " + a.message);
    suite.expect(a.converged, "small hall reaches a steady state");
    suite.expect(progressCalls > 2, "progress is reported");
    std::printf("0.2 m: %zu cells, %d iterations, %.1f s, energy balance %.3f %%\n", a.grid.cellCount(), a.iterations,
        a.wallSeconds, 100 * a.energyBalanceError());
    // Heat released is the racks' heat by definition; heat removed is measured at the cooler's return.
    suite.near(a.energyBalanceError(), 0.0, 0.01, "heat removed = heat released within 1 %");
    suite.expect(a.fields.temperatureC.size() == a.grid.cellCount(), "fields for the views");

    // The default k-epsilon model on the same hall at 0.2 m: steady, energy conserved, inlets plausible.
    ThermalSettings kEpsilon = coarse;
    kEpsilon.turbulence = TurbulenceModel::KEpsilon;
    const ThermalResult ke = solveThermal(hall, kEpsilon);
    suite.expect(ke.ok() && ke.converged, "small hall with k-epsilon reaches a steady state");
    std::printf("0.2 m, k-epsilon: %d iterations, energy balance %.3f %%, inlets", ke.iterations,
        100 * ke.energyBalanceError());
    for (std::size_t n = 0; n < ke.racks.size(); ++n) {
        std::printf(" %.2f", ke.racks[n].inletMeanC);
        suite.expect(ke.racks[n].inletMeanC > 19.9f && ke.racks[n].inletMeanC < 40.0f,
            "k-epsilon inlet between the supply and the exhaust of " + ke.racks[n].name);
    }
    std::printf(" (Chen-Xu: %.2f ... %.2f)\n", a.racks.front().inletMeanC, a.racks.back().inletMeanC);
    suite.near(ke.energyBalanceError(), 0.0, 0.01, "k-epsilon: heat removed = heat released within 1 %");

    ThermalSettings fine = coarse;
    fine.cellM = 0.1f;
    const ThermalResult b = solveThermal(hall, fine);
    suite.expect(b.ok() && b.converged, "small hall at 0.1 m converges");
    double worst = 0, sum = 0;
    for (std::size_t n = 0; n < a.racks.size() && b.ok(); ++n) {
        const double d = std::fabs(a.racks[n].inletMeanC - b.racks[n].inletMeanC);
        worst = std::max(worst, d);
        sum += d;
    }
    std::printf("grid convergence 0.2 m -> 0.1 m: largest inlet change %.3f K, mean %.3f K (%d iterations, "
                "energy balance %.3f %%)\n",
        worst, sum / double(a.racks.size()), b.iterations, 100 * b.energyBalanceError());
    // Mean over the racks below 0.5 K; single racks in recirculation zones move more (first-order
    // upwind, see docs/thermal-design.md), bounded at 1 K.
    suite.expect(
        sum / double(a.racks.size()) < 0.5, "rack inlets change less than 0.5 K on average from 0.2 m to 0.1 m");
    suite.expect(worst < 1.0, "no rack inlet changes by 1 K or more from 0.2 m to 0.1 m cells");

    // The criterion as stated: from the default grid to one twice as fine, every rack inlet moves
    // by less than 0.5 K. The small hall's default is 0.1 m (about 10^6 cells, rounded up to 5 cm).
    suite.near(defaultCellSizeM(hall), 0.1, 1e-6, "the small hall's default cell is 0.1 m");
    ThermalSettings finer = fine;
    finer.cellM = 0.05f;
    const ThermalResult c = solveThermal(hall, finer);
    suite.expect(c.ok() && c.converged, "small hall at 0.05 m converges");
    double worstFiner = 0, sumFiner = 0;
    for (std::size_t n = 0; n < b.racks.size() && b.ok() && c.ok(); ++n) {
        const double d = std::fabs(b.racks[n].inletMeanC - c.racks[n].inletMeanC);
        worstFiner = std::max(worstFiner, d);
        sumFiner += d;
    }
    std::printf("grid convergence 0.1 m (default) -> 0.05 m: largest inlet change %.3f K, mean %.3f K (%d "
                "iterations, %.1f s)\n",
        worstFiner, sumFiner / double(b.racks.size()), c.iterations, c.wallSeconds);
    suite.expect(worstFiner < 0.5, "no rack inlet changes by 0.5 K or more from the default 0.1 m to 0.05 m cells");

    const std::size_t predicted = predictThermalMemoryBytes(hall, 0.1f);
    // About 60 bytes per cell of fields and grid description, plus some 24 of pressure multigrid.
    suite.expect(predicted > b.grid.cellCount() * 60 && predicted < b.grid.cellCount() * 120,
        "memory prediction in the expected range per cell");

    ThermalCase bad = hall;
    bad.racks[0].intake.box.minM[0] = -3.0f;
    suite.expect(solveThermal(bad, coarse).error == ThermalError::BadCase, "a face outside the hall is refused");
    bad = hall;
    bad.coolers[0].returns[0].airflowM3PerS *= 2;
    suite.expect(solveThermal(bad, coarse).error == ThermalError::BadCase, "unbalanced cooler flows are refused");

    std::atomic<bool> cancel { true };
    suite.expect(solveThermal(hall, coarse, {}, &cancel).error == ThermalError::Cancelled, "cancel stops the run");

    ThermalSettings failure = coarse;
    failure.failedCoolers = { 100 };
    failure.transientSeconds = 60.0f;
    const ThermalResult t = solveThermal(hall, failure);
    suite.expect(t.ok(), "transient runs");
    std::printf("cooler failure: first rack past %.0f °C after %.1f s, %zu racks within 60 s\n",
        hall.limits.allowableMaxC, t.transient.firstExceedanceS, t.transient.racksExceeding.size());
    suite.expect(t.transient.firstExceedanceS >= 0, "without cooling a rack inlet leaves the allowable range");
    bool alreadyOutside = false;
    for (const RackThermalResult &r : a.racks)
        alreadyOutside = alreadyOutside || !r.withinAllowable;
    // At t = 0 exactly when the steady state already has a rack outside the range, later otherwise.
    suite.expect((t.transient.firstExceedanceS == 0.0f) == alreadyOutside, "first exceedance consistent with t = 0");
    suite.expect(!t.transient.samples.empty() && t.transient.samples.back().inletMeanC[0] > a.racks[0].inletMeanC,
        "inlets warm up after the failure");
    return suite.finish();
}
