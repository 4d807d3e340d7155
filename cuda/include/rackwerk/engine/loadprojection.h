// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Monte Carlo projection of a hall's hourly power and energy: the interface both engines implement.

#include "backend.h"
#include "loadkernel.h"
#include "loadmodel.h"
#include "memory.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace rw::engine {

constexpr int kMaxLoadTrials = 100000;

struct LoadRunOptions {
    int trials = 1000;
    std::uint64_t seed = 1;
    int slotHours = 24;  ///< hours pooled into one statistics slot (24: per day, hourly values inside)
    /// The most host memory the run may take; 0: what the machine has available when it starts. The CUDA
    /// engine also checks the GPU's free memory. A run predicted to need more is refused before it allocates.
    std::size_t memoryLimitBytes = 0;
    int threads = 0;  ///< CPU engine: 0 = one per hardware thread
    /// The straightforward per-hour chain pass instead of the per-node tables (ChainTables): the same figures,
    /// slower; kept as the reference the tests hold the tables against.
    bool referenceChain = false;
};

/// Owns the arrays that ChainTables points at.
struct ChainTableArrays {
    std::vector<int> coolingStart;
    std::vector<NodeCooling> cooling;
    std::vector<int> shareStart;
    std::vector<GroupShare> shares;
    std::vector<int> lossStart;
    std::vector<IncomingLoss> losses;
    std::vector<std::uint8_t> lossy;
    std::vector<NodeLimits> limits;

    ChainTables tables() const;
};

/// Arranges a valid model's power chain per node (ChainTables), in the order the reference pass adds it up.
ChainTableArrays buildChainTables(const LoadModel &model);

/// Called between trials (CPU) or batches of trials (CUDA) from the calling thread; return false to cancel.
using LoadProgress = std::function<bool(int trialsDone, int trials)>;

/// What a run leaves: streaming statistics per slot, and the small per-trial results. No per-trial hourly
/// arrays are kept. Sums are fixed point (integers), so they do not depend on the order in which threads or
/// GPU atomics add them: a seed gives the same figures on any number of threads and on either engine.
struct LoadStatistics {
    int trials = 0;
    int slotCount = 0;
    int slotHours = 24;
    int months = 0;
    int years = 0;
    int nodes = 0;
    bool cancelled = false;
    Backend backend = Backend::Cpu;
    MemoryShortfall memoryShortfall;  ///< set when the run was refused for its memory
    float histogramMin[kLoadMetricCount] = {};
    float histogramMax[kLoadMetricCount] = {};
    double sumScale[kLoadMetricCount] = {};  ///< fixed-point units per metric unit
    double squareScale[kLoadMetricCount] = {};
    std::vector<std::uint32_t> histogram;  ///< [slot][metric][bin]: hourly values of all trials
    std::vector<std::uint64_t> sums;  ///< [slot][metric], fixed point
    std::vector<std::uint64_t> squares;  ///< [slot][metric], fixed point
    std::vector<std::uint64_t> counts;  ///< [slot][metric]: hourly values counted
    std::vector<float> minValue;  ///< [slot][metric], exact
    std::vector<float> maxValue;  ///< [slot][metric], exact
    std::vector<double> monthEnergyKwh;  ///< [trial][month][MonthQuantity]
    std::vector<double> yearEnergyKwh;  ///< [trial][year][MonthQuantity]
    std::vector<float> yearPeakFacilityKw;  ///< [trial][year]: highest hourly mean facility power
    std::vector<float> yearShortfallHours;  ///< [trial][year]
    std::vector<float> yearSwingKw;  ///< [trial][year]: largest within-hour training swing (TrialOutputs::yearSwingKw)
    std::vector<float> nodeRisk;  ///< [trial][node][NodeRiskField]

    std::size_t at(int slot, int metric) const { return std::size_t(slot) * kLoadMetricCount + metric; }
    double mean(int slot, int metric) const;
    double variance(int slot, int metric) const;
    /// Value below which share p (0..1) of the slot's hourly values lie: from the histogram, linear inside
    /// the bin, clamped to the exact minimum and maximum. Accurate to one bin width.
    double percentile(int slot, int metric, double p) const;
    double binWidth(int metric) const { return (histogramMax[metric] - histogramMin[metric]) / kHistogramBins; }

    /// Sizes every array for a model and options, and picks the fixed-point scales.
    void prepare(const LoadModel &model, const LoadRunOptions &options);
    /// Adds another partial result of the same shape (histograms, sums, extremes; trial arrays are shared).
    void mergeSlots(const LoadStatistics &other);
};

/// Bytes a run takes on the host, and (CUDA engine) on the GPU, before it allocates them.
std::size_t predictLoadHostBytes(const LoadModel &model, const LoadRunOptions &options, Backend backend);
std::size_t predictLoadDeviceBytes(const LoadModel &model, const LoadRunOptions &options);
/// The most trials (up to options.trials) whose run fits into what the host and, for CUDA, the GPU can
/// give; 0 when not even one fits.
int mostTrialsFitting(const LoadModel &model, const LoadRunOptions &options, Backend backend);

/// Runs the projection on the chosen engine. Returns false with *error (English, for logs) when the model or
/// options are invalid, the run does not fit into memory (statistics.memoryShortfall says how far) or the CUDA
/// engine failed; a cancelled run returns true with statistics.cancelled set.
bool runLoadProjection(const LoadModel &model, const LoadRunOptions &options, Backend backend,
    const LoadProgress &progress, LoadStatistics *statistics, std::string *error);

/// The multi-threaded CPU engine (threads = 0: one per hardware thread).
void runLoadProjectionCpu(const LoadModel &model, const LoadRunOptions &options, const LoadProgress &progress,
    LoadStatistics *statistics, int threads = 0);
/// The CUDA engine; false on any CUDA error (and in builds without CUDA).
bool runLoadProjectionCuda(const LoadModel &model, const LoadRunOptions &options, const LoadProgress &progress,
    LoadStatistics *statistics, std::string *error);

/// Checks array sizes and indices of a model; empty when it is consistent.
std::string validateLoadModel(const LoadModel &model, const LoadRunOptions &options);

/// Bin of a value in a metric's histogram.
RW_HD inline int histogramBin(const float *minimum, const float *maximum, int metric, double value)
{
    const double span = double(maximum[metric]) - minimum[metric];
    const double position = span > 0.0 ? (value - minimum[metric]) / span * kHistogramBins : 0.0;
    return position < 0.0 ? 0 : (position >= kHistogramBins ? kHistogramBins - 1 : int(position));
}

/// Fixed-point form of a non-negative sum (round half up; identical on host and device).
RW_HD inline std::uint64_t toFixed(double value, double scale)
{
    return value > 0.0 ? std::uint64_t(value * scale + 0.5) : 0u;
}

}  // namespace rw::engine
