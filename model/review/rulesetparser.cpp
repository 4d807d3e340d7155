// SPDX-License-Identifier: GPL-3.0-or-later
// RuleSetLoader::fromBytes: a rule set is untrusted input (a reviewer loads a newer one at run time), so every
// entry is checked for its type, range and references, unknown entries are refused, and the first problem is
// named in one translated line.
#include "ruleset.h"

#include "checkkinds.h"
#include "rulesetformat.h"

#include "i18n/oneline.h"
#include "plan/entitytraits.h"
#include "plan/enumnames.h"
#include "plan/fields.h"
#include "store/jsonrepeats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <map>

namespace rw {

namespace {

using RuleSetFormat::kCitationPart;
using RuleSetFormat::kLongText;
using RuleSetFormat::kShortText;

QString quoted(const QString &name)
{
    return RuleSetLoader::tr("“%1”").arg(name.left(80));
}

/// Reads the entries of one JSON object and names the first one that is wrong.
class ObjectReader {
public:
    ObjectReader(const QJsonObject &object, const QString &where, QString *error)
        : mObject(object), mWhere(where), mError(error)
    {
    }

    bool fail(const QString &key, const QString &why) const
    {
        const QString place = mWhere.isEmpty() ? quoted(key)
            : key.isEmpty()                    ? mWhere
                                               : RuleSetLoader::tr("%1, %2").arg(mWhere, quoted(key));
        *mError = RuleSetLoader::tr("%1: %2").arg(place, why);
        return false;
    }

    bool onlyKeys(const QStringList &keys) const
    {
        for (auto it = mObject.begin(); it != mObject.end(); ++it)
            if (!keys.contains(it.key()))
                return fail(QString(), RuleSetLoader::tr("unknown entry %1").arg(quoted(it.key())));
        return true;
    }

    bool has(const QString &key) const { return mObject.contains(key); }
    QJsonValue value(const QString &key) const { return mObject.value(key); }

    bool text(const QString &key, QString *out, bool required, int maxLength = kShortText) const
    {
        const QJsonValue v = mObject.value(key);
        if (v.isUndefined())
            return !required || fail(key, RuleSetLoader::tr("is missing"));
        if (!v.isString() || v.toString().trimmed().isEmpty() || v.toString().size() > maxLength)
            return fail(key, RuleSetLoader::tr("must be a text of 1 to %L1 characters").arg(maxLength));
        *out = v.toString();
        return true;
    }

    bool id(const QString &key, QString *out) const
    {
        static const QRegularExpression pattern(RuleSetFormat::idPattern());
        const QJsonValue v = mObject.value(key);
        if (v.isUndefined())
            return fail(key, RuleSetLoader::tr("is missing"));
        if (!v.isString() || !pattern.match(v.toString()).hasMatch())
            return fail(key,
                RuleSetLoader::tr("must be an identifier of at most 80 characters: lower-case letters, digits, "
                                  "points and hyphens"));
        *out = v.toString();
        return true;
    }

    bool date(const QString &key, QDate *out, bool required) const
    {
        const QJsonValue v = mObject.value(key);
        if (v.isUndefined())
            return !required || fail(key, RuleSetLoader::tr("is missing"));
        static const QRegularExpression pattern(RuleSetFormat::datePattern());
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!v.isString() || !pattern.match(v.toString()).hasMatch() || !d.isValid())
            return fail(key, RuleSetLoader::tr("must be a date written as YYYY-MM-DD"));
        *out = d;
        return true;
    }

    bool number(
        const QString &key, std::optional<double> *out, bool required, double min, double max, bool whole = false) const
    {
        const QJsonValue v = mObject.value(key);
        if (v.isUndefined())
            return !required || fail(key, RuleSetLoader::tr("is missing"));
        const double x = v.toDouble(std::nan(""));
        if (!v.isDouble() || !std::isfinite(x) || x < min || x > max || (whole && x != std::floor(x))) {
            const QLocale locale;
            return fail(key,
                (whole ? RuleSetLoader::tr("must be a whole number from %1 to %2")
                       : RuleSetLoader::tr("must be a number from %1 to %2"))
                    .arg(locale.toString(min, 'g', 12), locale.toString(max, 'g', 12)));
        }
        *out = x;
        return true;
    }

