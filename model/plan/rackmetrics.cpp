// SPDX-License-Identifier: GPL-3.0-or-later
#include "rackmetrics.h"

namespace rw {
namespace {

void addDevice(RackMetrics &m, const DeviceType &type)
{
    m.maxPowerKw += type.maxPowerW / 1000.0;
    m.typicalPowerKw += type.typicalPowerW / 1000.0;
    m.heatToLiquidKw += type.maxPowerW * type.liquidHeatShare / 1000.0;
    m.equipmentWeightKg += type.weightKg;
    m.usedU += type.heightU;
    m.gpuCount += type.gpuCount;
    ++m.deviceCount;
}

}  // namespace

std::unordered_map<Id, RackMetrics> computeRackMetrics(const Plan &plan)
{
    std::unordered_map<Id, RackMetrics> result;
    for (const auto &[id, rack] : plan.all<Rack>())
        result[id].totalWeightKg = rack.emptyWeightKg;
    for (const auto &[id, device] : plan.all<MountedDevice>()) {
        const DeviceType *type = plan.find<DeviceType>(device.typeKey);
        const auto it = result.find(device.rackId);
        if (!type || it == result.end())
            continue;
        addDevice(it->second, *type);
        it->second.totalWeightKg += type->weightKg;
    }
    return result;
}

RackMetrics computeRackMetrics(const Plan &plan, Id rackId)
{
    RackMetrics m;
    const Rack *rack = plan.find<Rack>(rackId);
    if (!rack)
        return m;  // like the whole-plan overload: devices of a missing rack count nowhere
    m.totalWeightKg = rack->emptyWeightKg;
    for (const MountedDevice *device : plan.devicesInRack(rackId)) {
        if (const DeviceType *type = plan.find<DeviceType>(device->typeKey)) {
            addDevice(m, *type);
            m.totalWeightKg += type->weightKg;
        }
    }
    return m;
}

}  // namespace rw
