// SPDX-License-Identifier: GPL-3.0-or-later
// RuleSetLoader::shape(): the members of a rule set with their types and ranges, from the same limits and the
// same table of checks (checkKinds) the reader uses; docs/schemas/rule-set.schema.json is generated from it.
#include "checkkinds.h"
#include "ruleset.h"
#include "rulesetformat.h"

#include "plan/entitytraits.h"
#include "plan/enumnames.h"
#include "plan/fields.h"

namespace rw {

QStringList RuleSetFormat::reportableSiteFields()
{
    QStringList names;
    for (const auto &f : siteFields())
        if (f.nullable || f.type == FieldType::Text)
            names << f.name;
    return names;
}

namespace {

using namespace RuleSetFormat;

/// Text that is not blank, as the reader takes it.
JsonShape prose(int maxLength, const QString &description = {})
{
    JsonShape s = JsonShape::text(maxLength, description);
    s.pattern = QStringLiteral("^[\\s\\S]*\\S[\\s\\S]*$");
    return s;
}

JsonShape patterned(const QString &pattern, const QString &description = {})
{
    JsonShape s = JsonShape::string(0, description);
    s.pattern = pattern;
    return s;
}

JsonShape url()
{
    JsonShape s = prose(kUrlLength);
    s.pattern = QStringLiteral("^https?://[\\s\\S]*$");
    return s;
}

JsonShape citation()
{
    const JsonShape part = patterned(citationPartPattern());
    return JsonShape::object(
        { optional("section", part), optional("article", part), optional("annex", part), optional("subsection", part),
            optional("sentence", part), optional("number", part), optional("letter", part),
            optional("clause", prose(80)), optional("clauseDe", prose(80)) },
        QStringLiteral("where in the law the text stands; which parts a law's kind takes is checked by Rackwerk"));
}

JsonShape reportingItem()
{
    return JsonShape::object(
        { required("id", patterned(idPattern())), required("label", prose(kShortText)),
            optional("labelDe", prose(kShortText)), optional("field", JsonShape::choice(reportableSiteFields())),
            optional("figure", JsonShape::choice({ QStringLiteral("itPower") })),
            optional("evidence", JsonShape::boolean()) },
        QStringLiteral("exactly one of field, figure or evidence (true)"));
}

JsonShape parameterShape(const ParameterSpec &spec)
{
    switch (spec.kind) {
    case ParameterSpec::Number:
        return JsonShape::number(spec.min, spec.max);
    case ParameterSpec::WholeNumber:
        return JsonShape::integer(spec.min, spec.max);
    case ParameterSpec::Flag:
        return JsonShape::boolean();
    case ParameterSpec::Choice:
        return JsonShape::choice(spec.choices);
    case ParameterSpec::Text:
        return prose(kLongText);
    case ParameterSpec::ClassTable: {
        std::vector<JsonMember> classes;
        for (const QString &name : enumNameList<AshraeClass>())
            classes.push_back({ name, true, JsonShape::number(spec.min, spec.max) });
        return JsonShape::object(std::move(classes), QStringLiteral("one figure per ASHRAE class"));
    }
    case ParameterSpec::Items:
        return JsonShape::array(reportingItem(), 1, 60);
    }
    return {};
}

/// Per check its parameters: required where the check takes any.
std::vector<JsonMember> ruleVariants()
{
    std::vector<JsonMember> variants;
    for (const CheckKind &kind : checkKinds()) {
        std::vector<JsonMember> parameters;
        for (const ParameterSpec &spec : kind.parameters)
            parameters.push_back({ QLatin1String(spec.name), !spec.optional, parameterShape(spec) });
        variants.push_back({ kind.name, true,
            JsonShape::object(
                { { QStringLiteral("parameters"), !parameters.empty(), JsonShape::object(std::move(parameters)) } }) });
    }
    return variants;
}

}  // namespace

const JsonShape &RuleSetLoader::shape()
{
    static const JsonShape shape = [] {
        const JsonShape id = patterned(idPattern());
        const JsonShape date = patterned(datePattern(), QStringLiteral("YYYY-MM-DD"));
        const JsonShape status = JsonShape::choice({ QStringLiteral("law"), QStringLiteral("draft") });
        const JsonShape verified = JsonShape::choice({ QStringLiteral("primary"), QStringLiteral("secondary") },
            QStringLiteral("primary: the text was read in the law itself"));
        const JsonShape law = JsonShape::object({ required("id", id),
            required("kind",
                JsonShape::choice({ QStringLiteral("statute"), QStringLiteral("euAct"), QStringLiteral("standard"),
                    QStringLiteral("plan") })),
            required("name", prose(80)), optional("nameDe", prose(80)), required("title", prose(kShortText)),
            optional("titleDe", prose(kShortText)), required("version", prose(kShortText)), optional("date", date),
            optional("inForce", date), required("status", status), optional("url", url()) });
        const JsonShape exemption = JsonShape::object({ required("id", id), required("law", id),
            required("cite", citation()), required("summary", prose(kLongText)),
            optional("summaryDe", prose(kLongText)), required("verified", verified) });
        const JsonShape fine = JsonShape::object({ required("id", id), required("law", id),
            required("cite", citation()), required("maxEur", JsonShape::number(0, 1e9)),
            required("rules", JsonShape::array(id, 1, 200)), required("summary", prose(kLongText)),
            optional("summaryDe", prose(kLongText)), required("verified", verified) });
        const JsonShape scope = JsonShape::object(
            { optional(
                  "measure", JsonShape::choice({ QStringLiteral("siteConnectedPower"), QStringLiteral("itPower") })),
                optional("minKw", JsonShape::number(0, 1e7)), optional("minKwPublic", JsonShape::number(0, 1e7)),
                optional("startFrom", date), optional("startBefore", date),
                optional("roles", JsonShape::array(JsonShape::choice(enumNameList<OperatorRole>()), 1, 3)) },
            QStringLiteral("to which sites the rule applies; a threshold needs a measure"));
        const JsonShape rule = JsonShape::variantObject(
            { required("id", id), required("law", id), required("cite", citation()),
                required("summary", prose(kLongText)), optional("summaryDe", prose(kLongText)),
                required("verified", verified), optional("url", url()), required("validFrom", date),
                optional("scope", scope), optional("exemptions", JsonShape::array(id, 1, 20)) },
            "check", ruleVariants(), QStringLiteral("the check named by `check` takes the parameters it lists"));
        return JsonShape::object(
            {
                required("format", JsonShape::choice({ QStringLiteral("rackwerk-rules") })),
                required("formatVersion", JsonShape::integer(kFormatVersion, kFormatVersion)),
                required("id", id),
                required("version", prose(40)),
                required("date", date),
                required("status", status),
                required("title", prose(kShortText)),
                optional("titleDe", prose(kShortText)),
                optional("note", prose(kLongText)),
                optional("noteDe", prose(kLongText)),
                required("laws", JsonShape::array(law, 1, 20)),
                optional("exemptions", JsonShape::array(exemption, 0, 100)),
                optional("fines", JsonShape::array(fine, 0, 20)),
                required("rules", JsonShape::array(rule, 1, 200)),
            },
            QStringLiteral("A Rackwerk rule set: the laws, rules, exemptions and fines a review checks a plan "
                           "against (resources/rules/)"));
    }();
    return shape;
}

}  // namespace rw
