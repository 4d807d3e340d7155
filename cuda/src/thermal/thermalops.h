// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The steps of one solver iteration, implemented by the CPU engine (std::thread) and the CUDA engine.
// The driver (thermalsolver.cpp) is shared; both call the same per-cell code (thermalkernels.h).

#include "thermalsetup.h"

#include <memory>
#include <string>
#include <vector>

namespace rw::engine::thermal {

/// What the engine needs besides the grid to start.
struct FlowParameters {
    float initialTempC = 20.0f;
    float gBeta = 0.0f;  ///< g / (273.15 + Tref)
    float referenceTempC = 20.0f;
    bool kEpsilon = true;  ///< false: Chen-Xu zero-equation model
    float initialTke = 0.0f;  ///< k-epsilon: k and epsilon everywhere at the start
    float initialDissipation = 0.0f;
};

struct StepResiduals {
    float maxTempChangeK = 0.0f;
    float maxVelocityChangeMPerS = 0.0f;
    float maxDivergencePerS = 0.0f;
};

/// The fields of the engine, by name: tests start both engines from one state and compare what each
/// operation leaves (test_thermal_ops_cuda.cpp); the analytic tests set temperature profiles.
enum class OpsField {
    VelocityX,
    VelocityY,
    VelocityZ,
    OldVelocityX,
    OldVelocityY,
    OldVelocityZ,
    Temperature,
    OldTemperature,
    Pressure,
    Correction,  ///< phi, the pressure correction (multigrid level 0)
    Source,  ///< the projection's right-hand side (multigrid level 0)
    Viscosity,
    InflowHeat,
    Tke,
    Dissipation,
};
constexpr int kOpsFieldCount = int(OpsField::Dissipation) + 1;

/// The arrays of a multigrid level.
enum class LevelField { Correction, Source };

class ThermalOps {
public:
    virtual ~ThermalOps() = default;
    /// Allocates and fills the fields; false (with error()) when that fails.
    virtual bool upload(const ThermalSetup &setup, const FlowParameters &parameters) = 0;
    /// Rewrites face kinds, fixed velocities and outflow rates (a cooler failed).
    virtual bool updateBoundary(const ThermalSetup &setup) = 0;
    /// old = current: the velocities and temperatures the step starts from (kept by the step's first
    /// sweep of each field, not by a pass of its own).
    virtual void beginStep() = 0;
    virtual void updateViscosity() = 0;
    /// One red-black Gauss-Seidel sweep (both colours) of a velocity component.
    virtual void momentumSweep(int component, float dt) = 0;
    virtual void prepareProjection(float invDt) = 0;
    /// Pressure-correction multigrid (levels from multigridShapes, level 0 = the flow grid, whose
    /// phi and b are FlowView::phi and FlowView::rhs): a red-black sweep (reverse: black first), the
    /// fine residual restricted to the next level's source, and the correction prolonged back.
    virtual void smoothLevel(int level, float omega, bool reverse) = 0;
    virtual void restrictToLevel(int coarseLevel) = 0;
    virtual void prolongFromLevel(int coarseLevel) = 0;
    /// u = u* - dt grad(phi), p += phi.
    virtual void project(float dt) = 0;
    virtual void energySweep(float dt) = 0;
    /// k-epsilon: one red-black sweep of k and epsilon, the production of k from the current flow.
    virtual void turbulenceSweep(float dt) = 0;
    /// Temperatures of setup.sampledCells, in that order.
    virtual void sampleTemperatures(std::vector<float> *out) = 0;
    /// Inflow heat (flow * temperature / volume) of setup.inflowCells, in that order.
    virtual void setInflowHeat(const std::vector<float> &heat) = 0;
    /// Reads or overwrites a field (face fields in face order, cell fields in cell order); write returns
    /// false when the size does not match or the copy failed.
    virtual std::vector<float> readField(OpsField field) = 0;
    virtual bool writeField(OpsField field, const std::vector<float> &values) = 0;
    virtual std::vector<float> readLevel(int level, LevelField field) = 0;
    virtual StepResiduals residuals() = 0;
    virtual void download(ThermalFields *fields) = 0;
    virtual bool failed() const = 0;
    virtual std::string error() const = 0;
};

struct LevelShape {
    int n[3];
    int ratio[3];
};

/// The multigrid levels for a grid: halve every axis that still has 4 cells or more, down to a level
/// with fewer than 4 cells along every axis (solved by plain sweeps).
inline std::vector<LevelShape> multigridShapes(int nx, int ny, int nz)
{
    std::vector<LevelShape> levels { LevelShape { { nx, ny, nz }, { 1, 1, 1 } } };
    while (levels.size() < 16) {
        const LevelShape &fine = levels.back();
        LevelShape coarse {};
        bool coarser = false;
        for (int d = 0; d < 3; ++d) {
            coarse.ratio[d] = fine.n[d] >= 4 ? 2 : 1;
            coarse.n[d] = (fine.n[d] + coarse.ratio[d] - 1) / coarse.ratio[d];
            coarser = coarser || coarse.ratio[d] == 2;
        }
        if (!coarser)
            break;
        levels.push_back(coarse);
    }
    return levels;
}

std::unique_ptr<ThermalOps> makeCpuOps(int threads);
/// nullptr when this build has no CUDA.
std::unique_ptr<ThermalOps> makeCudaOps();

}  // namespace rw::engine::thermal
