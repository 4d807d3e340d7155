// SPDX-License-Identifier: GPL-3.0-or-later
#include "heatmodel.h"

#include <algorithm>
#include <cmath>

namespace rw::engine::liquid {

namespace {
/// Below this a link is taken as stagnant (1 mL/min).
constexpr double kStagnantFlowM3PerS = 1.7e-8;
}  // namespace

HeatModel::HeatModel(const LiquidNetwork &network, const std::vector<double> &flowM3PerS,
    const std::vector<double> &loopDensity, const std::vector<double> &loopHeatCapacity,
    const UnitConditions &conditions)
    : mNetwork(network), mConditions(conditions)
{
    const HydraulicNetwork &h = network.hydraulics;
    const int linkCount = int(h.links.size());
    const int nodeCount = int(h.nodes.size());
    mCapacityFlow.assign(linkCount, 0.0);
    mUpstream.assign(linkCount, 0);
    mDownstream.assign(linkCount, 0);
    mInflow.assign(nodeCount, {});
    for (int k = 0; k < linkCount; ++k) {
        const HydraulicLink &link = h.links[k];
        const double q = flowM3PerS.empty() ? 0.0 : flowM3PerS[k];
        const bool flows = std::fabs(q) > kStagnantFlowM3PerS;
        const bool forward = q >= 0.0 || !flows;  // a stagnant link keeps its drawn direction
        mUpstream[k] = forward ? link.from : link.to;
        mDownstream[k] = forward ? link.to : link.from;
        const int loop = h.nodes[link.from].loop;
        mLoop.push_back(loop);
        if (flows) {
            mCapacityFlow[k] = loopDensity[loop] * std::fabs(q) * loopHeatCapacity[loop];
            mInflow[mDownstream[k]].push_back(k);
        }
    }
    mFullCapacityFlow = mCapacityFlow;
    mRack.assign(linkCount, -1);
    mCduSecondary.assign(linkCount, -1);
    mCduPrimary.assign(linkCount, -1);
    mRejection.assign(linkCount, -1);
    for (int r = 0; r < int(network.racks.size()); ++r)
        mRack[network.racks[r].link] = r;
    for (int c = 0; c < int(network.cdus.size()); ++c) {
        mCduSecondary[network.cdus[c].secondaryLink] = c;
        if (network.cdus[c].primaryLink >= 0)
            mCduPrimary[network.cdus[c].primaryLink] = c;
    }
    for (int u = 0; u < int(network.rejections.size()); ++u)
        mRejection[network.rejections[u].link] = u;

    // Order: along the flow from the outlets of the units that set a temperature (CDUs, heat rejection), a link
    // only once every flowing link into its upstream node is placed (so a sweep carries a change through a whole
    // ladder of racks, not one rung per sweep); where only cycles without such a unit are left, the first link
    // whose upstream node has been reached breaks one; links without flow come last.
    std::vector<std::vector<int>> outflow(nodeCount);
    for (int k = 0; k < linkCount; ++k)
        if (mCapacityFlow[k] > 0.0)
            outflow[mUpstream[k]].push_back(k);
    std::vector<int> waiting(nodeCount, 0);  // flowing links into the node not placed yet
    for (int node = 0; node < nodeCount; ++node)
        waiting[node] = int(mInflow[node].size());
    std::vector<char> placed(linkCount, 0);
    std::vector<char> reached(nodeCount, 0);
    std::vector<int> ready;  // nodes whose inflows are all placed
    const auto place = [&](int link) {
        if (placed[link])
            return;
        placed[link] = 1;
        mOrder.push_back(link);
        if (mCapacityFlow[link] <= 0.0)
            return;
        const int node = mDownstream[link];
        reached[node] = 1;
        if (--waiting[node] == 0)
            ready.push_back(node);
    };
    const auto drain = [&] {
        while (!ready.empty()) {
            const int node = ready.back();
            ready.pop_back();
            for (int k : outflow[node])
                place(k);
        }
    };
    for (const HeatRejection &unit : network.rejections)
        if (mCapacityFlow[unit.link] > 0.0)
            place(unit.link);
    for (const HeatExchanger &cdu : network.cdus)
        if (mCapacityFlow[cdu.secondaryLink] > 0.0)
            place(cdu.secondaryLink);
    for (int node = 0; node < nodeCount; ++node)  // sources: flowing out, nothing flowing in
        if (waiting[node] == 0 && !outflow[node].empty())
            ready.push_back(node);
    drain();
    for (;;) {
        int breaker = -1;
        for (int k = 0; k < linkCount && breaker < 0; ++k)
            if (!placed[k] && mCapacityFlow[k] > 0.0 && reached[mUpstream[k]])
                breaker = k;
        for (int k = 0; k < linkCount && breaker < 0; ++k)
            if (!placed[k] && mCapacityFlow[k] > 0.0)
                breaker = k;
        if (breaker < 0)
            break;
        place(breaker);
        drain();
    }
    for (int k = 0; k < linkCount; ++k)
        place(k);
}

double HeatModel::equilibriumOutlet(int link, double tinC, const std::vector<double> &nodeTempC,
    std::vector<double> &cduRemovedW, std::vector<double> &rejectionRemovedW) const
{
    const double w = mCapacityFlow[link];
    if (w <= 0.0)
        return tinC;
    if (mRack[link] >= 0)
        return tinC + mNetwork.racks[mRack[link]].heatToLiquidW / w;
    if (const int c = mCduSecondary[link]; c >= 0) {
        const HeatExchanger &cdu = mNetwork.cdus[c];
        double primaryC = cdu.primarySupplyC;
        bool primaryFlows = true;
        if (cdu.primaryLink >= 0) {
            primaryC = nodeTempC[mUpstream[cdu.primaryLink]];
            primaryFlows = mCapacityFlow[cdu.primaryLink] > 0.0;
        }
        const double target = std::max(cdu.supplySetpointC, primaryC + cdu.approachK);
        const double capacity = mConditions.cduWorking[c] && primaryFlows ? cdu.capacityW : 0.0;
        const double removed = std::clamp(w * (tinC - target), 0.0, capacity);
        cduRemovedW[c] = removed;
        return tinC - removed / w;
    }
    if (const int c = mCduPrimary[link]; c >= 0)
        return tinC + cduRemovedW[c] / w;
    if (const int u = mRejection[link]; u >= 0) {
        const HeatRejection &unit = mNetwork.rejections[u];
        const double target
            = unit.sinkLimited ? std::max(unit.setpointC, unit.sinkTempC + unit.approachK) : unit.setpointC;
        const double capacity = mConditions.rejectionWorking[u] ? unit.capacityW : 0.0;
        const double removed = std::clamp(w * (tinC - target), 0.0, capacity);
        rejectionRemovedW[u] = removed;
        return tinC - removed / w;
    }
    return tinC;
}

void HeatModel::setLoopFlowScale(const std::vector<double> &scaleByLoop)
{
    for (size_t k = 0; k < mCapacityFlow.size(); ++k)
        mCapacityFlow[k] = mFullCapacityFlow[k] * scaleByLoop[mLoop[k]];
}

double HeatModel::stagnantHeatW(int link) const
{
    return mRack[link] >= 0 ? mNetwork.racks[mRack[link]].heatToLiquidW : 0.0;
}

bool HeatModel::mixNode(int node, const std::vector<double> &linkTempC, std::vector<double> &nodeTempC) const
{
    double flow = 0.0;
    double heat = 0.0;
    for (int k : mInflow[node]) {
        flow += mCapacityFlow[k];
        heat += mCapacityFlow[k] * linkTempC[k];
    }
    if (flow <= 0.0)
        return false;
    nodeTempC[node] = heat / flow;
    return true;
}

/// Gauss-Seidel sweeps along the flow until no outlet moves; false where the temperatures keep rising.
bool settle(const HeatModel &model, std::vector<double> &nodeTempC, std::vector<double> &linkTempC,
    std::vector<double> &cduRemovedW, std::vector<double> &rejectionRemovedW, const LiquidOptions &options)
{
    for (int sweep = 0; sweep < options.maxSweeps; ++sweep) {
        double change = 0.0;
        for (int k : model.order()) {
            const double out
                = model.equilibriumOutlet(k, nodeTempC[model.upstream(k)], nodeTempC, cduRemovedW, rejectionRemovedW);
            change = std::max(change, std::fabs(out - linkTempC[k]));
            linkTempC[k] = out;
            model.mixNode(model.downstream(k), linkTempC, nodeTempC);
        }
        if (change <= options.temperatureToleranceK)
            return true;
    }
    return false;
}

}  // namespace rw::engine::liquid
