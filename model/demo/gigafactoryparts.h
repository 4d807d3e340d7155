// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The parts of the gigafactory demo (gigafactoryplan.cpp): the named constants every figure of the plan is derived
// from, the sizes derived from them and the catalogue, and the builders of the power chain and the coolant loops.
// Sources: ../shared/notes/liquid-and-campus-facts.md (sections in the comments), tags as there: [V] vendor or
// primary, [S] secondary, [E] estimate.

#include "plan/plan.h"
#include "plan/planfiller.h"

#include <array>
#include <vector>

namespace rw::gigafactory {

// ----- Campus and hall layout -----
constexpr int kHalls = 10;  // 8-10 halls of 25-40 MW (notes F2) [E]
constexpr int kBlocks = 2;  // west and east block of rows per hall
constexpr int kRowsPerBlock = 6;  // three pairs of rows sharing a contained hot aisle
constexpr int kComputeRacksPerRow = 12;  // GB300 NVL72, one and a half scalable units of 8 racks each
constexpr int kNetworkRacksPerRow = 2;  // one at each end of the row
constexpr int kLeafSwitchesPerNetworkRack = 14;  // SN5600 Spectrum-X leaves, 28 per row of 864 GPUs [E]
constexpr double kRackWidthM = 0.6;
constexpr double kRackDepthM = 1.2;
constexpr double kColdAisleM = 1.8;
constexpr double kHotAisleM = 1.2;
constexpr double kFanWallGalleryM = 4.0;  // west and east walls
constexpr double kCduGalleryM = 4.0;  // north wall
constexpr double kCentralAisleM = 2.4;
constexpr double kSouthMarginM = 1.2;
constexpr double kFloorRatingKgPerM2 = 2500.0;  // a 1,360 kg rack on 0.72 m2 is 1,889 kg/m2 [E]

// ----- Liquid (notes A2, B, C) -----
constexpr double kTcsSupplyC = 40.0;  // CDU setpoint; GB300 TCS range not published, VR NVL72 takes 17-45 °C [S]
constexpr double kTcsDesignRiseK = 10.0;  // OCP: 10 K rise at 1.5 L/min per kW [S]
constexpr double kCduApproachK = 4.0;  // NVIDIA CDU qualification: rated at 4 K approach [S]
constexpr double kFwsSupplyC = 35.0;  // dry coolers at the 29.5 °C design day plus their 5 K approach, rounded up
constexpr double kFwsDeltaTK = 10.0;  // facility water 35 -> 45 °C, the heat pumps' 45 °C source [E]
constexpr double kCduCapacityKw = 2500.0;  // facility CDU class of the Benmax HCU2500 [S]
constexpr int kPumpsPerSet = 3;  // N+1: two duty pumps carry the design flow, one more runs [E]
constexpr double kPumpShutoffKpa = 400.0;  // Grundfos CRE 64-2-2 in the HCU2500: 400 kPa max [S]
constexpr double kPumpRatedKpa = 250.0;  // at half the design flow; NVIDIA asks >= 241 kPa external head [S]
constexpr double kCduSecondaryDropKpa = 85.0;  // HCU2500: CDU internal 85 kPa at design flow [S]
constexpr double kCduPrimaryDropKpa = 50.0;  // [E]
constexpr double kCduPumpPowerKw = 15.0;  // one CRE 64-2-2 [S]; two duty pumps draw it
constexpr double kCduHoldUpL = 400.0;  // HCU2500: 2 x 200 L expansion tanks [S]
constexpr double kTcsHeaderDiameterMm = 202.7;  // DN200: 1.3 m/s at a row's flow (notes C table)
constexpr double kBranchDiameterMm = 52.5;  // DN50 per rack: 1.6 m/s at 210 L/min (notes C table)
constexpr double kBranchLengthM = 6.0;  // supply and return hose from the header to the rack manifold [E]
constexpr double kSteelRoughnessMm = 0.046;  // notes C
constexpr double kPlateDropKpa = 55.0;  // GB300 not published; VR NVL72 Max-P: 55 kPa at 200 L/min [S]
constexpr double kPlateRatedFlowLPerMin = 200.0;
constexpr double kRackHoldUpL = 33.6;  // VR NVL72 rack liquid volume [S], GB300 not published
constexpr double kRackInletLimitC = 45.0;  // VR NVL72 TCS supply up to 45 °C [S]
constexpr double kRackReturnLimitC = 65.0;  // VR NVL72 return max 65 °C [S]
constexpr double kFwsHeaderDiameterMm = 575.0;  // DN600: 1.8 m/s at a hall's facility water [E]
constexpr double kFwsRunM = 150.0;  // from the hall to the dry-cooler yard, one way [E]
constexpr double kStageDropKpa = 40.0;  // each heat-rejection stage at the design flow [E]
constexpr double kHeatPumpSourceReturnC = 30.0;  // the heat pumps' evaporator water back to the exchanger [E]
constexpr double kDryCoolerFanShare = 0.02;  // fan power per heat rejected [E]
constexpr double kReuseExchangerPumpKw = 60.0;  // as the demo's river-water exchangers [E]

// ----- Air side -----
constexpr double kFanWallCapacityKw = 600.0;  // as in the demo hall
constexpr double kFanWallPowerKw = 15.0;
constexpr double kAirSupplyC = 22.0;
constexpr double kAirReturnC = 35.0;
constexpr double kChilledWaterC = 18.0;
constexpr double kChillerCop = 5.5;

// ----- Power (notes D3, D4) -----
constexpr double kGridKv = 110.0;  // 30-250 MW connect at 110 kV with an own substation [E]; Lübbenau ~200 MW [S]
constexpr double kContractedKw = 250000.0;  // contracted capacity of the connection, each circuit (n-1 secure)
constexpr int kHvTransformersPerSide = 4;  // 110/20 kV, N+1 per side
constexpr double kUpsModuleKw = 250.0;  // UPS blocks are built of modules this size
constexpr double kDesignPue = 1.2;  // EnEfG § 11(2) from 1 July 2026 [V]
constexpr double kErfTarget = 0.20;  // EnEfG § 11(2) energy reuse factor from 1 July 2028 [V]
constexpr std::array<double, 4> kHvTransformerEfficiency { 0.994, 0.996, 0.997, 0.997 };  // [E]
constexpr std::array<double, 4> kTransformerEfficiency { 0.985, 0.990, 0.991, 0.990 };  // as in the demo
constexpr std::array<double, 4> kUpsEfficiency { 0.955, 0.970, 0.975, 0.972 };  // as in the demo

inline constexpr const char *kComputeType = "nvidia-gb300-nvl72";
inline constexpr const char *kLeafType = "nvidia-spectrum4-sn5600";
inline constexpr const char *kManagementType = "nvidia-sn2201";

constexpr int rowsPerHall()
{
    return kBlocks * kRowsPerBlock;
}
constexpr int racksPerRow()
{
    return kComputeRacksPerRow + kNetworkRacksPerRow;
}

/// What the constants and the catalogue make of one hall (and of the site); every rating of the plan comes from here.
struct HallSizing {
    double computeRackKw = 0.0;  ///< a GB300 NVL72 at its maximum
    double computeRackLiquidKw = 0.0;  ///< its heat to liquid
    double computeRackOneSideKw = 0.0;  ///< what its PSUs of one feed deliver
    double networkRackKw = 0.0;
    double rowKw = 0.0;  ///< design load of a row
    double rowOneSideKw = 0.0;  ///< what one feed side of a row carries when the other is lost
    double rowLiquidKw = 0.0;
    double liquidKw = 0.0;  ///< the hall's heat to liquid
    double airKw = 0.0;  ///< the hall's heat to air
    double itKw = 0.0;
    int fanWallsPerWall = 0;
    double chillerKw = 0.0;  ///< each of the two air-side chillers
    double reuseKw = 0.0;  ///< heat-reuse exchanger
    double dryCoolerBankKw = 0.0;  ///< each of the two dry-cooler banks
    double rackMinFlowLPerMin = 0.0;
    double tcsDesignFlowLPerMin = 0.0;  ///< a row's racks at their minimum flow
    double fwsDesignFlowLPerMin = 0.0;  ///< the hall's CDUs at kFwsDeltaTK
    double busKw = 0.0;  ///< busway and UPS of one side of a row
    double upsKw = 0.0;
    double rowTransformerKva = 0.0;
    double mechanicalSideKw = 0.0;  ///< the larger of the two sides' mechanical loads
    double mechanicalTransformerKva = 0.0;
    double cduSideKw = 0.0;  ///< CDUs on one side's mechanical UPS
    double hallSideKw = 0.0;  ///< one side of the hall when the other is lost, at the hall's medium voltage
    double siteSideKw = 0.0;  ///< one side of every hall, at the 20 kV switchgear
    double hvTransformerKva = 0.0;  ///< each 110/20 kV transformer: N of them carry siteSideKw
};

/// "W01".."W06", "E01".."E06": block and row number of the hall's row `row` (0-based, west block first).
QString rowName(int row);

/// Sizes one hall from the constants and the device types in `plan` (which must hold them).
HallSizing sizeHall(const Plan &plan);

/// Adds entities with fresh ids.
struct Builder {
    Plan &plan;

