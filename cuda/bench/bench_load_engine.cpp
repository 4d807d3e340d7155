// SPDX-License-Identifier: GPL-3.0-or-later
// Simulated rack-hours per second of the load engines on a synthetic hall shaped like the demo plan
// (360 racks in 20 groups, 2N chain, cooling). The demo plan itself: tests/bench/bench_load.
#include "loadtestmodel.h"
#include "rackwerk/engine/backend.h"
#include "rackwerk/engine/loadprojection.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>

using namespace rw::engine;

int main(int argc, char **argv)
{
    const int trials = argc > 1 ? std::atoi(argv[1]) : 200;
    const int years = argc > 2 ? std::atoi(argv[2]) : 3;
    rw::check::LoadTestModel t = rw::check::hallModel(years * kHoursPerYear, 20, 18.0f);
    const LoadModel &model = t.bind();
    const double rackHours = double(trials) * model.hours * 360.0;
    std::printf("load engine: %d trials x %d years hourly, 360 racks, %d job slots, %d nodes\n", trials, years,
        model.jobSlots, model.nodeCount);
    const auto time = [&](Backend backend) {
        LoadStatistics s;
        std::string error;
        const auto start = std::chrono::steady_clock::now();
        if (!runLoadProjection(model, { trials, 1, 24 }, backend, {}, &s, &error)) {
            std::printf("%s: %s\n", backendName(backend), error.c_str());
            return;
        }
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::printf("%-5s %8.2f s  %10.3g rack-hours/s  %10.3g trial-hours/s\n", backendName(backend), seconds,
            rackHours / seconds, double(trials) * model.hours / seconds);
    };
    std::printf("cpu threads: %u\n", std::thread::hardware_concurrency());
    time(Backend::Cpu);
    if (probeBackends().cudaUsable)
        time(Backend::Cuda);
    else
        std::printf("cuda  not run: %s\n", probeBackends().reason.c_str());
    return 0;
}
