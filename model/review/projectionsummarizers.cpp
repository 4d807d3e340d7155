// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/projectionsummarizers.h"

#include "analysis/coolingsweep.h"
#include "analysis/thermalrunner.h"
#include "projection/loadprojection.h"

#include <rackwerk/engine/backend.h>

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace rw {

ThermalSummary summarizeThermal(const ThermalRun &run)
{
    ThermalSummary summary;
    // A rack without airflow (nothing in it that moves air) has no inlet temperature: the engine reports
    // NaN for it, which must not reach the checks' maxima or the report's histogram.
    for (const engine::RackThermalResult &rack : run.result.racks) {
        if (std::isfinite(rack.inletMaxC))
            summary.maxInletCByRack[Id(rack.id)] = rack.inletMaxC;
    }
    summary.engine = QString::fromLatin1(engine::backendName(run.result.backend));
    summary.hall = QString::fromStdString(run.thermalCase.name);
    summary.cellM = run.result.grid.cellM;
    return summary;
}

QString ThermalSummary::scenario() const
{
    // The rack figures are those of the steady state, also when a transient followed it; standby units
    // do not run in it (ThermalCaseBuilder).
    QString text = hall.isEmpty() ? QCoreApplication::translate(
                       "rw::ThermalSummary", "steady state with the duty cooling units, standby units off")
                                  : QCoreApplication::translate("rw::ThermalSummary",
                                      "%1, steady state with the duty cooling units, standby units off")
                                        .arg(hall);
    if (cellM > 0)
        text += QCoreApplication::translate("rw::ThermalSummary", ", cells of %1 m")
                    .arg(QLocale().toString(cellM, 'f', 2));
    return text;
}

EnergySummary summarizeEnergy(const LoadProjectionResult &result)
{
    EnergySummary summary;
    const AnnualEfficiency *worst = nullptr;
    for (const AnnualEfficiency &year : result.efficiency) {
        summary.erfByYear.push_back(year.erfP50);
        summary.pueP50ByYear.push_back(year.pueP50);
        summary.pueP95ByYear.push_back(year.pueP95);
        if (!worst || year.pueP50 > worst->pueP50)
            worst = &year;
    }
    for (const AnnualEfficiency &year : result.efficiency) {
        if (year.waterModelled)
            summary.wueLitrePerKWh = std::max(summary.wueLitrePerKWh.value_or(0.0), year.wueP50);
    }
    for (const ProjectedYear &year : result.perYear) {
        summary.peakFacilityKwP50ByYear.push_back(year.peakFacilityKw.p50);
        summary.peakFacilityKwP95ByYear.push_back(year.peakFacilityKw.p95);
        summary.trainingSwingKwP50ByYear.push_back(year.trainingSwingKw.p50);
        summary.trainingSwingKwP95ByYear.push_back(year.trainingSwingKw.p95);
        summary.facilityEnergyMWhP50ByYear.push_back(year.facilityEnergyMWh.p50);
    }
    summary.reuseFromLoops = result.loopReuse;
    if (worst) {
        summary.annualPueP50 = worst->pueP50;
        summary.annualPueP95 = worst->pueP95;
    }
    for (const Distribution &month : result.pueByMonth)
        summary.monthlyPueP50.push_back(month.p50);
    summary.engine = QString::fromLatin1(engine::backendName(result.engine));
    summary.samples = result.trials;
    return summary;
}

CoolingSweepSummary summarizeCoolingSweep(const SweepSummary &summary)
{
    CoolingSweepSummary out;
    out.engine = summary.engine;
    out.runs = int(summary.runs.size());
    out.finished = summary.finished;
    out.failed = summary.failed;
    for (const SweepHallSummary &h : summary.halls) {
        CoolingSweepHall hall;
        hall.hallId = h.hallId;
        hall.hall = h.hallName;
        hall.runs = h.runs;
        hall.finished = h.finished;
        hall.failed = h.failed;
        hall.steadyRacksOutsideAllowable = h.steadyRacksOutsideAllowable;
        if (h.worstRun >= 0)
            hall.worstFailure = CoolingSweep::describe(summary.runs[std::size_t(h.worstRun)]);
        hall.firstExceedanceS = h.worstFirstExceedanceS;
        hall.firstRack = h.worstRackName;
        hall.simulatedSeconds = h.simulatedSeconds;
        out.halls.push_back(hall);
    }
    return out;
}

}  // namespace rw
