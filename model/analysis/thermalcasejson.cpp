// SPDX-License-Identifier: GPL-3.0-or-later
#include "thermalcasejson.h"

#include "i18n/oneline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rw {

using engine::ThermalBox;
using engine::ThermalFace;

namespace {

const char *const kNormals[6] = { "+x", "-x", "+y", "-y", "+z", "-z" };

QJsonArray vec(const float *v)
{
    return QJsonArray { double(v[0]), double(v[1]), double(v[2]) };
}

QJsonObject boxJson(const ThermalBox &b)
{
    return QJsonObject { { QStringLiteral("minM"), vec(b.minM) }, { QStringLiteral("maxM"), vec(b.maxM) } };
}

QJsonObject faceJson(const ThermalFace &f, bool withFlow)
{
    QJsonObject o = boxJson(f.box);
    o.insert(QStringLiteral("normal"), QLatin1String(kNormals[f.normalAxis * 2 + (f.normalSign > 0 ? 0 : 1)]));
    if (withFlow)
        o.insert(QStringLiteral("airflowM3PerS"), double(f.airflowM3PerS));
    return o;
}

/// Reads a thermal case strictly: every key the format requires must be there with its type, numbers
/// must be finite and fit a float, ids must be whole numbers. Keeps the JSON path of the first problem.
class CaseReader {
public:
    QString error;

    bool fail(const QString &path, const QString &why)
    {
        if (error.isEmpty())
            error = ThermalCaseJson::tr("%1 %2.").arg(path, why);
        return false;
    }

    bool object(const QJsonValue &value, const QString &path, QJsonObject *out)
    {
        if (!value.isObject())
            return fail(path,
                value.isUndefined() ? ThermalCaseJson::tr("is missing") : ThermalCaseJson::tr("must be an object"));
        *out = value.toObject();
        return true;
    }

    bool array(const QJsonObject &o, const QString &key, const QString &path, QJsonArray *out)
    {
        const QJsonValue value = o.value(key);
        if (!value.isArray())
            return fail(at(path, key),
                value.isUndefined() ? ThermalCaseJson::tr("is missing") : ThermalCaseJson::tr("must be an array"));
        *out = value.toArray();
        return true;
    }

    bool number(const QJsonObject &o, const QString &key, const QString &path, float *out)
    {
        const QJsonValue value = o.value(key);
        if (value.isUndefined())
            return fail(at(path, key), ThermalCaseJson::tr("is missing"));
        return number(value, at(path, key), out);
    }

    bool number(const QJsonValue &value, const QString &path, float *out)
    {
        const double v = value.toDouble();
        if (!value.isDouble() || !std::isfinite(v) || std::fabs(v) > double(std::numeric_limits<float>::max()))
            return fail(path, ThermalCaseJson::tr("must be a number"));
        *out = float(v);
        return true;
    }

    bool id(const QJsonObject &o, const QString &path, long long *out)
    {
        const QJsonValue value = o.value(QStringLiteral("id"));
        const double v = value.toDouble();
        if (!value.isDouble() || v != std::floor(v) || std::fabs(v) > 9007199254740991.0)
            return fail(at(path, QStringLiteral("id")), ThermalCaseJson::tr("must be a whole number"));
        *out = static_cast<long long>(v);
        return true;
    }

    bool text(const QJsonObject &o, const QString &key, const QString &path, std::string *out)
    {
        const QJsonValue value = o.value(key);
        if (!value.isString())
            return fail(at(path, key),
                value.isUndefined() ? ThermalCaseJson::tr("is missing") : ThermalCaseJson::tr("must be text"));
        *out = value.toString().toStdString();
        return true;
    }

    bool vec(const QJsonObject &o, const QString &key, const QString &path, float *out)
    {
        const QJsonArray a = o.value(key).toArray();
        if (!o.value(key).isArray() || a.size() != 3)
            return fail(at(path, key), ThermalCaseJson::tr("must be three numbers"));
        for (int i = 0; i < 3; ++i) {
            if (!number(a.at(i), QStringLiteral("%1[%2]").arg(at(path, key)).arg(i), &out[i]))
                return false;
        }
        return true;
    }

    bool box(const QJsonValue &value, const QString &path, ThermalBox *b)
    {
        QJsonObject o;
        return object(value, path, &o) && vec(o, QStringLiteral("minM"), path, b->minM)
            && vec(o, QStringLiteral("maxM"), path, b->maxM);
    }

