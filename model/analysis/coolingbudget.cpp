// SPDX-License-Identifier: GPL-3.0-or-later
#include "coolingbudget.h"

#include "plan/coolingfacts.h"
#include "plan/footprint.h"
#include "plan/layoutchecks.h"
#include "plan/rackmetrics.h"
#include "rackwerk/engine/airflow.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace rw {
namespace {

constexpr int kFeetPerRack = 4;

bool isAirUnit(CoolingKind kind)
{
    return kind == CoolingKind::Crah || kind == CoolingKind::FanWall || kind == CoolingKind::InRow
        || kind == CoolingKind::RearDoor;
}

bool isHeatRejection(CoolingKind kind)
{
    return kind == CoolingKind::Chiller || kind == CoolingKind::DryCooler || kind == CoolingKind::WaterHeatExchanger;
}

double waterFlowM3PerH(double heatKw, double deltaTK)
{
    return deltaTK > 0
        ? heatKw * 1000.0 / (cooling::kWaterDensityKgPerM3 * cooling::kWaterHeatCapacityJPerKgK * deltaTK) * 3600.0
        : 0.0;
}

/// Sets installed, redundant and worst-failure capacity from the units' capacities.
void rate(CoolingDuty &duty, const std::vector<std::pair<Id, double>> &units, Redundancy scheme)
{
    std::vector<double> capacities;
    for (const auto &[id, capacity] : units) {
        capacities.push_back(capacity);
        duty.installedKw += capacity;
    }
    duty.units = int(units.size());
    double largest = 0.0;
    for (const auto &[id, capacity] : units) {
        if (capacity >= largest) {
            largest = capacity;
            duty.worstUnit = id;
        }
    }
    duty.worstFailureKw = duty.installedKw - largest;
    duty.redundantKw = CoolingBudgeter::redundantCapacity(capacities, scheme);
}

struct AreaLoads {
    double airHeat = 0.0, airHeatExpected = 0.0, airflow = 0.0, liquid = 0.0, liquidExpected = 0.0;
    std::vector<std::pair<Id, double>> airUnits, airflowUnits, liquidUnits;
    double liquidFlowInstalled = 0.0;
    double liquidDeltaT = 0.0;  ///< capacity-weighted design delta-T of the CDUs
};

void addRack(AreaLoads &area, const Plan &plan, Id rackId)
{
    for (const MountedDevice *device : plan.devicesInRack(rackId)) {
        const DeviceType *type = plan.find<DeviceType>(device->typeKey);
        if (!type)
            continue;
        const double toAir = 1.0 - type->liquidHeatShare;
        area.airHeat += type->maxPowerW * toAir / 1000.0;
        area.airHeatExpected += type->typicalPowerW * toAir / 1000.0;
        area.liquid += type->maxPowerW * type->liquidHeatShare / 1000.0;
        area.liquidExpected += type->typicalPowerW * type->liquidHeatShare / 1000.0;
        const engine::AirHeatSource source { float(type->maxPowerW * toAir), float(type->designDeltaTK),
            float(type->airflowM3PerH / 3600.0) };
        area.airflow += engine::airflowDemandM3PerS(source) * 3600.0;
    }
}

void addUnit(AreaLoads &area, Id id, const CoolingUnit &unit)
{
    if (isAirUnit(unit.kind)) {
        area.airUnits.emplace_back(id, CoolingBudgeter::capacityKw(unit));
        area.airflowUnits.emplace_back(id, unit.airflowM3PerH);
    } else if (unit.kind == CoolingKind::Cdu) {
        area.liquidUnits.emplace_back(id, unit.capacityKw);
        const double deltaT = unit.returnTempC - unit.supplyTempC;
        area.liquidFlowInstalled += waterFlowM3PerH(unit.capacityKw, deltaT);
        area.liquidDeltaT += unit.capacityKw * deltaT;
    }
}

CoolingArea finish(const AreaLoads &loads, Id hallId, const QString &zone, Redundancy scheme)
{
    CoolingArea area;
    area.hallId = hallId;
    area.zone = zone;
    area.airHeat.loadKw = loads.airHeat;
    area.airHeat.expectedKw = loads.airHeatExpected;
    rate(area.airHeat, loads.airUnits, scheme);
    area.airflow.loadKw = loads.airflow;
    area.airflow.expectedKw = loads.airflow;
    rate(area.airflow, loads.airflowUnits, scheme);
    area.liquidHeat.loadKw = loads.liquid;
    area.liquidHeat.expectedKw = loads.liquidExpected;
    rate(area.liquidHeat, loads.liquidUnits, scheme);
    const double cduCapacity = area.liquidHeat.installedKw;
    const double deltaT = cduCapacity > 0 ? loads.liquidDeltaT / cduCapacity : 0.0;
    area.liquidFlowInstalledM3PerH = loads.liquidFlowInstalled;
    area.liquidFlowNeededM3PerH = waterFlowM3PerH(loads.liquid, deltaT > 0 ? deltaT : 10.0);
    return area;
}

}  // namespace

