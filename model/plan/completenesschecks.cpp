// SPDX-License-Identifier: GPL-3.0-or-later
#include "completenesschecks.h"

#include "i18n/labels.h"

#include <QLocale>

#include <map>
#include <set>

namespace rw {
namespace {

bool isAirUnit(CoolingKind kind)
{
    return kind == CoolingKind::Crah || kind == CoolingKind::FanWall || kind == CoolingKind::InRow
        || kind == CoolingKind::RearDoor;
}

/// Whether a unit needs electricity to work: everything with fans, pumps or compressors. A passive rear
/// door or a plate heat exchanger needs none unless the plan gives it a power draw.
bool needsPower(const CoolingUnit &unit)
{
    if (unit.powerDrawKw > 0)
        return true;
    return unit.kind != CoolingKind::RearDoor && unit.kind != CoolingKind::WaterHeatExchanger;
}

struct RackHeat {
    double powerKw = 0.0;  ///< at the devices' maximum
    double liquidKw = 0.0;
};

RackHeat heatOf(const Plan &plan, Id rackId)
{
    RackHeat heat;
    for (const MountedDevice *device : plan.devicesInRack(rackId)) {
        if (const DeviceType *type = plan.find<DeviceType>(device->typeKey)) {
            heat.powerKw += type->maxPowerW / 1000.0;
            heat.liquidKw += type->maxPowerW * type->liquidHeatShare / 1000.0;
        }
    }
    return heat;
}

QString kilowatts(double kw)
{
    return CompletenessChecks::tr("%1 kW").arg(QLocale().toString(kw, 'f', 1));
}

QString hallName(const Plan &plan, Id hallId)
{
    const Hall *hall = plan.find<Hall>(hallId);
    return hall ? hall->name : QString::number(hallId);
}

}  // namespace

Completeness CompletenessChecks::assess(const Plan &plan)
{
    Completeness c;
    c.hasPowerChain = !plan.all<PowerNode>().empty();
    std::set<Id> hallsWithAirUnits;
    std::set<Id> hallsWithCdus;
    for (const auto &[id, unit] : plan.all<CoolingUnit>()) {
        if (isAirUnit(unit.kind))
            hallsWithAirUnits.insert(unit.hallId);
        else if (unit.kind == CoolingKind::Cdu)
            hallsWithCdus.insert(unit.hallId);
        if (needsPower(unit) && !plan.find<PowerNode>(unit.feedId))
            c.unfedCoolingUnits.push_back(id);
    }
    std::map<Id, CoolingGap> airGaps;
    std::map<Id, CoolingGap> liquidGaps;
    for (const auto &[id, rack] : plan.all<Rack>()) {
        const RackHeat heat = heatOf(plan, id);
        if (heat.powerKw <= 0)
            continue;
        if (!plan.find<PowerNode>(rack.feedA) && !plan.find<PowerNode>(rack.feedB)) {
            c.unfedRacks.push_back(id);
            c.unfedLoadKw += heat.powerKw;
        }
        const double airKw = heat.powerKw - heat.liquidKw;
        if (airKw > 0 && !hallsWithAirUnits.count(rack.hallId)) {
            CoolingGap &gap = airGaps[rack.hallId];
            gap.hallId = rack.hallId;
            gap.heatKw += airKw;
            gap.racks.push_back(id);
        }
        const bool wantsLiquid = heat.liquidKw > 0 || rack.cooling != RackCooling::Air;
        if (wantsLiquid && !hallsWithCdus.count(rack.hallId)) {
            CoolingGap &gap = liquidGaps[rack.hallId];
            gap.hallId = rack.hallId;
            gap.liquid = true;
            gap.heatKw += heat.liquidKw;
            gap.racks.push_back(id);
        }
    }
    for (const auto &gaps : { airGaps, liquidGaps }) {
        for (const auto &[hallId, gap] : gaps)
            c.coolingGaps.push_back(gap);
    }
    // Sources are the nodes nothing feeds; only utility feeds and generators make power.
    std::set<Id> fed;
    for (const auto &[id, link] : plan.all<PowerLink>())
        fed.insert(link.toId);
    for (const auto &[id, node] : plan.all<PowerNode>()) {
        if (!fed.count(id) && node.kind != PowerNodeKind::UtilityFeed && node.kind != PowerNodeKind::Generator)
            c.unsuppliedSources.push_back(id);
    }
    return c;
}

QString Completeness::powerGap() const
{
    if (unfedRacks.empty())
        return {};
    const int racks = int(unfedRacks.size());
    if (!hasPowerChain)
        return CompletenessChecks::tr(
            "The plan has no power chain: %n rack(s) with up to %1 have no power feed.", nullptr, racks)
            .arg(kilowatts(unfedLoadKw));
    return CompletenessChecks::tr("%n rack(s) with up to %1 have no power feed, so the power chain does not carry "
                                  "the whole load.",
        nullptr, racks)
        .arg(kilowatts(unfedLoadKw));
}

QString Completeness::coolingGap(const Plan &plan, Id hallId, bool liquid) const
{
    for (const CoolingGap &gap : coolingGaps) {
        if (gap.hallId != hallId || gap.liquid != liquid)
            continue;
        if (!liquid)
            return CompletenessChecks::tr("%1: the racks release up to %2 into the air, and the hall has no air "
                                          "cooling unit (CRAH, fan wall, in-row cooler or rear door).")
                .arg(hallName(plan, hallId), kilowatts(gap.heatKw));
        if (gap.heatKw > 0)
            return CompletenessChecks::tr("%1: the racks put up to %2 into liquid, and the hall has no CDU.")
                .arg(hallName(plan, hallId), kilowatts(gap.heatKw));
        return CompletenessChecks::tr(
            "%1: %n rack(s) are liquid-cooled or hybrid, and the hall has no CDU.", nullptr, int(gap.racks.size()))
            .arg(hallName(plan, hallId));
    }
    return {};
}

QString Completeness::coolingGapsText(const Plan &plan) const
{
    QStringList sentences;
    for (const CoolingGap &gap : coolingGaps)
        sentences << coolingGap(plan, gap.hallId, gap.liquid);
    return sentences.join(QLatin1Char(' '));
}

std::vector<Finding> CompletenessChecks::check(const Plan &plan)
{
    const Completeness c = assess(plan);
    std::vector<Finding> out;
    auto warn = [&out](EntityKind kind, const QVariant &key, const QString &message) {
        out.push_back({ Finding::Severity::Warning, kind, key, message });
    };
    if (!c.hasPowerChain && (!c.unfedRacks.empty() || !c.unfedCoolingUnits.empty())) {
        // One finding, not one per rack: nothing of the chain is drawn yet.
        QString message = c.unfedRacks.empty()
            ? tr("The plan has no power chain.")
            : tr("The plan has no power chain: %n rack(s) draw up to %1 without a power feed.", nullptr,
                int(c.unfedRacks.size()))
                  .arg(kilowatts(c.unfedLoadKw));
        if (!c.unfedCoolingUnits.empty())
            message += QLatin1Char(' ')
                + tr("%n cooling unit(s) have no power feed.", nullptr, int(c.unfedCoolingUnits.size()));
        message += QLatin1Char(' ') + tr("Draw the chain in the Power chain dock and connect the feeds.");
        const Rack *firstRack = c.unfedRacks.empty() ? nullptr : plan.find<Rack>(c.unfedRacks.front());
        if (firstRack)
            warn(EntityKind::Rack, firstRack->id, message);
        else
            warn(EntityKind::CoolingUnit, c.unfedCoolingUnits.front(), message);
    } else {
        for (Id id : c.unfedRacks) {
            const Rack *rack = plan.find<Rack>(id);
            warn(EntityKind::Rack, id,
                tr("Rack %1 draws up to %2 but has no power feed.")
                    .arg(rack->name, kilowatts(heatOf(plan, id).powerKw)));
        }
        for (Id id : c.unfedCoolingUnits)
            warn(EntityKind::CoolingUnit, id,
                tr("Cooling unit %1 has no power feed: its power is missing from the budget, and the failure "
                   "analysis cannot tell when it stops.")
                    .arg(plan.find<CoolingUnit>(id)->name));
    }
    for (Id id : c.unsuppliedSources) {
        const PowerNode *node = plan.find<PowerNode>(id);
        warn(EntityKind::PowerNode, id,
            tr("Power node %1 (%2) has no supply above it: the chain should start at a utility feed or a generator.")
                .arg(node->name, Labels::of(node->kind)));
    }
    for (const CoolingGap &gap : c.coolingGaps)
        warn(EntityKind::Hall, gap.hallId, c.coolingGap(plan, gap.hallId, gap.liquid));
    return out;
}

}  // namespace rw