    bool face(const QJsonValue &value, const QString &path, ThermalFace *f, bool withFlow)
    {
        if (!box(value, path, &f->box))
            return false;
        const QJsonObject o = value.toObject();
        const QString normal = o.value(QStringLiteral("normal")).toString();
        const int index = int(std::find_if(std::begin(kNormals), std::end(kNormals), [&](const char *n) {
            return normal == QLatin1String(n);
        }) - std::begin(kNormals));
        if (!o.value(QStringLiteral("normal")).isString() || index >= 6)
            return fail(
                at(path, QStringLiteral("normal")), ThermalCaseJson::tr("must be one of +x, -x, +y, -y, +z and -z"));
        f->normalAxis = index / 2;
        f->normalSign = index % 2 == 0 ? 1 : -1;
        return !withFlow || number(o, QStringLiteral("airflowM3PerS"), path, &f->airflowM3PerS);
    }

    /// Everything below the format and version: geometry, racks, coolers, air and the ASHRAE limits.
    bool caseBody(const QJsonObject &o, engine::ThermalCase *out)
    {
        const QString root = QStringLiteral("$");
        QJsonArray solids, panels, racks, coolers;
        if (!text(o, QStringLiteral("name"), root, &out->name) || !vec(o, QStringLiteral("sizeM"), root, out->sizeM)
            || !array(o, QStringLiteral("solids"), root, &solids) || !array(o, QStringLiteral("panels"), root, &panels)
            || !array(o, QStringLiteral("racks"), root, &racks) || !array(o, QStringLiteral("coolers"), root, &coolers))
            return false;
        if (!boxes(solids, QStringLiteral("$.solids"), &out->solids)
            || !boxes(panels, QStringLiteral("$.panels"), &out->panels))
            return false;
        for (qsizetype i = 0; i < racks.size(); ++i) {
            out->racks.emplace_back();
            if (!rack(racks.at(i), item(QStringLiteral("$.racks"), i), &out->racks.back()))
                return false;
        }
        for (qsizetype i = 0; i < coolers.size(); ++i) {
            out->coolers.emplace_back();
            if (!cooler(coolers.at(i), item(QStringLiteral("$.coolers"), i), &out->coolers.back()))
                return false;
        }
        return air(o, out) && limits(o, &out->limits);
    }

    bool boxes(const QJsonArray &array, const QString &path, std::vector<ThermalBox> *out)
    {
        for (qsizetype i = 0; i < array.size(); ++i) {
            out->emplace_back();
            if (!box(array.at(i), item(path, i), &out->back()))
                return false;
        }
        return true;
    }

    bool rack(const QJsonValue &value, const QString &path, engine::ThermalRack *out)
    {
        QJsonObject o;
        return object(value, path, &o) && id(o, path, &out->id) && text(o, QStringLiteral("name"), path, &out->name)
            && box(o.value(QStringLiteral("box")), at(path, QStringLiteral("box")), &out->body)
            && face(o.value(QStringLiteral("intake")), at(path, QStringLiteral("intake")), &out->intake, false)
            && face(o.value(QStringLiteral("exhaust")), at(path, QStringLiteral("exhaust")), &out->exhaust, false)
            && number(o, QStringLiteral("heatToAirW"), path, &out->heatToAirW)
            && number(o, QStringLiteral("airflowM3PerS"), path, &out->airflowM3PerS);
    }

    bool cooler(const QJsonValue &value, const QString &path, engine::ThermalCooler *out)
    {
        QJsonObject u;
        QJsonArray supply, back;
        if (!object(value, path, &u) || !id(u, path, &out->id) || !text(u, QStringLiteral("name"), path, &out->name)
            || !array(u, QStringLiteral("supply"), path, &supply) || !array(u, QStringLiteral("return"), path, &back)
            || !number(u, QStringLiteral("supplyTempC"), path, &out->supplyTempC)
            || !number(u, QStringLiteral("capacityW"), path, &out->capacityW))
            return false;
        if (!faces(supply, at(path, QStringLiteral("supply")), &out->supply)
            || !faces(back, at(path, QStringLiteral("return")), &out->returns))
            return false;
        for (const auto &[key, target] : { std::pair { QStringLiteral("coilWaterC"), &out->coilWaterC },
                 std::pair { QStringLiteral("designReturnC"), &out->designReturnC } }) {
            if (u.contains(key) && !number(u, key, path, target))
                return false;
        }
        return true;
    }

    bool faces(const QJsonArray &array, const QString &path, std::vector<ThermalFace> *out)
    {
        for (qsizetype f = 0; f < array.size(); ++f) {
            out->emplace_back();
            if (!face(array.at(f), item(path, f), &out->back(), true))
                return false;
        }
        return true;
    }

