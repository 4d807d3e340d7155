// SPDX-License-Identifier: GPL-3.0-or-later
// rackwerk-cli liquid: coolant flows, temperatures and failures of liquid loops on the console.
#include "analysis/liquidanalysis.h"
#include "analysis/liquidbudget.h"
#include "analysis/liquidcasebuilder.h"
#include "analysis/liquidpowerfailures.h"
#include "analysis/liquidyearsummary.h"
#include "clicommands.h"
#include "clioptions.h"

#include <QFile>
#include <QJsonDocument>

namespace rw::cli {

int CliCommands::liquid(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool json = takeFlag(args, QStringLiteral("--json"));
    const bool year = takeFlag(args, QStringLiteral("--year"));
    QString casePath, failId, runDownText, standbyText;
    if (!takeOption(args, QStringLiteral("--case"), &casePath) || !takeOption(args, QStringLiteral("--fail"), &failId)
        || !takeOption(args, QStringLiteral("--run-down"), &runDownText)
        || !takeOption(args, QStringLiteral("--standby-start"), &standbyText))
        return usage(tr("An option of liquid is missing its value."));
    engine::liquid::TransientOptions transient;
    if (!runDownText.isEmpty()) {
        bool ok = false;
        transient.pumpRunDownS = runDownText.toDouble(&ok);
        if (!ok || !(transient.pumpRunDownS >= 0.0) || transient.pumpRunDownS > 600.0)
            return usage(
                tr("--run-down takes the pumps' time to half flow in seconds, 0 to 600: \"%1\".").arg(runDownText));
    }
    if (!standbyText.isEmpty()) {
        bool ok = false;
        transient.standbyStartS = standbyText.toDouble(&ok);
        if (!ok || !(transient.standbyStartS >= 0.0) || transient.standbyStartS > 600.0)
            return usage(tr("--standby-start takes the seconds a standby pump needs to start, 0 to 600: \"%1\".")
                             .arg(standbyText));
    }
    if (const QString bad = leftoverOption(args); !bad.isEmpty())
        return unknownOption(bad);
    if (args.size() > 1 || args.isEmpty() == casePath.isEmpty())
        return usage(tr("liquid reads one plan (PLAN) or one liquid case (--case FILE)."));
    LiquidCase liquidCase;
    PlanLiquidCase fromPlan;
    QString error;
    if (!casePath.isEmpty()) {
        QFile file(casePath);
        if (!file.open(QIODevice::ReadOnly))
            return fail(kBadInput, tr("Cannot read %1: %2").arg(fullPath(casePath), file.errorString()));
        if (!LiquidCaseJson::fromBytes(file.readAll(), &liquidCase, &error))
            return fail(kBadInput, error);
    } else {
        Plan plan;
        if (!loadPlan(args.first(), &plan, &error))
            return fail(kBadInput, error);
        if (!LiquidCaseBuilder::build(plan, &fromPlan, &error))
            return fail(kBadInput, error);
        fromPlan.liquidCase.chainFailures = LiquidPowerFailures::of(plan, fromPlan);
        liquidCase = fromPlan.liquidCase;
        if (year)
            return liquidYear(plan, fromPlan, json);
    }
    if (year)
        return usage(tr("liquid --year needs a plan: a case file has no weather."));
    const LiquidAnalysis::Result result = LiquidAnalysis::run(liquidCase, failId, transient);
    if (!result.ok)
        return fail(kBadInput, result.error);
    // Budgets need the loops of a plan; a case file has no loops to group its elements by.
    const std::vector<LoopBudget> budgets
        = casePath.isEmpty() ? LiquidBudget::compute(fromPlan, result) : std::vector<LoopBudget> {};
    if (json) {
        QJsonObject out = LiquidAnalysis::toJson(liquidCase, result);
        if (casePath.isEmpty())
            out.insert(QStringLiteral("loops"), LiquidBudget::toJson(budgets));
        mOut << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return kOk;
    }
    for (const QString &line : LiquidAnalysis::toText(liquidCase, result))
        mOut << line << Qt::endl;
    for (const QString &line : LiquidBudget::toText(budgets))
        mOut << line << Qt::endl;
    return kOk;
}

int CliCommands::liquidYear(const Plan &plan, const PlanLiquidCase &built, bool json)
{
    const LiquidYearSummary::Result result = LiquidYearSummary::run(plan);
    if (!result.ok)
        return fail(kBadInput, result.error);
    if (json) {
        mOut << QJsonDocument(LiquidYearSummary::toJson(built, result)).toJson(QJsonDocument::Indented);
        return kOk;
    }
    for (const QString &line : LiquidYearSummary::toText(built, result))
        mOut << line << Qt::endl;
    return kOk;
}

}  // namespace rw::cli
