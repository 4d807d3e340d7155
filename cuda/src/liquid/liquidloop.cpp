// SPDX-License-Identifier: GPL-3.0-or-later
#include "rackwerk/engine/liquid/liquidloop.h"

#include "heatmodel.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace rw::engine::liquid {

namespace {

LiquidResult refuse(LiquidStatus status, int index, std::string error)
{
    LiquidResult result;
    result.status = status;
    result.badIndex = index;
    result.error = std::move(error);
    return result;
}

bool finite(double value)
{
    return std::isfinite(value);
}

LiquidResult validate(const LiquidNetwork &network)
{
    const int linkCount = int(network.hydraulics.links.size());
    const auto known = [linkCount](int link) { return link >= 0 && link < linkCount; };
    for (int r = 0; r < int(network.racks.size()); ++r) {
        const RackLoad &rack = network.racks[r];
        const std::string name = "rack " + std::to_string(r);
        if (!known(rack.link))
            return refuse(LiquidStatus::InvalidInput, r, name + " names no link");
        if (!(rack.heatToLiquidW >= 0.0) || !finite(rack.heatToLiquidW) || !(rack.minFlowM3PerS >= 0.0)
            || !finite(rack.minFlowM3PerS) || !(rack.plateHeatCapacityJPerK >= 0.0)
            || !finite(rack.plateHeatCapacityJPerK) || !finite(rack.inletLimitC) || !finite(rack.returnLimitC))
            return refuse(LiquidStatus::InvalidInput, r, name + " has a negative or non-finite value");
    }
    for (int c = 0; c < int(network.cdus.size()); ++c) {
        const HeatExchanger &cdu = network.cdus[c];
        const std::string name = "CDU " + std::to_string(c);
        if (!known(cdu.secondaryLink) || !(cdu.primaryLink == -1 || known(cdu.primaryLink)))
            return refuse(LiquidStatus::InvalidInput, c, name + " names no link");
        if (cdu.primaryLink >= 0) {
            const auto &h = network.hydraulics;
            if (h.nodes[h.links[cdu.primaryLink].from].loop == h.nodes[h.links[cdu.secondaryLink].from].loop)
                return refuse(LiquidStatus::InvalidInput, c, name + " has both sides in one loop");
        }
        for (int pump : cdu.pumpLinks)
            if (!known(pump) || network.hydraulics.links[pump].kind != LinkKind::Pump)
                return refuse(LiquidStatus::InvalidInput, c, name + " names a pump that is not a pump set");
        if (!(cdu.capacityW >= 0.0) || !(cdu.approachK >= 0.0) || !finite(cdu.capacityW) || !finite(cdu.approachK)
            || !finite(cdu.supplySetpointC) || !finite(cdu.primarySupplyC))
            return refuse(LiquidStatus::InvalidInput, c, name + " has a negative or non-finite value");
    }
    for (int u = 0; u < int(network.rejections.size()); ++u) {
        const HeatRejection &unit = network.rejections[u];
        const std::string name = "heat-rejection unit " + std::to_string(u);
        if (!known(unit.link))
            return refuse(LiquidStatus::InvalidInput, u, name + " names no link");
        if (!(unit.capacityW >= 0.0) || !(unit.approachK >= 0.0) || !finite(unit.capacityW) || !finite(unit.approachK)
            || !finite(unit.setpointC) || !finite(unit.sinkTempC))
            return refuse(LiquidStatus::InvalidInput, u, name + " has a negative or non-finite value");
    }
    return {};
}

std::vector<double> perLinkLoopValue(const HydraulicNetwork &h, const std::vector<double> &perLoop)
{
    std::vector<double> values(h.links.size());
    for (size_t k = 0; k < h.links.size(); ++k)
        values[k] = perLoop[h.nodes[h.links[k].from].loop];
    return values;
}

UnitConditions allWorking(const LiquidNetwork &network)
{
    return { std::vector<char>(network.cdus.size(), 1), std::vector<char>(network.rejections.size(), 1) };
}

}  // namespace