    template <class T> Id add(T entity)
    {
        entity.id = plan.allocateId();
        PlanFiller(plan).insert(entity);
        return entity.id;
    }
    Id powerNode(const QString &name, PowerNodeKind kind, FeedSide side, double kw,
        const std::array<double, 4> &efficiency = { 1, 1, 1, 1 }, const QString &group = {},
        Redundancy redundancy = Redundancy::N);
    void link(Id from, Id to);
};

/// The power chain of one hall: per side (A = 0, B = 1) the busway of each row, and the boards that feed the
/// hall's mechanical plant (the CDUs through a UPS).
struct HallPower {
    std::array<std::vector<Id>, 2> busways;  ///< per side, one per row in row order
    std::array<Id, 2> mechanical {};
    std::array<Id, 2> cduUps {};
};

/// The grid connection, the 110/20 kV substation and the two 20 kV switchgears A and B; returns those two.
std::array<Id, 2> buildSitePower(Builder &b, const HallSizing &size);
HallPower buildHallPower(
    Builder &b, const HallSizing &size, const std::array<Id, 2> &mediumVoltage, const QString &hall);

/// The hall's CDUs (one per row, in row order, fed alternately from the sides' CDU UPS), their technology loops
/// with the compute racks of each row, the facility water loop with its heat-reuse exchanger and dry coolers.
void buildHallLiquid(Builder &b, const HallSizing &size, Id hallId, const QString &hall, double hallWidthM,
    const std::vector<std::vector<Id>> &computeRacksByRow, const std::vector<double> &rowHeaderLengthM,
    const HallPower &power);

}  // namespace rw::gigafactory
