#include "capacitysearch.h"

#include "contingency.h"
#include "coolingbudget.h"
#include "plan/rackmetrics.h"

#include <set>

namespace rw {
namespace {

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

std::set<std::size_t> upstreamOf(const PowerNetwork &network, const Rack &rack)
{
    std::set<std::size_t> nodes;
    std::vector<std::size_t> stack;
    for (Id feed : { rack.feedA, rack.feedB }) {
        const long f = network.indexOf(feed);
        if (f >= 0 && nodes.insert(std::size_t(f)).second)
            stack.push_back(std::size_t(f));
    }
    while (!stack.empty()) {
        const std::size_t at = stack.back();
        stack.pop_back();
        for (std::size_t parent : network.parents(at)) {
            if (nodes.insert(parent).second)
                stack.push_back(parent);
        }
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
    case CapacityLimit::NoPowerFeed:
        return tr("rack without power feed");
    case CapacityLimit::Requested:
        return tr("number requested reached");
    }
    return {};
}

CapacityResult CapacitySearch::run(const Plan &plan, const QString &typeKey, int maxCount)
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

    const PowerAnalysis power = PowerAnalyzer::analyze(plan);
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

    for (const auto &[rackId, rack] : plan.all<Rack>()) {
        const Hall *hall = plan.find<Hall>(rack.hallId);
        const auto m = metrics.find(rackId);
        double rackKw = m == metrics.end() ? 0.0 : m->second.maxPowerKw;
        double equipmentKg = m == metrics.end() ? 0.0 : m->second.equipmentWeightKg;
        std::vector<bool> used = occupancy(plan, rack);
        const std::set<std::size_t> chain = upstreamOf(network, rack);
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
            if (liquidKw > 0 && rack.cooling == RackCooling::Air) {
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
            if (hall && hall->floorLoadKgPerM2 > 0
                && (equipmentKg + type->weightKg + rack.emptyWeightKg) / areaM2 > hall->floorLoadKgPerM2) {
                stop = CapacityLimit::FloorLoad;
                break;
            }
            bool chainHolds = true;
            for (std::size_t node : chain)
                chainHolds = chainHolds && chainHeadroom[node] >= deviceKw;
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
            // It fits: take it from every budget.
            placement.positionsU.push_back(type->heightU > 0 ? slot : 1);
            for (int u = slot; type->heightU > 0 && u < slot + type->heightU; ++u)
                used[std::size_t(u)] = true;
            rackKw += deviceKw;
            equipmentKg += type->weightKg;
            for (std::size_t node : chain)
                chainHeadroom[node] -= deviceKw;
            airHeadroom[rack.hallId] -= airKw;
            liquidHeadroom[rack.hallId] -= liquidKw;
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