    bool choice(const QString &key, QString *out, const QStringList &choices, bool required) const
    {
        const QJsonValue v = mObject.value(key);
        if (v.isUndefined())
            return !required || fail(key, RuleSetLoader::tr("is missing"));
        if (!v.isString() || !choices.contains(v.toString()))
            return fail(key, RuleSetLoader::tr("must be one of: %1").arg(choices.join(QStringLiteral(", "))));
        *out = v.toString();
        return true;
    }

    bool flag(const QString &key) const
    {
        if (!mObject.value(key).isBool())
            return fail(key, RuleSetLoader::tr("must be true or false"));
        return true;
    }

    bool object(const QString &key, QJsonObject *out, bool required) const
    {
        const QJsonValue v = mObject.value(key);
        if (v.isUndefined())
            return !required || fail(key, RuleSetLoader::tr("is missing"));
        if (!v.isObject())
            return fail(key, RuleSetLoader::tr("must be an object"));
        *out = v.toObject();
        return true;
    }

    bool array(const QString &key, QJsonArray *out, bool required, int minSize, int maxSize) const
    {
        const QJsonValue v = mObject.value(key);
        if (v.isUndefined())
            return !required || fail(key, RuleSetLoader::tr("is missing"));
        if (!v.isArray() || v.toArray().size() < minSize || v.toArray().size() > maxSize)
            return fail(key, RuleSetLoader::tr("must be a list of %L1 to %L2 entries").arg(minSize).arg(maxSize));
        *out = v.toArray();
        return true;
    }

    /// Every element of a list must be an object.
    bool objects(const QString &key, const QJsonArray &list) const
    {
        for (qsizetype i = 0; i < list.size(); ++i)
            if (!list.at(i).isObject())
                return fail(key, RuleSetLoader::tr("entry %L1 must be an object").arg(i + 1));
        return true;
    }

    /// "primary" (the text was read in the law) or "secondary".
    bool verified(bool *primary) const
    {
        QString value;
        if (!choice(
                QStringLiteral("verified"), &value, { QStringLiteral("primary"), QStringLiteral("secondary") }, true))
            return false;
        *primary = value == QLatin1String("primary");
        return true;
    }

private:
    QJsonObject mObject;
    QString mWhere;
    QString *mError;
};

class Parser {
public:
    explicit Parser(QString *error) : mError(error) { }

