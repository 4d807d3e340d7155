// SPDX-License-Identifier: GPL-3.0-or-later
#include "rackloads.h"

#include <algorithm>
#include <cmath>

namespace rw {
namespace {

struct DeviceSupply {
    double served = 0.0;
    double fromA = 0.0;
    double fromB = 0.0;
    bool down = false;
    bool limited = false;
};

DeviceSupply supplyDevice(const DeviceType &type, double loadW, bool hasA, bool hasB, bool liveA, bool liveB)
{
    DeviceSupply s;
    const int feeds = int(hasA) + int(hasB);
    if (feeds == 0 || loadW <= 0) {
        s.down = loadW > 0;
        return s;
    }
    // PSUs per side: alternate A, B, A, ... when the rack has both feeds, else all on the one feed.
    const int psus = type.psuCount > 0 ? type.psuCount : feeds;
    const int onA = hasA ? (hasB ? (psus + 1) / 2 : psus) : 0;
    const int onB = psus - onA;
    const int liveOnA = liveA ? onA : 0;
    const int liveOnB = liveB ? onB : 0;
    const int live = liveOnA + liveOnB;
    if (live == 0) {
        s.down = true;
        return s;
    }
    // The PSUs' rating limits what the live ones deliver; without a rating, each of the `psuRequired`
    // PSUs is taken to carry an equal share of the device's maximum.
    const int required = type.psuCount > 0 ? std::max(type.psuRequired, 1) : 1;
    const double capacity
        = type.psuRatingW > 0 ? live * type.psuRatingW : (live >= required ? loadW : type.maxPowerW * live / required);
    s.served = std::min(loadW, capacity);
    s.limited = s.served + 1e-9 < loadW;
    s.fromA = s.served * liveOnA / live;
    s.fromB = s.served * liveOnB / live;
    return s;
}

bool isLive(const PowerNetwork &network, const std::vector<bool> &energized, Id node)
{
    const long index = network.indexOf(node);
    return index >= 0 && energized[std::size_t(index)];
}

void addDemand(LoadPicture &picture, const PowerNetwork &network, Id node, double kw)
{
    const long index = network.indexOf(node);
    if (index >= 0 && kw > 0)
        picture.demandKw[std::size_t(index)] += kw;
}

}  // namespace

LoadPicture attachLoads(
    const Plan &plan, const PowerNetwork &network, const std::vector<bool> &energized, LoadLevel level)
{
    LoadPicture picture;
    picture.demandKw.assign(network.size(), 0.0);
    for (const auto &[rackId, rack] : plan.all<Rack>()) {
        RackSupply supply;
        supply.rackId = rackId;
        const bool hasA = network.indexOf(rack.feedA) >= 0;
        const bool hasB = network.indexOf(rack.feedB) >= 0 && rack.feedB != rack.feedA;
        const bool liveA = hasA && isLive(network, energized, rack.feedA);
        const bool liveB = hasB && isLive(network, energized, rack.feedB);
        double fromA = 0.0;
        double fromB = 0.0;
        for (const MountedDevice *device : plan.devicesInRack(rackId)) {
            const DeviceType *type = plan.find<DeviceType>(device->typeKey);
            if (!type)
                continue;
            const double loadW = level == LoadLevel::Design ? type->maxPowerW : type->typicalPowerW;
            supply.demandKw += loadW / 1000.0;
            const DeviceSupply s = supplyDevice(*type, loadW, hasA, hasB, liveA, liveB);
            supply.servedKw += s.served / 1000.0;
            supply.devicesDown += s.down ? 1 : 0;
            supply.devicesLimited += s.limited && !s.down ? 1 : 0;
            fromA += s.fromA / 1000.0;
            fromB += s.fromB / 1000.0;
        }
        addDemand(picture, network, rack.feedA, fromA);
        addDemand(picture, network, rack.feedB, fromB);
        if (supply.demandKw > 0 || hasA || hasB)
            picture.racks.push_back(supply);
    }
    for (const auto &[unitId, unit] : plan.all<CoolingUnit>()) {
        if (network.indexOf(unit.feedId) < 0)
            continue;  // not on this chain (e.g. fed by the landlord)
        if (!isLive(network, energized, unit.feedId)) {
            picture.stoppedCoolingUnits.push_back(unitId);
            continue;
        }
        addDemand(picture, network, unit.feedId, unit.powerDrawKw);
        picture.coolingKw += unit.powerDrawKw;
    }
    return picture;
}

}  // namespace rw