LiquidResult solveLiquid(const LiquidNetwork &network, const LiquidOptions &options)
{
    LiquidResult checked = validate(network);
    if (!checked.ok())
        return checked;
    const HydraulicNetwork &h = network.hydraulics;
    const int loopCount = int(h.loops.size());
    LiquidResult result;
    result.loopTempC.resize(loopCount);
    for (int l = 0; l < loopCount; ++l)
        result.loopTempC[l] = h.loops[l].temperatureC;
    result.nodeTempC.resize(h.nodes.size());
    for (size_t i = 0; i < h.nodes.size(); ++i)
        result.nodeTempC[i] = h.loops[h.nodes[i].loop].temperatureC;
    result.linkTempC = perLinkLoopValue(h, result.loopTempC);
    result.cdus.assign(network.cdus.size(), {});
    result.rejections.assign(network.rejections.size(), {});
    std::vector<double> cduRemoved(network.cdus.size(), 0.0);
    std::vector<double> rejectionRemoved(network.rejections.size(), 0.0);
    const UnitConditions conditions = allWorking(network);
    bool settled = false;
    result.linkPropertyTempC = perLinkLoopValue(h, result.loopTempC);
    // Two passes: the second takes each link's properties at the mean of its inlet and outlet temperature from
    // the first, and each loop's density and cp at its flow-weighted mean.
    for (int pass = 0; pass < 2; ++pass) {
        HydraulicOptions hydraulicOptions = options.hydraulics;
        hydraulicOptions.linkTemperatureC = &result.linkPropertyTempC;
        result.hydraulics = solveHydraulics(h, hydraulicOptions);
        if (!result.hydraulics.ok()) {
            LiquidResult failed
                = refuse(LiquidStatus::HydraulicsFailed, result.hydraulics.badIndex, result.hydraulics.error);
            failed.hydraulics = std::move(result.hydraulics);
            return failed;
        }
        result.loopDensityKgPerM3.resize(loopCount);
        result.loopHeatCapacityJPerKgK.resize(loopCount);
        for (int l = 0; l < loopCount; ++l) {
            CoolantProperties fluid;
            coolantProperties(h.loops[l].coolant, result.loopTempC[l], &fluid);
            result.loopDensityKgPerM3[l] = fluid.densityKgPerM3;
            result.loopHeatCapacityJPerKgK[l] = fluid.heatCapacityJPerKgK;
        }
        const HeatModel model(network, result.hydraulics.flowM3PerS, result.loopDensityKgPerM3,
            result.loopHeatCapacityJPerKgK, conditions);
        settled = settle(model, result.nodeTempC, result.linkTempC, cduRemoved, rejectionRemoved, options);
        if (!settled || pass == 1)
            break;
        std::vector<double> weighted(loopCount, 0.0);
        std::vector<double> weight(loopCount, 0.0);
        for (size_t k = 0; k < h.links.size(); ++k) {
            const int l = h.nodes[h.links[k].from].loop;
            const Coolant coolant = h.loops[l].coolant;
            // Kept inside the coolant's tables: a property temperature, not a result.
            const double mean = std::clamp(0.5 * (result.nodeTempC[model.upstream(int(k))] + result.linkTempC[k]),
                coolantMinTempC(coolant), coolantMaxTempC(coolant));
            result.linkPropertyTempC[k] = mean;
            weighted[l] += model.capacityFlow(int(k)) * mean;
            weight[l] += model.capacityFlow(int(k));
        }
        for (int l = 0; l < loopCount; ++l)
            if (weight[l] > 0.0)
                result.loopTempC[l] = weighted[l] / weight[l];
    }

    const HeatModel model(
        network, result.hydraulics.flowM3PerS, result.loopDensityKgPerM3, result.loopHeatCapacityJPerKgK, conditions);
    result.racks.resize(network.racks.size());
    for (size_t r = 0; r < network.racks.size(); ++r) {
        const RackLoad &rack = network.racks[r];
        RackState &state = result.racks[r];
        state.flowM3PerS = std::fabs(result.hydraulics.flowM3PerS[rack.link]);
        state.inletC = result.nodeTempC[model.upstream(rack.link)];
        const bool stagnant = model.capacityFlow(rack.link) <= 0.0;
        state.outletC = stagnant && rack.heatToLiquidW > 0.0 ? std::numeric_limits<double>::infinity()
                                                             : result.linkTempC[rack.link];
        state.flowShort = state.flowM3PerS < rack.minFlowM3PerS || stagnant;
        state.inletOverLimit = state.inletC > rack.inletLimitC;
        state.returnOverLimit = state.outletC > rack.returnLimitC;
    }
    const auto unitLoad = [&](int link, double removed, double capacity) {
        UnitLoad load;
        load.loadW = removed;
        load.inletC = result.nodeTempC[model.upstream(link)];
        load.outletC = result.linkTempC[link];
        load.atCapacity = removed >= capacity * (1.0 - 1e-9) && model.capacityFlow(link) > 0.0;
        return load;
    };
    for (size_t c = 0; c < network.cdus.size(); ++c)
        result.cdus[c] = unitLoad(network.cdus[c].secondaryLink, cduRemoved[c], network.cdus[c].capacityW);
    for (size_t u = 0; u < network.rejections.size(); ++u)
        result.rejections[u]
            = unitLoad(network.rejections[u].link, rejectionRemoved[u], network.rejections[u].capacityW);
    if (!settled) {
        result.status = LiquidStatus::NoSteadyState;
        result.error = "no steady state: the heat exceeds what the CDUs or the heat rejection can take";
    }
    return result;
}

