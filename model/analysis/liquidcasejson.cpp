// SPDX-License-Identifier: GPL-3.0-or-later
#include "liquidcasejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>
#include <map>

namespace rw {

using namespace engine::liquid;

namespace {

constexpr double kLitrePerMinute = 1e-3 / 60.0;

enum class Bound { Any, AtLeastZero, AboveZero };

/// Reads strictly and keeps the JSON path of the first problem.
class Reader {
public:
    QString error;

    bool fail(const QString &path, const QString &why)
    {
        if (error.isEmpty())
            error = LiquidCaseJson::tr("%1 %2.").arg(path, why);
        return false;
    }

    /// Refuses members the format does not have.
    bool onlyKnown(const QJsonObject &object, const QString &path, const QStringList &known)
    {
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!known.contains(it.key()))
                return fail(path + QLatin1Char('.') + it.key(), LiquidCaseJson::tr("is not part of the format"));
        return true;
    }

    bool number(const QJsonObject &object, const QString &path, const QString &key, Bound bound, double *out,
        const double *fallback = nullptr)
    {
        const QJsonValue value = object.value(key);
        const QString at = path + QLatin1Char('.') + key;
        if (value.isUndefined() && fallback) {
            *out = *fallback;
            return true;
        }
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            return fail(
                at, value.isUndefined() ? LiquidCaseJson::tr("is missing") : LiquidCaseJson::tr("must be a number"));
        const double v = value.toDouble();
        if (bound == Bound::AtLeastZero && v < 0.0)
            return fail(at, LiquidCaseJson::tr("must not be negative"));
        if (bound == Bound::AboveZero && !(v > 0.0))
            return fail(at, LiquidCaseJson::tr("must be greater than 0"));
        *out = v;
        return true;
    }

    bool text(const QJsonObject &object, const QString &path, const QString &key, QString *out)
    {
        const QJsonValue value = object.value(key);
        if (!value.isString() || value.toString().isEmpty())
            return fail(path + QLatin1Char('.') + key,
                value.isUndefined() ? LiquidCaseJson::tr("is missing")
                                    : LiquidCaseJson::tr("must be a non-empty text"));
        *out = value.toString();
        return true;
    }

    /// The index of an id that an earlier array defined.
    bool reference(
        const QJsonObject &object, const QString &path, const QString &key, const std::map<QString, int> &ids, int *out)
    {
        QString id;
        if (!text(object, path, key, &id))
            return false;
        const auto it = ids.find(id);
        if (it == ids.end())
            return fail(path + QLatin1Char('.') + key, LiquidCaseJson::tr("names nothing defined: \"%1\"").arg(id));
        *out = it->second;
        return true;
    }

