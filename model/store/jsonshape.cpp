// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonshape.h"

#include "i18n/oneline.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace rw {

JsonShape JsonShape::string(int maxLength, const QString &description)
{
    JsonShape s;
    s.type = Type::String;
    s.maxLength = maxLength;
    s.description = description;
    return s;
}

JsonShape JsonShape::text(int maxLength, const QString &description)
{
    JsonShape s = string(maxLength, description);
    s.minLength = 1;
    return s;
}

JsonShape JsonShape::choice(const QStringList &values, const QString &description)
{
    JsonShape s = string(0, description);
    s.enumValues = values;
    return s;
}

JsonShape JsonShape::number(double minimum, double maximum, const QString &description)
{
    JsonShape s;
    s.type = Type::Number;
    s.minimum = minimum;
    s.maximum = maximum;
    s.description = description;
    return s;
}

JsonShape JsonShape::positive(double minimum, const QString &description)
{
    JsonShape s = number(minimum, std::numeric_limits<double>::infinity(), description);
    s.exclusiveMinimum = true;
    return s;
}

JsonShape JsonShape::integer(double minimum, double maximum, const QString &description)
{
    JsonShape s = number(minimum, maximum, description);
    s.type = Type::Integer;
    return s;
}

JsonShape JsonShape::boolean(const QString &description)
{
    JsonShape s;
    s.type = Type::Boolean;
    s.description = description;
    return s;
}

JsonShape JsonShape::array(const JsonShape &items, int minItems, int maxItems, const QString &description)
{
    JsonShape s;
    s.type = Type::Array;
    s.items = std::make_shared<const JsonShape>(items);
    s.minItems = minItems;
    s.maxItems = maxItems;
    s.description = description;
    return s;
}

JsonShape JsonShape::object(std::vector<JsonMember> members, const QString &description)
{
    JsonShape s;
    s.type = Type::Object;
    s.members = std::move(members);
    s.description = description;
    return s;
}

JsonShape JsonShape::map(const JsonShape &values, const QString &description)
{
    JsonShape s = object({}, description);
    s.values = std::make_shared<const JsonShape>(values);
    return s;
}

JsonShape JsonShape::variantObject(
    std::vector<JsonMember> common, const char *key, std::vector<JsonMember> variants, const QString &description)
{
    QStringList names;
    for (const JsonMember &v : variants)
        names << v.name;
    common.insert(common.begin(), required(key, choice(names)));
    JsonShape s = object(std::move(common), description);
    s.variantKey = QString::fromLatin1(key);
    s.variants = std::move(variants);
    return s;
}

JsonShape JsonShape::withVariant(const QString &value) const
{
    JsonShape s = *this;
    s.variantKey.clear();
    s.variants.clear();
    for (const JsonMember &v : variants) {
        if (v.name != value)
            continue;
        for (JsonMember &m : s.members)
            if (m.name == variantKey)
                m.shape = choice({ value }, m.shape.description);
        s.members.insert(s.members.end(), v.shape.members.begin(), v.shape.members.end());
    }
    return s;
}

JsonShape JsonShape::orNull() const
{
    JsonShape s = *this;
    s.nullable = true;
    return s;
}

JsonMember required(const char *name, const JsonShape &shape)
{
    return { QString::fromLatin1(name), true, shape };
}

JsonMember optional(const char *name, const JsonShape &shape)
{
    return { QString::fromLatin1(name), false, shape };
}