std::vector<double> linkHeatCapacityJPerK(const LiquidNetwork &network, const LiquidResult &base)
{
    const HydraulicNetwork &h = network.hydraulics;
    std::vector<double> capacity(h.links.size());
    for (size_t k = 0; k < h.links.size(); ++k) {
        const int l = h.nodes[h.links[k].from].loop;
        capacity[k] = linkHoldUpM3(h.links[k]) * base.loopDensityKgPerM3[l] * base.loopHeatCapacityJPerKgK[l];
    }
    for (const RackLoad &rack : network.racks)
        capacity[rack.link] += rack.plateHeatCapacityJPerK;
    return capacity;
}

std::vector<FailureCase> singleFailures(const LiquidNetwork &network)
{
    std::vector<FailureCase> cases;
    const auto &links = network.hydraulics.links;
    for (int k = 0; k < int(links.size()); ++k)
        if (links[k].kind == LinkKind::Pump && links[k].runningPumps > 0)
            cases.push_back({ FailureKind::Pump, k });
    for (int c = 0; c < int(network.cdus.size()); ++c)
        cases.push_back({ FailureKind::Cdu, c });
    for (int u = 0; u < int(network.rejections.size()); ++u)
        cases.push_back({ FailureKind::HeatRejection, u });
    cases.push_back({ FailureKind::PowerPumpsOnUps, -1 });
    cases.push_back({ FailureKind::PowerPumpsOff, -1 });
    return cases;
}

