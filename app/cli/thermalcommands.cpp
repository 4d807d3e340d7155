// SPDX-License-Identifier: GPL-3.0-or-later
// rackwerk-cli thermal: the thermal projection of a hall on the console.
#include "analysis/thermalcasebuilder.h"
#include "analysis/thermalcasejson.h"
#include "analysis/thermalprojection.h"
#include "analysis/thermalreasons.h"
#include "analysis/thermalsanity.h"
#include "clicommands.h"
#include "clioptions.h"

#include <rackwerk/engine/backend.h>
#include <rackwerk/engine/thermalsolver.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace rw::cli {
namespace {

/// Source keys of the reasons in JSON: stable, untranslated.
QString sourceKey(RackInletReason::Source source)
{
    switch (source) {
    case RackInletReason::Source::HotAisle:
        return QStringLiteral("hot-aisle");
    case RackInletReason::Source::RackExhaust:
        return QStringLiteral("rack-exhaust");
    case RackInletReason::Source::OwnExhaust:
        return QStringLiteral("own-exhaust");
    case RackInletReason::Source::WarmSupply:
        return QStringLiteral("warm-supply");
    case RackInletReason::Source::MixedOnTheWay:
        return QStringLiteral("mixed-on-the-way");
    case RackInletReason::Source::NoCoolerReach:
        return QStringLiteral("no-cooler-reach");
    case RackInletReason::Source::ColdSupply:
        return QStringLiteral("cold-supply");
    }
    return {};
}

QJsonObject resultJson(const engine::ThermalCase &c, const engine::ThermalResult &r,
    const std::vector<ThermalSanityIssue> &checks, const std::vector<RackInletReason> &reasons,
    const std::vector<CoolerNote> &notes)
{
    QJsonArray racks, coolers, history, checkArray, noteArray;
    for (const ThermalSanityIssue &issue : checks)
        checkArray.append(issue.message);
    for (const CoolerNote &note : notes)
        noteArray.append(note.text);
    for (const engine::RackThermalResult &rack : r.racks) {
        const auto reason = std::find_if(
            reasons.begin(), reasons.end(), [&](const RackInletReason &x) { return x.rackId == rack.id; });
        racks.append(QJsonObject { { QStringLiteral("id"), double(rack.id) },
            { QStringLiteral("name"), QString::fromStdString(rack.name) },
            { QStringLiteral("inletMeanC"),
                std::isfinite(rack.inletMeanC) ? QJsonValue(rack.inletMeanC) : QJsonValue() },
            { QStringLiteral("inletMaxC"), std::isfinite(rack.inletMaxC) ? QJsonValue(rack.inletMaxC) : QJsonValue() },
            { QStringLiteral("exhaustC"), std::isfinite(rack.exhaustC) ? QJsonValue(rack.exhaustC) : QJsonValue() },
            { QStringLiteral("heatToAirW"), rack.heatToAirW },
            { QStringLiteral("withinRecommended"), rack.withinRecommended },
            { QStringLiteral("withinAllowable"), rack.withinAllowable },
            { QStringLiteral("reason"), reason == reasons.end() ? QJsonValue() : QJsonValue(reason->text) },
            { QStringLiteral("reasonSource"),
                reason == reasons.end() ? QJsonValue() : QJsonValue(sourceKey(reason->source)) } });
    }
    for (std::size_t n = 0; n < r.coolers.size(); ++n) {
        const engine::CoolerThermalResult &u = r.coolers[n];
        coolers.append(QJsonObject { { QStringLiteral("id"), double(u.id) },
            { QStringLiteral("ratingW"), n < c.coolers.size() ? double(c.coolers[n].capacityW) : 0.0 },
            { QStringLiteral("name"), QString::fromStdString(u.name) }, { QStringLiteral("returnC"), u.returnC },
            { QStringLiteral("supplyC"), u.supplyC }, { QStringLiteral("loadW"), u.loadW },
            { QStringLiteral("capacityW"), u.capacityW }, { QStringLiteral("capped"), u.capped },
            { QStringLiteral("failed"), u.failed } });
    }
    for (const engine::ThermalResidual &h : r.history) {
        history.append(QJsonObject { { QStringLiteral("iteration"), h.iteration },
            { QStringLiteral("maxTempChangeK"), h.maxTempChangeK },
            { QStringLiteral("maxVelocityChangeMPerS"), h.maxVelocityChangeMPerS },
            { QStringLiteral("maxDivergencePerS"), h.maxDivergencePerS },
            { QStringLiteral("maxInletChangeK"), h.maxInletChangeK },
            { QStringLiteral("energyImbalance"), h.energyImbalance } });
    }
    QJsonObject o { { QStringLiteral("case"), QString::fromStdString(c.name) },
        { QStringLiteral("engine"), QString::fromLatin1(engine::backendName(r.backend)) },
        { QStringLiteral("turbulenceModel"), QString::fromLatin1(engine::turbulenceModelName(r.turbulence)) },
        { QStringLiteral("cellM"), r.grid.cellM },
        { QStringLiteral("grid"), QJsonArray { r.grid.nx, r.grid.ny, r.grid.nz } },
        { QStringLiteral("cells"), double(r.grid.cellCount()) }, { QStringLiteral("fluidCells"), double(r.fluidCells) },
        { QStringLiteral("iterations"), r.iterations }, { QStringLiteral("converged"), r.converged },
        { QStringLiteral("averagedIterations"), r.averagedIterations },
        { QStringLiteral("inletSwingK"), r.inletSwingK }, { QStringLiteral("wallSeconds"), r.wallSeconds },
        { QStringLiteral("heatReleasedW"), r.heatReleasedW }, { QStringLiteral("heatRemovedW"), r.heatRemovedW },
        { QStringLiteral("energyBalanceError"), r.energyBalanceError() },
        { QStringLiteral("ashraeClass"), QString::fromStdString(c.limits.ashraeClass) },
        { QStringLiteral("checks"), checkArray }, { QStringLiteral("racks"), racks },
        { QStringLiteral("coolers"), coolers }, { QStringLiteral("coolerNotes"), noteArray },
        { QStringLiteral("history"), history } };
    if (!r.transient.failedCoolers.empty()) {
        const engine::TransientResult &t = r.transient;
        QJsonArray failed, exceeding, samples;
        for (long long id : t.failedCoolers)
            failed.append(double(id));
        for (std::size_t n = 0; n < t.racksExceeding.size(); ++n)
            exceeding.append(QJsonObject { { QStringLiteral("rackId"), double(t.racksExceeding[n]) },
                { QStringLiteral("timeS"), t.exceedanceS[n] } });
        for (const engine::TransientSample &s : t.samples) {
            QJsonArray inlets;
            for (float v : s.inletMeanC)
                inlets.append(std::isfinite(v) ? QJsonValue(v) : QJsonValue());
            samples.append(
                QJsonObject { { QStringLiteral("timeS"), s.timeS }, { QStringLiteral("inletMeanC"), inlets } });
        }
        o.insert(QStringLiteral("transient"),
            QJsonObject { { QStringLiteral("failedCoolers"), failed },
                { QStringLiteral("simulatedSeconds"), t.simulatedSeconds },
                { QStringLiteral("timeStepS"), t.timeStepS }, { QStringLiteral("wallSeconds"), r.transientWallSeconds },
                { QStringLiteral("firstExceedanceS"),
                    t.firstExceedanceS >= 0 ? QJsonValue(t.firstExceedanceS) : QJsonValue() },
                { QStringLiteral("racksExceeding"), exceeding }, { QStringLiteral("samples"), samples } });
    }
    return o;
}

}  // namespace