double CoolingBudgeter::airCarriedKw(const CoolingUnit &unit)
{
    const double deltaT = unit.returnTempC - unit.supplyTempC;
    if (!isAirUnit(unit.kind) || unit.airflowM3PerH <= 0 || deltaT <= 0)
        return 0.0;
    return engine::kAirDensityKgPerM3 * engine::kAirHeatCapacityJPerKgK * unit.airflowM3PerH / 3600.0 * deltaT / 1000.0;
}

double CoolingBudgeter::capacityKw(const CoolingUnit &unit)
{
    const double carried = airCarriedKw(unit);
    return carried > 0 ? std::min(unit.capacityKw, carried * (1.0 + kRatingTolerance)) : unit.capacityKw;
}

QString RowStranding::limitingKey() const
{
    const double top = std::max({powerUse, spaceUse, weightUse, coolingUse});
    if (top <= 0)
        return QStringLiteral("none");
    if (top == powerUse)
        return QStringLiteral("power");
    if (top == coolingUse)
        return QStringLiteral("cooling");
    if (top == weightUse)
        return QStringLiteral("weight");
    return QStringLiteral("space");
}

QString RowStranding::limitingResource() const
{
    // The keys of limitingKey(), named in the user's language.
    static const char *const names[][2] = {
        { "none", QT_TRANSLATE_NOOP("rw::CoolingBudgeter", "none") },
        { "power", QT_TRANSLATE_NOOP("rw::CoolingBudgeter", "power") },
        { "cooling", QT_TRANSLATE_NOOP("rw::CoolingBudgeter", "cooling") },
        { "weight", QT_TRANSLATE_NOOP("rw::CoolingBudgeter", "weight") },
        { "space", QT_TRANSLATE_NOOP("rw::CoolingBudgeter", "space") },
    };
    const QString key = limitingKey();
    for (const auto &name : names) {
        if (key == QLatin1String(name[0]))
            return CoolingBudgeter::tr(name[1]);
    }
    return key;
}

double CoolingBudgeter::redundantCapacity(std::vector<double> capacities, Redundancy scheme)
{
    std::sort(capacities.begin(), capacities.end(), std::greater<>());
    const double total = std::accumulate(capacities.begin(), capacities.end(), 0.0);
    auto withoutLargest = [&](std::size_t n) {
        double left = total;
        for (std::size_t i = 0; i < n && i < capacities.size(); ++i)
            left -= capacities[i];
        return left;
    };
    switch (scheme) {
    case Redundancy::N:
        return total;
    case Redundancy::NPlus1:
    case Redundancy::DistributedRedundant:  // a block of units: rides through one failure
        return withoutLargest(1);
    case Redundancy::NPlus2:
        return withoutLargest(2);
    case Redundancy::TwoN:
        return total / 2.0;
    }
    return total;
}

