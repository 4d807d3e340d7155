// SPDX-License-Identifier: GPL-3.0-or-later
#include "liquidcasebuilder.h"

#include "plan/liquidchecks.h"

#include <map>
#include <set>

namespace rw {

using namespace engine::liquid;

namespace {

constexpr double kLitrePerMinute = 1e-3 / 60.0;

/// Adds nodes and links, naming each; ids stay unique because every name starts with its loop's or rack's name.
class NetworkWriter {
public:
    explicit NetworkWriter(LiquidCase &c) : mCase(c) { }

    int node(const QString &id, int loop, double tankPressureKpa = -1.0)
    {
        HydraulicNode n;
        n.loop = loop;
        if (tankPressureKpa >= 0.0) {
            n.fixedPressure = true;
            n.pressurePa = tankPressureKpa * 1e3;
        }
        mCase.network.hydraulics.nodes.push_back(n);
        mCase.nodeIds << id;
        return int(mCase.network.hydraulics.nodes.size()) - 1;
    }

    int pipe(const QString &id, int from, int to, double lengthM, double diameterMm, double roughnessMm, double lossK)
    {
        HydraulicLink l;
        l.kind = LinkKind::Pipe;
        l.lengthM = lengthM;
        l.diameterM = diameterMm * 1e-3;
        l.roughnessM = roughnessMm * 1e-3;
        l.minorLossK = lossK;
        return add(id, from, to, l);
    }

    int resistance(const QString &id, int from, int to, double dropKpa, double atFlowLPerMin, double holdUpL)
    {
        HydraulicLink l;
        l.kind = LinkKind::Resistance;
        l.refDropPa = dropKpa * 1e3;
        l.refFlowM3PerS = atFlowLPerMin * kLitrePerMinute;
        l.holdUpM3 = holdUpL * 1e-3;
        return add(id, from, to, l);
    }

    int pumps(const QString &id, int from, int to, const CoolantLoop &loop)
    {
        HydraulicLink l;
        l.kind = LinkKind::Pump;
        l.shutoffPa = loop.pumpShutoffKpa * 1e3;
        l.pumpCoeffPaS2PerM6
            = pumpCoefficient(l.shutoffPa, loop.pumpRatedKpa * 1e3, loop.pumpRatedFlowLPerMin * kLitrePerMinute);
        l.runningPumps = loop.pumpCount;
        l.holdUpM3 = 0.0;
        return add(id, from, to, l);
    }

private:
    int add(const QString &id, int from, int to, HydraulicLink link)
    {
        link.from = from;
        link.to = to;
        mCase.network.hydraulics.links.push_back(link);
        mCase.linkIds << id;
        return int(mCase.network.hydraulics.links.size()) - 1;
    }

