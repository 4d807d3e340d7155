// SPDX-License-Identifier: GPL-3.0-or-later
// The CUDA engine: one thread per trial runs the same simulateTrial() as the CPU engine; hourly values go into
// global histograms and fixed-point sums with atomics, so nothing hourly is stored per trial.
#include "rackwerk/engine/loadprojection.h"

#include <cuda_runtime.h>

#include <algorithm>
#include <cstring>

namespace rw::engine {
namespace {

struct DeviceSink {
    std::uint32_t *histogram;
    unsigned long long *sums;
    unsigned long long *squares;
    unsigned long long *counts;
    int *minBits;  // non-negative floats order like their bit patterns
    int *maxBits;
    float histogramMin[kLoadMetricCount];
    float histogramMax[kLoadMetricCount];
    double sumScale[kLoadMetricCount];
    double squareScale[kLoadMetricCount];

    __device__ void value(int slot, int metric, double v)
    {
        const std::size_t i = std::size_t(slot) * kLoadMetricCount + metric;
        atomicAdd(&histogram[i * kHistogramBins + histogramBin(histogramMin, histogramMax, metric, v)], 1u);
        const float f = v > 0.0 ? float(v) : 0.0f;
        atomicMin(&minBits[i], __float_as_int(f));
        atomicMax(&maxBits[i], __float_as_int(f));
    }

