// SPDX-License-Identifier: GPL-3.0-or-later
// The gigafactory demo's sizes and power chain: grid connection, 110/20 kV substation, 20 kV switchgear A and B,
// and per hall and side the medium-voltage board, one transformer, low-voltage board, UPS and busway per row, and
// the mechanical plant's transformer, board and CDU UPS.
#include "gigafactoryparts.h"

#include "analysis/liquiddefaults.h"
#include "plan/coolingfacts.h"

#include <algorithm>
#include <cmath>

namespace rw::gigafactory {
namespace {

double roundUp(double value, double step)
{
    return std::ceil(value / step - 1e-9) * step;
}

/// What a device draws from the PSUs of one feed: they alternate between feeds A and B (analysis/rackloads.h),
/// so one feed has half of them.
double oneFeedKw(const DeviceType &type)
{
    if (type.psuCount <= 0 || type.psuRatingW <= 0)
        return type.maxPowerW / 1000.0;
    return std::min(type.maxPowerW, type.psuCount / 2 * type.psuRatingW) / 1000.0;
}

/// The smallest standard distribution transformer (IEC 60076 series) for this load.
double standardTransformerKva(double kva)
{
    for (double size : { 630.0, 800.0, 1000.0, 1250.0, 1600.0, 2000.0, 2500.0, 3150.0, 4000.0 }) {
        if (size >= kva)
            return size;
    }
    return roundUp(kva, 500.0);
}

const DeviceType &type(const Plan &plan, const char *key)
{
    const DeviceType *found = plan.find<DeviceType>(QString::fromLatin1(key));
    Q_ASSERT_X(found, "gigafactory::sizeHall", key);
    return *found;
}

}  // namespace

HallSizing sizeHall(const Plan &plan)
{
    const DeviceType &compute = type(plan, kComputeType);
    const DeviceType &leaf = type(plan, kLeafType);
    const DeviceType &management = type(plan, kManagementType);
    const int rows = rowsPerHall();
    HallSizing s;
    s.computeRackKw = compute.maxPowerW / 1000.0;
    s.computeRackLiquidKw = s.computeRackKw * compute.liquidHeatShare;
    s.computeRackOneSideKw = oneFeedKw(compute);
    s.networkRackKw = kLeafSwitchesPerNetworkRack * leaf.maxPowerW / 1000.0 + management.maxPowerW / 1000.0;
    const double networkOneSideKw = kLeafSwitchesPerNetworkRack * oneFeedKw(leaf) + oneFeedKw(management);
    s.rowKw = kComputeRacksPerRow * s.computeRackKw + kNetworkRacksPerRow * s.networkRackKw;
    s.rowOneSideKw = kComputeRacksPerRow * s.computeRackOneSideKw + kNetworkRacksPerRow * networkOneSideKw;
    s.rowLiquidKw = kComputeRacksPerRow * s.computeRackLiquidKw;
    s.liquidKw = rows * s.rowLiquidKw;
    s.itKw = rows * s.rowKw;
    s.airKw = s.itKw - s.liquidKw;

    // Air: N+1 fan walls, half on each side wall; two chillers, each for all of it (N+1).
    const int fanWalls = int(std::ceil(s.airKw / kFanWallCapacityKw - 1e-9)) + 1;
    s.fanWallsPerWall = (fanWalls + 1) / 2;
    s.chillerKw = roundUp(s.airKw + 2 * s.fanWallsPerWall * kFanWallPowerKw, 100.0);
    // Liquid: the reuse exchanger takes the energy reuse factor's share of the hall's energy at the design PUE,
    // each of two dry-cooler banks the rest, so that any one stage may fail.
    s.reuseKw = roundUp(kErfTarget * kDesignPue * s.itKw, 100.0);
    s.dryCoolerBankKw = roundUp(s.liquidKw - s.reuseKw, 1000.0);
    s.rackMinFlowLPerMin = std::ceil(s.computeRackLiquidKw * LiquidDefaults::kFlowLPerMinPerKw);
    s.tcsDesignFlowLPerMin = kComputeRacksPerRow * s.rackMinFlowLPerMin;
    s.fwsDesignFlowLPerMin = roundUp(
        s.liquidKw * 1e3 / (cooling::kWaterDensityKgPerM3 * cooling::kWaterHeatCapacityJPerKgK * kFwsDeltaTK) * 60000.0,
        10.0);

    // Power, 2N: each side of a row carries what the racks draw from one feed when the other is lost.
    s.busKw = roundUp(s.rowOneSideKw, 100.0);
    s.upsKw = roundUp(s.rowOneSideKw, kUpsModuleKw);
    s.rowTransformerKva = standardTransformerKva(s.upsKw / kUpsEfficiency[3]);
    // Mechanical plant of one side: half the CDUs (two duty pumps each) on the CDU UPS, one wall of fan walls,
    // one chiller, one dry-cooler bank; side A also the reuse exchanger's pumps.
    s.cduSideKw = rows / 2 * 2 * kCduPumpPowerKw;
    s.mechanicalSideKw = s.cduSideKw / kUpsEfficiency[3] + s.fanWallsPerWall * kFanWallPowerKw
        + s.chillerKw / kChillerCop + s.dryCoolerBankKw * kDryCoolerFanShare + kReuseExchangerPumpKw;
    s.mechanicalTransformerKva = standardTransformerKva(s.mechanicalSideKw / kTransformerEfficiency[3]);
    s.hallSideKw = (rows * s.rowOneSideKw / kUpsEfficiency[3] + s.mechanicalSideKw) / kTransformerEfficiency[3];
    s.siteSideKw = kHalls * s.hallSideKw / kHvTransformerEfficiency[3];
    s.hvTransformerKva = roundUp(s.siteSideKw / (kHvTransformersPerSide - 1), 5000.0);
    return s;
}

Id Builder::powerNode(const QString &name, PowerNodeKind kind, FeedSide side, double kw,
    const std::array<double, 4> &efficiency, const QString &group, Redundancy redundancy)
{
    PowerNode node;
    node.name = name;
    node.kind = kind;
    node.side = side;
    node.ratingKw = kw;
    node.ratingKva = kw;
    node.efficiency25 = efficiency[0];
    node.efficiency50 = efficiency[1];
    node.efficiency75 = efficiency[2];
    node.efficiency100 = efficiency[3];
    node.redundancyGroup = group;
    node.groupRedundancy = redundancy;
    return add(node);
}

void Builder::link(Id from, Id to)
{
    PowerLink l;
    l.fromId = from;
    l.toId = to;
    add(l);
}

QString rowName(int row)
{
    return QStringLiteral("%1%2")
        .arg(row < kRowsPerBlock ? QLatin1Char('W') : QLatin1Char('E'))
        .arg(row % kRowsPerBlock + 1, 2, 10, QLatin1Char('0'));
}

std::array<Id, 2> buildSitePower(Builder &b, const HallSizing &size)
{
    // Both circuits reach every 110/20 kV transformer: either carries the whole site.
    std::array<Id, 2> circuits {};
    for (int c = 0; c < 2; ++c)
        circuits[c] = b.powerNode(QStringLiteral("Grid %1 kV circuit %2").arg(kGridKv).arg(c + 1),
            PowerNodeKind::UtilityFeed, FeedSide::None, kContractedKw);
    // One side carries every hall when the other is lost, with one of its transformers out (N+1).
    std::array<Id, 2> mediumVoltage {};
    for (int s = 0; s < 2; ++s) {
        const FeedSide side = s == 0 ? FeedSide::A : FeedSide::B;
        const QChar letter = s == 0 ? QLatin1Char('A') : QLatin1Char('B');
        mediumVoltage[s] = b.powerNode(QStringLiteral("MV-20kV-%1").arg(letter), PowerNodeKind::Switchboard, side,
            roundUp(size.siteSideKw, 5000.0));
        for (int t = 1; t <= kHvTransformersPerSide; ++t) {
            const Id transformer = b.powerNode(QStringLiteral("TX-110kV-%1%2").arg(letter).arg(t),
                PowerNodeKind::Transformer, side, size.hvTransformerKva, kHvTransformerEfficiency,
                QStringLiteral("110/20 kV %1").arg(letter), Redundancy::NPlus1);
            for (Id circuit : circuits)
                b.link(circuit, transformer);
            b.link(transformer, mediumVoltage[s]);
        }
    }
    return mediumVoltage;
}

HallPower buildHallPower(
    Builder &b, const HallSizing &size, const std::array<Id, 2> &mediumVoltage, const QString &hall)
{
    HallPower power;
    for (int s = 0; s < 2; ++s) {
        const FeedSide side = s == 0 ? FeedSide::A : FeedSide::B;
        const QChar letter = s == 0 ? QLatin1Char('A') : QLatin1Char('B');
        const Id board = b.powerNode(QStringLiteral("%1-MV-%2").arg(hall).arg(letter), PowerNodeKind::Switchboard, side,
            roundUp(size.hallSideKw, 1000.0));
        b.link(mediumVoltage[s], board);
        for (int row = 0; row < rowsPerHall(); ++row) {
            const QString name = QStringLiteral("%1-%2-%3").arg(hall, rowName(row)).arg(letter);
            const Id transformer = b.powerNode(QStringLiteral("TX-%1").arg(name), PowerNodeKind::Transformer, side,
                size.rowTransformerKva, kTransformerEfficiency);
            const Id lowVoltage = b.powerNode(
                QStringLiteral("LV-%1").arg(name), PowerNodeKind::Switchboard, side, size.rowTransformerKva);
            const Id ups = b.powerNode(QStringLiteral("UPS-%1").arg(name), PowerNodeKind::Ups, side, size.upsKw,
                kUpsEfficiency, QStringLiteral("%1 IT 2N").arg(hall), Redundancy::TwoN);
            const Id busway = b.powerNode(QStringLiteral("BW-%1").arg(name), PowerNodeKind::Busway, side, size.busKw);
            b.link(board, transformer);
            b.link(transformer, lowVoltage);
            b.link(lowVoltage, ups);
            b.link(ups, busway);
            power.busways[s].push_back(busway);
        }
        const Id mechTransformer = b.powerNode(QStringLiteral("TX-%1-MECH-%2").arg(hall).arg(letter),
            PowerNodeKind::Transformer, side, size.mechanicalTransformerKva, kTransformerEfficiency);
        power.mechanical[s] = b.powerNode(QStringLiteral("MSB-%1-MECH-%2").arg(hall).arg(letter),
            PowerNodeKind::Switchboard, side, roundUp(size.mechanicalSideKw, 100.0));
        power.cduUps[s] = b.powerNode(QStringLiteral("UPS-%1-CDU-%2").arg(hall).arg(letter), PowerNodeKind::Ups, side,
            roundUp(size.cduSideKw, kUpsModuleKw), kUpsEfficiency);
        b.link(board, mechTransformer);
        b.link(mechTransformer, power.mechanical[s]);
        b.link(power.mechanical[s], power.cduUps[s]);
    }
    return power;
}

}  // namespace rw::gigafactory