    bool run(const QJsonObject &root, RuleSet *set)
    {
        ObjectReader top(root, QString(), mError);
        if (!top.onlyKeys({ QStringLiteral("format"), QStringLiteral("formatVersion"), QStringLiteral("id"),
                QStringLiteral("version"), QStringLiteral("date"), QStringLiteral("status"), QStringLiteral("title"),
                QStringLiteral("titleDe"), QStringLiteral("note"), QStringLiteral("noteDe"), QStringLiteral("laws"),
                QStringLiteral("exemptions"), QStringLiteral("fines"), QStringLiteral("rules") }))
            return false;
        QString status;
        if (!top.id(QStringLiteral("id"), &set->id) || !top.text(QStringLiteral("version"), &set->version, true, 40)
            || !top.date(QStringLiteral("date"), &set->date, true)
            || !top.choice(QStringLiteral("status"), &status, { QStringLiteral("law"), QStringLiteral("draft") }, true)
            || !top.text(QStringLiteral("title"), &set->title, true)
            || !top.text(QStringLiteral("titleDe"), &set->titleDe, false)
            || !top.text(QStringLiteral("note"), &set->note, false, kLongText)
            || !top.text(QStringLiteral("noteDe"), &set->noteDe, false, kLongText))
            return false;
        set->draft = status == QLatin1String("draft");
        QJsonArray laws;
        QJsonArray exemptions;
        QJsonArray fines;
        QJsonArray rules;
        if (!top.array(QStringLiteral("laws"), &laws, true, 1, 20) || !top.objects(QStringLiteral("laws"), laws)
            || !top.array(QStringLiteral("exemptions"), &exemptions, false, 0, 100)
            || !top.objects(QStringLiteral("exemptions"), exemptions)
            || !top.array(QStringLiteral("fines"), &fines, false, 0, 20) || !top.objects(QStringLiteral("fines"), fines)
            || !top.array(QStringLiteral("rules"), &rules, true, 1, 200)
            || !top.objects(QStringLiteral("rules"), rules))
            return false;
        for (qsizetype i = 0; i < laws.size(); ++i)
            if (!readLaw(laws.at(i).toObject(), i, set))
                return false;
        for (qsizetype i = 0; i < exemptions.size(); ++i)
            if (!readExemption(exemptions.at(i).toObject(), i, set))
                return false;
        for (qsizetype i = 0; i < rules.size(); ++i)
            if (!readRule(rules.at(i).toObject(), i, set))
                return false;
        for (qsizetype i = 0; i < fines.size(); ++i)
            if (!readFine(fines.at(i).toObject(), i, set))
                return false;
        return true;
    }

private:
    bool readLaw(const QJsonObject &o, qsizetype index, RuleSet *set)
    {
        ObjectReader r(o, RuleSetLoader::tr("law %L1").arg(index + 1), mError);
        Law law;
        QString kind;
        QString status;
        if (!r.onlyKeys({ QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("name"),
                QStringLiteral("nameDe"), QStringLiteral("title"), QStringLiteral("titleDe"), QStringLiteral("version"),
                QStringLiteral("date"), QStringLiteral("inForce"), QStringLiteral("status"), QStringLiteral("url") })
            || !r.id(QStringLiteral("id"), &law.id)
            || !r.choice(QStringLiteral("kind"), &kind,
                { QStringLiteral("statute"), QStringLiteral("euAct"), QStringLiteral("standard"),
                    QStringLiteral("plan") },
                true)
            || !r.text(QStringLiteral("name"), &law.name, true, 80)
            || !r.text(QStringLiteral("nameDe"), &law.nameDe, false, 80)
            || !r.text(QStringLiteral("title"), &law.title, true)
            || !r.text(QStringLiteral("titleDe"), &law.titleDe, false)
            || !r.text(QStringLiteral("version"), &law.version, true)
            || !r.date(QStringLiteral("date"), &law.date, false)
            || !r.date(QStringLiteral("inForce"), &law.inForce, false)
            || !r.choice(QStringLiteral("status"), &status, { QStringLiteral("law"), QStringLiteral("draft") }, true)
            || !readUrl(r, &law.url))
            return false;
        law.kind = kind == QLatin1String("statute") ? Law::Kind::Statute
            : kind == QLatin1String("euAct")        ? Law::Kind::EuAct
            : kind == QLatin1String("standard")     ? Law::Kind::Standard
                                                    : Law::Kind::Plan;
        law.draft = status == QLatin1String("draft");
        if (law.draft && law.inForce.isValid())
            return r.fail(QStringLiteral("inForce"), RuleSetLoader::tr("a draft is not in force"));
        if (law.draft && !set->draft)
            return r.fail(QStringLiteral("status"),
                RuleSetLoader::tr("a rule set marked as law cannot implement a draft: mark the rule set as a draft"));
        if (set->law(law.id))
            return r.fail(QStringLiteral("id"), RuleSetLoader::tr("%1 is used twice").arg(quoted(law.id)));
        set->laws.push_back(law);
        return true;
    }

    bool readUrl(const ObjectReader &r, QString *url)
    {
        if (!r.text(QStringLiteral("url"), url, false, RuleSetFormat::kUrlLength))
            return false;
        if (!url->isEmpty() && !url->startsWith(QLatin1String("https://"))
            && !url->startsWith(QLatin1String("http://")))
            return r.fail(QStringLiteral("url"), RuleSetLoader::tr("must be a web address starting with https://"));
        return true;
    }

    /// The law an entry names, which the rule set must list.
    const Law *readLawReference(const ObjectReader &r, QString *lawId, const RuleSet *set)
    {
        QString id;
        if (!r.id(QStringLiteral("law"), &id))
            return nullptr;
        const Law *law = set->law(id);
        if (!law) {
            r.fail(QStringLiteral("law"), RuleSetLoader::tr("names no law of the rule set"));
            return nullptr;
        }
        *lawId = id;
        return law;
    }

