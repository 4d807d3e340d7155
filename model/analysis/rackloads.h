// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "powernetwork.h"

#include <vector>

namespace rw {

/// Which device figure a load picture uses: the design load (every device at its maximum) or the
/// expected load (typical power).
enum class LoadLevel { Design, Expected };

/// How one rack is supplied in one operating state.
struct RackSupply {
    Id rackId = kNoId;
    double demandKw = 0.0;  ///< what its devices draw with full supply
    double servedKw = 0.0;  ///< what they can draw from the live feeds and PSUs
    int devicesDown = 0;  ///< no live PSU
    int devicesLimited = 0;  ///< fewer live PSUs than the device needs for this load (power brake)
    bool lost() const { return demandKw > 0 && servedKw <= 0; }
    bool limited() const { return !lost() && servedKw + 1e-9 < demandKw; }
};

/// The loads that the racks and cooling units put on the power chain in one operating state.
struct LoadPicture {
    std::vector<double> demandKw;  ///< per network node: load attached to its output
    std::vector<RackSupply> racks;  ///< racks with devices or feeds, in id order
    std::vector<Id> stoppedCoolingUnits;  ///< cooling units whose feed has no power
    double coolingKw = 0.0;  ///< cooling units' power drawn from the chain
};

/// Splits each device's load over its PSUs: PSUs alternate between feed A and feed B (A first), a
/// device keeps running on the PSUs of live feeds, limited to what those PSUs can deliver (their
/// rating; without one, maximum power / `psuRequired` each). A device without PSU
/// figures draws evenly from every live feed of its rack and needs one.
LoadPicture attachLoads(
    const Plan &plan, const PowerNetwork &network, const std::vector<bool> &energized, LoadLevel level);

}  // namespace rw