QJsonObject JsonShape::toSchema() const
{
    static const char *const typeNames[] = { "object", "array", "string", "number", "integer", "boolean" };
    QJsonObject schema;
    const QString typeName = QLatin1String(typeNames[int(type)]);
    if (nullable)
        schema.insert(QStringLiteral("type"), QJsonArray { typeName, QStringLiteral("null") });
    else
        schema.insert(QStringLiteral("type"), typeName);
    if (!description.isEmpty())
        schema.insert(QStringLiteral("description"), description);
    switch (type) {
    case Type::String:
        if (!enumValues.isEmpty()) {
            QJsonArray allowed = QJsonArray::fromStringList(enumValues);
            if (nullable)
                allowed.append(QJsonValue::Null);
            schema.insert(QStringLiteral("enum"), allowed);
        }
        if (minLength > 0)
            schema.insert(QStringLiteral("minLength"), minLength);
        if (maxLength > 0)
            schema.insert(QStringLiteral("maxLength"), maxLength);
        if (!pattern.isEmpty())
            schema.insert(QStringLiteral("pattern"), pattern);
        break;
    case Type::Number:
    case Type::Integer:
        if (std::isfinite(minimum))
            schema.insert(exclusiveMinimum ? QStringLiteral("exclusiveMinimum") : QStringLiteral("minimum"), minimum);
        if (std::isfinite(maximum))
            schema.insert(QStringLiteral("maximum"), maximum);
        break;
    case Type::Boolean:
        break;
    case Type::Array:
        schema.insert(QStringLiteral("items"), items->toSchema());
        if (minItems > 0)
            schema.insert(QStringLiteral("minItems"), minItems);
        if (maxItems >= 0)
            schema.insert(QStringLiteral("maxItems"), maxItems);
        break;
    case Type::Object: {
        if (!variantKey.isEmpty())
            return variantSchema();
        QJsonObject properties;
        QJsonArray requiredNames;
        for (const JsonMember &m : members) {
            properties.insert(m.name, m.shape.toSchema());
            if (m.required)
                requiredNames.append(m.name);
        }
        if (!members.empty())
            schema.insert(QStringLiteral("properties"), properties);
        if (!requiredNames.isEmpty())
            schema.insert(QStringLiteral("required"), requiredNames);
        schema.insert(
            QStringLiteral("additionalProperties"), values ? QJsonValue(values->toSchema()) : QJsonValue(false));
        break;
    }
    }
    return schema;
}

QJsonObject JsonShape::variantSchema() const
{
    // The key chooses the variant; each `if` names one value and its `then` is the whole object that value
    // allows, so a member of another variant is refused as an additional property.
    QJsonObject schema { { QStringLiteral("type"), QStringLiteral("object") } };
    if (!description.isEmpty())
        schema.insert(QStringLiteral("description"), description);
    for (const JsonMember &m : members)
        if (m.name == variantKey)
            schema.insert(QStringLiteral("properties"), QJsonObject { { variantKey, m.shape.toSchema() } });
    schema.insert(QStringLiteral("required"), QJsonArray { variantKey });
    QJsonArray cases;
    for (const JsonMember &v : variants) {
        const QJsonObject condition { { QStringLiteral("properties"),
            QJsonObject { { variantKey, QJsonObject { { QStringLiteral("const"), v.name } } } } } };
        cases.append(QJsonObject {
            { QStringLiteral("if"), condition }, { QStringLiteral("then"), withVariant(v.name).toSchema() } });
    }
    schema.insert(QStringLiteral("allOf"), cases);
    return schema;
}

QJsonObject JsonShape::toSchemaDocument(const QString &id, const QString &title) const
{
    QJsonObject document = toSchema();
    document.insert(QStringLiteral("$schema"), QStringLiteral("https://json-schema.org/draft/2020-12/schema"));
    document.insert(QStringLiteral("$id"), id);
    document.insert(QStringLiteral("title"), title);
    return document;
}

