// SPDX-License-Identifier: GPL-3.0-or-later
#include "planjson.h"

#include "fieldhistory.h"
#include "i18n/oneline.h"
#include "jsonfields.h"
#include "plan/planfiller.h"
#include "jsonrepeats.h"
#include "plan/validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace rw {
namespace {

/// The format version whose documents first have this entity array; older documents may lack it.
int formatVersionIntroducing(const QString &table)
{
    if (table == QLatin1String("coolantLoops") || table == QLatin1String("loopRejections")
        || table == QLatin1String("loopRacks") || table == QLatin1String("weather")
        || table == QLatin1String("underlays"))
        return 6;
    return table == QLatin1String("labels") ? 2 : 1;
}

/// The fields of an entity array that documents of this format version may lack (added later).
QSet<QString> fieldsAddedAfter(const QString &table, double version)
{
    QSet<QString> fields;
    for (const FieldAddition &addition : kFieldAdditions) {
        if (table == QLatin1String(addition.table) && version < addition.jsonFormat)
            fields.insert(QLatin1String(addition.field));
    }
    return fields;
}

/// Documents before format 4 cannot tell a declaration a person made from the program's default (100 %
/// renewable, PUE 1.2, class 3): like plan files of schema 4 and older, they read as not declared. A
/// start of operation was never pre-filled, so it is kept.
void forgetUnprovenDeclarations(Site &site)
{
    site.declaredAvailabilityClass.reset();
    site.renewableShare.reset();
    site.plannedHeatReuseShare.reset();
    site.pueTarget.reset();
    site.wueLitrePerKWh.reset();
}

/// Where the entity a finding is about stands in the document ("$.racks[3]"), found when it is needed
/// rather than remembered for every entity; "$" when the finding is about no entity.
QString pathOf(const QJsonObject &root, EntityKind kind, const QVariant &key)
{
    QString path = QStringLiteral("$");
    forEachEntityType([&]<class T>() {
        if (EntityTraits<T>::kind != kind || !key.isValid())
            return;
        const QString table = QLatin1String(EntityTraits<T>::table);
        const QString keyField = EntityTraits<T>::fields().front().name;
        const QJsonArray array = root.value(table).toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue value = array.at(i).toObject().value(keyField);
            bool same = false;
            if constexpr (std::is_same_v<typename EntityTraits<T>::Key, Id>)
                same = value.isDouble() && value.toDouble() == double(key.toLongLong());
            else
                same = value.toString() == key.toString();
            if (same) {
                path = QStringLiteral("$.%1[%2]").arg(table).arg(i);
                return;
            }
        }
    });
    return path;
}

}  // namespace

QJsonObject PlanJson::toJson(const Plan &plan)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("rackwerk-plan"));
    root.insert(QStringLiteral("formatVersion"), kFormatVersion);
    root.insert(QStringLiteral("nextId"), double(plan.nextId()));
    root.insert(QStringLiteral("site"), JsonFields::write(plan.site(), siteFields()));
    forEachEntityType([&]<class T>() {
        QJsonArray array;
        for (const auto &[key, entity] : plan.all<T>())
            array.append(JsonFields::write(entity, EntityTraits<T>::fields()));
        root.insert(QLatin1String(EntityTraits<T>::table), array);
    });
    return root;
}

QByteArray PlanJson::toBytes(const Plan &plan)
{
    return QJsonDocument(toJson(plan)).toJson(QJsonDocument::Indented);
}

JsonImportReport PlanJson::fromBytes(const QByteArray &bytes, Plan *plan)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        JsonImportReport report;
        report.path = QStringLiteral("$");
        report.error
            = tr("The file is not valid JSON: %1 at byte %2.").arg(parseError.errorString()).arg(parseError.offset);
        return report;
    }
    if (!document.isObject()) {
        JsonImportReport report;
        report.path = QStringLiteral("$");
        report.error = tr("$ must be an object.");
        return report;
    }
    if (const QString repeated = repeatedJsonMemberPath(bytes); !repeated.isEmpty()) {
        JsonImportReport report;
        report.path = repeated;
        report.error = oneLine(tr("%1 appears more than once.").arg(repeated));
        return report;
    }
    JsonImportReport report = fromJson(document.object(), plan);
    report.error = oneLine(report.error);  // keys and values from the file may hold line breaks
    return report;
}

