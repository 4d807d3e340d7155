// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "clioptions.h"

#include "catalogue/netboxexport.h"
#include "catalogue/netboximport.h"
#include "commands/planeditor.h"
#include "i18n/oneline.h"
#include "store/planjson.h"
#include "store/planstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

namespace rw::cli {

int CliCommands::netbox(const QStringList &arguments)
{
    QStringList args = arguments;
    QString planPath;
    if (!takeOption(args, QStringLiteral("--plan"), &planPath))
        return usage(tr("--plan needs a plan file."));
    if (const QString bad = leftoverOption(args); !bad.isEmpty())
        return unknownOption(bad);
    const QString action = args.value(0);
    if (action == QLatin1String("export") && args.size() == 3 && planPath.isEmpty()) {
        Plan plan;
        QString error;
        if (!loadPlan(args[1], &plan, &error))
            return fail(kBadInput, error);
        const QDir dir(args[2]);
        const auto files = NetBoxExport::files(plan);
        for (const auto &[name, bytes] : files) {
            const QString path = dir.filePath(name);
            QFile file(path);
            if (!QDir().mkpath(QFileInfo(path).path()) || !file.open(QIODevice::WriteOnly | QIODevice::Truncate)
                || file.write(bytes) < 0)
                return fail(kFailed, tr("Cannot write %1: %2").arg(fullPath(path), file.errorString()));
        }
        mOut << tr("%n file(s) for NetBox's bulk import written to %1.", nullptr, int(files.size()))
                    .arg(fullPath(dir.path()))
             << Qt::endl;
        return kOk;
    }
    if (action == QLatin1String("import") && args.size() == 2) {
        if (!QFileInfo(args[1]).isDir())
            return fail(kBadInput, tr("%1 is not a folder.").arg(fullPath(args[1])));
        const NetBoxFolderResult library = NetBoxImport::fromFolder(args[1]);
        for (const DeviceType &type : library.types)
            mOut << QStringLiteral("%1\t%2 %3\t%4 U\t%5 W")
                        .arg(type.key, type.manufacturer, type.model)
                        .arg(type.heightU)
                        .arg(type.maxPowerW)
                 << Qt::endl;
        for (const QString &refusal : library.refusals)
            mOut << oneLine(refusal) << Qt::endl;
        mOut << tr("%1 of %2 device type files read; %3 assumptions to review.")
                    .arg(library.types.size())
                    .arg(library.files)
                    .arg(library.warnings)
             << Qt::endl;
        if (!library.refusals.isEmpty())
            return fail(kBadInput,
                tr("%n file(s) of the folder are refused; nothing was imported.", nullptr,
                    int(library.refusals.size())));
        if (library.files == 0)
            return fail(kBadInput, tr("%1 holds no .yaml or .yml file.").arg(fullPath(args[1])));
        if (planPath.isEmpty())
            return kOk;
        Plan plan;
        QString error;
        if (!loadPlan(planPath, &plan, &error))
            return fail(kBadInput, error);
        QUndoStack stack;
        PlanEditor editor(plan, stack);
        const EditResult result = editor.importDeviceTypes(library.types);
        if (!result.ok)
            return fail(kBadInput, result.error);
        if (planPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
            QFile file(planPath);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(PlanJson::toBytes(plan)) < 0)
                return fail(kFailed, tr("Cannot write %1: %2").arg(fullPath(planPath), file.errorString()));
        } else if (const SaveReport saved = PlanStore::save(plan, planPath); !saved.ok) {
            return fail(kFailed, saved.error);
        }
        return kOk;
    }
    return usage(tr("netbox takes export PLAN DIR or import DIR [--plan PLAN]."));
}

}  // namespace rw::cli