CoolingBudget CoolingBudgeter::compute(const Plan &plan)
{
    CoolingBudget budget;
    const auto metrics = computeRackMetrics(plan);
    std::map<Id, AreaLoads> halls;
    std::map<std::pair<Id, QString>, AreaLoads> zones;
    std::map<Id, std::vector<Id>> unitsOutside, racksOutside;
    for (const auto &[rackId, rack] : plan.all<Rack>()) {
        const Hall *hall = plan.find<Hall>(rack.hallId);
        if (hall && !LayoutChecks::standsInside(*hall, footprint(rack)))
            racksOutside[rack.hallId].push_back(rackId);
        addRack(halls[rack.hallId], plan, rackId);
        if (!rack.zone.isEmpty())
            addRack(zones[{ rack.hallId, rack.zone }], plan, rackId);
    }
    HeatRejection &rejection = budget.heatRejection;
    std::vector<double> rejectionUnits;
    for (const auto &[unitId, unit] : plan.all<CoolingUnit>()) {
        if (isHeatRejection(unit.kind)) {
            // A dry cooler (or a heat exchanger to outdoor air) needs air colder than the water it cools.
            const bool free = unit.kind != CoolingKind::Chiller;
            const bool works = !free
                || unit.facilityWaterSupplyC >= plan.site().designOutdoorTempC + cooling::kDryCoolerApproachK
                || unit.kind == CoolingKind::WaterHeatExchanger;
            rejection.installedKw += unit.capacityKw;
            if (works) {
                rejection.availableAtDesignKw += unit.capacityKw;
                rejectionUnits.push_back(unit.capacityKw);
            }
            ++rejection.units;
        } else {
            rejection.heatKw += unit.powerDrawKw;  // fans and pumps end up as heat in the loop
            const Hall *hall = plan.find<Hall>(unit.hallId);
            if (hall && isAirUnit(unit.kind) && !LayoutChecks::standsInside(*hall, footprint(unit))) {
                unitsOutside[unit.hallId].push_back(unitId);  // it does not cool the hall's air
                halls[unit.hallId];
                continue;
            }
            addUnit(halls[unit.hallId], unitId, unit);
            if (!unit.zone.isEmpty())
                addUnit(zones[{ unit.hallId, unit.zone }], unitId, unit);
        }
    }
    for (const auto &[hallId, loads] : halls) {
        const Hall *hall = plan.find<Hall>(hallId);
        const Redundancy scheme = hall ? hall->coolingRedundancy : Redundancy::N;
        budget.halls.push_back(finish(loads, hallId, QString(), scheme));
        budget.halls.back().unitsOutside = unitsOutside[hallId];
        budget.halls.back().racksOutside = racksOutside[hallId];
        rejection.heatKw += loads.airHeat + loads.liquid;
    }
    for (const auto &[key, loads] : zones) {
        const Hall *hall = plan.find<Hall>(key.first);
        budget.zones.push_back(finish(loads, key.first, key.second, hall ? hall->coolingRedundancy : Redundancy::N));
    }
    rejection.redundantKw = redundantCapacity(rejectionUnits, Redundancy::NPlus1);

    // Floor and frame loads.
    std::map<Id, RowStranding> rows;
    std::map<Id, double> rowBudget, rowDesign;
    std::map<Id, int> rowU, rowUsedU;
    for (const auto &[rackId, rack] : plan.all<Rack>()) {
        const Hall *hall = plan.find<Hall>(rack.hallId);
        const auto m = metrics.find(rackId);
        const RackMetrics rm = m == metrics.end() ? RackMetrics {} : m->second;
        FloorLoadCheck check;
        check.rackId = rackId;
        check.totalWeightKg = rm.equipmentWeightKg + rack.emptyWeightKg;
        check.equipmentKg = rm.equipmentWeightKg;
        check.distributedKgPerM2 = check.totalWeightKg / (rack.widthMm * rack.depthMm / 1e6);
        check.pointLoadKg = check.totalWeightKg / kFeetPerRack;
        check.floorRatingKgPerM2 = hall ? hall->floorLoadKgPerM2 : 0.0;
        check.pointRatingKg = hall ? hall->pointLoadKg : 0.0;
        check.frameRatingKg = rack.staticLoadKg;
        budget.floorLoads.push_back(check);
        if (rack.rowId == kNoId)
            continue;
        RowStranding &row = rows[rack.rowId];
        row.rowId = rack.rowId;
        rowBudget[rack.rowId] += rack.maxPowerKw;
        rowDesign[rack.rowId] += rm.maxPowerKw;
        rowU[rack.rowId] += rack.heightU;
        rowUsedU[rack.rowId] += rm.usedU;
        if (check.floorRatingKgPerM2 > 0)
            row.weightUse = std::max(row.weightUse, check.distributedKgPerM2 / check.floorRatingKgPerM2);
        for (const CoolingArea &area : budget.halls) {
            if (area.hallId == rack.hallId && area.airHeat.redundantKw > 0)
                row.coolingUse = area.airHeat.loadKw / area.airHeat.redundantKw;
        }
    }
    for (auto &[rowId, row] : rows) {
        row.powerUse = rowBudget[rowId] > 0 ? rowDesign[rowId] / rowBudget[rowId] : 0.0;
        row.spaceUse = rowU[rowId] > 0 ? double(rowUsedU[rowId]) / rowU[rowId] : 0.0;
        const double limit = std::max({ row.powerUse, row.spaceUse, row.weightUse, row.coolingUse });
        // When the limiting resource is full, the power budget not yet used by then is stranded.
        if (limit > 0 && rowBudget[rowId] > 0)
            row.strandedPowerKw = std::max(0.0, rowBudget[rowId] - rowDesign[rowId] / limit);
        budget.rows.push_back(row);
    }
    return budget;
}

}  // namespace rw