    bool readCitation(const ObjectReader &owner, const Law &law, Citation *c)
    {
        QJsonObject o;
        if (!owner.object(QStringLiteral("cite"), &o, true))
            return false;
        ObjectReader r(o, QString(), mError);
        const struct {
            const char *key;
            QString *target;
        } parts[] = { { "section", &c->section }, { "article", &c->article }, { "annex", &c->annex },
            { "subsection", &c->subsection }, { "sentence", &c->sentence }, { "number", &c->number },
            { "letter", &c->letter }, { "clause", &c->clause }, { "clauseDe", &c->clauseDe } };
        if (!r.onlyKeys({ QStringLiteral("section"), QStringLiteral("article"), QStringLiteral("annex"),
                QStringLiteral("subsection"), QStringLiteral("sentence"), QStringLiteral("number"),
                QStringLiteral("letter"), QStringLiteral("clause"), QStringLiteral("clauseDe") }))
            return owner.fail(QStringLiteral("cite"), *mError);
        static const QRegularExpression partPattern(RuleSetFormat::citationPartPattern());
        for (const auto &p : parts) {
            const QString key = QLatin1String(p.key);
            const bool freeText = key == QLatin1String("clause") || key == QLatin1String("clauseDe");
            const int length = freeText ? 80 : kCitationPart;
            if (!r.text(key, p.target, false, length))
                return owner.fail(QStringLiteral("cite"), *mError);
            if (!freeText && !p.target->isEmpty() && !partPattern.match(*p.target).hasMatch())
                return owner.fail(QStringLiteral("cite"),
                    RuleSetLoader::tr("%1 must be a number or letters such as 11, 3a or VII").arg(quoted(key)));
        }
        const bool inText
            = !c->subsection.isEmpty() || !c->sentence.isEmpty() || !c->number.isEmpty() || !c->letter.isEmpty();
        QString why;
        if (!c->clauseDe.isEmpty() && law.kind != Law::Kind::Standard)
            return owner.fail(QStringLiteral("cite"), RuleSetLoader::tr("only a standard is cited by a clause"));
        switch (law.kind) {
        case Law::Kind::Statute:
            if (c->section.isEmpty() == c->annex.isEmpty() || !c->article.isEmpty() || !c->clause.isEmpty()
                || (inText && c->section.isEmpty()))
                why = RuleSetLoader::tr("a statute is cited by its section (with subsection, sentence, number) or "
                                        "its annex");
            break;
        case Law::Kind::EuAct:
            if (c->article.isEmpty() == c->annex.isEmpty() || !c->section.isEmpty() || !c->clause.isEmpty()
                || !c->sentence.isEmpty() || (inText && c->article.isEmpty()))
                why = RuleSetLoader::tr("an EU act is cited by its article (with paragraph, point, letter) or its "
                                        "annex");
            break;
        case Law::Kind::Standard:
            if (c->clause.isEmpty() || inText || !c->section.isEmpty() || !c->article.isEmpty() || !c->annex.isEmpty())
                why = RuleSetLoader::tr("a standard is cited by a clause");
            break;
        case Law::Kind::Plan:
            if (inText || !c->section.isEmpty() || !c->article.isEmpty() || !c->annex.isEmpty() || !c->clause.isEmpty())
                why = RuleSetLoader::tr("the plan's own figures are cited without parts");
            break;
        }
        return why.isEmpty() || owner.fail(QStringLiteral("cite"), why);
    }

    bool readExemption(const QJsonObject &o, qsizetype index, RuleSet *set)
    {
        ObjectReader r(o, RuleSetLoader::tr("exemption %L1").arg(index + 1), mError);
        Exemption e;
        if (!r.onlyKeys({ QStringLiteral("id"), QStringLiteral("law"), QStringLiteral("cite"),
                QStringLiteral("summary"), QStringLiteral("summaryDe"), QStringLiteral("verified") })
            || !r.id(QStringLiteral("id"), &e.id))
            return false;
        const Law *law = readLawReference(r, &e.law, set);
        if (!law || !readCitation(r, *law, &e.citation)
            || !r.text(QStringLiteral("summary"), &e.summary, true, kLongText)
            || !r.text(QStringLiteral("summaryDe"), &e.summaryDe, false, kLongText) || !r.verified(&e.primarySource))
            return false;
        if (set->exemption(e.id))
            return r.fail(QStringLiteral("id"), RuleSetLoader::tr("%1 is used twice").arg(quoted(e.id)));
        set->exemptions.push_back(e);
        return true;
    }

