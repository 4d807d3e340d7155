// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

#include <vector>

namespace rw {

/// Annual PUE and ERF of one operating year of a load projection, over the Monte Carlo trials: the plain figures
/// a compliance check (EnEfG section 11: PUE limit, ERF minimum; WUE in the report) consumes. PUE = facility energy /
/// IT energy, ERF = reused energy / facility energy (EN 50600-4-2, 4-6), each per trial over the whole year.
struct AnnualEfficiency {
    int year = 0;  ///< operating year, 1 = the first 365 days from the scenario's start
    QDate periodStart;
    QDate periodEnd;  ///< inclusive
    int trials = 0;
    double pueMean = 0.0;
    double pueP50 = 0.0;
    double pueP95 = 0.0;  ///< 95 % of trials end the year with a PUE at or below this
    double erfMean = 0.0;
    double erfP50 = 0.0;
    double erfP5 = 0.0;  ///< 95 % of trials reach at least this ERF
    /// WUE = site water / IT energy in L/kWh (The Green Grid): the coolant loops' cooling towers through the weather
    /// year; only where the plan's loops were projected (waterModelled), else 0.
    bool waterModelled = false;
    double wueP50 = 0.0;
    double wueP95 = 0.0;
    double itEnergyMWhP50 = 0.0;
    double facilityEnergyMWhP50 = 0.0;
};

using AnnualEfficiencySeries = std::vector<AnnualEfficiency>;

}  // namespace rw
