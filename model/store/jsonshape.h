// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <limits>
#include <memory>
#include <vector>

namespace rw {

struct JsonMember;

/// The shape of a JSON value, written once per file format: the format's reader checks documents against
/// it (JsonShape::check) and the JSON Schema in docs/schemas/ is generated from it (toSchema), so that the
/// two cannot drift apart.
struct JsonShape {
    enum class Type { Object, Array, String, Number, Integer, Boolean };
    Type type = Type::String;
    QString description;
    double minimum = -std::numeric_limits<double>::infinity();
    double maximum = std::numeric_limits<double>::infinity();
    bool exclusiveMinimum = false;  ///< numbers: the minimum itself is refused
    QStringList enumValues;  ///< strings: the allowed values; empty = any
    int minLength = 0;  ///< strings
    int maxLength = 0;  ///< strings; 0 = unlimited
    QString pattern;  ///< strings: a regular expression the whole value matches
    bool nullable = false;  ///< null is accepted too
    int minItems = 0;  ///< arrays
    int maxItems = -1;  ///< arrays; -1 = unlimited
    std::vector<JsonMember> members;  ///< objects: the named members
    /// Objects whose keys are data (a map): every member's value has this shape. Null: only `members`.
    std::shared_ptr<const JsonShape> values;
    std::shared_ptr<const JsonShape> items;  ///< arrays: every entry's shape
    /// Objects whose further members depend on the value of one member (a pipe has a length, a pump a
    /// shut-off pressure): `variantKey` names that member, each variant's name is one of its values and its
    /// shape (an object) lists the members that value adds to `members`.
    QString variantKey;
    std::vector<JsonMember> variants;

    static JsonShape string(int maxLength = 0, const QString &description = {});
    /// Text of 1 to maxLength characters.
    static JsonShape text(int maxLength = 0, const QString &description = {});
    static JsonShape choice(const QStringList &values, const QString &description = {});
    static JsonShape number(double minimum = -std::numeric_limits<double>::infinity(),
        double maximum = std::numeric_limits<double>::infinity(), const QString &description = {});
    /// A number greater than `minimum` (a diameter, a flow).
    static JsonShape positive(double minimum = 0, const QString &description = {});
    static JsonShape integer(double minimum, double maximum, const QString &description = {});
    static JsonShape boolean(const QString &description = {});
    static JsonShape array(
        const JsonShape &items, int minItems = 0, int maxItems = -1, const QString &description = {});
    static JsonShape object(std::vector<JsonMember> members, const QString &description = {});
    static JsonShape map(const JsonShape &values, const QString &description = {});
    /// An object whose member `key` (one of the variants' names) decides which further members it has.
    static JsonShape variantObject(std::vector<JsonMember> common, const char *key, std::vector<JsonMember> variants,
        const QString &description = {});
    JsonShape orNull() const;
    /// A variant object with the members of the variant named `value` added (and `variantKey` fixed to it).
    JsonShape withVariant(const QString &value) const;

    /// The JSON Schema (draft 2020-12) of this shape.
    QJsonObject toSchema() const;
    /// A whole schema document: $schema, $id, title and this shape.
    QJsonObject toSchemaDocument(const QString &id, const QString &title) const;

private:
    QJsonObject variantSchema() const;
};

struct JsonMember {
    QString name;
    bool required = true;
    JsonShape shape;
};

JsonMember required(const char *name, const JsonShape &shape);
JsonMember optional(const char *name, const JsonShape &shape);

/// Checks a document against a shape: the first problem as "PATH REASON" (translated), empty when none.
class JsonShapeCheck {
    Q_DECLARE_TR_FUNCTIONS(rw::JsonShapeCheck)
public:
    static QString check(const QJsonValue &value, const JsonShape &shape, const QString &path = QStringLiteral("$"));
};

}  // namespace rw
