// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisjson.h"

#include "plan/enumnames.h"

#include <QJsonArray>

namespace rw {
namespace {

double rounded(double kw)
{
    return std::round(kw * 1000.0) / 1000.0;  // whole watts: the flow's resolution
}

QString nodeName(const Plan &plan, Id id)
{
    const PowerNode *node = plan.find<PowerNode>(id);
    return node ? node->name : QString();
}

QJsonArray ids(const std::vector<Id> &list)
{
    QJsonArray array;
    for (Id id : list)
        array.append(double(id));
    return array;
}

QJsonArray rackNames(const Plan &plan, const std::vector<Id> &list)
{
    QJsonArray array;
    for (Id id : list) {
        const Rack *rack = plan.find<Rack>(id);
        array.append(rack ? rack->name : QString());
    }
    return array;
}

}  // namespace

QJsonObject powerStateJson(const Plan &plan, const PowerState &state)
{
    QJsonArray failed;
    for (Id id : state.failedNodes)
        failed.append(
            QJsonObject { { QStringLiteral("id"), double(id) }, { QStringLiteral("name"), nodeName(plan, id) } });
    QJsonArray overloads;
    for (const NodeOverload &o : state.overloads) {
        overloads.append(QJsonObject { { QStringLiteral("id"), double(o.nodeId) },
            { QStringLiteral("name"), nodeName(plan, o.nodeId) }, { QStringLiteral("loadKw"), rounded(o.loadKw) },
            { QStringLiteral("ratingKw"), rounded(o.ratingKw) } });
    }
    return QJsonObject { { QStringLiteral("failed"), failed }, { QStringLiteral("servesAll"), state.servesAll() },
        { QStringLiteral("worstUtilisation"), std::round(state.flow.worstUtilisation * 1e4) / 1e4 },
        { QStringLiteral("overloads"), overloads }, { QStringLiteral("racksLost"), rackNames(plan, state.racksLost) },
        { QStringLiteral("racksLimited"), rackNames(plan, state.racksLimited) },
        { QStringLiteral("unservedKw"), rounded(state.unservedKw) },
        { QStringLiteral("coolingUnitsStopped"), ids(state.loads.stoppedCoolingUnits) },
        { QStringLiteral("coolingKw"), rounded(state.loads.coolingKw) } };
}

QJsonObject failureEffectJson(const Plan &plan, const FailureEffect &effect)
{
    QJsonArray unitNames;
    for (Id id : effect.coolingUnitsStopped) {
        const CoolingUnit *unit = plan.find<CoolingUnit>(id);
        unitNames.append(unit ? unit->name : QString());
    }
    return QJsonObject { { QStringLiteral("deadNodes"), ids(effect.deadNodes) },
        { QStringLiteral("racksWithoutPower"), ids(effect.racksWithoutPower) },
        { QStringLiteral("racksOnOneFeed"), ids(effect.racksOnOneFeed) },
        { QStringLiteral("coolingUnitsStopped"), ids(effect.coolingUnitsStopped) },
        { QStringLiteral("coolingUnitNamesStopped"), unitNames } };
}

QJsonObject powerBudgetJson(const Plan &plan, const PowerAnalysis &analysis)
{
    QJsonArray nodes;
    double itDesign = 0.0;
    double itExpected = 0.0;
    for (const RackSupply &r : analysis.normal.loads.racks)
        itDesign += r.demandKw;
    for (const RackSupply &r : analysis.expected.loads.racks)
        itExpected += r.demandKw;
    for (const NodeBudget &b : analysis.budgets) {
        const PowerNode *node = plan.find<PowerNode>(b.nodeId);
        nodes.append(QJsonObject { { QStringLiteral("id"), double(b.nodeId) }, { QStringLiteral("name"), node->name },
            { QStringLiteral("kind"), enumName(node->kind) }, { QStringLiteral("side"), enumName(node->side) },
            { QStringLiteral("ratingKw"), rounded(b.ratingKw) },
            { QStringLiteral("connectedKw"), rounded(b.connectedKw) },
            { QStringLiteral("designKw"), rounded(b.designKw) },
            { QStringLiteral("expectedKw"), rounded(b.expectedKw) }, { QStringLiteral("worstKw"), rounded(b.worstKw) },
            { QStringLiteral("worstFailure"), nodeName(plan, b.worstFailure) },
            { QStringLiteral("headroomKw"), rounded(b.headroomKw()) } });
    }
    return QJsonObject { { QStringLiteral("itDesignKw"), rounded(itDesign) },
        { QStringLiteral("itExpectedKw"), rounded(itExpected) },
        { QStringLiteral("normal"), powerStateJson(plan, analysis.normal) }, { QStringLiteral("nodes"), nodes } };
}

QJsonObject contingencyJson(const Plan &plan, const PowerAnalysis &analysis)
{
    QJsonArray list;
    int failing = 0;
    for (const PowerState &c : analysis.contingencies) {
        list.append(powerStateJson(plan, c));
        failing += c.servesAll() ? 0 : 1;
    }
    QJsonObject o { { QStringLiteral("contingencies"), list },
        { QStringLiteral("count"), int(analysis.contingencies.size()) }, { QStringLiteral("failing"), failing },
        { QStringLiteral("availabilityClass"), analysis.availability.supportedClass },
        { QStringLiteral("availabilityReason"), analysis.availability.reason } };
    if (analysis.worstIndex >= 0)
        o.insert(
            QStringLiteral("worst"), powerStateJson(plan, analysis.contingencies[std::size_t(analysis.worstIndex)]));
    return o;
}

namespace {

QJsonObject dutyJson(const CoolingDuty &d)
{
    return QJsonObject { { QStringLiteral("load"), rounded(d.loadKw) },
        { QStringLiteral("expected"), rounded(d.expectedKw) }, { QStringLiteral("installed"), rounded(d.installedKw) },
        { QStringLiteral("withRedundancy"), rounded(d.redundantKw) },
        { QStringLiteral("afterWorstUnitFailure"), rounded(d.worstFailureKw) }, { QStringLiteral("units"), d.units },
        { QStringLiteral("meetsRedundancy"), d.meetsRedundancy() } };
}

QJsonObject areaJson(const Plan &plan, const CoolingArea &a)
{
    const Hall *hall = plan.find<Hall>(a.hallId);
    QJsonObject o { { QStringLiteral("hall"), hall ? hall->name : QString() },
        { QStringLiteral("airHeatKw"), dutyJson(a.airHeat) }, { QStringLiteral("airflowM3PerH"), dutyJson(a.airflow) },
        { QStringLiteral("liquidHeatKw"), dutyJson(a.liquidHeat) },
        { QStringLiteral("liquidFlowNeededM3PerH"), rounded(a.liquidFlowNeededM3PerH) },
        { QStringLiteral("liquidFlowInstalledM3PerH"), rounded(a.liquidFlowInstalledM3PerH) } };
    if (!a.zone.isEmpty())
        o.insert(QStringLiteral("zone"), a.zone);
    if (a.zone.isEmpty()) {
        // Misplaced: air units outside the hall are not counted; racks outside still count their heat.
        QJsonArray units, racks;
        for (Id id : a.unitsOutside)
            units.append(plan.find<CoolingUnit>(id)->name);
        for (Id id : a.racksOutside)
            racks.append(plan.find<Rack>(id)->name);
        o.insert(QStringLiteral("coolingUnitsOutside"), units);
        o.insert(QStringLiteral("racksOutside"), racks);
    }
    return o;
}

}  // namespace

QJsonObject coolingBudgetJson(const Plan &plan, const CoolingBudget &budget)
{
    QJsonArray halls, zones, floor, rows;
    for (const CoolingArea &a : budget.halls)
        halls.append(areaJson(plan, a));
    for (const CoolingArea &a : budget.zones)
        zones.append(areaJson(plan, a));
    for (const FloorLoadCheck &f : budget.floorLoads) {
        if (!f.overFloor() && !f.overPoint() && !f.overFrame())
            continue;
        floor.append(QJsonObject { { QStringLiteral("rack"), plan.find<Rack>(f.rackId)->name },
            { QStringLiteral("totalWeightKg"), rounded(f.totalWeightKg) },
            { QStringLiteral("kgPerM2"), rounded(f.distributedKgPerM2) },
            { QStringLiteral("floorRatingKgPerM2"), rounded(f.floorRatingKgPerM2) },
            { QStringLiteral("pointLoadKg"), rounded(f.pointLoadKg) },
            { QStringLiteral("pointRatingKg"), rounded(f.pointRatingKg) },
            { QStringLiteral("equipmentKg"), rounded(f.equipmentKg) },
            { QStringLiteral("frameRatingKg"), rounded(f.frameRatingKg) } });
    }
    for (const RowStranding &r : budget.rows) {
        const Row *row = plan.find<Row>(r.rowId);  // racks may name a row that is gone (a validation error)
        rows.append(QJsonObject { { QStringLiteral("row"), row ? row->name : QString() },
            { QStringLiteral("powerUse"), std::round(r.powerUse * 1e4) / 1e4 },
            { QStringLiteral("spaceUse"), std::round(r.spaceUse * 1e4) / 1e4 },
            { QStringLiteral("weightUse"), std::round(r.weightUse * 1e4) / 1e4 },
            { QStringLiteral("coolingUse"), std::round(r.coolingUse * 1e4) / 1e4 },
            { QStringLiteral("limitedBy"), r.limitingKey() },
            { QStringLiteral("strandedPowerKw"), rounded(r.strandedPowerKw) } });
    }
    const HeatRejection &h = budget.heatRejection;
    return QJsonObject { { QStringLiteral("halls"), halls }, { QStringLiteral("zones"), zones },
        { QStringLiteral("overweightRacks"), floor }, { QStringLiteral("rows"), rows },
        { QStringLiteral("heatRejection"),
            QJsonObject { { QStringLiteral("heatKw"), rounded(h.heatKw) },
                { QStringLiteral("installedKw"), rounded(h.installedKw) },
                { QStringLiteral("availableAtDesignKw"), rounded(h.availableAtDesignKw) },
                { QStringLiteral("withRedundancyKw"), rounded(h.redundantKw) },
                { QStringLiteral("units"), h.units } } } };
}

QJsonObject capacityJson(const Plan &plan, const CapacityResult &result)
{
    QJsonArray placements;
    for (const CapacityPlacement &p : result.placements) {
        QJsonArray positions;
        for (int u : p.positionsU)
            positions.append(u);
        placements.append(QJsonObject { { QStringLiteral("rack"), plan.find<Rack>(p.rackId)->name },
            { QStringLiteral("rackId"), double(p.rackId) }, { QStringLiteral("positionsU"), positions } });
    }
    QJsonObject stops;
    for (const auto &[limit, count] : result.racksStoppedBy)
        stops.insert(CapacitySearch::limitKey(limit), count);
    return QJsonObject { { QStringLiteral("type"), result.typeKey }, { QStringLiteral("fits"), result.fits },
        { QStringLiteral("mainLimit"), CapacitySearch::limitKey(result.mainLimit) },
        { QStringLiteral("racksStoppedBy"), stops }, { QStringLiteral("placements"), placements } };
}

}  // namespace rw
