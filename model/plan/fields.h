// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entities.h"
#include "enumnames.h"

#include <QCoreApplication>
#include <QVariant>

#include <functional>
#include <limits>
#include <optional>
#include <vector>

namespace rw {

enum class FieldType { Int, EntityId, Double, Bool, Text, Date, Enum };

/// Describes one stored field of an entity once, so that the SQLite store, the JSON form,
/// validation and the tests all agree on names, types and allowed ranges.
template <class T>
struct FieldDef {
    QString name;  ///< JSON key and SQLite column
    FieldType type = FieldType::Text;
    double min = -std::numeric_limits<double>::infinity();
    double max = std::numeric_limits<double>::infinity();
    QStringList enumValues;
    int maxLength = 0;  ///< text fields; 0 = unlimited
    /// A declaration that may be absent: a null value (SQL NULL, JSON null or a missing member) means
    /// "not declared"; get() returns an invalid QVariant then and set() takes one.
    bool nullable = false;
    std::function<QVariant(const T &)> get;
    std::function<void(T &, const QVariant &)> set;  ///< takes a value checkField() accepted
};

/// Checks and normalises a value read from an untrusted source (JSON or a plan file).
/// Returns a translated reason when the value is not acceptable for the field.
class FieldCheck {
    Q_DECLARE_TR_FUNCTIONS(rw::FieldCheck)
public:
    /// An invalid QVariant is "no value": accepted (and normalised to one) when the field is nullable.
    static bool check(FieldType type, double min, double max, const QStringList &enumValues, int maxLength,
        const QVariant &in, QVariant *normalised, QString *why, bool nullable = false);