    bool air(const QJsonObject &o, engine::ThermalCase *out)
    {
        const QString path = QStringLiteral("$.air");
        QJsonObject a;
        return object(o.value(QStringLiteral("air")), path, &a)
            && number(a, QStringLiteral("densityKgPerM3"), path, &out->densityKgPerM3)
            && number(a, QStringLiteral("heatCapacityJPerKgK"), path, &out->heatCapacityJPerKgK)
            && number(a, QStringLiteral("referenceTempC"), path, &out->referenceTempC);
    }

    /// Rackwerk's addition: the ASHRAE class's limits; without it the case uses A2.
    bool limits(const QJsonObject &o, engine::ThermalLimits *l)
    {
        if (!o.contains(QStringLiteral("ashrae")))
            return true;
        const QString path = QStringLiteral("$.ashrae");
        QJsonObject ashrae;
        return object(o.value(QStringLiteral("ashrae")), path, &ashrae)
            && text(ashrae, QStringLiteral("class"), path, &l->ashraeClass)
            && number(ashrae, QStringLiteral("recommendedMinC"), path, &l->recommendedMinC)
            && number(ashrae, QStringLiteral("recommendedMaxC"), path, &l->recommendedMaxC)
            && number(ashrae, QStringLiteral("allowableMinC"), path, &l->allowableMinC)
            && number(ashrae, QStringLiteral("allowableMaxC"), path, &l->allowableMaxC);
    }

    static QString at(const QString &path, const QString &key) { return path + QLatin1Char('.') + key; }
    static QString item(const QString &path, qsizetype index) { return QStringLiteral("%1[%2]").arg(path).arg(index); }
};

}  // namespace

const JsonShape &ThermalCaseJson::shape()
{
    static const JsonShape shape = [] {
        const JsonShape number
            = JsonShape::number(-double(std::numeric_limits<float>::max()), double(std::numeric_limits<float>::max()));
        const JsonShape point = JsonShape::array(number, 3, 3, QStringLiteral("x, y, z in metres"));
        const JsonShape id = JsonShape::integer(-9007199254740991.0, 9007199254740991.0);
        auto box = [&](std::vector<JsonMember> more = {}) {
            std::vector<JsonMember> members { required("minM", point), required("maxM", point) };
            members.insert(members.end(), more.begin(), more.end());
            return JsonShape::object(members);
        };
        const JsonShape normal = JsonShape::choice({ QStringLiteral("+x"), QStringLiteral("-x"), QStringLiteral("+y"),
            QStringLiteral("-y"), QStringLiteral("+z"), QStringLiteral("-z") });
        const JsonShape face = box({ required("normal", normal) });
        const JsonShape flowFace = box({ required("normal", normal), required("airflowM3PerS", number) });
        const JsonShape rack = JsonShape::object({ required("id", id), required("name", JsonShape::string()),
            required("box", box()), required("intake", face), required("exhaust", face), required("heatToAirW", number),
            required("airflowM3PerS", number) });
        const JsonShape cooler = JsonShape::object(
            { required("id", id), required("name", JsonShape::string()), required("supply", JsonShape::array(flowFace)),
                required("return", JsonShape::array(flowFace)), required("supplyTempC", number),
                required("capacityW", number), optional("coilWaterC", number), optional("designReturnC", number) });
        return JsonShape::object(
            {
                required("format", JsonShape::choice({ QStringLiteral("rackwerk-thermal-case") })),
                required("version", JsonShape::integer(1, 1)),
                required("name", JsonShape::string()),
                required("sizeM", point),
                required("solids", JsonShape::array(box())),
                required("panels", JsonShape::array(box())),
                required("racks", JsonShape::array(rack)),
                required("coolers", JsonShape::array(cooler)),
                required("air",
                    JsonShape::object({ required("densityKgPerM3", number), required("heatCapacityJPerKgK", number),
                        required("referenceTempC", number) })),
                optional("ashrae",
                    JsonShape::object({ required("class", JsonShape::string()), required("recommendedMinC", number),
                        required("recommendedMaxC", number), required("allowableMinC", number),
                        required("allowableMaxC", number) })),
            },
            QStringLiteral("A Rackwerk thermal case: the geometry, racks and coolers of one hall for the air "
                           "solver (docs/thermal-case.md)"));
    }();
    return shape;
}

