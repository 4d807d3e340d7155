// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoplan.h"

#include "catalogue/catalogue.h"
#include "plan/planfiller.h"

#include <rackwerk/engine/airflow.h>

#include <QCoreApplication>
#include <QStringList>

namespace rw {
namespace {

// Layout of hall 1: two blocks (west, east) of 10 rows with 18 racks each; rows run west-east,
// fronts alternate north/south so that each pair of rows shares a contained hot aisle.
constexpr int kBlocks = 2;
constexpr int kRowsPerBlock = 10;
constexpr int kRacksPerRow = 18;
constexpr double kRackWidthM = 0.6;
constexpr double kRackDepthM = 1.2;
constexpr double kColdAisleM = 1.8;
constexpr double kHotAisleM = 1.2;
constexpr double kGalleryM = 4.0;  // fan-wall galleries along the west and east walls
constexpr double kCentralAisleM = 2.4;
constexpr double kNorthMarginM = 2.0;

constexpr int kDgxRacks = 275;  // 1,100 DGX B200, 4 per rack (~57 kW)
constexpr int kRtxRacks = 30;  // 150 RTX PRO 6000 servers, 5 per rack
constexpr int kInfinibandRacks = 28;
constexpr int kEthernetRacks = 4;
constexpr int kStorageRacks = 4;
constexpr int kManagementRacks = 2;

// Translated like every other text (rackwerk_de.ts): the demo is built in the language of the interface.
const char *const kAssumptions = QT_TRANSLATE_NOOP("rw::DemoPlan",
    "Demo plan: Industrial AI Cloud Munich (Tucherpark), hall 1. Built from public figures; every "
    "number that is not sourced is an assumption to be replaced by the bidder's design.\n"
    "- Scale: ~10,000 Blackwell GPUs: 1,100 NVIDIA DGX B200 (8,800 GPUs) plus 150 Dell PowerEdge XE7740 "
    "servers with 8 RTX PRO 6000 Blackwell Server Edition each (1,200 GPUs). Public reports: 'nearly "
    "10,000 NVIDIA Blackwell GPUs, including DGX B200 systems and RTX PRO server GPUs', more than 1,000 "
    "DGX B200 (rcrwireless.com, 2026-02-06; heise, telecomtv).\n"
    "- Racks: 600 x 1200 mm, 48U; 4 DGX B200 per rack (14.3 kW max each, NVIDIA DGX B200 user guide) "
    "= 57.2 kW plus a 1U management switch; rack budget 60 kW. Air-cooled: DGX B200 is an air-cooled "
    "system.\n"
    "- Networking: 420 Quantum-2 QM9700 NDR InfiniBand switches (compute fabric, rail-optimised fat "
    "tree, 15 per rack), 16 Spectrum-4 SN5600 (storage and in-band Ethernet), SN2201 management switches. "
    "Storage: 32 2U NVMe storage nodes (~20 PB total reported for the site).\n"
    "- Layout: 2 blocks x 10 rows x 18 racks (360 positions, 343 used, 17 reserved), hot-aisle "
    "containment with chimneys into a 1.4 m ceiling return plenum, cold aisles 1.8 m, hot aisles 1.2 m, fan-wall "
    "galleries of 4 m along the west and east "
    "walls. Slab floor rated 2,000 kg/m2.\n"
    "- Cooling: 32 fan-wall units of 600 kW (30 needed, N+1 per side), supply air 22 degC, return 35 degC (airflow "
    "1.24 x the racks'); "
    "facility water from Eisbach river-water heat exchangers (4 x 6 MW, N+1) with 2 x 3 MW chillers for "
    "summer trim. River-water cooling and 100 % renewable electricity as reported for the site; the "
    "share of heat reused (Tucherpark district) is assumed at 10 %.\n"
    "- Power: 2N. Two 20 kV utility feeds (A, B); per side 10 blocks of transformer 3,150 kVA, diesel "
    "generator 3,000 kVA, low-voltage switchboard and UPS 2,500 kW, each UPS feeding the busways of two "
    "rows (1,600 A, ~1,100 kW). Racks connect to busway A and B of their row through tap-off boxes; "
    "rack PDUs are not modelled as separate nodes. Mechanical loads are fed from separate A/B "
    "mechanical transformers with generators, not through the UPS.\n"
    "- Dates: opened 4 Feb 2026 (reported); ramp-up to full load within nine months.\n"
    "- Supply and cooling capacity of the real site are estimated at 15-20 MW by the press; this plan "
    "has ~18 MW of IT nameplate.\n"
    "- Declared for the law checks (assumed): the operator runs the data centre itself (not colocation), "
    "no public ownership, non-redundant connected power of the site 22,500 kW (IT nameplate ~18 MW x "
    "design PUE 1.25); the bidder replaces it with the contracted grid capacity.");

struct Builder {
    Plan &plan;

