// SPDX-License-Identifier: GPL-3.0-or-later
// The load projection on the demo plan (rackwerk-cli demo: 343 racks with devices, 360 positions), timed per
// engine: simulated rack-hours per second. Usage: bench_load [TRIALS] [YEARS]. Aim: 1,000 trials x 3 years
// under 60 s on the 2-core CI machine (CPU engine).
#include "demo/demoplan.h"
#include "projection/loadprojection.h"

#include <QCoreApplication>

#include <cstdio>
#include <thread>

using namespace rw;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int trials = argc > 1 ? std::atoi(argv[1]) : 1000;
    const int years = argc > 2 ? std::atoi(argv[2]) : 3;
    Plan plan;
    buildDemoPlan(plan);
    std::printf("demo plan, %d trials x %d years hourly, %u hardware threads\n", trials, years,
        std::thread::hardware_concurrency());
    for (engine::BackendRequest request : { engine::BackendRequest::Cpu, engine::BackendRequest::Cuda }) {
        LoadProjectionOptions options;
        options.trials = trials;
        options.engine = request;
        options.model.years = years;
        LoadProjectionResult result;
        QString error;
        if (!LoadProjection::run(plan, options, {}, &result, &error)) {
            std::printf(
                "%-5s not run: %s\n", request == engine::BackendRequest::Cpu ? "cpu" : "cuda", qPrintable(error));
            continue;
        }
        std::printf("%-5s %8.2f s  %10.3g rack-hours/s  (%d racks; year %d PUE P50 %.4f, P95 %.4f)\n",
            engine::backendName(result.engine), result.seconds, result.rackHoursPerSecond, result.racks, years,
            result.perYear.back().pue.p50, result.perYear.back().pue.p95);
    }
    return 0;
}
