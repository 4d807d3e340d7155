// SPDX-License-Identifier: GPL-3.0-or-later
#include "ruleset.h"

#include "checkkinds.h"

#include "i18n/datetext.h"
#include "i18n/language.h"

#include <QFile>
#include <QFileInfo>

namespace rw {

/// The translated words of citations and rule set descriptions.
class RuleText {
    Q_DECLARE_TR_FUNCTIONS(rw::RuleText)
public:
    static bool german() { return Language::current() == QLatin1String("de"); }
    static QString pick(const QString &english, const QString &german)
    {
        return RuleText::german() && !german.isEmpty() ? german : english;
    }
    static QString part(const QString &value, const QString &pattern)
    {
        return value.isEmpty() ? QString() : pattern.arg(value);
    }
};

QString Law::nameText() const
{
    return RuleText::pick(name, nameDe);
}

QString Law::titleText() const
{
    return RuleText::pick(title, titleDe);
}

QString Law::versionText() const
{
    QString text = version.isEmpty() ? titleText() : RuleText::tr("%1 (%2)").arg(titleText(), version);
    if (inForce.isValid())
        text += RuleText::tr(", in force since %1").arg(DateText::of(inForce));
    if (draft)
        text += RuleText::tr(", a draft: not law");
    return text;
}

QString Citation::text(const Law &law) const
{
    const QString name = law.nameText();
    switch (law.kind) {
    case Law::Kind::Statute:
        if (!annex.isEmpty())
            return RuleText::tr("%1 annex %2", "citation of an annex of a German statute: law, annex").arg(name, annex);
        return RuleText::tr(
            "%1 section %2%3%4%5%6", "citation of a German statute: law, section, subsection, sentence, number, letter")
            .arg(name, section, RuleText::part(subsection, RuleText::tr("(%1)", "subsection of a German statute")),
                RuleText::part(sentence, RuleText::tr(" sentence %1", "sentence of a German statute")),
                RuleText::part(number, RuleText::tr(" no. %1", "number of a German statute")),
                RuleText::part(letter, RuleText::tr(" letter %1", "letter of a German statute")));
    case Law::Kind::EuAct:
        if (!annex.isEmpty())
            return RuleText::tr("Annex %2 to %1", "citation of an annex of an EU act: act, annex").arg(name, annex);
        return RuleText::tr("Article %2%3%4%5 of %1", "citation of an EU act: act, article, paragraph, point, letter")
            .arg(name, article, RuleText::part(subsection, RuleText::tr("(%1)", "paragraph of an EU article")),
                RuleText::part(number, RuleText::tr(" point %1", "point of an EU article")),
                RuleText::part(letter, RuleText::tr(" (%1)", "letter of an EU article")));
    case Law::Kind::Standard:
        return clause.isEmpty()
            ? name
            : RuleText::tr("%1, %2", "standard, clause").arg(name, RuleText::pick(clause, clauseDe));
    case Law::Kind::Plan:
        return name;
    }
    return name;
}

QString Exemption::summaryText() const
{
    return RuleText::pick(summary, summaryDe);
}

QString Fine::summaryText() const
{
    return RuleText::pick(summary, summaryDe);
}

QString Rule::summaryText() const
{
    return RuleText::pick(summary, summaryDe);
}

QString Rule::text(const QString &name) const
{
    return RuleText::pick(parameters.value(name).toString(), parameters.value(name + QStringLiteral("De")).toString());
}

const Law *RuleSet::law(const QString &lawId) const
{
    for (const Law &l : laws)
        if (l.id == lawId)
            return &l;
    return nullptr;
}

const Exemption *RuleSet::exemption(const QString &exemptionId) const
{
    for (const Exemption &e : exemptions)
        if (e.id == exemptionId)
            return &e;
    return nullptr;
}

const Rule *RuleSet::rule(const QString &ruleId) const
{
    for (const Rule &r : rules)
        if (r.id == ruleId)
            return &r;
    return nullptr;
}

QString RuleSet::titleText() const
{
    return RuleText::pick(title, titleDe);
}

QString RuleSet::describe() const
{
    const QString text = RuleText::tr("%1, version %2 of %3").arg(id, version, DateText::of(date));
    return draft ? RuleText::tr("%1 (DRAFT, not law)").arg(text) : text;
}

QString RuleSet::citationText(const Rule &rule) const
{
    const Law *l = law(rule.law);
    return l ? rule.citation.text(*l) : QString();  // the loader made sure the law is there
}

QString RuleSet::sourceText(const Rule &rule) const
{
    const QString citation = citationText(rule);
    QString text = citation.isEmpty()
        ? rule.summaryText()
        : RuleText::tr("%1: %2", "citation: what the rule demands").arg(citation, rule.summaryText());
    if (!rule.primarySource)
        text += QLatin1Char(' ') + RuleText::tr("[secondary source: the law text itself was not read]");
    return text;
}

QStringList RuleSet::knownChecks()
{
    QStringList names;
    for (const CheckKind &kind : checkKinds())
        names << kind.name;
    return names;
}

bool RuleSetLoader::load(const QString &path, RuleSet *ruleSet, QString *error)
{
    const QString fullPath = QFileInfo(path).absoluteFilePath();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the rule set %1: %2").arg(fullPath, file.errorString());
        return false;
    }
    if (file.size() > kMaxBytes) {
        *error = tr("Cannot load the rule set %1: it is larger than %L2 bytes.").arg(fullPath).arg(kMaxBytes);
        return false;
    }
    QString why;
    if (!fromBytes(file.readAll(), ruleSet, &why)) {
        *error = tr("Cannot load the rule set %1: %2").arg(fullPath, why);
        return false;
    }
    return true;
}

const RuleSet &RuleSetLoader::bundled()
{
    static const RuleSet set = [] {
        QFile file(QStringLiteral(":/rackwerk/rules/de-enefg-2023.json"));
        RuleSet s;
        QString error;
        // The bundled file is checked by the tests; a broken build must not pass silently.
        if (!file.open(QIODevice::ReadOnly) || !fromBytes(file.readAll(), &s, &error))
            qFatal("bundled rule set unreadable: %s", qPrintable(error));
        return s;
    }();
    return set;
}

}  // namespace rw
