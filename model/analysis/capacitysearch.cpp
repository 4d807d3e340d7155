// SPDX-License-Identifier: GPL-3.0-or-later
#include "capacitysearch.h"

#include "contingency.h"
#include "coolingbudget.h"
#include "loopheadroom.h"
#include "plan/rackmetrics.h"

#include <map>

namespace rw {
namespace {

constexpr int kFeetPerRack = 4;  // as in the cooling budget's floor-load check

/// Occupied U of a rack, 1-based; 0U devices take none.
std::vector<bool> occupancy(const Plan &plan, const Rack &rack)
{
    std::vector<bool> used(std::size_t(rack.heightU) + 1, false);
    for (const MountedDevice *device : plan.devicesInRack(rack.id)) {
        const DeviceType *type = plan.find<DeviceType>(device->typeKey);
        for (int u = 0; type && u < type->heightU; ++u) {
            const int at = device->positionU + u;
            if (at >= 1 && at <= rack.heightU)
                used[std::size_t(at)] = true;
        }
    }
    return used;
}

/// Lowest U where `height` free units start, or 0.
int freeSlot(const std::vector<bool> &used, int rackHeight, int height)
{
    for (int start = 1; start + height - 1 <= rackHeight; ++start) {
        bool free = true;
        for (int u = start; u < start + height && free; ++u)
            free = !used[std::size_t(u)];
        if (free)
            return start;
    }
    return 0;
}

/// The lowest point of a node's efficiency curve; 1 for a node without losses (as routePower treats it).
double lowestEfficiency(const PowerNode &node)
{
    double lowest = 1.0;
    for (double e : { node.efficiency25, node.efficiency50, node.efficiency75, node.efficiency100 }) {
        if (e > 0 && e < lowest)
            lowest = e;
    }
    return lowest;
}

/// Every node upstream of the rack's feeds (the feeds included), with the kW at its output that one kW
/// drawn in the rack causes: 1 at the feeds, divided by the lowest efficiency of each node on the way up
/// (the largest product over all paths). Bounded passes, so that a loop in a faulty chain ends.
std::map<std::size_t, double> upstreamOf(const PowerNetwork &network, const Rack &rack)
{
    std::map<std::size_t, double> nodes;
    for (Id feed : { rack.feedA, rack.feedB }) {
        const long f = network.indexOf(feed);
        if (f >= 0)
            nodes.emplace(std::size_t(f), 1.0);
    }
    for (std::size_t pass = 0; pass <= network.size(); ++pass) {
        bool changed = false;
        const std::map<std::size_t, double> before = nodes;
        for (const auto &[at, factor] : before) {
            const double above = factor / lowestEfficiency(network.node(at));
            for (std::size_t parent : network.parents(at)) {
                double &known = nodes[parent];  // 0 for a node not reached yet
                if (known < above) {
                    known = above;
                    changed = true;
                }
            }
        }
        if (!changed)
            break;
    }
    return nodes;
}

}  // namespace

QString CapacitySearch::limitKey(CapacityLimit limit)
{
    switch (limit) {
    case CapacityLimit::Space:
        return QStringLiteral("space");
    case CapacityLimit::RackPower:
        return QStringLiteral("rack-power");
    case CapacityLimit::FrameWeight:
        return QStringLiteral("frame-load");
    case CapacityLimit::FloorLoad:
        return QStringLiteral("floor-load");
    case CapacityLimit::PowerChain:
        return QStringLiteral("power-chain");
    case CapacityLimit::AirCooling:
        return QStringLiteral("air-cooling");
    case CapacityLimit::LiquidCooling:
        return QStringLiteral("liquid-cooling");
    case CapacityLimit::NoLiquidCooling:
        return QStringLiteral("no-liquid-cooling");
    case CapacityLimit::CoolantLoop:
        return QStringLiteral("coolant-loop");
    case CapacityLimit::CoolantFlow:
        return QStringLiteral("coolant-flow");
    case CapacityLimit::NoPowerFeed:
        return QStringLiteral("no-power-feed");
    case CapacityLimit::Requested:
        return QStringLiteral("requested");
    }
    return {};
}

QString CapacitySearch::limitName(CapacityLimit limit)
{
    switch (limit) {
    case CapacityLimit::Space:
        return tr("rack space");
    case CapacityLimit::RackPower:
        return tr("rack power budget");
    case CapacityLimit::FrameWeight:
        return tr("rack frame load");
    case CapacityLimit::FloorLoad:
        return tr("floor load");
    case CapacityLimit::PowerChain:
        return tr("power chain after a failure");
    case CapacityLimit::AirCooling:
        return tr("air cooling with redundancy");
    case CapacityLimit::LiquidCooling:
        return tr("liquid cooling with redundancy");
    case CapacityLimit::NoLiquidCooling:
        return tr("rack without liquid cooling");
    case CapacityLimit::CoolantLoop:
        return tr("coolant loop capacity with redundancy");
    case CapacityLimit::CoolantFlow:
        return tr("rack coolant flow with one pump fewer");
    case CapacityLimit::NoPowerFeed:
        return tr("rack without power feed");
    case CapacityLimit::Requested:
        return tr("number requested reached");
    }
    return {};
}

CapacityResult CapacitySearch::run(const Plan &plan, const QString &typeKey, int maxCount, AnalysisProgress *progress)
{
    CapacityResult result;
    result.typeKey = typeKey;
    const DeviceType *type = plan.find<DeviceType>(typeKey);
    if (!type) {
        result.error = tr("The plan has no device type \"%1\".").arg(typeKey);
        return result;
    }
    const double deviceKw = type->maxPowerW / 1000.0;
    const double liquidKw = deviceKw * type->liquidHeatShare;
    const double airKw = deviceKw - liquidKw;

    PowerAnalysisOptions options;
    options.progress = progress;
    const PowerAnalysis power = PowerAnalyzer::analyze(plan, options);
    if (progress && progress->cancelled()) {
        result.cancelled = true;
        return result;
    }
    const PowerNetwork network(plan);
    std::vector<double> chainHeadroom(network.size(), 0.0);
    for (std::size_t i = 0; i < network.size(); ++i)
        chainHeadroom[i] = power.budgets[i].ratingKw > 0 ? power.budgets[i].headroomKw() : 1e18;

    const CoolingBudget cooling = CoolingBudgeter::compute(plan);
    std::map<Id, double> airHeadroom, liquidHeadroom;
    for (const CoolingArea &hall : cooling.halls) {
        airHeadroom[hall.hallId] = hall.airHeat.redundantKw - hall.airHeat.loadKw;
        liquidHeadroom[hall.hallId] = hall.liquidHeat.redundantKw - hall.liquidHeat.loadKw;
    }
    const auto metrics = computeRackMetrics(plan);
    LoopHeadroom loops = LoopHeadroom::compute(plan);

    for (const auto &[rackId, rack] : plan.all<Rack>()) {
        const Hall *hall = plan.find<Hall>(rack.hallId);
        const auto m = metrics.find(rackId);
        double rackKw = m == metrics.end() ? 0.0 : m->second.maxPowerKw;
        double equipmentKg = m == metrics.end() ? 0.0 : m->second.equipmentWeightKg;
        std::vector<bool> used = occupancy(plan, rack);
        const std::map<std::size_t, double> chain = upstreamOf(network, rack);
        const double areaM2 = rack.widthMm * rack.depthMm / 1e6;
        CapacityPlacement placement;
        placement.rackId = rackId;
        CapacityLimit stop = CapacityLimit::Space;
        for (;;) {
            if (result.fits >= maxCount) {
                stop = CapacityLimit::Requested;
                break;
            }
            const int slot = freeSlot(used, rack.heightU, std::max(type->heightU, 1));
            if (type->heightU > 0 && slot == 0) {
                stop = CapacityLimit::Space;
                break;
            }
            if (chain.empty() && deviceKw > 0) {
                stop = CapacityLimit::NoPowerFeed;
                break;
            }
            const auto onLoop = loops.loopOfRack.find(rackId);
            if (liquidKw > 0
                && (rack.cooling == RackCooling::Air || (loops.hasLoops && onLoop == loops.loopOfRack.end()))) {
                stop = CapacityLimit::NoLiquidCooling;
                break;
            }
            if (rackKw + deviceKw > rack.maxPowerKw + 1e-9) {
                stop = CapacityLimit::RackPower;
                break;
            }
            if (rack.staticLoadKg > 0 && equipmentKg + type->weightKg > rack.staticLoadKg) {
                stop = CapacityLimit::FrameWeight;
                break;
            }
            const double totalKg = equipmentKg + type->weightKg + rack.emptyWeightKg;
            if (hall
                && ((hall->floorLoadKgPerM2 > 0 && totalKg / areaM2 > hall->floorLoadKgPerM2)
                    || (hall->pointLoadKg > 0 && totalKg / kFeetPerRack > hall->pointLoadKg))) {
                stop = CapacityLimit::FloorLoad;
                break;
            }
            bool chainHolds = true;
            for (const auto &[node, factor] : chain)
                chainHolds = chainHolds && chainHeadroom[node] + 1e-9 >= deviceKw * factor;
            if (!chainHolds) {
                stop = CapacityLimit::PowerChain;
                break;
            }
            if (airKw > 0 && airHeadroom[rack.hallId] < airKw) {
                stop = CapacityLimit::AirCooling;
                break;
            }
            if (liquidKw > 0 && liquidHeadroom[rack.hallId] < liquidKw) {
                stop = CapacityLimit::LiquidCooling;
                break;
            }
            const auto facility = liquidKw > 0 && loops.hasLoops ? loops.facilityOfLoop.find(onLoop->second)
                                                                 : loops.facilityOfLoop.end();
            if (liquidKw > 0 && loops.hasLoops
                && (loops.loopKw[onLoop->second] + 1e-9 < liquidKw
                    || (facility != loops.facilityOfLoop.end()
                        && loops.facilityKw[facility->second] + 1e-9 < liquidKw))) {
                stop = CapacityLimit::CoolantLoop;
                break;
            }
            if (liquidKw > 0 && loops.hasLoops && loops.rackFlowKw[rackId] + 1e-9 < liquidKw) {
                stop = CapacityLimit::CoolantFlow;
                break;
            }
            // It fits: take it from every budget.
            placement.positionsU.push_back(type->heightU > 0 ? slot : 1);
            for (int u = slot; type->heightU > 0 && u < slot + type->heightU; ++u)
                used[std::size_t(u)] = true;
            rackKw += deviceKw;
            equipmentKg += type->weightKg;
            for (const auto &[node, factor] : chain)
                chainHeadroom[node] -= deviceKw * factor;
            airHeadroom[rack.hallId] -= airKw;
            liquidHeadroom[rack.hallId] -= liquidKw;
            if (liquidKw > 0 && loops.hasLoops) {
                loops.loopKw[onLoop->second] -= liquidKw;
                if (facility != loops.facilityOfLoop.end())
                    loops.facilityKw[facility->second] -= liquidKw;
                loops.rackFlowKw[rackId] -= liquidKw;
            }
            ++result.fits;
        }
        ++result.racksStoppedBy[stop];
        if (!placement.positionsU.empty())
            result.placements.push_back(placement);
    }
    int most = -1;
    for (const auto &[limit, count] : result.racksStoppedBy) {
        if (count > most) {
            most = count;
            result.mainLimit = limit;
        }
    }
    return result;
}

}  // namespace rw
