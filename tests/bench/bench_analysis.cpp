// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long the budget analyses take on the demo plan (360 racks, 128 power nodes, 38 cooling units).
// A benchmark, not a test: run it on a quiet machine and read the figures.
//   build/tests/bench/bench_analysis [repetitions]
#include "analysis/capacitysearch.h"
#include "analysis/contingency.h"
#include "analysis/coolingbudget.h"
#include "demo/demoplan.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

void measure(const char *name, int repetitions, const std::function<void()> &work)
{
    std::vector<double> ms;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%-44s min %9.1f ms  median %9.1f ms  max %9.1f ms  (%d runs)\n", name, ms.front(),
                ms[ms.size() / 2], ms.back(), repetitions);
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int repetitions = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    rw::Plan plan;
    rw::buildDemoPlan(plan);
    std::printf("demo plan: %zu racks, %zu devices, %zu power nodes, %zu cooling units (one thread)\n",
                plan.all<rw::Rack>().size(), plan.all<rw::MountedDevice>().size(), plan.all<rw::PowerNode>().size(),
                plan.all<rw::CoolingUnit>().size());
    std::size_t contingencies = 0;
    measure("power analysis, normal + every N-1", repetitions,
            [&] { contingencies = rw::PowerAnalyzer::analyze(plan).contingencies.size(); });
    std::printf("  (%zu contingencies per run)\n", contingencies);
    measure("cooling, floor and stranding budgets", repetitions, [&] { rw::CoolingBudgeter::compute(plan); });
    measure("capacity search, nvidia-dgx-b200", repetitions,
            [&] { rw::CapacitySearch::run(plan, QStringLiteral("nvidia-dgx-b200")); });
    return 0;
}