    bool readFine(const QJsonObject &o, qsizetype index, RuleSet *set)
    {
        ObjectReader r(o, RuleSetLoader::tr("fine %L1").arg(index + 1), mError);
        Fine f;
        std::optional<double> maxEur;
        QJsonArray rules;
        if (!r.onlyKeys({ QStringLiteral("id"), QStringLiteral("law"), QStringLiteral("cite"), QStringLiteral("maxEur"),
                QStringLiteral("rules"), QStringLiteral("summary"), QStringLiteral("summaryDe"),
                QStringLiteral("verified") })
            || !r.id(QStringLiteral("id"), &f.id))
            return false;
        const Law *law = readLawReference(r, &f.law, set);
        if (!law || !readCitation(r, *law, &f.citation) || !r.number(QStringLiteral("maxEur"), &maxEur, true, 0, 1e9)
            || !r.array(QStringLiteral("rules"), &rules, true, 1, 200)
            || !r.text(QStringLiteral("summary"), &f.summary, true, kLongText)
            || !r.text(QStringLiteral("summaryDe"), &f.summaryDe, false, kLongText) || !r.verified(&f.primarySource))
            return false;
        f.maxEur = *maxEur;
        for (const QJsonValue &v : rules) {
            if (!v.isString() || !set->rule(v.toString()))
                return r.fail(QStringLiteral("rules"),
                    RuleSetLoader::tr("%1 is no rule of the rule set").arg(quoted(v.toVariant().toString())));
            f.rules << v.toString();
        }
        set->fines.push_back(f);
        return true;
    }

    bool readScope(const ObjectReader &owner, RuleScope *scope)
    {
        QJsonObject o;
        if (!owner.object(QStringLiteral("scope"), &o, false))
            return false;
        ObjectReader r(o, QString(), mError);
        auto fail = [&] { return owner.fail(QStringLiteral("scope"), *mError); };
        QString measure;
        QJsonArray roles;
        if (!r.onlyKeys({ QStringLiteral("measure"), QStringLiteral("minKw"), QStringLiteral("minKwPublic"),
                QStringLiteral("startFrom"), QStringLiteral("startBefore"), QStringLiteral("roles") })
            || !r.choice(QStringLiteral("measure"), &measure,
                { QStringLiteral("siteConnectedPower"), QStringLiteral("itPower") }, false)
            || !r.number(QStringLiteral("minKw"), &scope->minKw, !measure.isEmpty(), 0, 1e7)
            || !r.number(QStringLiteral("minKwPublic"), &scope->minKwPublic, false, 0, 1e7)
            || !r.date(QStringLiteral("startFrom"), &scope->startFrom, false)
            || !r.date(QStringLiteral("startBefore"), &scope->startBefore, false)
            || !r.array(QStringLiteral("roles"), &roles, false, 1, 3))
            return fail();
        scope->measure = measure == QLatin1String("siteConnectedPower") ? RuleScope::Measure::SiteConnectedPower
            : measure == QLatin1String("itPower")                       ? RuleScope::Measure::ItPower
                                                                        : RuleScope::Measure::None;
        if (measure.isEmpty() && (scope->minKw || scope->minKwPublic))
            return owner.fail(QStringLiteral("scope"), RuleSetLoader::tr("a threshold needs a “measure”"));
        if (scope->minKwPublic && *scope->minKwPublic > *scope->minKw)
            return owner.fail(QStringLiteral("scope"),
                RuleSetLoader::tr("“minKwPublic” lowers the threshold for public bodies: it cannot exceed “minKw”"));
        if (scope->startFrom.isValid() && scope->startBefore.isValid() && scope->startFrom >= scope->startBefore)
            return owner.fail(QStringLiteral("scope"), RuleSetLoader::tr("“startFrom” must lie before “startBefore”"));
        for (const QJsonValue &v : roles) {
            OperatorRole role {};
            if (!v.isString() || !enumFromName(v.toString(), &role))
                return owner.fail(QStringLiteral("scope"),
                    RuleSetLoader::tr("a role must be one of: %1")
                        .arg(enumNameList<OperatorRole>().join(QStringLiteral(", "))));
            if (std::find(scope->roles.begin(), scope->roles.end(), role) != scope->roles.end())
                return owner.fail(QStringLiteral("scope"), RuleSetLoader::tr("a role is named twice"));
            scope->roles.push_back(role);
        }
        return true;
    }

