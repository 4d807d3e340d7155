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

/// attachLoads for many operating states of one plan: looks the racks' devices up once, and updates a
/// picture for a state that differs from it only inside some parts of the chain (PowerNetwork::partOf).
class LoadAttacher {
public:
    LoadAttacher(const Plan &plan, const PowerNetwork &network, LoadLevel level);
    LoadPicture attach(const std::vector<bool> &energized) const;
    /// Updates `picture` (attach() of another state) to the state `energized`, which differs from it only on
    /// nodes of `parts`: only the racks fed from those parts are evaluated again, and the result equals
    /// attach(energized) figure for figure.
    void reattach(
        const std::vector<bool> &energized, const std::vector<std::size_t> &parts, LoadPicture &picture) const;

private:
    struct RackEntry {
        Id rackId = kNoId;
        long feedA = -1;  ///< network index, -1 = none
        long feedB = -1;  ///< -1 also when it is feed A again
        std::vector<const DeviceType *> types;  ///< of its devices, lowest U first
        bool listed = false;  ///< has a place in LoadPicture::racks
        std::size_t position = 0;  ///< that place
    };
    RackSupply supply(const RackEntry &rack, const std::vector<bool> &energized, double *fromA, double *fromB) const;
    void addRack(const RackEntry &rack, const std::vector<bool> &energized, LoadPicture &picture) const;
    void addCooling(const std::vector<bool> &energized, const std::vector<bool> &scope, LoadPicture &picture) const;

    const Plan &mPlan;
    const PowerNetwork &mNetwork;
    LoadLevel mLevel;
    std::vector<RackEntry> mRacks;  ///< in id order
    std::vector<std::vector<std::size_t>> mPartRacks;  ///< per part: indices into mRacks, ascending
    std::size_t mListedRacks = 0;
};

}  // namespace rw
