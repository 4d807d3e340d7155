// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue.h"

#include "i18n/language.h"
#include "plan/entitytraits.h"
#include "plan/validation.h"
#include "store/jsonfields.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace rw {
namespace {

/// Fields added after catalogue format 1 shipped; a version 1 file without them takes a new type's default
/// (powerInput: AC, as every type was before 800 V DC).
const QSet<QString> kAddedToVersion1 { QStringLiteral("powerInput") };

}  // namespace

CatalogueReport Catalogue::fromBytes(const QByteArray &bytes)
{
    CatalogueReport report;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        report.error = tr("The catalogue is not valid JSON (%1).").arg(parseError.errorString());
        return report;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("rackwerk-catalogue")
        || root.value(QStringLiteral("version")).toInt() != 1) {
        report.error = tr("The file is not a Rackwerk device catalogue of version 1.");
        return report;
    }
    const QJsonArray entries = root.value(QStringLiteral("deviceTypes")).toArray();
    for (int i = 0; i < entries.size(); ++i) {
        // The German texts sit next to the English ones; they are not fields of a device type.
        QJsonObject entry = entries.at(i).toObject();
        const QJsonValue sourceDe = entry.take(QStringLiteral("sourceDe"));
        const QJsonValue notesDe = entry.take(QStringLiteral("notesDe"));
        const QJsonValue modelDe = entry.take(QStringLiteral("modelDe"));
        DeviceType type;
        QString path;
        if (!JsonFields::read(entries.at(i).isObject() ? QJsonValue(entry) : entries.at(i),
                QStringLiteral("$.deviceTypes[%1]").arg(i), EntityTraits<DeviceType>::fields(), &type, &path,
                &report.error, kAddedToVersion1))
            return report;
        for (const Finding &finding : PlanValidator::checkDeviceType(type)) {
            if (finding.severity == Finding::Severity::Error) {
                report.error = finding.message;
                return report;
            }
        }
        if (sourceDe.isString() || notesDe.isString() || modelDe.isString())
            report.german[type.key] = { modelDe.toString(), sourceDe.toString(), notesDe.toString() };
        report.types.push_back(type);
    }
    report.ok = true;
    return report;
}

namespace {

const CatalogueReport &builtInReport()
{
    static const CatalogueReport report = [] {
        QFile file(QStringLiteral(":/rackwerk/catalogue/devices.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in device catalogue is missing from the resources");
        CatalogueReport read = Catalogue::fromBytes(file.readAll());
        if (!read.ok)
            qFatal("The built-in device catalogue is invalid: %s", qPrintable(read.error));
        return read;
    }();
    return report;
}

using TextOf = QString DeviceType::*;
using GermanOf = QString CatalogueReport::GermanTexts::*;

/// The German text of a built-in type's model name, source or notes, when the interface is German and
/// the type still has the catalogue's English text (a user's own text stays as it is).
QString inGerman(const DeviceType &type, TextOf english, GermanOf german)
{
    if (Language::current() != QLatin1String("de"))
        return type.*english;
    const DeviceType *builtIn = Catalogue::findBuiltIn(type.key);
    const auto it = builtInReport().german.find(type.key);
    if (!builtIn || it == builtInReport().german.end() || type.*english != builtIn->*english)
        return type.*english;
    const QString &text = it->second.*german;
    return text.isEmpty() ? type.*english : text;
}

}  // namespace

const std::vector<DeviceType> &Catalogue::builtIn()
{
    return builtInReport().types;
}

QString Catalogue::sourceText(const DeviceType &type)
{
    return inGerman(type, &DeviceType::source, &CatalogueReport::GermanTexts::source);
}

QString Catalogue::notesText(const DeviceType &type)
{
    return inGerman(type, &DeviceType::notes, &CatalogueReport::GermanTexts::notes);
}

QString Catalogue::modelText(const DeviceType &type)
{
    return inGerman(type, &DeviceType::model, &CatalogueReport::GermanTexts::model);
}

const DeviceType *Catalogue::findBuiltIn(const QString &key)
{
    for (const DeviceType &type : builtIn()) {
        if (type.key == key)
            return &type;
    }
    return nullptr;
}

}  // namespace rw
