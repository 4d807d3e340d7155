// SPDX-License-Identifier: GPL-3.0-or-later
// The CPU engine: trials spread over threads, each thread with its own streaming statistics, merged at the end.
#include "rackwerk/engine/loadprojection.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace rw::engine {
namespace {

/// One thread's histograms and sums.
struct CpuSink {
    LoadStatistics &partial;

    void value(int slot, int metric, double v)
    {
        const std::size_t i = partial.at(slot, metric);
        ++partial.histogram[i * kHistogramBins + histogramBin(partial.histogramMin, partial.histogramMax, metric, v)];
        partial.minValue[i] = std::min(partial.minValue[i], float(v));
        partial.maxValue[i] = std::max(partial.maxValue[i], float(v));
    }

    void slotSums(int slot, const double *sums, const double *squares, const int *counts)
    {
        for (int metric = 0; metric < kLoadMetricCount; ++metric) {
            const std::size_t i = partial.at(slot, metric);
            partial.sums[i] += toFixed(sums[metric], partial.sumScale[metric]);
            partial.squares[i] += toFixed(squares[metric], partial.squareScale[metric]);
            partial.counts[i] += std::uint64_t(counts[metric]);
        }
    }
};

/// Working memory of one thread.
struct ScratchBuffers {
    std::vector<std::uint8_t> running;
    std::vector<double> values;

    TrialScratch bind(const LoadModel &m)
    {
        running.assign(std::size_t(std::max(m.jobSlots, 1)), 0);
        const std::size_t s = std::size_t(m.jobSlots), g = std::size_t(m.groupCount), n = std::size_t(m.nodeCount);
        values.assign(2 * s + 6 * g + 3 * n + 1, 0.0);
        double *p = values.data();
        TrialScratch t;
        t.running = running.data();
        t.slotUtil = p, p += s;
        t.slotPeak = p, p += s;
        t.groupNoise = p, p += g;
        t.trainUtilRacks = p, p += g;
        t.trainPeakRacks = p, p += g;
        t.groupMeanKw = p, p += g;
        t.groupPeakKw = p, p += g;
        t.nodeOutKw = p, p += n;
        t.nodePeakKw = p, p += n;
        t.nodeLossKw = p;
        return t;
    }
};

}  // namespace

void runLoadProjectionCpu(const LoadModel &model, const LoadRunOptions &options, const LoadProgress &progress,
    LoadStatistics *statistics, int threads)
{
    statistics->prepare(model, options);
    statistics->backend = Backend::Cpu;
    if (threads <= 0)
        threads = int(std::max(1u, std::thread::hardware_concurrency()));
    threads = std::min(threads, options.trials);

    const ChainTableArrays chainArrays = options.referenceChain ? ChainTableArrays {} : buildChainTables(model);
    const ChainTables chainTables = chainArrays.tables();
    const ChainTables *chain = options.referenceChain ? nullptr : &chainTables;

    TrialOutputs outputs;
    outputs.monthEnergyKwh = statistics->monthEnergyKwh.data();
    outputs.yearEnergyKwh = statistics->yearEnergyKwh.data();
    outputs.yearPeakFacilityKw = statistics->yearPeakFacilityKw.data();
    outputs.yearShortfallHours = statistics->yearShortfallHours.data();
    outputs.yearSwingKw = statistics->yearSwingKw.data();
    outputs.nodeRisk = statistics->nodeRisk.data();

    std::atomic<int> nextTrial { 0 };
    std::atomic<int> done { 0 };
    // Asked once before any work, so that a cancel always lands, even when the trials would finish
    // before the first poll below.
    std::atomic<bool> cancel { progress && !progress(0, options.trials) };
    std::mutex mutex;
    std::condition_variable finished;
    int running = threads;
    std::vector<LoadStatistics> partials(static_cast<std::size_t>(threads));
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            LoadStatistics &partial = partials[std::size_t(t)];
            // Only the slot statistics are per thread; trial results go straight into the shared arrays.
            partial.trials = 0;
            partial.slotCount = statistics->slotCount;
            partial.slotHours = statistics->slotHours;
            std::copy(std::begin(statistics->histogramMin), std::end(statistics->histogramMin), partial.histogramMin);
            std::copy(std::begin(statistics->histogramMax), std::end(statistics->histogramMax), partial.histogramMax);
            std::copy(std::begin(statistics->sumScale), std::end(statistics->sumScale), partial.sumScale);
            std::copy(std::begin(statistics->squareScale), std::end(statistics->squareScale), partial.squareScale);
            partial.histogram.assign(statistics->histogram.size(), 0u);
            partial.sums.assign(statistics->sums.size(), 0u);
            partial.squares.assign(statistics->sums.size(), 0u);
            partial.counts.assign(statistics->sums.size(), 0u);
            partial.minValue.assign(statistics->sums.size(), INFINITY);
            partial.maxValue.assign(statistics->sums.size(), -INFINITY);
            CpuSink sink { partial };
            ScratchBuffers buffers;
            const TrialScratch scratch = buffers.bind(model);
            for (int trial = nextTrial++; trial < options.trials && !cancel; trial = nextTrial++) {
                simulateTrial(
                    model, chain, std::uint32_t(trial), options.seed, options.slotHours, scratch, outputs, sink);
                ++done;
            }
            std::lock_guard<std::mutex> lock(mutex);
            --running;
            finished.notify_all();
        });
    }
    {
        std::unique_lock<std::mutex> lock(mutex);
        while (!finished.wait_for(lock, std::chrono::milliseconds(50), [&] { return running == 0; })) {
            if (progress && !cancel && !progress(done.load(), options.trials))
                cancel = true;
        }
    }
    for (std::thread &worker : workers)
        worker.join();
    for (const LoadStatistics &partial : partials)
        statistics->mergeSlots(partial);
    statistics->cancelled = cancel.load() && done.load() < options.trials;
    if (progress && !statistics->cancelled)
        progress(options.trials, options.trials);
}

}  // namespace rw::engine
