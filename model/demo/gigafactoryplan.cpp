// SPDX-License-Identifier: GPL-3.0-or-later
#include "gigafactoryplan.h"

#include "catalogue/catalogue.h"
#include "gigafactoryparts.h"

#include <rackwerk/engine/airflow.h>

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace rw {

using namespace gigafactory;

/// The demo's texts, translated like every other text (rackwerk_de.ts): the plan is built in the language of the
/// interface.
class GigafactoryPlan {
    Q_DECLARE_TR_FUNCTIONS(rw::GigafactoryPlan)
};

namespace {

QString number(double value, int decimals = 0)
{
    return QLocale().toString(value, 'f', decimals);
}

/// ASHRAE liquid class of the facility water: the lowest class whose maximum supply holds it.
QString facilityWaterClass(double supplyC)
{
    for (int limit : { 17, 27, 32, 40, 45 }) {
        if (supplyC <= limit)
            return QStringLiteral("W%1").arg(limit);
    }
    return QStringLiteral("W+");
}

QString assumptions(const HallSizing &s)
{
    const int gpus = kHalls * rowsPerHall() * kComputeRacksPerRow * 72;
    QStringList lines;
    lines << GigafactoryPlan::tr(
        "Demo plan: an EU AI gigafactory campus of %1 GPUs in %2 halls. The EU's InvestAI programme funds up "
        "to five gigafactories of about 100,000 advanced AI chips each (digital-strategy.ec.europa.eu, "
        "EuroHPC JU). Built from public figures, tagged [V] vendor or primary source, [S] secondary, "
        "[E] estimate; every [S] and [E] figure is an assumption for the bidder to replace.")
                 .arg(number(gpus), number(kHalls));
    lines << GigafactoryPlan::tr(
        "- Racks: per hall %1 NVIDIA GB300 NVL72 (72 GPUs, %2 kW max, %3 % of it to liquid; catalogue, "
        "Supermicro and Microsoft figures [S]) in %4 rows of %5, with %6 network racks per row of %7 "
        "Spectrum-X SN5600 leaf switches each [E]. Spine switches and storage stand outside the halls and are "
        "not modelled. Hot-aisle containment for the residual air heat; slab floor rated %8 kg/m².")
                 .arg(number(rowsPerHall() * kComputeRacksPerRow), number(s.computeRackKw),
                     number(s.computeRackLiquidKw / s.computeRackKw * 100.0), number(rowsPerHall()),
                     number(kComputeRacksPerRow), number(kNetworkRacksPerRow), number(kLeafSwitchesPerNetworkRack),
                     number(kFloorRatingKgPerM2));
    lines << GigafactoryPlan::tr(
        "- Liquid: one CDU of %1 kW per row (Benmax HCU2500 class [S]) with its technology loop of PG25 at "
        "%2 °C supply and %3 pumps, one more than the design flow needs (N+1); each rack needs %4 L/min (OCP: "
        "1.5 L/min per kW of its %5 kW to liquid [S]); rack pressure drop %6 kPa at %7 L/min (VR NVL72 "
        "Max-P [S], GB300 not published). The hall's CDUs hold N+1 by capacity, but Rackwerk gives each loop "
        "one CDU: a CDU failure is a failure of its row's cooling.")
                 .arg(number(kCduCapacityKw), number(kTcsSupplyC), number(kPumpsPerSet), number(s.rackMinFlowLPerMin),
                     number(s.computeRackLiquidKw, 1), number(kPlateDropKpa), number(kPlateRatedFlowLPerMin));
    lines << GigafactoryPlan::tr(
        "- Heat rejection per hall: facility water %1 to %2 °C (%3); stage 1 a heat-reuse exchanger of %4 kW "
        "to heat pumps that lift its return water (up to %2 °C) for district heating (COP 4.3 to 70 °C, ecp.ep.liu.se "
        "[V]), "
        "sized for the energy reuse factor of %5 % that EnEfG § 11(2) asks from July 2028 [V] at a PUE of "
        "%6; stages 2 and 3 dry-cooler banks of %7 kW each, so that any one stage may fail. Air side: %8 fan "
        "walls of %9 kW (N+1) with two chillers, each for all of the air heat.")
                 .arg(number(kFwsSupplyC), number(kFwsSupplyC + kFwsDeltaTK), facilityWaterClass(kFwsSupplyC),
                     number(s.reuseKw), number(kErfTarget * 100.0), number(kDesignPue, 1), number(s.dryCoolerBankKw),
                     number(2 * s.fanWallsPerWall), number(kFanWallCapacityKw));
    lines << GigafactoryPlan::tr(
        "- Power: grid connection at %1 kV, two circuits each for the contracted capacity of %2 MW (n-1 "
        "secure; VDE-AR-N 4120 [V]; the ~200 MW Lübbenau site is connected at 110 kV [S]); per side A and B "
        "%3 transformers 110/20 kV of %4 MVA (N+1) and 20 kV switchgear; per hall and side a medium-voltage "
        "board, per row and side a transformer of %5 kVA, a low-voltage board, a UPS of %6 kW and a busway "
        "of %7 kW: 2N, every rack fed from A and B. The CDUs run on their own UPS (continuous cooling, Uptime "
        "Institute [S]). The mechanical plant of a side (its CDUs, fan walls, chiller and dry-cooler bank) is fed "
        "from that side only, so losing a side stops it (rackwerk-cli contingency lists what stops). No generators: no "
        "source says whether GPU compute of this size is backed by them; but a grid "
        "loss then stops the dry coolers, and rackwerk-cli liquid gigafactory --fail power-ups gives the "
        "seconds until the racks reach their coolant limit.")
                 .arg(number(kGridKv), number(kContractedKw / 1000.0), number(kHvTransformersPerSide),
                     number(s.hvTransformerKva / 1000.0), number(s.rowTransformerKva), number(s.upsKw),
                     number(s.busKw));
    lines << GigafactoryPlan::tr(
        "- A lost side leaves each GB300 rack the power supplies of one feed: %1 of %2 kW (catalogue "
        "estimate [E]). The power analysis therefore supports EN 50600 class 2, while the DGX SuperPOD "
        "reference architecture asks for class 3 [V], as declared: the bidder confirms how the power shelves "
        "are split between the feeds, or accepts the cap.")
                 .arg(number(s.computeRackOneSideKw), number(s.computeRackKw));
    lines << GigafactoryPlan::tr(
        "- Declared for the law checks (assumed): start of operation 1 July 2027, the operator runs the data "
        "centre itself, no public ownership, connected power %1 MW (the contracted capacity), 100 % "
        "renewable electricity (EnEfG § 11(5)), PUE target %2.")
                 .arg(number(kContractedKw / 1000.0), number(kDesignPue, 1));
    return lines.join(QLatin1Char('\n'));
}

Site site(const HallSizing &size)
{
    Site site;
    site.name = GigafactoryPlan::tr("EU AI Gigafactory (demo campus)");
    site.location = GigafactoryPlan::tr("Germany (site not decided; Munich design climate)");
    site.operatorName = GigafactoryPlan::tr("Bidding consortium (assumed)");
    site.startOfOperation = QDate(2027, 7, 1);
    site.declaredAvailabilityClass = 3;
    site.operatorRole = OperatorRole::DataCentreOperator;
    site.publicOwnership = false;
    site.connectedPowerKw = kContractedKw;
    site.renewableShare = 1.0;
    site.plannedHeatReuseShare = kErfTarget;
    site.pueTarget = kDesignPue;
    site.facilityWaterClass = facilityWaterClass(kFwsSupplyC);
    site.assumptions = assumptions(size);
    return site;
}

void mount(Builder &b, Id rackId, const char *key, int positionU)
{
    MountedDevice device;
    device.rackId = rackId;
    device.typeKey = QString::fromLatin1(key);
    device.positionU = positionU;
    b.add(device);
}

/// The hall's fan walls along its west and east walls and the two chillers of their water.
void buildAirSide(Builder &b, const HallSizing &size, const Hall &hall, const QString &prefix, const HallPower &power)
{
    const double rowZoneM = hall.depthM - kCduGalleryM - kSouthMarginM;
    for (int s = 0; s < 2; ++s) {
        for (int i = 0; i < size.fanWallsPerWall; ++i) {
            CoolingUnit unit;
            unit.hallId = hall.id;
            unit.name = QStringLiteral("FW-%1-%2%3")
                            .arg(prefix)
                            .arg(s == 0 ? QLatin1Char('W') : QLatin1Char('E'))
                            .arg(i + 1, 2, 10, QLatin1Char('0'));
            unit.kind = CoolingKind::FanWall;
            unit.widthM = 2.0;
            unit.depthM = 0.9;
            unit.xM = s == 0 ? 0.6 : hall.widthM - 0.6;
            unit.yM = kCduGalleryM + (i + 0.5) * rowZoneM / size.fanWallsPerWall;
            unit.facing = s == 0 ? Facing::East : Facing::West;
            unit.capacityKw = kFanWallCapacityKw;
            unit.supplyTempC = kAirSupplyC;
            unit.returnTempC = kAirReturnC;
            // Air for the capacity at the units' rise: more than the racks move at their larger rise.
            unit.airflowM3PerH = kFanWallCapacityKw * 1000.0
                / (engine::air::kDensityKgPerM3 * engine::air::kHeatCapacityJPerKgK * (kAirReturnC - kAirSupplyC))
                * 3600.0;
            unit.facilityWaterSupplyC = kChilledWaterC;
            unit.powerDrawKw = kFanWallPowerKw;
            unit.feedId = power.mechanical[s];
            unit.zone = s == 0 ? QCoreApplication::translate("rw::DemoPlan", "West")
                               : QCoreApplication::translate("rw::DemoPlan", "East");
            b.add(unit);
        }
        CoolingUnit chiller;
        chiller.name = QStringLiteral("CH-%1-%2").arg(prefix).arg(s + 1);
        chiller.kind = CoolingKind::Chiller;
        chiller.capacityKw = size.chillerKw;
        chiller.supplyTempC = kChilledWaterC;
        chiller.returnTempC = kChilledWaterC + 10.0;
        chiller.facilityWaterSupplyC = kChilledWaterC;
        chiller.powerDrawKw = size.chillerKw / kChillerCop;
        chiller.cop = kChillerCop;
        chiller.standby = s == 1;
        chiller.feedId = power.mechanical[s];
        b.add(chiller);
    }
}

void buildHall(Builder &b, const HallSizing &size, const std::array<Id, 2> &mediumVoltage, int index)
{
    const QString prefix = QStringLiteral("H%1").arg(index + 1, 2, 10, QLatin1Char('0'));
    const double rowLengthM = racksPerRow() * kRackWidthM;
    const double pairPitchM = kColdAisleM + 2 * kRackDepthM + kHotAisleM;
    Hall hall;
    hall.name = GigafactoryPlan::tr("Hall %1").arg(index + 1);
    hall.widthM = 2 * kFanWallGalleryM + kBlocks * rowLengthM + kCentralAisleM;
    hall.depthM = kCduGalleryM + kRowsPerBlock / 2 * pairPitchM + kColdAisleM + kSouthMarginM;
    hall.ceilingHeightM = 5.0;
    hall.floorType = FloorType::Slab;
    hall.floorLoadKgPerM2 = kFloorRatingKgPerM2;
    hall.ashraeClass = AshraeClass::A2;
    hall.coolingRedundancy = Redundancy::NPlus1;
    hall.minAisleWidthM = 1.2;
    hall.returnPlenumM = 1.4;  // hot-aisle chimneys into a ceiling return plenum, as in the demo
    hall.id = b.add(hall);

    const HallPower power = buildHallPower(b, size, mediumVoltage, prefix);
    std::vector<std::vector<Id>> computeRacks(rowsPerHall());
    std::vector<double> headerLengthM(rowsPerHall());
    for (int row = 0; row < rowsPerHall(); ++row) {
        const int block = row / kRowsPerBlock;
        const int inBlock = row % kRowsPerBlock;
        const bool north = inBlock % 2 == 0;  // the first row of a pair faces north, the second south
        const double pairY = kCduGalleryM + inBlock / 2 * pairPitchM;
        const double yCentre = pairY + kColdAisleM + kRackDepthM / 2 + (north ? 0.0 : kRackDepthM + kHotAisleM);
        const double x0 = kFanWallGalleryM + block * (rowLengthM + kCentralAisleM);
        Row r;
        r.hallId = hall.id;
        r.name = QStringLiteral("%1-%2").arg(prefix, rowName(row));
        r.containment = Containment::HotAisle;
        const Id rowId = b.add(r);
        // Supply and return header each: from the CDU at the north wall to the row, then along it.
        headerLengthM[row] = yCentre - kCduGalleryM / 2 + rowLengthM;
        for (int k = 0; k < racksPerRow(); ++k) {
            const bool network = k == 0 || k == racksPerRow() - 1;
            Rack rack;
            rack.hallId = hall.id;
            rack.rowId = rowId;
            rack.name = QStringLiteral("%1-%2").arg(r.name).arg(k + 1, 2, 10, QLatin1Char('0'));
            rack.xM = x0 + (k + 0.5) * kRackWidthM;
            rack.yM = yCentre;
            rack.facing = north ? Facing::North : Facing::South;
            rack.heightU = 48;
            rack.maxPowerKw = network ? std::ceil(size.networkRackKw / 10.0) * 10.0 : size.computeRackKw;
            rack.staticLoadKg = 1600.0;
            rack.emptyWeightKg = network ? 160.0 : 0.0;  // the GB300 NVL72's 1,360 kg include its rack
            rack.cooling = network ? RackCooling::Air : RackCooling::Liquid;
            rack.feedA = power.busways[0][row];
            rack.feedB = power.busways[1][row];
            rack.zone = block == 0 ? QCoreApplication::translate("rw::DemoPlan", "West")
                                   : QCoreApplication::translate("rw::DemoPlan", "East");
            const Id rackId = b.add(rack);
            if (network) {
                for (int n = 0; n < kLeafSwitchesPerNetworkRack; ++n)
                    mount(b, rackId, kLeafType, 4 + n * 2);
                mount(b, rackId, kManagementType, 44);
            } else {
                mount(b, rackId, kComputeType, 1);
                computeRacks[row].push_back(rackId);
            }
        }
    }
    buildAirSide(b, size, hall, prefix, power);
    buildHallLiquid(b, size, hall.id, prefix, hall.widthM, computeRacks, headerLengthM, power);
}

}  // namespace

void buildGigafactoryPlan(Plan &target)
{
    Plan plan;
    Builder b { plan };
    for (const char *key : { kComputeType, kLeafType, kManagementType }) {
        const DeviceType *type = Catalogue::findBuiltIn(QString::fromLatin1(key));
        Q_ASSERT_X(type, "buildGigafactoryPlan", key);
        if (type)
            PlanFiller(plan).insert(*type);
    }
    const HallSizing size = sizeHall(plan);
    PlanFiller(plan).setSite(site(size));
    const std::array<Id, 2> mediumVoltage = buildSitePower(b, size);
    for (int h = 0; h < kHalls; ++h)
        buildHall(b, size, mediumVoltage, h);

    // Three phases of halls from July 2027 (German High-Tech Agenda: operation from 2027 [S]).
    Scenario rampUp;
    rampUp.name = GigafactoryPlan::tr("Campus in three phases of halls");
    rampUp.startDate = QDate(2027, 7, 1);
    rampUp.horizonYears = 5;
    rampUp.description = GigafactoryPlan::tr("Halls go live in three phases six months apart; mostly training.");
    const Id rampId = b.add(rampUp);
    const int phaseHalls[] = { kHalls * 3 / 10, kHalls * 6 / 10, kHalls };
    for (int p = 0; p < 3; ++p) {
        Phase phase;
        phase.scenarioId = rampId;
        phase.name = GigafactoryPlan::tr("Phase %1: %2 of %3 halls").arg(p + 1).arg(phaseHalls[p]).arg(kHalls);
        phase.startMonth = 1 + 6 * p;
        phase.installedShare = double(phaseHalls[p]) / kHalls;
        phase.trainingShare = 0.8;
        phase.inferenceShare = 0.15;
        b.add(phase);
    }
    target.assign(plan);
}

}  // namespace rw
