// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace rw::engine {

/// Inlet air temperature envelope of an ASHRAE TC 9.9 class, in °C.
struct AshraeEnvelope {
    const char *name;
    float recommendedMinC;
    float recommendedMaxC;
    float allowableMinC;
    float allowableMaxC;
};

/// The one table of the ASHRAE inlet classes, in the order of rw::AshraeClass: ASHRAE TC 9.9, Thermal
/// Guidelines for Data Processing Environments, 5th edition (2021), reference card table 2.1
/// (docs/domain-facts.md#ashrae-inlet-classes). Recommended 18-27 °C for A1-A4, 18-22 °C for H1.
inline constexpr AshraeEnvelope kAshraeEnvelopes[] = {
    { "A1", 18.0f, 27.0f, 15.0f, 32.0f },
    { "A2", 18.0f, 27.0f, 10.0f, 35.0f },
    { "A3", 18.0f, 27.0f, 5.0f, 40.0f },
    { "A4", 18.0f, 27.0f, 5.0f, 45.0f },
    { "H1", 18.0f, 22.0f, 5.0f, 25.0f },
};

/// The class a case or a hall without one is judged by: A2, what most IT equipment is rated for.
inline constexpr const AshraeEnvelope &kDefaultAshraeEnvelope = kAshraeEnvelopes[1];

}  // namespace rw::engine