    bool readItems(const ObjectReader &parameters, const QJsonValue &value)
    {
        if (!value.isArray() || value.toArray().isEmpty() || value.toArray().size() > 60)
            return parameters.fail(QStringLiteral("items"), RuleSetLoader::tr("must be a list of 1 to 60 entries"));
        const QStringList fields = RuleSetFormat::reportableSiteFields();
        QSet<QString> ids;
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString where = RuleSetLoader::tr("item %L1").arg(i + 1);
            if (!items.at(i).isObject())
                return parameters.fail(QStringLiteral("items"), RuleSetLoader::tr("%1 must be an object").arg(where));
            ObjectReader r(items.at(i).toObject(), QString(), mError);
            QString id;
            QString text;
            QString field;
            QString figure;
            if (!r.onlyKeys({ QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("labelDe"),
                    QStringLiteral("field"), QStringLiteral("figure"), QStringLiteral("evidence") })
                || !r.id(QStringLiteral("id"), &id) || !r.text(QStringLiteral("label"), &text, true)
                || !r.text(QStringLiteral("labelDe"), &text, false)
                || !r.choice(QStringLiteral("field"), &field, fields, false)
                || !r.choice(QStringLiteral("figure"), &figure, { QStringLiteral("itPower") }, false)
                || (r.has(QStringLiteral("evidence")) && !r.flag(QStringLiteral("evidence"))))
                return parameters.fail(QStringLiteral("items"), RuleSetLoader::tr("%1: %2").arg(where, *mError));
            const int sources
                = int(!field.isEmpty()) + int(!figure.isEmpty()) + int(r.value(QStringLiteral("evidence")).toBool());
            if (sources != 1 || (r.has(QStringLiteral("evidence")) && !r.value(QStringLiteral("evidence")).toBool()))
                return parameters.fail(QStringLiteral("items"),
                    RuleSetLoader::tr("%1 needs exactly one of “field”, “figure” or “evidence”: true").arg(where));
            if (ids.contains(id))
                return parameters.fail(QStringLiteral("items"), RuleSetLoader::tr("%1 is used twice").arg(quoted(id)));
            ids.insert(id);
        }
        return true;
    }

    bool readParameters(const ObjectReader &owner, const QString &check, QJsonObject *out)
    {
        const std::vector<ParameterSpec> &specs = checkKind(check)->parameters;
        QJsonObject o;
        if (!owner.object(QStringLiteral("parameters"), &o, !specs.empty()))
            return false;
        ObjectReader r(o, QString(), mError);
        QStringList names;
        for (const ParameterSpec &spec : specs)
            names << QLatin1String(spec.name);
        auto fail = [&] { return owner.fail(QStringLiteral("parameters"), *mError); };
        if (!r.onlyKeys(names))
            return fail();
        for (const ParameterSpec &spec : specs) {
            const QString name = QLatin1String(spec.name);
            if (!r.has(name)) {
                if (spec.optional)
                    continue;
                r.fail(name, RuleSetLoader::tr("is missing"));
                return fail();
            }
            std::optional<double> number;
            QString text;
            bool ok = true;
            switch (spec.kind) {
            case ParameterSpec::Number:
            case ParameterSpec::WholeNumber:
                ok = r.number(name, &number, true, spec.min, spec.max, spec.kind == ParameterSpec::WholeNumber);
                break;
            case ParameterSpec::Flag:
                ok = r.flag(name);
                break;
            case ParameterSpec::Choice:
                ok = r.choice(name, &text, spec.choices, true);
                break;
            case ParameterSpec::Text:
                ok = r.text(name, &text, true, kLongText);
                break;
            case ParameterSpec::ClassTable: {
                QJsonObject table;
                ok = r.object(name, &table, true);
                if (!ok)
                    break;
                ObjectReader t(table, QString(), mError);
                ok = t.onlyKeys(enumNameList<AshraeClass>());
                for (const QString &cls : enumNameList<AshraeClass>())
                    ok = ok && t.number(cls, &number, true, spec.min, spec.max);
                if (!ok)
                    r.fail(name, *mError);
                break;
            }
            case ParameterSpec::Items:
                if (!readItems(owner, r.value(name)))
                    return false;
                break;
            }
            if (!ok)
                return fail();
        }
        *out = o;
        return true;
    }

