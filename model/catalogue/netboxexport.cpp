// SPDX-License-Identifier: GPL-3.0-or-later
#include "netboxexport.h"

#include "plan/enumnames.h"
#include "review/tableexport.h"

#include <QLocale>

#include <cmath>
#include <set>

namespace rw {
namespace {

/// Feeds are rated for the rack's power budget at 400 V three-phase (EN 50160 low voltage in Germany).
constexpr double kFeedVoltage = 400.0;

QString number(double value)
{
    return QLocale::c().toString(value, 'g', 12);
}

/// CSV as NetBox reads it: comma-separated, quoted where needed, text that a spreadsheet would run as a
/// formula neutralised (names in a bidder's plan are untrusted).
class CsvTable {
public:
    explicit CsvTable(const QStringList &header) : mText(row(header, false)) { }
    void add(const QStringList &cells) { mText += row(cells, true); }
    QByteArray bytes() const { return mText.toUtf8(); }

private:
    static QString row(const QStringList &cells, bool neutralise)
    {
        QStringList out;
        for (const QString &cell : cells) {
            QString text = neutralise ? TableExport::neutralised(cell) : cell;
            if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
                text = u'"' + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
            out << text;
        }
        return out.join(u',') + u'\n';
    }
    QString mText;
};

QString yamlText(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    escaped.replace(u'\n', QStringLiteral("\\n"))
        .replace(u'\t', QStringLiteral("\\t"))
        .replace(u'\r', QStringLiteral("\\r"));
    for (int i = 0; i < escaped.size(); ++i) {
        if (escaped[i].unicode() < 0x20) {
            const QString code = QStringLiteral("\\x%1").arg(escaped[i].unicode(), 2, 16, QLatin1Char('0'));
            escaped.replace(i, 1, code);
            i += int(code.size()) - 1;
        }
    }
    return u'"' + escaped + u'"';
}

QString deviceTypeSlug(const DeviceType &type)
{
    return NetBoxExport::slug(type.key);
}

}  // namespace

QString NetBoxExport::slug(const QString &name)
{
    QString out;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_')
            out += c;
        else if (!c.isMark() && !out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("unnamed") : out.left(100);
}

QByteArray NetBoxExport::deviceTypeYaml(const DeviceType &type)
{
    QString y;
    y += QStringLiteral("---\n");
    y += QStringLiteral("manufacturer: %1\n").arg(yamlText(type.manufacturer));
    y += QStringLiteral("model: %1\n").arg(yamlText(type.model));
    y += QStringLiteral("slug: %1\n").arg(yamlText(deviceTypeSlug(type)));
    y += QStringLiteral("u_height: %1\n").arg(type.heightU);
    y += QStringLiteral("is_full_depth: %1\n").arg(type.fullDepth ? QStringLiteral("true") : QStringLiteral("false"));
    // NetBox has no liquid-only airflow: such a device moves no air through the rack, which is "passive".
    const Airflow airflow = type.airflow == Airflow::LiquidOnly ? Airflow::Passive : type.airflow;
    y += QStringLiteral("airflow: %1\n").arg(enumName(airflow));
    if (type.weightKg > 0) {
        y += QStringLiteral("weight: %1\n").arg(number(type.weightKg));
        y += QStringLiteral("weight_unit: kg\n");
    }
    if (!type.notes.isEmpty())
        y += QStringLiteral("comments: %1\n").arg(yamlText(type.notes));
    if (type.psuCount > 0) {
        // NetBox draws are whole watts per port: the maximum is shared out so that the ports add up to the
        // device's maximum (to the watt), the typical likewise.
        const qint64 maxTotal = qRound64(type.maxPowerW);
        const qint64 typicalTotal = qRound64(type.typicalPowerW);
        y += QStringLiteral("power-ports:\n");
        for (int i = 0; i < type.psuCount; ++i) {
            const qint64 maxDraw = maxTotal / type.psuCount + (i < maxTotal % type.psuCount ? 1 : 0);
            const qint64 allocated = typicalTotal / type.psuCount + (i < typicalTotal % type.psuCount ? 1 : 0);
            // NetBox refuses draws under 1 W: a port with no share of the power leaves the draw out.
            y += QStringLiteral("  - name: PSU%1\n    type: iec-60320-c20\n").arg(i + 1);
            if (maxDraw > 0)
                y += QStringLiteral("    maximum_draw: %1\n").arg(maxDraw);
            if (allocated > 0)
                y += QStringLiteral("    allocated_draw: %1\n").arg(allocated);
        }
    }
    return y.toUtf8();
}

std::map<QString, QByteArray> NetBoxExport::files(const Plan &plan)
{
    std::map<QString, QByteArray> out;
    const QString siteName = plan.site().name.isEmpty() ? QStringLiteral("Rackwerk site") : plan.site().name;
    const QString siteSlug = slug(siteName);

    CsvTable sites({ QStringLiteral("name"), QStringLiteral("slug"), QStringLiteral("status"),
        QStringLiteral("physical_address"), QStringLiteral("description") });
    sites.add({ siteName, siteSlug, QStringLiteral("planned"), plan.site().location,
        QStringLiteral("Exported from Rackwerk") });
    out[QStringLiteral("01-sites.csv")] = sites.bytes();

    CsvTable locations(
        { QStringLiteral("site"), QStringLiteral("name"), QStringLiteral("slug"), QStringLiteral("status") });
    for (const auto &[id, hall] : plan.all<Hall>())
        locations.add(
            { siteName, hall.name, slug(hall.name) + QStringLiteral("-%1").arg(id), QStringLiteral("planned") });
    out[QStringLiteral("02-locations.csv")] = locations.bytes();

    // Manufacturers, roles and types that devices in the plan use.
    std::set<QString> usedTypes;
    for (const auto &[id, device] : plan.all<MountedDevice>())
        usedTypes.insert(device.typeKey);
    CsvTable manufacturers({ QStringLiteral("name"), QStringLiteral("slug") });
    CsvTable roles({ QStringLiteral("name"), QStringLiteral("slug"), QStringLiteral("color") });
    std::set<QString> manufacturerNames;
    std::set<QString> roleNames;
    for (const QString &key : usedTypes) {
        const DeviceType *type = plan.find<DeviceType>(key);
        if (!type)
            continue;
        if (manufacturerNames.insert(type->manufacturer).second)
            manufacturers.add({ type->manufacturer, slug(type->manufacturer) });
        if (roleNames.insert(enumName(type->category)).second)
            roles.add({ enumName(type->category), enumName(type->category), QStringLiteral("9e9e9e") });
        out[QStringLiteral("device-types/%1/%2.yaml").arg(slug(type->manufacturer), deviceTypeSlug(*type))]
            = deviceTypeYaml(*type);
    }
    out[QStringLiteral("03-manufacturers.csv")] = manufacturers.bytes();
    out[QStringLiteral("04-device-roles.csv")] = roles.bytes();

    CsvTable racks({ QStringLiteral("site"), QStringLiteral("location"), QStringLiteral("name"),
        QStringLiteral("status"), QStringLiteral("width"), QStringLiteral("u_height"), QStringLiteral("outer_width"),
        QStringLiteral("outer_depth"), QStringLiteral("outer_unit"), QStringLiteral("max_weight"),
        QStringLiteral("weight_unit"), QStringLiteral("description") });
    for (const auto &[id, rack] : plan.all<Rack>()) {
        const Hall *hall = plan.find<Hall>(rack.hallId);
        const Row *row = plan.find<Row>(rack.rowId);
        racks.add({ siteName, hall ? hall->name : QString(), rack.name, QStringLiteral("planned"), QStringLiteral("19"),
            // NetBox stores outer dimensions and the maximum weight as whole numbers; the load limit is rounded
            // down so that it never promises more than the plan allows.
            QString::number(rack.heightU), QString::number(qRound64(rack.widthMm)), QString::number(qRound64(rack.depthMm)), QStringLiteral("mm"),
            QString::number(qint64(std::floor(rack.staticLoadKg))), QStringLiteral("kg"),
            row ? QStringLiteral("Row %1, %2 kW budget").arg(row->name, number(rack.maxPowerKw))
                : QStringLiteral("%1 kW budget").arg(number(rack.maxPowerKw)) });
    }
    out[QStringLiteral("05-racks.csv")] = racks.bytes();

    CsvTable devices({ QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("manufacturer"),
        QStringLiteral("device_type"), QStringLiteral("status"), QStringLiteral("site"), QStringLiteral("location"),
        QStringLiteral("rack"), QStringLiteral("position"), QStringLiteral("face"), QStringLiteral("airflow") });
    for (const auto &[id, device] : plan.all<MountedDevice>()) {
        const Rack *rack = plan.find<Rack>(device.rackId);
        const DeviceType *type = plan.find<DeviceType>(device.typeKey);
        if (!rack || !type)
            continue;
        const Hall *hall = plan.find<Hall>(rack->hallId);
        const Airflow airflow = type->airflow == Airflow::LiquidOnly ? Airflow::Passive : type->airflow;
        // NetBox names devices uniquely per site: the label where there is one, else rack and unit.
        const QString name = device.label.isEmpty() ? QStringLiteral("%1-U%2").arg(rack->name).arg(device.positionU)
                                                    : QStringLiteral("%1 %2").arg(rack->name, device.label);
        // Zero-U devices (rack PDUs) have no position in NetBox.
        devices.add({ name, enumName(type->category), type->manufacturer, type->model, QStringLiteral("planned"),
            siteName, hall ? hall->name : QString(), rack->name,
            type->heightU > 0 ? QString::number(device.positionU) : QString(),
            type->heightU > 0 ? QStringLiteral("front") : QString(), enumName(airflow) });
    }
    out[QStringLiteral("06-devices.csv")] = devices.bytes();

    // Every power node that feeds racks directly is a panel; each rack gets a primary feed from its A side
    // and a redundant one from its B side.
    CsvTable panels({ QStringLiteral("site"), QStringLiteral("location"), QStringLiteral("name") });
    CsvTable feeds({ QStringLiteral("site"), QStringLiteral("power_panel"), QStringLiteral("name"),
        QStringLiteral("status"), QStringLiteral("type"), QStringLiteral("supply"), QStringLiteral("phase"),
        QStringLiteral("voltage"), QStringLiteral("amperage"), QStringLiteral("max_utilization"),
        QStringLiteral("rack"), QStringLiteral("location") });
    std::set<Id> panelNodes;
    for (const auto &[id, rack] : plan.all<Rack>()) {
        const Hall *hall = plan.find<Hall>(rack.hallId);
        for (const auto &[nodeId, primary] : { std::pair(rack.feedA, true), std::pair(rack.feedB, false) }) {
            const PowerNode *node = plan.find<PowerNode>(nodeId);
            if (!node)
                continue;
            const Hall *nodeHall = plan.find<Hall>(node->hallId);
            if (panelNodes.insert(nodeId).second)
                panels.add({ siteName, nodeHall ? nodeHall->name : QString(), node->name });
            const double amperage = std::ceil(rack.maxPowerKw * 1000.0 / (std::sqrt(3.0) * kFeedVoltage));
            feeds.add({ siteName, node->name,
                QStringLiteral("%1-%2").arg(rack.name, primary ? QStringLiteral("A") : QStringLiteral("B")),
                QStringLiteral("planned"), primary ? QStringLiteral("primary") : QStringLiteral("redundant"),
                QStringLiteral("ac"), QStringLiteral("three-phase"), number(kFeedVoltage),
                number(std::max(1.0, amperage)), QStringLiteral("80"), rack.name, hall ? hall->name : QString() });
        }
    }
    out[QStringLiteral("07-power-panels.csv")] = panels.bytes();
    out[QStringLiteral("08-power-feeds.csv")] = feeds.bytes();
    return out;
}

}  // namespace rw