FailureOutcome analyseFailure(const LiquidNetwork &network, const LiquidResult &base, const FailureCase &failure,
    const TransientOptions &transient, const LiquidOptions &options)
{
    FailureOutcome outcome;
    outcome.failure = failure;
    LiquidNetwork degraded = network;
    UnitConditions conditions = allWorking(network);
    auto &links = degraded.hydraulics.links;
    switch (failure.kind) {
    case FailureKind::Pump:
        links[failure.index].runningPumps -= 1;
        break;
    case FailureKind::Cdu:
        conditions.cduWorking[failure.index] = 0;
        for (int pump : network.cdus[failure.index].pumpLinks)
            links[pump].runningPumps = 0;
        break;
    case FailureKind::HeatRejection:
        conditions.rejectionWorking[failure.index] = 0;
        break;
    case FailureKind::PowerPumpsOff:
        for (HydraulicLink &link : links)
            if (link.kind == LinkKind::Pump)
                link.runningPumps = 0;
        [[fallthrough]];
    case FailureKind::PowerPumpsOnUps:
        std::fill(conditions.rejectionWorking.begin(), conditions.rejectionWorking.end(), 0);
        break;
    case FailureKind::Units: {
        const auto inRange = [](const std::vector<int> &indices, size_t size) {
            return std::all_of(indices.begin(), indices.end(), [size](int i) { return i >= 0 && size_t(i) < size; });
        };
        if (!inRange(failure.cdus, network.cdus.size()) || !inRange(failure.rejections, network.rejections.size())
            || !inRange(failure.pumpLinks, links.size()) || !inRange(failure.exchangersLost, network.cdus.size())) {
            outcome.hydraulicsOk = false;
            outcome.error = "the failure names a unit the network does not have";
            return outcome;
        }
        for (int c : failure.cdus) {
            conditions.cduWorking[c] = 0;
            for (int pump : network.cdus[c].pumpLinks)
                links[pump].runningPumps = 0;
        }
        for (int c : failure.exchangersLost)
            conditions.cduWorking[c] = 0;
        for (int u : failure.rejections)
            conditions.rejectionWorking[u] = 0;
        for (int pump : failure.pumpLinks)
            if (links[pump].kind == LinkKind::Pump)
                links[pump].runningPumps = 0;
    }
    }

    // A set with a standby pump loses a running pump only until the standby has started: the flows after the failure
    // are those of the dip, the state it ends in is the one before the failure.
    const bool failover = failure.kind == FailureKind::Pump && network.hydraulics.links[failure.index].standbyPumps > 0;
    if (failover)
        outcome.standbyStartedS = std::max(0.0, transient.standbyStartS);

    HydraulicOptions hydraulicOptions = options.hydraulics;
    hydraulicOptions.allowIsolated = true;
    hydraulicOptions.allowDeadHead = true;
    hydraulicOptions.linkTemperatureC = &base.linkPropertyTempC;
    const HydraulicResult hydraulics = solveHydraulics(degraded.hydraulics, hydraulicOptions);
    if (!hydraulics.ok()) {
        outcome.hydraulicsOk = false;
        outcome.error = hydraulics.error;
        return outcome;
    }
    const HeatModel model(
        degraded, hydraulics.flowM3PerS, base.loopDensityKgPerM3, base.loopHeatCapacityJPerKgK, conditions);

    // Steady state after the failure, from the state before it.
    std::vector<double> nodeTemp = base.nodeTempC;
    std::vector<double> linkTemp = base.linkTempC;
    std::vector<double> cduRemoved(network.cdus.size(), 0.0);
    std::vector<double> rejectionRemoved(network.rejections.size(), 0.0);
    outcome.steadyStateExists = settle(model, nodeTemp, linkTemp, cduRemoved, rejectionRemoved, options);
    for (const RackLoad &rack : network.racks)  // a stagnant rack with heat only warms up
        if (model.capacityFlow(rack.link) <= 0.0 && rack.heatToLiquidW > 0.0)
            outcome.steadyStateExists = false;
    if (failover) {
        nodeTemp = base.nodeTempC;
        linkTemp = base.linkTempC;
        outcome.steadyStateExists = true;
    }
    outcome.racks.resize(network.racks.size());
    for (size_t r = 0; r < network.racks.size(); ++r) {
        const RackLoad &rack = network.racks[r];
        RackOutcome &rackOutcome = outcome.racks[r];
        rackOutcome.flowM3PerS = std::fabs(hydraulics.flowM3PerS[rack.link]);
        const bool stagnant = model.capacityFlow(rack.link) <= 0.0;
        rackOutcome.flowShort = stagnant || rackOutcome.flowM3PerS < rack.minFlowM3PerS;
        if (failover)
            rackOutcome.overLimitInSteadyState = base.racks[r].inletOverLimit || base.racks[r].returnOverLimit;
        else
            rackOutcome.overLimitInSteadyState = (stagnant && rack.heatToLiquidW > 0.0)
                || nodeTemp[model.upstream(rack.link)] > rack.inletLimitC || linkTemp[rack.link] > rack.returnLimitC;
        if (rackOutcome.flowShort && !(base.racks.size() > r && base.racks[r].flowShort))
            ++outcome.racksLosingFlow;
    }

    // Transient of the well-mixed volumes from the state before the failure: each link relaxes exponentially
    // towards its equilibrium outlet (exact for a constant inlet and flow), swept along the flow so that links
    // without a volume pass a change on within the step. A stagnant link just stores its heat. Loops whose pumps
    // all lost their power keep their flows of before the failure, scaled by the run-down share of the step.
    const int loopCount = int(network.hydraulics.loops.size());
    std::vector<char> coasting(loopCount, 0);
    if (transient.pumpRunDownS > 0.0) {
        std::vector<char> stopped(loopCount, 0);
        std::vector<char> running(loopCount, 0);
        for (size_t k = 0; k < links.size(); ++k) {
            const int l = network.hydraulics.nodes[links[k].from].loop;
            if (links[k].kind != LinkKind::Pump || network.hydraulics.links[k].runningPumps <= 0)
                continue;
            (links[k].runningPumps > 0 ? running : stopped)[l] = 1;
        }
        for (int l = 0; l < loopCount; ++l)
            coasting[l] = stopped[l] && !running[l];
    }
    bool anyCoasting = std::find(coasting.begin(), coasting.end(), 1) != coasting.end();
    std::vector<double> transientFlow = hydraulics.flowM3PerS;
    for (size_t k = 0; k < links.size() && anyCoasting; ++k)
        if (coasting[network.hydraulics.nodes[links[k].from].loop])
            transientFlow[k] = base.hydraulics.flowM3PerS[k];
    HeatModel flowing(degraded, transientFlow, base.loopDensityKgPerM3, base.loopHeatCapacityJPerKgK, conditions);
    std::vector<double> loopScale(loopCount, 1.0);
    // After a failover the intact network's flows; `active` is the model of the flows of the step.
    std::optional<HeatModel> recovered;
    if (failover)
        recovered.emplace(
            network, base.hydraulics.flowM3PerS, base.loopDensityKgPerM3, base.loopHeatCapacityJPerKgK, conditions);
    const HeatModel *active = &flowing;
    bool failoverPending = failover;
    const auto startStandby = [&] {
        active = &*recovered;
        failoverPending = false;
        std::fill(coasting.begin(), coasting.end(), 0);
        anyCoasting = false;
    };
    if (failover && outcome.standbyStartedS <= 0.0)
        startStandby();

    const std::vector<double> heatCapacity = linkHeatCapacityJPerK(network, base);
    const double dt = transient.stepS;
    std::vector<double> decay(links.size(), 0.0);
    const auto updateDecay = [&](bool onlyCoasting) {
        for (size_t k = 0; k < links.size(); ++k) {
            if (onlyCoasting && !coasting[active->loopOf(int(k))])
                continue;
            const double w = active->capacityFlow(int(k));
            decay[k] = heatCapacity[k] > 0.0 ? (w > 0.0 ? std::exp(-w * dt / heatCapacity[k]) : 1.0) : 0.0;
        }
    };
    updateDecay(false);
    nodeTemp = base.nodeTempC;
    linkTemp = base.linkTempC;
    const size_t rackCount = network.racks.size();
    const auto inletMargin = [&](size_t r) {  // < 0 once over the limit
        return network.racks[r].inletLimitC - nodeTemp[active->upstream(network.racks[r].link)];
    };
    const auto throttleMargin
        = [&](size_t r) { return network.racks[r].returnLimitC - linkTemp[network.racks[r].link]; };
    std::vector<double> previousInlet(rackCount);
    std::vector<double> previousThrottle(rackCount);
    size_t open = 0;  // limits not crossed yet, two per rack
    const auto crossing = [&](double t, double before, double now, double &seconds) {
        if (std::isfinite(seconds) || now >= 0.0)
            return;
        seconds = before < 0.0 ? 0.0 : t - dt + dt * before / (before - now);  // linear between the two steps
        --open;
    };
    for (size_t r = 0; r < rackCount; ++r) {
        previousInlet[r] = inletMargin(r);
        previousThrottle[r] = throttleMargin(r);
        open += 2;
        crossing(0.0, -1.0, previousInlet[r], outcome.racks[r].secondsToInletLimit);
        crossing(0.0, -1.0, previousThrottle[r], outcome.racks[r].secondsToThrottle);
    }
    for (double t = dt; t <= transient.horizonS + 1e-9 && open > 0; t += dt) {
        if (failoverPending && t - 0.5 * dt >= outcome.standbyStartedS) {
            startStandby();
            updateDecay(false);
        }
        if (anyCoasting) {
            const double share = runDownShare(t - 0.5 * dt, transient.pumpRunDownS);
            for (int l = 0; l < loopCount; ++l)
                loopScale[l] = coasting[l] ? share : 1.0;
            flowing.setLoopFlowScale(loopScale);
            updateDecay(true);
        }
        double change = 0.0;
        for (int k : active->order()) {
            const double before = linkTemp[k];
            if (active->capacityFlow(k) > 0.0) {
                const double target = active->equilibriumOutlet(
                    k, nodeTemp[active->upstream(k)], nodeTemp, cduRemoved, rejectionRemoved);
                linkTemp[k] = target + (linkTemp[k] - target) * decay[k];
                active->mixNode(active->downstream(k), linkTemp, nodeTemp);
                change = std::max(change, std::fabs(linkTemp[k] - before));
            } else if (heatCapacity[k] > 0.0) {
                linkTemp[k] += active->stagnantHeatW(k) * dt / heatCapacity[k];  // affects nothing downstream
            }
        }
        bool stagnantPending = false;  // a stagnant rack still warming towards its limit
        for (size_t r = 0; r < rackCount; ++r) {
            RackOutcome &rackOutcome = outcome.racks[r];
            const double inlet = inletMargin(r);
            const double throttle = throttleMargin(r);
            crossing(t, previousInlet[r], inlet, rackOutcome.secondsToInletLimit);
            crossing(t, previousThrottle[r], throttle, rackOutcome.secondsToThrottle);
            previousInlet[r] = inlet;
            previousThrottle[r] = throttle;
            const int link = network.racks[r].link;
            stagnantPending = stagnantPending
                || (!std::isfinite(rackOutcome.secondsToThrottle) && active->capacityFlow(link) <= 0.0
                    && active->stagnantHeatW(link) > 0.0 && heatCapacity[link] > 0.0);
        }
        if (change < transient.settledKPerStep && !stagnantPending && !anyCoasting && !failoverPending)
            break;  // the flowing volumes settled and no stagnant rack is still on its way to a limit
    }
    for (RackOutcome &rack : outcome.racks)
        rack.secondsToLimit = std::min(rack.secondsToInletLimit, rack.secondsToThrottle);
    for (const RackOutcome &rack : outcome.racks)
        if (rack.overLimitInSteadyState || std::isfinite(rack.secondsToLimit))
            ++outcome.racksOverLimit;
    return outcome;
}

}  // namespace rw::engine::liquid
