// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Constants and wall functions of the standard k-epsilon model (Launder & Spalding 1974), shared by
// both engines. See docs/thermal-design.md, "Turbulence".

#include "rackwerk/engine/hostdevice.h"

#include <math.h>

namespace rw::engine::thermal {

constexpr float kCmu = 0.09f;
constexpr float kC1 = 1.44f;
constexpr float kC2 = 1.92f;
constexpr float kSigmaK = 1.0f;
constexpr float kSigmaEpsilon = 1.3f;
constexpr float kKarman = 0.41f;
constexpr float kLogLawE = 9.8f;
constexpr float kYPlusLaminar = 11.53f;  ///< where the viscous sublayer meets the log law
constexpr float kMinTke = 1e-8f;
constexpr float kMinDissipation = 1e-10f;
constexpr float kMaxTurbulentViscosity = 1.0f;  ///< m2/s; a guard against the first steps' transients
/// What air brings in through a rack exhaust or a cooler supply: 5 % turbulence intensity, 0.1 m
/// mixing length (a fan or grille's scale).
constexpr float kInflowIntensity = 0.05f;
constexpr float kInflowLengthM = 0.1f;

RW_HD inline float cmuPow(float exponent)
{
    return powf(kCmu, exponent);
}

RW_HD inline float inflowTke(float speed)
{
    const float u = kInflowIntensity * speed;
    const float k = 1.5f * u * u;
    return k > 1e-5f ? k : 1e-5f;
}

RW_HD inline float inflowDissipation(float speed)
{
    const float k = inflowTke(speed);
    return cmuPow(0.75f) * k * sqrtf(k) / kInflowLengthM;
}

/// y+ of a cell centre at distance y from a wall, from the cell's k (the equilibrium friction velocity).
RW_HD inline float wallYPlus(float tke, float y, float nu)
{
    return cmuPow(0.25f) * sqrtf(tke > 0.0f ? tke : 0.0f) * y / nu;
}

/// Turbulent viscosity at a wall face that makes the log law's shear stress from the near-wall
/// velocity (zero in the viscous sublayer).
RW_HD inline float wallTurbulentViscosity(float tke, float y, float nu)
{
    const float yPlus = wallYPlus(tke, y, nu);
    if (yPlus <= kYPlusLaminar)
        return 0.0f;
    return nu * (yPlus * kKarman / logf(kLogLawE * yPlus) - 1.0f);
}

}  // namespace rw::engine::thermal
