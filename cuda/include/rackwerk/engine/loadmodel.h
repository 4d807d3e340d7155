// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The input of a load projection in plain arrays, so that the CPU engine and the CUDA engine read the same
// thing. The model layer (model/projection) builds it from a plan; tests build small ones by hand.

#include "hostdevice.h"

#include <cstdint>

namespace rw::engine {

constexpr int kHoursPerYear = 8760;  ///< years of 365 days; the leap day is left out
constexpr int kHistogramBins = 512;

/// What each hour's statistics are kept for.
enum LoadMetric { kItPower = 0, kFacilityPower = 1, kCoolingPower = 2, kPue = 3, kLoadMetricCount = 4 };

/// How AI racks use their power. Defaults are documented in docs/load-projection.md.
struct WorkloadParameters {
    // Training: each job slot alternates between a running job and a gap; hours end a run or a gap with
    // probability 1/mean (geometric durations), so the running share is run / (run + gap).
    float trainingRunMeanH = 96.0f;
    float trainingGapMeanH = 6.0f;
    float trainingUtilisation = 0.85f;  ///< hourly mean utilisation of a running job
    float trainingNoise = 0.04f;  ///< sd of a job's hourly utilisation, shared by all its racks
    float trainingSwing = 0.12f;  ///< synchronised swing of all racks of a job above the hourly mean
    float trainingGapUtilisation = 0.05f;
    float checkpointsPerHour = 0.5f;  ///< probability that an hour holds a checkpoint
    float checkpointDip = 0.10f;  ///< loss of hourly mean utilisation in a checkpoint hour
    float racksPerJob = 16.0f;  ///< racks one job slot spans (64 DGX B200 = 512 GPUs)
    // Inference: daily and weekly cycle, a hall-wide daily demand level, and per-group AR(1) noise.
    float inferenceMean = 0.55f;
    float inferenceDailyAmplitude = 0.20f;  ///< times the daily shape (+1 at 14:00, -1 at 02:00)
    float inferenceWeekendFactor = 0.80f;
    float inferenceHallNoise = 0.05f;  ///< sd of the day's demand level, shared by all inference racks
    float inferenceGroupNoise = 0.06f;  ///< stationary sd of one rack group's hourly deviation
    float inferenceNoiseCorrelation = 0.8f;  ///< hour-to-hour correlation of that deviation
    float idleUtilisation = 0.0f;  ///< racks held idle or in maintenance
};

/// Racks with the same devices on the same feeds: they share one aggregated load.
struct LoadGroup {
    float racks = 0.0f;
    float computeIdleKwPerRack = 0.0f;  ///< devices that follow the workload: power at utilisation 0
    float computeMaxKwPerRack = 0.0f;  ///< ... and at utilisation 1 (linear in between)
    float fixedKwPerRack = 0.0f;  ///< network, storage, management: typical power, always on
    float liquidShare = 0.0f;  ///< share of the group's heat that goes to liquid cooling
    float loopShare = 0.0f;  ///< ... of it to the plan's modelled coolant loops (LoopPlant): their racks' liquidShare
};

/// From its first hour on, installedShare of every group's racks is live with this mix.
struct LoadPhase {
    float installedShare = 0.0f;
    float trainingShare = 0.0f;
    float inferenceShare = 0.0f;
    int firstMember = 0;  ///< its training racks: members [firstMember, firstMember + memberCount)
    int memberCount = 0;
};

/// `racks` training racks of `group` belong to job slot `slot` during a phase.
struct SlotMember {
    int slot = 0;
    int group = 0;
    float racks = 0.0f;
};

/// One node of the power chain, listed children before parents.
struct ChainNode {
    float ratingKw = 0.0f;  ///< 0 = not rated
    float efficiency[4] = { 1.0f, 1.0f, 1.0f, 1.0f };  ///< at 25, 50, 75, 100 % load
    int firstLossLink = 0;  ///< where its losses go: lossLinks [firstLossLink, + lossLinkCount)
    int lossLinkCount = 0;
};

/// `share` of group's IT load (after the PSU split between feeds) passes through node.
struct NodeShare {
    int node = 0;
    int group = 0;
    float share = 0.0f;
};

/// A node's input (output plus losses) is drawn from `parent` with this fraction.
struct LossLink {
    int parent = 0;
    float fraction = 0.0f;
};

/// Cooling components whose power the chain carries. kLoopPlant: the pumps and heat rejection of the coolant loops
/// (LoopPlant), carried by the feeds of their CDUs and stages.
enum CoolingComponent {
    kAirFans = 0,
    kLiquidPumps = 1,
    kFreeCooling = 2,
    kChillers = 3,
    kLoopPlant = 4,
    kCoolingComponentCount = 5
};

/// The cooling plant, reduced to what hourly energy needs.
struct CoolingPlant {
    float airCapacityKw = 0.0f;  ///< running air units (standby excluded)
    float airFanKw = 0.0f;  ///< their power at full capacity; fan affinity: cube of the load share
    float liquidCapacityKw = 0.0f;  ///< running CDUs
    float liquidPumpKw = 0.0f;
    float minSpeedShare = 0.3f;  ///< fans and pumps never run slower than this share of full speed
    float freeCapacityKw = 0.0f;  ///< running free-cooling units (dry coolers, water heat exchangers)
    float freeAuxKw = 0.0f;  ///< their pumps and fans at full free-cooling capacity
    float chillerCapacityKw = 0.0f;  ///< running chillers
    float chillerDesignCop = 0.0f;  ///< capacity-weighted COP at the design outdoor temperature
};

/// Loads of the loops' heat at which the weather year was solved: share k / (kLoopPlantLoads - 1) of the design heat.
constexpr int kLoopPlantLoads = 5;
/// What the loops' heat rejection does in one hour of the weather year at one load.
enum LoopPlantQuantity { kLoopRejectionKw = 0, kLoopWaterLPerH = 1, kLoopReusedKw = 2, kLoopPlantQuantities = 3 };

/// The plan's coolant loops through the weather year (the liquid engine's hourly steady states): what their heat
/// rejection draws (fans, compressors), the water its cooling towers use and the heat its reuse stages deliver,
/// per hour of the weather year at the loads 0, 1/4, ..., 1 of the loops' design heat. An hour's figures
/// interpolate linearly between the two loads around its heat to the loops; the pumps run at constant speed
/// whenever the loops carry heat. designHeatKw = 0: the plan has no loops (the plant model above covers all).
struct LoopPlant {
    float designHeatKw = 0.0f;  ///< heat to the loops with every device at its maximum (the solve's design load)
    float pumpKw = 0.0f;  ///< every pump set at its design flow, wire to water
    const float *table = nullptr;  ///< [8760][kLoopPlantLoads][kLoopPlantQuantities]
};

/// Everything an engine needs for one projection. Arrays are borrowed; the caller keeps them alive.
struct LoadModel {
    int hours = 0;  ///< horizon, hourly
    int months = 0;  ///< calendar months touched by the horizon
    int jobSlots = 0;  ///< training job slots
    int startHourOfYear = 0;  ///< hour of the (365-day) weather year of the first hour; multiple of 24
    int startDayOfWeek = 0;  ///< 0 = Monday
    const std::int32_t *phaseOfHour = nullptr;  ///< [hours]; -1 before the first phase (hall empty)
    const std::int32_t *monthOfHour = nullptr;  ///< [hours]; calendar month since the start

