// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The per-cell work of the k-epsilon model, written once for both engines (see thermalkernels.h).
// Cell-centred k and epsilon on the MAC grid, first-order upwind advection in the same bounded form
// as the energy equation, wall functions in the cells next to walls (as OpenFOAM's
// epsilonWallFunction and nutkWallFunction do), inflow turbulence on rack exhausts and cooler supplies.

#include "kepsilon.h"
#include "thermalkernels.h"

namespace rw::engine::thermal {

/// Cell-centre velocity component a of cell c (i, j, k).
RW_HD inline float centreVelocity(const FlowView &v, int a, int i, int j, int k)
{
    const long long f = faceIndex(v, a, i, j, k);
    return 0.5f * (v.vel[a][f] + v.vel[a][f + faceStride(v, a, a)]);
}

/// Production of k in an air cell: nu_t 2 S:S inside the air; in a cell next to a wall, the log law's
/// production (nu + nu_t,wall) |dU/dy|_wall C_mu^1/4 sqrt(k) / (kappa y), averaged over its walls.
RW_CELL float cellProduction(const FlowView &v, int i, int j, int k)
{
    const long long c = cellIndex(v, i, j, k);
    const int ijk[3] = { i, j, k };
    float centre[3];
    RW_UNROLL
    for (int a = 0; a < 3; ++a)
        centre[a] = centreVelocity(v, a, i, j, k);
    const float h = v.h;
    float grad[3][3];  // grad[a][d] = d u_a / d x_d
    int walls = 0;
    float wallProduction = 0.0f;
    const float tke = v.tke[c];
    const float y = 0.5f * h;
    float nuWall = -1.0f;  // the log law's viscosity, computed at the first wall (most cells have none)
    const float speed2 = centre[0] * centre[0] + centre[1] * centre[1] + centre[2] * centre[2];
    RW_UNROLL
    for (int d = 0; d < 3; ++d) {
        const long long lower = faceIndex(v, d, ijk[0], ijk[1], ijk[2]);
        const long long upper = lower + faceStride(v, d, d);
        grad[d][d] = (v.vel[d][upper] - v.vel[d][lower]) / h;
        float value[2][3];
        float dist[2];
        RW_UNROLL
        for (int side = 0; side < 2; ++side) {
            const int s = side == 0 ? -1 : 1;
            const std::uint8_t kind = v.kind[d][side == 0 ? lower : upper];
            if (kind == kOpen) {
                int nb[3] = { i, j, k };
                nb[d] += s;
                RW_UNROLL
                for (int a = 0; a < 3; ++a)
                    value[side][a] = a == d ? 0.0f : centreVelocity(v, a, nb[0], nb[1], nb[2]);
                dist[side] = h;
            } else {  // a wall, panel or rack/cooler face: no slip half a cell away
                RW_UNROLL
                for (int a = 0; a < 3; ++a)
                    value[side][a] = 0.0f;
                dist[side] = y;
                if (kind == kClosed) {
                    ++walls;
                    if (nuWall < 0.0f)
                        nuWall = kAirKinematicViscosity + wallTurbulentViscosity(tke, y, kAirKinematicViscosity);
                    const float tangential = sqrtf(maxf(speed2 - centre[d] * centre[d], 0.0f));
                    wallProduction += nuWall * (tangential / y) * cmuPow(0.25f) * sqrtf(tke) / (kKarman * y);
                }
            }
        }
        RW_UNROLL
        for (int a = 0; a < 3; ++a)
            if (a != d)
                grad[a][d] = (value[1][a] - value[0][a]) / (dist[0] + dist[1]);
    }
    if (walls > 0)
        return wallProduction / float(walls);
    float strain2 = 0.0f;  // 2 S:S
    RW_UNROLL
    for (int a = 0; a < 3; ++a) {
        strain2 += 2.0f * grad[a][a] * grad[a][a];
        RW_UNROLL
        for (int d = a + 1; d < 3; ++d) {
            const float sum = grad[a][d] + grad[d][a];
            strain2 += sum * sum;
        }
    }
    return (v.nu[c] - kAirKinematicViscosity) * strain2;
}

/// One red-black Gauss-Seidel update of k and then epsilon at a cell (implicit pseudo-time step dt,
/// upwind advection, central diffusion; the sinks epsilon and C2 epsilon^2/k are implicit, so both stay
/// positive). In a cell next to a wall epsilon is the log law's C_mu^3/4 k^3/2 / (kappa y). The
/// production comes from the velocities and the cell's own k, which the sweep has not changed yet.
RW_CELL void updateTurbulence(const FlowView &v, int i, int j, int k, float dt)
{
    const long long c = cellIndex(v, i, j, k);
    if (v.solid[c])
        return;
    const int ijk[3] = { i, j, k };
    const float invH = 1.0f / v.h;
    const float invH2 = invH * invH;
    const float tke = maxf(v.tke[c], kMinTke);
    const float eps = maxf(v.dissipation[c], kMinDissipation);
    const float nutC = v.nu[c] - kAirKinematicViscosity;
    const float prod = cellProduction(v, i, j, k);
    float diagK = 1.0f / dt + eps / tke;
    float sumK = tke / dt + prod;
    float diagE = 1.0f / dt + kC2 * eps / tke;
    float sumE = eps / dt + kC1 * prod * eps / tke;
    float inflow = 0.0f;
    int walls = 0;
    RW_UNROLL
    for (int d = 0; d < 3; ++d) {
        const long long lower = faceIndex(v, d, ijk[0], ijk[1], ijk[2]);
        RW_UNROLL
        for (int s = -1; s <= 1; s += 2) {
            const long long fd = s > 0 ? lower + faceStride(v, d, d) : lower;
            const std::uint8_t kind = v.kind[d][fd];
            if (kind == kClosed) {
                ++walls;
                continue;
            }
            const float flux = v.vel[d][fd];
            const float in = maxf(-s * flux, 0.0f) * invH;
            inflow += in;
            if (kind != kOpen) {  // a rack exhaust or cooler supply brings its own turbulence
                if (in > 0.0f) {
                    const float speed = fabsf(flux);
                    sumK += in * inflowTke(speed);
                    sumE += in * inflowDissipation(speed);
                }
                continue;
            }
            const long long nb = c + s * cellStride(v, d);
            const float nut = 0.5f * (nutC + v.nu[nb] - kAirKinematicViscosity);
            const float diffK = (kAirKinematicViscosity + nut / kSigmaK) * invH2;
            const float diffE = (kAirKinematicViscosity + nut / kSigmaEpsilon) * invH2;
            diagK += diffK;
            sumK += (in + diffK) * v.tke[nb];
            diagE += diffE;
            sumE += (in + diffE) * v.dissipation[nb];
        }
    }
    const float newTke = maxf(sumK / (diagK + inflow), kMinTke);
    v.tke[c] = newTke;
    if (walls > 0)
        v.dissipation[c] = cmuPow(0.75f) * newTke * sqrtf(newTke) / (kKarman * 0.5f * v.h);
    else
        v.dissipation[c] = maxf(sumE / (diagE + inflow), kMinDissipation);
}

}  // namespace rw::engine::thermal