JsonImportReport PlanJson::fromJson(const QJsonObject &root, Plan *plan)
{
    JsonImportReport report;
    auto fail = [&](const QString &at, const QString &why) {
        report.path = at;
        report.error = tr("%1 %2.").arg(at, why);
        return report;
    };
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("rackwerk-plan"))
        return fail(QStringLiteral("$.format"), tr("must be \"rackwerk-plan\""));
    const QJsonValue version = root.value(QStringLiteral("formatVersion"));
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != std::floor(version.toDouble()))
        return fail(QStringLiteral("$.formatVersion"), tr("must be a format version number"));
    if (version.toDouble() > kFormatVersion)
        return fail(QStringLiteral("$.formatVersion"),
            tr("is %1, newer than this Rackwerk reads (%2)").arg(version.toDouble()).arg(kFormatVersion));
    const QJsonValue nextId = root.value(QStringLiteral("nextId"));
    if (!nextId.isDouble() || nextId.toDouble() < 1 || nextId.toDouble() > 9007199254740991.0
        || nextId.toDouble() != std::floor(nextId.toDouble()))
        return fail(QStringLiteral("$.nextId"), tr("must be a whole number of at least 1"));

    QSet<QString> known { QStringLiteral("format"), QStringLiteral("formatVersion"), QStringLiteral("nextId"),
        QStringLiteral("site") };
    Plan loaded;
    loaded.reserveIds(qint64(nextId.toDouble()));
    Site site;
    if (!root.contains(QStringLiteral("site")))
        return fail(QStringLiteral("$.site"), tr("is missing"));
    if (!JsonFields::read(root.value(QStringLiteral("site")), QStringLiteral("$.site"), siteFields(), &site,
            &report.path, &report.error))
        return report;
    if (version.toDouble() < 4)
        forgetUnprovenDeclarations(site);
    PlanFiller(loaded).setSite(site);

    bool failed = false;
    qint64 largestId = 0;
    forEachEntityType([&]<class T>() {
        const QString name = QLatin1String(EntityTraits<T>::table);
        known.insert(name);
        if (failed)
            return;
        const QString path = QStringLiteral("$.") + name;
        if (!root.contains(name)) {
            if (version.toDouble() < formatVersionIntroducing(name))
                return;  // written before this kind of entity existed: it has none
            failed = true;
            fail(path, tr("is missing"));
            return;
        }
        if (!root.value(name).isArray()) {
            failed = true;
            fail(path, tr("must be an array"));
            return;
        }
        const QJsonArray array = root.value(name).toArray();
        const QSet<QString> addedLater = fieldsAddedAfter(name, version.toDouble());
        for (int i = 0; i < array.size(); ++i) {
            const QString at = QStringLiteral("%1[%2]").arg(path).arg(i);
            T entity;
            if (!JsonFields::read(
                    array.at(i), at, EntityTraits<T>::fields(), &entity, &report.path, &report.error, addedLater)) {
                failed = true;
                return;
            }
            const auto key = EntityTraits<T>::keyOf(entity);
            if (loaded.find<T>(key)) {
                failed = true;
                fail(at + QLatin1String(".") + EntityTraits<T>::fields().front().name, tr("repeats a key used before"));
                return;
            }
            if constexpr (std::is_same_v<typename EntityTraits<T>::Key, Id>) {
                if (key == kNoId) {
                    failed = true;
                    fail(at + QStringLiteral(".id"), tr("must be at least 1"));
                    return;
                }
                largestId = std::max(largestId, qint64(key));
            }
            PlanFiller(loaded).insert(entity);
        }
    });
    if (failed)
        return report;
    // Every id must be below nextId (docs/plan-json.md): ids are never handed out twice.
    if (largestId >= qint64(nextId.toDouble()))
        return fail(
            QStringLiteral("$.nextId"), tr("must be above every id in use, but the id %1 is in use").arg(largestId));
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!known.contains(it.key()))
            return fail(QStringLiteral("$.") + it.key(), tr("is not a known field"));
    }
    if (const auto finding = PlanValidator::firstError(loaded)) {
        const QString at = pathOf(root, finding->kind, finding->key);
        report.path = at;
        report.error = tr("%1: %2").arg(at, finding->message);
        return report;
    }
    plan->assign(loaded);
    report.ok = true;
    return report;
}

}  // namespace rw
