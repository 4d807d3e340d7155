// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadprojection.h"

#include "i18n/labels.h"

#include <rackwerk/engine/loadprojection.h>

#include <QElapsedTimer>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace rw {
namespace {

using engine::LoadStatistics;

double quantileOfSorted(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0.0;
    const double position = p * double(sorted.size() - 1);
    const auto low = std::size_t(position);
    const std::size_t high = std::min(low + 1, sorted.size() - 1);
    return sorted[low] + (sorted[high] - sorted[low]) * (position - double(low));
}

/// Value exceeded in share e of the hours pooled from several slots' histograms.
std::vector<double> durationCurve(const LoadStatistics &s, int firstSlot, int endSlot)
{
    const int metric = engine::kFacilityPower;
    std::vector<std::uint64_t> bins(engine::kHistogramBins, 0);
    std::uint64_t total = 0;
    double top = 0, bottom = INFINITY;
    for (int slot = firstSlot; slot < endSlot; ++slot) {
        const std::size_t i = s.at(slot, metric);
        for (int b = 0; b < engine::kHistogramBins; ++b)
            bins[std::size_t(b)] += s.histogram[i * engine::kHistogramBins + std::size_t(b)];
        total += s.counts[i];
        if (s.counts[i] > 0) {
            top = std::max(top, double(s.maxValue[i]));
            bottom = std::min(bottom, double(s.minValue[i]));
        }
    }
    std::vector<double> curve;
    if (total == 0)
        return curve;
    const double width = s.binWidth(metric);
    for (int percent = 0; percent <= 100; ++percent) {
        const double target = (1.0 - percent / 100.0) * double(total);
        double below = 0, value = top;
        for (int b = 0; b < engine::kHistogramBins; ++b) {
            if (bins[std::size_t(b)] > 0 && below + double(bins[std::size_t(b)]) >= target) {
                value = s.histogramMin[metric] + width * (b + (target - below) / double(bins[std::size_t(b)]));
                break;
            }
            below += double(bins[std::size_t(b)]);
        }
        curve.push_back(std::clamp(value, bottom, top));
    }
    return curve;
}

}  // namespace

Distribution Distribution::of(std::vector<double> values)
{
    Distribution d;
    if (values.empty())
        return d;
    std::sort(values.begin(), values.end());
    double sum = 0;
    for (double v : values)
        sum += v;
    d.mean = sum / double(values.size());
    d.p5 = quantileOfSorted(values, 0.05);
    d.p50 = quantileOfSorted(values, 0.50);
    d.p95 = quantileOfSorted(values, 0.95);
    d.min = values.front();
    d.max = values.back();
    return d;
}