    bool readRule(const QJsonObject &o, qsizetype index, RuleSet *set)
    {
        Rule rule;
        rule.id = o.value(QStringLiteral("id")).toString().left(80);
        ObjectReader r(o, RuleSetLoader::tr("rule %L1 (%2)").arg(index + 1).arg(quoted(rule.id)), mError);
        QJsonArray exemptions;
        if (!r.onlyKeys({ QStringLiteral("id"), QStringLiteral("check"), QStringLiteral("law"), QStringLiteral("cite"),
                QStringLiteral("summary"), QStringLiteral("summaryDe"), QStringLiteral("verified"),
                QStringLiteral("url"), QStringLiteral("validFrom"), QStringLiteral("scope"),
                QStringLiteral("exemptions"), QStringLiteral("parameters") })
            || !r.id(QStringLiteral("id"), &rule.id)
            || !r.choice(QStringLiteral("check"), &rule.check, RuleSet::knownChecks(), true))
            return false;
        const Law *law = readLawReference(r, &rule.law, set);
        if (!law || !readCitation(r, *law, &rule.citation)
            || !r.text(QStringLiteral("summary"), &rule.summary, true, kLongText)
            || !r.text(QStringLiteral("summaryDe"), &rule.summaryDe, false, kLongText)
            || !r.verified(&rule.primarySource) || !readUrl(r, &rule.url)
            || !r.date(QStringLiteral("validFrom"), &rule.validFrom, true) || !readScope(r, &rule.scope)
            || !r.array(QStringLiteral("exemptions"), &exemptions, false, 1, 20)
            || !readParameters(r, rule.check, &rule.parameters))
            return false;
        for (const QJsonValue &v : exemptions) {
            if (!v.isString() || !set->exemption(v.toString()))
                return r.fail(QStringLiteral("exemptions"),
                    RuleSetLoader::tr("%1 is no exemption of the rule set").arg(quoted(v.toVariant().toString())));
            rule.exemptions << v.toString();
        }
        if (set->rule(rule.id))
            return r.fail(QStringLiteral("id"), RuleSetLoader::tr("%1 is used twice").arg(quoted(rule.id)));
        set->rules.push_back(rule);
        return true;
    }

    QString *mError;
};

}  // namespace

bool RuleSetLoader::fromBytes(const QByteArray &bytes, RuleSet *ruleSet, QString *error)
{
    // Names and values from the file may hold line breaks: the reason is one line whatever they hold.
    if (!parse(bytes, ruleSet, error)) {
        *error = oneLine(*error);
        return false;
    }
    return true;
}

bool RuleSetLoader::parse(const QByteArray &bytes, RuleSet *ruleSet, QString *error)
{
    if (bytes.size() > kMaxBytes) {
        *error = tr("The rule set is larger than %L1 bytes.").arg(kMaxBytes);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject()) {
        *error = parseError.error == QJsonParseError::NoError ? tr("The rule set is not a JSON object.")
                                                              : tr("The rule set is not valid JSON: %1 (at byte %L2).")
                                                                    .arg(parseError.errorString())
                                                                    .arg(parseError.offset);
        return false;
    }
    if (const QString repeated = repeatedJsonMemberPath(bytes); !repeated.isEmpty()) {
        *error = tr("The rule set names %1 twice.").arg(repeated);
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("rackwerk-rules")) {
        *error = tr("The file is not a Rackwerk rule set.");
        return false;
    }
    const QJsonValue version = root.value(QLatin1String("formatVersion"));
    if (version.toDouble(1) != kFormatVersion) {
        *error = tr("The rule set has format version %1; this Rackwerk reads version %2.")
                     .arg(version.isUndefined() ? QStringLiteral("1") : version.toVariant().toString().left(20))
                     .arg(kFormatVersion);
        return false;
    }
    RuleSet set;
    QString why;
    if (!Parser(&why).run(root, &set)) {
        *error = tr("The rule set is not valid: %1.").arg(why);
        return false;
    }
    // The parser names its entries one by one; the shape the schema is generated from must agree with it.
    if (const QString mismatch = JsonShapeCheck::check(root, shape()); !mismatch.isEmpty()) {
        *error = tr("The rule set is not valid: %1").arg(mismatch);
        return false;
    }
    *ruleSet = set;
    return true;
}

}  // namespace rw
