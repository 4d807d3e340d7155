// SPDX-License-Identifier: GPL-3.0-or-later
// The thermal engine on a small hall: steady state reached, heat removed = heat released within 1 %,
// the reported inlets and the heat carried to the cooler agree with the downloaded temperature field,
// rack inlets change less than 0.5 K when the cell size halves from the default (zero-equation model),
// memory predicted, bad cases refused, and a transient after the cooler fails heats the racks past the
// allowable limit.
#include "check.h"
#include "thermalcases.h"

#include "rackwerk/engine/thermalsolver.h"

#include <algorithm>
#include <cmath>

using namespace rw::engine;

namespace {

struct FaceTemperatures {
    double meanC = 0;
    float maxC = -1e30f;
    int cells = 0;
};

/// Temperatures of the air cells in front of a face (on its normal's side), read from the downloaded
/// field with the case's geometry alone: not through the engine's boundary bookkeeping.
FaceTemperatures inFrontOf(const ThermalFace &face, const ThermalFields &fields)
{
    const ThermalGrid &g = fields.grid;
    const int n[3] = { g.nx, g.ny, g.nz };
    const int a = face.normalAxis;
    int lo[3], hi[3];
    for (int d = 0; d < 3; ++d) {
        // Cells whose centres lie on the face's rectangle.
        lo[d] = int(std::ceil(face.box.minM[d] / g.cellM - 0.5f));
        hi[d] = int(std::floor(face.box.maxM[d] / g.cellM - 0.5f));
    }
    const int plane = int(std::lround(face.box.minM[a] / g.cellM));
    lo[a] = hi[a] = face.normalSign > 0 ? plane : plane - 1;
    FaceTemperatures t;
    for (int k = std::max(lo[2], 0); k <= std::min(hi[2], n[2] - 1); ++k)
        for (int j = std::max(lo[1], 0); j <= std::min(hi[1], n[1] - 1); ++j)
            for (int i = std::max(lo[0], 0); i <= std::min(hi[0], n[0] - 1); ++i) {
                const std::size_t c = g.index(i, j, k);
                if (fields.solid[c])
                    continue;
                t.meanC += fields.temperatureC[c];
                t.maxC = std::max(t.maxC, fields.temperatureC[c]);
                ++t.cells;
            }
    if (t.cells > 0)
        t.meanC /= t.cells;
    return t;
}

/// What the steady result reports against the temperature field it leaves: every rack's inlet (mean
/// and hottest cell), and the heat the cooler's return air carries away (rho cp Q (T_return - T_supply)),
/// against the heat the racks release.
void checkAgainstField(rw::check::Suite &suite, const ThermalCase &hall, const ThermalResult &r, const char *model)
{
    const std::string name = model;
    suite.expect(r.averagedIterations == 0, name + ": a settled flow, whose field is its steady state");
    float hottestExhaust = -1e30f;
    for (const RackThermalResult &rack : r.racks)
        hottestExhaust = std::max(hottestExhaust, rack.exhaustC);
    for (std::size_t n = 0; n < hall.racks.size(); ++n) {
        const FaceTemperatures intake = inFrontOf(hall.racks[n].intake, r.fields);
        const FaceTemperatures exhaust = inFrontOf(hall.racks[n].exhaust, r.fields);
        const RackThermalResult &rack = r.racks[n];
        suite.expect(intake.cells > 0 && exhaust.cells > 0, name + ": air in front of the faces of " + rack.name);
        suite.near(rack.inletMeanC, intake.meanC, 0.05, name + ": inlet of " + rack.name + " = its cells' mean");
        suite.near(rack.inletMaxC, intake.maxC, 0.05, name + ": inlet max of " + rack.name + " = its hottest cell");
        // The rack's heat enters the air behind it: warmer than what it breathes in, and (no heat comes
        // from anywhere else) no warmer than the hottest exhaust.
        suite.expect(exhaust.meanC > rack.inletMeanC + 1.0 && exhaust.maxC <= hottestExhaust + 0.05f,
            name + ": the air behind " + rack.name + " carries its heat");
    }
    double carried = 0;
    for (const ThermalCooler &cooler : hall.coolers)
        for (const ThermalFace &face : cooler.returns)
            carried += hall.densityKgPerM3 * hall.heatCapacityJPerKgK * face.airflowM3PerS
                * (inFrontOf(face, r.fields).meanC - cooler.supplyTempC);
    double released = 0;
    for (const ThermalRack &rack : hall.racks)
        released += rack.heatToAirW;
    std::printf("%s: heat carried to the return (from the field) %.0f W, released %.0f W\n", model, carried, released);
    suite.near(carried, released, 0.01 * released, name + ": the return air carries the racks' heat within 1 %");
}

}  // namespace

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
    checkAgainstField(suite, hall, a, "chen-xu, 0.2 m");

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
    checkAgainstField(suite, hall, ke, "k-epsilon, 0.2 m");

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
