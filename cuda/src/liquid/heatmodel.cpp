// SPDX-License-Identifier: GPL-3.0-or-later
#include "heatmodel.h"

#include <algorithm>
#include <cmath>
#include <queue>

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

    // Order: breadth first along the flow from the outlets of the units that set a temperature, then the rest.
    std::vector<std::vector<int>> outflow(nodeCount);
    for (int k = 0; k < linkCount; ++k)
        outflow[mUpstream[k]].push_back(k);
    std::vector<char> placed(linkCount, 0);
    std::vector<char> visited(nodeCount, 0);
    std::queue<int> queue;
    const auto seed = [&](int link) {
        if (link < 0 || placed[link])
            return;
        placed[link] = 1;
        mOrder.push_back(link);
        if (!visited[mDownstream[link]]) {
            visited[mDownstream[link]] = 1;
            queue.push(mDownstream[link]);
        }
    };
    for (const HeatRejection &unit : network.rejections)
        seed(unit.link);
    for (const HeatExchanger &cdu : network.cdus)
        seed(cdu.secondaryLink);
    for (int start = 0;; ++start) {
        while (!queue.empty()) {
            const int node = queue.front();
            queue.pop();
            for (int k : outflow[node])
                seed(k);
        }
        while (start < linkCount && placed[start])
            ++start;
        if (start >= linkCount)
            break;
        seed(start);
    }
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

}  // namespace rw::engine::liquid
