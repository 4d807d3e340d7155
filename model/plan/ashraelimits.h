// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"

#include <rackwerk/engine/ashraeclasses.h>

namespace rw {

/// Inlet air temperature limits of an ASHRAE TC 9.9 class (5th edition, 2021;
/// docs/domain-facts.md#ashrae-inlet-classes): the recommended envelope 18-27 °C for A1-A4 (H1: 18-22 °C)
/// and each class's allowable range. Read from the engines' table (rackwerk/engine/ashraeclasses.h), the
/// one list the thermal projection, the floor plan's colours and the findings use. Default: A2.
struct AshraeInletLimits {
    double recommendedMinC = engine::kDefaultAshraeEnvelope.recommendedMinC;
    double recommendedMaxC = engine::kDefaultAshraeEnvelope.recommendedMaxC;
    double allowableMinC = engine::kDefaultAshraeEnvelope.allowableMinC;
    double allowableMaxC = engine::kDefaultAshraeEnvelope.allowableMaxC;

    static AshraeInletLimits of(AshraeClass ashraeClass);
};

}  // namespace rw
