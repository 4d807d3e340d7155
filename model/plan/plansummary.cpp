// SPDX-License-Identifier: GPL-3.0-or-later
#include "plansummary.h"

namespace rw {
namespace {

void addRack(PlanSummary &s, const Rack &rack)
{
    s.rackBudgetKw += rack.maxPowerKw;
    s.equipmentWeightKg += rack.emptyWeightKg;
    s.totalU += rack.heightU;
}

void addDevice(PlanSummary &s, const DeviceType &type)
{
    s.gpuCount += type.gpuCount;
    s.nameplateItKw += type.maxPowerW / 1000.0;
    s.typicalItKw += type.typicalPowerW / 1000.0;
    s.heatToLiquidKw += type.maxPowerW * type.liquidHeatShare / 1000.0;
    s.equipmentWeightKg += type.weightKg;
    s.usedU += type.heightU;
    ++s.systemsByType[type.key];
}

}  // namespace

PlanSummary summarize(const Plan &plan)
{
    PlanSummary s;
    s.hallCount = int(plan.all<Hall>().size());
    s.rowCount = int(plan.all<Row>().size());
    s.rackCount = int(plan.all<Rack>().size());
    s.deviceCount = int(plan.all<MountedDevice>().size());
    s.coolingUnitCount = int(plan.all<CoolingUnit>().size());
    s.powerNodeCount = int(plan.all<PowerNode>().size());
    for (const auto &[id, rack] : plan.all<Rack>())
        addRack(s, rack);
    for (const auto &[id, device] : plan.all<MountedDevice>()) {
        const DeviceType *type = plan.find<DeviceType>(device.typeKey);
        if (type)
            addDevice(s, *type);
    }
    return s;
}

std::vector<HallSummary> summarizeHalls(const Plan &plan)
{
    std::vector<HallSummary> halls;
    std::map<Id, std::size_t> indexOfHall;
    for (const auto &[id, hall] : plan.all<Hall>()) {
        indexOfHall.emplace(id, halls.size());
        HallSummary h;
        h.hallId = id;
        h.name = hall.name;
        h.widthM = hall.widthM;
        h.depthM = hall.depthM;
        h.areaM2 = hall.widthM * hall.depthM;
        h.figures.hallCount = 1;
        halls.push_back(h);
    }
    auto summaryOf = [&](Id hallId) -> HallSummary * {
        const auto found = indexOfHall.find(hallId);
        return found == indexOfHall.end() ? nullptr : &halls[found->second];
    };
    for (const auto &[id, row] : plan.all<Row>())
        if (HallSummary *h = summaryOf(row.hallId))
            ++h->figures.rowCount;
    std::map<Id, HallSummary *> hallOfRack;
    for (const auto &[id, rack] : plan.all<Rack>()) {
        HallSummary *h = summaryOf(rack.hallId);
        if (!h)
            continue;
        hallOfRack.emplace(id, h);
        ++h->figures.rackCount;
        addRack(h->figures, rack);
    }
    for (const auto &[id, device] : plan.all<MountedDevice>()) {
        const auto rack = hallOfRack.find(device.rackId);
        const DeviceType *type = plan.find<DeviceType>(device.typeKey);
        if (rack == hallOfRack.end() || !type)
            continue;
        ++rack->second->figures.deviceCount;
        addDevice(rack->second->figures, *type);
    }
    for (const auto &[id, unit] : plan.all<CoolingUnit>()) {
        HallSummary *h = summaryOf(unit.hallId);
        if (!h)
            continue;
        ++h->figures.coolingUnitCount;
        if (unit.standby)
            continue;
        switch (unit.kind) {
        case CoolingKind::Crah:
        case CoolingKind::FanWall:
        case CoolingKind::InRow:
        case CoolingKind::RearDoor:
            h->airCoolingKw += unit.capacityKw;
            break;
        case CoolingKind::Cdu:
            h->cduCapacityKw += unit.capacityKw;
            break;
        case CoolingKind::Chiller:
        case CoolingKind::DryCooler:
        case CoolingKind::WaterHeatExchanger:
            break;  // heat rejection: it serves the units, it does not take heat from the hall's air
        }
    }
    for (HallSummary &h : halls)
        h.heatToAirKw = h.figures.nameplateItKw - h.figures.heatToLiquidKw;
    return halls;
}

}  // namespace rw