int CliCommands::thermal(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool json = takeFlag(args, QStringLiteral("--json"));
    QString engineText = QStringLiteral("auto"), cellText, failText, transientText, exportPath, casePath;
    QString turbulenceText = QString::fromLatin1(engine::turbulenceModelName(engine::ThermalSettings().turbulence));
    if (!takeOption(args, QStringLiteral("--engine"), &engineText)
        || !takeOption(args, QStringLiteral("--case"), &casePath)
        || !takeOption(args, QStringLiteral("--cell"), &cellText)
        || !takeOption(args, QStringLiteral("--fail"), &failText)
        || !takeOption(args, QStringLiteral("--transient"), &transientText)
        || !takeOption(args, QStringLiteral("--export-case"), &exportPath)
        || !takeOption(args, QStringLiteral("--turbulence"), &turbulenceText))
        return usage(tr("An option of thermal is missing its value."));
    if (const QString bad = leftoverOption(args); !bad.isEmpty())
        return unknownOption(bad);
    if (args.size() != (casePath.isEmpty() ? 1 : 0))
        return usage(tr("thermal takes one plan, or --case FILE instead of a plan."));
    engine::BackendRequest request {};
    if (!engine::parseBackendRequest(engineText.toStdString(), &request))
        return usage(tr("Unknown engine \"%1\"; use auto, cpu or cuda.").arg(engineText));
    engine::ThermalSettings settings;
    if (!engine::parseTurbulenceModel(turbulenceText.toStdString(), &settings.turbulence))
        return usage(tr("Unknown turbulence model \"%1\"; use k-epsilon or chen-xu.").arg(turbulenceText));
    if (!cellText.isEmpty()) {
        bool ok = false;
        settings.cellM = float(cellText.toDouble(&ok));
        if (!ok || !(settings.cellM >= 0.02f && settings.cellM <= 2.0f))
            return usage(tr("--cell needs a cell size in metres between 0.02 and 2."));
    }
    if (!transientText.isEmpty()) {
        bool ok = false;
        settings.transientSeconds = float(transientText.toDouble(&ok));
        if (!ok || !(settings.transientSeconds > 0 && settings.transientSeconds <= 86400))
            return usage(tr("--transient needs a duration in seconds between 0 and 86400."));
        // It is how long to follow a failure; alone it would run a transient whose result is not reported.
        if (failText.isEmpty())
            return usage(tr("--transient goes with --fail: it says how long to follow the failure."));
    }
    Plan plan;
    QString error;
    ThermalCaseBuild build;
    if (casePath.isEmpty()) {
        if (!loadPlan(args.first(), &plan, &error))
            return fail(kBadInput, error);
        build = ThermalCaseBuilder::build(plan);
        if (!build.ok())
            return fail(kBadInput, build.error);
    } else {
        QFile file(casePath);
        if (!file.open(QIODevice::ReadOnly))
            return fail(kBadInput, tr("Cannot read %1: %2").arg(fullPath(casePath), file.errorString()));
        if (!ThermalCaseJson::fromBytes(file.readAll(), &build.thermalCase, &error))
            return fail(kBadInput, error);
    }
    const engine::ThermalCase &c = build.thermalCase;
    if (!failText.isEmpty()) {
        // A cooling unit by id or name, or a power node whose failure stops cooling units.
        // With --case the plan is empty: only cooling units of the case can be named.
        if (!ThermalProjection::coolersStoppedBy(plan, c, failText, &settings.failedCoolers))
            return usage(tr("--fail names no running cooling unit or power node of the hall: \"%1\".").arg(failText));
        if (settings.transientSeconds <= 0)
            settings.transientSeconds = ThermalProjection::kDefaultTransientSeconds;
    }
    if (!exportPath.isEmpty()) {
        QFile file(exportPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(ThermalCaseJson::toBytes(c)) < 0)
            return fail(kFailed, tr("Cannot write %1: %2").arg(exportPath, file.errorString()));
    }
    std::string why;
    if (!engine::resolveBackend(request, &settings.backend, &why))
        return fail(kBadInput, tr("The CUDA engine cannot run here: %1").arg(QString::fromStdString(why)));
    // What the plan already says about its air paths, before the run.
    const std::vector<ThermalSanityIssue> checks
        = casePath.isEmpty() ? ThermalSanity::check(plan, build.hallId) : std::vector<ThermalSanityIssue> {};
    const QLocale locale;
    if (!json) {
        for (const ThermalSanityIssue &issue : checks)
            mOut << tr("Before the run: %1").arg(issue.message) << Qt::endl;
    }
    settings.keepFields = true;  // the reasons trace the air back through the field
    const engine::ThermalResult r = engine::solveThermal(c, settings);
    if (!r.ok())
        return fail(
            r.error == engine::ThermalError::CudaFailed ? kFailed : kBadInput, ThermalProjection::errorText(r, c));
    const ThermalPlanContext context
        = casePath.isEmpty() ? ThermalPlanContext::of(plan, build.hallId) : ThermalPlanContext {};
    const std::vector<RackInletReason> reasons = ThermalReasons::explain(c, r, context);
    const std::vector<CoolerNote> notes = ThermalReasons::coolerNotes(c, r);
    if (json) {
        mOut << QJsonDocument(resultJson(c, r, checks, reasons, notes)).toJson(QJsonDocument::Indented);
        return kOk;
    }
    auto temp = [&locale](float value) {
        return std::isfinite(value) ? locale.toString(value, 'f', 1) : QStringLiteral("-");
    };
    mOut << tr("%1 %2 %3 %4 %5")
                .arg(tr("Rack"), -14)
                .arg(tr("Inlet °C"), 9)
                .arg(tr("Max °C"), 8)
                .arg(tr("Exhaust °C"), 11)
                .arg(tr("ASHRAE %1").arg(QString::fromStdString(c.limits.ashraeClass)))
         << Qt::endl;
    int outsideRecommended = 0, outsideAllowable = 0;
    for (const engine::RackThermalResult &rack : r.racks) {
        if (!std::isfinite(rack.inletMeanC))
            continue;
        outsideRecommended += rack.withinRecommended ? 0 : 1;
        outsideAllowable += rack.withinAllowable ? 0 : 1;
        const QString verdict = !rack.withinAllowable ? tr("outside allowable")
            : !rack.withinRecommended                 ? tr("outside recommended")
                                                      : tr("ok");
        mOut << QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(QString::fromStdString(rack.name), -14)
                    .arg(temp(rack.inletMeanC), 9)
                    .arg(temp(rack.inletMaxC), 8)
                    .arg(temp(rack.exhaustC), 11)
                    .arg(verdict)
             << Qt::endl;
    }
    for (const RackInletReason &reason : reasons) {
        const auto rack = std::find_if(
            r.racks.begin(), r.racks.end(), [&](const engine::RackThermalResult &x) { return x.id == reason.rackId; });
        mOut << tr("Why %1: %2").arg(QString::fromStdString(rack->name), reason.text) << Qt::endl;
    }
    for (std::size_t n = 0; n < r.coolers.size(); ++n) {
        const engine::CoolerThermalResult &u = r.coolers[n];
        mOut << tr("%1: return %2 °C, supply %3 °C, load %4 kW, rated %5 kW")
                    .arg(QString::fromStdString(u.name), temp(u.returnC), temp(u.supplyC),
                        locale.toString(u.loadW / 1000.0, 'f', 1),
                        locale.toString(c.coolers[n].capacityW / 1000.0, 'f', 1))
             << Qt::endl;
    }
    for (const CoolerNote &note : notes)
        mOut << note.text << Qt::endl;
    mOut << tr("%1 of %2 racks outside the recommended range, %3 outside the allowable range.")
                .arg(locale.toString(outsideRecommended), locale.toString(qsizetype(r.racks.size())),
                    locale.toString(outsideAllowable))
         << Qt::endl;
    mOut << tr("Energy balance: %1 kW released, %2 kW removed (%3 %).")
                .arg(locale.toString(r.heatReleasedW / 1000.0, 'f', 1),
                    locale.toString(r.heatRemovedW / 1000.0, 'f', 1),
                    locale.toString(100.0 * r.energyBalanceError(), 'f', 2))
         << Qt::endl;
    mOut << tr("Grid: %1 cells of %2 m (%3 x %4 x %5), %6 iterations, %7, %8 s on the %9 engine.")
                .arg(locale.toString(qulonglong(r.grid.cellCount())), locale.toString(r.grid.cellM, 'f', 2))
                .arg(r.grid.nx)
                .arg(r.grid.ny)
                .arg(r.grid.nz)
                .arg(locale.toString(r.iterations))
                .arg(r.converged ? tr("converged") : tr("NOT converged"))
                .arg(locale.toString(r.wallSeconds, 'f', 1))
                .arg(QString::fromLatin1(engine::backendName(r.backend)))
         << Qt::endl;
    if (r.averagedIterations > 0)
        mOut << tr("The flow keeps swinging: rack and cooling-unit figures are means over the last %1 steps; "
                   "rack inlets swing by up to %2 K.")
                    .arg(locale.toString(r.averagedIterations), locale.toString(r.inletSwingK, 'f', 1))
             << Qt::endl;
    if (settings.transientSeconds > 0) {
        const engine::TransientResult &t = r.transient;
        QStringList names;
        for (long long id : t.failedCoolers)
            for (const engine::CoolerThermalResult &u : r.coolers)
                if (u.id == id)
                    names << QString::fromStdString(u.name);
        if (t.firstExceedanceS >= 0) {
            QStringList racks;
            for (long long id : t.racksExceeding)
                for (const engine::RackThermalResult &rack : r.racks)
                    if (rack.id == id)
                        racks << QString::fromStdString(rack.name);
            mOut << tr("Without %1: the first rack inlet leaves the allowable range after %2 s; within %3 s: %4.")
                        .arg(names.isEmpty() ? tr("no cooling unit") : names.join(QStringLiteral(", ")),
                            locale.toString(t.firstExceedanceS, 'f', 0), locale.toString(t.simulatedSeconds, 'f', 0),
                            racks.join(QStringLiteral(", ")))
                 << Qt::endl;
        } else {
            mOut << tr("Without %1: every rack inlet stays in the allowable range for %2 s.")
                        .arg(names.isEmpty() ? tr("no cooling unit") : names.join(QStringLiteral(", ")),
                            locale.toString(t.simulatedSeconds, 'f', 0))
                 << Qt::endl;
        }
    }
    return kOk;
}

}  // namespace rw::cli
