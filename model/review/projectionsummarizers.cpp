#include "review/projectionsummarizers.h"

#include "analysis/thermalrunner.h"
#include "projection/loadprojection.h"

#include <rackwerk/engine/backend.h>

namespace rw {

ThermalSummary summarizeThermal(const ThermalRun &run)
{
    ThermalSummary summary;
    for (const engine::RackThermalResult &rack : run.result.racks)
        summary.maxInletCByRack[Id(rack.id)] = rack.inletMaxC;
    summary.engine = QString::fromLatin1(engine::backendName(run.result.backend));
    return summary;
}

EnergySummary summarizeEnergy(const LoadProjectionResult &result)
{
    EnergySummary summary;
    const AnnualEfficiency *worst = nullptr;
    for (const AnnualEfficiency &year : result.efficiency) {
        summary.erfByYear.push_back(year.erfP50);
        if (!worst || year.pueP50 > worst->pueP50)
            worst = &year;
    }
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

}  // namespace rw
