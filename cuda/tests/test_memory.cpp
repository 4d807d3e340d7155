// SPDX-License-Identifier: GPL-3.0-or-later
// Every engine predicts its memory before it allocates and refuses a run that does not fit: thermal
// grids larger than the machine (3,000 x 3,000 x 30 m at 1 m cells), load projections with too many
// trials. The refusals come back at once, with both figures, and nothing was allocated.
#include "check.h"
#include "loadtestmodel.h"
#include "rackwerk/engine/loadprojection.h"
#include "rackwerk/engine/memory.h"
#include "rackwerk/engine/thermalsolver.h"

using namespace rw::engine;

namespace {

constexpr std::size_t kGiB = std::size_t(1) << 30;

ThermalCase emptyHall(float x, float y, float z)
{
    ThermalCase c;
    c.name = "hall";
    c.sizeM[0] = x;
    c.sizeM[1] = y;
    c.sizeM[2] = z;
    return c;
}

void testAvailableMemory(rw::check::Suite &suite)
{
    const std::size_t available = availableMemoryBytes();
    suite.expect(available > (std::size_t(64) << 20), "the machine has more than 64 MiB available");
    suite.expect(memoryLimitBytes(12345, false) == 12345, "a limit that is set is the limit");
    suite.expect(memoryLimitBytes(0, false) > 0, "no limit set: what is available");
}

void testThermalRefusals(rw::check::Suite &suite)
{
    // 3,000 x 3,000 x 30 m at 1 m: 270 million cells, tens of gigabytes. With an 8 GiB limit it is refused
    // before any allocation, with the figures.
    ThermalSettings settings;
    settings.cellM = 1.0f;
    settings.memoryLimitBytes = 8 * kGiB;
    const ThermalResult huge = solveThermal(emptyHall(3000, 3000, 30), settings);
    suite.expect(huge.error == ThermalError::TooLarge, "3,000 x 3,000 x 30 m at 1 m is refused");
    suite.expect(huge.memory.neededBytes > 20 * kGiB, "... needing tens of gigabytes");
    suite.expect(huge.memory.availableBytes == 8 * kGiB, "... against the limit");
    suite.expect(huge.grid.cellCount() == std::size_t(270'000'000), "... with its grid");
    suite.expect(huge.fields.temperatureC.empty(), "... and nothing allocated");

    // 1,000 x 1,000 x 30 m at 1 m: 30 million cells, a few gigabytes.
    settings.memoryLimitBytes = 2 * kGiB;
    const ThermalCase big = emptyHall(1000, 1000, 30);
    const ThermalResult large = solveThermal(big, settings);
    suite.expect(large.error == ThermalError::TooLarge, "1,000 x 1,000 x 30 m at 1 m is refused under 2 GiB");
    suite.expect(large.memory.neededBytes == predictThermalMemoryBytes(big, 1.0f), "... with the prediction");

    // Without a limit: what the machine has. A hall no machine holds at 1 m cells (3 billion cells).
    settings.memoryLimitBytes = 0;
    const ThermalResult enormous = solveThermal(emptyHall(10000, 10000, 30), settings);
    suite.expect(enormous.error == ThermalError::TooLarge, "10,000 x 10,000 x 30 m at 1 m is refused here");
    suite.expect(enormous.memory.availableBytes == availableMemoryBytes()
            || enormous.memory.availableBytes + (std::size_t(256) << 20) > availableMemoryBytes(),
        "... against what the machine has available");

    // The finest cell that fits: it fits, one centimetre finer does not.
    const float finest = finestCellFitting(big, 2 * kGiB);
    suite.expect(finest > 1.0f && finest <= 2.0f, "a coarser cell fits 2 GiB");
    suite.expect(predictThermalMemoryBytes(big, finest) <= 2 * kGiB, "... it fits");
    suite.expect(predictThermalMemoryBytes(big, finest - 0.01f) > 2 * kGiB, "... and is the finest");
    suite.expect(finestCellFitting(big, 1000) == 0.0f, "nothing fits 1,000 bytes");

    // Absurd sizes do not overflow the count: they are refused for their memory.
    const ThermalResult absurd = solveThermal(emptyHall(1e30f, 1e30f, 1e30f), settings);
    suite.expect(absurd.error == ThermalError::TooLarge, "a hall of 1e30 m is refused, not overflowed");
}

void testLoadRefusals(rw::check::Suite &suite)
{
    rw::check::LoadTestModel t = rw::check::hallModel(kHoursPerYear, 8, 10.0f);
    const LoadModel &model = t.bind();
    LoadRunOptions options;
    options.trials = 1000;
    options.threads = 2;
    const std::size_t needed = predictLoadHostBytes(model, options, Backend::Cpu);
    suite.expect(needed > (std::size_t(1) << 20), "a year of 1,000 trials needs megabytes");
    options.trials = 2000;
    suite.expect(predictLoadHostBytes(model, options, Backend::Cpu) > needed, "more trials need more");
    options.trials = 1000;

    options.memoryLimitBytes = needed - 1;
    LoadStatistics s;
    std::string error;
    suite.expect(!runLoadProjection(model, options, Backend::Cpu, {}, &s, &error), "one byte short is refused");
    suite.expect(s.memoryShortfall.neededBytes == needed, "... with the prediction");
    suite.expect(s.memoryShortfall.availableBytes == needed - 1, "... and the limit");
    suite.expect(s.histogram.empty() && s.nodeRisk.empty(), "... before allocating");
    suite.expect(!error.empty(), "... and a reason for the log");

    const int fitting = mostTrialsFitting(model, options, Backend::Cpu);
    suite.expect(fitting > 0 && fitting < 1000, "fewer trials fit");
    LoadRunOptions fewer = options;
    fewer.trials = fitting;
    suite.expect(predictLoadHostBytes(model, fewer, Backend::Cpu) <= options.memoryLimitBytes, "... and they fit");
    fewer.trials = fitting + 1;
    suite.expect(predictLoadHostBytes(model, fewer, Backend::Cpu) > options.memoryLimitBytes, "... one more does not");

    options.memoryLimitBytes = needed;
    LoadStatistics ran;
    suite.expect(runLoadProjection(model, options, Backend::Cpu, {}, &ran, &error), "exactly enough runs");
    suite.expect(ran.memoryShortfall.neededBytes == 0, "... without a shortfall");
}

}  // namespace

int main()
{
    rw::check::Suite suite;
    testAvailableMemory(suite);
    testThermalRefusals(suite);
    testLoadRefusals(suite);
    return suite.finish();
}
