// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small liquid-cooled plan whose flows and temperatures can be worked out by hand (tst_liquidcasebuilder does
// it): two racks of 100 kW to liquid on one CDU loop of water, the CDU's facility side a fixed 30 °C supply.
// Header-only.

#include "plan/plan.h"
#include "plan/planfiller.h"

namespace rwtest::liquid {

using namespace rw;

constexpr Id kHall = 1;
constexpr Id kRow = 2;
constexpr Id kRackA = 10;
constexpr Id kRackB = 11;
constexpr Id kDeviceA = 20;
constexpr Id kDeviceB = 21;
constexpr Id kCdu = 30;
constexpr Id kDryCooler = 31;
constexpr Id kLoop = 40;
constexpr Id kOnLoopA = 50;
constexpr Id kOnLoopB = 51;
inline const QString kType = QStringLiteral("test-liquid-125kw");

/// One pump: 300 kPa shut-off, 200 kPa at 300 L/min; two run. CDU secondary 60 kPa at 600 L/min. Headers
/// 10 m of DN100 steel (0.045 mm, fittings K 2) each; per rack a branch of 4 m DN50 (0.015 mm, K 5) and cold
/// plates 100 kPa at 200 L/min. A rack needs 180 L/min, takes 45 °C in and 65 °C out. The CDU holds 40 °C (300 kW).
inline CoolantLoop technologyLoop()
{
    CoolantLoop loop;
    loop.id = kLoop;
    loop.name = QStringLiteral("TCS 1");
    loop.kind = CoolantLoopKind::Technology;
    loop.coolant = CoolantKind::Water;
    loop.designTempC = 42.0;
    loop.tankPressureKpa = 150.0;
    loop.headerLengthM = 10.0;
    loop.headerDiameterMm = 100.0;
    loop.headerRoughnessMm = 0.045;
    loop.headerLossK = 2.0;
    loop.pumpCount = 2;
    loop.pumpShutoffKpa = 300.0;
    loop.pumpRatedKpa = 200.0;
    loop.pumpRatedFlowLPerMin = 300.0;
    loop.cduId = kCdu;
    loop.facilityLoopId = kNoId;
    loop.primarySupplyC = 30.0;
    loop.approachK = 4.0;
    loop.secondaryDropKpa = 60.0;
    loop.secondaryFlowLPerMin = 600.0;
    loop.holdUpL = 200.0;
    return loop;
}

inline LoopRack rackFigures()
{
    LoopRack figures;
    figures.branchLengthM = 4.0;
    figures.branchDiameterMm = 50.0;
    figures.branchRoughnessMm = 0.015;
    figures.branchLossK = 5.0;
    figures.plateDropKpa = 100.0;
    figures.plateFlowLPerMin = 200.0;
    figures.minFlowLPerMin = 180.0;
    figures.inletLimitC = 45.0;
    figures.returnLimitC = 65.0;
    figures.plateHeatCapacityKjPerK = 40.0;
    figures.holdUpL = 33.6;
    return figures;
}

/// The plan without loops: a hall, two racks with one 125 kW device each (80 % to liquid: 100 kW), a CDU and a
/// dry cooler.
inline void buildLiquidRacks(Plan &plan)
{
    plan.clear();
    Site site;
    site.name = QStringLiteral("Liquid test site");
    site.designOutdoorTempC = 25.0;
    PlanFiller(plan).setSite(site);
    DeviceType type;
    type.key = kType;
    type.manufacturer = QStringLiteral("Test");
    type.model = QStringLiteral("Liquid node");
    type.category = DeviceCategory::Compute;
    type.heightU = 4;
    type.depthMm = 1000;
    type.weightKg = 100;
    type.maxPowerW = 125000;
    type.typicalPowerW = 100000;
    type.liquidHeatShare = 0.8;
    type.airflow = Airflow::LiquidOnly;
    PlanFiller(plan).insert(type);
    Hall hall;
    hall.id = kHall;
    hall.name = QStringLiteral("Hall L");
    PlanFiller(plan).insert(hall);
    Row row;
    row.id = kRow;
    row.hallId = kHall;
    row.name = QStringLiteral("L1");
    PlanFiller(plan).insert(row);
    for (const auto &[rackId, deviceId, name, x] : { std::tuple { kRackA, kDeviceA, QStringLiteral("L1-01"), 5.0 },
             std::tuple { kRackB, kDeviceB, QStringLiteral("L1-02"), 5.6 } }) {
        Rack rack;
        rack.id = rackId;
        rack.hallId = kHall;
        rack.rowId = kRow;
        rack.name = name;
        rack.xM = x;
        rack.yM = 5.0;
        rack.maxPowerKw = 140.0;
        rack.staticLoadKg = 2000.0;
        rack.cooling = RackCooling::Liquid;
        PlanFiller(plan).insert(rack);
        MountedDevice device;
        device.id = deviceId;
        device.rackId = rackId;
        device.typeKey = kType;
        device.positionU = 1;
        PlanFiller(plan).insert(device);
    }
    CoolingUnit cdu;
    cdu.id = kCdu;
    cdu.hallId = kHall;
    cdu.name = QStringLiteral("CDU 1");
    cdu.kind = CoolingKind::Cdu;
    cdu.xM = 2.0;
    cdu.yM = 2.0;
    cdu.capacityKw = 300.0;
    cdu.supplyTempC = 40.0;
    cdu.returnTempC = 50.0;
    cdu.facilityWaterSupplyC = 30.0;
    PlanFiller(plan).insert(cdu);
    CoolingUnit dryCooler;
    dryCooler.id = kDryCooler;
    dryCooler.name = QStringLiteral("Dry cooler 1");
    dryCooler.kind = CoolingKind::DryCooler;
    dryCooler.capacityKw = 500.0;
    dryCooler.supplyTempC = 30.0;
    dryCooler.returnTempC = 40.0;
    dryCooler.facilityWaterSupplyC = 30.0;
    PlanFiller(plan).insert(dryCooler);
}

/// buildLiquidRacks with the CDU loop and both racks on it.
inline void buildLiquidPlan(Plan &plan)
{
    buildLiquidRacks(plan);
    PlanFiller(plan).insert(technologyLoop());
    LoopRack a = rackFigures();
    a.id = kOnLoopA;
    a.rackId = kRackA;
    a.loopId = kLoop;
    PlanFiller(plan).insert(a);
    LoopRack b = a;
    b.id = kOnLoopB;
    b.rackId = kRackB;
    PlanFiller(plan).insert(b);
    plan.reserveIds(100);
}

constexpr Id kFacility = 41;
constexpr Id kStage = 42;

/// buildLiquidPlan with a facility water system (the dry cooler as its one stage) behind the CDU loop.
inline void buildLiquidPlanWithFacility(Plan &plan)
{
    buildLiquidPlan(plan);
    CoolantLoop facility;
    facility.id = kFacility;
    facility.name = QStringLiteral("FWS");
    facility.kind = CoolantLoopKind::FacilityWater;
    facility.coolant = CoolantKind::Water;
    facility.designTempC = 30.0;
    facility.pumpRatedFlowLPerMin = 600.0;
    PlanFiller(plan).insert(facility);
    LoopRejection stage;
    stage.id = kStage;
    stage.loopId = kFacility;
    stage.coolingUnitId = kDryCooler;
    stage.dropFlowLPerMin = 600.0;
    stage.approachK = 3.0;
    PlanFiller(plan).insert(stage);
    CoolantLoop loop = *plan.find<CoolantLoop>(kLoop);
    loop.facilityLoopId = kFacility;
    loop.primaryFlowLPerMin = 600.0;
    PlanFiller(plan).replace(loop);
    Site site = plan.site();
    site.designOutdoorTempC = 20.0;
    PlanFiller(plan).setSite(site);
}

constexpr Id kFacilityLoop = 60;
constexpr Id kDryCoolerStage = 61;

/// buildLiquidPlan with a facility water system (the technology loop's figures) whose one stage is the dry cooler
/// (10 kW of fans at its 500 kW), feeding the CDU's primary side.
inline void buildLiquidPlanWithDryCoolerFacility(Plan &plan)
{
    buildLiquidPlan(plan);
    CoolantLoop facility = technologyLoop();
    facility.id = kFacilityLoop;
    facility.name = QStringLiteral("FWS");
    facility.kind = CoolantLoopKind::FacilityWater;
    facility.cduId = kNoId;
    PlanFiller(plan).insert(facility);
    LoopRejection stage;
    stage.id = kDryCoolerStage;
    stage.loopId = facility.id;
    stage.coolingUnitId = kDryCooler;
    PlanFiller(plan).insert(stage);
    CoolantLoop loop = *plan.find<CoolantLoop>(kLoop);
    loop.facilityLoopId = facility.id;
    PlanFiller(plan).replace(loop);
    CoolingUnit cooler = *plan.find<CoolingUnit>(kDryCooler);
    cooler.powerDrawKw = 10.0;
    PlanFiller(plan).replace(cooler);
}

}  // namespace rwtest::liquid
