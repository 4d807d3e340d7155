// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annualefficiency.h"
#include "loadmodelbuilder.h"

#include <rackwerk/engine/backend.h>

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <array>
#include <functional>
#include <vector>

namespace rw {

/// Run options: what the user picks in the CLI or the dialog (not stored in the plan).
struct LoadProjectionOptions {
    int trials = 1000;
    quint64 seed = 1;
    engine::BackendRequest engine = engine::BackendRequest::Auto;
    LoadModelRequest model;
    std::size_t memoryLimitBytes = 0;  ///< 0: what the machine has available when the run starts
    static constexpr int kMaxTrials = 100000;
};

/// A distribution over trials.
struct Distribution {
    double mean = 0.0;
    double p5 = 0.0;
    double p50 = 0.0;
    double p95 = 0.0;
    double min = 0.0;
    double max = 0.0;
    static Distribution of(std::vector<double> values);
};

/// Statistics of the hourly values of all trials inside one slot (a day by default).
struct SlotStatistics {
    QDate date;  ///< first day of the slot
    double mean = 0.0;
    double p50 = 0.0;
    double p95 = 0.0;
    double p99 = 0.0;
    double max = 0.0;
};

enum class ProjectedMetric { ItPower, FacilityPower, CoolingPower, Pue };

/// One operating year over the trials.
struct ProjectedYear {
    int year = 0;
    QDate start;
    Distribution itEnergyMWh;
    Distribution facilityEnergyMWh;
    Distribution coolingEnergyMWh;
    Distribution reuseEnergyMWh;
    Distribution pue;
    Distribution erf;
    Distribution waterM3;  ///< the coolant loops' cooling towers; all zero without projected loops
    Distribution wue;  ///< waterM3 per IT energy, L/kWh
    Distribution peakFacilityKw;  ///< highest hourly mean facility power of the year
    /// Largest synchronised swing of the training jobs above the hourly mean at the grid connection (all running jobs
    /// in phase, with the chain's losses); the ramps it makes are judged through projection/gridramps.h.
    Distribution trainingSwingKw;
    double shortfallHoursMean = 0.0;  ///< hours with more heat than the plant can reject
    std::vector<double> pueOfTrial;  ///< annual PUE of every trial (for the histogram)
    /// Facility power exceeded in i % of the year's hours, i = 0..100 (load-duration curve, all trials).
    std::vector<double> durationCurveKw;
};

/// Risk that a power node runs above its rating (normal operation), over the whole horizon.
struct NodeRisk {
    Id nodeId = kNoId;
    QString name;
    double ratingKw = 0.0;
    double probabilityOverRating = 0.0;  ///< share of trials with at least one hour over the rating
    double expectedHoursOverRating = 0.0;  ///< mean over trials
    double probabilityOver80 = 0.0;
    double expectedHoursOver80 = 0.0;
    double peakUtilisationP95 = 0.0;  ///< highest hourly peak load / rating: 95th percentile over trials
    double peakUtilisationMax = 0.0;  ///< ... and the highest of all trials
};

/// Everything a projection found, in plan terms.
struct LoadProjectionResult {
    engine::Backend engine = engine::Backend::Cpu;
    QString engineNote;  ///< why CUDA did not run, if it did not (translated)
    int trials = 0;
    quint64 seed = 0;
    int years = 0;
    int racks = 0;
    int slotHours = 24;
    QString scenarioName;
    QString weatherSource;
    QDate startDate;
    std::vector<LaterText> notes;  ///< translated when shown
    double seconds = 0.0;
    double rackHoursPerSecond = 0.0;
    std::array<double, 4> binWidth {};  ///< percentile accuracy per metric (kW, kW, kW, PUE)
    std::array<std::vector<SlotStatistics>, 4> series;  ///< per ProjectedMetric
    std::vector<ProjectedYear> perYear;
    std::array<Distribution, 12> pueByMonth;  ///< calendar months of the last 12 months of the horizon
    std::vector<NodeRisk> nodes;  ///< highest risk first
    AnnualEfficiencySeries efficiency;
    /// The plan's coolant loops were projected through the weather year (LoadModelBuilder, LoopPlant): their pumps'
    /// and heat rejection's energy, tower water and reused heat are in the figures above.
    bool loopPlant = false;
    bool loopReuse = false;  ///< ... with heat-reuse stages: the ERF counts their heat
    double loopDesignHeatKw = 0.0;
    double loopPumpKw = 0.0;

    const std::vector<SlotStatistics> &of(ProjectedMetric metric) const { return series[std::size_t(metric)]; }
};

/// Runs a load projection of a plan. Safe to call from a worker thread on a plan that is not being edited
/// (the GUI runs it on a copy).
class LoadProjection {
    Q_DECLARE_TR_FUNCTIONS(rw::LoadProjection)
public:
    using Progress = std::function<bool(int trialsDone, int trials)>;  ///< return false to cancel

    /// Returns false with a translated *error on bad input or an engine failure; a cancelled run returns false
    /// with *cancelled set.
    static bool run(const Plan &plan, const LoadProjectionOptions &options, const Progress &progress,
        LoadProjectionResult *result, QString *error, bool *cancelled = nullptr);
};

}  // namespace rw
