// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The thermal side of a solved coolant network, shared by the steady solve and the transient: heat-capacity flow
// of every link, the direction it flows, the order in which heat travels and the outlet temperature each kind of
// link tends to (its equilibrium) for a given inlet.

#include "rackwerk/engine/liquid/liquidloop.h"

#include <vector>

namespace rw::engine::liquid {

/// Which units work: a failure switches some off.
struct UnitConditions {
    std::vector<char> cduWorking;
    std::vector<char> rejectionWorking;
};

class HeatModel {
public:
    HeatModel(const LiquidNetwork &network, const std::vector<double> &flowM3PerS,
        const std::vector<double> &loopDensity, const std::vector<double> &loopHeatCapacity,
        const UnitConditions &conditions);

    /// Heat-capacity flow rho q cp of a link, W/K (0 when it does not flow).
    double capacityFlow(int link) const { return mCapacityFlow[link]; }
    /// Scales every flow of a loop by its factor (pumps coasting down: in a closed loop of quadratic resistances
    /// all flows follow the pump speed alike, so directions, order and mixing shares stay).
    void setLoopFlowScale(const std::vector<double> &scaleByLoop);
    int loopOf(int link) const { return mLoop[link]; }
    int upstream(int link) const { return mUpstream[link]; }
    int downstream(int link) const { return mDownstream[link]; }
    /// Links ordered along the flow from the units that set a temperature (CDUs, heat rejection).
    const std::vector<int> &order() const { return mOrder; }
    int rackOf(int link) const { return mRack[link]; }

    /// Outlet temperature a link tends to at inlet tinC; records the heat each CDU and unit takes (W).
    double equilibriumOutlet(int link, double tinC, const std::vector<double> &nodeTempC,
        std::vector<double> &cduRemovedW, std::vector<double> &rejectionRemovedW) const;
    /// Heat a link adds at zero flow (a rack's heat), W.
    double stagnantHeatW(int link) const;
    /// Mixes what flows into node from its links' outlets; false (and nothing changed) where nothing flows in.
    bool mixNode(int node, const std::vector<double> &linkTempC, std::vector<double> &nodeTempC) const;

private:
    const LiquidNetwork &mNetwork;
    const UnitConditions &mConditions;
    std::vector<double> mCapacityFlow;
    std::vector<double> mFullCapacityFlow;  ///< at the flows the model was built with
    std::vector<int> mLoop;  ///< per link
    std::vector<int> mUpstream;
    std::vector<int> mDownstream;
    std::vector<int> mOrder;
    std::vector<int> mRack;  ///< per link: rack index or -1
    std::vector<int> mCduSecondary;
    std::vector<int> mCduPrimary;
    std::vector<int> mRejection;
    std::vector<std::vector<int>> mInflow;  ///< per node: links that flow into it
};

/// Gauss-Seidel sweeps along the flow until no outlet moves by more than the tolerance; false where the
/// temperatures keep rising (no steady state). Starts from the temperatures given: a nearby state settles fast.
bool settle(const HeatModel &model, std::vector<double> &nodeTempC, std::vector<double> &linkTempC,
    std::vector<double> &cduRemovedW, std::vector<double> &rejectionRemovedW, const LiquidOptions &options);

}  // namespace rw::engine::liquid