QByteArray ThermalCaseJson::toBytes(const engine::ThermalCase &c)
{
    QJsonArray solids, panels, racks, coolers;
    for (const ThermalBox &b : c.solids)
        solids.append(boxJson(b));
    for (const ThermalBox &b : c.panels)
        panels.append(boxJson(b));
    for (const engine::ThermalRack &r : c.racks) {
        racks.append(QJsonObject { { QStringLiteral("id"), double(r.id) },
            { QStringLiteral("name"), QString::fromStdString(r.name) }, { QStringLiteral("box"), boxJson(r.body) },
            { QStringLiteral("intake"), faceJson(r.intake, false) },
            { QStringLiteral("exhaust"), faceJson(r.exhaust, false) },
            { QStringLiteral("heatToAirW"), double(r.heatToAirW) },
            { QStringLiteral("airflowM3PerS"), double(r.airflowM3PerS) } });
    }
    for (const engine::ThermalCooler &u : c.coolers) {
        QJsonArray supply, back;
        for (const ThermalFace &f : u.supply)
            supply.append(faceJson(f, true));
        for (const ThermalFace &f : u.returns)
            back.append(faceJson(f, true));
        coolers.append(QJsonObject { { QStringLiteral("id"), double(u.id) },
            { QStringLiteral("name"), QString::fromStdString(u.name) }, { QStringLiteral("supply"), supply },
            { QStringLiteral("return"), back }, { QStringLiteral("supplyTempC"), double(u.supplyTempC) },
            { QStringLiteral("capacityW"), double(u.capacityW) } });
        if (u.hasCoil()) {
            QJsonObject unit = coolers.last().toObject();
            unit.insert(QStringLiteral("coilWaterC"), double(u.coilWaterC));
            unit.insert(QStringLiteral("designReturnC"), double(u.designReturnC));
            coolers.replace(coolers.size() - 1, unit);
        }
    }
    const engine::ThermalLimits &l = c.limits;
    const QJsonObject o { { QStringLiteral("format"), QStringLiteral("rackwerk-thermal-case") },
        { QStringLiteral("version"), 1 }, { QStringLiteral("name"), QString::fromStdString(c.name) },
        { QStringLiteral("sizeM"), vec(c.sizeM) }, { QStringLiteral("solids"), solids },
        { QStringLiteral("panels"), panels }, { QStringLiteral("racks"), racks },
        { QStringLiteral("coolers"), coolers },
        { QStringLiteral("air"),
            QJsonObject { { QStringLiteral("densityKgPerM3"), double(c.densityKgPerM3) },
                { QStringLiteral("heatCapacityJPerKgK"), double(c.heatCapacityJPerKgK) },
                { QStringLiteral("referenceTempC"), double(c.referenceTempC) } } },
        { QStringLiteral("ashrae"),
            QJsonObject { { QStringLiteral("class"), QString::fromStdString(l.ashraeClass) },
                { QStringLiteral("recommendedMinC"), double(l.recommendedMinC) },
                { QStringLiteral("recommendedMaxC"), double(l.recommendedMaxC) },
                { QStringLiteral("allowableMinC"), double(l.allowableMinC) },
                { QStringLiteral("allowableMaxC"), double(l.allowableMaxC) } } } };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool ThermalCaseJson::fromBytes(const QByteArray &bytes, engine::ThermalCase *c, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = tr("The thermal case is not valid JSON: %1 at byte %2.").arg(parse.errorString()).arg(parse.offset);
        return false;
    }
    if (!doc.isObject()) {
        *error = tr("The thermal case must be a JSON object, not an array.");
        return false;
    }
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("rackwerk-thermal-case")
        || o.value(QStringLiteral("version")).toDouble() != 1.0 || !o.value(QStringLiteral("version")).isDouble()) {
        *error = tr("Not a Rackwerk thermal case of version 1.");
        return false;
    }
    engine::ThermalCase out;
    CaseReader r;
    if (!r.caseBody(o, &out)) {
        *error = oneLine(tr("The thermal case is not valid: %1").arg(r.error));
        return false;
    }
    // The reader names its keys one by one; the shape refuses any it does not know (a misspelt optional
    // key would otherwise be dropped without a word).
    if (const QString why = JsonShapeCheck::check(o, shape()); !why.isEmpty()) {
        *error = tr("The thermal case is not valid: %1").arg(why);
        return false;
    }
    const std::string problem = engine::validateThermalCase(out);
    if (!problem.empty()) {
        *error = oneLine(tr("The thermal case cannot be simulated: %1.").arg(QString::fromStdString(problem)));
        return false;
    }
    *c = std::move(out);
    return true;
}

}  // namespace rw
