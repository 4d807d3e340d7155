// SPDX-License-Identifier: GPL-3.0-or-later
// rackwerk-cli budget and contingency: the power-chain analysis on the console.
#include "analysis/analysisjson.h"
#include "analysis/dccomparison.h"
#include "analysis/downstream.h"
#include "clicommands.h"
#include "clioptions.h"
#include "commands/poweredits.h"
#include "plan/completenesschecks.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QUndoStack>

namespace rw::cli {

int CliCommands::dc800(const QStringList &arguments)
{
    QStringList args = arguments;
    QString nodesText, target;
    const QString needs = tr("dc800 needs a plan and --rectifier ID,ID,... (the nodes that become rectifiers).");
    if (!takeOption(args, QStringLiteral("--rectifier"), &nodesText))
        return usage(needs);
    takeOption(args, QStringLiteral("-o"), &target);
    if (const QString bad = leftoverOption(args); !bad.isEmpty())
        return unknownOption(bad);
    std::vector<Id> nodeIds;
    bool ok = true;
    for (const QString &part : nodesText.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool isNumber = false;
        nodeIds.push_back(part.trimmed().toLongLong(&isNumber));
        ok = ok && isNumber;
    }
    if (args.size() != 1 || !ok || nodeIds.empty())
        return usage(needs);
    Plan ac;
    QString error;
    if (!loadPlan(args.first(), &ac, &error))
        return fail(kBadInput, error);
    Plan dc;
    dc.assign(ac);
    QUndoStack stack;
    PlanEditor editor(dc, stack);
    const EditResult converted = PowerEdits::convertToDc800(editor, nodeIds);
    if (!converted.ok)
        return fail(kBadInput, converted.error);
    for (const QString &line : DcComparer::toText(DcComparer::compare(ac, dc)))
        mOut << line << Qt::endl;
    if (!target.isEmpty()) {
        if (const int saved = savePlanTo(dc, target); saved != kOk)
            return saved;
        mOut << tr("The 800 V DC variant is saved as %1.").arg(fullPath(target)) << Qt::endl;
    }
    return kOk;
}

int CliCommands::budget(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool json = takeFlag(args, QStringLiteral("--json"));
    if (const QString bad = leftoverOption(args); !bad.isEmpty())
        return unknownOption(bad);
    if (args.size() != 1)
        return usage(tr("budget takes one plan."));
    Plan plan;
    QString error;
    if (!loadPlan(args.first(), &plan, &error))
        return fail(kBadInput, error);
    const PowerAnalysis analysis = PowerAnalyzer::analyze(plan);
    const CoolingBudget cooling = CoolingBudgeter::compute(plan);
    // A subsystem the plan does not draw is not assessable, never "enough".
    const Completeness completeness = CompletenessChecks::assess(plan);
    if (json) {
        QJsonArray notAssessable;
        if (const QString gap = completeness.powerGap(); !gap.isEmpty())
            notAssessable.append(QJsonObject {
                { QStringLiteral("budget"), QStringLiteral("power") }, { QStringLiteral("reason"), gap } });
        for (const CoolingGap &gap : completeness.coolingGaps) {
            const Hall *hall = plan.find<Hall>(gap.hallId);
            notAssessable.append(
                QJsonObject { { QStringLiteral("budget"),
                                  gap.liquid ? QStringLiteral("liquidCooling") : QStringLiteral("airCooling") },
                    { QStringLiteral("hall"), hall ? hall->name : QString() },
                    { QStringLiteral("reason"), completeness.coolingGap(plan, gap.hallId, gap.liquid) } });
        }
        QJsonObject o { { QStringLiteral("power"), powerBudgetJson(plan, analysis) },
            { QStringLiteral("cooling"), coolingBudgetJson(plan, cooling) },
            { QStringLiteral("notAssessable"), notAssessable } };
        mOut << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return analysis.normal.servesAll() ? kOk : kFailed;
    }
    const QLocale locale;
    auto kw = [&locale](double value) { return locale.toString(value, 'f', 1); };
    mOut << tr("%1 %2 %3 %4 %5 %6")
                .arg(tr("Node"), -22)
                .arg(tr("Rating kW"), 11)
                .arg(tr("Design kW"), 11)
                .arg(tr("Expected kW"), 12)
                .arg(tr("Worst N-1 kW"), 13)
                .arg(tr("Headroom kW"), 12)
         << Qt::endl;
    for (const NodeBudget &b : analysis.budgets) {
        mOut << QStringLiteral("%1 %2 %3 %4 %5 %6")
                    .arg(plan.find<PowerNode>(b.nodeId)->name, -22)
                    .arg(b.ratingKw > 0 ? kw(b.ratingKw) : tr("unrated"), 11)
                    .arg(kw(b.designKw), 11)
                    .arg(kw(b.expectedKw), 12)
                    .arg(kw(b.worstKw), 13)
                    .arg(b.ratingKw > 0 ? kw(b.headroomKw()) : QString(), 12)
             << Qt::endl;
    }
    if (const QString gap = completeness.powerGap(); !gap.isEmpty())
        mOut << tr("Power budgets not assessable: %1").arg(gap) << Qt::endl;
    auto verdict = [&](const CoolingArea &hall, bool liquid) {
        if (!completeness.coolingGap(plan, hall.hallId, liquid).isEmpty())
            return tr("not assessable");
        return (liquid ? hall.liquidHeat : hall.airHeat).meetsRedundancy() ? tr("enough") : tr("NOT enough");
    };
    for (const CoolingArea &hall : cooling.halls) {
        const Hall *h = plan.find<Hall>(hall.hallId);
        mOut << tr("%1: heat to air %2 kW, air cooling %3 kW installed, %4 kW with redundancy (%5)")
                    .arg(h ? h->name : tr("no hall"), kw(hall.airHeat.loadKw), kw(hall.airHeat.installedKw),
                        kw(hall.airHeat.redundantKw), verdict(hall, false))
             << Qt::endl;
        mOut << tr("%1: heat to liquid %2 kW, liquid cooling %3 kW installed, %4 kW with redundancy (%5)")
                    .arg(h ? h->name : tr("no hall"), kw(hall.liquidHeat.loadKw), kw(hall.liquidHeat.installedKw),
                        kw(hall.liquidHeat.redundantKw), verdict(hall, true))
             << Qt::endl;
        if (!hall.unitsOutside.empty()) {
            QStringList names;
            for (Id id : hall.unitsOutside)
                names << plan.find<CoolingUnit>(id)->name;
            mOut << tr("%1: not counted, standing outside the hall: %2")
                        .arg(h ? h->name : tr("no hall"), names.join(QStringLiteral(", ")))
                 << Qt::endl;
        }
        if (!hall.racksOutside.empty()) {
            QStringList names;
            for (Id id : hall.racksOutside)
                names << plan.find<Rack>(id)->name;
            mOut << tr("%1: racks standing outside the hall (their heat is counted): %2")
                        .arg(h ? h->name : tr("no hall"), names.join(QStringLiteral(", ")))
                 << Qt::endl;
        }
    }
    if (const QString gaps = completeness.coolingGapsText(plan); !gaps.isEmpty())
        mOut << tr("Cooling budgets not assessable: %1").arg(gaps) << Qt::endl;
    const HeatRejection &h = cooling.heatRejection;
    if (h.units == 0)  // not drawn: nothing to judge, not "0 kW usable"
        mOut << tr("Heat rejection: %1 kW of heat; the plan has no chiller, dry cooler or heat exchanger, so it is not "
                   "assessed.")
                    .arg(kw(h.heatKw))
             << Qt::endl;
    else
        mOut << tr("Heat rejection: %1 kW of heat, %2 kW usable at %3 °C outdoors, %4 kW with one unit failed")
                    .arg(kw(h.heatKw), kw(h.availableAtDesignKw),
                        locale.toString(plan.site().designOutdoorTempC, 'f', 1), kw(h.redundantKw))
             << Qt::endl;
    return analysis.normal.servesAll() ? kOk : kFailed;
}

int CliCommands::capacity(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool json = takeFlag(args, QStringLiteral("--json"));
    if (const QString bad = leftoverOption(args); !bad.isEmpty())
        return unknownOption(bad);
    if (args.size() != 2)
        return usage(tr("capacity takes a plan and a device type key."));
    Plan plan;
    QString error;
    if (!loadPlan(args.first(), &plan, &error))
        return fail(kBadInput, error);
    const CapacityResult result = CapacitySearch::run(plan, args.at(1));
    if (!result.error.isEmpty())
        return fail(kBadInput, result.error);
    if (json) {
        mOut << QJsonDocument(capacityJson(plan, result)).toJson(QJsonDocument::Indented);
        return kOk;
    }
    const QLocale locale;
    mOut << tr("%1 more %2 fit in %3 racks; most racks are limited by: %4.")
                .arg(locale.toString(result.fits), args.at(1), locale.toString(qsizetype(result.placements.size())),
                    CapacitySearch::limitName(result.mainLimit))
         << Qt::endl;
    for (const CapacityPlacement &p : result.placements) {
        QStringList positions;
        for (int u : p.positionsU)
            positions << tr("U%1").arg(u);
        mOut << QStringLiteral("  %1: %2").arg(plan.find<Rack>(p.rackId)->name, positions.join(QStringLiteral(", ")))
             << Qt::endl;
    }
    return kOk;
}

int CliCommands::contingency(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool json = takeFlag(args, QStringLiteral("--json"));
    PowerAnalysisOptions options;
    options.pairs = takeFlag(args, QStringLiteral("--pairs"));
    QString nodeText;
    if (!takeOption(args, QStringLiteral("--node"), &nodeText))
        return usage(tr("--node needs the id or name of a power node."));
    if (const QString bad = leftoverOption(args); !bad.isEmpty())
        return unknownOption(bad);
    if (args.size() != 1)
        return usage(tr("contingency takes one plan."));
    Plan plan;
    QString error;
    if (!loadPlan(args.first(), &plan, &error))
        return fail(kBadInput, error);
    if (!nodeText.isEmpty())
        return nodeContingency(plan, nodeText, json);
    const PowerAnalysis analysis = PowerAnalyzer::analyze(plan, options);
    if (json) {
        mOut << QJsonDocument(contingencyJson(plan, analysis)).toJson(QJsonDocument::Indented);
        return kOk;
    }
    const QLocale locale;
    int failing = 0;
    for (const PowerState &c : analysis.contingencies) {
        if (c.servesAll())
            continue;
        ++failing;
        QStringList names;
        for (Id id : c.failedNodes)
            names << plan.find<PowerNode>(id)->name;
        mOut << tr("Without %1: %2, %3, %4 kW unserved, %5, %6")
                    .arg(names.join(QStringLiteral(" + ")),
                        tr("%Ln rack(s) lose power", nullptr, int(c.racksLost.size())),
                        tr("%Ln run on too few power supplies", nullptr, int(c.racksLimited.size())),
                        locale.toString(c.unservedKw, 'f', 1),
                        tr("%Ln node(s) overloaded", nullptr, int(c.overloads.size())),
                        tr("%Ln cooling unit(s) stop", nullptr, int(c.loads.stoppedCoolingUnits.size())))
             << Qt::endl;
        for (const NodeOverload &o : c.overloads) {
            mOut << tr("  %1: %2 kW on a rating of %3 kW")
                        .arg(plan.find<PowerNode>(o.nodeId)->name, locale.toString(o.loadKw, 'f', 1),
                            locale.toString(o.ratingKw, 'f', 1))
                 << Qt::endl;
        }
    }
    mOut << tr("%1 of %2 contingencies leave the plan short.")
                .arg(locale.toString(failing), locale.toString(qsizetype(analysis.contingencies.size())))
         << Qt::endl;
    mOut << tr("Supported availability class (EN 50600): %1. %2")
                .arg(analysis.availability.supportedClass > 0 ? locale.toString(analysis.availability.supportedClass)
                                                              : tr("not assessable"),
                    analysis.availability.reason)
         << Qt::endl;
    return kOk;
}

int CliCommands::nodeContingency(const Plan &plan, const QString &nodeText, bool json)
{
    // A number is an id; anything else (or a number no node has) is looked up as a name.
    const PowerNode *node = nullptr;
    bool isNumber = false;
    const Id id = nodeText.toLongLong(&isNumber);
    if (isNumber)
        node = plan.find<PowerNode>(id);
    for (const auto &[key, candidate] : plan.all<PowerNode>()) {
        if (!node && candidate.name == nodeText)
            node = &candidate;
    }
    if (!node)
        return fail(kBadInput, tr("The plan has no power node \"%1\".").arg(nodeText));
    const FailureEffect effect = FailureEffect::of(plan, node->id);
    const PowerState state = PowerAnalyzer::state(plan, PowerNetwork(plan), { node->id }, LoadLevel::Design);
    if (json) {
        QJsonObject o = failureEffectJson(plan, effect);
        o.insert(QStringLiteral("node"),
            QJsonObject { { QStringLiteral("id"), double(node->id) }, { QStringLiteral("name"), node->name } });
        o.insert(QStringLiteral("state"), powerStateJson(plan, state));
        mOut << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return kOk;
    }
    const QLocale locale;
    mOut << tr("Without %1: %2, %3, %4, %5 kW unserved, %6")
                .arg(node->name, tr("%Ln node(s) lose power", nullptr, int(effect.deadNodes.size())),
                    tr("%Ln rack(s) lose all power", nullptr, int(effect.racksWithoutPower.size())),
                    tr("%Ln rack(s) run on one feed", nullptr, int(effect.racksOnOneFeed.size())),
                    locale.toString(state.unservedKw, 'f', 1),
                    tr("%Ln node(s) overloaded", nullptr, int(state.overloads.size())))
         << Qt::endl;
    mOut << tr("Cooling units that stop (%1):").arg(locale.toString(qsizetype(effect.coolingUnitsStopped.size())))
         << Qt::endl;
    // One id per line first, so that scripts can pass them to the thermal run as --fail ID.
    for (Id unitId : effect.coolingUnitsStopped)
        mOut << QStringLiteral("  %1 %2").arg(unitId).arg(plan.find<CoolingUnit>(unitId)->name) << Qt::endl;
    return kOk;
}

}  // namespace rw::cli
