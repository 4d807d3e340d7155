// SPDX-License-Identifier: GPL-3.0-or-later
// rackwerk-cli check, diff and report: the reviewer's desk on the console.
#include "clicommands.h"
#include "clioptions.h"

#include "analysis/coolingsweep.h"
#include "commands/reviewedits.h"
#include "demo/builtinplans.h"
#include "i18n/datetext.h"
#include "projection/loadprojection.h"
#include "review/compliancechecker.h"
#include "review/plandiff.h"
#include "review/projectionsummarizers.h"
#include "review/reviewfile.h"
#include "review/reviewjson.h"
#include "review/reviewreport.h"
#include "review/tableexport.h"

#include "plan/plan.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QUndoStack>

namespace rw::cli {

namespace {

/// The review for a plan: --review FILE, or NAME.rackwerk-review next to the plan when there is one.
bool loadReview(const QString &planSource, const QString &explicitPath, Review *review, QString *error)
{
    QString path = explicitPath;
    if (path.isEmpty()) {
        if (BuiltInPlans::isBuiltIn(planSource))
            return true;
        path = ReviewFile::pathFor(planSource);
        if (!QFileInfo::exists(path))
            return true;
    }
    return ReviewFile::load(path, review, error);
}

/// Moves "--load-trials N" and "--sweep DIR" out of args (the rest must be the positional arguments).
QStringList takeProjectionOptions(QStringList &args)
{
    QStringList taken;
    for (const QString &option : { QStringLiteral("--load-trials"), QStringLiteral("--sweep") }) {
        const qsizetype at = args.indexOf(option);
        if (at < 0)
            continue;
        taken << args.takeAt(at);
        if (at < args.size())
            taken << args.takeAt(at);
    }
    return taken;
}

}  // namespace

bool CliCommands::projectionInputs(QStringList &args, const Plan &plan, ProjectionInputs *inputs, QString *error)
{
    QString trialsText;
    QString sweepDir;
    if (!takeOption(args, QStringLiteral("--load-trials"), &trialsText)) {
        *error = tr("--load-trials needs a number of trials.");
        return false;
    }
    if (!takeOption(args, QStringLiteral("--sweep"), &sweepDir)) {
        *error = tr("--sweep needs the folder of a cooling failure sweep.");
        return false;
    }
    if (!sweepDir.isEmpty()) {
        const SweepSummary sweep = CoolingSweep::mergeForPlan(sweepDir, plan);
        if (!sweep.ok()) {
            *error = sweep.error;
            return false;
        }
        inputs->coolingSweep = summarizeCoolingSweep(sweep);
    }
    if (trialsText.isEmpty())
        return true;
    bool ok = false;
    LoadProjectionOptions options;
    options.trials = trialsText.toInt(&ok);
    if (!ok || options.trials < 1 || options.trials > LoadProjectionOptions::kMaxTrials) {
        *error = tr("--load-trials must be a whole number from 1 to %1, not \"%2\".")
                     .arg(LoadProjectionOptions::kMaxTrials)
                     .arg(trialsText);
        return false;
    }
    LoadProjectionResult projection;
    if (!LoadProjection::run(plan, options, {}, &projection, error))
        return false;
    if (!projection.efficiency.empty())
        inputs->energy = summarizeEnergy(projection);
    return true;
}

bool CliCommands::needsGui(const QStringList &args)
{
    // The report draws (fonts, floor plan, charts); every other command runs without a display.
    return args.contains(QStringLiteral("report"));
}

int CliCommands::check(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool json = takeFlag(args, QStringLiteral("--json"));
    QString reviewPath;
    QStringList projectionOptions = takeProjectionOptions(args);
    QString rulesPath;
    const QString needs
        = tr("check takes one plan, optionally --review FILE, --rules FILE, --load-trials N, --sweep DIR and --json.");
    if (!takeOption(args, QStringLiteral("--review"), &reviewPath)
        || !takeOption(args, QStringLiteral("--rules"), &rulesPath))
        return usage(needs);
    if (const QString bad = leftoverOption(args); !bad.isEmpty())
        return unknownOption(bad);
    if (args.size() != 1)
        return usage(needs);
    Plan plan;
    QString error;
    if (!loadPlan(args.first(), &plan, &error))
        return fail(kBadInput, error);
    Review review;
    if (!loadReview(args.first(), reviewPath, &review, &error))
        return fail(kBadInput, error);
    ProjectionInputs projections;
    if (!projectionInputs(projectionOptions, plan, &projections, &error))
        return fail(kBadInput, error);
    // A newer rule file (after an amendment) is applied without a new release of Rackwerk.
    RuleSet rules = RuleSetLoader::bundled();
    if (!rulesPath.isEmpty() && !RuleSetLoader::load(rulesPath, &rules, &error))
        return fail(kBadInput, error);
    const ComplianceReport report = ComplianceChecker::run(plan, projections, review, rules);
    // Scripts tell a plan that fails a check from one that passes by the exit code alone.
    const int exitCode = report.count(CheckStatus::Fail) > 0 ? kChecksFailed : kOk;
    if (json) {
        mOut << QJsonDocument(ReviewJson::toJson(report)).toJson(QJsonDocument::Indented);
        return exitCode;
    }
    mOut << tr("Rule set %1").arg(report.ruleSetText) << Qt::endl;
    for (const QString &law : report.laws)
        mOut << QStringLiteral("  ") << law << Qt::endl;
    for (const CheckResult &r : report.results) {
        mOut << QStringLiteral("[%1] %2").arg(ComplianceChecker::statusName(r.status), r.title) << Qt::endl;
        if (!r.valueText.isEmpty())
            mOut << QStringLiteral("    ")
                 << tr("value %1 (%2), limit %3").arg(r.valueText, ComplianceChecker::basisName(r.basis), r.limitText)
                 << Qt::endl;
        if (!r.detail.isEmpty())
            mOut << QStringLiteral("    ") << r.detail << Qt::endl;
        mOut << QStringLiteral("    ") << tr("source: %1").arg(r.source) << Qt::endl;
    }
    for (const QString &context : report.context)
        mOut << tr("Context: %1").arg(context) << Qt::endl;
    mOut << tr("%L1 passed, %L2 failed, %L3 not assessable, %L4 not applicable, %L5 exempt")
                .arg(report.count(CheckStatus::Pass))
                .arg(report.count(CheckStatus::Fail))
                .arg(report.count(CheckStatus::NotAssessable))
                .arg(report.count(CheckStatus::NotApplicable))
                .arg(report.count(CheckStatus::Exempt))
         << Qt::endl;
    return exitCode;
}

int CliCommands::diff(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool json = takeFlag(args, QStringLiteral("--json"));
    if (const QString bad = leftoverOption(args); !bad.isEmpty())
        return unknownOption(bad);
    if (args.size() != 2)
        return usage(tr("diff takes two plans."));
    Plan a;
    Plan b;
    QString error;
    if (!loadPlan(args.at(0), &a, &error) || !loadPlan(args.at(1), &b, &error))
        return fail(kBadInput, error);
    const PlanDiff d = PlanDiffer::compare(a, b);
    if (json) {
        mOut << QJsonDocument(ReviewJson::toJson(d)).toJson(QJsonDocument::Indented);
        return kOk;
    }
    const QLocale locale;
    for (const FieldChange &f : d.site)
        mOut << tr("site: %1: %2 -> %3").arg(f.label, f.before, f.after) << Qt::endl;
    for (const EntityChange &e : d.entities) {
        mOut << tr("%1 %2: %3").arg(PlanDiffer::entityName(e.entity), e.name, PlanDiffer::changeName(e.change))
             << Qt::endl;
        for (const FieldChange &f : e.fields)
            mOut << QStringLiteral("    ") << tr("%1: %2 -> %3").arg(f.label, f.before, f.after) << Qt::endl;
    }
    if (d.identical())
        mOut << tr("The plans describe the same entities.") << Qt::endl;
    for (const FigureChange &f : d.figures)
        mOut << tr("%1: %2 -> %3")
                    .arg(PlanDiffer::figureName(f.key), locale.toString(f.a, 'f', f.decimals),
                        locale.toString(f.b, 'f', f.decimals))
             << Qt::endl;
    return kOk;
}

int CliCommands::report(const QStringList &arguments)
{
    QStringList args = arguments;
    QString pdf;
    QString csvDirectory;
    QString xlsx;
    QString reviewPath;
    QString rulesPath;
    QStringList projectionOptions = takeProjectionOptions(args);
    if (!takeOption(args, QStringLiteral("--pdf"), &pdf) || !takeOption(args, QStringLiteral("--csv"), &csvDirectory)
        || !takeOption(args, QStringLiteral("--xlsx"), &xlsx) || !takeOption(args, QStringLiteral("--review"), &reviewPath)
        || !takeOption(args, QStringLiteral("--rules"), &rulesPath))
        return usage(tr("report takes one plan and at least one of --pdf FILE, --csv DIR and --xlsx FILE."));
    if (const QString bad = leftoverOption(args); !bad.isEmpty())
        return unknownOption(bad);
    if (args.size() != 1 || (pdf.isEmpty() && csvDirectory.isEmpty() && xlsx.isEmpty()))
        return usage(tr("report takes one plan and at least one of --pdf FILE, --csv DIR and --xlsx FILE."));
    if (!xlsx.isEmpty() && !TableExport::xlsxAvailable())
        return fail(kFailed, tr("This Rackwerk was built without XLSX support (libxlsxwriter); use --csv."));
    const QString source = args.first();
    Plan plan;
    QString error;
    if (!loadPlan(source, &plan, &error))
        return fail(kBadInput, error);
    Review review;
    if (!loadReview(source, reviewPath, &review, &error))
        return fail(kBadInput, error);
    ProjectionInputs projections;
    if (!projectionInputs(projectionOptions, plan, &projections, &error))
        return fail(kBadInput, error);
    RuleSet rules = RuleSetLoader::bundled();
    if (!rulesPath.isEmpty() && !RuleSetLoader::load(rulesPath, &rules, &error))
        return fail(kBadInput, error);
    ReviewReport report(plan, BuiltInPlans::isBuiltIn(source) ? QString() : source, projections, review, rules);
    if (mRenderFloorPlans)
        report.setFloorPlans(mRenderFloorPlans(plan));
    if (!pdf.isEmpty() && !report.writePdf(pdf, &error))
        return fail(kFailed, error);
    QStringList written;
    if (!csvDirectory.isEmpty() && !report.writeCsv(csvDirectory, &written, &error))
        return fail(kFailed, error);
    if (!xlsx.isEmpty() && !report.writeXlsx(xlsx, &error))
        return fail(kFailed, error);
    return kOk;
}

int CliCommands::exempt(const QStringList &arguments)
{
    QStringList args = arguments;
    QString reviewPath, rulesPath, exemptionId, evidence, reference, dateText;
    const QString needs = tr("exempt takes one plan file, --exemption ID, --evidence TEXT, --reference TEXT and "
                             "--date YYYY-MM-DD, optionally --review FILE and --rules FILE.");
    if (!takeOption(args, QStringLiteral("--review"), &reviewPath)
        || !takeOption(args, QStringLiteral("--rules"), &rulesPath)
        || !takeOption(args, QStringLiteral("--exemption"), &exemptionId)
        || !takeOption(args, QStringLiteral("--evidence"), &evidence)
        || !takeOption(args, QStringLiteral("--reference"), &reference)
        || !takeOption(args, QStringLiteral("--date"), &dateText))
        return usage(needs);
    if (const QString bad = leftoverOption(args); !bad.isEmpty())
        return unknownOption(bad);
    if (args.size() != 1 || BuiltInPlans::isBuiltIn(args.first()) || exemptionId.isEmpty())
        return usage(needs);
    const QDate date = QDate::fromString(dateText, Qt::ISODate);
    if (!date.isValid())
        return fail(kBadInput, tr("--date must be a date written as YYYY-MM-DD, not \"%1\".").arg(dateText.left(40)));
    RuleSet rules = RuleSetLoader::bundled();
    QString error;
    if (!rulesPath.isEmpty() && !RuleSetLoader::load(rulesPath, &rules, &error))
        return fail(kBadInput, error);
    const QString path = reviewPath.isEmpty() ? ReviewFile::pathFor(args.first()) : reviewPath;
    Review review;
    if (QFileInfo::exists(path) && !ReviewFile::load(path, &review, &error))
        return fail(kBadInput, error);
    QUndoStack stack;
    ReviewEditor editor(review, stack);
    if (const EditResult done = editor.recordExemption(rules, { exemptionId, evidence, reference, date }); !done.ok)
        return fail(kBadInput, done.error);
    if (!ReviewFile::save(review, path, &error))
        return fail(kFailed, error);
    mOut << tr("Exemption %1 recorded in %2.").arg(exemptionId, fullPath(path)) << Qt::endl;
    return kOk;
}

}  // namespace rw::cli
