// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Two thermal engines (ThermalOps) from one state through every operation, comparing the fields each
// leaves: CPU against CUDA (test_thermal_ops_cuda.cpp), and the CPU runner on one thread against several
// (test_thermal_ops_cpu.cpp), where the results must be bit-identical.

#include "../src/thermal/thermalkernels.h"
#include "../src/thermal/thermalops.h"
#include "../src/thermal/thermalsetup.h"
#include "check.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>
#include <random>
#include <string>

namespace rw::testcases {

using namespace rw::engine;
using namespace rw::engine::thermal;

/// Largest difference relative to max(1, |value|) between two arrays; infinity when their sizes differ.
inline double difference(const std::vector<float> &a, const std::vector<float> &b)
{
    if (a.size() != b.size())
        return INFINITY;
    double worst = 0;
    for (std::size_t n = 0; n < a.size(); ++n) {
        if (std::isnan(a[n]) != std::isnan(b[n]))
            return INFINITY;
        if (!std::isnan(a[n]))
            worst = std::max(worst, std::fabs(double(a[n]) - b[n]) / std::max(1.0, std::fabs(double(a[n]))));
    }
    return worst;
}

/// A state that reaches every branch of the bodies: the setup's fixed faces, random flow on the open
/// ones, temperatures, pressures, viscosities and turbulence that differ from cell to cell.
inline void writeRandomState(const ThermalSetup &setup, std::uint32_t seed, ThermalOps *a, ThermalOps *b)
{
    std::mt19937 random(seed);
    auto uniform = [&](float lo, float hi) { return std::uniform_real_distribution<float>(lo, hi)(random); };
    const std::size_t cells = setup.grid.cellCount();
    for (int c = 0; c < 3; ++c) {
        std::vector<float> velocity = setup.velocity[c];
        for (std::size_t f = 0; f < velocity.size(); ++f)
            if (setup.kind[c][f] == kOpen)
                velocity[f] = uniform(-1.5f, 1.5f);
        std::vector<float> old = velocity;
        for (float &v : old)
            v += uniform(-0.1f, 0.1f);
        for (ThermalOps *ops : { a, b }) {
            ops->writeField(OpsField(int(OpsField::VelocityX) + c), velocity);
            ops->writeField(OpsField(int(OpsField::OldVelocityX) + c), old);
        }
    }
    auto cellField = [&](OpsField field, float lo, float hi) {
        std::vector<float> values(cells);
        for (float &v : values)
            v = uniform(lo, hi);
        a->writeField(field, values);
        b->writeField(field, values);
    };
    cellField(OpsField::Temperature, 18.0f, 40.0f);
    cellField(OpsField::OldTemperature, 18.0f, 40.0f);
    cellField(OpsField::Pressure, -2.0f, 2.0f);
    cellField(OpsField::Correction, -0.1f, 0.1f);
    cellField(OpsField::Source, -0.1f, 0.1f);
    cellField(OpsField::Viscosity, 1.55e-5f, 0.05f);
    cellField(OpsField::Tke, 1e-4f, 0.1f);
    cellField(OpsField::Dissipation, 1e-4f, 0.1f);
    std::vector<float> heat(cells, 0.0f);
    for (const long long c : setup.inflowCells)
        heat[std::size_t(c)] = uniform(10.0f, 200.0f);
    a->writeField(OpsField::InflowHeat, heat);
    b->writeField(OpsField::InflowHeat, heat);
}

class Comparison {
public:
    Comparison(
        rw::check::Suite &suite, ThermalOps &first, ThermalOps &second, int levels, std::string model, double tolerance)
        : mSuite(suite), mFirst(first), mSecond(second), mLevels(levels), mModel(std::move(model)),
          mTolerance(tolerance)
    {
    }

    /// Runs an operation on both engines and compares every field and multigrid array it may change.
    void operation(const std::string &name, const std::function<void(ThermalOps &)> &run)
    {
        run(mFirst);
        run(mSecond);
        double worst = 0;
        std::string where = "none";
        for (int f = 0; f < kOpsFieldCount; ++f)
            note(difference(mFirst.readField(OpsField(f)), mSecond.readField(OpsField(f))),
                "field " + std::to_string(f), &worst, &where);
        for (int l = 0; l < mLevels; ++l)
            for (const LevelField field : { LevelField::Correction, LevelField::Source })
                note(difference(mFirst.readLevel(l, field), mSecond.readLevel(l, field)),
                    "level " + std::to_string(l) + " array " + std::to_string(int(field)), &worst, &where);
        std::printf(
            "%s, %s: largest relative difference %.3g (%s)\n", mModel.c_str(), name.c_str(), worst, where.c_str());
        mSuite.expect(!mFirst.failed() && !mSecond.failed(), mModel + ", " + name + ": both run: " + mSecond.error());
        mSuite.expect(worst <= mTolerance, mModel + ", " + name + ": the engines agree");
    }

private:
    static void note(double d, const std::string &what, double *worst, std::string *where)
    {
        if (d > *worst) {
            *worst = d;
            *where = what;
        }
    }

