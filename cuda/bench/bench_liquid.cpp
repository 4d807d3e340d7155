// SPDX-License-Identifier: GPL-3.0-or-later
// Hydraulic solve and N-1 failure sweep of a hall of liquid racks (default 10 CDUs x 20 racks = 200 racks; aim:
// the whole sweep in under 1 s on one core, issue 18). Prints figures; not a test.
// Usage: bench_liquid [cdus] [racks per cdu] [repeats]
#include "liquidtestnetwork.h"
#include "rackwerk/engine/liquid/liquidloop.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>

using namespace rw::engine::liquid;

namespace {
double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}
}  // namespace

int main(int argc, char **argv)
{
    const int cdus = argc > 1 ? std::atoi(argv[1]) : 10;
    const int racksPerCdu = argc > 2 ? std::atoi(argv[2]) : 20;
    const int repeats = argc > 3 ? std::atoi(argv[3]) : 5;
    const LiquidNetwork hall = rw::check::liquidHall(cdus, racksPerCdu);
    std::printf("liquid hall: %d CDUs x %d racks = %zu racks, %zu loops, %zu nodes, %zu links (one core)\n", cdus,
        racksPerCdu, hall.racks.size(), hall.hydraulics.loops.size(), hall.hydraulics.nodes.size(),
        hall.hydraulics.links.size());

    double best = 1e30;
    HydraulicResult hydraulics;
    for (int i = 0; i < repeats; ++i) {
        const auto start = std::chrono::steady_clock::now();
        hydraulics = solveHydraulics(hall.hydraulics);
        best = std::min(best, secondsSince(start));
    }
    if (!hydraulics.ok()) {
        std::printf("hydraulics failed: %s\n", hydraulics.error.c_str());
        return 1;
    }
    std::printf("hydraulic solve:            %8.2f ms  (%d Newton iterations)\n", best * 1e3, hydraulics.iterations);

    best = 1e30;
    LiquidResult base;
    for (int i = 0; i < repeats; ++i) {
        const auto start = std::chrono::steady_clock::now();
        base = solveLiquid(hall);
        best = std::min(best, secondsSince(start));
    }
    if (!base.ok()) {
        std::printf("steady solve failed: %s\n", base.error.c_str());
        return 1;
    }
    std::printf("steady hydraulics + heat:   %8.2f ms  (two passes)\n", best * 1e3);

    const std::vector<FailureCase> cases = singleFailures(hall);
    best = 1e30;
    int overLimit = 0;
    double shortest = INFINITY;
    for (int i = 0; i < repeats; ++i) {
        overLimit = 0;
        const auto start = std::chrono::steady_clock::now();
        for (const FailureCase &failure : cases) {
            const FailureOutcome outcome = analyseFailure(hall, base, failure);
            overLimit += outcome.racksOverLimit;
            for (const RackOutcome &rack : outcome.racks)
                shortest = std::min(shortest, rack.secondsToLimit);
        }
        best = std::min(best, secondsSince(start));
    }
    std::printf("N-1 sweep, %zu cases:        %8.2f ms  (%.2f ms per case; transient 600 s at 0.5 s steps)\n",
        cases.size(), best * 1e3, best * 1e3 / double(cases.size()));
    std::printf(
        "racks over a limit, summed over the cases: %d; shortest time to a limit %.1f s\n", overLimit, shortest);
    return 0;
}
