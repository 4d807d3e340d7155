// SPDX-License-Identifier: GPL-3.0-or-later
#include "ashraelimits.h"

#include <rackwerk/engine/ashraeclasses.h>

#include <iterator>

namespace rw {

static_assert(std::size(engine::kAshraeEnvelopes) == std::size_t(AshraeClass::H1) + 1,
    "the engine's ASHRAE table lists every AshraeClass, in order");

AshraeInletLimits AshraeInletLimits::of(AshraeClass ashraeClass)
{
    const auto index = std::size_t(ashraeClass);
    if (index >= std::size(engine::kAshraeEnvelopes))
        return {};
    const engine::AshraeEnvelope &e = engine::kAshraeEnvelopes[index];
    return { e.recommendedMinC, e.recommendedMaxC, e.allowableMinC, e.allowableMaxC };
}

}  // namespace rw
