// SPDX-License-Identifier: GPL-3.0-or-later
#include "plangenerator.h"

#include "catalogue/catalogue.h"
#include "commands/planbatch.h"
#include "commands/planeditor.h"
#include "plan/drawingdefaults.h"

#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace rwtest {

using namespace rw;

namespace {

/// A node of the catalogue's DGX B200 that puts 60 % of its heat into liquid (a hybrid server), so that
/// plans have liquid shares between 0 and the NVL72's 85 %.
DeviceType hybridServer()
{
    DeviceType type = *Catalogue::findBuiltIn(QStringLiteral("nvidia-dgx-b200"));
    type.key = QStringLiteral("generated-hybrid-b200");
    type.model = QStringLiteral("B200 hybrid (generated)");
    type.liquidHeatShare = 0.6;
    type.source = QStringLiteral("user");
    return type;
}

const QStringList kAirServers { QStringLiteral("nvidia-dgx-b200"), QStringLiteral("nvidia-dgx-h100"),
    QStringLiteral("dell-poweredge-xe9780-hgx-b200"), QStringLiteral("dell-poweredge-xe7740-rtx-pro-6000") };
const QStringList kSmallDevices { QStringLiteral("nvidia-quantum2-qm9700"), QStringLiteral("nvidia-spectrum4-sn5600"),
    QStringLiteral("nvidia-sn2201"), QStringLiteral("generic-1u-head-node"), QStringLiteral("generic-2u-nvme-storage"),
    QStringLiteral("generic-1u-blanking-panel") };

}  // namespace

QString GeneratedPlan::describe() const
{
    static const char *const chains[] = { "none", "partial", "full A", "full A/B" };
    return QStringLiteral("seed %1 (power chain: %2%3%4)")
        .arg(seed)
        .arg(QLatin1String(chains[int(chain)]))
        .arg(hallShrunk ? QStringLiteral(", hall shrunk") : QString())
        .arg(refusals.isEmpty() ? QString() : QStringLiteral(", refused: ") + refusals.join(QStringLiteral(" | ")));
}

PlanGenerator::PlanGenerator(std::uint64_t seed, PlanGeneratorOptions options)
    : mSeed(seed), mOptions(options), mRandom(seed)
{
}

double PlanGenerator::uniform(double low, double high)
{
    // Own mapping from the engine's bits, so that a seed gives the same plan with every standard library.
    const double unit = double(mRandom() >> 11) * (1.0 / 9007199254740992.0);
    return low + (high - low) * unit;
}

int PlanGenerator::between(int low, int high)
{
    return low + int(mRandom() % std::uint64_t(high - low + 1));
}

bool PlanGenerator::chance(double p)
{
    return uniform(0.0, 1.0) < p;
}

