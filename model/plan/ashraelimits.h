#pragma once

#include "entities.h"

namespace rw {

/// Inlet air temperature limits of an ASHRAE TC 9.9 class (5th edition, 2021; domain-facts.md): the
/// recommended envelope 18-27 °C for A1-A4 (H1: 18-22 °C) and each class's allowable range. The one table
/// the thermal projection, the floor plan's colours and the findings use.
struct AshraeInletLimits {
    double recommendedMinC = 18.0;
    double recommendedMaxC = 27.0;
    double allowableMinC = 10.0;
    double allowableMaxC = 35.0;

    static AshraeInletLimits of(AshraeClass ashraeClass);
};

}  // namespace rw
