// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "clioptions.h"

#include "commands/rackrowedits.h"
#include "plan/drawingdefaults.h"
#include "store/planjson.h"
#include "store/planstore.h"

#include <QFile>
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
    if (target.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(PlanJson::toBytes(plan)) < 0)
            return fail(kFailed, tr("Cannot write %1: %2").arg(target, file.errorString()));
    } else if (const SaveReport saved = PlanStore::save(plan, target); !saved.ok) {
        return fail(kFailed, saved.error);
    }
    mOut << tr("%1: %n rack(s) drawn.", nullptr, int(racks.size())).arg(plan.find<Row>(result.id)->name) << Qt::endl;
    return kOk;
}

}  // namespace rw::cli