bool LoadProjection::run(const Plan &plan, const LoadProjectionOptions &options, const Progress &progress,
    LoadProjectionResult *result, QString *error, bool *cancelled)
{
    if (cancelled)
        *cancelled = false;
    if (options.trials < 1 || options.trials > LoadProjectionOptions::kMaxTrials) {
        *error = tr("The number of trials must be 1 to %L1; %L2 was asked for.")
                     .arg(LoadProjectionOptions::kMaxTrials)
                     .arg(options.trials);
        return false;
    }
    BuiltLoadModel built;
    if (!LoadModelBuilder::build(plan, options.model, &built, error))
        return false;

    LoadProjectionResult r;
    engine::Backend backend = engine::Backend::Cpu;
    std::string why;
    if (!engine::resolveBackend(options.engine, &backend, &why)) {
        *error = tr("The CUDA engine cannot run here: %1").arg(QString::fromStdString(why));
        return false;
    }
    if (backend == engine::Backend::Cpu && !why.empty())
        r.engineNote = Labels::engineStatus();

    engine::LoadRunOptions runOptions;
    runOptions.trials = options.trials;
    runOptions.seed = options.seed;
    runOptions.slotHours = 24;
    runOptions.memoryLimitBytes = options.memoryLimitBytes;
    LoadStatistics s;
    std::string engineError;
    QElapsedTimer timer;
    timer.start();
    if (!engine::runLoadProjection(built.model, runOptions, backend, progress, &s, &engineError)) {
        if (s.memoryShortfall.neededBytes > 0) {
            const QLocale locale;
            const int fitting = engine::mostTrialsFitting(built.model, runOptions, backend);
            const QString needed = locale.formattedDataSize(qint64(s.memoryShortfall.neededBytes));
            const QString available = locale.formattedDataSize(qint64(s.memoryShortfall.availableBytes));
            const QString trials = locale.toString(options.trials);
            *error = s.memoryShortfall.onDevice
                ? tr("A load projection of %1 trials needs about %2 of GPU memory, but the GPU has only %3 free; "
                     "run at most %4 trials.")
                      .arg(trials, needed, available, locale.toString(fitting))
                : tr("A load projection of %1 trials needs about %2 of memory, but this machine has only %3 "
                     "available; run at most %4 trials.")
                      .arg(trials, needed, available, locale.toString(fitting));
            return false;
        }
        *error = tr("The load projection failed: %1").arg(QString::fromStdString(engineError));
        return false;
    }
    if (s.cancelled) {
        if (cancelled)
            *cancelled = true;
        *error = tr("The load projection was cancelled.");
        return false;
    }
    r.seconds = double(timer.nsecsElapsed()) / 1e9;
    r.engine = s.backend;
    r.trials = options.trials;
    r.seed = options.seed;
    r.years = built.years;
    r.racks = built.racks;
    r.slotHours = s.slotHours;
    r.scenarioName = built.scenarioName;
    r.weatherSource = built.weatherSource;
    r.startDate = built.startDate;
    r.notes = built.notes;
    r.loopPlant = built.loopPlant;
    r.loopReuse = built.loopReuse;
    r.loopDesignHeatKw = built.model.loops.designHeatKw;
    r.loopPumpKw = built.model.loops.pumpKw;
    r.rackHoursPerSecond = r.seconds > 0 ? double(options.trials) * built.model.hours * built.racks / r.seconds : 0.0;
    for (int metric = 0; metric < engine::kLoadMetricCount; ++metric)
        r.binWidth[std::size_t(metric)] = s.binWidth(metric);

    // Per slot: the hourly values of all trials.
    for (int metric = 0; metric < engine::kLoadMetricCount; ++metric) {
        std::vector<SlotStatistics> &series = r.series[std::size_t(metric)];
        series.reserve(std::size_t(s.slotCount));
        for (int slot = 0; slot < s.slotCount; ++slot) {
            SlotStatistics point;
            point.date = built.startDate.addDays(qint64(slot) * s.slotHours / 24);
            if (s.counts[s.at(slot, metric)] > 0) {
                point.mean = s.mean(slot, metric);
                point.p50 = s.percentile(slot, metric, 0.50);
                point.p95 = s.percentile(slot, metric, 0.95);
                point.p99 = s.percentile(slot, metric, 0.99);
                point.max = s.maxValue[s.at(slot, metric)];
            }
            series.push_back(point);
        }
    }

    // Per operating year: energies, PUE and ERF per trial, then their distributions.
    const int slotsPerYear = engine::kHoursPerYear / s.slotHours;
    for (int y = 0; y < s.years; ++y) {
        ProjectedYear year;
        year.year = y + 1;
        year.start = built.startDate.addDays(qint64(y) * 365);
        std::vector<double> it, facility, cooling, reuse, pue, erf, peak, swing, water, wue;
        double shortfall = 0;
        for (int t = 0; t < s.trials; ++t) {
            const double *e = s.yearEnergyKwh.data() + (std::size_t(t) * s.years + y) * engine::kMonthQuantityCount;
            it.push_back(e[engine::kMonthIt] / 1000.0);
            facility.push_back(e[engine::kMonthFacility] / 1000.0);
            cooling.push_back(e[engine::kMonthCooling] / 1000.0);
            reuse.push_back(e[engine::kMonthReuse] / 1000.0);
            if (e[engine::kMonthIt] > 0) {
                pue.push_back(e[engine::kMonthFacility] / e[engine::kMonthIt]);
                erf.push_back(e[engine::kMonthReuse] / e[engine::kMonthFacility]);
                wue.push_back(e[engine::kMonthWater] / e[engine::kMonthIt]);
            }
            water.push_back(e[engine::kMonthWater] / 1000.0);
            peak.push_back(s.yearPeakFacilityKw[std::size_t(t) * s.years + y]);
            swing.push_back(s.yearSwingKw[std::size_t(t) * s.years + y]);
            shortfall += s.yearShortfallHours[std::size_t(t) * s.years + y];
        }
        year.pueOfTrial = pue;
        year.itEnergyMWh = Distribution::of(it);
        year.facilityEnergyMWh = Distribution::of(facility);
        year.coolingEnergyMWh = Distribution::of(cooling);
        year.reuseEnergyMWh = Distribution::of(reuse);
        year.pue = Distribution::of(pue);
        year.erf = Distribution::of(erf);
        year.waterM3 = Distribution::of(water);
        year.wue = Distribution::of(wue);
        year.peakFacilityKw = Distribution::of(peak);
        year.trainingSwingKw = Distribution::of(swing);
        year.shortfallHoursMean = shortfall / s.trials;
        year.durationCurveKw = durationCurve(s, y * slotsPerYear, std::min(s.slotCount, (y + 1) * slotsPerYear));

        AnnualEfficiency kpi;
        kpi.year = year.year;
        kpi.periodStart = year.start;
        kpi.periodEnd = year.start.addDays(364);
        kpi.trials = int(pue.size());
        kpi.pueMean = year.pue.mean;
        kpi.pueP50 = year.pue.p50;
        kpi.pueP95 = year.pue.p95;
        kpi.erfMean = year.erf.mean;
        kpi.erfP50 = year.erf.p50;
        kpi.erfP5 = year.erf.p5;
        kpi.waterModelled = r.loopPlant;
        kpi.wueP50 = year.wue.p50;
        kpi.wueP95 = year.wue.p95;
        kpi.itEnergyMWhP50 = year.itEnergyMWh.p50;
        kpi.facilityEnergyMWhP50 = year.facilityEnergyMWh.p50;
        r.efficiency.push_back(kpi);
        r.perYear.push_back(std::move(year));
    }

    // PUE per calendar month over the last twelve months of the horizon (the hall as it ends up).
    const int firstMonth = std::max(0, s.months - 12);
    for (int month = firstMonth; month < s.months; ++month) {
        std::vector<double> pue;
        for (int t = 0; t < s.trials; ++t) {
            const double *e
                = s.monthEnergyKwh.data() + (std::size_t(t) * s.months + month) * engine::kMonthQuantityCount;
            if (e[engine::kMonthIt] > 0)
                pue.push_back(e[engine::kMonthFacility] / e[engine::kMonthIt]);
        }
        const int calendar = (built.startDate.month() - 1 + month) % 12;
        r.pueByMonth[std::size_t(calendar)] = Distribution::of(pue);
    }

    // Node risk over the horizon.
    for (int n = 0; n < s.nodes; ++n) {
        NodeRisk risk;
        risk.nodeId = built.nodeIds[std::size_t(n)];
        const PowerNode *node = plan.find<PowerNode>(risk.nodeId);
        risk.name = node ? node->name : QString();
        risk.ratingKw = built.nodes[std::size_t(n)].ratingKw;
        if (risk.ratingKw <= 0)
            continue;
        int over = 0, over80 = 0;
        double hours = 0, hours80 = 0;
        std::vector<double> peaks;
        for (int t = 0; t < s.trials; ++t) {
            const float *h = s.nodeRisk.data() + (std::size_t(t) * s.nodes + n) * engine::kNodeRiskFields;
            over += h[engine::kHoursOverRating] > 0 ? 1 : 0;
            over80 += h[engine::kHoursOver80] > 0 ? 1 : 0;
            hours += h[engine::kHoursOverRating];
            hours80 += h[engine::kHoursOver80];
            peaks.push_back(h[engine::kHighestPeakKw] / risk.ratingKw);
        }
        const Distribution peak = Distribution::of(peaks);
        risk.peakUtilisationP95 = peak.p95;
        risk.peakUtilisationMax = peak.max;
        risk.probabilityOverRating = double(over) / s.trials;
        risk.probabilityOver80 = double(over80) / s.trials;
        risk.expectedHoursOverRating = hours / s.trials;
        risk.expectedHoursOver80 = hours80 / s.trials;
        r.nodes.push_back(risk);
    }
    std::stable_sort(r.nodes.begin(), r.nodes.end(), [](const NodeRisk &a, const NodeRisk &b) {
        if (a.expectedHoursOverRating != b.expectedHoursOverRating)
            return a.expectedHoursOverRating > b.expectedHoursOverRating;
        if (a.expectedHoursOver80 != b.expectedHoursOver80)
            return a.expectedHoursOver80 > b.expectedHoursOver80;
        return a.peakUtilisationP95 > b.peakUtilisationP95;
    });
    *result = std::move(r);
    return true;
}

}  // namespace rw
