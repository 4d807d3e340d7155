#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace rw {

/// One rule of a rule set: which check it parameterises, where its figures come from, from when it
/// is in force and to which sites it applies (by their start of operation).
struct Rule {
    QString id;  ///< stable, e.g. "enefg-11-pue-new"
    QString check;  ///< the check that evaluates it, e.g. "pueLimit"
    QString source;  ///< citation of the rule text, in English as shipped
    QString sourceDe;  ///< the same in German, where the rule set has it ("sourceDe")
    QString url;
    QDate validFrom;  ///< the obligation applies from this date
    QDate startFrom;  ///< applies to sites starting operation on or after this date; invalid = any
    QDate startBefore;  ///< ... and before this date; invalid = any
    QJsonObject parameters;  ///< the figures (limits, shares, thresholds), by name

    /// The citation in the language of the interface (English where the rule set has no translation).
    QString sourceText() const;

    double number(const QString &name, double fallback = 0.0) const
    {
        return parameters.value(name).toDouble(fallback);
    }
};

/// A versioned, dated set of rules (laws change: a new version is a new file, never an edit in place).
struct RuleSet {
    QString id;
    QString version;
    QDate date;
    QString title;
    QString titleDe;
    std::vector<Rule> rules;

    /// The checks the built-in code knows; a rule naming another check is rejected on loading.
    static QStringList knownChecks();
};

class RuleSetLoader {
    Q_DECLARE_TR_FUNCTIONS(rw::RuleSetLoader)
public:
    /// The rule set bundled with Rackwerk (resources/rules/de-enefg-2023.json).
    static const RuleSet &bundled();
    /// Parses and checks a rule set; returns false with a translated reason when it is malformed.
    static bool fromBytes(const QByteArray &bytes, RuleSet *ruleSet, QString *error);
};

}  // namespace rw