    template <class T>
    static bool check(const FieldDef<T> &field, const QVariant &in, QVariant *normalised, QString *why)
    {
        return check(
            field.type, field.min, field.max, field.enumValues, field.maxLength, in, normalised, why, field.nullable);
    }
};

namespace field {

constexpr int kNameLength = 200;
constexpr int kLongTextLength = 100000;
constexpr int kWeatherHoursLength = 400000;  ///< 8,784 lines of "dry;wet" with room to spare
constexpr int kUnderlayContentLength = 64 * 1024 * 1024;  ///< a 48 MB picture in base64
constexpr double kNoLimit = std::numeric_limits<double>::infinity();

template <class T>
FieldDef<T> number(const char *name, double T::*member, double min, double max)
{
    FieldDef<T> f;
    f.name = QString::fromLatin1(name);
    f.type = FieldType::Double;
    f.min = min;
    f.max = max;
    f.get = [member](const T &e) { return QVariant(e.*member); };
    f.set = [member](T &e, const QVariant &v) { e.*member = v.toDouble(); };
    return f;
}

template <class T>
FieldDef<T> integer(const char *name, int T::*member, int min, int max)
{
    FieldDef<T> f;
    f.name = QString::fromLatin1(name);
    f.type = FieldType::Int;
    f.min = min;
    f.max = max;
    f.get = [member](const T &e) { return QVariant(e.*member); };
    f.set = [member](T &e, const QVariant &v) { e.*member = v.toInt(); };
    return f;
}

/// An entity id or a reference to one (0 = none).
template <class T>
FieldDef<T> id(const char *name, Id T::*member)
{
    FieldDef<T> f;
    f.name = QString::fromLatin1(name);
    f.type = FieldType::EntityId;
    f.min = 0;
    f.max = 9007199254740991.0;  // 2^53 - 1: exact in JSON numbers
    f.get = [member](const T &e) { return QVariant(e.*member); };
    f.set = [member](T &e, const QVariant &v) { e.*member = v.toLongLong(); };
    return f;
}

template <class T>
FieldDef<T> text(const char *name, QString T::*member, int maxLength = kNameLength)
{
    FieldDef<T> f;
    f.name = QString::fromLatin1(name);
    f.type = FieldType::Text;
    f.maxLength = maxLength;
    f.get = [member](const T &e) { return QVariant(e.*member); };
    f.set = [member](T &e, const QVariant &v) { e.*member = v.toString(); };
    return f;
}

template <class T>
FieldDef<T> flag(const char *name, bool T::*member)
{
    FieldDef<T> f;
    f.name = QString::fromLatin1(name);
    f.type = FieldType::Bool;
    f.get = [member](const T &e) { return QVariant(e.*member); };
    f.set = [member](T &e, const QVariant &v) { e.*member = v.toBool(); };
    return f;
}

/// Stored as ISO 8601 text (yyyy-MM-dd); empty = not set.
template <class T>
FieldDef<T> date(const char *name, QDate T::*member)
{
    FieldDef<T> f;
    f.name = QString::fromLatin1(name);
    f.type = FieldType::Date;
    f.get = [member](const T &e) {
        return QVariant((e.*member).isValid() ? (e.*member).toString(Qt::ISODate) : QString());
    };
    f.set = [member](T &e, const QVariant &v) { e.*member = QDate::fromString(v.toString(), Qt::ISODate); };
    return f;
}

/// A declared number: empty until a person states it.
template <class T>
FieldDef<T> declaredNumber(const char *name, std::optional<double> T::*member, double min, double max)
{
    FieldDef<T> f;
    f.name = QString::fromLatin1(name);
    f.type = FieldType::Double;
    f.min = min;
    f.max = max;
    f.nullable = true;
    f.get = [member](const T &e) { return (e.*member) ? QVariant(*(e.*member)) : QVariant(); };
    f.set = [member](T &e, const QVariant &v) {
        e.*member = v.isValid() ? std::optional<double>(v.toDouble()) : std::nullopt;
    };
    return f;
}

/// A declared whole number: empty until a person states it.
template <class T> FieldDef<T> declaredInteger(const char *name, std::optional<int> T::*member, int min, int max)
{
    FieldDef<T> f;
    f.name = QString::fromLatin1(name);
    f.type = FieldType::Int;
    f.min = min;
    f.max = max;
    f.nullable = true;
    f.get = [member](const T &e) { return (e.*member) ? QVariant(*(e.*member)) : QVariant(); };
    f.set
        = [member](T &e, const QVariant &v) { e.*member = v.isValid() ? std::optional<int>(v.toInt()) : std::nullopt; };
    return f;
}

/// A declared date, stored as ISO 8601 text; null (or, from older files, empty text) = not declared.
template <class T> FieldDef<T> declaredDate(const char *name, QDate T::*member)
{
    FieldDef<T> f = date(name, member);
    f.nullable = true;
    f.get = [member](const T &e) {
        return (e.*member).isValid() ? QVariant((e.*member).toString(Qt::ISODate)) : QVariant();
    };
    return f;
}

/// A declared yes or no: empty until a person states it.
template <class T> FieldDef<T> declaredFlag(const char *name, std::optional<bool> T::*member)
{
    FieldDef<T> f;
    f.name = QString::fromLatin1(name);
    f.type = FieldType::Bool;
    f.nullable = true;
    f.get = [member](const T &e) { return (e.*member) ? QVariant(*(e.*member)) : QVariant(); };
    f.set = [member](
                T &e, const QVariant &v) { e.*member = v.isValid() ? std::optional<bool>(v.toBool()) : std::nullopt; };
    return f;
}

template <class T, class E>
FieldDef<T> choice(const char *name, E T::*member)
{
    FieldDef<T> f;
    f.name = QString::fromLatin1(name);
    f.type = FieldType::Enum;
    f.enumValues = enumNameList<E>();
    f.get = [member](const T &e) { return QVariant(enumName(e.*member)); };
    f.set = [member](T &e, const QVariant &v) {
        E value{};
        if (enumFromName(v.toString(), &value))
            e.*member = value;
    };
    return f;
}

/// A declared choice of an enum: empty until a person states it.
template <class T, class E> FieldDef<T> declaredChoice(const char *name, std::optional<E> T::*member)
{
    FieldDef<T> f;
    f.name = QString::fromLatin1(name);
    f.type = FieldType::Enum;
    f.enumValues = enumNameList<E>();
    f.nullable = true;
    f.get = [member](const T &e) { return (e.*member) ? QVariant(enumName(*(e.*member))) : QVariant(); };
    f.set = [member](T &e, const QVariant &v) {
        E value {};
        e.*member = v.isValid() && enumFromName(v.toString(), &value) ? std::optional<E>(value) : std::nullopt;
    };
    return f;
}

}  // namespace field
}  // namespace rw
