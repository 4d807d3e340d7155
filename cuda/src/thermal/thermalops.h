#pragma once

// The steps of one solver iteration, implemented by the CPU engine (std::thread) and the CUDA engine.
// The driver (thermalsolver.cpp) is shared; both call the same per-cell code (thermalkernels.h).

#include "thermalsetup.h"

#include <memory>
#include <string>
#include <vector>

namespace rw::engine::thermal {

struct StepResiduals {
    float maxTempChangeK = 0.0f;
    float maxVelocityChangeMPerS = 0.0f;
    float maxDivergencePerS = 0.0f;
};

class ThermalOps {
public:
    virtual ~ThermalOps() = default;
    /// Allocates and fills the fields; false (with error()) when that fails.
    virtual bool upload(const ThermalSetup &setup, float initialTempC, float gBeta, float referenceTempC) = 0;
    /// Rewrites face kinds, fixed velocities and outflow rates (a cooler failed).
    virtual bool updateBoundary(const ThermalSetup &setup) = 0;
    virtual void beginStep() = 0;  ///< old = current
    virtual void updateViscosity() = 0;
    virtual void momentumSweep(int component, int color, float dt) = 0;
    virtual void prepareProjection(float invDt) = 0;
    virtual void pressureSweep(int color, float omega) = 0;
    virtual void project(float dt) = 0;
    virtual void energySweep(int color, float dt) = 0;
    /// Temperatures of setup.sampledCells, in that order.
    virtual void sampleTemperatures(std::vector<float> *out) = 0;
    /// Inflow heat (flow * temperature / volume) of setup.inflowCells, in that order.
    virtual void setInflowHeat(const std::vector<float> &heat) = 0;
    /// Overwrites the cell temperatures (tests start from analytic profiles).
    virtual void setTemperatures(const std::vector<float> &tempC) = 0;
    virtual StepResiduals residuals() = 0;
    virtual void download(ThermalFields *fields) = 0;
    virtual bool failed() const = 0;
    virtual std::string error() const = 0;
};

std::unique_ptr<ThermalOps> makeCpuOps(int threads);
/// nullptr when this build has no CUDA.
std::unique_ptr<ThermalOps> makeCudaOps();

}  // namespace rw::engine::thermal
