// SPDX-License-Identifier: GPL-3.0-or-later
// The CPU load engine: Philox known answers, reproducibility, closed-form means and variances, energy sums.
#include "check.h"
#include "loadtestmodel.h"
#include "rackwerk/engine/loadprojection.h"

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace rw::engine;
using rw::check::LoadTestModel;

namespace {

LoadStatistics run(const LoadModel &model, int trials, std::uint64_t seed, int threads = 0)
{
    LoadStatistics s;
    runLoadProjectionCpu(model, { trials, seed, 24 }, {}, &s, threads);
    return s;
}

/// Mean and variance of a metric over every hour of every trial, pooled from the slot statistics.
void pooled(const LoadStatistics &s, int metric, double *mean, double *variance)
{
    double n = 0, sum = 0, squares = 0;
    for (int slot = 0; slot < s.slotCount; ++slot) {
        const std::size_t i = s.at(slot, metric);
        n += double(s.counts[i]);
        sum += double(s.sums[i]) / s.sumScale[metric];
        squares += double(s.squares[i]) / s.squareScale[metric];
    }
    *mean = sum / n;
    *variance = (squares - n * *mean * *mean) / (n - 1);
}

void testPhiloxKnownAnswers(rw::check::Suite &suite)
{
    // Random123 kat_vectors, philox4x32 with 10 rounds.
    const Philox4 zero = philox4x32(Philox4 { { 0, 0, 0, 0 } }, 0, 0);
    suite.expect(
        zero.v[0] == 0x6627e8d5u && zero.v[1] == 0xe169c58du && zero.v[2] == 0xbc57ac4cu && zero.v[3] == 0x9b00dbd8u,
        "Philox4x32-10 of zero counter and key");
    const Philox4 ones
        = philox4x32(Philox4 { { 0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu } }, 0xffffffffu, 0xffffffffu);
    suite.expect(
        ones.v[0] == 0x408f276du && ones.v[1] == 0x41c83b0eu && ones.v[2] == 0xa20bc7c6u && ones.v[3] == 0x6d5451fdu,
        "Philox4x32-10 of all-ones counter and key");
    const Philox4 pi
        = philox4x32(Philox4 { { 0x243f6a88u, 0x85a308d3u, 0x13198a2eu, 0x03707344u } }, 0xa4093822u, 0x299f31d0u);
    suite.expect(pi.v[0] == 0xd16cfe09u && pi.v[1] == 0x94fdccebu && pi.v[2] == 0x5001e420u && pi.v[3] == 0x24126ea1u,
        "Philox4x32-10 of the digits of pi");
    // The normal approximation has mean 0 and variance 1 (checked on many draws).
    double sum = 0, squares = 0;
    const int n = 200000;
    for (int i = 0; i < n; ++i) {
        const Philox4 r = philox4x32(Philox4 { { std::uint32_t(i), 1, 2, 3 } }, 7, 9);
        const double z = normal4x16(r.v[0], r.v[1]);
        sum += z;
        squares += z * z;
    }
    suite.near(sum / n, 0.0, 0.01, "normal4x16 mean");
    suite.near(squares / n, 1.0, 0.015, "normal4x16 variance");
}

/// Inference only, no daily cycle: IT = racks x (idle + span x u), u = mean + hall + group noise.
void testInferenceClosedForm(rw::check::Suite &suite)
{
    LoadTestModel t(24 * 60);
    t.groups.push_back({ 10.0f, 2.0f, 12.0f, 0.5f, 0.0f });
    t.phases.push_back({ 1.0f, 0.0f, 1.0f, 0, 0 });
    WorkloadParameters &w = t.model.workload;
    w.inferenceMean = 0.5f;
    w.inferenceDailyAmplitude = 0.0f;
    w.inferenceWeekendFactor = 1.0f;
    w.inferenceHallNoise = 0.04f;
    w.inferenceGroupNoise = 0.05f;
    t.model.histogramMax[kItPower] = 200.0f;
    t.model.histogramMax[kFacilityPower] = 200.0f;
    const LoadStatistics s = run(t.bind(), 800, 11);
    double mean, variance;
    pooled(s, kItPower, &mean, &variance);
    const double span = 10.0 * (12.0 - 2.0);
    suite.near(mean, 10.0 * (2.0 + 0.5) + span * 0.5, 0.2, "inference: mean IT power");
    const double expected = span * span * (0.04 * 0.04 + 0.05 * 0.05);
    suite.near(variance / expected, 1.0, 0.05, "inference: variance of IT power (hall + group noise)");
    // No chain and no cooling: the facility draws exactly the IT power.
    double facilityMean, facilityVariance;
    pooled(s, kFacilityPower, &facilityMean, &facilityVariance);
    suite.near(facilityMean, mean, 1e-6, "facility = IT without chain and cooling");
    // Percentiles from the histogram agree with the normal quantile within a bin and the sampling error.
    const double p95 = s.percentile(10, kItPower, 0.95);
    suite.near(p95, mean + 1.6449 * std::sqrt(expected), 1.5, "inference: P95 of one day");
}

/// Training: the racks of one job move together. Variance with one job spanning all racks is that of one
/// rack times racks squared; with two independent jobs it halves.
void testTrainingCorrelation(rw::check::Suite &suite)
{
    for (int jobs : { 1, 2 }) {
        LoadTestModel t(24 * 60);
        t.groups.push_back({ 32.0f, 1.0f, 11.0f, 0.0f, 0.0f });
        t.phases.push_back({ 1.0f, 1.0f, 0.0f, 0, jobs });
        for (int j = 0; j < jobs; ++j)
            t.members.push_back({ j, 0, 32.0f / jobs });
        t.model.jobSlots = jobs;
        WorkloadParameters &w = t.model.workload;
        w.trainingRunMeanH = 20.0f;
        w.trainingGapMeanH = 5.0f;
        w.trainingUtilisation = 0.8f;
        w.trainingNoise = 0.03f;
        w.checkpointsPerHour = 0.25f;
        w.checkpointDip = 0.1f;
        w.trainingGapUtilisation = 0.05f;
        t.model.histogramMax[kItPower] = 400.0f;
        t.model.histogramMax[kFacilityPower] = 400.0f;
        const LoadStatistics s = run(t.bind(), 1500, 5);
        const double p = 20.0 / 25.0, c = 0.25, dip = 0.1;
        const double runMean = 0.8 - c * dip;
        const double utilMean = p * runMean + (1 - p) * 0.05;
        const double runVariance = 0.03 * 0.03 + c * (1 - c) * dip * dip;
        const double utilVariance = p * runVariance + p * (1 - p) * (runMean - 0.05) * (runMean - 0.05);
        double mean, variance;
        pooled(s, kItPower, &mean, &variance);
        const double span = 32.0 * 10.0;
        suite.near(mean, 32.0 + span * utilMean, 0.01 * span, "training: mean IT power, jobs " + std::to_string(jobs));
        suite.near(variance / (span * span * utilVariance / jobs), 1.0, 0.08,
            "training: variance of IT power scales with 1/jobs, jobs " + std::to_string(jobs));
    }
}

/// Energy per month is the sum of the hourly power; a flat-efficiency node adds exactly output x (1/eff - 1).
void testEnergyAndLosses(rw::check::Suite &suite)
{
    LoadTestModel t(24 * 90);
    t.groups.push_back({ 10.0f, 2.0f, 12.0f, 0.5f, 0.0f });
    t.phases.push_back({ 1.0f, 0.0f, 1.0f, 0, 0 });
    t.nodes.push_back({ 200.0f, { 0.95f, 0.95f, 0.95f, 0.95f }, 0, 0 });
    t.shares.push_back({ 0, 0, 1.0f });
    t.model.histogramMax[kItPower] = 200.0f;
    t.model.histogramMax[kFacilityPower] = 250.0f;
    const int trials = 200;
    const LoadStatistics s = run(t.bind(), trials, 3);
    double itFromHours = 0, facilityFromHours = 0;
    for (int slot = 0; slot < s.slotCount; ++slot) {
        itFromHours += double(s.sums[s.at(slot, kItPower)]) / s.sumScale[kItPower];
        facilityFromHours += double(s.sums[s.at(slot, kFacilityPower)]) / s.sumScale[kFacilityPower];
    }
    double itEnergy = 0, facilityEnergy = 0;
    for (int trial = 0; trial < trials; ++trial) {
        for (int month = 0; month < s.months; ++month) {
            const double *e = s.monthEnergyKwh.data() + (std::size_t(trial) * s.months + month) * kMonthQuantityCount;
            itEnergy += e[kMonthIt];
            facilityEnergy += e[kMonthFacility];
        }
    }
    suite.near(itEnergy / itFromHours, 1.0, 1e-9, "monthly IT energy = integral of hourly IT power");
    double itYearly = 0;
    for (std::size_t i = 0; i < s.yearEnergyKwh.size(); i += kMonthQuantityCount)
        itYearly += s.yearEnergyKwh[i + kMonthIt];
    suite.near(itYearly / itEnergy, 1.0, 1e-12, "yearly IT energy = sum of the months");
    suite.near(facilityEnergy / facilityFromHours, 1.0, 1e-9, "monthly facility energy = integral of hourly power");
    suite.near(facilityEnergy / itEnergy, 1.0 / double(0.95f), 1e-9, "losses of a 95 % node");
    double pueMean, pueVariance;
    pooled(s, kPue, &pueMean, &pueVariance);
    suite.near(pueMean, 1.0 / double(0.95f), 1e-6, "hourly PUE with one 95 % node");
    // Node risk: the load (at most 10 x 12.5 kW) stays under the 200 kW rating and under 80 % of it.
    float hours = 0, highest = 0;
    for (std::size_t i = 0; i < s.nodeRisk.size(); i += kNodeRiskFields) {
        hours += s.nodeRisk[i + kHoursOverRating] + s.nodeRisk[i + kHoursOver80];
        highest = std::max(highest, s.nodeRisk[i + kHighestPeakKw]);
    }
    suite.expect(hours == 0.0f, "no hours over rating or over 80 % below 160 kW");
    suite.expect(highest > 50.0f && highest <= 125.0f, "highest peak on the node between the mean and the maximum");
}

/// Cooling on a steady load: fans by the cube law, free cooling up to its usable share, chillers for the rest.
void testCoolingClosedForm(rw::check::Suite &suite)
{
    LoadTestModel t(24 * 10);
    t.groups.push_back({ 10.0f, 10.0f, 10.0f, 0.0f, 0.25f });  // 100 kW, a quarter of it to liquid
    t.phases.push_back({ 1.0f, 0.0f, 0.0f, 0, 0 });
    t.model.cooling = { 150.0f, 6.0f, 50.0f, 2.0f, 0.3f, 80.0f, 4.0f, 100.0f, 5.0f };
    std::fill(t.freeShareAir.begin(), t.freeShareAir.end(), 0.5f);
    std::fill(t.freeShareLiquid.begin(), t.freeShareLiquid.end(), 1.0f);
    std::fill(t.copFactor.begin(), t.copFactor.end(), 1.25f);
    const LoadStatistics s = run(t.bind(), 4, 1);
    const double fans = 6.0 * std::pow(75.0 / 150.0, 3);
    const double pumps = 2.0 * std::pow(25.0 / 50.0, 3);
    const double free = std::min(100.0, 80.0 * (75.0 * 0.5 + 25.0 * 1.0) / 100.0);  // 50 kW
    const double expected = fans + pumps + 4.0 * free / 80.0 + (100.0 - free) / (5.0 * 1.25);
    suite.near(s.mean(3, kCoolingPower), expected, 1e-6, "cooling power on a steady load");
    suite.near(s.mean(3, kPue), (100.0 + expected) / 100.0, 1e-6, "PUE on a steady load");
    suite.expect(s.yearShortfallHours[0] == 0.0f, "chillers cover the rest: no shortfall");
}

/// Coolant loops (LoopPlant): 100 kW of IT, half of it to the loops whose design heat is 80 kW, so the hour sits at
/// position 2.5 of the five solved loads; the table holds 10 kW, 100 L/h and 5 kW of reuse per load step. Cooling =
/// pumps 3 kW + 25 kW, water 250 L/h, reuse 12.5 kW from the loops + 10 % of the 50 kW off the loops. The plant
/// model has no unit: the rest of the heat costs nothing.
void testLoopPlantClosedForm(rw::check::Suite &suite)
{
    LoadTestModel t(24 * 10);
    LoadGroup group { 10.0f, 10.0f, 10.0f, 0.0f, 0.5f };
    group.loopShare = 0.5f;
    t.groups.push_back(group);
    t.phases.push_back({ 1.0f, 0.0f, 0.0f, 0, 0 });
    std::vector<float> table(std::size_t(kHoursPerYear) * kLoopPlantLoads * kLoopPlantQuantities);
    for (std::size_t row = 0; row < table.size() / kLoopPlantQuantities; ++row) {
        const float load = float(row % kLoopPlantLoads);
        table[row * kLoopPlantQuantities + kLoopRejectionKw] = 10.0f * load;
        table[row * kLoopPlantQuantities + kLoopWaterLPerH] = 100.0f * load;
        table[row * kLoopPlantQuantities + kLoopReusedKw] = 5.0f * load;
    }
    t.model.loops = { 80.0f, 3.0f, table.data() };
    t.model.heatReuseShare = 0.1f;
    const LoadStatistics s = run(t.bind(), 2, 1);
    suite.near(s.mean(3, kCoolingPower), 3.0 + 25.0, 1e-6, "loops: pumps plus rejection interpolated at 2.5 loads");
    suite.near(s.mean(3, kPue), 1.28, 1e-6, "loops: PUE on a steady load");
    suite.near(s.yearEnergyKwh[kMonthWater], 250.0 * 240, 1e-6, "loops: tower water, litres");
    suite.near(s.yearEnergyKwh[kMonthReuse], (12.5 + 5.0) * 240, 1e-3, "loops: reuse from the loops and the rest");
    t.model.loops.designHeatKw = 0.0f;  // no loops: the plant model (no unit here) and the declared reuse only
    const LoadStatistics without = run(t.bind(), 2, 1);
    suite.near(without.mean(3, kCoolingPower), 0.0, 1e-12, "without loops nothing draws");
    suite.near(without.yearEnergyKwh[kMonthReuse], 10.0 * 240, 1e-3, "without loops: 10 % of all heat reused");
    suite.near(without.yearEnergyKwh[kMonthWater], 0.0, 0.0, "without loops: no water");
}

/// The swing within the hour: one job of 16 racks (span 10 kW each), utilisation 0.8 without noise or checkpoints,
/// swing 0.12 above the mean: 16 x 10 x 0.12 = 19.2 kW at the racks, 19.2 / 0.95 behind a node of 95 %; capped
/// at full utilisation (0.95 + 0.12 > 1: 0.05 x 160 = 8 kW); none without training.
void testTrainingSwing(rw::check::Suite &suite)
{
    const auto swingOf = [](float utilisation, float efficiency, float trainingShare) {
        LoadTestModel t(24 * 30);
        t.groups.push_back({ 16.0f, 2.0f, 12.0f, 1.0f, 0.0f });
        t.phases.push_back({ 1.0f, trainingShare, 1.0f - trainingShare, 0, trainingShare > 0.0f ? 1 : 0 });
        if (trainingShare > 0.0f)
            t.members.push_back({ 0, 0, 16.0f });
        t.model.jobSlots = 1;
        t.nodes.push_back({ 500.0f, { efficiency, efficiency, efficiency, efficiency }, 0, 0 });
        t.shares.push_back({ 0, 0, 1.0f });
        WorkloadParameters &w = t.model.workload;
        w.trainingRunMeanH = 100000.0f;  // the job runs throughout
        w.trainingGapMeanH = 1.0f;
        w.trainingUtilisation = utilisation;
        w.trainingNoise = 0.0f;
        w.checkpointsPerHour = 0.0f;
        w.trainingSwing = 0.12f;
        t.model.histogramMax[kItPower] = 400.0f;
        t.model.histogramMax[kFacilityPower] = 400.0f;
        const LoadStatistics s = run(t.bind(), 20, 3);
        return *std::max_element(s.yearSwingKw.begin(), s.yearSwingKw.end());
    };
    suite.near(swingOf(0.8f, 1.0f, 1.0f), 19.2, 1e-3, "swing: racks x span x swing");
    suite.near(swingOf(0.8f, 0.95f, 1.0f), 19.2 / 0.95, 1e-3, "swing: raised by the chain's losses");
    suite.near(swingOf(0.95f, 1.0f, 1.0f), 8.0, 1e-3, "swing: capped at full utilisation");
    suite.near(swingOf(0.8f, 1.0f, 0.0f), 0.0, 0.0, "swing: none without training");
}

void testReproducible(rw::check::Suite &suite)
{
    rw::check::LoadTestModel t = rw::check::hallModel(24 * 120, 8, 20.0f);
    const LoadModel &model = t.bind();
    const LoadStatistics a = run(model, 40, 1234, 1);
    const LoadStatistics b = run(model, 40, 1234, 2);
    const LoadStatistics c = run(model, 40, 1234, 3);
    const LoadStatistics d = run(model, 40, 1235, 2);
    const auto same = [](const LoadStatistics &x, const LoadStatistics &y) {
        return x.histogram == y.histogram && x.sums == y.sums && x.squares == y.squares && x.minValue == y.minValue
            && x.maxValue == y.maxValue && x.monthEnergyKwh == y.monthEnergyKwh && x.yearEnergyKwh == y.yearEnergyKwh
            && x.nodeRisk == y.nodeRisk && x.yearPeakFacilityKw == y.yearPeakFacilityKw
            && x.yearSwingKw == y.yearSwingKw;
    };
    suite.expect(same(a, b), "same seed: identical on 1 and 2 threads");
    suite.expect(same(b, c), "same seed: identical on 2 and 3 threads");
    suite.expect(!same(b, d), "another seed gives other trials");
    suite.expect(b.monthEnergyKwh[0] > 0.0, "the hall draws power");
    // Training swings lift each node's peak above its hourly mean.
    suite.expect(b.nodeRisk[kHighestPeakKw] > 0.0f, "node peaks recorded");
}

void testCancel(rw::check::Suite &suite)
{
    rw::check::LoadTestModel t = rw::check::hallModel(24 * 365, 8, 20.0f);
    LoadStatistics s;
    int calls = 0;
    runLoadProjectionCpu(
        t.bind(), { 2000, 1, 24 }, [&](int, int) { return ++calls < 2; }, &s, 2);
    suite.expect(s.cancelled, "cancel from the progress callback stops the run");
    std::string error;
    LoadModel broken = t.model;
    broken.phaseCount = 0;
    suite.expect(!runLoadProjection(broken, { 10, 1, 24 }, Backend::Cpu, {}, &s, &error) && !error.empty(),
        "a model with a bad phase index is refused");
}

}  // namespace

int main()
{
    rw::check::Suite suite;
    testPhiloxKnownAnswers(suite);
    testInferenceClosedForm(suite);
    testTrainingCorrelation(suite);
    testEnergyAndLosses(suite);
    testCoolingClosedForm(suite);
    testLoopPlantClosedForm(suite);
    testTrainingSwing(suite);
    testReproducible(suite);
    testCancel(suite);
    return suite.finish();
}
