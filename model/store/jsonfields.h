// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/fields.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

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
        qsizetype present = 0;
        for (const auto &f : fields) {
            const auto member = object.constFind(f.name);
            if (member == object.constEnd()) {
                if (f.nullable) {
                    f.set(*out, QVariant());  // a declaration left out: not declared
                    continue;
                }
                if (mayBeAbsent.contains(f.name))
                    continue;  // an older document: the field keeps its default
                return fail(path + QLatin1Char('.') + f.name, tr("is missing"));
            }
            ++present;
            QVariant normalised;
            QString why;
            if (!FieldCheck::check(f, toVariant(*member), &normalised, &why))
                return fail(path + QLatin1Char('.') + f.name, why);
            f.set(*out, normalised);
        }
        // Every field was found once: more members than that means one that is not a field.
        for (auto it = object.begin(); present < object.size() && it != object.end(); ++it) {
            if (std::none_of(fields.begin(), fields.end(), [&](const auto &f) { return f.name == it.key(); }))
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
