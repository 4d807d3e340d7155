// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "clioptions.h"

#include "commands/csvimportedits.h"
#include "commands/liquidedits.h"
#include "commands/rackrowedits.h"
#include "demo/builtinplans.h"
#include "i18n/oneline.h"
#include "plan/drawingdefaults.h"
#include "store/planjson.h"
#include "store/planstore.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QUndoStack>

namespace rw::cli {
namespace {

/// "X,Y" in metres, with a dot as the decimal separator whatever the locale (a command line is a script).
bool parsePoint(const QString &text, QPointF *point)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 2)
        return false;
    bool okX = false;
    bool okY = false;
    *point = QPointF(QLocale::c().toDouble(parts[0].trimmed(), &okX), QLocale::c().toDouble(parts[1].trimmed(), &okY));
    return okX && okY;
}

/// The first hall of the plan (lowest id), or kNoId.
Id firstHall(const Plan &plan)
{
    return plan.all<Hall>().empty() ? kNoId : plan.all<Hall>().begin()->first;
}

}  // namespace

int CliCommands::attachRacks(const QStringList &arguments)
{
    QStringList args = arguments;
    QString loopText, racksText, target;
    const QString needs
        = tr("attach-racks needs a plan, --loop ID (0: off their loop), --racks ID,ID,... and -o FILE.");
    if (!takeOption(args, QStringLiteral("--loop"), &loopText)
        || !takeOption(args, QStringLiteral("--racks"), &racksText) || !takeOption(args, QStringLiteral("-o"), &target))
        return usage(needs);
    if (const QString bad = leftoverOption(args); !bad.isEmpty())
        return unknownOption(bad);
    bool ok = false;
    const Id loopId = loopText.toLongLong(&ok);
    std::vector<Id> rackIds;
    for (const QString &part : racksText.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool isNumber = false;
        rackIds.push_back(part.trimmed().toLongLong(&isNumber));
        ok = ok && isNumber;
    }
    if (args.size() != 1 || target.isEmpty() || !ok || rackIds.empty())
        return usage(needs);
    Plan plan;
    QString error;
    if (!loadPlan(args.first(), &plan, &error))
        return fail(kBadInput, error);
    QUndoStack stack;
    PlanEditor editor(plan, stack);
    // The figures of a rack already on a loop stay; a new one takes the defaults (docs/plan-json.md).
    LoopRack figures;
    const EditResult result = loopId == kNoId ? LiquidEdits::detachRacks(editor, rackIds)
                                              : LiquidEdits::attachRacks(editor, rackIds, loopId, figures);
    if (!result.ok)
        return fail(kBadInput, result.error);
    if (const int saved = savePlanTo(plan, target); saved != kOk)
        return saved;
    mOut << (stack.count() > 0 ? stack.text(0) : tr("Nothing changed.")) << Qt::endl;
    return kOk;
}

int CliCommands::importCsv(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool dryRun = takeFlag(args, QStringLiteral("--dry-run"));
    if (const QString bad = leftoverOption(args); !bad.isEmpty())
        return unknownOption(bad);
    if (args.size() != 2)
        return usage(tr("import-csv needs a plan and a CSV file."));
    const QString planPath = args[0];
    const QString csvPath = args[1];
    if (BuiltInPlans::isBuiltIn(planPath) && !dryRun)
        return fail(kBadInput, tr("The demo plan cannot be written: import into a plan file, or add --dry-run."));
    if (QFileInfo(csvPath).size() > CsvImport::kMaxBytes)
        return fail(kBadInput,
            tr("%1 is larger than %2 MiB.").arg(fullPath(csvPath)).arg(CsvImport::kMaxBytes / (1024 * 1024)));
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(kBadInput, tr("Cannot read %1: %2").arg(fullPath(csvPath), file.errorString()));
    const CsvImportFile sheet = CsvImport::parse(file.read(CsvImport::kMaxBytes + 1));
    Plan plan;
    QString error;
    if (!loadPlan(planPath, &plan, &error))
        return fail(kBadInput, error);
    const CsvImportPreview preview = CsvImportEdits::preview(plan, sheet);
    if (!preview.ok()) {
        for (const CsvLineError &lineError : preview.errors)
            mOut << oneLine(lineError.message()) << Qt::endl;
        const qint64 refused = qint64(preview.errors.size()) + preview.unlistedErrors;
        return fail(kBadInput, tr("%1: %Ln error(s); nothing was imported.", nullptr, refused).arg(fullPath(csvPath)));
    }
    const QString added = tr("%n rack(s)", nullptr, preview.racks) + QStringLiteral(", ")
        + tr("%n row(s)", nullptr, preview.rows) + QStringLiteral(", ") + tr("%n device(s)", nullptr, preview.devices);
    if (dryRun) {
        mOut << tr("Dry run, nothing written: the import would add %1.").arg(added) << Qt::endl;
        return kOk;
    }
    QUndoStack stack;
    PlanEditor editor(plan, stack);
    const EditResult result = CsvImportEdits::apply(editor, sheet);
    if (!result.ok)
        return fail(kBadInput, result.error);
    if (const int saved = savePlanTo(plan, planPath); saved != kOk)
        return saved;
    mOut << tr("Added %1 to %2.").arg(added, fullPath(planPath)) << Qt::endl;
    return kOk;
}

int CliCommands::drawRow(const QStringList &arguments)
{
    QStringList args = arguments;
    QString from, to, hallText, templateText, target;
    if (!takeOption(args, QStringLiteral("--from"), &from) || !takeOption(args, QStringLiteral("--to"), &to)
        || !takeOption(args, QStringLiteral("--hall"), &hallText)
        || !takeOption(args, QStringLiteral("--template"), &templateText)
        || !takeOption(args, QStringLiteral("-o"), &target))
        return usage(tr("draw-row needs a plan, --from X,Y, --to X,Y and -o FILE."));
    if (const QString bad = leftoverOption(args); !bad.isEmpty())
        return unknownOption(bad);
    RackRowDraft draft;
    if (args.size() != 1 || target.isEmpty() || !parsePoint(from, &draft.start) || !parsePoint(to, &draft.end))
        return usage(tr("draw-row needs a plan, --from X,Y, --to X,Y and -o FILE."));
    const auto templates = DrawingDefaults::rackTemplates();
    bool ok = true;
    const int templateIndex = templateText.isEmpty() ? 0 : templateText.toInt(&ok);
    if (!ok || templateIndex < 0 || templateIndex >= int(templates.size()))
        return fail(kBadInput, tr("--template takes a number from 0 to %1.").arg(templates.size() - 1));
    draft.prototype = templates[std::size_t(templateIndex)].prototype;
    Plan plan;
    QString error;
    if (!loadPlan(args.first(), &plan, &error))
        return fail(kBadInput, error);
    draft.hallId = hallText.isEmpty() ? firstHall(plan) : hallText.toLongLong();
    QUndoStack stack;
    PlanEditor editor(plan, stack);
    std::vector<Id> racks;
    const EditResult result = RackRowEdits::draw(editor, draft, &racks);
    if (!result.ok)
        return fail(kBadInput, result.error);
    if (const int saved = savePlanTo(plan, target); saved != kOk)
        return saved;
    mOut << tr("%1: %n rack(s) drawn.", nullptr, int(racks.size())).arg(plan.find<Row>(result.id)->name) << Qt::endl;
    return kOk;
}

}  // namespace rw::cli