    /// Each element of an array of objects with a unique "id".
    template <class F>
    bool array(const QJsonObject &root, const QString &key, std::map<QString, int> *ids, QStringList *idList, F &&each)
    {
        const QJsonValue value = root.value(key);
        const QString path = QStringLiteral("$.") + key;
        if (!value.isArray())
            return fail(
                path, value.isUndefined() ? LiquidCaseJson::tr("is missing") : LiquidCaseJson::tr("must be an array"));
        const QJsonArray items = value.toArray();
        for (int i = 0; i < items.size(); ++i) {
            const QString at = QStringLiteral("%1[%2]").arg(path).arg(i);
            if (!items.at(i).isObject())
                return fail(at, LiquidCaseJson::tr("must be an object"));
            const QJsonObject object = items.at(i).toObject();
            QString id;
            if (!text(object, at, QStringLiteral("id"), &id))
                return false;
            if (ids->count(id))
                return fail(at + QStringLiteral(".id"), LiquidCaseJson::tr("repeats the id \"%1\"").arg(id));
            (*ids)[id] = i;
            idList->append(id);
            if (!each(object, at))
                return false;
        }
        return true;
    }
};

bool readLink(
    Reader &r, const QJsonObject &o, const QString &at, const std::map<QString, int> &nodes, HydraulicLink *link)
{
    QString kind;
    if (!r.text(o, at, QStringLiteral("kind"), &kind) || !r.reference(o, at, QStringLiteral("from"), nodes, &link->from)
        || !r.reference(o, at, QStringLiteral("to"), nodes, &link->to))
        return false;
    if (link->from == link->to)
        return r.fail(at + QStringLiteral(".to"), LiquidCaseJson::tr("must differ from \"from\""));
    link->holdUpM3 = -1.0;  // < 0: from the geometry
    if (o.contains(QStringLiteral("holdUpL"))) {
        double holdUpL = 0.0;
        if (!r.number(o, at, QStringLiteral("holdUpL"), Bound::AtLeastZero, &holdUpL))
            return false;
        link->holdUpM3 = holdUpL * 1e-3;
    }
    const QStringList common { QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("from"),
        QStringLiteral("to"), QStringLiteral("holdUpL") };
    const double noLoss = 0.0;
    if (kind == QLatin1String("pipe")) {
        link->kind = LinkKind::Pipe;
        double diameterMm = 0.0, roughnessMm = 0.0;
        if (!r.onlyKnown(o, at,
                common
                    + QStringList { QStringLiteral("lengthM"), QStringLiteral("diameterMm"),
                        QStringLiteral("roughnessMm"), QStringLiteral("lossCoefficient") })
            || !r.number(o, at, QStringLiteral("lengthM"), Bound::AtLeastZero, &link->lengthM)
            || !r.number(o, at, QStringLiteral("diameterMm"), Bound::AboveZero, &diameterMm)
            || !r.number(o, at, QStringLiteral("roughnessMm"), Bound::AtLeastZero, &roughnessMm)
            || !r.number(o, at, QStringLiteral("lossCoefficient"), Bound::AtLeastZero, &link->minorLossK, &noLoss))
            return false;
        link->diameterM = diameterMm * 1e-3;
        link->roughnessM = roughnessMm * 1e-3;
        return true;
    }
    if (kind == QLatin1String("resistance")) {
        link->kind = LinkKind::Resistance;
        double dropKpa = 0.0, flowLPerMin = 0.0;
        if (!r.onlyKnown(o, at, common + QStringList { QStringLiteral("dropKpa"), QStringLiteral("atFlowLPerMin") })
            || !r.number(o, at, QStringLiteral("dropKpa"), Bound::AboveZero, &dropKpa)
            || !r.number(o, at, QStringLiteral("atFlowLPerMin"), Bound::AboveZero, &flowLPerMin))
            return false;
        link->refDropPa = dropKpa * 1e3;
        link->refFlowM3PerS = flowLPerMin * kLitrePerMinute;
        return true;
    }
    if (kind == QLatin1String("pump")) {
        link->kind = LinkKind::Pump;
        double shutoffKpa = 0.0, ratedKpa = 0.0, ratedFlow = 0.0, running = 0.0, standby = 0.0;
        const double noStandby = 0.0;
        if (!r.onlyKnown(o, at,
                common
                    + QStringList { QStringLiteral("shutoffKpa"), QStringLiteral("ratedKpa"),
                        QStringLiteral("ratedFlowLPerMin"), QStringLiteral("running"), QStringLiteral("standby") })
            || !r.number(o, at, QStringLiteral("shutoffKpa"), Bound::AboveZero, &shutoffKpa)
            || !r.number(o, at, QStringLiteral("ratedKpa"), Bound::AtLeastZero, &ratedKpa)
            || !r.number(o, at, QStringLiteral("ratedFlowLPerMin"), Bound::AboveZero, &ratedFlow)
            || !r.number(o, at, QStringLiteral("running"), Bound::AtLeastZero, &running)
            || !r.number(o, at, QStringLiteral("standby"), Bound::AtLeastZero, &standby, &noStandby))
            return false;
        if (ratedKpa >= shutoffKpa)
            return r.fail(at + QStringLiteral(".ratedKpa"), LiquidCaseJson::tr("must be below the shut-off pressure"));
        if (running != std::floor(running) || running > 64)
            return r.fail(
                at + QStringLiteral(".running"), LiquidCaseJson::tr("must be a whole number of pumps up to 64"));
        link->shutoffPa = shutoffKpa * 1e3;
        link->pumpCoeffPaS2PerM6 = pumpCoefficient(link->shutoffPa, ratedKpa * 1e3, ratedFlow * kLitrePerMinute);
        if (standby != std::floor(standby) || standby > 64)
            return r.fail(
                at + QStringLiteral(".standby"), LiquidCaseJson::tr("must be a whole number of pumps up to 64"));
        link->runningPumps = int(running);
        link->standbyPumps = int(standby);
        return true;
    }
    return r.fail(at + QStringLiteral(".kind"), LiquidCaseJson::tr("must be pipe, resistance or pump"));
}

}  // namespace