    __device__ void slotSums(int slot, const double *s, const double *q, const int *c)
    {
        for (int metric = 0; metric < kLoadMetricCount; ++metric) {
            const std::size_t i = std::size_t(slot) * kLoadMetricCount + metric;
            atomicAdd(&sums[i], (unsigned long long)toFixed(s[metric], sumScale[metric]));
            atomicAdd(&squares[i], (unsigned long long)toFixed(q[metric], squareScale[metric]));
            atomicAdd(&counts[i], (unsigned long long)c[metric]);
        }
    }
};

__global__ void loadTrialsKernel(LoadModel model, ChainTables chain, bool referenceChain, std::uint64_t seed,
    int slotHours, int firstTrial, int trialCount, TrialScratch scratch, int scratchStride, TrialOutputs outputs,
    DeviceSink sink)
{
    const int local = int(blockIdx.x) * int(blockDim.x) + int(threadIdx.x);
    if (local >= trialCount)
        return;
    // Each thread's scratch is a slice of arrays laid out [field][thread] would coalesce better, but the
    // per-trial state is small and mostly cached; keep one layout with the CPU engine.
    TrialScratch s = scratch;
    const std::size_t offset = std::size_t(local) * scratchStride;
    s.running += offset;
    s.slotUtil += offset;
    s.slotPeak += offset;
    s.groupNoise += offset;
    s.trainUtilRacks += offset;
    s.trainPeakRacks += offset;
    s.groupMeanKw += offset;
    s.groupPeakKw += offset;
    s.nodeOutKw += offset;
    s.nodePeakKw += offset;
    s.nodeLossKw += offset;
    simulateTrial(
        model, referenceChain ? nullptr : &chain, std::uint32_t(firstTrial + local), seed, slotHours, s, outputs, sink);
}

/// Device copies of everything; freed on destruction.
class DeviceMemory {
public:
    ~DeviceMemory()
    {
        for (void *p : mBlocks)
            cudaFree(p);
    }
    template <class T> T *copy(const T *host, std::size_t count)
    {
        T *device = allocate<T>(count);
        if (device && count > 0 && cudaMemcpy(device, host, count * sizeof(T), cudaMemcpyHostToDevice) != cudaSuccess)
            mOk = false;
        return device;
    }
    template <class T> T *allocate(std::size_t count)
    {
        void *p = nullptr;
        if (cudaMalloc(&p, std::max<std::size_t>(count, 1) * sizeof(T)) != cudaSuccess) {
            mOk = false;
            return nullptr;
        }
        mBlocks.push_back(p);
        return static_cast<T *>(p);
    }
    template <class T> T *filled(std::size_t count, int byte)
    {
        T *p = allocate<T>(count);
        if (p && cudaMemset(p, byte, std::max<std::size_t>(count, 1) * sizeof(T)) != cudaSuccess)
            mOk = false;
        return p;
    }
    bool ok() const { return mOk; }

private:
    std::vector<void *> mBlocks;
    bool mOk = true;
};

template <class T> bool fetch(std::vector<T> &host, const void *device)
{
    return cudaMemcpy(host.data(), device, host.size() * sizeof(T), cudaMemcpyDeviceToHost) == cudaSuccess;
}

}  // namespace

bool runLoadProjectionCuda(const LoadModel &hostModel, const LoadRunOptions &options, const LoadProgress &progress,
    LoadStatistics *statistics, std::string *error)
{
    statistics->prepare(hostModel, options);
    statistics->backend = Backend::Cuda;
    DeviceMemory memory;
    LoadModel m = hostModel;
    const std::size_t hours = std::size_t(m.hours);
    m.phaseOfHour = memory.copy(hostModel.phaseOfHour, hours);
    m.monthOfHour = memory.copy(hostModel.monthOfHour, hours);
    m.groups = memory.copy(hostModel.groups, std::size_t(m.groupCount));
    m.phases = memory.copy(hostModel.phases, std::size_t(m.phaseCount));
    m.members = memory.copy(hostModel.members, std::size_t(m.memberCount));
    m.nodes = memory.copy(hostModel.nodes, std::size_t(m.nodeCount));
    m.shares = memory.copy(hostModel.shares, std::size_t(m.shareCount));
    m.lossLinks = memory.copy(hostModel.lossLinks, std::size_t(m.lossLinkCount));
    m.coolingShare = memory.copy(hostModel.coolingShare, std::size_t(m.nodeCount) * kCoolingComponentCount);
    m.freeShareAir = memory.copy(hostModel.freeShareAir, std::size_t(kHoursPerYear));
    m.freeShareLiquid = memory.copy(hostModel.freeShareLiquid, std::size_t(kHoursPerYear));
    m.chillerCopFactor = memory.copy(hostModel.chillerCopFactor, std::size_t(kHoursPerYear));
    // The chain's per-node tables, arranged on the host as for the CPU engine.
    const ChainTableArrays chainArrays = buildChainTables(hostModel);
    ChainTables chain;
    chain.coolingStart = memory.copy(chainArrays.coolingStart.data(), chainArrays.coolingStart.size());
    chain.cooling = memory.copy(chainArrays.cooling.data(), chainArrays.cooling.size());
    chain.shareStart = memory.copy(chainArrays.shareStart.data(), chainArrays.shareStart.size());
    chain.shares = memory.copy(chainArrays.shares.data(), chainArrays.shares.size());
    chain.lossStart = memory.copy(chainArrays.lossStart.data(), chainArrays.lossStart.size());
    chain.losses = memory.copy(chainArrays.losses.data(), chainArrays.losses.size());
    chain.lossy = memory.copy(chainArrays.lossy.data(), chainArrays.lossy.size());
    chain.limits = memory.copy(chainArrays.limits.data(), chainArrays.limits.size());
    if (hostModel.loops.designHeatKw > 0.0f)
        m.loops.table
            = memory.copy(hostModel.loops.table, std::size_t(kHoursPerYear) * kLoopPlantLoads * kLoopPlantQuantities);

    const std::size_t cells = statistics->sums.size();
    DeviceSink sink;
    sink.histogram = memory.filled<std::uint32_t>(statistics->histogram.size(), 0);
    sink.sums = memory.filled<unsigned long long>(cells, 0);
    sink.squares = memory.filled<unsigned long long>(cells, 0);
    sink.counts = memory.filled<unsigned long long>(cells, 0);
    sink.minBits = memory.filled<int>(cells, 0x7F);  // 0x7F7F7F7F: a large positive float
    sink.maxBits = memory.filled<int>(cells, 0);
    for (int metric = 0; metric < kLoadMetricCount; ++metric) {
        sink.histogramMin[metric] = statistics->histogramMin[metric];
        sink.histogramMax[metric] = statistics->histogramMax[metric];
        sink.sumScale[metric] = statistics->sumScale[metric];
        sink.squareScale[metric] = statistics->squareScale[metric];
    }
    TrialOutputs outputs;
    outputs.monthEnergyKwh = memory.allocate<double>(statistics->monthEnergyKwh.size());
    outputs.yearEnergyKwh = memory.allocate<double>(statistics->yearEnergyKwh.size());
    outputs.yearPeakFacilityKw = memory.allocate<float>(statistics->yearPeakFacilityKw.size());
    outputs.yearShortfallHours = memory.allocate<float>(statistics->yearShortfallHours.size());
    outputs.yearSwingKw = memory.allocate<float>(statistics->yearSwingKw.size());
    outputs.nodeRisk = memory.allocate<float>(statistics->nodeRisk.size());

    constexpr int kBatch = 1024;  // trials per launch: progress and cancel between launches
    const int batch = std::min(kBatch, options.trials);
    const int stride = std::max({ m.jobSlots, m.groupCount, m.nodeCount, 1 });
    TrialScratch scratch;
    const std::size_t slice = std::size_t(stride) * batch;
    scratch.running = memory.allocate<std::uint8_t>(slice);
    scratch.slotUtil = memory.allocate<double>(slice);
    scratch.slotPeak = memory.allocate<double>(slice);
    scratch.groupNoise = memory.allocate<double>(slice);
    scratch.trainUtilRacks = memory.allocate<double>(slice);
    scratch.trainPeakRacks = memory.allocate<double>(slice);
    scratch.groupMeanKw = memory.allocate<double>(slice);
    scratch.groupPeakKw = memory.allocate<double>(slice);
    scratch.nodeOutKw = memory.allocate<double>(slice);
    scratch.nodePeakKw = memory.allocate<double>(slice);
    scratch.nodeLossKw = memory.allocate<double>(slice);
    if (!memory.ok()) {
        *error = "CUDA: out of device memory or copy failed";
        return false;
    }
    constexpr int kBlock = 128;
    for (int first = 0; first < options.trials; first += batch) {
        const int count = std::min(batch, options.trials - first);
        loadTrialsKernel<<<(count + kBlock - 1) / kBlock, kBlock>>>(m, chain, options.referenceChain, options.seed,
            options.slotHours, first, count, scratch, stride, outputs, sink);
        const cudaError_t status = cudaDeviceSynchronize();
        if (status != cudaSuccess) {
            *error = std::string("CUDA: ") + cudaGetErrorString(status);
            return false;
        }
        if (progress && !progress(first + count, options.trials)) {
            statistics->cancelled = first + count < options.trials;
            if (statistics->cancelled)
                return true;
        }
    }
    std::vector<int> minBits(cells), maxBits(cells);
    bool ok = fetch(statistics->histogram, sink.histogram) && fetch(statistics->monthEnergyKwh, outputs.monthEnergyKwh)
        && fetch(statistics->yearEnergyKwh, outputs.yearEnergyKwh)
        && fetch(statistics->yearPeakFacilityKw, outputs.yearPeakFacilityKw)
        && fetch(statistics->yearShortfallHours, outputs.yearShortfallHours)
        && fetch(statistics->yearSwingKw, outputs.yearSwingKw) && fetch(statistics->nodeRisk, outputs.nodeRisk)
        && fetch(minBits, sink.minBits) && fetch(maxBits, sink.maxBits);
    std::vector<unsigned long long> sums(cells), squares(cells), counts(cells);
    ok = ok && fetch(sums, sink.sums) && fetch(squares, sink.squares) && fetch(counts, sink.counts);
    if (!ok) {
        *error = "CUDA: copying the results back failed";
        return false;
    }
    for (std::size_t i = 0; i < cells; ++i) {
        statistics->sums[i] = sums[i];
        statistics->squares[i] = squares[i];
        statistics->counts[i] = counts[i];
        if (counts[i] > 0) {
            std::memcpy(&statistics->minValue[i], &minBits[i], sizeof(float));
            std::memcpy(&statistics->maxValue[i], &maxBits[i], sizeof(float));
        }
    }
    return true;
}

}  // namespace rw::engine
