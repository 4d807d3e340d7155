// SPDX-License-Identifier: GPL-3.0-or-later
#include "netboximport.h"

#include "i18n/oneline.h"

#include "plan/entitytraits.h"
#include "yamlsubset.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace rw {
namespace {

/// Thrown inside the mapper only; fromYaml() turns it into the result's error.
struct ImportError {
    int line = 0;
    QString message;
};

/// The keys of a device type in the library's schema (schema/devicetype.json).
const QStringList &knownKeys()
{
    static const QStringList keys{
        QStringLiteral("manufacturer"), QStringLiteral("model"), QStringLiteral("slug"),
        QStringLiteral("part_number"), QStringLiteral("u_height"), QStringLiteral("is_full_depth"),
        QStringLiteral("airflow"), QStringLiteral("weight"), QStringLiteral("weight_unit"),
        QStringLiteral("front_image"), QStringLiteral("rear_image"), QStringLiteral("subdevice_role"),
        QStringLiteral("is_powered"), QStringLiteral("exclude_from_utilization"),
        QStringLiteral("description"), QStringLiteral("comments"), QStringLiteral("console-ports"),
        QStringLiteral("console-server-ports"), QStringLiteral("power-ports"),
        QStringLiteral("power-outlets"), QStringLiteral("interfaces"), QStringLiteral("front-ports"),
        QStringLiteral("rear-ports"), QStringLiteral("module-bays"), QStringLiteral("device-bays"),
        QStringLiteral("inventory-items"),
    };
    return keys;
}

/// "Cisco" + "Nexus 9336C-FX2" -> "cisco-nexus-9336c-fx2", as NetBox derives its slugs.
QString slugify(const QString &text)
{
    QString slug;
    // Decomposing first turns "é" into "e" and an accent, which is then dropped.
    for (const QChar c : text.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug += c;
        else if (!c.isMark() && !slug.isEmpty() && !slug.endsWith(u'-'))
            slug += u'-';
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug;
}

class Mapper {
public:
    Mapper(const QVariantMap &root, const QHash<QString, int> &lines, QStringList *warnings)
        : mRoot(root), mLines(lines), mWarnings(warnings)
    {
    }

    DeviceType map(const QString &fileName)
    {
        const QString manufacturer = requiredText(QStringLiteral("manufacturer"));
        const QString model = requiredText(QStringLiteral("model"));
        set("manufacturer", manufacturer, QStringLiteral("manufacturer"));
        set("model", model, QStringLiteral("model"));
        mapKey(manufacturer, model);
        mapHeight();
        mapDepthAndAirflow();
        mapWeight();
        mapPower();

        // Stored data, not interface text: the same in every language.
        set("source", QStringLiteral("NetBox device-type library: ") + fileName, QStringLiteral("source"));
        set("notes", text(QStringLiteral("comments")), QStringLiteral("comments"));
        mWarnings->append(NetBoxImport::tr("NetBox has no device category: the category is set to Other."));

        QStringList unknown;
        for (auto it = mRoot.keyBegin(); it != mRoot.keyEnd(); ++it) {
            if (!knownKeys().contains(*it))
                unknown << *it;
        }
        if (!unknown.isEmpty())
            mWarnings->append(NetBoxImport::tr("Ignored keys that NetBox does not define: %1.")
                                  .arg(unknown.join(QStringLiteral(", "))));
        return mType;
    }

private:
    [[noreturn]] void fail(const QString &path, const QString &message) const
    {
        const int line = mLines.value(path);
        throw ImportError{line, line > 0 ? NetBoxImport::tr("Line %1: %2").arg(line).arg(message) : message};
    }

    /// Absent and null ("key:" with nothing after it) read the same.
    bool has(const QString &key) const { return !mRoot.value(key).isNull(); }

    QString text(const QString &key) const
    {
        const QVariant v = mRoot.value(key);
        if (v.isNull())
            return {};
        if (v.typeId() != QMetaType::QString)
            fail(key, NetBoxImport::tr("\"%1\" must be text").arg(key));
        return v.toString();
    }

    QString requiredText(const QString &key) const
    {
        if (!mRoot.contains(key))
            fail(QString(), NetBoxImport::tr("The required key \"%1\" is missing.").arg(key));
        const QString value = text(key).trimmed();
        if (value.isEmpty())
            fail(key, NetBoxImport::tr("\"%1\" is empty").arg(key));
        return value;
    }

    double number(const QVariant &v, const QString &path, const QString &name) const
    {
        if (v.typeId() != QMetaType::QString)
            fail(path, NetBoxImport::tr("\"%1\" must be a number").arg(name));
        QLocale c = QLocale::c();
        c.setNumberOptions(QLocale::RejectGroupSeparator);
        bool ok = false;
        const double value = c.toDouble(v.toString().trimmed(), &ok);
        if (!ok || !std::isfinite(value))
            fail(path, NetBoxImport::tr("\"%1\" must be a number, not \"%2\"").arg(name, v.toString()));
        if (value < 0)
            fail(path, NetBoxImport::tr("\"%1\" must not be negative, but is %2").arg(name, v.toString()));
        return value;
    }

    /// Sets a DeviceType field through the catalogue's own field table, so that the import
    /// accepts exactly the values the catalogue does. `label` names the value in the file.
    void set(const char *field, const QVariant &value, const QString &path, const QString &label = {})
    {
        for (const auto &def : EntityTraits<DeviceType>::fields()) {
            if (def.name != QLatin1String(field))
                continue;
            QVariant normalised;
            QString why;
            if (!FieldCheck::check(def, value, &normalised, &why))
                fail(path, NetBoxImport::tr("%1 %2").arg(label.isEmpty() ? path : label, why));
            def.set(mType, normalised);
            return;
        }
        Q_ASSERT_X(false, "NetBoxImport", field);
    }

    void mapKey(const QString &manufacturer, const QString &model)
    {
        static const QRegularExpression slugPattern(QStringLiteral("^[-a-z0-9_]+$"));
        QString key = text(QStringLiteral("slug")).trimmed();
        if (!key.isEmpty() && !slugPattern.match(key).hasMatch()) {
            mWarnings->append(NetBoxImport::tr("The slug \"%1\" is not a valid slug; the key is derived "
                                               "from the manufacturer and model instead.").arg(key));
            key.clear();
        }
        if (key.isEmpty())
            key = slugify(manufacturer + u'-' + model);
        if (key.isEmpty())
            fail(QStringLiteral("model"),
                 NetBoxImport::tr("no key can be derived from the manufacturer and model; add a slug"));
        set("key", key, QStringLiteral("slug"));
    }

    void mapHeight()
    {
        const QString key = QStringLiteral("u_height");
        if (!mRoot.contains(key))
            fail(QString(), NetBoxImport::tr("The required key \"%1\" is missing.").arg(key));
        double height = number(mRoot.value(key), key, key);
        if (height != std::floor(height)) {
            // The library writes half units (0.5, 1.5); Rackwerk places devices in whole units.
            if (height * 2 != std::floor(height * 2))
                fail(key, NetBoxImport::tr("\"u_height\" is %1, but NetBox heights are whole or half rack units")
                              .arg(mRoot.value(key).toString()));
            const double whole = std::ceil(height);
            mWarnings->append(NetBoxImport::tr("The height of %1 U is taken as %2 U: devices are placed in whole "
                                               "rack units; check what else shares that unit.")
                                  .arg(mRoot.value(key).toString())
                                  .arg(whole));
            height = whole;
        }
        set("heightU", height, key);
    }

    void mapDepthAndAirflow()
    {
        const QString depthKey = QStringLiteral("is_full_depth");
        if (has(depthKey)) {
            const QString value = text(depthKey).toLower();
            if (value != u"true" && value != u"false")
                fail(depthKey, NetBoxImport::tr("\"%1\" must be true or false, not \"%2\"")
                                   .arg(depthKey, text(depthKey)));
            set("fullDepth", value == u"true", depthKey);
        } else {
            mWarnings->append(NetBoxImport::tr("\"is_full_depth\" is not given; the device is taken as full depth."));
        }

        const QString key = QStringLiteral("airflow");
        const QString airflow = text(key).trimmed();
        // NetBox directions that a hall of front-to-rear aisles has no place for.
        static const QStringList sideways{QStringLiteral("left-to-right"), QStringLiteral("right-to-left"),
                                          QStringLiteral("side-to-rear"), QStringLiteral("rear-to-side"),
                                          QStringLiteral("bottom-to-top"), QStringLiteral("top-to-bottom"),
                                          QStringLiteral("mixed")};
        Airflow mapped = Airflow::FrontToRear;
        if (airflow.isEmpty()) {
            mWarnings->append(NetBoxImport::tr("No airflow is given; front-to-rear is assumed."));
        } else if (sideways.contains(airflow)) {
            mWarnings->append(NetBoxImport::tr("The airflow \"%1\" is taken as front-to-rear; check how the "
                                               "device is mounted and cooled.").arg(airflow));
        } else if (airflow == u"liquid-only" || !enumFromName(airflow, &mapped)) {  // liquid-only is ours
            fail(key, NetBoxImport::tr("unknown airflow \"%1\"").arg(airflow));
        }
        set("airflow", enumName(mapped), key);
    }

    void mapWeight()
    {
        const QString key = QStringLiteral("weight");
        const QString unitKey = QStringLiteral("weight_unit");
        if (!has(key)) {
            mWarnings->append(NetBoxImport::tr("No weight is given; it is left at 0 (unknown)."));
            return;
        }
        const double weight = number(mRoot.value(key), key, key);
        if (!has(unitKey))
            fail(key, NetBoxImport::tr("\"weight\" is given without \"weight_unit\""));
        const QString unit = text(unitKey).trimmed();
        double kgPerUnit = 0;
        if (unit == u"kg")
            kgPerUnit = 1.0;
        else if (unit == u"g")
            kgPerUnit = 0.001;
        else if (unit == u"lb")
            kgPerUnit = 0.45359237;
        else if (unit == u"oz")
            kgPerUnit = 0.028349523125;
        else
            fail(unitKey, NetBoxImport::tr("unknown weight unit \"%1\"; expected kg, g, lb or oz").arg(unit));
        set("weightKg", weight * kgPerUnit, key);
    }

    void mapPower()
    {
        const QString key = QStringLiteral("power-ports");
        const QVariant value = mRoot.value(key);
        if (!value.isNull() && value.typeId() != QMetaType::QVariantList)
            fail(key, NetBoxImport::tr("\"power-ports\" must be a list"));
        const QVariantList ports = value.toList();

        double maxSum = 0;
        double allocatedSum = 0;
        double largest = 0;
        int withMax = 0;
        int withAllocated = 0;
        for (qsizetype i = 0; i < ports.size(); ++i) {
            const QString path = key + u'[' + QString::number(i) + u']';
            if (ports[i].typeId() != QMetaType::QVariantMap)
                fail(path, NetBoxImport::tr("each entry of \"power-ports\" must be a mapping with a name"));
            const QVariantMap port = ports[i].toMap();
            if (!port.value(QStringLiteral("maximum_draw")).isNull()) {
                const double draw = number(port.value(QStringLiteral("maximum_draw")),
                                           path + QStringLiteral(".maximum_draw"), QStringLiteral("maximum_draw"));
                maxSum += draw;
                largest = std::max(largest, draw);
                ++withMax;
            }
            if (!port.value(QStringLiteral("allocated_draw")).isNull()) {
                allocatedSum += number(port.value(QStringLiteral("allocated_draw")),
                                       path + QStringLiteral(".allocated_draw"), QStringLiteral("allocated_draw"));
                ++withAllocated;
            }
        }

        const int count = int(ports.size());  // at most a few 100 000 in a 1 MiB file
        set("psuCount", count, key, NetBoxImport::tr("the number of power ports"));
        set("psuRequired", count, key, NetBoxImport::tr("the number of power ports"));
        set("maxPowerW", maxSum, key, NetBoxImport::tr("the sum of maximum_draw"));
        set("typicalPowerW", allocatedSum, key, NetBoxImport::tr("the sum of allocated_draw"));
        set("psuRatingW", largest, key, NetBoxImport::tr("the largest maximum_draw"));

        if (count == 0) {
            mWarnings->append(NetBoxImport::tr("The file has no power ports: maximum and typical power and "
                                               "the power supplies are unknown and left at 0."));
        } else {
            if (withMax == 0)
                mWarnings->append(NetBoxImport::tr("No power port gives a maximum_draw: maximum power and the PSU "
                                                   "rating are unknown and left at 0."));
            else if (withMax < count)
                mWarnings->append(NetBoxImport::tr("%n power port(s) give no maximum_draw; maximum power counts "
                                                   "only the others.", nullptr, count - withMax));
            if (withAllocated == 0)
                mWarnings->append(NetBoxImport::tr("No power port gives an allocated_draw: typical power is "
                                                   "unknown and left at 0."));
            else if (withAllocated < count)
                mWarnings->append(NetBoxImport::tr("%n power port(s) give no allocated_draw; typical power counts "
                                                   "only the others.", nullptr, count - withAllocated));
            if (allocatedSum > maxSum && withMax > 0)
                mWarnings->append(NetBoxImport::tr("Typical power is above maximum power; check the file."));
            if (count > 1)  // one supply is required whatever the redundancy
                mWarnings->append(NetBoxImport::tr("Redundancy is unknown: all %n power supplies are counted as "
                                                   "required and maximum power adds up all of them. Edit the "
                                                   "required count (e.g. 5 of 6) and check maximum power "
                                                   "against the data sheet.", nullptr, count));
        }
        mWarnings->append(NetBoxImport::tr("Idle power is unknown (NetBox does not record it) and left at 0."));
    }

    const QVariantMap &mRoot;
    const QHash<QString, int> &mLines;
    QStringList *mWarnings;
    DeviceType mType;
};

}  // namespace

NetBoxFolderResult NetBoxImport::fromFolder(const QString &folder)
{
    NetBoxFolderResult result;
    QStringList paths;
    QDirIterator it(folder, {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    paths.sort();  // the same order on every machine
    const QDir base(folder);
    for (const QString &path : paths) {
        const QString name = base.relativeFilePath(path);
        ++result.files;
        QFile file(path);
        if (file.size() > kMaxFileBytes) {
            result.refusals << tr("%1: the file is larger than %2 MiB.").arg(oneLine(name)).arg(kMaxFileBytes >> 20);
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            result.refusals << tr("%1: %2").arg(oneLine(name), file.errorString());
            continue;
        }
        const NetBoxImportResult one = fromYaml(file.read(kMaxFileBytes + 1), name);
        if (!one.ok) {
            result.refusals << tr("%1: %2").arg(oneLine(name), one.error);
            continue;
        }
        const bool twice = std::any_of(result.types.begin(), result.types.end(),
                                       [&](const DeviceType &t) { return t.key == one.type.key; });
        if (twice) {
            result.refusals << tr("%1: the slug %2 is used by another file of the folder.").arg(oneLine(name), one.type.key);
            continue;
        }
        result.types.push_back(one.type);
        result.warnings += int(one.warnings.size());
    }
    return result;
}

NetBoxImportResult NetBoxImport::fromYaml(const QByteArray &yaml, const QString &fileName)
{
    NetBoxImportResult result;
    const YamlResult parsed = YamlSubset::parse(yaml);
    if (!parsed.ok) {
        result.error = oneLine(parsed.error);
        result.line = parsed.line;
        return result;
    }
    if (parsed.value.isNull()) {
        result.error = tr("The file is empty.");
        return result;
    }
    if (parsed.value.typeId() != QMetaType::QVariantMap) {
        result.error = tr("The file does not describe a device type: it must be a mapping of keys to values.");
        result.line = 1;
        return result;
    }
    const QVariantMap root = parsed.value.toMap();
    try {
        result.type = Mapper(root, parsed.lines, &result.warnings).map(fileName);
        result.ok = true;
    } catch (const ImportError &e) {
        result.error = oneLine(e.message);
        result.line = e.line;
        result.warnings.clear();
    }
    return result;
}

}  // namespace rw
