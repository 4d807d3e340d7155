// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/entities.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace rw {

/// What the review needs from a thermal projection (issue 5). The projection fills it; the review
/// never runs one itself, so the checks stay independent of the engine that produced the figures.
struct ThermalSummary {
    std::map<Id, double> maxInletCByRack;  ///< highest inlet air temperature per rack
    QString engine;  ///< which engine produced it (shown in the report)
    QString hall;  ///< the hall the run covered
    double cellM = 0.0;  ///< edge of the grid's cells; 0 = not known

    /// What was projected, translated when asked (the language may change after the run): "Hall 1,
    /// steady state with the duty cooling units, standby units off, cells of 0.30 m".
    QString scenario() const;
};

/// What the review needs from the load and PUE Monte Carlo projection (issue 6).
struct EnergySummary {
    double annualPueP50 = 0.0;
    double annualPueP95 = 0.0;
    /// Annual PUE per operating year (year 0 = the first), median and 95th percentile over the trials; empty
    /// when the projection gave only the worst year's figures above.
    std::vector<double> pueP50ByYear;
    std::vector<double> pueP95ByYear;
    std::vector<double> erfByYear;  ///< energy reuse factor 0..1, year 0 = the first year of operation
    /// Highest hourly mean facility power per operating year, median and 95th percentile over the trials (kW).
    std::vector<double> peakFacilityKwP50ByYear;
    std::vector<double> peakFacilityKwP95ByYear;
    /// Largest synchronised training swing above the hourly mean at the grid connection per operating year, median
    /// and 95th percentile over the trials (kW; ProjectedYear::trainingSwingKw).
    std::vector<double> trainingSwingKwP50ByYear;
    std::vector<double> trainingSwingKwP95ByYear;
    std::vector<double> facilityEnergyMWhP50ByYear;  ///< facility energy per operating year, median over the trials
    std::optional<double> renewableShare;  ///< REF 0..1, when the projection models supply contracts
    std::optional<double> wueLitrePerKWh;  ///< projected: the highest annual P50 (coolant loops' towers)
    /// The reuse in erfByYear includes the heat the coolant loops' reuse stages deliver through the weather year, so
    /// the ERF is projected even where the bidder declared no reuse share.
    bool reuseFromLoops = false;
    std::vector<double> monthlyPueP50;  ///< optional: 12 values for the report's chart
    QString engine;
    int samples = 0;
};

/// What the review needs from a merged cooling failure sweep (docs/cooling-sweep.md), per hall.
struct CoolingSweepHall {
    Id hallId = kNoId;
    QString hall;
    int runs = 0;
    int finished = 0;
    int failed = 0;
    int steadyRacksOutsideAllowable = -1;  ///< -1: the steady run is not finished
    QString worstFailure;  ///< translated at merge time; empty when no failure run finished
    double firstExceedanceS = -1.0;  ///< after the worst failure; < 0: no rack left the allowable range
    QString firstRack;
    double simulatedSeconds = 0.0;  ///< the transients' length
};

struct CoolingSweepSummary {
    std::vector<CoolingSweepHall> halls;
    QString engine;
    int runs = 0;
    int finished = 0;
    int failed = 0;
};

/// The projections available to a review; absent ones make their checks "not assessable".
/// Wiring in a projection is one line: inputs.thermal = summarize(thermalResult).
struct ProjectionInputs {
    std::optional<ThermalSummary> thermal;
    std::optional<EnergySummary> energy;
    std::optional<CoolingSweepSummary> coolingSweep;
};

}  // namespace rw
