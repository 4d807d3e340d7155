// SPDX-License-Identifier: GPL-3.0-or-later
// The site's weather and the CAD underlays, from the command line: the same named operations the GUI uses.
#include "clicommands.h"

#include "clioptions.h"

#include "commands/underlayedits.h"
#include "commands/weatheredits.h"
#include "store/planjson.h"
#include "store/planstore.h"
#include "weather/siteweather.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QUndoStack>

namespace rw::cli {

int CliCommands::savePlanTo(const Plan &plan, const QString &target)
{
    if (target.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        QFile file(target);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(PlanJson::toBytes(plan)) < 0)
            return fail(kFailed, tr("Cannot write %1: %2").arg(fullPath(target), file.errorString()));
    } else if (const SaveReport saved = PlanStore::save(plan, target); !saved.ok) {
        return fail(kFailed, saved.error);
    }
    return kOk;
}

int CliCommands::weather(const QStringList &arguments)
{
    QStringList args = arguments;
    QString useFile, target;
    if (!takeOption(args, QStringLiteral("--use"), &useFile) || !takeOption(args, QStringLiteral("-o"), &target))
        return usage(tr("weather needs a plan; --use FILE or --munich with -o PLAN change it."));
    const bool munich = takeFlag(args, QStringLiteral("--munich"));
    if (const QString bad = leftoverOption(args); !bad.isEmpty())
        return unknownOption(bad);
    const bool changes = !useFile.isEmpty() || munich;
    if (args.size() != 1 || (changes && target.isEmpty()) || (!useFile.isEmpty() && munich)
        || (!changes && !target.isEmpty()))
        return usage(tr("weather needs a plan; --use FILE or --munich with -o PLAN change it."));
    Plan plan;
    QString error;
    if (!loadPlan(args.first(), &plan, &error))
        return fail(kBadInput, error);
    if (changes) {
        QUndoStack stack;
        PlanEditor editor(plan, stack);
        EditResult result;
        if (munich) {
            result = WeatherEdits::useTypicalMunichYear(editor);
        } else {
            WeatherFile file;
            if (!WeatherFileReader::readFile(useFile, &file, &error))
                return fail(kBadInput, error);
            result = WeatherEdits::useWeatherFile(editor, file, QFileInfo(useFile).fileName());
        }
        if (!result.ok)
            return fail(kBadInput, result.error);
        if (const int saved = savePlanTo(plan, target); saved != kOk)
            return saved;
    }
    const WeatherYear year = SiteWeatherCodec::yearFor(plan);
    const QLocale locale;
    mOut << tr("Weather: %1").arg(SiteWeatherCodec::describe(plan)) << Qt::endl;
    mOut << tr("Mean %1 °C; dry bulb exceeded in 0.4 % of hours: %2 °C")
                .arg(locale.toString(year.meanC(), 'f', 1), locale.toString(year.exceededInShare(0.004), 'f', 1))
         << Qt::endl;
    if (!year.wetBulbC().empty())
        mOut << tr("Wet bulb exceeded in 0.4 % of hours: %1 °C")
                    .arg(locale.toString(year.wetBulbExceededInShare(0.004), 'f', 1))
             << Qt::endl;
    return kOk;
}