const JsonShape &LiquidCaseJson::shape()
{
    static const JsonShape shape = [] {
        const JsonShape id = JsonShape::text(0, QStringLiteral("unique within its array"));
        const JsonShape reference = JsonShape::text(0, QStringLiteral("the id of an element defined before"));
        const JsonShape number = JsonShape::number();
        const JsonShape atLeastZero = JsonShape::number(0);
        const JsonShape positive = JsonShape::positive();
        auto withId = [&](std::vector<JsonMember> members) {
            members.insert(members.begin(), required("id", id));
            return JsonShape::object(std::move(members));
        };
        const JsonShape loop
            = withId({ required("coolant", JsonShape::choice({ QStringLiteral("water"), QStringLiteral("pg25") })),
                required("temperatureC", number) });
        const JsonShape node = withId({ required("loop", reference),
            optional("tankPressureKpa", JsonShape::positive(0, QStringLiteral("makes the node the loop's tank"))) });
        const JsonShape link = JsonShape::variantObject(
            { required("id", id), required("from", reference), required("to", reference),
                optional("holdUpL",
                    JsonShape::number(0, std::numeric_limits<double>::infinity(),
                        QStringLiteral("litres; default: from the pipe geometry, else 0"))) },
            "kind",
            { { QStringLiteral("pipe"), true,
                  JsonShape::object({ required("lengthM", atLeastZero), required("diameterMm", positive),
                      required("roughnessMm", atLeastZero), optional("lossCoefficient", atLeastZero) }) },
                { QStringLiteral("resistance"), true,
                    JsonShape::object({ required("dropKpa", positive), required("atFlowLPerMin", positive) }) },
                { QStringLiteral("pump"), true,
                    JsonShape::object({ required("shutoffKpa", positive), required("ratedKpa", atLeastZero),
                        required("ratedFlowLPerMin", positive), required("running", JsonShape::integer(0, 64)),
                        optional("standby",
                            JsonShape::integer(0, 64,
                                QStringLiteral("pumps standing by; one starts when a running pump fails"))) }) } });
        const JsonShape rack = withId({ required("link", reference), required("heatKw", atLeastZero),
            required("inletLimitC", number), required("returnLimitC", number), required("minFlowLPerMin", atLeastZero),
            required("plateHeatCapacityKjPerK", atLeastZero) });
        const JsonShape cdu = withId({ required("secondary", reference), optional("primary", reference),
            optional("primarySupplyC",
                JsonShape::number(-std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity(),
                    QStringLiteral("the facility water's supply where no primary link is given"))),
            required("approachK", atLeastZero), required("supplySetpointC", number),
            required("capacityKw", atLeastZero), optional("pumps", JsonShape::array(reference)) });
        const JsonShape rejection = withId({ required("link", reference),
            required("kind",
                JsonShape::choice({ QStringLiteral("dry-cooler"), QStringLiteral("chiller"),
                    QStringLiteral("cooling-tower"), QStringLiteral("heat-reuse") })),
            required("setpointC", number), required("capacityKw", atLeastZero), optional("sinkTempC", number),
            optional("approachK", atLeastZero) });
        return JsonShape::object(
            {
                required("format", JsonShape::choice({ QStringLiteral("rackwerk-liquid-case") })),
                required("version", JsonShape::integer(kFormatVersion, kFormatVersion)),
                required("loops", JsonShape::array(loop)),
                required("nodes", JsonShape::array(node)),
                required("links", JsonShape::array(link)),
                required("racks", JsonShape::array(rack)),
                required("cdus", JsonShape::array(cdu)),
                required("heatRejection", JsonShape::array(rejection)),
            },
            QStringLiteral("A Rackwerk liquid case: coolant loops element by element for the hydraulic and thermal "
                           "solver (docs/liquid-loops.md)"));
    }();
    return shape;
}

