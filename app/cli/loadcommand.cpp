// SPDX-License-Identifier: GPL-3.0-or-later
// rackwerk-cli load: the Monte Carlo load and energy projection on the console.
#include "clicommands.h"

#include "clioptions.h"
#include "i18n/datetext.h"
#include "projection/loadprojection.h"
#include "projection/projectionjson.h"
#include "weather/siteweather.h"

#include <QJsonDocument>
#include <QLocale>

namespace rw::cli {

int CliCommands::load(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool json = takeFlag(args, QStringLiteral("--json"));
    QString trials = QStringLiteral("1000"), years, seed = QStringLiteral("1"), engineName = QStringLiteral("auto");
    QString scenario, weather;
    for (const auto &[name, value] :
        { std::pair { QStringLiteral("--trials"), &trials }, { QStringLiteral("--years"), &years },
            { QStringLiteral("--seed"), &seed }, { QStringLiteral("--engine"), &engineName },
            { QStringLiteral("--scenario"), &scenario }, { QStringLiteral("--weather"), &weather } }) {
        if (!takeOption(args, name, value))
            return usage(tr("%1 needs a value.").arg(name));
    }
    if (const QString bad = leftoverOption(args); !bad.isEmpty())
        return unknownOption(bad);
    if (args.size() != 1)
        return usage(tr("load takes one plan."));

    LoadProjectionOptions options;
    bool ok = false;
    options.trials = trials.toInt(&ok);
    if (!ok || options.trials < 1 || options.trials > LoadProjectionOptions::kMaxTrials)
        return fail(kBadInput,
            tr("--trials must be a whole number from 1 to %L1, not \"%2\".")
                .arg(LoadProjectionOptions::kMaxTrials)
                .arg(trials));
    if (!years.isEmpty()) {
        options.model.years = years.toInt(&ok);
        if (!ok || options.model.years < 1 || options.model.years > LoadModelRequest::kMaxYears)
            return fail(kBadInput,
                tr("--years must be a whole number from 1 to %1, not \"%2\".")
                    .arg(LoadModelRequest::kMaxYears)
                    .arg(years));
    }
    options.seed = seed.toULongLong(&ok);
    if (!ok)
        return fail(
            kBadInput, tr("--seed must be a whole number from 0 to 18446744073709551615, not \"%1\".").arg(seed));
    if (!engine::parseBackendRequest(engineName.toStdString(), &options.engine))
        return fail(kBadInput, tr("Unknown engine \"%1\"; use auto, cpu or cuda.").arg(engineName));
    if (!scenario.isEmpty()) {
        options.model.scenarioId = scenario.toLongLong(&ok);
        if (!ok || options.model.scenarioId <= 0)
            return fail(kBadInput, tr("--scenario must be a scenario id, not \"%1\".").arg(scenario));
    }
    QString error;
    Plan plan;
    if (!loadPlan(args.first(), &plan, &error))
        return fail(kBadInput, error);
    // The site's own weather unless --weather names another file (EPW, DWD TRY or hourly CSV).
    options.model.weather = SiteWeatherCodec::yearFor(plan);
    if (!weather.isEmpty()) {
        WeatherFile file;
        if (!WeatherFileReader::readFile(weather, &file, &error))
            return fail(kBadInput, error);
        options.model.weather = file.year;
    }

    LoadProjectionResult result;
    if (!LoadProjection::run(plan, options, {}, &result, &error))
        return fail(kBadInput, error);
    if (json) {
        mOut << QJsonDocument(loadProjectionJson(result)).toJson(QJsonDocument::Indented);
        return kOk;
    }
    const QLocale locale;
    auto number = [&locale](double value, int decimals) { return locale.toString(value, 'f', decimals); };
    // Counts as whole phrases, so that the translation chooses "1 year" or "2 years".
    mOut << tr("Load projection: %1, %2 from %3, %4, scenario \"%5\", weather: %6")
                .arg(tr("%Ln trial(s)", nullptr, result.trials), tr("%Ln year(s)", nullptr, result.years),
                    DateText::of(result.startDate), tr("%Ln rack(s)", nullptr, result.racks), result.scenarioName,
                    result.weatherSource)
         << Qt::endl;
    mOut << tr("Engine: %1, %2 s, %3 rack-hours per second")
                .arg(QString::fromLatin1(engine::backendName(result.engine)), number(result.seconds, 1),
                    locale.toString(result.rackHoursPerSecond, 'g', 3))
         << Qt::endl;
    if (!result.engineNote.isEmpty())
        mOut << result.engineNote << Qt::endl;
    for (const LaterText &note : result.notes)
        mOut << tr("Note: %1").arg(note.text()) << Qt::endl;
    mOut << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                .arg(tr("Year"), -5)
                .arg(tr("IT MWh P50"), 12)
                .arg(tr("Facility MWh P50"), 17)
                .arg(tr("PUE P50"), 8)
                .arg(tr("PUE P95"), 8)
                .arg(tr("ERF P50"), 8)
                .arg(tr("Peak kW P95"), 12)
         << Qt::endl;
    for (const ProjectedYear &y : result.perYear) {
        mOut << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                    .arg(y.year, -5)
                    .arg(number(y.itEnergyMWh.p50, 0), 12)
                    .arg(number(y.facilityEnergyMWh.p50, 0), 17)
                    .arg(number(y.pue.p50, 3), 8)
                    .arg(number(y.pue.p95, 3), 8)
                    .arg(number(y.erf.p50, 3), 8)
                    .arg(number(y.peakFacilityKw.p95, 0), 12)
             << Qt::endl;
    }
    if (result.loopPlant) {
        mOut << tr("Coolant loops from their weather year: design heat %1 kW, pumps %2 kW")
                    .arg(number(result.loopDesignHeatKw, 0), number(result.loopPumpKw, 1))
             << Qt::endl;
        for (const ProjectedYear &y : result.perYear)
            mOut << tr("  Year %1: cooling-tower water %2 m³, WUE %3 l/kWh (P50)")
                        .arg(y.year)
                        .arg(number(y.waterM3.p50, 0), number(y.wue.p50, 3))
                 << Qt::endl;
    }
    mOut << tr("Power nodes most at risk (normal operation, synchronised peaks):") << Qt::endl;
    int shown = 0;
    for (const NodeRisk &n : result.nodes) {
        if (shown++ == 10)
            break;
        mOut << tr("  %1 (%2 kW): peak %3 % of rating (P95 of trials); over rating in %4 % of trials, %5 h "
                   "expected; over 80 % in %6 % of trials, %7 h expected")
                    .arg(n.name, number(n.ratingKw, 0), number(n.peakUtilisationP95 * 100, 1),
                        number(n.probabilityOverRating * 100, 1), number(n.expectedHoursOverRating, 1),
                        number(n.probabilityOver80 * 100, 1), number(n.expectedHoursOver80, 1))
             << Qt::endl;
    }
    mOut << tr("Percentiles from histograms: accurate to %1 kW (facility power) and %2 (PUE).")
                .arg(number(result.binWidth[1], 1), number(result.binWidth[3], 4))
         << Qt::endl;
    return kOk;
}

}  // namespace rw::cli