    rw::check::Suite &mSuite;
    ThermalOps &mFirst;
    ThermalOps &mSecond;
    int mLevels;
    std::string mModel;
    double mTolerance;
};

/// Makes one engine of each pair under test (nullptr: that engine is not built).
using OpsFactory = std::function<std::unique_ptr<ThermalOps>()>;

/// Every operation on both engines, for both turbulence models, from random states of `hall` at `cellM`.
/// `tolerance` bounds the largest relative difference of any field after any operation.
inline void compareEveryOperation(rw::check::Suite &suite, const ThermalCase &hall, float cellM,
    const OpsFactory &makeFirst, const OpsFactory &makeSecond, double tolerance)
{
    ThermalSetup setup;
    suite.expect(buildThermalSetup(hall, cellM, &setup).empty(), "the hall rasterises");
    const int levels = int(multigridShapes(setup.grid.nx, setup.grid.ny, setup.grid.nz).size());
    const float dt = 0.05f;
    for (const bool kEpsilon : { true, false }) {
        const std::string model = kEpsilon ? "k-epsilon" : "chen-xu";
        FlowParameters parameters;
        parameters.gBeta = 9.81f / 298.15f;
        parameters.referenceTempC = 25.0f;
        parameters.kEpsilon = kEpsilon;
        parameters.initialTke = 1e-3f;
        parameters.initialDissipation = 1e-4f;
        const std::unique_ptr<ThermalOps> first = makeFirst();
        const std::unique_ptr<ThermalOps> second = makeSecond();
        suite.expect(
            first->upload(setup, parameters) && second && second->upload(setup, parameters), model + ": both upload");
        if (!second || second->failed())
            return;
        writeRandomState(setup, kEpsilon ? 7u : 8u, first.get(), second.get());
        Comparison compare(suite, *first, *second, levels, model, tolerance);
        compare.operation("upload and write", [](ThermalOps &) {});
        compare.operation("updateViscosity", [](ThermalOps &ops) { ops.updateViscosity(); });
        compare.operation("beginStep", [](ThermalOps &ops) { ops.beginStep(); });
        for (int a = 0; a < 3; ++a)
            for (int n = 0; n < 2; ++n)  // the step's first sweep keeps the old velocities, the second does not
                compare.operation("momentumSweep " + std::to_string(a) + ", sweep " + std::to_string(n + 1),
                    [&](ThermalOps &ops) { ops.momentumSweep(a, dt); });
        compare.operation("prepareProjection", [&](ThermalOps &ops) { ops.prepareProjection(1.0f / dt); });
        for (int l = 0; l + 1 < levels; ++l) {
            compare.operation(
                "smoothLevel " + std::to_string(l), [&](ThermalOps &ops) { ops.smoothLevel(l, 1.15f, false); });
            compare.operation(
                "restrictToLevel " + std::to_string(l + 1), [&](ThermalOps &ops) { ops.restrictToLevel(l + 1); });
        }
        compare.operation("smoothLevel (coarsest)", [&](ThermalOps &ops) { ops.smoothLevel(levels - 1, 1.0f, false); });
        for (int l = levels - 1; l > 0; --l) {
            compare.operation(
                "prolongFromLevel " + std::to_string(l), [&](ThermalOps &ops) { ops.prolongFromLevel(l); });
            compare.operation("smoothLevel " + std::to_string(l - 1) + ", reverse",
                [&](ThermalOps &ops) { ops.smoothLevel(l - 1, 1.15f, true); });
        }
        compare.operation("project", [&](ThermalOps &ops) { ops.project(dt); });
        compare.operation("turbulenceSweep", [&](ThermalOps &ops) { ops.turbulenceSweep(dt); });
        for (int n = 0; n < 2; ++n)
            compare.operation(
                "energySweep " + std::to_string(n + 1), [&](ThermalOps &ops) { ops.energySweep(1000 * dt); });
        std::vector<float> heat(setup.inflowCells.size());
        for (std::size_t n = 0; n < heat.size(); ++n)
            heat[n] = 50.0f + float(n);
        compare.operation("setInflowHeat", [&](ThermalOps &ops) { ops.setInflowHeat(heat); });

        std::vector<float> firstSamples, secondSamples;
        first->sampleTemperatures(&firstSamples);
        second->sampleTemperatures(&secondSamples);
        suite.expect(difference(firstSamples, secondSamples) <= std::min(tolerance, 1e-6),
            model + ", sampleTemperatures: the engines agree");
        const StepResiduals rc = first->residuals(), rg = second->residuals();
        suite.near(rg.maxTempChangeK, rc.maxTempChangeK, 1e-5, model + ", residuals: temperature change");
        suite.near(rg.maxVelocityChangeMPerS, rc.maxVelocityChangeMPerS, 1e-5, model + ", residuals: velocity change");
        suite.near(rg.maxDivergencePerS, rc.maxDivergencePerS, 1e-4, model + ", residuals: divergence");
        ThermalFields firstFields, secondFields;
        first->download(&firstFields);
        second->download(&secondFields);
        suite.expect(difference(firstFields.temperatureC, secondFields.temperatureC) == 0
                && firstFields.solid == secondFields.solid,
            model + ", download: temperatures and solid cells agree");
        for (int a = 0; a < 3; ++a)
            suite.expect(
                difference(firstFields.velocityMPerS[a], secondFields.velocityMPerS[a]) <= std::min(tolerance, 1e-6),
                model + ", download: cell-centre velocities agree");
        ThermalSetup failed = setup;
        failCoolers(hall, { hall.coolers[0].id }, &failed);
        compare.operation("updateBoundary", [&](ThermalOps &ops) { ops.updateBoundary(failed); });
    }
}

}  // namespace rw::testcases
