// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/projectionsummaries.h"

namespace rw {

struct LoadProjectionResult;
struct SweepSummary;
struct ThermalRun;

/// Turns a finished thermal run into what the review checks: the highest inlet temperature per rack
/// (the ASHRAE envelope applies to every point of the intake, not only its mean).
ThermalSummary summarizeThermal(const ThermalRun &run);

/// Turns a load projection into what the review checks. EnEfG section 11 judges an operating year, and
/// a hall that is still filling runs at part load: the figures are those of the worst projected year
/// (highest median PUE), and the ERF of every year, medians over the Monte Carlo trials.
EnergySummary summarizeEnergy(const LoadProjectionResult &result);

/// Turns a merged cooling failure sweep (CoolingSweep::merge) into what the review and the report show.
CoolingSweepSummary summarizeCoolingSweep(const SweepSummary &summary);

}  // namespace rw
