// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatschemas.h"

#include "analysis/liquidcasejson.h"
#include "analysis/thermalcasejson.h"
#include "planjson.h"
#include "review/reviewfile.h"
#include "review/ruleset.h"

#include <QJsonDocument>

namespace rw {
namespace {

/// One field of the plan's field table as a shape: the type, range, length and choices FieldCheck
/// accepts.
template <class T> JsonShape fieldShape(const FieldDef<T> &f)
{
    JsonShape shape;
    switch (f.type) {
    case FieldType::Int:
    case FieldType::EntityId:
        shape = JsonShape::integer(f.min, f.max);
        break;
    case FieldType::Double:
        shape = JsonShape::number(f.min, f.max);
        break;
    case FieldType::Bool:
        shape = JsonShape::boolean();
        break;
    case FieldType::Text:
        shape = JsonShape::string(f.maxLength);
        break;
    case FieldType::Date:
        shape = JsonShape::string();
        shape.pattern = QStringLiteral("(\\d{4}-\\d{2}-\\d{2})?");
        break;
    case FieldType::Enum:
        shape = JsonShape::choice(f.enumValues);
        break;
    }
    return f.nullable ? shape.orNull() : shape;
}

template <class T> JsonShape entityShape(const std::vector<FieldDef<T>> &fields)
{
    std::vector<JsonMember> members;
    for (const FieldDef<T> &f : fields)
        members.push_back({ f.name, !f.nullable, fieldShape(f) });  // a declaration may be left out
    return JsonShape::object(std::move(members));
}

QByteArray document(const JsonShape &shape, const QString &file, const QString &title)
{
    return QJsonDocument(shape.toSchemaDocument(QStringLiteral("https://rackwerk.de/schemas/") + file, title))
        .toJson(QJsonDocument::Indented);
}

}  // namespace

JsonShape FormatSchemas::planShape()
{
    std::vector<JsonMember> members {
        required("format", JsonShape::choice({ QStringLiteral("rackwerk-plan") })),
        required("formatVersion", JsonShape::integer(1, PlanJson::kFormatVersion)),
        required("nextId", JsonShape::integer(1, 9007199254740991.0)),
        required("site", entityShape(siteFields())),
    };
    forEachEntityType([&]<class T>() {
        members.push_back(
            { QLatin1String(EntityTraits<T>::table), true, JsonShape::array(entityShape(EntityTraits<T>::fields())) });
    });
    return JsonShape::object(std::move(members), QStringLiteral("A Rackwerk plan in its JSON exchange form"));
}

std::vector<FormatSchema> FormatSchemas::all()
{
    return {
        { QStringLiteral("plan.schema.json"),
            document(planShape(), QStringLiteral("plan.schema.json"), QStringLiteral("Rackwerk plan")) },
        { QStringLiteral("review.schema.json"),
            document(ReviewFile::shape(), QStringLiteral("review.schema.json"), QStringLiteral("Rackwerk review")) },
        { QStringLiteral("thermal-case.schema.json"),
            document(ThermalCaseJson::shape(), QStringLiteral("thermal-case.schema.json"),
                QStringLiteral("Rackwerk thermal case")) },
        { QStringLiteral("liquid-case.schema.json"),
            document(LiquidCaseJson::shape(), QStringLiteral("liquid-case.schema.json"),
                QStringLiteral("Rackwerk liquid case")) },
        { QStringLiteral("rule-set.schema.json"),
            document(
                RuleSetLoader::shape(), QStringLiteral("rule-set.schema.json"), QStringLiteral("Rackwerk rule set")) },
    };
}

}  // namespace rw