QString JsonShapeCheck::check(const QJsonValue &value, const JsonShape &shape, const QString &path)
{
    auto fail = [&](const QString &why) { return oneLine(tr("%1 %2.").arg(path, why)); };
    if (value.isNull() && shape.nullable)
        return {};
    switch (shape.type) {
    case JsonShape::Type::String: {
        if (!value.isString())
            return fail(tr("must be text"));
        const QString text = value.toString();
        if (!shape.enumValues.isEmpty() && !shape.enumValues.contains(text))
            return fail(tr("must be one of: %1").arg(shape.enumValues.join(QStringLiteral(", "))));
        if (text.size() < shape.minLength)
            return fail(tr("must not be empty"));
        if (shape.maxLength > 0 && text.size() > shape.maxLength)
            return fail(tr("is longer than %1 characters").arg(shape.maxLength));
        if (!shape.pattern.isEmpty()
            && !QRegularExpression(QRegularExpression::anchoredPattern(shape.pattern)).match(text).hasMatch())
            return fail(tr("does not have the required form"));
        return {};
    }
    case JsonShape::Type::Number:
    case JsonShape::Type::Integer: {
        const double number = value.toDouble();
        if (!value.isDouble() || !std::isfinite(number))
            return fail(tr("must be a number"));
        if (shape.type == JsonShape::Type::Integer && number != std::floor(number))
            return fail(tr("must be a whole number"));
        if (shape.exclusiveMinimum && number <= shape.minimum)
            return fail(tr("must be greater than %1").arg(QLocale().toString(shape.minimum, 'g', 15)));
        if (number < shape.minimum || number > shape.maximum) {
            const QLocale locale;
            if (std::isinf(shape.maximum))
                return fail(tr("must be at least %1").arg(locale.toString(shape.minimum, 'g', 15)));
            if (std::isinf(shape.minimum))
                return fail(tr("must be at most %1").arg(locale.toString(shape.maximum, 'g', 15)));
            return fail(tr("must be between %1 and %2")
                            .arg(locale.toString(shape.minimum, 'g', 15), locale.toString(shape.maximum, 'g', 15)));
        }
        return {};
    }
    case JsonShape::Type::Boolean:
        return value.isBool() ? QString() : fail(tr("must be true or false"));
    case JsonShape::Type::Array: {
        if (!value.isArray())
            return fail(tr("must be an array"));
        const QJsonArray array = value.toArray();
        if (array.size() < shape.minItems || (shape.maxItems >= 0 && array.size() > shape.maxItems)) {
            if (shape.minItems == shape.maxItems)
                return fail(tr("must have %1 entries").arg(shape.minItems));
            return fail(shape.maxItems >= 0 ? tr("must have %1 to %2 entries").arg(shape.minItems).arg(shape.maxItems)
                                            : tr("must have at least %1 entries").arg(shape.minItems));
        }
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (QString why = check(array.at(i), *shape.items, QStringLiteral("%1[%2]").arg(path).arg(i));
                !why.isEmpty())
                return why;
        }
        return {};
    }
    case JsonShape::Type::Object: {
        if (!value.isObject())
            return fail(tr("must be an object"));
        const QJsonObject object = value.toObject();
        if (!shape.variantKey.isEmpty()) {
            // First the key against its choices, then the object against the variant it names.
            const JsonMember &key = *std::find_if(shape.members.begin(), shape.members.end(),
                [&](const JsonMember &m) { return m.name == shape.variantKey; });
            const QString keyPath = path + QLatin1Char('.') + key.name;
            if (!object.contains(key.name))
                return oneLine(tr("%1 %2.").arg(keyPath, tr("is missing")));
            if (QString why = check(object.value(key.name), key.shape, keyPath); !why.isEmpty())
                return why;
            return check(value, shape.withVariant(object.value(key.name).toString()), path);
        }
        for (const JsonMember &m : shape.members) {
            const auto it = object.constFind(m.name);
            if (it == object.constEnd()) {
                if (m.required)
                    return oneLine(tr("%1 %2.").arg(path + QLatin1Char('.') + m.name, tr("is missing")));
                continue;
            }
            if (QString why = check(*it, m.shape, path + QLatin1Char('.') + m.name); !why.isEmpty())
                return why;
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            const bool named = std::any_of(
                shape.members.begin(), shape.members.end(), [&](const JsonMember &m) { return m.name == it.key(); });
            if (named)
                continue;
            const QString at = path + QLatin1Char('.') + it.key();
            if (!shape.values)
                return oneLine(tr("%1 %2.").arg(at, tr("is not a known field")));
            if (QString why = check(it.value(), *shape.values, at); !why.isEmpty())
                return why;
        }
        return {};
    }
    }
    return {};
}

}  // namespace rw
