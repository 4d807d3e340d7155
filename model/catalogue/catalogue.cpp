#include "catalogue.h"

#include "plan/entitytraits.h"
#include "plan/validation.h"
#include "store/jsonfields.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace rw {

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
        DeviceType type;
        QString path;
        if (!JsonFields::read(entries.at(i), QStringLiteral("$.deviceTypes[%1]").arg(i),
                              EntityTraits<DeviceType>::fields(), &type, &path, &report.error))
            return report;
        for (const Finding &finding : PlanValidator::checkDeviceType(type)) {
            if (finding.severity == Finding::Severity::Error) {
                report.error = finding.message;
                return report;
            }
        }
        report.types.push_back(type);
    }
    report.ok = true;
    return report;
}

const std::vector<DeviceType> &Catalogue::builtIn()
{
    static const std::vector<DeviceType> types = [] {
        QFile file(QStringLiteral(":/rackwerk/catalogue/devices.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in device catalogue is missing from the resources");
        CatalogueReport report = fromBytes(file.readAll());
        if (!report.ok)
            qFatal("The built-in device catalogue is invalid: %s", qPrintable(report.error));
        return report.types;
    }();
    return types;
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
