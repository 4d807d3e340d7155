// SPDX-License-Identifier: GPL-3.0-or-later
// Hydraulic solve and N-1 failure sweep of a hall of liquid racks (default 10 CDUs x 20 racks = 200 racks; aim:
// the whole sweep in under 1 s on one core, issue 18) and the 8,760 hourly steady states of a weather year (aim: well
// under 1-2 s). Prints figures; not a test.
// Usage: bench_liquid [cdus] [racks per cdu] [repeats]
#include "liquidtestnetwork.h"
#include "rackwerk/engine/liquid/liquidloop.h"
#include "rackwerk/engine/liquid/liquidyear.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>

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
    std::clock_t cpuStart = std::clock();
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
    std::printf("N-1 sweep, %zu cases:        %8.2f ms  (%.2f ms per case; transient 600 s at 0.5 s steps; CPU %.2f ms "
                "per sweep)\n",
        cases.size(), best * 1e3, best * 1e3 / double(cases.size()),
        1e3 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC / repeats);
    std::printf(
        "racks over a limit, summed over the cases: %d; shortest time to a limit %.1f s\n", overLimit, shortest);

    // A synthetic year: seasons and days (mean 9 °C, -6..24 °C), the racks' heat 70-100 % through the day.
    std::vector<float> outdoor(8760);
    std::vector<float> share(8760);
    for (int h = 0; h < 8760; ++h) {
        outdoor[size_t(h)]
            = float(9.0 - 10.0 * std::cos(6.2831853 * h / 8760.0) - 5.0 * std::cos(6.2831853 * h / 24.0));
        share[size_t(h)] = float(0.7 + 0.3 * (h % 24) / 23.0);
    }
    LiquidYearInput year;
    year.hours = 8760;
    year.dryBulbC = outdoor.data();
    year.heatShare = share.data();
    year.units.assign(hall.rejections.size(), { 20e3, 0.0, 0.0 });
    best = 1e30;
    cpuStart = std::clock();
    LiquidYearResult annual;
    for (int i = 0; i < repeats; ++i) {
        const auto start = std::chrono::steady_clock::now();
        LiquidOptions yearOptions;
        yearOptions.temperatureToleranceK = 1e-6;
        annual = solveLiquidYear(hall, base, year, yearOptions);
        best = std::min(best, secondsSince(start));
    }
    std::printf("weather year, 8760 hours:   %8.2f ms  (%.2f us per hour; CPU %.2f ms per year; %d hours without a "
                "steady state)\n",
        best * 1e3, best * 1e6 / 8760.0, 1e3 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC / repeats,
        annual.hoursWithoutSteadyState);
    return 0;
}
