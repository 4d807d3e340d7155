// SPDX-License-Identifier: GPL-3.0-or-later
// rackwerk-cli liquid: coolant flows, temperatures and failures of liquid loops on the console.
#include "analysis/liquidanalysis.h"
#include "clicommands.h"
#include "clioptions.h"

#include <QFile>
#include <QJsonDocument>

namespace rw::cli {

int CliCommands::liquid(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool json = takeFlag(args, QStringLiteral("--json"));
    QString casePath, failId;
    if (!takeOption(args, QStringLiteral("--case"), &casePath) || !takeOption(args, QStringLiteral("--fail"), &failId))
        return usage(tr("An option of liquid is missing its value."));
    if (const QString bad = leftoverOption(args); !bad.isEmpty())
        return unknownOption(bad);
    if (!args.isEmpty() || casePath.isEmpty())
        return usage(tr("liquid reads a liquid case (--case FILE); plans do not carry liquid loops yet."));
    QFile file(casePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(kBadInput, tr("Cannot read %1: %2").arg(fullPath(casePath), file.errorString()));
    LiquidCase liquidCase;
    QString error;
    if (!LiquidCaseJson::fromBytes(file.readAll(), &liquidCase, &error))
        return fail(kBadInput, error);
    const LiquidAnalysis::Result result = LiquidAnalysis::run(liquidCase, failId);
    if (!result.ok)
        return fail(kBadInput, result.error);
    if (json) {
        mOut << QJsonDocument(LiquidAnalysis::toJson(liquidCase, result)).toJson(QJsonDocument::Indented);
        return kOk;
    }
    for (const QString &line : LiquidAnalysis::toText(liquidCase, result))
        mOut << line << Qt::endl;
    return kOk;
}

}  // namespace rw::cli