    LiquidCase &mCase;
};

/// The loop's name, made unique with its id when another loop has the same name.
QString loopName(const Plan &plan, const CoolantLoop &loop)
{
    for (const auto &[id, other] : plan.all<CoolantLoop>()) {
        if (id != loop.id && other.name == loop.name)
            return QStringLiteral("%1 #%2").arg(loop.name).arg(loop.id);
    }
    return loop.name;
}

QString rackName(const Plan &plan, const Rack &rack)
{
    for (const auto &[id, other] : plan.all<Rack>()) {
        if (id != rack.id && other.name == rack.name)
            return QStringLiteral("%1 #%2").arg(rack.name).arg(rack.id);
    }
    return rack.name;
}

QString unitName(const Plan &plan, const CoolingUnit &unit)
{
    for (const auto &[id, other] : plan.all<CoolingUnit>()) {
        if (id != unit.id && other.name == unit.name)
            return QStringLiteral("%1 #%2").arg(unit.name).arg(unit.id);
    }
    return unit.name;
}

RejectionKind engineKind(HeatRejectionKind kind)
{
    switch (kind) {
    case HeatRejectionKind::DryCooler:
        return RejectionKind::DryCooler;
    case HeatRejectionKind::Chiller:
        return RejectionKind::Chiller;
    case HeatRejectionKind::CoolingTower:
        return RejectionKind::CoolingTower;
    case HeatRejectionKind::HeatReuse:
        return RejectionKind::HeatReuse;
    }
    return RejectionKind::DryCooler;
}

struct LoopEnds {
    int supplyEnd = -1;  ///< end of the supply header, where the racks or CDU primaries branch off
    int returnStart = -1;  ///< start of the return header, where they join
};

}  // namespace

double LiquidCaseBuilder::rackHeatToLiquidW(const Plan &plan, Id rackId)
{
    double watts = 0.0;
    for (const MountedDevice *device : plan.devicesInRack(rackId)) {
        if (const DeviceType *type = plan.find<DeviceType>(device->typeKey))
            watts += type->maxPowerW * type->liquidHeatShare;
    }
    return watts;
}

bool LiquidCaseBuilder::build(const Plan &plan, PlanLiquidCase *out, QString *error)
{
    const auto refuse = [error](const QString &why) {
        *error = why;
        return false;
    };
    if (plan.all<CoolantLoop>().empty())
        return refuse(tr("The plan has no coolant loops."));
    for (const auto &[id, loop] : plan.all<CoolantLoop>())
        if (const QString why = LiquidChecks::problem(plan, loop); !why.isEmpty())
            return refuse(why);
    for (const auto &[id, stage] : plan.all<LoopRejection>())
        if (const QString why = LiquidChecks::problem(plan, stage); !why.isEmpty())
            return refuse(why);
    for (const auto &[id, attachment] : plan.all<LoopRack>())
        if (const QString why = LiquidChecks::problem(plan, attachment); !why.isEmpty())
            return refuse(why);

    PlanLiquidCase built;
    LiquidCase &c = built.liquidCase;
    NetworkWriter w(c);
    std::map<Id, LoopEnds> ends;

    // Facility loops first: the CDUs' primary sides are links of theirs.
    for (const bool facility : { true, false }) {
        for (const auto &[id, loop] : plan.all<CoolantLoop>()) {
            if ((loop.kind == CoolantLoopKind::FacilityWater) != facility)
                continue;
            const QString name = loopName(plan, loop);
            const int loopIndex = int(c.network.hydraulics.loops.size());
            c.network.hydraulics.loops.push_back(
                { loop.coolant == CoolantKind::Water ? Coolant::Water : Coolant::Pg25, loop.designTempC });
            BuiltLoop b;
            b.loopId = id;
            const int tank = w.node(name + QStringLiteral("/tank"), loopIndex, loop.tankPressureKpa);
            const int pumped = w.node(name + QStringLiteral("/pumped"), loopIndex);
            b.pumpLink = w.pumps(name + QStringLiteral("/pumps"), tank, pumped, loop);
            int supplyStart = pumped;
            if (!facility) {
                const CoolingUnit *cdu = plan.find<CoolingUnit>(loop.cduId);
                supplyStart = w.node(name + QStringLiteral("/supply"), loopIndex);
                HeatExchanger hx;
                hx.secondaryLink = w.resistance(name + QStringLiteral("/cdu"), pumped, supplyStart,
                    loop.secondaryDropKpa, loop.secondaryFlowLPerMin, loop.holdUpL);
                hx.approachK = loop.approachK;
                hx.supplySetpointC = cdu->supplyTempC;
                hx.capacityW = cdu->capacityKw * 1e3;
                hx.primarySupplyC = loop.primarySupplyC;
                hx.pumpLinks = { b.pumpLink };
                if (loop.facilityLoopId != kNoId) {
                    const LoopEnds &f = ends.at(loop.facilityLoopId);
                    hx.primaryLink = w.resistance(name + QStringLiteral("/primary"), f.supplyEnd, f.returnStart,
                        loop.primaryDropKpa, loop.primaryFlowLPerMin, 0.0);
                }
                b.cdu = int(c.network.cdus.size());
                c.network.cdus.push_back(hx);
                c.cduIds << unitName(plan, *cdu);
            }
            LoopEnds e;
            e.supplyEnd = w.node(name + QStringLiteral("/supply-end"), loopIndex);
            e.returnStart = w.node(name + QStringLiteral("/return"), loopIndex);
            w.pipe(name + QStringLiteral("/supply-header"), supplyStart, e.supplyEnd, loop.headerLengthM,
                loop.headerDiameterMm, loop.headerRoughnessMm, loop.headerLossK);
            int returnEnd = tank;
            if (facility) {
                // Stages in series after the return header, the last one back into the tank.
                std::map<int, const LoopRejection *> stages;
                for (const auto &[stageId, stage] : plan.all<LoopRejection>())
                    if (stage.loopId == id)
                        stages.emplace(stage.stage, &stage);
                if (!stages.empty())
                    returnEnd = w.node(name + QStringLiteral("/returned"), loopIndex);
                int from = returnEnd;
                std::size_t left = stages.size();
                for (const auto &[order, stage] : stages) {
                    const CoolingUnit *unit = plan.find<CoolingUnit>(stage->coolingUnitId);
                    const QString unitId = unitName(plan, *unit);
                    const int to = --left == 0 ? tank : w.node(unitId + QStringLiteral("/out"), loopIndex);
                    HeatRejection r;
                    r.link = w.resistance(unitId, from, to, stage->dropKpa, stage->dropFlowLPerMin, 0.0);
                    r.kind = engineKind(stage->kind);
                    r.setpointC = unit->facilityWaterSupplyC;
                    r.capacityW = unit->capacityKw * 1e3;
                    r.approachK = stage->approachK;
                    r.sinkLimited = stage->kind != HeatRejectionKind::Chiller;
                    r.sinkTempC = stage->kind == HeatRejectionKind::DryCooler ? plan.site().designOutdoorTempC
                                                                              : stage->sinkTempC;
                    b.rejections.push_back(int(c.network.rejections.size()));
                    b.rejectionUnitIds.push_back(stage->coolingUnitId);
                    c.network.rejections.push_back(r);
                    c.rejectionIds << unitId;
                    from = to;
                }
            } else {
                for (const auto &[attachmentId, attachment] : plan.all<LoopRack>()) {
                    if (attachment.loopId != id)
                        continue;
                    const Rack *rack = plan.find<Rack>(attachment.rackId);
                    const QString rackId = rackName(plan, *rack);
                    const int in = w.node(rackId + QStringLiteral("/in"), loopIndex);
                    w.pipe(rackId + QStringLiteral("/branch"), e.supplyEnd, in, attachment.branchLengthM,
                        attachment.branchDiameterMm, attachment.branchRoughnessMm, attachment.branchLossK);
                    RackLoad load;
                    load.link = w.resistance(rackId, in, e.returnStart, attachment.plateDropKpa,
                        attachment.plateFlowLPerMin, attachment.holdUpL);
                    load.heatToLiquidW = rackHeatToLiquidW(plan, rack->id);
                    load.inletLimitC = attachment.inletLimitC;
                    load.returnLimitC = attachment.returnLimitC;
                    load.minFlowM3PerS = attachment.minFlowLPerMin * kLitrePerMinute;
                    load.plateHeatCapacityJPerK = attachment.plateHeatCapacityKjPerK * 1e3;
                    b.racks.push_back(int(c.network.racks.size()));
                    b.rackIds.push_back(rack->id);
                    c.network.racks.push_back(load);
                    c.rackIds << rackId;
                }
                if (b.racks.empty())
                    return refuse(tr("Coolant loop %1 has no racks.").arg(name));
            }
            w.pipe(name + QStringLiteral("/return-header"), e.returnStart, returnEnd, loop.headerLengthM,
                loop.headerDiameterMm, loop.headerRoughnessMm, loop.headerLossK);
            ends[id] = e;
            built.loops.push_back(b);
        }
    }
    // A facility loop needs at least one CDU between its headers, or its pumps would dead-head.
    for (const BuiltLoop &b : built.loops) {
        const CoolantLoop *loop = plan.find<CoolantLoop>(b.loopId);
        if (loop->kind != CoolantLoopKind::FacilityWater)
            continue;
        bool feedsCdu = false;
        for (const auto &[id, other] : plan.all<CoolantLoop>())
            feedsCdu = feedsCdu || other.facilityLoopId == b.loopId;
        if (!feedsCdu)
            return refuse(tr("Facility water system %1 feeds no CDU.").arg(loopName(plan, *loop)));
    }
    *out = std::move(built);
    return true;
}

}  // namespace rw
