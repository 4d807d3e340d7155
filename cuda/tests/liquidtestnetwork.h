// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A synthetic liquid-cooled hall for the liquid engine's tests and benchmark: one facility water system (water;
// heat-reuse exchanger in series with dry coolers in parallel; 2+1 pumps) feeding `cdus` CDUs in parallel, each with
// its own technology cooling loop (PG25; 2+1 pumps in the CDU; supply and return headers along a row; per rack a
// hose with quick disconnects, the rack's cold plates and a hose back). Figures follow
// ../shared/notes/liquid-and-campus-facts.md: 130 kW to liquid per rack (GB300 NVL72 class, ~94 % of 140 kW, A1),
// 1.5 L/min per kW (C), CDU internal drop 85 kPa (C), rack hold-up 33.6 L (A2), CDU tanks 2 x 200 L (B),
// approach 4 K (B), cold plates ~6 kg copper per tray x 18 trays (B2) [E].

#include "rackwerk/engine/liquid/liquidloop.h"

namespace rw::check {

struct LiquidHallIndex {
    int fwsPumpLink = -1;
    std::vector<int> cduPumpLinks;
    int reuseUnit = -1;  ///< index into rejections
};

inline rw::engine::liquid::LiquidNetwork liquidHall(int cdus, int racksPerCdu, LiquidHallIndex *index = nullptr)
{
    using namespace rw::engine::liquid;
    constexpr double kLitrePerMin = 1e-3 / 60.0;
    const double rackHeatW = 130e3;
    const double rackFlow = 1.5 * 130.0 * kLitrePerMin;  // 195 L/min
    const double loopFlow = rackFlow * racksPerCdu;
    LiquidNetwork net;
    HydraulicNetwork &h = net.hydraulics;
    const auto node = [&](int loop, bool fixed = false) {
        h.nodes.push_back({ loop, fixed, fixed ? 200e3 : 0.0, 0.0 });
        return int(h.nodes.size()) - 1;
    };
    const auto link = [&](HydraulicLink l, int from, int to) {
        l.from = from;
        l.to = to;
        h.links.push_back(l);
        return int(h.links.size()) - 1;
    };
    const auto pipe = [](double lengthM, double diameterM, double k) {
        HydraulicLink l;
        l.kind = LinkKind::Pipe;
        l.lengthM = lengthM;
        l.diameterM = diameterM;
        l.roughnessM = 0.046e-3;
        l.minorLossK = k;
        return l;
    };
    const auto resistance = [](double dropPa, double flow, double holdUpM3) {
        HydraulicLink l;
        l.kind = LinkKind::Resistance;
        l.refDropPa = dropPa;
        l.refFlowM3PerS = flow;
        l.holdUpM3 = holdUpM3;
        return l;
    };
    const auto pumps = [](double shutoffPa, double ratedPa, double ratedFlow, int running) {
        HydraulicLink l;
        l.kind = LinkKind::Pump;
        l.shutoffPa = shutoffPa;
        l.pumpCoeffPaS2PerM6 = pumpCoefficient(shutoffPa, ratedPa, ratedFlow);
        l.runningPumps = running;
        l.holdUpM3 = 0.0;
        return l;
    };

    // Facility water system: loop 0.
    h.loops.push_back({ Coolant::Water, 36.0 });
    const double fwsFlow = cdus * rackHeatW * racksPerCdu / (992.0 * 4179.0 * 10.0);  // 10 K rise
    const int tank = node(0, true);
    const int supply = node(0);
    const int ret = node(0);
    const int reused = node(0);
    const int cooled = node(0);
    const int fwsPump = link(pumps(450e3, 300e3, fwsFlow / 2.0, 3), tank, supply);
    const int reuseLink = link(resistance(30e3, fwsFlow, 0.3), ret, reused);
    net.rejections.push_back(
        { reuseLink, RejectionKind::HeatReuse, 30.0, 0.15 * rackHeatW * racksPerCdu * cdus, true, 25.0, 3.0 });
    const int coolers = (cdus * racksPerCdu * 130 + 3499) / 3500 + 1;  // 3.5 MW units, N+1
    for (int u = 0; u < coolers; ++u) {
        const int in = node(0);
        const int out = node(0);
        link(pipe(15.0, 0.2027, 2.0), reused, in);
        const int coil = link(resistance(60e3, fwsFlow / (coolers - 1), 0.5), in, out);
        link(pipe(15.0, 0.2027, 2.0), out, cooled);
        net.rejections.push_back({ coil, RejectionKind::DryCooler, 32.0, 3.5e6, true, 25.0, 5.0 });
    }
    const double fwsMain = std::max(0.2, std::sqrt(fwsFlow / 2.0 / 3.14159 * 4.0));  // ~2 m/s
    link(pipe(40.0, fwsMain, 3.0), cooled, tank);

    for (int c = 0; c < cdus; ++c) {
        // Facility side of the CDU.
        const int primaryIn = node(0);
        const int primaryOut = node(0);
        link(pipe(30.0, 0.1541, 4.0), supply, primaryIn);
        const int primary = link(resistance(50e3, fwsFlow / cdus, 0.1), primaryIn, primaryOut);
        link(pipe(30.0, 0.1541, 4.0), primaryOut, ret);

        // Technology cooling loop: its own loop with its own expansion tank at the pump suction.
        h.loops.push_back({ Coolant::Pg25, 45.0 });
        const int loop = int(h.loops.size()) - 1;
        const int suction = node(loop, true);
        const int pumpOut = node(loop);
        const int headerStart = node(loop);
        const int pumpLink = link(pumps(420e3, 280e3, loopFlow / 2.0, 3), suction, pumpOut);
        const int secondary = link(resistance(85e3, loopFlow, 0.4), pumpOut, headerStart);
        net.cdus.push_back({ secondary, primary, 30.0, 4.0, 40.0, 1.15 * rackHeatW * racksPerCdu, { pumpLink } });
        if (index)
            index->cduPumpLinks.push_back(pumpLink);
        int previousSupply = headerStart;
        int previousReturn = -1;
        int firstReturn = -1;
        for (int r = 0; r < racksPerCdu; ++r) {
            const int tap = node(loop);
            const int rackIn = node(loop);
            const int rackOut = node(loop);
            const int returnTap = node(loop);
            link(pipe(r == 0 ? 15.0 : 0.6, 0.2027, r == 0 ? 3.0 : 0.2), previousSupply, tap);
            link(pipe(3.0, 0.0525, 2.5), tap, rackIn);  // hose, two quick disconnects, a valve [E]
            const int rack = link(resistance(55e3, 200.0 * kLitrePerMin, 33.6e-3), rackIn, rackOut);
            link(pipe(3.0, 0.0525, 2.5), rackOut, returnTap);
            if (previousReturn >= 0)
                link(pipe(0.6, 0.2027, 0.2), returnTap, previousReturn);
            else
                firstReturn = returnTap;
            previousSupply = tap;
            previousReturn = returnTap;
            net.racks.push_back({ rack, rackHeatW, 45.0, 65.0, 0.9 * rackFlow, 18 * 6.0 * 385.0 });
        }
        link(pipe(15.0, 0.2027, 3.0), firstReturn, suction);
    }
    if (index) {
        index->fwsPumpLink = fwsPump;
        index->reuseUnit = 0;
    }
    return net;
}

}  // namespace rw::check