bool LiquidCaseJson::fromBytes(const QByteArray &bytes, LiquidCase *liquidCase, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = tr("The liquid case is not valid JSON (%1).").arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("rackwerk-liquid-case")) {
        *error = tr("The file is not a Rackwerk liquid case.");
        return false;
    }
    if (root.value(QStringLiteral("version")).toDouble() != kFormatVersion) {
        *error = tr("The liquid case has version %1; this Rackwerk reads version %2.")
                     .arg(root.value(QStringLiteral("version")).toVariant().toString())
                     .arg(kFormatVersion);
        return false;
    }
    Reader r;
    LiquidCase c;
    HydraulicNetwork &h = c.network.hydraulics;
    std::map<QString, int> loops, nodes, links, racks, cdus, rejections;
    QStringList loopIds;
    const bool ok = r.onlyKnown(root, QStringLiteral("$"),
                        { QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("loops"),
                            QStringLiteral("nodes"), QStringLiteral("links"), QStringLiteral("racks"),
                            QStringLiteral("cdus"), QStringLiteral("heatRejection") })
        && r.array(root, QStringLiteral("loops"), &loops, &loopIds,
            [&](const QJsonObject &o, const QString &at) {
                Loop loop;
                QString coolant;
                if (!r.onlyKnown(
                        o, at, { QStringLiteral("id"), QStringLiteral("coolant"), QStringLiteral("temperatureC") })
                    || !r.text(o, at, QStringLiteral("coolant"), &coolant)
                    || !r.number(o, at, QStringLiteral("temperatureC"), Bound::Any, &loop.temperatureC))
                    return false;
                if (coolant == QLatin1String("water"))
                    loop.coolant = Coolant::Water;
                else if (coolant == QLatin1String("pg25"))
                    loop.coolant = Coolant::Pg25;
                else
                    return r.fail(at + QStringLiteral(".coolant"), tr("must be water or pg25"));
                if (loop.temperatureC < coolantMinTempC(loop.coolant)
                    || loop.temperatureC > coolantMaxTempC(loop.coolant))
                    return r.fail(at + QStringLiteral(".temperatureC"),
                        tr("must lie between %1 and %2 °C for this coolant")
                            .arg(coolantMinTempC(loop.coolant))
                            .arg(coolantMaxTempC(loop.coolant)));
                h.loops.push_back(loop);
                return true;
            })
        && r.array(root, QStringLiteral("nodes"), &nodes, &c.nodeIds,
            [&](const QJsonObject &o, const QString &at) {
                HydraulicNode node;
                if (!r.onlyKnown(
                        o, at, { QStringLiteral("id"), QStringLiteral("loop"), QStringLiteral("tankPressureKpa") })
                    || !r.reference(o, at, QStringLiteral("loop"), loops, &node.loop))
                    return false;
                if (o.contains(QStringLiteral("tankPressureKpa"))) {
                    double kpa = 0.0;
                    if (!r.number(o, at, QStringLiteral("tankPressureKpa"), Bound::AboveZero, &kpa))
                        return false;
                    node.fixedPressure = true;
                    node.pressurePa = kpa * 1e3;
                }
                h.nodes.push_back(node);
                return true;
            })
        && r.array(root, QStringLiteral("links"), &links, &c.linkIds,
            [&](const QJsonObject &o, const QString &at) {
                HydraulicLink link;
                if (!readLink(r, o, at, nodes, &link))
                    return false;
                if (h.nodes[link.from].loop != h.nodes[link.to].loop)
                    return r.fail(at + QStringLiteral(".to"), tr("lies in another loop than \"from\""));
                h.links.push_back(link);
                return true;
            })
        && r.array(root, QStringLiteral("racks"), &racks, &c.rackIds,
            [&](const QJsonObject &o, const QString &at) {
                RackLoad rack;
                double heatKw = 0.0, minFlow = 0.0, plates = 0.0;
                if (!r.onlyKnown(o, at,
                        { QStringLiteral("id"), QStringLiteral("link"), QStringLiteral("heatKw"),
                            QStringLiteral("inletLimitC"), QStringLiteral("returnLimitC"),
                            QStringLiteral("minFlowLPerMin"), QStringLiteral("plateHeatCapacityKjPerK") })
                    || !r.reference(o, at, QStringLiteral("link"), links, &rack.link)
                    || !r.number(o, at, QStringLiteral("heatKw"), Bound::AtLeastZero, &heatKw)
                    || !r.number(o, at, QStringLiteral("inletLimitC"), Bound::Any, &rack.inletLimitC)
                    || !r.number(o, at, QStringLiteral("returnLimitC"), Bound::Any, &rack.returnLimitC)
                    || !r.number(o, at, QStringLiteral("minFlowLPerMin"), Bound::AtLeastZero, &minFlow)
                    || !r.number(o, at, QStringLiteral("plateHeatCapacityKjPerK"), Bound::AtLeastZero, &plates))
                    return false;
                rack.heatToLiquidW = heatKw * 1e3;
                rack.minFlowM3PerS = minFlow * kLitrePerMinute;
                rack.plateHeatCapacityJPerK = plates * 1e3;
                c.network.racks.push_back(rack);
                return true;
            })
        && r.array(root, QStringLiteral("cdus"), &cdus, &c.cduIds,
            [&](const QJsonObject &o, const QString &at) {
                HeatExchanger cdu;
                double capacityKw = 0.0;
                if (!r.onlyKnown(o, at,
                        { QStringLiteral("id"), QStringLiteral("secondary"), QStringLiteral("primary"),
                            QStringLiteral("primarySupplyC"), QStringLiteral("approachK"),
                            QStringLiteral("supplySetpointC"), QStringLiteral("capacityKw"), QStringLiteral("pumps") })
                    || !r.reference(o, at, QStringLiteral("secondary"), links, &cdu.secondaryLink)
                    || !r.number(o, at, QStringLiteral("approachK"), Bound::AtLeastZero, &cdu.approachK)
                    || !r.number(o, at, QStringLiteral("supplySetpointC"), Bound::Any, &cdu.supplySetpointC)
                    || !r.number(o, at, QStringLiteral("capacityKw"), Bound::AtLeastZero, &capacityKw))
                    return false;
                // The facility side: a link of the case, or a fixed facility-water supply temperature.
                if (o.contains(QStringLiteral("primary"))) {
                    if (!r.reference(o, at, QStringLiteral("primary"), links, &cdu.primaryLink))
                        return false;
                    if (h.nodes[h.links[cdu.primaryLink].from].loop == h.nodes[h.links[cdu.secondaryLink].from].loop)
                        return r.fail(
                            at + QStringLiteral(".primary"), tr("lies in the same loop as the secondary side"));
                } else if (!r.number(o, at, QStringLiteral("primarySupplyC"), Bound::Any, &cdu.primarySupplyC)) {
                    return false;
                }
                const QJsonValue pumpValue = o.value(QStringLiteral("pumps"));
                if (!pumpValue.isUndefined() && !pumpValue.isArray())
                    return r.fail(at + QStringLiteral(".pumps"), tr("must be an array"));
                const QJsonArray pumps = pumpValue.toArray();
                for (int i = 0; i < pumps.size(); ++i) {
                    const QString id = pumps.at(i).toString();
                    const auto it = links.find(id);
                    const QString pumpAt = QStringLiteral("%1.pumps[%2]").arg(at).arg(i);
                    if (it == links.end())
                        return r.fail(pumpAt, tr("names nothing defined: \"%1\"").arg(id));
                    if (h.links[it->second].kind != LinkKind::Pump)
                        return r.fail(pumpAt, tr("is not a pump: \"%1\"").arg(id));
                    cdu.pumpLinks.push_back(it->second);
                }
                cdu.capacityW = capacityKw * 1e3;
                c.network.cdus.push_back(cdu);
                return true;
            })
        && r.array(root, QStringLiteral("heatRejection"), &rejections, &c.rejectionIds,
            [&](const QJsonObject &o, const QString &at) {
                HeatRejection unit;
                QString kind;
                double capacityKw = 0.0;
                if (!r.onlyKnown(o, at,
                        { QStringLiteral("id"), QStringLiteral("link"), QStringLiteral("kind"),
                            QStringLiteral("setpointC"), QStringLiteral("capacityKw"), QStringLiteral("sinkTempC"),
                            QStringLiteral("approachK") })
                    || !r.reference(o, at, QStringLiteral("link"), links, &unit.link)
                    || !r.text(o, at, QStringLiteral("kind"), &kind)
                    || !r.number(o, at, QStringLiteral("setpointC"), Bound::Any, &unit.setpointC)
                    || !r.number(o, at, QStringLiteral("capacityKw"), Bound::AtLeastZero, &capacityKw))
                    return false;
                const QStringList kinds { QStringLiteral("dry-cooler"), QStringLiteral("chiller"),
                    QStringLiteral("cooling-tower"), QStringLiteral("heat-reuse") };
                if (!kinds.contains(kind))
                    return r.fail(
                        at + QStringLiteral(".kind"), tr("must be dry-cooler, chiller, cooling-tower or heat-reuse"));
                unit.kind = RejectionKind(kinds.indexOf(kind));
                // A sink (outdoor air, district heating return) limits how far the unit cools; chillers have none.
                unit.sinkLimited = o.contains(QStringLiteral("sinkTempC"));
                const double noApproach = 0.0;
                if ((unit.sinkLimited && !r.number(o, at, QStringLiteral("sinkTempC"), Bound::Any, &unit.sinkTempC))
                    || !r.number(o, at, QStringLiteral("approachK"), Bound::AtLeastZero, &unit.approachK, &noApproach))
                    return false;
                unit.capacityW = capacityKw * 1e3;
                c.network.rejections.push_back(unit);
                return true;
            });
    if (!ok) {
        *error = r.error;
        return false;
    }
    // The reader names its members one by one; the shape the schema is generated from must agree with it.
    if (const QString why = JsonShapeCheck::check(root, shape()); !why.isEmpty()) {
        *error = why;
        return false;
    }
    *liquidCase = std::move(c);
    return true;
}

}  // namespace rw
