// SPDX-License-Identifier: GPL-3.0-or-later
#include "liquiddefaults.h"

#include "liquidcasebuilder.h"
#include "plan/coolingfacts.h"

#include <algorithm>
#include <cmath>

namespace rw {
namespace {

/// `base` when no loop has that name yet, else "base 2", "base 3", ...
QString freeLoopName(const Plan &plan, const QString &base)
{
    const auto taken = [&plan](const QString &name) {
        for (const auto &[id, loop] : plan.all<CoolantLoop>()) {
            if (loop.name == name)
                return true;
        }
        return false;
    };
    if (!taken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString name = QStringLiteral("%1 %2").arg(base).arg(n);
        if (!taken(name))
            return name;
    }
}

bool rejectsHeatFromWater(CoolingKind kind)
{
    return kind == CoolingKind::Chiller || kind == CoolingKind::DryCooler || kind == CoolingKind::WaterHeatExchanger;
}

}  // namespace

std::vector<Id> LiquidDefaults::freeCdus(const Plan &plan)
{
    std::vector<Id> out;
    for (const auto &[id, unit] : plan.all<CoolingUnit>()) {
        if (unit.kind != CoolingKind::Cdu)
            continue;
        const bool used = std::any_of(plan.all<CoolantLoop>().begin(), plan.all<CoolantLoop>().end(),
            [unitId = id](const auto &entry) { return entry.second.cduId == unitId; });
        if (!used)
            out.push_back(id);
    }
    return out;
}

CoolantLoop LiquidDefaults::technologyLoop(const Plan &plan, Id cduId)
{
    CoolantLoop loop;
    loop.kind = CoolantLoopKind::Technology;
    if (cduId == kNoId) {
        const std::vector<Id> free = freeCdus(plan);
        cduId = free.empty() ? kNoId : free.front();
    }
    loop.cduId = cduId;
    const CoolingUnit *cdu = plan.find<CoolingUnit>(cduId);
    loop.name = freeLoopName(plan, cdu ? tr("TCS %1").arg(cdu->name) : tr("TCS"));
    if (cdu && cdu->capacityKw > 0) {
        // N+1: one pump of the set carries the CDU's full flow at its rated point.
        const double flow = std::ceil(cdu->capacityKw * kFlowLPerMinPerKw / 10.0) * 10.0;
        loop.pumpRatedFlowLPerMin = flow;
        loop.secondaryFlowLPerMin = flow;
        loop.primaryFlowLPerMin = flow;
    }
    int facilities = 0;
    for (const auto &[id, other] : plan.all<CoolantLoop>()) {
        if (other.kind == CoolantLoopKind::FacilityWater) {
            ++facilities;
            loop.facilityLoopId = id;
        }
    }
    if (facilities != 1)
        loop.facilityLoopId = kNoId;
    return loop;
}

CoolantLoop LiquidDefaults::facilityLoop(const Plan &plan)
{
    CoolantLoop loop;
    loop.kind = CoolantLoopKind::FacilityWater;
    loop.coolant = CoolantKind::Water;
    loop.designTempC = 32.0;
    loop.name = freeLoopName(plan, tr("Facility water"));
    return loop;
}

LoopRejection LiquidDefaults::stage(const Plan &plan, Id facilityLoopId)
{
    LoopRejection stage;
    stage.loopId = facilityLoopId;
    for (const auto &[id, other] : plan.all<LoopRejection>()) {
        if (other.loopId == facilityLoopId)
            stage.stage = std::max(stage.stage, other.stage + 1);
    }
    for (const auto &[id, unit] : plan.all<CoolingUnit>()) {
        if (!rejectsHeatFromWater(unit.kind))
            continue;
        const bool used = std::any_of(plan.all<LoopRejection>().begin(), plan.all<LoopRejection>().end(),
            [unitId = id](const auto &entry) { return entry.second.coolingUnitId == unitId; });
        if (used)
            continue;
        stage.coolingUnitId = id;
        switch (unit.kind) {
        case CoolingKind::Chiller:
            stage.kind = HeatRejectionKind::Chiller;
            break;
        case CoolingKind::WaterHeatExchanger:
            stage.kind = HeatRejectionKind::HeatReuse;
            stage.approachK = cooling::kWaterHeatExchangerApproachK;
            break;
        default:
            stage.kind = HeatRejectionKind::DryCooler;
            stage.approachK = cooling::kDryCoolerApproachK;
            break;
        }
        break;
    }
    return stage;
}

LoopRack LiquidDefaults::attachment(const Plan &plan, const std::vector<Id> &rackIds)
{
    LoopRack figures;
    double largestW = 0.0;
    for (Id rackId : rackIds)
        largestW = std::max(largestW, LiquidCaseBuilder::rackHeatToLiquidW(plan, rackId));
    if (largestW > 0.0) {
        const double flow = std::ceil(largestW / 1000.0 * kFlowLPerMinPerKw);
        figures.minFlowLPerMin = flow;
        figures.plateFlowLPerMin = flow;
    }
    return figures;
}

}  // namespace rw
