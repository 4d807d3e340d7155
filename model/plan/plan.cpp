// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan.h"

#include <algorithm>

namespace rw {

Plan::Plan(QObject *parent) : QObject(parent) {}

void Plan::setSite(const Site &site)
{
    mSite = site;
    emit siteChanged();
}

void Plan::assign(const Plan &other)
{
    mSite = other.mSite;
    mTables = other.mTables;
    mNextId = other.mNextId;
    mIndexDirty = true;
    emit reset();
}

void Plan::clear()
{
    mSite = Site{};
    mTables = {};
    mNextId = 1;
    mIndexDirty = true;
    emit reset();
}

void Plan::rebuildIndexes() const
{
    if (!mIndexDirty)
        return;
    mDevicesByRack.clear();
    mRacksByHall.clear();
    for (const auto &[id, device] : all<MountedDevice>())
        mDevicesByRack[device.rackId].push_back(&device);
    for (auto &[rackId, devices] : mDevicesByRack) {
        std::sort(devices.begin(), devices.end(),
                  [](const MountedDevice *a, const MountedDevice *b) { return a->positionU < b->positionU; });
    }
    for (const auto &[id, rack] : all<Rack>())
        mRacksByHall[rack.hallId].push_back(&rack);
    mIndexDirty = false;
}

std::vector<const MountedDevice *> Plan::devicesInRack(Id rackId) const
{
    rebuildIndexes();
    const auto it = mDevicesByRack.find(rackId);
    return it == mDevicesByRack.end() ? std::vector<const MountedDevice *>{} : it->second;
}

std::vector<const Rack *> Plan::racksInHall(Id hallId) const
{
    rebuildIndexes();
    const auto it = mRacksByHall.find(hallId);
    return it == mRacksByHall.end() ? std::vector<const Rack *>{} : it->second;
}

}  // namespace rw
