// SPDX-License-Identifier: GPL-3.0-or-later
#include "liquidchecks.h"

namespace rw {

QString LiquidChecks::problem(const Plan &plan, const CoolantLoop &loop)
{
    if (loop.name.trimmed().isEmpty())
        return tr("A coolant loop needs a name.");
    if (loop.pumpRatedKpa >= loop.pumpShutoffKpa)
        return tr("Coolant loop %1: the pump's rated pressure must be below its shut-off pressure.").arg(loop.name);
    if (loop.kind == CoolantLoopKind::FacilityWater) {
        if (loop.cduId != kNoId || loop.facilityLoopId != kNoId)
            return tr("Coolant loop %1: a facility water system has no CDU and no facility loop of its own.")
                .arg(loop.name);
        // A loop turned into a facility loop must not keep its racks.
        for (const auto &[id, rack] : plan.all<LoopRack>()) {
            if (rack.loopId == loop.id)
                return tr("Coolant loop %1 still has racks.").arg(loop.name);
        }
        return {};
    }
    const CoolingUnit *cdu = plan.find<CoolingUnit>(loop.cduId);
    if (!cdu || cdu->kind != CoolingKind::Cdu)
        return tr("Coolant loop %1: its CDU must be a cooling unit of kind CDU.").arg(loop.name);
    for (const auto &[id, other] : plan.all<CoolantLoop>()) {
        if (id != loop.id && other.kind == CoolantLoopKind::Technology && other.cduId == loop.cduId)
            return tr("Coolant loop %1: CDU %2 serves loop %3 already.").arg(loop.name, cdu->name, other.name);
    }
    if (loop.facilityLoopId != kNoId) {
        const CoolantLoop *facility = plan.find<CoolantLoop>(loop.facilityLoopId);
        if (!facility || facility->kind != CoolantLoopKind::FacilityWater)
            return tr("Coolant loop %1: its facility loop must be a facility water system.").arg(loop.name);
    }
    // A loop turned into a technology loop must not keep facility-side members.
    const CoolantLoop *stored = plan.find<CoolantLoop>(loop.id);
    if (stored && stored->kind == CoolantLoopKind::FacilityWater) {
        for (const auto &[id, stage] : plan.all<LoopRejection>()) {
            if (stage.loopId == loop.id)
                return tr("Coolant loop %1 still has heat-rejection stages.").arg(loop.name);
        }
        for (const auto &[id, other] : plan.all<CoolantLoop>()) {
            if (other.facilityLoopId == loop.id)
                return tr("Coolant loop %1 still feeds CDU loop %2.").arg(loop.name, other.name);
        }
    }
    return {};
}

QString LiquidChecks::problem(const Plan &plan, const LoopRejection &stage)
{
    const CoolantLoop *loop = plan.find<CoolantLoop>(stage.loopId);
    if (!loop || loop->kind != CoolantLoopKind::FacilityWater)
        return tr("Heat-rejection stage %1: its loop must be a facility water system.").arg(stage.id);
    const CoolingUnit *unit = plan.find<CoolingUnit>(stage.coolingUnitId);
    if (!unit)
        return tr("Heat-rejection stage %1: its cooling unit does not exist.").arg(stage.id);
    if (unit->kind != CoolingKind::Chiller && unit->kind != CoolingKind::DryCooler
        && unit->kind != CoolingKind::WaterHeatExchanger)
        return tr("Cooling unit %1 rejects no heat from facility water: a stage is a chiller, a dry cooler or a "
                  "water heat exchanger.")
            .arg(unit->name);
    for (const auto &[id, other] : plan.all<LoopRejection>()) {
        if (id != stage.id && other.coolingUnitId == stage.coolingUnitId)
            return tr("Cooling unit %1 is a heat-rejection stage already.").arg(unit->name);
        if (id != stage.id && other.loopId == stage.loopId && other.stage == stage.stage)
            return tr("Coolant loop %1 has a stage %2 already.").arg(loop->name).arg(stage.stage);
    }
    return {};
}

QString LiquidChecks::problem(const Plan &plan, const LoopRack &attachment)
{
    const Rack *rack = plan.find<Rack>(attachment.rackId);
    if (!rack)
        return tr("A rack on a coolant loop does not exist.");
    const CoolantLoop *loop = plan.find<CoolantLoop>(attachment.loopId);
    if (!loop || loop->kind != CoolantLoopKind::Technology)
        return tr("Rack %1: its coolant loop must be a CDU's technology loop.").arg(rack->name);
    if (attachment.returnLimitC <= attachment.inletLimitC)
        return tr("Rack %1: the coolant return limit must be above the inlet limit.").arg(rack->name);
    for (const auto &[id, other] : plan.all<LoopRack>()) {
        if (id != attachment.id && other.rackId == attachment.rackId)
            return tr("Rack %1 is on a coolant loop already.").arg(rack->name);
    }
    return {};
}

}  // namespace rw