    Id add(auto entity)
    {
        entity.id = plan.allocateId();
        PlanFiller(plan).insert(entity);
        return entity.id;
    }

    void useType(const char *key)
    {
        const DeviceType *type = Catalogue::findBuiltIn(QString::fromLatin1(key));
        Q_ASSERT_X(type, "buildDemoPlan", key);
        if (type && !plan.find<DeviceType>(type->key))
            PlanFiller(plan).insert(*type);
    }

    Id powerNode(const QString &name, PowerNodeKind kind, FeedSide side, double kw, double kva,
        std::array<double, 4> efficiency = { 1, 1, 1, 1 }, const QString &group = {},
        Redundancy redundancy = Redundancy::N)
    {
        PowerNode node;
        node.name = name;
        node.kind = kind;
        node.side = side;
        node.ratingKw = kw;
        node.ratingKva = kva;
        node.powerFactor = kva > 0 ? std::min(1.0, kw / kva) : 1.0;
        node.efficiency25 = efficiency[0];
        node.efficiency50 = efficiency[1];
        node.efficiency75 = efficiency[2];
        node.efficiency100 = efficiency[3];
        node.redundancyGroup = group;
        node.groupRedundancy = redundancy;
        return add(node);
    }

    void link(Id from, Id to)
    {
        PowerLink l;
        l.fromId = from;
        l.toId = to;
        add(l);
    }

