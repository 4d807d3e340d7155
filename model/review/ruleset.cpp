#include "ruleset.h"

#include "i18n/oneline.h"
#include "i18n/language.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace rw {

QString Rule::sourceText() const
{
    return Language::current() == QLatin1String("de") && !sourceDe.isEmpty() ? sourceDe : source;
}

QStringList RuleSet::knownChecks()
{
    return { QStringLiteral("pueLimit"), QStringLiteral("erfTarget"), QStringLiteral("renewableShare"),
        QStringLiteral("energyManagement"), QStringLiteral("euReportingKpis"), QStringLiteral("availabilityClass"),
        QStringLiteral("inletEnvelope"), QStringLiteral("floorLoad"), QStringLiteral("powerHeadroom"),
        QStringLiteral("coolingHeadroom") };
}

namespace {

bool readDate(const QJsonObject &o, const char *key, bool required, QDate *date, QString *why)
{
    const QJsonValue value = o.value(QLatin1String(key));
    if (value.isUndefined() && !required)
        return true;
    *date = QDate::fromString(value.toString(), Qt::ISODate);
    if (!date->isValid()) {
        *why = RuleSetLoader::tr("\"%1\" is not a date (yyyy-mm-dd)").arg(QLatin1String(key));
        return false;
    }
    return true;
}

}  // namespace

bool RuleSetLoader::fromBytes(const QByteArray &bytes, RuleSet *ruleSet, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (!doc.isObject()) {
        *error = tr("The rule set is not valid JSON: %1").arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("rackwerk-rules")) {
        *error = tr("The file is not a Rackwerk rule set.");
        return false;
    }
    RuleSet set;
    set.id = root.value(QLatin1String("id")).toString();
    set.version = root.value(QLatin1String("version")).toString();
    set.title = root.value(QLatin1String("title")).toString();
    set.titleDe = root.value(QLatin1String("titleDe")).toString();
    QString why;
    if (set.id.isEmpty() || set.version.isEmpty() || !readDate(root, "date", true, &set.date, &why)) {
        *error = tr("The rule set has no id, version or date. %1").arg(why);
        return false;
    }
    const QStringList checks = RuleSet::knownChecks();
    const QJsonArray rules = root.value(QLatin1String("rules")).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject o = rules.at(i).toObject();
        Rule rule;
        rule.id = o.value(QLatin1String("id")).toString();
        rule.check = o.value(QLatin1String("check")).toString();
        rule.source = o.value(QLatin1String("source")).toString();
        rule.sourceDe = o.value(QLatin1String("sourceDe")).toString();
        rule.url = o.value(QLatin1String("url")).toString();
        rule.parameters = o;
        auto bad = [&](const QString &reason) {
            *error = oneLine(tr("Rule %1 (\"%2\") of the rule set: %3").arg(i + 1).arg(rule.id.left(80), reason));
            return false;
        };
        if (rule.id.isEmpty() || rule.source.isEmpty())
            return bad(tr("it needs an id and a source"));
        if (!checks.contains(rule.check))
            return bad(tr("unknown check \"%1\"").arg(rule.check.left(80)));
        if (!readDate(o, "validFrom", true, &rule.validFrom, &why)
            || !readDate(o, "startFrom", false, &rule.startFrom, &why)
            || !readDate(o, "startBefore", false, &rule.startBefore, &why))
            return bad(why);
        set.rules.push_back(rule);
    }
    if (set.rules.empty()) {
        *error = tr("The rule set has no rules.");
        return false;
    }
    *ruleSet = set;
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