GeneratedPlan PlanGenerator::generate(Plan &plan)
{
    GeneratedPlan out;
    out.seed = mSeed;
    plan.clear();
    QUndoStack stack;
    PlanEditor editor(plan, stack);
    auto note = [&out](const EditResult &result) {
        if (!result.ok)
            out.refusals << result.error;
        return result.ok;
    };
    const bool small = mOptions.thermalSized;

    // Declarations: each one entered by a person, or left empty.
    Site site;
    site.name = QStringLiteral("Generated %1").arg(mSeed);
    if (chance(0.5))
        site.startOfOperation = QDate(between(2024, 2032), between(1, 12), 1);
    if (chance(0.5))
        site.declaredAvailabilityClass = between(1, 4);
    if (chance(0.5))
        site.renewableShare = std::round(uniform(0.0, 1.0) * 100.0) / 100.0;
    if (chance(0.5))
        site.pueTarget = std::round(uniform(1.05, 1.6) * 100.0) / 100.0;
    if (chance(0.5))
        site.plannedHeatReuseShare = std::round(uniform(0.0, 0.4) * 100.0) / 100.0;
    if (chance(0.5))
        site.wueLitrePerKWh = std::round(uniform(0.0, 2.0) * 100.0) / 100.0;
    note(editor.setSite(site));

    std::vector<DeviceType> types = Catalogue::builtIn();
    types.push_back(hybridServer());
    note(editor.importDeviceTypes(types));

    Hall hall;
    hall.name = QStringLiteral("Hall 1");
    hall.widthM = small ? std::round(uniform(7.0, 12.0)) : std::round(uniform(8.0, 60.0));
    hall.depthM = small ? std::round(uniform(6.0, 9.0)) : std::round(uniform(8.0, 40.0));
    hall.ceilingHeightM = small ? 3.0 : std::round(uniform(3.0, 6.0) * 10.0) / 10.0;
    hall.coolingRedundancy = pick(std::vector<Redundancy> {
        Redundancy::N, Redundancy::NPlus1, Redundancy::NPlus2, Redundancy::TwoN, Redundancy::DistributedRedundant });
    hall.returnPlenumM = chance(0.3) ? 0.6 : 0.0;
    hall.ashraeClass = pick(std::vector<AshraeClass> { AshraeClass::A1, AshraeClass::A2, AshraeClass::A3 });
    if (!note(editor.add(hall)))
        return out;
    hall.id = plan.all<Hall>().begin()->first;

    // Rows along x from the west wall, 1.5 m from the walls; the south band is kept for fan walls and
    // the north band for CRAHs.
    const std::vector<RackTemplate> templates = DrawingDefaults::rackTemplates();
    const double margin = small ? 1.2 : 1.5;
    const double rowStartX = margin;
    double y = margin + 0.9 + 0.6;
    const int maxRows = small ? 2 : 8;
    std::vector<Id> rowIds;
    std::vector<std::vector<Id>> racksOfRow;
    for (int r = 0; r < maxRows; ++r) {
        if (y + 0.6 > hall.depthM - margin - 0.9)
            break;
        if (r > 0 && chance(0.15))
            break;
        const RackTemplate &tmpl = chance(0.15) ? templates[2] : chance(0.1) ? templates[3] : pick(templates);
        const double pitch = tmpl.prototype.widthMm / 1000.0;
        const int fit = int(std::floor((hall.widthM - 2 * margin - 1.0) / pitch));
        if (fit < 1)
            break;
        const int count = between(1, std::min(fit, small ? 6 : 30));
        const Facing facing = chance(0.5) ? Facing::North : Facing::South;
        PlanBatch batch(editor, QStringLiteral("Draw row"));
        Row row;
        row.hallId = hall.id;
        row.name = DrawingDefaults::nextRowName(plan, hall.id);
        row.containment
            = pick(std::vector<Containment> { Containment::None, Containment::HotAisle, Containment::ColdAisle });
        batch.add(row);
        std::vector<Id> rackIds;
        int n = 0;
        for (Rack rack : DrawingDefaults::racksAlong(
                 QPointF(rowStartX, y), QPointF(rowStartX + count * pitch, y), tmpl.prototype, facing)) {
            rack.hallId = hall.id;
            rack.rowId = row.id;
            rack.name = QStringLiteral("R%1-%2").arg(r + 1).arg(++n, 2, 10, QLatin1Char('0'));
            batch.add(rack);
            rackIds.push_back(rack.id);
        }
        if (!note(batch.commit()))
            continue;
        rowIds.push_back(row.id);
        racksOfRow.push_back(rackIds);
        // Aisles mostly at least the hall's minimum; sometimes rows back to back, sometimes too narrow.
        // Thermal-sized plans keep aisles of whole coarse cells or more, so that the engine sees them.
        const double aisle = small ? uniform(1.2, 2.4) : chance(0.1) ? 0.0 : chance(0.1) ? 0.8 : uniform(1.2, 2.4);
        y += 1.2 + aisle;
    }

    // Devices, bottom up, until the rack's chosen fill.
    double totalKw = 0.0;
    std::map<Id, double> rowKw;
    for (std::size_t r = 0; r < racksOfRow.size(); ++r) {
        for (Id rackId : racksOfRow[r]) {
            const Rack &rack = *plan.find<Rack>(rackId);
            const double fill = chance(0.1) ? 0.0 : uniform(0.2, 1.0);
            int position = 1;
            while (position <= rack.heightU) {
                QString key;
                if (rack.cooling == RackCooling::Liquid && position == 1 && rack.heightU >= 48 && chance(0.7))
                    key = QStringLiteral("nvidia-gb200-nvl72");
                else if (rack.cooling == RackCooling::Hybrid && chance(0.6))
                    key = QStringLiteral("generated-hybrid-b200");
                else
                    key = chance(0.7) ? pick(std::vector<QString>(kAirServers.begin(), kAirServers.end()))
                                      : pick(std::vector<QString>(kSmallDevices.begin(), kSmallDevices.end()));
                const DeviceType *type = plan.find<DeviceType>(key);
                if (position + type->heightU - 1 > rack.heightU * fill)
                    break;
                if (note(editor.mountDevice(rackId, key, position))) {
                    totalKw += type->maxPowerW / 1000.0;
                    rowKw[rowIds[r]] += type->maxPowerW / 1000.0;
                }
                position += type->heightU;
            }
        }
    }

    // Cooling units: room-air units along the walls, in-row coolers and CDUs at the row ends, heat
    // rejection on the site. Sometimes a rating and an airflow that disagree.
    std::vector<Id> coolerIds;
    auto addUnit = [&](CoolingUnit unit) {
        unit.name = DrawingDefaults::nextName<CoolingUnit>(plan, QStringLiteral("CU"));
        if (chance(0.1))
            unit.capacityKw = std::round(unit.capacityKw * uniform(1.1, 1.6));  // airflow no longer carries it
        else if (chance(0.05))
            unit.airflowM3PerH = std::round(unit.airflowM3PerH * uniform(1.2, 1.6));  // coil asked for more
        unit.standby = chance(0.1) && !(small && coolerIds.empty());
        const EditResult result = editor.add(unit);
        if (note(result))
            coolerIds.push_back(result.id);
    };
    const bool noCooling = !small && chance(0.06);  // a hall drawn before its cooling
    // A thermal run needs at least one running room-air unit; other plans may have none.
    const int airUnits = small ? between(1, 3) : noCooling || chance(0.08) ? 0 : between(1, 8);
    const CoolingKind wallKind = chance(0.5) ? CoolingKind::FanWall : CoolingKind::Crah;
    double wallX = 0.5;
    for (int u = 0; u < airUnits; ++u) {
        CoolingUnit unit = DrawingDefaults::coolingUnit(wallKind);
        if (small) {
            unit.capacityKw = std::round(unit.capacityKw / 4.0);  // a small hall's share of a unit
            unit.airflowM3PerH = std::round(unit.airflowM3PerH / 4.0);
        }
        unit.hallId = hall.id;
        if (wallX + unit.widthM > hall.widthM - 0.2)
            break;
        unit.xM = wallX + unit.widthM / 2;
        wallX += unit.widthM + 0.5;
        // Fan walls along the south wall blowing north, CRAHs along the north wall blowing south.
        unit.facing = wallKind == CoolingKind::FanWall ? Facing::North : Facing::South;
        unit.yM = wallKind == CoolingKind::FanWall ? hall.depthM - unit.depthM / 2 : unit.depthM / 2;
        addUnit(unit);
    }
    for (std::size_t r = 0; r < racksOfRow.size(); ++r) {
        const Rack &last = *plan.find<Rack>(racksOfRow[r].back());
        double x = last.xM + last.widthMm / 2000.0;
        if (!small && !noCooling && chance(0.3)) {
            CoolingUnit inRow = DrawingDefaults::coolingUnit(CoolingKind::InRow);
            inRow.hallId = hall.id;
            inRow.facing = last.facing;
            inRow.xM = x + inRow.widthM / 2;
            inRow.yM = last.yM;
            x += inRow.widthM;
            addUnit(inRow);
        }
        const bool liquid = std::any_of(racksOfRow[r].begin(), racksOfRow[r].end(),
            [&](Id id) { return plan.find<Rack>(id)->cooling != RackCooling::Air; });
        if (!small && !noCooling && liquid && chance(0.7)) {
            CoolingUnit cdu = DrawingDefaults::coolingUnit(CoolingKind::Cdu);
            cdu.hallId = hall.id;
            cdu.facing = last.facing;
            cdu.xM = x + 0.3 + cdu.widthM / 2;
            cdu.yM = last.yM;
            addUnit(cdu);
        }
    }
    if (!small && !noCooling && chance(0.5)) {
        const CoolingKind kind = pick(
            std::vector<CoolingKind> { CoolingKind::Chiller, CoolingKind::DryCooler, CoolingKind::WaterHeatExchanger });
        for (int u = between(1, 3); u > 0; --u) {
            CoolingUnit plant = DrawingDefaults::coolingUnit(kind);
            plant.hallId = kNoId;  // site-level heat rejection
            plant.facilityWaterSupplyC = std::round(uniform(14.0, 40.0));
            addUnit(plant);
        }
    }

    // The power chain: none, part of it, or a full chain with one or two sides.
    out.chain = pick(std::vector<GeneratedPlan::PowerChain> { GeneratedPlan::PowerChain::None,
        GeneratedPlan::PowerChain::Partial, GeneratedPlan::PowerChain::FullA, GeneratedPlan::PowerChain::FullAB });
    if (out.chain != GeneratedPlan::PowerChain::None) {
        const bool twoSides = out.chain == GeneratedPlan::PowerChain::FullAB
            || (out.chain == GeneratedPlan::PowerChain::Partial && chance(0.5));
        const double sizing = chance(0.2) ? uniform(0.4, 0.9) : uniform(1.05, 2.0);  // sometimes too small
        std::vector<FeedSide> sides { FeedSide::A };
        if (twoSides)
            sides.push_back(FeedSide::B);
        Id mechanicalUps = kNoId;
        for (FeedSide side : sides) {
            const QString suffix = side == FeedSide::A ? QStringLiteral("A") : QStringLiteral("B");
            auto addNode = [&](PowerNodeKind kind, const QString &name, double ratingKw) {
                PowerNode node = DrawingDefaults::powerNode(kind);
                node.name = name + QLatin1Char(' ') + suffix;
                node.side = twoSides ? side : FeedSide::None;
                node.ratingKw = std::max(10.0, std::round(ratingKw));
                node.ratingKva = node.ratingKw / node.powerFactor;
                return editor.add(node).id;
            };
            const Id utility
                = addNode(PowerNodeKind::UtilityFeed, QStringLiteral("Utility"), totalKw * 1.5 * sizing + 500);
            const Id ups = addNode(PowerNodeKind::Ups, QStringLiteral("UPS"), totalKw * sizing + 200);
            if (utility == kNoId || ups == kNoId)
                continue;
            // A partial chain sometimes forgets the supply above the UPS.
            if (out.chain != GeneratedPlan::PowerChain::Partial || chance(0.7))
                note(editor.connectPower(utility, ups));
            if (mechanicalUps == kNoId)
                mechanicalUps = ups;
            for (std::size_t r = 0; r < rowIds.size(); ++r) {
                const Id pdu
                    = addNode(PowerNodeKind::Pdu, QStringLiteral("PDU %1").arg(r + 1), rowKw[rowIds[r]] * sizing + 20);
                if (pdu == kNoId)
                    continue;
                note(editor.connectPower(ups, pdu));
                std::vector<Id> fed;
                for (Id rackId : racksOfRow[r]) {
                    if (out.chain != GeneratedPlan::PowerChain::Partial || chance(0.6))
                        fed.push_back(rackId);
                }
                if (!fed.empty())
                    note(editor.feedRacks(fed, side == FeedSide::A ? FeedSide::A : FeedSide::B, pdu));
            }
        }
        for (Id unitId : coolerIds) {
            if (mechanicalUps != kNoId && (out.chain != GeneratedPlan::PowerChain::Partial || chance(0.5)))
                note(editor.feedCoolingUnit(unitId, mechanicalUps));
        }
    }

    // Shrinking the hall after drawing leaves items outside it (issue 15, item 7).
    if (!small && chance(0.15)) {
        Hall smaller = *plan.find<Hall>(hall.id);
        smaller.widthM = std::round(smaller.widthM * uniform(0.5, 0.95) * 10.0) / 10.0;
        if (chance(0.5))
            smaller.depthM = std::round(smaller.depthM * uniform(0.6, 0.95) * 10.0) / 10.0;
        out.hallShrunk = note(editor.update(smaller));
    }

    // Tender thresholds the reviewer set (each present or not).
    auto threshold = [&](const char *key, double low, double high) {
        if (chance(0.4))
            out.review.thresholds[QLatin1String(key)] = std::round(uniform(low, high) * 100.0) / 100.0;
    };
    threshold("maxPue", 1.1, 1.5);
    threshold("minEnergyReuseShare", 0.05, 0.3);
    threshold("minRenewableShare", 0.3, 1.0);
    if (chance(0.4))
        out.review.thresholds[QStringLiteral("minAvailabilityClass")] = between(1, 4);
    threshold("maxInletTempC", 27, 35);
    threshold("minPowerHeadroomShare", 0.0, 0.3);
    threshold("minCoolingHeadroomShare", 0.0, 0.3);
    return out;
}

}  // namespace rwtest
