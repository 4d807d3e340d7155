// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One Monte Carlo trial of the load projection, written once for both engines (RW_HD). The random numbers
// are drawn inside the simulation (Philox, counter = trial, hour, stream), nothing hourly is stored per trial:
// each hour's values go straight into the caller's sink (streaming histograms and sums).

#include "hostdevice.h"
#include "loadmodel.h"
#include "philox.h"

#include <cmath>
#include <cstdint>

namespace rw::engine {

/// Per-trial working memory, sized by the model (slots, groups, nodes).
struct TrialScratch {
    std::uint8_t *running = nullptr;  ///< [slots]
    double *slotUtil = nullptr;  ///< [slots]
    double *slotPeak = nullptr;  ///< [slots]
    double *groupNoise = nullptr;  ///< [groups]: inference AR(1) state
    double *trainUtilRacks = nullptr;  ///< [groups]
    double *trainPeakRacks = nullptr;  ///< [groups]
    double *groupMeanKw = nullptr;  ///< [groups]
    double *groupPeakKw = nullptr;  ///< [groups]
    double *nodeOutKw = nullptr;  ///< [nodes]: reference pass only
    double *nodePeakKw = nullptr;  ///< [nodes]: reference pass only
    double *nodeLossKw = nullptr;  ///< [nodes]: table pass only, each node's losses of the hour
};

/// A node's share of one cooling component's power (ChainTables: only the shares that are not zero).
struct NodeCooling {
    int component = 0;
    float share = 0.0f;
};

/// A group's share of a node's load (a NodeShare in ChainTables, the share widened once).
struct GroupShare {
    int group = 0;
    double share = 0.0;
};

/// A node's rating and 80 % of it, widened once (ChainTables); 0 = not rated.
struct NodeLimits {
    double ratingKw = 0.0;
    double rating80Kw = 0.0;
};

/// The losses of node `child` that a node receives: child's loss times `fraction` (a LossLink seen from its parent).
struct IncomingLoss {
    int child = 0;
    float fraction = 0.0f;
};

/// The power chain of a LoadModel arranged per node, for one pass over the nodes per hour (buildChainTables). Every
/// node's input is added up in the order the straightforward pass adds it (cooling components, then its group shares
/// in model order, then its children's losses in child order), so both give the same bits; what is left out only ever
/// added zero: cooling shares of 0 and children without losses. Ranges are [start[n], start[n + 1]).
struct ChainTables {
    const int *coolingStart = nullptr;  ///< [nodes + 1]
    const NodeCooling *cooling = nullptr;
    const int *shareStart = nullptr;  ///< [nodes + 1]
    const GroupShare *shares = nullptr;  ///< the model's shares, stably sorted by node
    const int *lossStart = nullptr;  ///< [nodes + 1]
    const IncomingLoss *losses = nullptr;
    const std::uint8_t *lossy = nullptr;  ///< [nodes]: 1 where the efficiency curve is not 1 everywhere
    const NodeLimits *limits = nullptr;  ///< [nodes]
};

/// Where one trial writes its own results (indexed by trial inside).
struct TrialOutputs {
    double *monthEnergyKwh = nullptr;  ///< [trials][months][kMonthQuantityCount]
    double *yearEnergyKwh = nullptr;  ///< [trials][years][kMonthQuantityCount]: operating years of 8,760 h
    float *yearPeakFacilityKw = nullptr;  ///< [trials][years]
    float *yearShortfallHours = nullptr;  ///< [trials][years]: hours with heat the plant cannot reject
    /// [trials][years]: the largest synchronised swing of the training jobs above their hourly mean, summed over all
    /// running jobs (taken in phase) and raised by the hour's chain losses: what the grid connection sees within the
    /// hour on top of the hourly mean (docs/load-projection.md, "Swings within the hour").
    float *yearSwingKw = nullptr;
    float *nodeRisk = nullptr;  ///< [trials][nodes][kNodeRiskFields]
};

/// Per trial and node: hours with the peak over the rating, over 80 % of it, and the highest peak (kW).
enum NodeRiskField { kHoursOverRating = 0, kHoursOver80 = 1, kHighestPeakKw = 2, kNodeRiskFields = 3 };

/// Energies in kWh; kMonthWater in litres (the coolant loops' cooling towers, LoopPlant).
enum MonthQuantity {
    kMonthIt = 0,
    kMonthFacility = 1,
    kMonthCooling = 2,
    kMonthReuse = 3,
    kMonthWater = 4,
    kMonthQuantityCount = 5
};

/// Random streams: job slots use their index, groups and the hall sit above them.
constexpr std::uint32_t kGroupStreamBase = 1u << 16;
constexpr std::uint32_t kHallStream = 1u << 24;

RW_HD inline double clamp01(double x)
{
    return x < 0.0 ? 0.0 : (x > 1.0 ? 1.0 : x);
}

/// Efficiency at a load fraction, linear between the 25/50/75/100 % points and flat outside
/// (the same rule as PowerNetwork::efficiency in the model).
RW_HD inline double chainEfficiency(const ChainNode &node, double loadFraction)
{
    const float *e = node.efficiency;
    if (loadFraction <= 0.25)
        return e[0];
    if (loadFraction >= 1.0)
        return e[3];
    const double position = (loadFraction - 0.25) / 0.25;  // 0..3
    const int i = position >= 2.0 ? 2 : (position >= 1.0 ? 1 : 0);
    const double t = position - i;
    return e[i] + (e[i + 1] - e[i]) * t;
}

/// Busways and switchboards: no losses (every point of the efficiency curve 1).
RW_HD inline bool isLossless(const ChainNode &node)
{
    const float *e = node.efficiency;
    return e[0] == 1.0f && e[1] == 1.0f && e[2] == 1.0f && e[3] == 1.0f;
}

/// A node's losses at an output; 0 where the efficiency is not within (0, 1). ratingKw: the node's, widened.
RW_HD inline double chainLossKw(const ChainNode &node, double ratingKw, double outKw)
{
    const double efficiency = chainEfficiency(node, ratingKw > 0.0 ? outKw / ratingKw : 1.0);
    return efficiency > 0.0 && efficiency < 1.0 ? outKw * (1.0 / efficiency - 1.0) : 0.0;
}

/// Counts an hour's synchronised peak of a node: breakers see the peak, not the hourly mean.
RW_HD inline void countNodePeak(const NodeLimits &limits, double peakKw, float *risk)
{
    if (limits.ratingKw > 0.0) {
        if (peakKw > limits.ratingKw)
            risk[kHoursOverRating] += 1.0f;
        if (peakKw > limits.rating80Kw)
            risk[kHoursOver80] += 1.0f;
    }
    if (peakKw > risk[kHighestPeakKw])
        risk[kHighestPeakKw] = float(peakKw);
}

/// The limits of a node as the reference pass compares with them.
RW_HD inline NodeLimits limitsOf(const ChainNode &node)
{
    return { double(node.ratingKw), 0.8 * node.ratingKw };
}

/// The power chain of one hour, straightforwardly: IT and cooling loads on every node, then losses from the leaves
/// upwards. The reference for chainPassTables; returns the hour's losses.
RW_HD inline double chainPassReference(
    const LoadModel &m, const double *componentKw, const TrialScratch &s, float *nodeRisk)
{
    double lossSumKw = 0.0;
    for (int n = 0; n < m.nodeCount; ++n) {
        double coolingOnNode = 0.0;
        for (int c = 0; c < kCoolingComponentCount; ++c)
            coolingOnNode += componentKw[c] * m.coolingShare[n * kCoolingComponentCount + c];
        s.nodeOutKw[n] = coolingOnNode;
        s.nodePeakKw[n] = coolingOnNode;
    }
    for (int k = 0; k < m.shareCount; ++k) {
        const NodeShare &share = m.shares[k];
        s.nodeOutKw[share.node] += share.share * s.groupMeanKw[share.group];
        s.nodePeakKw[share.node] += share.share * s.groupPeakKw[share.group];
    }
    for (int n = 0; n < m.nodeCount; ++n) {
        const ChainNode &node = m.nodes[n];
        if (!isLossless(node)) {
            const double lossKw = chainLossKw(node, node.ratingKw, s.nodeOutKw[n]);
            lossSumKw += lossKw;
            for (int l = node.firstLossLink; l < node.firstLossLink + node.lossLinkCount; ++l) {
                s.nodeOutKw[m.lossLinks[l].parent] += lossKw * m.lossLinks[l].fraction;
                s.nodePeakKw[m.lossLinks[l].parent] += lossKw * m.lossLinks[l].fraction;
            }
        }
        countNodePeak(limitsOf(node), s.nodePeakKw[n], nodeRisk + n * kNodeRiskFields);
    }
    return lossSumKw;
}

/// The same hour in one pass over the nodes (children come before parents, so a node's children have their losses
/// when it is reached), each node's sums kept in registers: the same additions in the same order, so the same bits.
RW_HD inline double chainPassTables(
    const LoadModel &m, const ChainTables &t, const double *componentKw, const TrialScratch &s, float *nodeRisk)
{
    double lossSumKw = 0.0;
    for (int n = 0; n < m.nodeCount; ++n) {
        double outKw = 0.0;
        for (int i = t.coolingStart[n]; i < t.coolingStart[n + 1]; ++i)
            outKw += componentKw[t.cooling[i].component] * t.cooling[i].share;
        double peakKw = outKw;
        for (int k = t.shareStart[n]; k < t.shareStart[n + 1]; ++k) {
            const GroupShare &share = t.shares[k];
            outKw += share.share * s.groupMeanKw[share.group];
            peakKw += share.share * s.groupPeakKw[share.group];
        }
        for (int i = t.lossStart[n]; i < t.lossStart[n + 1]; ++i) {
            const double lossKw = s.nodeLossKw[t.losses[i].child] * t.losses[i].fraction;
            outKw += lossKw;
            peakKw += lossKw;
        }
        if (t.lossy[n]) {
            const double lossKw = chainLossKw(m.nodes[n], t.limits[n].ratingKw, outKw);
            lossSumKw += lossKw;
            s.nodeLossKw[n] = lossKw;
        }
        countNodePeak(t.limits[n], peakKw, nodeRisk + n * kNodeRiskFields);
    }
    return lossSumKw;
}

/// Fan or pump power at a load share, by the affinity laws (cube), never below the minimum speed.
RW_HD inline double affinityPowerKw(double designKw, double loadKw, double capacityKw, double minSpeed)
{
    if (designKw <= 0.0 || capacityKw <= 0.0 || loadKw <= 0.0)
        return 0.0;
    double speed = loadKw / capacityKw;
    speed = speed < minSpeed ? minSpeed : (speed > 1.0 ? 1.0 : speed);
    return designKw * speed * speed * speed;
}

/// Values of one hour of one trial.
struct HourValues {
    double itKw = 0.0;
    double coolingKw = 0.0;
    double lossKw = 0.0;
    double facilityKw = 0.0;
    double reuseKw = 0.0;
    double waterLPerH = 0.0;
    bool shortfall = false;
};

/// Cooling power for a heat load at one hour of the weather year; the components go to coolingKw[4].
RW_HD inline double coolingPowerKw(
    const LoadModel &m, int hourOfYear, double heatKw, double liquidHeatKw, double *componentKw, bool *shortfall)
{
    const CoolingPlant &c = m.cooling;
    const double airHeatKw = heatKw - liquidHeatKw;
    componentKw[kAirFans] = affinityPowerKw(c.airFanKw, airHeatKw, c.airCapacityKw, c.minSpeedShare);
    componentKw[kLiquidPumps] = affinityPowerKw(c.liquidPumpKw, liquidHeatKw, c.liquidCapacityKw, c.minSpeedShare);
    // Liquid-cooled heat returns warmer, so free cooling carries it on more hours.
    double freeKw = 0.0;
    if (heatKw > 0.0 && c.freeCapacityKw > 0.0) {
        const double usable = c.freeCapacityKw
            * (airHeatKw * m.freeShareAir[hourOfYear] + liquidHeatKw * m.freeShareLiquid[hourOfYear]) / heatKw;
        freeKw = heatKw < usable ? heatKw : usable;
    }
    componentKw[kFreeCooling] = c.freeCapacityKw > 0.0 ? c.freeAuxKw * freeKw / c.freeCapacityKw : 0.0;
    const double mechanicalKw = heatKw - freeKw;
    const double cop = c.chillerDesignCop * m.chillerCopFactor[hourOfYear];
    componentKw[kChillers] = mechanicalKw > 0.0 && cop > 0.0 ? mechanicalKw / cop : 0.0;
    *shortfall = mechanicalKw > c.chillerCapacityKw * 1.000001 + 1e-6;
    return componentKw[kAirFans] + componentKw[kLiquidPumps] + componentKw[kFreeCooling] + componentKw[kChillers];
}

/// One quantity of the loops' heat rejection at a position between the solved loads (LoopPlant).
RW_HD inline double loopPlantAt(const float *lowLoad, int quantity, double t)
{
    const double low = lowLoad[quantity];
    return low + (double(lowLoad[quantity + kLoopPlantQuantities]) - low) * t;
}

/// Power of the coolant loops' plant at one hour of the weather year for loopHeatKw of heat to the loops: the pumps
/// at constant speed plus the heat rejection interpolated between the two solved loads around it; heat above the
/// design load takes the design figures. Water (L/h) and reused heat (kW) go to *waterLPerH and *reusedKw.
RW_HD inline double loopPlantKw(
    const LoopPlant &p, int hourOfYear, double loopHeatKw, double *waterLPerH, double *reusedKw)
{
    *waterLPerH = 0.0;
    *reusedKw = 0.0;
    if (loopHeatKw <= 0.0 || p.designHeatKw <= 0.0f)
        return 0.0;
    const int top = kLoopPlantLoads - 1;
    double position = loopHeatKw / p.designHeatKw * top;
    position = position > top ? double(top) : position;
    const int low = position >= top - 1 ? top - 1 : int(position);
    const double t = position - low;
    const float *row = p.table + (std::size_t(hourOfYear) * kLoopPlantLoads + std::size_t(low)) * kLoopPlantQuantities;
    *waterLPerH = loopPlantAt(row, kLoopWaterLPerH, t);
    *reusedKw = loopPlantAt(row, kLoopReusedKw, t);
    return p.pumpKw + loopPlantAt(row, kLoopRejectionKw, t);
}

/// Simulates trial `trial` over the whole horizon. Sink receives, per hour, sink.value(slot, metric, value)
/// and, at the end of each statistics slot, sink.slotSums(slot, sums, squares, counts). With `chain` the power chain
/// runs in one pass over its tables; without, the straightforward reference pass (the same figures, slower).
template <class Sink>
RW_HD void simulateTrial(const LoadModel &m, const ChainTables *chain, std::uint32_t trial, std::uint64_t seed,
    int slotHours, TrialScratch s, TrialOutputs out, Sink &sink)
{
    const WorkloadParameters &w = m.workload;
    const auto key0 = std::uint32_t(seed);
    const auto key1 = std::uint32_t(seed >> 32);
    const int years = m.years();
    double *monthEnergy = out.monthEnergyKwh + std::size_t(trial) * m.months * kMonthQuantityCount;
    double *yearEnergy = out.yearEnergyKwh + std::size_t(trial) * years * kMonthQuantityCount;
    float *yearPeak = out.yearPeakFacilityKw + std::size_t(trial) * years;
    float *yearShortfall = out.yearShortfallHours + std::size_t(trial) * years;
    float *yearSwing = out.yearSwingKw + std::size_t(trial) * years;
    float *nodeRisk = out.nodeRisk + std::size_t(trial) * m.nodeCount * kNodeRiskFields;
    for (int i = 0; i < m.months * kMonthQuantityCount; ++i)
        monthEnergy[i] = 0.0;
    for (int i = 0; i < years * kMonthQuantityCount; ++i)
        yearEnergy[i] = 0.0;
    for (int y = 0; y < years; ++y) {
        yearPeak[y] = 0.0f;
        yearShortfall[y] = 0.0f;
        yearSwing[y] = 0.0f;
    }
    for (int i = 0; i < m.nodeCount * kNodeRiskFields; ++i)
        nodeRisk[i] = 0.0f;

    // Start every job slot and every group's noise in its stationary distribution (hour "-1" draws).
    const double runningShare = w.trainingRunMeanH / double(w.trainingRunMeanH + w.trainingGapMeanH);
    for (int j = 0; j < m.jobSlots; ++j) {
        const Philox4 r = philox4x32(Philox4 { { trial, 0xFFFFFFFFu, std::uint32_t(j), 0 } }, key0, key1);
        s.running[j] = uniform32(r.v[0]) < runningShare ? 1 : 0;
    }
    for (int g = 0; g < m.groupCount; ++g) {
        const Philox4 r
            = philox4x32(Philox4 { { trial, 0xFFFFFFFFu, kGroupStreamBase + std::uint32_t(g), 0 } }, key0, key1);
        s.groupNoise[g] = w.inferenceGroupNoise * normal4x16(r.v[0], r.v[1]);
    }
    const double endRun = 1.0 / w.trainingRunMeanH;
    const double startRun = 1.0 / w.trainingGapMeanH;
    const double rho = w.inferenceNoiseCorrelation;
    const double innovation = w.inferenceGroupNoise * sqrt(1.0 - rho * rho);

    double hallNoise = 0.0;
    double slotSum[kLoadMetricCount] = {};
    double slotSquares[kLoadMetricCount] = {};
    int slotCount[kLoadMetricCount] = {};
    for (int h = 0; h < m.hours; ++h) {
        const auto hour = std::uint32_t(h);
        const int hourOfYear = (m.startHourOfYear + h) % kHoursPerYear;
        const int hourOfDay = h % 24;
        const int day = h / 24;
        const bool weekend = (m.startDayOfWeek + day) % 7 >= 5;
        if (hourOfDay == 0) {
            const Philox4 r = philox4x32(Philox4 { { trial, std::uint32_t(day), kHallStream, 0 } }, key0, key1);
            hallNoise = w.inferenceHallNoise * normal4x16(r.v[0], r.v[1]);
        }
        // Training job slots: a job ends or starts, then its racks move together.
        for (int j = 0; j < m.jobSlots; ++j) {
            const Philox4 r = philox4x32(Philox4 { { trial, hour, std::uint32_t(j), 0 } }, key0, key1);
            const double u = uniform32(r.v[0]);
            if (s.running[j])
                s.running[j] = u < endRun ? 0 : 1;
            else
                s.running[j] = u < startRun ? 1 : 0;
            if (s.running[j]) {
                double util = clamp01(w.trainingUtilisation + w.trainingNoise * normal4x16(r.v[2], r.v[3]));
                if (uniform32(r.v[1]) < w.checkpointsPerHour)
                    util = clamp01(util - w.checkpointDip);
                s.slotUtil[j] = util;
                const double peak = util + w.trainingSwing;
                s.slotPeak[j] = peak > 1.0 ? 1.0 : peak;
            } else {
                s.slotUtil[j] = w.trainingGapUtilisation;
                s.slotPeak[j] = w.trainingGapUtilisation;
            }
        }
        // Inference noise evolves every hour, also before the racks are live, so streams do not shift.
        // One Philox block gives two normals: groups 2k and 2k + 1 share it.
        for (int g = 0; g < m.groupCount; g += 2) {
            const Philox4 r
                = philox4x32(Philox4 { { trial, hour, kGroupStreamBase + std::uint32_t(g / 2), 0 } }, key0, key1);
            s.groupNoise[g] = rho * s.groupNoise[g] + innovation * normal4x16(r.v[0], r.v[1]);
            if (g + 1 < m.groupCount)
                s.groupNoise[g + 1] = rho * s.groupNoise[g + 1] + innovation * normal4x16(r.v[2], r.v[3]);
        }
        for (int g = 0; g < m.groupCount; ++g) {
            s.trainUtilRacks[g] = 0.0;
            s.trainPeakRacks[g] = 0.0;
        }

        HourValues v;
        const int phaseIndex = m.phaseOfHour[h];
        double liquidHeatKw = 0.0;
        double loopHeatKw = 0.0;
        if (phaseIndex >= 0) {
            const LoadPhase &phase = m.phases[phaseIndex];
            for (int k = phase.firstMember; k < phase.firstMember + phase.memberCount; ++k) {
                const SlotMember &member = m.members[k];
                s.trainUtilRacks[member.group] += member.racks * s.slotUtil[member.slot];
                s.trainPeakRacks[member.group] += member.racks * s.slotPeak[member.slot];
            }
            const double level = (w.inferenceMean + w.inferenceDailyAmplitude * m.dailyShape[hourOfDay])
                * (weekend ? double(w.inferenceWeekendFactor) : 1.0);
            for (int g = 0; g < m.groupCount; ++g) {
                const LoadGroup &group = m.groups[g];
                const double installed = double(group.racks) * phase.installedShare;
                const double inferenceRacks = installed * phase.inferenceShare;
                const double idleRacks = installed * (1.0 - phase.trainingShare - phase.inferenceShare);
                const double inferenceUtil = clamp01(level + hallNoise + s.groupNoise[g]);
                const double spanKw = double(group.computeMaxKwPerRack) - group.computeIdleKwPerRack;
                const double baseKw = installed * (double(group.computeIdleKwPerRack) + group.fixedKwPerRack);
                const double otherRackUtil = inferenceRacks * inferenceUtil + idleRacks * w.idleUtilisation;
                s.groupMeanKw[g] = baseKw + spanKw * (s.trainUtilRacks[g] + otherRackUtil);
                s.groupPeakKw[g] = baseKw + spanKw * (s.trainPeakRacks[g] + otherRackUtil);
                v.itKw += s.groupMeanKw[g];
                liquidHeatKw += s.groupMeanKw[g] * group.liquidShare;
                loopHeatKw += s.groupMeanKw[g] * group.loopShare;
            }
        } else {
            for (int g = 0; g < m.groupCount; ++g) {
                s.groupMeanKw[g] = 0.0;
                s.groupPeakKw[g] = 0.0;
            }
        }

        // All IT power ends as heat; cooling power from the plant model at this hour's weather.
        // With coolant loops, their heat goes to their own plant (LoopPlant) and the rest to the plant model.
        double componentKw[kCoolingComponentCount] = {};
        double loopReusedKw = 0.0;
        if (m.loops.designHeatKw > 0.0f) {
            componentKw[kLoopPlant] = loopPlantKw(m.loops, hourOfYear, loopHeatKw, &v.waterLPerH, &loopReusedKw);
            const double otherHeatKw = v.itKw > loopHeatKw ? v.itKw - loopHeatKw : 0.0;
            const double otherLiquidKw = liquidHeatKw > loopHeatKw ? liquidHeatKw - loopHeatKw : 0.0;
            v.coolingKw = coolingPowerKw(m, hourOfYear, otherHeatKw, otherLiquidKw, componentKw, &v.shortfall)
                + componentKw[kLoopPlant];
        } else {
            v.coolingKw = coolingPowerKw(m, hourOfYear, v.itKw, liquidHeatKw, componentKw, &v.shortfall);
        }

        // Power chain: IT and cooling loads on the nodes, then losses from the leaves upwards.
        v.lossKw = chain ? chainPassTables(m, *chain, componentKw, s, nodeRisk)
                         : chainPassReference(m, componentKw, s, nodeRisk);
        v.facilityKw = v.itKw + v.coolingKw + v.lossKw;
        // The declared reuse share applies to the heat the loops' own reuse stages do not carry.
        v.reuseKw = m.loops.designHeatKw > 0.0f ? (v.itKw - loopHeatKw) * m.heatReuseShare + loopReusedKw
                                                : v.itKw * m.heatReuseShare;

        const int year = h / kHoursPerYear;
        double *month = monthEnergy + m.monthOfHour[h] * kMonthQuantityCount;
        month[kMonthIt] += v.itKw;
        month[kMonthFacility] += v.facilityKw;
        month[kMonthCooling] += v.coolingKw;
        month[kMonthReuse] += v.reuseKw;
        month[kMonthWater] += v.waterLPerH;
        double *annual = yearEnergy + year * kMonthQuantityCount;
        annual[kMonthIt] += v.itKw;
        annual[kMonthFacility] += v.facilityKw;
        annual[kMonthCooling] += v.coolingKw;
        annual[kMonthReuse] += v.reuseKw;
        annual[kMonthWater] += v.waterLPerH;
        if (v.facilityKw > yearPeak[year])
            yearPeak[year] = float(v.facilityKw);
        if (v.shortfall)
            yearShortfall[year] += 1.0f;
        // Within the hour the training racks swing above and below their mean; cooling follows the hourly mean.
        if (phaseIndex >= 0 && v.itKw > 0.0) {
            double swingKw = 0.0;
            for (int g = 0; g < m.groupCount; ++g)
                swingKw += s.groupPeakKw[g] - s.groupMeanKw[g];
            swingKw *= (v.itKw + v.lossKw) / v.itKw;
            if (swingKw > yearSwing[year])
                yearSwing[year] = float(swingKw);
        }

        const int slot = h / slotHours;
        const double values[kLoadMetricCount]
            = { v.itKw, v.facilityKw, v.coolingKw, v.itKw > 0.0 ? v.facilityKw / v.itKw : 0.0 };
        for (int metric = 0; metric < kLoadMetricCount; ++metric) {
            if (metric == kPue && v.itKw <= 0.0)
                continue;  // no PUE while the hall draws nothing
            sink.value(slot, metric, values[metric]);
            slotSum[metric] += values[metric];
            slotSquares[metric] += values[metric] * values[metric];
            ++slotCount[metric];
        }
        if ((h + 1) % slotHours == 0 || h + 1 == m.hours) {
            sink.slotSums(slot, slotSum, slotSquares, slotCount);
            for (int metric = 0; metric < kLoadMetricCount; ++metric) {
                slotSum[metric] = 0.0;
                slotSquares[metric] = 0.0;
                slotCount[metric] = 0;
            }
        }
    }
}

}  // namespace rw::engine
