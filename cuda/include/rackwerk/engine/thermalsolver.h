// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend.h"
#include "memory.h"
#include "thermalcase.h"

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace rw::engine {

/// The uniform Cartesian grid the solver uses: cubic cells of cellM, cell (i, j, k) spans
/// [i, i+1) * cellM along x and so on. Cell index = i + nx * (j + ny * k).
struct ThermalGrid {
    int nx = 0;
    int ny = 0;
    int nz = 0;
    float cellM = 0.0f;
    std::size_t cellCount() const { return std::size_t(nx) * std::size_t(ny) * std::size_t(nz); }
    std::size_t index(int i, int j, int k) const
    {
        return std::size_t(i) + std::size_t(nx) * (std::size_t(j) + std::size_t(ny) * std::size_t(k));
    }
};

/// Cell-centred fields for views (horizontal and vertical slices): solid cells hold NaN temperatures
/// and zero velocity.
struct ThermalFields {
    ThermalGrid grid;
    std::vector<float> temperatureC;
    std::vector<float> velocityMPerS[3];  ///< x, y, z components at cell centres
    std::vector<float> viscosityM2PerS;  ///< effective kinematic viscosity (air + turbulent) at cell centres
    std::vector<std::uint8_t> solid;  ///< 1 where no air is (racks, solids, coolers' bodies)
};

/// The turbulence model: the standard k-epsilon model with wall functions (the default; the model of
/// the OpenFOAM references, within about 1 K of them where racks breathe recirculated air), or the
/// Chen & Xu zero-equation model (cheaper and steadier, but several kelvin off in open aisles; see
/// docs/thermal-design.md).
enum class TurbulenceModel { KEpsilon, ChenXu };

/// "k-epsilon" or "chen-xu": the model's name on the command line and in JSON.
const char *turbulenceModelName(TurbulenceModel model);
/// Reads such a name; false for anything else.
bool parseTurbulenceModel(const std::string &text, TurbulenceModel *out);

struct ThermalSettings {
    float cellM = 0.0f;  ///< 0 = defaultCellSizeM(case)
    Backend backend = Backend::Cpu;
    TurbulenceModel turbulence = TurbulenceModel::KEpsilon;
    /// k-epsilon's pseudo-time step over the flow's.
    float turbulencePseudoTimeFactor = 1.0f;
    int maxIterations = 4000;  ///< pseudo-time steps towards the steady state
    float pseudoTimeCfl = 4.0f;  ///< pseudo-time step as a Courant number (implicit: may exceed 1)
    /// Energy's pseudo-time step over the flow's. The steady state does not depend on it; heat is the
    /// slow quantity (it must be flushed out of recirculations), so energy takes near-steady steps.
    float energyPseudoTimeFactor = 1000.0f;
    /// Steady when over the last window the rack inlet temperatures move less than this (K) and the
    /// energy balance error is below energyTolerance.
    float inletToleranceK = 0.01f;
    float energyTolerance = 0.002f;
    /// Flows that keep swinging (plumes, jets over row ends) never meet inletToleranceK: they count as
    /// steady, and their results are means over the last averagingIterations steps, once the mean rack
    /// inlets of two successive windows differ by less than averagedInletToleranceK (K).
    int averagingIterations = 500;
    int minIterationsBeforeAveraging = 1000;
    float averagedInletToleranceK = 0.1f;
    int pressureCycles = 1;  ///< multigrid V-cycles on the pressure correction per step
    int threads = 0;  ///< CPU engine: 0 = all hardware threads
    /// Transient: the cooling units that stop at t = 0 (ids), and how long to follow it; 0 = no transient.
    std::vector<long long> failedCoolers;
    float transientSeconds = 0.0f;
    float transientCfl = 1.0f;
    float transientSampleSeconds = 5.0f;  ///< how often inlet temperatures are recorded
    bool keepFields = true;  ///< copy the fields into the result (for views)
    /// The most memory the run may take (host, or the GPU's for the CUDA engine); 0: what the machine
    /// has available when the run starts. A run predicted to need more is refused before it allocates.
    std::size_t memoryLimitBytes = 0;
};

struct ThermalProgress {
    enum class Phase { Setup, Steady, Transient, Done };
    Phase phase = Phase::Setup;
    int iteration = 0;
    int maxIterations = 0;
    float timeS = 0.0f;  ///< transient: simulated time
    float maxInletChangeK = 0.0f;
    float energyImbalance = 0.0f;
};

/// One entry of the convergence history (every 10 pseudo-time steps).
struct ThermalResidual {
    int iteration = 0;
    float maxTempChangeK = 0.0f;  ///< largest cell temperature change in that step
    float maxVelocityChangeMPerS = 0.0f;
    float maxDivergencePerS = 0.0f;  ///< largest cell continuity error after the projection
    float maxInletChangeK = 0.0f;  ///< over the last 10 steps
    float energyImbalance = 0.0f;  ///< (released - removed) / released
};

struct RackThermalResult {
    long long id = 0;
    std::string name;
    float inletMeanC = 0.0f;  ///< flow-weighted over the intake face
    float inletMaxC = 0.0f;
    float exhaustC = 0.0f;
    float heatToAirW = 0.0f;
    bool withinRecommended = true;
    bool withinAllowable = true;
};

struct CoolerThermalResult {
    long long id = 0;
    std::string name;
    float returnC = 0.0f;  ///< flow-weighted over the return faces
    float supplyC = 0.0f;  ///< what it blows out (supply set point, raised when capped)
    float loadW = 0.0f;  ///< heat removed
    float capacityW = 0.0f;  ///< what it can remove at its return temperature (a coil's rating moves with it)
    bool capped = false;
    bool failed = false;
};

/// Rack inlet temperatures over the time after the failure.
struct TransientSample {
    float timeS = 0.0f;
    std::vector<float> inletMeanC;  ///< per rack, in case order
    std::vector<float> coolerLoadW;  ///< per cooler, in case order
};

struct TransientResult {
    std::vector<long long> failedCoolers;
    float simulatedSeconds = 0.0f;
    float timeStepS = 0.0f;
    int steps = 0;
    /// When the first rack inlet leaves the allowable range; < 0 if none does within the simulated time.
    float firstExceedanceS = -1.0f;
    std::vector<long long> racksExceeding;  ///< racks whose inlet left the allowable range, first first
    std::vector<float> exceedanceS;  ///< when, per entry of racksExceeding
    std::vector<TransientSample> samples;
};

enum class ThermalError { None, Cancelled, BadCase, TooLarge, CudaFailed, Unbalanced };

struct ThermalResult {
    ThermalError error = ThermalError::None;
    std::string message;  ///< English, for logs; the UI maps `error`
    MemoryShortfall memory;  ///< TooLarge for memory: what the run needed and what it could have
    Backend backend = Backend::Cpu;
    TurbulenceModel turbulence = TurbulenceModel::KEpsilon;
    ThermalGrid grid;
    std::size_t fluidCells = 0;
    int iterations = 0;
    bool converged = false;  ///< settled, or (averagedIterations > 0) its mean over a window settled
    /// > 0: the rack and cooler results are means over the last this many steps (the flow swings),
    /// and inletSwingK is the largest swing of a rack's mean inlet within them.
    int averagedIterations = 0;
    float inletSwingK = 0.0f;
    double wallSeconds = 0.0;
    double transientWallSeconds = 0.0;
    float heatReleasedW = 0.0f;  ///< by the racks into the air
    float heatRemovedW = 0.0f;  ///< by the cooling units
    float energyBalanceError() const
    {
        return heatReleasedW > 0 ? (heatReleasedW - heatRemovedW) / heatReleasedW : 0.0f;
    }
    std::vector<RackThermalResult> racks;  ///< in case order (steady state)
    std::vector<CoolerThermalResult> coolers;
    std::vector<ThermalResidual> history;
    TransientResult transient;
    ThermalFields fields;  ///< steady state, or the end of the transient when there is one
    bool ok() const { return error == ThermalError::None; }
};

using ThermalProgressCallback = std::function<void(const ThermalProgress &)>;

/// The cell size that fits the hall: racks get at least three cells across (0.2 m at most), and the
/// grid stays near 1.5 million cells.
float defaultCellSizeM(const ThermalCase &thermalCase);

/// The grid a cell size gives for a case.
ThermalGrid thermalGridFor(const ThermalCase &thermalCase, float cellM);

/// Bytes the engine allocates for a case at a cell size (host or device memory, whichever holds the
/// fields), before running it.
std::size_t predictThermalMemoryBytes(const ThermalCase &thermalCase, float cellM);

/// The finest cell size, in whole centimetres from 2 cm to 2 m, whose run fits into limitBytes; 0 when
/// even 2 m cells do not fit.
float finestCellFitting(const ThermalCase &thermalCase, std::size_t limitBytes);

/// Steady state (and the transient, if asked for) of the case. Never throws; errors come back in the
/// result. progress is called from the calling thread; cancel is polled every step.
ThermalResult solveThermal(const ThermalCase &thermalCase, const ThermalSettings &settings,
    const ThermalProgressCallback &progress = {}, const std::atomic<bool> *cancel = nullptr);

/// Checks a case for things the solver cannot use (negative sizes, faces outside the hall,
/// unbalanced cooler flows); empty = fine. English, for logs and exceptions-free callers.
std::string validateThermalCase(const ThermalCase &thermalCase);

}  // namespace rw::engine
