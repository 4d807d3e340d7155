// SPDX-License-Identifier: GPL-3.0-or-later
#include "plansummary.h"

namespace rw {

PlanSummary summarize(const Plan &plan)
{
    PlanSummary s;
    s.hallCount = int(plan.all<Hall>().size());
    s.rowCount = int(plan.all<Row>().size());
    s.rackCount = int(plan.all<Rack>().size());
    s.deviceCount = int(plan.all<MountedDevice>().size());
    s.coolingUnitCount = int(plan.all<CoolingUnit>().size());
    s.powerNodeCount = int(plan.all<PowerNode>().size());
    for (const auto &[id, rack] : plan.all<Rack>()) {
        s.rackBudgetKw += rack.maxPowerKw;
        s.equipmentWeightKg += rack.emptyWeightKg;
        s.totalU += rack.heightU;
    }
    for (const auto &[id, device] : plan.all<MountedDevice>()) {
        const DeviceType *type = plan.find<DeviceType>(device.typeKey);
        if (!type)
            continue;
        s.gpuCount += type->gpuCount;
        s.nameplateItKw += type->maxPowerW / 1000.0;
        s.typicalItKw += type->typicalPowerW / 1000.0;
        s.heatToLiquidKw += type->maxPowerW * type->liquidHeatShare / 1000.0;
        s.equipmentWeightKg += type->weightKg;
        s.usedU += type->heightU;
        ++s.systemsByType[type->key];
    }
    return s;
}

}  // namespace rw
