// SPDX-License-Identifier: GPL-3.0-or-later
// The thermal engine against cases with known answers: the energy kernel against the exact 1D
// advection-diffusion of a Gaussian pulse, and a rack in a duct (the cooler gets back supply + P / (rho cp Q)).
#include "../src/thermal/thermalkernels.h"
#include "../src/thermal/thermalops.h"
#include "check.h"
#include "thermalcases.h"

#include "rackwerk/engine/thermalsolver.h"

#include <cmath>

using namespace rw::engine;

namespace {

/// A 1D column of cells along x with a uniform velocity U and diffusivity alpha (set through the
/// wall distance that the Chen-Xu viscosity turns into alpha). A Gaussian pulse advects and spreads:
/// T = A sigma0 / sigma(t) exp(-(x - x0 - U t)^2 / (2 sigma(t)^2)), sigma^2 = sigma0^2 + 2 alpha t.
/// Returns the largest error relative to the exact peak.
double advectionDiffusionError(rw::check::Suite &suite, float cellM, float dt)
{
    const float lengthM = 4.0f, speed = 0.1f, alpha = 0.02f, sigma0 = 0.15f, x0 = 1.0f, amplitude = 10.0f;
    const float endS = 8.0f;
    thermal::ThermalSetup s;
    s.grid.nx = int(std::lround(lengthM / cellM));
    s.grid.ny = s.grid.nz = 1;
    s.grid.cellM = cellM;
    const std::size_t cells = s.grid.cellCount();
    s.solid.assign(cells, 0);
    for (int a = 0; a < 3; ++a) {
        const std::size_t faces = a == 0 ? cells + 1 : 2 * cells;
        s.kind[a].assign(faces, thermal::kClosed);
        s.velocity[a].assign(faces, 0.0f);
    }
    // Air enters at the west end at 0 °C and leaves at the east end: div u = 0 everywhere.
    for (std::size_t f = 0; f <= cells; ++f) {
        s.kind[0][f] = f == 0 || f == cells ? thermal::kFixed : thermal::kOpen;
        s.velocity[0][f] = speed;
    }
    s.inflowCells = { 0 };
    // alpha = alphaMol + 0.03874 U L / Prt  =>  L for the wanted alpha.
    const float wall
        = (alpha - thermal::kAirThermalDiffusivity) * thermal::kTurbulentPrandtl / (thermal::kChenXuConstant * speed);
    s.wallDistM.assign(cells, wall);
    auto ops = thermal::makeCpuOps(2);
    thermal::FlowParameters parameters;
    parameters.initialTempC = 0.0f;
    parameters.gBeta = 0.0f;
    parameters.referenceTempC = 0.0f;
    parameters.kEpsilon = false;
    ops->upload(s, parameters);
    std::vector<float> initial(cells);
    for (std::size_t i = 0; i < cells; ++i) {
        const float x = (float(i) + 0.5f) * cellM;
        initial[i] = amplitude * std::exp(-(x - x0) * (x - x0) / (2 * sigma0 * sigma0));
    }
    ops->writeField(thermal::OpsField::Temperature, initial);
    ops->writeField(thermal::OpsField::OldTemperature, initial);
    ops->setInflowHeat({ 0.0f });  // the inflow is at 0 °C
    ops->updateViscosity();
    const int steps = int(std::lround(endS / dt));
    for (int n = 0; n < steps; ++n) {
        ops->beginStep();
        for (int it = 0; it < 200; ++it)  // converge the implicit step
            ops->energySweep(dt);
    }
    ThermalFields fields;
    ops->download(&fields);
    const float sigma = std::sqrt(sigma0 * sigma0 + 2 * alpha * endS);
    const float peak = amplitude * sigma0 / sigma;
    double worst = 0;
    double heat = 0;
    for (std::size_t i = 0; i < cells; ++i) {
        const float x = (float(i) + 0.5f) * cellM;
        const float d = x - x0 - speed * endS;
        const float exact = peak * std::exp(-d * d / (2 * sigma * sigma));
        worst = std::max(worst, double(std::fabs(fields.temperatureC[i] - exact)));
        heat += fields.temperatureC[i] * cellM;
    }
    // No sources, and the pulse has not reached either end: the heat content stays.
    suite.near(heat, amplitude * sigma0 * std::sqrt(2 * M_PI), 1e-3 * amplitude, "1D pulse keeps its heat");
    return worst / peak;
}

}  // namespace

int main()
{
    rw::check::Suite suite;

    // 1D advection-diffusion: upwind + backward Euler add numerical diffusion U h / 2 (1 + U dt / h);
    // at h = 2 cm and dt = 0.1 s that is 7.5 % of alpha, so the peak is a few per cent off, and halving
    // h and dt halves the error (first order).
    const double coarse = advectionDiffusionError(suite, 0.02f, 0.1f);
    const double fine = advectionDiffusionError(suite, 0.01f, 0.05f);
    std::printf("1D advection-diffusion: max error %.2f %% of the peak (h = 2 cm), %.2f %% (h = 1 cm)\n", 100 * coarse,
        100 * fine);
    suite.expect(coarse < 0.05, "1D pulse within 5 % of the exact solution at h = 2 cm");
    suite.expect(fine < 0.6 * coarse, "1D pulse error falls at first order with the grid");

    // Rack in a duct.
    const float heatW = 30000.0f, flow = 2.0f;
    const ThermalCase duct = rw::testcases::rackInDuct(heatW, flow);
    ThermalSettings settings;
    settings.cellM = 0.1f;
    settings.threads = 2;
    const ThermalResult r = solveThermal(duct, settings);
    suite.expect(r.ok(), "duct case solves: " + r.message);
    if (r.ok()) {
        const float rise = heatW / (1.2f * 1005.0f * flow);
        std::printf("duct: %d iterations, inlet %.4f °C, exhaust %.4f °C (exact %.4f), return %.4f °C, "
                    "energy balance %.4f %%\n",
            r.iterations, r.racks[0].inletMeanC, r.racks[0].exhaustC, 20.0f + rise, r.coolers[0].returnC,
            100 * r.energyBalanceError());
        suite.expect(r.converged, "duct case converges");
        suite.near(r.racks[0].inletMeanC, 20.0, 0.02, "duct: the rack breathes the supply air");
        suite.near(r.coolers[0].returnC, 20.0 + rise, 0.05, "duct: the cooler gets the exhaust back");
        suite.near(r.energyBalanceError(), 0.0, 0.01, "duct: heat removed = heat released within 1 %");
    }
    return suite.finish();
}
