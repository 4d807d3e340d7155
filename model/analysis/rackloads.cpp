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

bool hasFeed(const PowerNetwork &network, const Rack &rack)
{
    return network.indexOf(rack.feedA) >= 0 || network.indexOf(rack.feedB) >= 0;
}

}  // namespace

LoadAttacher::LoadAttacher(const Plan &plan, const PowerNetwork &network, LoadLevel level)
    : mPlan(plan), mNetwork(network), mLevel(level), mPartRacks(network.partCount())
{
    for (const auto &[rackId, rack] : plan.all<Rack>()) {
        RackEntry entry;
        entry.rackId = rackId;
        entry.feedA = network.indexOf(rack.feedA);
        entry.feedB = rack.feedB != rack.feedA ? network.indexOf(rack.feedB) : -1;
        for (const MountedDevice *device : plan.devicesInRack(rackId)) {
            if (const DeviceType *type = plan.find<DeviceType>(device->typeKey))
                entry.types.push_back(type);
        }
        double demandKw = 0.0;
        for (const DeviceType *type : entry.types)
            demandKw += (level == LoadLevel::Design ? type->maxPowerW : type->typicalPowerW) / 1000.0;
        entry.listed = demandKw > 0 || hasFeed(network, rack);
        entry.position = mListedRacks;
        mListedRacks += entry.listed ? 1 : 0;
        const long fed = entry.feedA >= 0 ? entry.feedA : network.indexOf(rack.feedB);
        if (fed >= 0)
            mPartRacks[network.partOf(std::size_t(fed))].push_back(mRacks.size());
        mRacks.push_back(std::move(entry));
    }
}

RackSupply LoadAttacher::supply(
    const RackEntry &rack, const std::vector<bool> &energized, double *fromA, double *fromB) const
{
    RackSupply supply;
    supply.rackId = rack.rackId;
    const bool hasA = rack.feedA >= 0;
    const bool hasB = rack.feedB >= 0;
    const bool liveA = hasA && energized[std::size_t(rack.feedA)];
    const bool liveB = hasB && energized[std::size_t(rack.feedB)];
    *fromA = 0.0;
    *fromB = 0.0;
    for (const DeviceType *type : rack.types) {
        const double loadW = mLevel == LoadLevel::Design ? type->maxPowerW : type->typicalPowerW;
        supply.demandKw += loadW / 1000.0;
        const DeviceSupply s = supplyDevice(*type, loadW, hasA, hasB, liveA, liveB);
        supply.servedKw += s.served / 1000.0;
        supply.devicesDown += s.down ? 1 : 0;
        supply.devicesLimited += s.limited && !s.down ? 1 : 0;
        *fromA += s.fromA / 1000.0;
        *fromB += s.fromB / 1000.0;
    }
    return supply;
}

void LoadAttacher::addRack(const RackEntry &rack, const std::vector<bool> &energized, LoadPicture &picture) const
{
    double fromA = 0.0;
    double fromB = 0.0;
    const RackSupply s = supply(rack, energized, &fromA, &fromB);
    if (rack.feedA >= 0 && fromA > 0)
        picture.demandKw[std::size_t(rack.feedA)] += fromA;
    if (rack.feedB >= 0 && fromB > 0)
        picture.demandKw[std::size_t(rack.feedB)] += fromB;
    if (rack.listed)
        picture.racks[rack.position] = s;
}

/// The cooling units' part of a load picture; demand is added only to nodes in `scope` (all when empty).
void LoadAttacher::addCooling(
    const std::vector<bool> &energized, const std::vector<bool> &scope, LoadPicture &picture) const
{
    picture.stoppedCoolingUnits.clear();
    picture.coolingKw = 0.0;
    for (const auto &[unitId, unit] : mPlan.all<CoolingUnit>()) {
        const long feed = mNetwork.indexOf(unit.feedId);
        if (feed < 0)
            continue;  // not on this chain (e.g. fed by the landlord)
        if (!energized[std::size_t(feed)]) {
            picture.stoppedCoolingUnits.push_back(unitId);
            continue;
        }
        if ((scope.empty() || scope[std::size_t(feed)]) && unit.powerDrawKw > 0)
            picture.demandKw[std::size_t(feed)] += unit.powerDrawKw;
        picture.coolingKw += unit.powerDrawKw;
    }
}

LoadPicture LoadAttacher::attach(const std::vector<bool> &energized) const
{
    LoadPicture picture;
    picture.demandKw.assign(mNetwork.size(), 0.0);
    picture.racks.resize(mListedRacks);
    for (const RackEntry &rack : mRacks)
        addRack(rack, energized, picture);
    addCooling(energized, {}, picture);
    return picture;
}

void LoadAttacher::reattach(
    const std::vector<bool> &energized, const std::vector<std::size_t> &parts, LoadPicture &picture) const
{
    // The same sums in the same order as attach(), for the nodes of these parts only: the figures come
    // out bit for bit as a full attach() gives them.
    std::vector<bool> scope(mNetwork.size(), false);
    for (std::size_t part : parts) {
        for (std::size_t node : mNetwork.partNodes(part)) {
            scope[node] = true;
            picture.demandKw[node] = 0.0;
        }
    }
    std::vector<std::size_t> racks;
    for (std::size_t part : parts)
        racks.insert(racks.end(), mPartRacks[part].begin(), mPartRacks[part].end());
    std::sort(racks.begin(), racks.end());  // id order, as attach() adds them
    for (std::size_t rack : racks)
        addRack(mRacks[rack], energized, picture);
    addCooling(energized, scope, picture);
}

LoadPicture attachLoads(
    const Plan &plan, const PowerNetwork &network, const std::vector<bool> &energized, LoadLevel level)
{
    return LoadAttacher(plan, network, level).attach(energized);
}

}  // namespace rw
