// SPDX-License-Identifier: GPL-3.0-or-later
#include "clioptions.h"

#include "clicommands.h"
#include "demo/builtinplans.h"
#include "store/planjson.h"
#include "store/planstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rw::cli {

bool takeOption(QStringList &args, const QString &name, QString *value)
{
    const qsizetype at = args.indexOf(name);
    if (at < 0)
        return true;
    if (at + 1 >= args.size())
        return false;
    *value = args.at(at + 1);
    args.remove(at, 2);
    return true;
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

QString leftoverOption(const QStringList &args)
{
    for (const QString &arg : args) {
        if (arg.size() > 1 && arg.startsWith(QLatin1Char('-')))
            return arg;
    }
    return {};
}

QString fullPath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

bool loadPlan(const QString &source, Plan *plan, QString *error, QString *details)
{
    if (BuiltInPlans::build(source, *plan))
        return true;
    if (source.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        QFile file(source);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = CliCommands::tr("Cannot read %1: %2").arg(fullPath(source), file.errorString());
            return false;
        }
        const JsonImportReport report = PlanJson::fromBytes(file.readAll(), plan);
        *error = report.error;
        return report.ok;
    }
    const LoadReport report = PlanStore::load(source, plan);
    *error = report.error;
    if (details)
        *details = report.details;
    return report.ok;
}

}  // namespace rw::cli