    int groupCount = 0;
    const LoadGroup *groups = nullptr;
    int phaseCount = 0;
    const LoadPhase *phases = nullptr;
    int memberCount = 0;
    const SlotMember *members = nullptr;

    int nodeCount = 0;
    const ChainNode *nodes = nullptr;
    int shareCount = 0;
    const NodeShare *shares = nullptr;
    int lossLinkCount = 0;
    const LossLink *lossLinks = nullptr;
    const float *coolingShare = nullptr;  ///< [nodeCount][kCoolingComponentCount]: share of each component

    CoolingPlant cooling;
    const float *freeShareAir = nullptr;  ///< [8760]: share of free-cooling capacity usable for air-side heat
    const float *freeShareLiquid = nullptr;  ///< [8760]: the same for heat from liquid-cooled racks
    const float *chillerCopFactor = nullptr;  ///< [8760]: chiller COP relative to the design COP
    float dailyShape[24] = {};  ///< inference daily cycle, -1..1
    float heatReuseShare = 0.0f;  ///< share of IT heat delivered to reuse (of the heat not on the loops)
    LoopPlant loops;
    WorkloadParameters workload;

    float histogramMin[kLoadMetricCount] = {};  ///< range of the streaming histograms
    float histogramMax[kLoadMetricCount] = {};

    RW_HD int years() const { return (hours + kHoursPerYear - 1) / kHoursPerYear; }
};

}  // namespace rw::engine