    void mount(Id rackId, const char *key, int positionU)
    {
        MountedDevice device;
        device.rackId = rackId;
        device.typeKey = QString::fromLatin1(key);
        device.positionU = positionU;
        add(device);
    }
};

}  // namespace

void buildDemoPlan(Plan &target)
{
    Plan plan;
    Builder b { plan };

    Site site;
    site.name = QStringLiteral("Industrial AI Cloud Munich - Hall 1");
    site.location = QCoreApplication::translate("rw::DemoPlan", "Tucherpark, Munich, Germany");
    site.operatorName = QCoreApplication::translate("rw::DemoPlan", "Polarise (as reported)");
    // The declarations the bidder makes (see the assumptions); a value left out stays "not declared".
    site.startOfOperation = QDate(2026, 2, 4);
    site.declaredAvailabilityClass = 3;
    site.operatorRole = OperatorRole::DataCentreOperator;  // assumed, see the assumptions
    site.publicOwnership = false;
    site.connectedPowerKw = 22500.0;
    // designOutdoorTempC keeps the default, Munich's ASHRAE 2021 0.4 % cooling design dry bulb
    // (docs/domain-facts.md#munich-climate), written once in Site.
    site.renewableShare = 1.0;  // as reported for the site
    site.plannedHeatReuseShare = 0.10;  // assumed (Tucherpark district heating)
    site.pueTarget = 1.25;
    // No WUE: no public figure for the site, and river-water cooling does not tell what it consumes.
    site.facilityWaterClass = QStringLiteral("W27");
    site.assumptions = QCoreApplication::translate("rw::DemoPlan", kAssumptions);
    PlanFiller(plan).setSite(site);

    for (const char *key : { "nvidia-dgx-b200", "dell-poweredge-xe7740-rtx-pro-6000", "nvidia-quantum2-qm9700",
             "nvidia-spectrum4-sn5600", "nvidia-sn2201", "generic-2u-nvme-storage", "generic-1u-head-node",
             "nvidia-ufm-enterprise-appliance-ndr", "generic-1u-blanking-panel" })
        b.useType(key);

    const double rowLengthM = kRacksPerRow * kRackWidthM;
    Hall hall;
    hall.name = QCoreApplication::translate("rw::DemoPlan", "Hall 1");
    hall.widthM = 2 * kGalleryM + kBlocks * rowLengthM + kCentralAisleM;
    hall.depthM = 34.0;
    hall.ceilingHeightM = 5.0;
    hall.floorType = FloorType::Slab;
    hall.floorLoadKgPerM2 = 2000.0;
    hall.ashraeClass = AshraeClass::A2;
    hall.coolingRedundancy = Redundancy::NPlus1;
    hall.minAisleWidthM = 1.2;
    hall.returnPlenumM = 1.4;  // false ceiling at 3.6 m: the hot aisles' chimneys return through it
    const Id hallId = b.add(hall);

    // Power chain, 2N: sides A and B are complete, independent paths.
    const std::array<double, 4> transformerEff { 0.985, 0.990, 0.991, 0.990 };
    const std::array<double, 4> upsEff { 0.955, 0.970, 0.975, 0.972 };
    std::array<std::vector<Id>, 2> upsBySide;
    std::array<Id, 2> mechSwitchboard {};
    for (int s = 0; s < 2; ++s) {
        const FeedSide side = s == 0 ? FeedSide::A : FeedSide::B;
        const QString letter = s == 0 ? QStringLiteral("A") : QStringLiteral("B");
        const Id utility = b.powerNode(
            QStringLiteral("Utility 20 kV %1").arg(letter), PowerNodeKind::UtilityFeed, side, 25000, 25000);
        for (int i = 1; i <= 10; ++i) {
            const QString n = QStringLiteral("%1%2").arg(letter).arg(i, 2, 10, QLatin1Char('0'));
            const Id tx = b.powerNode(
                QStringLiteral("TX-%1").arg(n), PowerNodeKind::Transformer, side, 3150, 3150, transformerEff);
            const Id gen = b.powerNode(QStringLiteral("GEN-%1").arg(n), PowerNodeKind::Generator, side, 2400, 3000);
            const Id msb = b.powerNode(QStringLiteral("MSB-%1").arg(n), PowerNodeKind::Switchboard, side, 3200, 3200);
            const Id ups = b.powerNode(QStringLiteral("UPS-%1").arg(n), PowerNodeKind::Ups, side, 2500, 2500, upsEff,
                QStringLiteral("IT 2N"), Redundancy::TwoN);
            b.link(utility, tx);
            b.link(tx, msb);
            b.link(gen, msb);
            b.link(msb, ups);
            upsBySide[s].push_back(ups);
        }
        const Id mechTx = b.powerNode(
            QStringLiteral("TX-MECH-%1").arg(letter), PowerNodeKind::Transformer, side, 2500, 2500, transformerEff);
        const Id mechGen
            = b.powerNode(QStringLiteral("GEN-MECH-%1").arg(letter), PowerNodeKind::Generator, side, 2000, 2500);
        mechSwitchboard[s] = b.powerNode(QStringLiteral("MSB-MECH-%1").arg(letter), PowerNodeKind::Switchboard, side,
            2500, 2500, { 1, 1, 1, 1 }, QStringLiteral("Mechanical 2N"), Redundancy::TwoN);
        b.link(utility, mechTx);
        b.link(mechTx, mechSwitchboard[s]);
        b.link(mechGen, mechSwitchboard[s]);
    }

    // Racks, filled in order: DGX B200, RTX PRO, InfiniBand, Ethernet, storage, management, reserve.
    int rackIndex = 0;
    for (int block = 0; block < kBlocks; ++block) {
        const double x0 = kGalleryM + block * (rowLengthM + kCentralAisleM);
        for (int r = 0; r < kRowsPerBlock; ++r) {
            const int pair = r / 2;
            const bool north = r % 2 == 0;  // first row of a pair faces north, second faces south
            const double pairY = kNorthMarginM + pair * (kColdAisleM + 2 * kRackDepthM + kHotAisleM);
            const double yCentre = pairY + kColdAisleM + kRackDepthM / 2 + (north ? 0.0 : kRackDepthM + kHotAisleM);
            const int rowNumber = block * kRowsPerBlock + r;
            Row row;
            row.hallId = hallId;
            row.name = QStringLiteral("%1%2")
                           .arg(block == 0 ? QStringLiteral("W") : QStringLiteral("E"))
                           .arg(r + 1, 2, 10, QLatin1Char('0'));
            row.containment = Containment::HotAisle;
            const Id rowId = b.add(row);
            const int blockIndex = rowNumber / 2;  // two rows per UPS block
            const Id buswayA
                = b.powerNode(QStringLiteral("BW-%1-A").arg(row.name), PowerNodeKind::Busway, FeedSide::A, 1100, 1108);
            const Id buswayB
                = b.powerNode(QStringLiteral("BW-%1-B").arg(row.name), PowerNodeKind::Busway, FeedSide::B, 1100, 1108);
            b.link(upsBySide[0][blockIndex], buswayA);
            b.link(upsBySide[1][blockIndex], buswayB);

            for (int k = 0; k < kRacksPerRow; ++k, ++rackIndex) {
                Rack rack;
                rack.hallId = hallId;
                rack.rowId = rowId;
                rack.name = QStringLiteral("%1-%2").arg(row.name).arg(k + 1, 2, 10, QLatin1Char('0'));
                rack.xM = x0 + (k + 0.5) * kRackWidthM;
                rack.yM = yCentre;
                rack.facing = north ? Facing::North : Facing::South;
                rack.heightU = 48;
                rack.maxPowerKw = 60.0;
                rack.staticLoadKg = 1500.0;
                rack.emptyWeightKg = 160.0;
                rack.cooling = RackCooling::Air;
                rack.feedA = buswayA;
                rack.feedB = buswayB;
                rack.zone = block == 0 ? QCoreApplication::translate("rw::DemoPlan", "West")
                                       : QCoreApplication::translate("rw::DemoPlan", "East");
                const Id rackId = b.add(rack);

                int i = rackIndex;
                if (i < kDgxRacks) {
                    for (int n = 0; n < 4; ++n)
                        b.mount(rackId, "nvidia-dgx-b200", 2 + n * 10);
                    b.mount(rackId, "nvidia-sn2201", 44);
                    continue;
                }
                i -= kDgxRacks;
                if (i < kRtxRacks) {
                    for (int n = 0; n < 5; ++n)
                        b.mount(rackId, "dell-poweredge-xe7740-rtx-pro-6000", 2 + n * 4);
                    b.mount(rackId, "nvidia-sn2201", 44);
                    continue;
                }
                i -= kRtxRacks;
                if (i < kInfinibandRacks) {
                    for (int n = 0; n < 15; ++n)
                        b.mount(rackId, "nvidia-quantum2-qm9700", 4 + n * 2);
                    continue;
                }
                i -= kInfinibandRacks;
                if (i < kEthernetRacks) {
                    for (int n = 0; n < 4; ++n)
                        b.mount(rackId, "nvidia-spectrum4-sn5600", 4 + n * 3);
                    b.mount(rackId, "nvidia-sn2201", 44);
                    continue;
                }
                i -= kEthernetRacks;
                if (i < kStorageRacks) {
                    for (int n = 0; n < 8; ++n)
                        b.mount(rackId, "generic-2u-nvme-storage", 2 + n * 2);
                    b.mount(rackId, "nvidia-sn2201", 44);
                    continue;
                }
                i -= kStorageRacks;
                if (i < kManagementRacks) {
                    for (int n = 0; n < 16; ++n)
                        b.mount(rackId, "generic-1u-head-node", 2 + n);
                    b.mount(rackId, "nvidia-ufm-enterprise-appliance-ndr", 20);
                    b.mount(rackId, "nvidia-sn2201", 44);
                }
                // The remaining positions are reserved: empty racks with their feeds.
            }
        }
    }

    // Cooling: fan walls along the west (block W) and east (block E) walls, supply air facing the hall.
    for (int s = 0; s < 2; ++s) {
        for (int i = 0; i < 16; ++i) {
            CoolingUnit unit;
            unit.hallId = hallId;
            unit.name = QStringLiteral("FW-%1%2")
                            .arg(s == 0 ? QStringLiteral("W") : QStringLiteral("E"))
                            .arg(i + 1, 2, 10, QLatin1Char('0'));
            unit.kind = CoolingKind::FanWall;
            // One 2 m bay of the wall each (width runs along the wall), 0.9 m deep.
            unit.widthM = 2.0;
            unit.depthM = 0.9;
            unit.xM = s == 0 ? 0.6 : hall.widthM - 0.6;
            unit.yM = 1.0 + i * 2.0 + 1.0;
            unit.facing = s == 0 ? Facing::East : Facing::West;
            unit.capacityKw = 600.0;
            unit.supplyTempC = 22.0;
            unit.returnTempC = 35.0;
            // 600 kW at a 13 K rise: 1.24 x the racks' airflow (their air warms by ~16 K), the
            // margin that keeps hot air from being drawn back into the cold side.
            unit.airflowM3PerH
                = 600000.0 / (engine::air::kDensityKgPerM3 * engine::air::kHeatCapacityJPerKgK * 13.0) * 3600.0;
            unit.facilityWaterSupplyC = 20.0;
            unit.powerDrawKw = 15.0;
            unit.standby = i == 15;
            unit.feedId = mechSwitchboard[i % 2];
            unit.zone = s == 0 ? QCoreApplication::translate("rw::DemoPlan", "West")
                               : QCoreApplication::translate("rw::DemoPlan", "East");
            b.add(unit);
        }
    }
    for (int i = 0; i < 4; ++i) {
        CoolingUnit hx;
        hx.name = QStringLiteral("HX-Eisbach-%1").arg(i + 1);
        hx.kind = CoolingKind::WaterHeatExchanger;
        hx.capacityKw = 6000.0;
        hx.supplyTempC = 20.0;  // facility water to the fan walls
        hx.returnTempC = 30.0;
        hx.facilityWaterSupplyC = 14.0;  // river water, design
        hx.powerDrawKw = 60.0;
        hx.cop = 100.0;
        hx.standby = i == 3;
        hx.feedId = mechSwitchboard[i % 2];
        b.add(hx);
    }
    for (int i = 0; i < 2; ++i) {
        CoolingUnit chiller;
        chiller.name = QStringLiteral("CH-%1").arg(i + 1);
        chiller.kind = CoolingKind::Chiller;
        chiller.capacityKw = 3000.0;
        chiller.supplyTempC = 20.0;
        chiller.returnTempC = 30.0;
        chiller.facilityWaterSupplyC = 20.0;
        chiller.powerDrawKw = 550.0;
        chiller.cop = 5.5;
        chiller.feedId = mechSwitchboard[i];
        b.add(chiller);
    }

    Scenario rampUp;
    rampUp.name = QCoreApplication::translate("rw::DemoPlan", "Ramp-up to full load in nine months");
    rampUp.startDate = QDate(2026, 2, 1);
    rampUp.horizonYears = 5;
    rampUp.description = QCoreApplication::translate(
        "rw::DemoPlan", "About 2,000 GPUs live in month 1 and all 10,000 by month 9; mostly training.");
    const Id rampId = b.add(rampUp);
    const struct {
        const char *name;
        int month;
        double installed;
        double training;
        double inference;
    } phases[] = { { QT_TRANSLATE_NOOP("rw::DemoPlan", "Launch"), 1, 0.2, 0.6, 0.3 },
        { QT_TRANSLATE_NOOP("rw::DemoPlan", "Pods 1-2"), 3, 0.4, 0.6, 0.3 },
        { QT_TRANSLATE_NOOP("rw::DemoPlan", "Pod 3"), 6, 0.7, 0.65, 0.25 },
        { QT_TRANSLATE_NOOP("rw::DemoPlan", "Full hall"), 9, 1.0, 0.65, 0.3 } };
    for (const auto &p : phases) {
        Phase phase;
        phase.scenarioId = rampId;
        phase.name = QCoreApplication::translate("rw::DemoPlan", p.name);
        phase.startMonth = p.month;
        phase.installedShare = p.installed;
        phase.trainingShare = p.training;
        phase.inferenceShare = p.inference;
        b.add(phase);
    }

    target.assign(plan);
}

}  // namespace rw
