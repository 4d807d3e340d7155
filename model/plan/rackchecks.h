// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validation.h"

#include <vector>

namespace rw {

/// Checks of one rack's content, for the rack elevation: devices that overlap, stick out or are too deep
/// (errors), and weight, power against the rack and the power nodes feeding it, and cooling type
/// (warnings).
class RackChecks {
    Q_DECLARE_TR_FUNCTIONS(rw::RackChecks)
public:
    static std::vector<Finding> check(const Plan &plan, Id rackId);
};

/// Devices to mount for "fill these racks with N x TYPE": in each rack, the lowest free slots that
/// hold the device, bottom up (heavy equipment low). Refuses, naming the rack, when one rack has too little
/// room, so that a fill happens everywhere or nowhere.
struct RackFill {
    Q_DECLARE_TR_FUNCTIONS(rw::RackFill)
public:
    std::vector<MountedDevice> devices;  ///< ids 0: to be added
    QString error;  ///< translated; set when the fill is not possible

    static RackFill plan(const Plan &plan, const std::vector<Id> &rackIds, const DeviceType &type, int countPerRack);
    /// The lowest position at or above `fromU` where `heightU` free units follow, or 0 when none.
    static int lowestFreeSlot(
        const Plan &plan, Id rackId, int heightU, const std::vector<int> &alsoTakenU, int fromU = 1);
};

}  // namespace rw