int CliCommands::underlay(const QStringList &arguments)
{
    QStringList args = arguments;
    QString hallText, target, scaleText, opacityText, originText, wallsText, columnsText, pageText;
    if (!takeOption(args, QStringLiteral("--hall"), &hallText) || !takeOption(args, QStringLiteral("-o"), &target)
        || !takeOption(args, QStringLiteral("--scale"), &scaleText)
        || !takeOption(args, QStringLiteral("--opacity"), &opacityText)
        || !takeOption(args, QStringLiteral("--origin"), &originText)
        || !takeOption(args, QStringLiteral("--trace-walls"), &wallsText)
        || !takeOption(args, QStringLiteral("--trace-columns"), &columnsText)
        || !takeOption(args, QStringLiteral("--page"), &pageText))
        return usage(tr("underlay needs a plan, a DXF, SVG, PDF, PNG or JPEG file and -o PLAN."));
    if (const QString bad = leftoverOption(args); !bad.isEmpty())
        return unknownOption(bad);
    if (args.size() != 2 || target.isEmpty())
        return usage(tr("underlay needs a plan, a DXF, SVG, PDF, PNG or JPEG file and -o PLAN."));
    Plan plan;
    QString error;
    if (!loadPlan(args.first(), &plan, &error))
        return fail(kBadInput, error);
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return fail(kBadInput, tr("Cannot read %1: %2").arg(args.at(1), file.errorString()));
    if (file.size() > field::kUnderlayContentLength)
        return fail(kBadInput, tr("%1 is too large for an underlay.").arg(args.at(1)));
    bool hallOk = true;
    const Id hallId = hallText.isEmpty() ? (plan.all<Hall>().empty() ? kNoId : plan.all<Hall>().begin()->first)
                                         : hallText.toLongLong(&hallOk);
    if (!hallOk)
        return fail(kBadInput, tr("--hall takes a hall id, not \"%1\".").arg(hallText));
    bool pageOk = true;
    const int page = pageText.isEmpty() ? 1 : pageText.toInt(&pageOk);
    if (!pageOk || page < 1)
        return fail(kBadInput, tr("--page takes the number of a PDF page, from 1."));
    QUndoStack stack;
    PlanEditor editor(plan, stack);
    const EditResult result = UnderlayEdits::import(editor, hallId, file.readAll(), args.at(1), page);
    if (!result.ok)
        return fail(kBadInput, result.error);
    if (!scaleText.isEmpty()) {
        // AX,AY,BX,BY,METRES: two drawing points and their true distance ('.' as decimal point: a script).
        const QStringList parts = scaleText.split(QLatin1Char(','));
        double v[5] {};
        bool ok = parts.size() == 5;
        for (int i = 0; ok && i < 5; ++i)
            v[i] = QLocale::c().toDouble(parts[i].trimmed(), &ok);
        if (!ok)
            return fail(kBadInput, tr("--scale takes AX,AY,BX,BY,METRES: two drawing points and their distance."));
        const EditResult scaled
            = UnderlayEdits::scaleByTwoPoints(editor, result.id, QPointF(v[0], v[1]), QPointF(v[2], v[3]), v[4]);
        if (!scaled.ok)
            return fail(kBadInput, scaled.error);
    }
    if (!originText.isEmpty()) {
        const QStringList parts = originText.split(QLatin1Char(','));
        bool okX = false, okY = false;
        const QPointF origin = parts.size() == 2
            ? QPointF(QLocale::c().toDouble(parts[0].trimmed(), &okX), QLocale::c().toDouble(parts[1].trimmed(), &okY))
            : QPointF();
        const EditResult moved = okX && okY ? UnderlayEdits::moveTo(editor, result.id, origin)
                                            : EditResult::refused(tr("--origin takes X,Y in metres."));
        if (!moved.ok)
            return fail(kBadInput, moved.error);
    }
    if (!opacityText.isEmpty()) {
        bool ok = false;
        const double opacity = QLocale::c().toDouble(opacityText, &ok);
        const EditResult faded = ok ? UnderlayEdits::setOpacity(editor, result.id, opacity)
                                    : EditResult::refused(tr("--opacity takes a number from 0 to 1."));
        if (!faded.ok)
            return fail(kBadInput, faded.error);
    }
    // Traced after scaling and placing, as in the window: the walls and columns land where the drawing shows them.
    if (!wallsText.isEmpty()) {
        bool ok = false;
        const double thicknessM = QLocale::c().toDouble(wallsText, &ok);
        const EditResult traced = ok ? UnderlayEdits::traceWalls(editor, result.id, thicknessM, 0.5)
                                     : EditResult::refused(tr("--trace-walls takes the wall thickness in metres."));
        if (!traced.ok)
            return fail(kBadInput, traced.error);
    }
    if (!columnsText.isEmpty()) {
        bool ok = false;
        const double maxSideM = QLocale::c().toDouble(columnsText, &ok);
        const EditResult traced = ok
            ? UnderlayEdits::traceColumns(editor, result.id, 0.1, maxSideM)
            : EditResult::refused(tr("--trace-columns takes a column's largest side in metres."));
        if (!traced.ok)
            return fail(kBadInput, traced.error);
    }
    if (const int saved = savePlanTo(plan, target); saved != kOk)
        return saved;
    const Underlay *added = plan.find<Underlay>(result.id);
    mOut << tr("Underlay %1 imported into hall %2 (id %3).")
                .arg(added->name, plan.find<Hall>(hallId)->name)
                .arg(result.id)
         << Qt::endl;
    return kOk;
}

}  // namespace rw::cli
