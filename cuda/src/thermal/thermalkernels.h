// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The per-cell and per-face work of the thermal solver, written once for both engines: the CPU engine
// calls these functions from std::thread loops, the CUDA engine from kernels (one thread per cell or
// face). Fields are structure-of-arrays floats; see docs/thermal-design.md for the discretisation.

#include "kepsilon.h"
#include "rackwerk/engine/hostdevice.h"

#include <cstdint>
#include <math.h>

// Fully unrolls the small loops over axes and sides, so that the index arithmetic folds.
#if defined(__CUDACC__)
#define RW_UNROLL _Pragma("unroll")
#elif defined(__clang__)
#define RW_UNROLL _Pragma("clang loop unroll(full)")
#else
#define RW_UNROLL _Pragma("GCC unroll 6")
#endif

// The per-cell functions are inlined into the executor's loops on either side: inside one loop the view's
// pointers then stay in registers instead of being reloaded after every store.
#if defined(__CUDACC__)
#define RW_CELL __host__ __device__ __forceinline__
#else
#define RW_CELL __attribute__((always_inline)) inline
#endif

namespace rw::engine::thermal {

/// What a face between two cells (or between a cell and the hall's wall) is.
enum FaceKind : std::uint8_t {
    kClosed = 0,  ///< wall, solid or panel: no flow
    kOpen = 1,  ///< air on both sides: velocity solved for
    kFixed = 2,  ///< rack or cooler face: velocity prescribed
};

constexpr float kChenXuConstant = 0.03874f;  ///< nu_t = 0.03874 |U| L (Chen & Xu 1998)
constexpr float kTurbulentPrandtl = 0.9f;  ///< with the Chen-Xu model
constexpr float kKEpsilonPrandtl = 0.85f;  ///< with k-epsilon (the usual value for air)
constexpr float kAirKinematicViscosity = 1.55e-5f;  ///< m2/s at 25 °C
constexpr float kAirThermalDiffusivity = 2.2e-5f;

/// Raw pointers into the fields (host or device memory) and the grid; passed by value to kernels.
struct FlowView {
    int n[3];  ///< cells along x, y, z
    float h;  ///< cell size, m
    float *vel[3];  ///< face velocities: component a lives on faces normal to a
    float *velOld[3];  ///< at the start of the step
    const std::uint8_t *kind[3];  ///< FaceKind per face
    float *temp;  ///< cell temperature, °C
    float *tempOld;
    float *pressure;  ///< kinematic pressure p/rho, m2/s2
    float *phi;  ///< pressure correction of the current step
    float *rhs;  ///< divergence / dt
    float *nu;  ///< effective kinematic viscosity
    const float *wallDist;  ///< distance to the nearest wall, m
    float *bcInHeat;  ///< per cell: sum of flow * inflow temperature / cell volume, K/s
    const std::uint8_t *solid;
    float *tke;  ///< k-epsilon: turbulent kinetic energy k, m2/s2
    float *dissipation;  ///< k-epsilon: its dissipation rate epsilon, m2/s3
    float gBeta;  ///< g / (273.15 + Tref)
    float referenceTempC;
    int kEpsilon;  ///< 1: k-epsilon with wall functions, 0: Chen-Xu zero-equation model
    float turbulentPrandtl;
};

RW_HD inline long long cellStride(const FlowView &v, int axis)
{
    return axis == 0 ? 1 : axis == 1 ? (long long)v.n[0] : (long long)v.n[0] * v.n[1];
}

/// Faces normal to `component` form a grid with one more layer along that axis.
RW_HD inline int faceCount(const FlowView &v, int component, int axis)
{
    return v.n[axis] + (axis == component ? 1 : 0);
}

RW_HD inline long long faceStride(const FlowView &v, int component, int axis)
{
    return axis == 0 ? 1
        : axis == 1  ? (long long)faceCount(v, component, 0)
                     : (long long)faceCount(v, component, 0) * faceCount(v, component, 1);
}

RW_HD inline long long faceIndex(const FlowView &v, int component, int i, int j, int k)
{
    return i + faceStride(v, component, 1) * j + faceStride(v, component, 2) * k;
}

RW_HD inline long long cellIndex(const FlowView &v, int i, int j, int k)
{
    return i + (long long)v.n[0] * (j + (long long)v.n[1] * k);
}

RW_HD inline float maxf(float a, float b)
{
    return a > b ? a : b;
}

RW_HD inline float minf(float a, float b)
{
    return a < b ? a : b;
}

/// Effective viscosity nu + nu_t. k-epsilon: nu_t = C_mu k^2 / epsilon. Chen & Xu zero-equation
/// model: nu_t = 0.03874 |U| L, |U| at the cell centre.
RW_HD inline void updateViscosity(const FlowView &v, int i, int j, int k)
{
    const long long c = cellIndex(v, i, j, k);
    if (v.solid[c]) {
        v.nu[c] = kAirKinematicViscosity;
        return;
    }
    if (v.kEpsilon) {
        const float tke = v.tke[c];
        const float nut = kCmu * tke * tke / maxf(v.dissipation[c], kMinDissipation);
        v.nu[c] = kAirKinematicViscosity + minf(nut, kMaxTurbulentViscosity);
        return;
    }
    float speed2 = 0.0f;
    const int ijk[3] = { i, j, k };
    RW_UNROLL
    for (int a = 0; a < 3; ++a) {
        const long long f = faceIndex(v, a, ijk[0], ijk[1], ijk[2]);
        const float centre = 0.5f * (v.vel[a][f] + v.vel[a][f + faceStride(v, a, a)]);
        speed2 += centre * centre;
    }
    v.nu[c] = kAirKinematicViscosity + kChenXuConstant * sqrtf(speed2) * v.wallDist[c];
}

/// One red-black Gauss-Seidel update of the implicit (backward Euler) first-order upwind momentum
/// equation, advective form (u . grad u), for the face velocity of `component` at face (i, j, k), with
/// the pressure of the last step and Boussinesq buoyancy. Each inflow brings its neighbour's
/// velocity, so the update is a weighted mean: bounded at any time step. No-slip walls sit half a
/// cell away.
template <int A> RW_CELL void updateMomentumOf(const FlowView &v, int i, int j, int k, float dt, bool startOfStep)
{
    constexpr int a = A;
    const long long f = faceIndex(v, a, i, j, k);
    // The step's first sweep keeps the start-of-step velocity (no separate copy pass over the faces).
    const float old = startOfStep ? v.vel[a][f] : v.velOld[a][f];
    if (startOfStep)
        v.velOld[a][f] = old;
    if (v.kind[a][f] != kOpen)
        return;
    const int ijk[3] = { i, j, k };
    int lo[3] = { i, j, k };
    lo[a] -= 1;
    const long long cHi = cellIndex(v, i, j, k);
    const long long cLo = cHi - cellStride(v, a);
    const float h = v.h;
    const float invH = 1.0f / h;
    const float invH2 = invH * invH;
    const float nuMid = 0.5f * (v.nu[cLo] + v.nu[cHi]);
    float diag = 1.0f / dt;
    float sum = old / dt - (v.pressure[cHi] - v.pressure[cLo]) * invH;
    if (a == 2)
        sum += v.gBeta * (0.5f * (v.temp[cLo] + v.temp[cHi]) - v.referenceTempC);
    RW_UNROLL
    for (int d = 0; d < 3; ++d) {
        RW_UNROLL
        for (int s = -1; s <= 1; s += 2) {
            float flux;  // velocity through the control volume's face, along +d
            float value = 0.0f;
            float diffusion;
            if (d == a) {
                const long long nb = f + s * faceStride(v, a, a);
                flux = 0.5f * (v.vel[a][f] + v.vel[a][nb]);
                value = v.vel[a][nb];
                diffusion = v.nu[s > 0 ? cHi : cLo] * invH2;
            } else {
                // The d-faces of the two cells on side s.
                const int shift = s > 0 ? 1 : 0;
                int hiCell[3] = { ijk[0], ijk[1], ijk[2] };
                int loCell[3] = { lo[0], lo[1], lo[2] };
                hiCell[d] += shift;
                loCell[d] += shift;
                const long long fdHi = faceIndex(v, d, hiCell[0], hiCell[1], hiCell[2]);
                const long long fdLo = faceIndex(v, d, loCell[0], loCell[1], loCell[2]);
                flux = 0.5f * (v.vel[d][fdHi] + v.vel[d][fdLo]);
                const bool open = v.kind[d][fdHi] == kOpen && v.kind[d][fdLo] == kOpen;
                diffusion = nuMid * invH2;
                if (open)
                    value = v.vel[a][f + s * faceStride(v, a, d)];
                else if (v.kEpsilon)  // wall function: the log law's shear from the k next to the wall
                    diffusion = 2.0f * invH2
                        * (kAirKinematicViscosity
                            + wallTurbulentViscosity(
                                0.5f * (v.tke[cLo] + v.tke[cHi]), 0.5f * h, kAirKinematicViscosity));
                else
                    diffusion *= 2.0f;  // no-slip wall half a cell away, value 0
            }
            const float in = maxf(-s * flux, 0.0f) * invH;
            diag += in + diffusion;
            sum += (in + diffusion) * value;
        }
    }
    v.vel[a][f] = sum / diag;
}

/// One red-black Gauss-Seidel update of the implicit upwind energy equation at a cell, in the form
/// div(uT) - T div(u): each inflow brings its temperature, outflow leaves at the cell's. Rack and
/// cooler inflows bring the heat in bcInHeat (flow times temperature, per cell volume). While the
/// projection is not complete (early pseudo-time steps) this keeps a uniform field uniform and the
/// update bounded; once div(u) = 0 it is the conservative finite-volume balance, so the converged
/// steady state conserves energy to the divergence residual.
RW_CELL void updateEnergy(const FlowView &v, int i, int j, int k, float dt, bool startOfStep)
{
    const long long c = cellIndex(v, i, j, k);
    // The step's first sweep keeps the start-of-step temperature (no separate copy pass).
    const float old = startOfStep ? v.temp[c] : v.tempOld[c];
    if (startOfStep)
        v.tempOld[c] = old;
    if (v.solid[c])
        return;
    const int ijk[3] = { i, j, k };
    const float invH = 1.0f / v.h;
    const float invH2 = invH * invH;
    const float alphaC = kAirThermalDiffusivity + maxf(v.nu[c] - kAirKinematicViscosity, 0.0f) / v.turbulentPrandtl;
    float diag = 1.0f / dt;
    float sum = old / dt + v.bcInHeat[c];
    float inflow = 0.0f;
    RW_UNROLL
    for (int d = 0; d < 3; ++d) {
        const long long lower = faceIndex(v, d, ijk[0], ijk[1], ijk[2]);
        RW_UNROLL
        for (int s = -1; s <= 1; s += 2) {
            const long long fd = s > 0 ? lower + faceStride(v, d, d) : lower;
            const std::uint8_t kind = v.kind[d][fd];
            if (kind == kClosed)
                continue;
            const float flux = v.vel[d][fd];
            const float in = maxf(-s * flux, 0.0f) * invH;
            inflow += in;
            if (kind != kOpen)
                continue;  // a rack or cooler face: its inflow heat is in bcInHeat
            const long long nb = c + s * cellStride(v, d);
            const float alphaNb
                = kAirThermalDiffusivity + maxf(v.nu[nb] - kAirKinematicViscosity, 0.0f) / v.turbulentPrandtl;
            const float diffusion = 0.5f * (alphaC + alphaNb) * invH2;
            diag += diffusion;
            sum += (in + diffusion) * v.temp[nb];
        }
    }
    diag += inflow;
    v.temp[c] = sum / diag;
}

/// Net outflow of a cell per volume, 1/s (0 for solid cells).
RW_CELL float cellDivergence(const FlowView &v, int i, int j, int k)
{
    if (v.solid[cellIndex(v, i, j, k)])
        return 0.0f;
    float div = 0.0f;
    const int ijk[3] = { i, j, k };
    RW_UNROLL
    for (int d = 0; d < 3; ++d) {
        const long long lower = faceIndex(v, d, ijk[0], ijk[1], ijk[2]);
        div += v.vel[d][lower + faceStride(v, d, d)] - v.vel[d][lower];
    }
    return div / v.h;
}

/// Right-hand side of the pressure-correction equation, times h^2 (the multigrid's finest-level
/// source, see PoissonLevel); the correction starts from zero.
RW_CELL void prepareProjection(const FlowView &v, int i, int j, int k, float invDt)
{
    const long long c = cellIndex(v, i, j, k);
    v.rhs[c] = cellDivergence(v, i, j, k) * invDt * v.h * v.h;
    v.phi[c] = 0.0f;
}

/// One level of the geometric multigrid for the pressure correction. Every level solves
/// sum_faces g (phi_nb - phi) = b: on the finest level g is 1 on open faces and 0 on closed and fixed
/// ones (Neumann), b = h^2 div(u*)/dt. A coarse cell merges up to ratio[0] x ratio[1] x ratio[2] cells
/// of the next finer level (2 along each axis that still has 4 or more cells); its face conductance
/// is the sum of the fine conductances it covers divided by the ratio along the face normal (the
/// rediscretised operator with the open share of the face as its area), its source the sum of the
/// fine residuals. Solids and panels need no special coarse handling: they are zero conductances.
struct PoissonLevel {
    int n[3];
    int ratio[3];  ///< cells of the next finer level per cell of this one along each axis (1 on level 0)
    float *phi;
    float *b;
    float *g[3];  ///< conductance of each cell's lower face along each axis (0 on the hall's boundary)
    float *diag;  ///< sum of each cell's face conductances; 0 where the cell has no open face
};

RW_HD inline long long levelIndex(const PoissonLevel &l, int i, int j, int k)
{
    return i + (long long)l.n[0] * (j + (long long)l.n[1] * k);
}

RW_HD inline long long levelStride(const PoissonLevel &l, int axis)
{
    return axis == 0 ? 1 : axis == 1 ? (long long)l.n[0] : (long long)l.n[0] * l.n[1];
}

/// Finest level: conductances from the face kinds of the flow grid (same cells, same indices).
RW_HD inline void fineConductance(const FlowView &v, const PoissonLevel &l, int i, int j, int k)
{
    const long long c = cellIndex(v, i, j, k);
    for (int d = 0; d < 3; ++d)
        l.g[d][c] = v.kind[d][faceIndex(v, d, i, j, k)] == kOpen ? 1.0f : 0.0f;
}

/// Coarse level: conductances summed over the fine faces a coarse face covers.
RW_HD inline void coarseConductance(const PoissonLevel &fine, const PoissonLevel &l, int i, int j, int k)
{
    const int ijk[3] = { i, j, k };
    int lo[3], hi[3];
    for (int d = 0; d < 3; ++d) {
        lo[d] = ijk[d] * l.ratio[d];
        hi[d] = lo[d] + l.ratio[d] < fine.n[d] ? lo[d] + l.ratio[d] : fine.n[d];
    }
    const long long c = levelIndex(l, i, j, k);
    for (int d = 0; d < 3; ++d) {
        float sum = 0.0f;
        int from[3] = { lo[0], lo[1], lo[2] };
        int to[3] = { hi[0], hi[1], hi[2] };
        to[d] = from[d] + 1;  // the first child layer along d holds the coarse cell's lower face
        for (int z = from[2]; z < to[2]; ++z)
            for (int y = from[1]; y < to[1]; ++y)
                for (int x = from[0]; x < to[0]; ++x)
                    sum += fine.g[d][levelIndex(fine, x, y, z)];
        l.g[d][c] = sum / float(l.ratio[d]);
    }
}

RW_HD inline void levelDiagonal(const PoissonLevel &l, int i, int j, int k)
{
    const long long c = levelIndex(l, i, j, k);
    const int ijk[3] = { i, j, k };
    float sum = 0.0f;
    for (int d = 0; d < 3; ++d) {
        sum += l.g[d][c];
        if (ijk[d] + 1 < l.n[d])
            sum += l.g[d][c + levelStride(l, d)];
    }
    l.diag[c] = sum;
}

/// sum_faces g phi_nb of a cell.
RW_CELL float neighbourSum(const PoissonLevel &l, long long c, const int ijk[3])
{
    float sum = 0.0f;
    RW_UNROLL
    for (int d = 0; d < 3; ++d) {
        const long long s = levelStride(l, d);
        if (ijk[d] > 0)
            sum += l.g[d][c] * l.phi[c - s];
        if (ijk[d] + 1 < l.n[d])
            sum += l.g[d][c + s] * l.phi[c + s];
    }
    return sum;
}

/// One red-black Gauss-Seidel (SOR) update of a level's cell.
RW_CELL void smoothLevel(const PoissonLevel &l, int i, int j, int k, float omega)
{
    const long long c = levelIndex(l, i, j, k);
    const float diag = l.diag[c];
    if (diag <= 0.0f)
        return;
    const int ijk[3] = { i, j, k };
    const float target = (neighbourSum(l, c, ijk) - l.b[c]) / diag;
    l.phi[c] += omega * (target - l.phi[c]);
}

/// b - A phi of a level's cell (0 where the cell has no open face).
RW_CELL float residualAt(const PoissonLevel &l, int i, int j, int k)
{
    const long long c = levelIndex(l, i, j, k);
    const int ijk[3] = { i, j, k };
    const float diag = l.diag[c];
    return diag > 0.0f ? l.b[c] - (neighbourSum(l, c, ijk) - diag * l.phi[c]) : 0.0f;
}

/// Coarse source = sum of the fine residuals of its children, computed here rather than stored in a
/// pass of their own; the coarse correction starts at zero.
RW_CELL void restrictLevel(const PoissonLevel &fine, const PoissonLevel &l, int i, int j, int k)
{
    const int ijk[3] = { i, j, k };
    int lo[3], hi[3];
    for (int d = 0; d < 3; ++d) {
        lo[d] = ijk[d] * l.ratio[d];
        hi[d] = lo[d] + l.ratio[d] < fine.n[d] ? lo[d] + l.ratio[d] : fine.n[d];
    }
    float sum = 0.0f;
    for (int z = lo[2]; z < hi[2]; ++z)
        for (int y = lo[1]; y < hi[1]; ++y)
            for (int x = lo[0]; x < hi[0]; ++x)
                sum += residualAt(fine, x, y, z);
    const long long c = levelIndex(l, i, j, k);
    l.b[c] = sum;
    l.phi[c] = 0.0f;
}

/// Fine correction += the coarse cell's (piecewise constant).
RW_CELL void prolongLevel(const PoissonLevel &fine, const PoissonLevel &coarse, int i, int j, int k)
{
    const long long c = levelIndex(fine, i, j, k);
    if (fine.diag[c] <= 0.0f)
        return;
    fine.phi[c] += coarse.phi[levelIndex(coarse, i / coarse.ratio[0], j / coarse.ratio[1], k / coarse.ratio[2])];
}

/// u = u* - dt grad(phi) on open faces.
RW_CELL void projectFace(const FlowView &v, int component, int i, int j, int k, float dt)
{
    const long long f = faceIndex(v, component, i, j, k);
    if (v.kind[component][f] != kOpen)
        return;
    const long long cHi = cellIndex(v, i, j, k);
    const long long cLo = cHi - cellStride(v, component);
    v.vel[component][f] -= dt * (v.phi[cHi] - v.phi[cLo]) / v.h;
}

RW_HD inline void accumulatePressure(const FlowView &v, int i, int j, int k)
{
    const long long c = cellIndex(v, i, j, k);
    v.pressure[c] += v.phi[c];
}

}  // namespace rw::engine::thermal
