// SPDX-License-Identifier: GPL-3.0-or-later
#include "rackwerk/engine/loadprojection.h"

#include <algorithm>
#include <cmath>
#include <thread>

namespace rw::engine {
namespace {

/// Largest power of two s with limit * s below 2^62 (room for values above the histogram range).
double fixedScale(double limit)
{
    return limit > 0.0 ? std::exp2(std::floor(std::log2(std::ldexp(1.0, 62) / limit))) : 1.0;
}

}  // namespace

void LoadStatistics::prepare(const LoadModel &model, const LoadRunOptions &options)
{
    trials = options.trials;
    slotHours = options.slotHours;
    slotCount = (model.hours + options.slotHours - 1) / options.slotHours;
    months = model.months;
    years = model.years();
    nodes = model.nodeCount;
    cancelled = false;
    const std::size_t cells = std::size_t(slotCount) * kLoadMetricCount;
    for (int metric = 0; metric < kLoadMetricCount; ++metric) {
        histogramMin[metric] = model.histogramMin[metric];
        histogramMax[metric] = model.histogramMax[metric];
        // A slot's sum over all trials stays below 2^62 for values up to four times the histogram maximum.
        const double top = 4.0 * std::max(std::fabs(double(model.histogramMax[metric])), 1.0);
        sumScale[metric] = fixedScale(top * slotHours * double(trials));
        squareScale[metric] = fixedScale(top * top * slotHours * double(trials));
    }
    histogram.assign(cells * kHistogramBins, 0u);
    sums.assign(cells, 0u);
    squares.assign(cells, 0u);
    counts.assign(cells, 0u);
    minValue.assign(cells, INFINITY);
    maxValue.assign(cells, -INFINITY);
    monthEnergyKwh.assign(std::size_t(trials) * months * kMonthQuantityCount, 0.0);
    yearEnergyKwh.assign(std::size_t(trials) * years * kMonthQuantityCount, 0.0);
    yearPeakFacilityKw.assign(std::size_t(trials) * years, 0.0f);
    yearShortfallHours.assign(std::size_t(trials) * years, 0.0f);
    yearSwingKw.assign(std::size_t(trials) * years, 0.0f);
    nodeRisk.assign(std::size_t(trials) * nodes * kNodeRiskFields, 0.0f);
}

void LoadStatistics::mergeSlots(const LoadStatistics &other)
{
    for (std::size_t i = 0; i < histogram.size(); ++i)
        histogram[i] += other.histogram[i];
    for (std::size_t i = 0; i < sums.size(); ++i) {
        sums[i] += other.sums[i];
        squares[i] += other.squares[i];
        counts[i] += other.counts[i];
        minValue[i] = std::min(minValue[i], other.minValue[i]);
        maxValue[i] = std::max(maxValue[i], other.maxValue[i]);
    }
}

double LoadStatistics::mean(int slot, int metric) const
{
    const std::size_t i = at(slot, metric);
    return counts[i] ? double(sums[i]) / sumScale[metric] / double(counts[i]) : 0.0;
}

double LoadStatistics::variance(int slot, int metric) const
{
    const std::size_t i = at(slot, metric);
    if (counts[i] < 2)
        return 0.0;
    const double n = double(counts[i]);
    const double m = mean(slot, metric);
    return std::max(0.0, (double(squares[i]) / squareScale[metric] - n * m * m) / (n - 1.0));
}

double LoadStatistics::percentile(int slot, int metric, double p) const
{
    const std::size_t i = at(slot, metric);
    if (counts[i] == 0)
        return 0.0;
    const std::uint32_t *bins = histogram.data() + i * kHistogramBins;
    const double target = std::clamp(p, 0.0, 1.0) * double(counts[i]);
    double below = 0.0;
    const double width = binWidth(metric);
    double value = maxValue[i];
    for (int b = 0; b < kHistogramBins; ++b) {
        if (bins[b] > 0 && below + bins[b] >= target) {
            value = histogramMin[metric] + width * (b + (target - below) / bins[b]);
            break;
        }
        below += bins[b];
    }
    return std::clamp(value, double(minValue[i]), double(maxValue[i]));
}

ChainTables ChainTableArrays::tables() const
{
    ChainTables t;
    t.coolingStart = coolingStart.data();
    t.cooling = cooling.data();
    t.shareStart = shareStart.data();
    t.shares = shares.data();
    t.lossStart = lossStart.data();
    t.losses = losses.data();
    t.lossy = lossy.data();
    t.limits = limits.data();
    return t;
}

ChainTableArrays buildChainTables(const LoadModel &m)
{
    const std::size_t nodes = std::size_t(m.nodeCount);
    ChainTableArrays a;
    a.coolingStart.push_back(0);
    for (std::size_t n = 0; n < nodes; ++n) {
        for (int c = 0; c < kCoolingComponentCount; ++c) {
            const float share = m.coolingShare[n * kCoolingComponentCount + std::size_t(c)];
            if (share != 0.0f)  // adds exactly nothing to the node's sum
                a.cooling.push_back({ c, share });
        }
        a.coolingStart.push_back(int(a.cooling.size()));
    }
    // Counting sorts by node that keep the model's order within a node: the order its adds happen in.
    a.shareStart.assign(nodes + 1, 0);
    for (int k = 0; k < m.shareCount; ++k)
        ++a.shareStart[std::size_t(m.shares[k].node) + 1];
    for (std::size_t n = 0; n < nodes; ++n)
        a.shareStart[n + 1] += a.shareStart[n];
    a.shares.resize(std::size_t(m.shareCount));
    std::vector<int> next(a.shareStart.begin(), a.shareStart.end() - 1);
    for (int k = 0; k < m.shareCount; ++k)
        a.shares[std::size_t(next[std::size_t(m.shares[k].node)]++)] = { m.shares[k].group, m.shares[k].share };

    a.lossy.resize(nodes);
    a.limits.resize(nodes);
    for (std::size_t n = 0; n < nodes; ++n) {
        a.lossy[n] = isLossless(m.nodes[n]) ? 0 : 1;
        a.limits[n] = limitsOf(m.nodes[n]);
    }
    // A parent receives its children's losses as the reference pass sends them: children in order, links in order;
    // lossless children send nothing.
    a.lossStart.assign(nodes + 1, 0);
    for (std::size_t n = 0; n < nodes; ++n) {
        const ChainNode &node = m.nodes[n];
        for (int l = node.firstLossLink; a.lossy[n] && l < node.firstLossLink + node.lossLinkCount; ++l)
            ++a.lossStart[std::size_t(m.lossLinks[l].parent) + 1];
    }
    for (std::size_t n = 0; n < nodes; ++n)
        a.lossStart[n + 1] += a.lossStart[n];
    a.losses.resize(std::size_t(a.lossStart[nodes]));
    next.assign(a.lossStart.begin(), a.lossStart.end() - 1);
    for (std::size_t n = 0; n < nodes; ++n) {
        const ChainNode &node = m.nodes[n];
        for (int l = node.firstLossLink; a.lossy[n] && l < node.firstLossLink + node.lossLinkCount; ++l)
            a.losses[std::size_t(next[std::size_t(m.lossLinks[l].parent)]++)] = { int(n), m.lossLinks[l].fraction };
    }
    return a;
}

std::string validateLoadModel(const LoadModel &m, const LoadRunOptions &options)
{
    if (options.trials < 1 || options.trials > kMaxLoadTrials)
        return "trials out of range";
    if (options.slotHours < 1 || options.slotHours > 24 * 31)
        return "slot hours out of range";
    if (m.hours < 1 || m.hours > 30 * kHoursPerYear || m.months < 1 || m.startHourOfYear % 24 != 0
        || m.startHourOfYear < 0 || m.startHourOfYear >= kHoursPerYear || m.startDayOfWeek < 0 || m.startDayOfWeek > 6)
        return "horizon out of range";
    if (!m.phaseOfHour || !m.monthOfHour || !m.freeShareAir || !m.freeShareLiquid || !m.chillerCopFactor)
        return "hourly arrays missing";
    for (int h = 0; h < m.hours; ++h) {
        if (m.phaseOfHour[h] < -1 || m.phaseOfHour[h] >= m.phaseCount || m.monthOfHour[h] < 0
            || m.monthOfHour[h] >= m.months)
            return "phase or month index out of range";
    }
    for (int k = 0; k < m.memberCount; ++k) {
        if (m.members[k].slot < 0 || m.members[k].slot >= m.jobSlots || m.members[k].group < 0
            || m.members[k].group >= m.groupCount)
            return "slot member out of range";
    }
    for (int p = 0; p < m.phaseCount; ++p) {
        if (m.phases[p].firstMember < 0 || m.phases[p].firstMember + m.phases[p].memberCount > m.memberCount)
            return "phase members out of range";
    }
    for (int k = 0; k < m.shareCount; ++k) {
        if (m.shares[k].node < 0 || m.shares[k].node >= m.nodeCount || m.shares[k].group < 0
            || m.shares[k].group >= m.groupCount)
            return "node share out of range";
    }
    for (int n = 0; n < m.nodeCount; ++n) {
        const ChainNode &node = m.nodes[n];
        if (node.firstLossLink < 0 || node.firstLossLink + node.lossLinkCount > m.lossLinkCount)
            return "loss links out of range";
        for (int l = node.firstLossLink; l < node.firstLossLink + node.lossLinkCount; ++l) {
            if (m.lossLinks[l].parent <= n || m.lossLinks[l].parent >= m.nodeCount)
                return "nodes are not ordered children before parents";
        }
    }
    if (m.nodeCount > 0 && !m.coolingShare)
        return "cooling shares missing";
    if (m.loops.designHeatKw > 0.0f && !m.loops.table)
        return "coolant loop plant missing";
    if (!(m.loops.designHeatKw >= 0.0f) || !(m.loops.pumpKw >= 0.0f))
        return "coolant loop plant out of range";
    const WorkloadParameters &w = m.workload;
    if (!(w.trainingRunMeanH >= 1.0f) || !(w.trainingGapMeanH >= 1.0f) || !(w.inferenceNoiseCorrelation >= 0.0f)
        || !(w.inferenceNoiseCorrelation < 1.0f))
        return "workload parameters out of range";
    for (int metric = 0; metric < kLoadMetricCount; ++metric) {
        if (!(m.histogramMax[metric] > m.histogramMin[metric]))
            return "histogram range empty";
    }
    return {};
}

namespace {

int cpuThreads(const LoadRunOptions &options)
{
    const int threads = options.threads > 0 ? options.threads : int(std::max(1u, std::thread::hardware_concurrency()));
    return std::max(1, std::min(threads, options.trials));
}

/// The statistics' arrays: per slot and metric (histogram, sums, extremes), and per trial.
std::size_t slotBytes(const LoadModel &model, const LoadRunOptions &options)
{
    const std::size_t slots = std::size_t((model.hours + options.slotHours - 1) / std::max(1, options.slotHours));
    const std::size_t cells = slots * kLoadMetricCount;
    return cells * (kHistogramBins * sizeof(std::uint32_t) + 3 * sizeof(std::uint64_t) + 2 * sizeof(float));
}

std::size_t trialBytes(const LoadModel &model, const LoadRunOptions &options)
{
    const std::size_t trials = std::size_t(std::max(0, options.trials));
    const std::size_t years = std::size_t(std::max(0, model.years()));
    return trials
        * (std::size_t(std::max(0, model.months)) * kMonthQuantityCount * sizeof(double)
            + years * kMonthQuantityCount * sizeof(double) + years * 3 * sizeof(float)
            + std::size_t(std::max(0, model.nodeCount)) * kNodeRiskFields * sizeof(float));
}

/// ChainTables at their largest: every cooling share and loss link kept, the shares once more.
std::size_t chainTableBytes(const LoadModel &model)
{
    const std::size_t nodes = std::size_t(std::max(0, model.nodeCount));
    return (nodes + 1) * 3 * sizeof(int)
        + nodes * (kCoolingComponentCount * sizeof(NodeCooling) + 1 + sizeof(NodeLimits))
        + std::size_t(std::max(0, model.shareCount)) * sizeof(GroupShare)
        + std::size_t(std::max(0, model.lossLinkCount)) * sizeof(IncomingLoss);
}

/// One trial's working memory (slots, groups, nodes).
std::size_t scratchBytes(const LoadModel &model)
{
    const std::size_t stride = std::size_t(std::max({ model.jobSlots, model.groupCount, model.nodeCount, 1 }));
    return stride * (sizeof(std::uint8_t) + 10 * sizeof(double));
}

constexpr int kCudaBatch = 1024;  // as the CUDA engine launches them

}  // namespace

std::size_t predictLoadHostBytes(const LoadModel &model, const LoadRunOptions &options, Backend backend)
{
    const std::size_t statistics = slotBytes(model, options) + trialBytes(model, options);
    if (backend == Backend::Cuda)
        return statistics + slotBytes(model, options);  // the device's slot sums copied back
    // Each thread keeps its own slot statistics and scratch; the chain's tables are shared.
    const std::size_t threads = std::size_t(cpuThreads(options));
    return statistics + chainTableBytes(model) + threads * (slotBytes(model, options) + scratchBytes(model));
}

std::size_t predictLoadDeviceBytes(const LoadModel &model, const LoadRunOptions &options)
{
    const std::size_t hours = std::size_t(std::max(0, model.hours));
    const std::size_t modelBytes = hours * (sizeof(*model.phaseOfHour) + sizeof(*model.monthOfHour))
        + std::size_t(std::max(0, model.groupCount)) * sizeof(LoadGroup)
        + std::size_t(std::max(0, model.phaseCount)) * sizeof(LoadPhase)
        + std::size_t(std::max(0, model.memberCount)) * sizeof(SlotMember)
        + std::size_t(std::max(0, model.nodeCount)) * (sizeof(ChainNode) + kCoolingComponentCount * sizeof(float))
        + std::size_t(std::max(0, model.shareCount)) * sizeof(NodeShare)
        + std::size_t(std::max(0, model.lossLinkCount)) * sizeof(LossLink) + 3 * kHoursPerYear * sizeof(float)
        + chainTableBytes(model)
        + (model.loops.designHeatKw > 0.0f
                ? std::size_t(kHoursPerYear) * kLoopPlantLoads * kLoopPlantQuantities * sizeof(float)
                : 0);
    const std::size_t batch = std::size_t(std::min(kCudaBatch, std::max(1, options.trials)));
    return modelBytes + slotBytes(model, options) + trialBytes(model, options) + batch * scratchBytes(model);
}

int mostTrialsFitting(const LoadModel &model, const LoadRunOptions &options, Backend backend)
{
    // Memory grows with the trials: the largest count that fits, by bisection.
    const std::size_t hostLimit = memoryLimitBytes(options.memoryLimitBytes, false);
    const std::size_t deviceLimit = backend == Backend::Cuda ? memoryLimitBytes(0, true) : 0;
    auto fits = [&](int trials) {
        LoadRunOptions o = options;
        o.trials = trials;
        return predictLoadHostBytes(model, o, backend) <= hostLimit
            && (backend != Backend::Cuda || predictLoadDeviceBytes(model, o) <= deviceLimit);
    };
    int lo = 0, hi = std::max(0, options.trials);
    while (lo < hi) {
        const int mid = lo + (hi - lo + 1) / 2;
        if (fits(mid))
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

bool runLoadProjection(const LoadModel &model, const LoadRunOptions &options, Backend backend,
    const LoadProgress &progress, LoadStatistics *statistics, std::string *error)
{
    const std::string problem = validateLoadModel(model, options);
    if (!problem.empty()) {
        *error = problem;
        return false;
    }
    // Predicted before anything is allocated: a run larger than the machine is refused, not attempted.
    const std::size_t hostNeeded = predictLoadHostBytes(model, options, backend);
    const std::size_t hostLimit = memoryLimitBytes(options.memoryLimitBytes, false);
    MemoryShortfall shortfall;
    if (hostNeeded > hostLimit) {
        shortfall = { hostNeeded, hostLimit, false };
    } else if (backend == Backend::Cuda) {
        const std::size_t deviceNeeded = predictLoadDeviceBytes(model, options);
        const std::size_t deviceLimit = memoryLimitBytes(0, true);
        if (deviceNeeded > deviceLimit)
            shortfall = { deviceNeeded, deviceLimit, true };
    }
    if (shortfall.neededBytes > 0) {
        statistics->memoryShortfall = shortfall;
        *error = "the run needs " + std::to_string(shortfall.neededBytes) + " bytes of "
            + (shortfall.onDevice ? "GPU" : "host") + " memory, but only " + std::to_string(shortfall.availableBytes)
            + " are available";
        return false;
    }
    return onBackend(
        backend,
        [&] {
            runLoadProjectionCpu(model, options, progress, statistics, options.threads);
            return true;
        },
        [&] { return runLoadProjectionCuda(model, options, progress, statistics, error); },
        [&](const std::string &why) {
            *error = why;
            return false;
        });
}

}  // namespace rw::engine
