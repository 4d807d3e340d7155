// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldreference.h"

#include "plan/entitytraits.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cmath>

namespace rw {
namespace {

// Generated documentation stays in English whatever the UI language is: it is compared byte for byte
// with docs/plan-json.md.
QString number(double value)
{
    return QString::number(value, 'g', 15);
}

template <class T> QString valueRange(const FieldDef<T> &f)
{
    switch (f.type) {
    case FieldType::Int:
    case FieldType::Double:
        if (std::isinf(f.max))
            return QStringLiteral("≥ %1").arg(number(f.min));
        return QStringLiteral("%1 … %2").arg(number(f.min), number(f.max));
    case FieldType::EntityId:
        return QStringLiteral("id, 0 = none");
    case FieldType::Bool:
        return QStringLiteral("true, false");
    case FieldType::Text:
        return f.maxLength > 0 ? QStringLiteral("up to %1 characters").arg(f.maxLength) : QString();
    case FieldType::Date:
        return f.nullable ? QStringLiteral("YYYY-MM-DD") : QStringLiteral("YYYY-MM-DD or empty");
    case FieldType::Enum:
        return QStringLiteral("`") + f.enumValues.join(QStringLiteral("`, `")) + QStringLiteral("`");
    }
    return {};
}

template <class T> QString allowed(const FieldDef<T> &f)
{
    return f.nullable ? valueRange(f) + QStringLiteral("; null or left out = not declared") : valueRange(f);
}

QString typeName(FieldType type)
{
    switch (type) {
    case FieldType::Int:
        return QStringLiteral("integer");
    case FieldType::EntityId:
        return QStringLiteral("id");
    case FieldType::Double:
        return QStringLiteral("number");
    case FieldType::Bool:
        return QStringLiteral("boolean");
    case FieldType::Text:
        return QStringLiteral("string");
    case FieldType::Date:
        return QStringLiteral("date");
    case FieldType::Enum:
        return QStringLiteral("enum");
    }
    return {};
}

template <class T>
void writeTable(QTextStream &out, const QString &title, const std::vector<FieldDef<T>> &fields)
{
    out << "### " << title << "\n\n| field | type | allowed |\n|---|---|---|\n";
    for (const auto &f : fields)
        out << "| `" << f.name << "` | " << typeName(f.type) << " | " << allowed(f) << " |\n";
    out << "\n";
}

}  // namespace

QString fieldReferenceMarkdown()
{
    QString text;
    QTextStream out(&text);
    writeTable(out, QStringLiteral("`site` (object)"), siteFields());
    forEachEntityType([&]<class T>() {
        writeTable(out, QStringLiteral("`%1` (array)").arg(QLatin1String(EntityTraits<T>::table)),
                   EntityTraits<T>::fields());
    });
    return text;
}

}  // namespace rw
