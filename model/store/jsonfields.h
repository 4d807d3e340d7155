#pragma once

#include "plan/fields.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace rw {

/// Field-by-field JSON reading and writing, shared by the plan's JSON form and the device catalogue.
class JsonFields {
    Q_DECLARE_TR_FUNCTIONS(rw::JsonFields)
public:
    template <class T> static QJsonObject write(const T &entity, const std::vector<FieldDef<T>> &fields)
    {
        QJsonObject object;
        for (const auto &f : fields)
            object.insert(f.name, QJsonValue::fromVariant(f.get(entity)));
        return object;
    }

    /// Reads every field (all required but declarations, which may be left out; no unknown keys). On failure
    /// sets *errorPath and *error (translated, including the path) and returns false.
    template <class T>
    static bool read(const QJsonValue &value, const QString &path, const std::vector<FieldDef<T>> &fields, T *out,
        QString *errorPath, QString *error, const QSet<QString> &mayBeAbsent = {})
    {
        auto fail = [&](const QString &at, const QString &why) {
            *errorPath = at;
            *error = tr("%1 %2.").arg(at, why);
            return false;
        };
        if (!value.isObject())
            return fail(path, tr("must be an object"));
        const QJsonObject object = value.toObject();
        QSet<QString> known;
        for (const auto &f : fields) {
            known.insert(f.name);
            const QString at = path + QLatin1Char('.') + f.name;
            if (!object.contains(f.name)) {
                if (f.nullable) {
                    f.set(*out, QVariant());  // a declaration left out: not declared
                    continue;
                }
                if (mayBeAbsent.contains(f.name))
                    continue;  // an older document: the field keeps its default
                return fail(at, tr("is missing"));
            }
            QVariant normalised;
            QString why;
            if (!FieldCheck::check(f, toVariant(object.value(f.name)), &normalised, &why))
                return fail(at, why);
            f.set(*out, normalised);
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key()))
                return fail(path + QLatin1Char('.') + it.key(), tr("is not a known field"));
        }
        return true;
    }

private:
    /// A JSON value as FieldCheck expects it: null becomes "no value" (which only declarations accept),
    /// arrays and objects a type no field accepts.
    static QVariant toVariant(const QJsonValue &value)
    {
        switch (value.type()) {
        case QJsonValue::Null:
            return QVariant();
        case QJsonValue::Bool:
            return QVariant(value.toBool());
        case QJsonValue::Double:
            return QVariant(value.toDouble());
        case QJsonValue::String:
            return QVariant(value.toString());
        default:
            return QVariant(QByteArray("structured"));
        }
    }
};

}  // namespace rw
