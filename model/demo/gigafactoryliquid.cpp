// SPDX-License-Identifier: GPL-3.0-or-later
// The gigafactory demo's coolant loops: per hall one facility water system (heat-reuse exchanger, two dry-cooler
// banks) and per row a CDU with its technology loop of PG25 to the row's GB300 racks.
#include "gigafactoryparts.h"

#include "plan/coolingfacts.h"

#include <QCoreApplication>

namespace rw::gigafactory {
namespace {

constexpr double kCduWidthM = 1.2;  // [E]
constexpr double kCduDepthM = 2.0;  // [E]

CoolingUnit rejectionUnit(const QString &name, CoolingKind kind, double capacityKw, double powerKw, Id feed)
{
    CoolingUnit unit;
    unit.name = name;  // site level: no hall
    unit.kind = kind;
    unit.capacityKw = capacityKw;
    unit.supplyTempC = kFwsSupplyC;
    unit.returnTempC = kFwsSupplyC + kFwsDeltaTK;
    unit.facilityWaterSupplyC = kFwsSupplyC;
    unit.powerDrawKw = powerKw;
    unit.cop = capacityKw / powerKw;
    unit.feedId = feed;
    return unit;
}

}  // namespace

void buildHallLiquid(Builder &b, const HallSizing &size, Id hallId, const QString &hall, double hallWidthM,
    const std::vector<std::vector<Id>> &computeRacksByRow, const std::vector<double> &rowHeaderLengthM,
    const HallPower &power)
{
    // Facility water: the heat-reuse exchanger first (the warmest water to the heat pumps), then the dry coolers.
    const Id reuse = b.add(rejectionUnit(QStringLiteral("HX-REUSE-%1").arg(hall), CoolingKind::WaterHeatExchanger,
        size.reuseKw, kReuseExchangerPumpKw, power.mechanical[0]));
    std::array<Id, 2> dryCoolers {};
    for (int s = 0; s < 2; ++s)
        dryCoolers[s] = b.add(rejectionUnit(QStringLiteral("DC-%1-%2").arg(hall).arg(s + 1), CoolingKind::DryCooler,
            size.dryCoolerBankKw, size.dryCoolerBankKw * kDryCoolerFanShare, power.mechanical[s]));

    CoolantLoop facility;
    facility.name = QStringLiteral("FWS %1").arg(hall);
    facility.kind = CoolantLoopKind::FacilityWater;
    facility.coolant = CoolantKind::Water;
    facility.designTempC = kFwsSupplyC + kFwsDeltaTK / 2;
    facility.headerLengthM = kFwsRunM;
    facility.headerDiameterMm = kFwsHeaderDiameterMm;
    facility.headerRoughnessMm = kSteelRoughnessMm;
    facility.pumpCount = kPumpsPerSet;
    facility.pumpShutoffKpa = kPumpShutoffKpa;
    facility.pumpRatedKpa = kPumpRatedKpa;
    facility.pumpRatedFlowLPerMin = size.fwsDesignFlowLPerMin / (kPumpsPerSet - 1);
    const Id facilityId = b.add(facility);

    const struct {
        Id unit;
        HeatRejectionKind kind;
        double approachK;
    } stages[] = { { reuse, HeatRejectionKind::HeatReuse, cooling::kWaterHeatExchangerApproachK },
        { dryCoolers[0], HeatRejectionKind::DryCooler, cooling::kDryCoolerApproachK },
        { dryCoolers[1], HeatRejectionKind::DryCooler, cooling::kDryCoolerApproachK } };
    int order = 0;
    for (const auto &s : stages) {
        LoopRejection stage;
        stage.loopId = facilityId;
        stage.coolingUnitId = s.unit;
        stage.kind = s.kind;
        stage.stage = ++order;
        stage.approachK = s.approachK;
        stage.sinkTempC = kHeatPumpSourceReturnC;  // the reuse exchanger's; dry coolers use the design day
        stage.dropKpa = kStageDropKpa;
        stage.dropFlowLPerMin = size.fwsDesignFlowLPerMin;
        b.add(stage);
    }

    // One CDU per row along the north wall, above its block; its loop runs to the row and along it.
    const double blockWidthM = (hallWidthM - 2 * kFanWallGalleryM - kCentralAisleM) / kBlocks;
    const double primaryFlowLPerMin = size.fwsDesignFlowLPerMin / rowsPerHall();
    for (int row = 0; row < rowsPerHall(); ++row) {
        const int block = row / kRowsPerBlock;
        const int inBlock = row % kRowsPerBlock;
        CoolingUnit cdu;
        cdu.hallId = hallId;
        cdu.name = QStringLiteral("CDU-%1-%2").arg(hall, rowName(row));
        cdu.kind = CoolingKind::Cdu;
        cdu.widthM = kCduWidthM;
        cdu.depthM = kCduDepthM;
        cdu.xM
            = kFanWallGalleryM + block * (blockWidthM + kCentralAisleM) + (inBlock + 0.5) * blockWidthM / kRowsPerBlock;
        cdu.yM = kCduGalleryM / 2;
        cdu.facing = Facing::South;
        cdu.capacityKw = kCduCapacityKw;
        cdu.supplyTempC = kTcsSupplyC;
        cdu.returnTempC = kTcsSupplyC + kTcsDesignRiseK;
        cdu.facilityWaterSupplyC = kFwsSupplyC;
        cdu.powerDrawKw = (kPumpsPerSet - 1) * kCduPumpPowerKw;
        cdu.feedId = power.cduUps[row % 2];
        cdu.zone = block == 0 ? QCoreApplication::translate("rw::DemoPlan", "West")
                              : QCoreApplication::translate("rw::DemoPlan", "East");
        const Id cduId = b.add(cdu);

        CoolantLoop loop;
        loop.name = QStringLiteral("TCS %1-%2").arg(hall, rowName(row));
        loop.kind = CoolantLoopKind::Technology;
        loop.coolant = CoolantKind::Pg25;
        loop.designTempC = kTcsSupplyC + kTcsDesignRiseK / 2;
        loop.headerLengthM = rowHeaderLengthM[row];
        loop.headerDiameterMm = kTcsHeaderDiameterMm;
        loop.headerRoughnessMm = kSteelRoughnessMm;
        loop.pumpCount = kPumpsPerSet;
        loop.pumpShutoffKpa = kPumpShutoffKpa;
        loop.pumpRatedKpa = kPumpRatedKpa;
        loop.pumpRatedFlowLPerMin = size.tcsDesignFlowLPerMin / (kPumpsPerSet - 1);
        loop.cduId = cduId;
        loop.facilityLoopId = facilityId;
        loop.primarySupplyC = kFwsSupplyC;
        loop.approachK = kCduApproachK;
        loop.secondaryDropKpa = kCduSecondaryDropKpa;
        loop.secondaryFlowLPerMin = size.tcsDesignFlowLPerMin;
        loop.primaryDropKpa = kCduPrimaryDropKpa;
        loop.primaryFlowLPerMin = primaryFlowLPerMin;
        loop.holdUpL = kCduHoldUpL;
        const Id loopId = b.add(loop);

        for (Id rackId : computeRacksByRow[row]) {
            LoopRack attachment;
            attachment.rackId = rackId;
            attachment.loopId = loopId;
            attachment.branchLengthM = kBranchLengthM;
            attachment.branchDiameterMm = kBranchDiameterMm;
            attachment.plateDropKpa = kPlateDropKpa;
            attachment.plateFlowLPerMin = kPlateRatedFlowLPerMin;
            attachment.minFlowLPerMin = size.rackMinFlowLPerMin;
            attachment.inletLimitC = kRackInletLimitC;
            attachment.returnLimitC = kRackReturnLimitC;
            attachment.holdUpL = kRackHoldUpL;
            b.add(attachment);
        }
    }
}

}  // namespace rw::gigafactory
