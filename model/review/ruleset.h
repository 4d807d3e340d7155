// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/entities.h"
#include "store/jsonshape.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace rw {

/// A law (or standard) a rule set implements, in the version the rules were written against.
struct Law {
    enum class Kind { Statute, EuAct, Standard, Plan };
    QString id;  ///< referenced by rules: "enefg"
    Kind kind = Kind::Statute;
    QString name;  ///< short name in citations: "EnEfG", "Delegated Regulation (EU) 2024/1364"
    QString nameDe;
    QString title;  ///< full title with its date
    QString titleDe;
    QString version;  ///< the version implemented: "BGBl. 2023 I Nr. 309"
    QDate date;  ///< of that version; invalid where a draft's date is not known
    QDate inForce;  ///< invalid where not in force (a draft) or not known
    bool draft = false;
    QString url;

    QString nameText() const;  ///< in the language of the interface
    QString titleText() const;
    /// "Energieeffizienzgesetz vom 13. November 2023 (BGBl. 2023 I Nr. 309), in force since 18 November 2023"
    QString versionText() const;
};

/// Where in a law a rule's text stands: § 11 Abs. 2 Satz 1 Nr. 1 EnEfG; Art. 12 Abs. 1 ...; Anlage 3 EnEfG.
struct Citation {
    QString section;  ///< § (statutes)
    QString article;  ///< Art. (EU acts)
    QString annex;  ///< Anlage / Annex
    QString subsection;  ///< Abs. / paragraph
    QString sentence;
    QString number;
    QString letter;
    QString clause;  ///< free text for standards: "table 2.1"
    QString clauseDe;  ///< the same in German, where it differs

    /// The citation in the language of the interface, with the law's name.
    QString text(const Law &law) const;
};

/// To which sites a rule applies. Every condition comes from the rule file.
struct RuleScope {
    enum class Measure { None, SiteConnectedPower, ItPower };
    Measure measure = Measure::None;  ///< the size the thresholds apply to
    std::optional<double> minKw;  ///< applies from this size
    std::optional<double> minKwPublic;  ///< ... or from this size where the site is publicly owned
    QDate startFrom;  ///< applies to sites starting operation on or after this date; invalid = any
    QDate startBefore;  ///< ... and before this date; invalid = any
    std::vector<OperatorRole> roles;  ///< the duty is theirs; empty = whoever the bidder is
};

/// A ground on which a rule does not apply, recorded by the reviewer with the evidence seen.
struct Exemption {
    QString id;  ///< the key in the review file
    QString law;
    Citation citation;
    QString summary;
    QString summaryDe;
    bool primarySource = false;  ///< its text was read in the law itself

    QString summaryText() const;
};

/// A fine the law sets for breaking some rules: context for the report, not a check.
struct Fine {
    QString id;
    QString law;
    Citation citation;
    double maxEur = 0.0;
    QStringList rules;
    QString summary;
    QString summaryDe;
    bool primarySource = false;

    QString summaryText() const;
};

/// One rule of a rule set: which check it parameterises, where in which law it stands, from when and to
/// which sites it applies, and on which grounds it does not.
struct Rule {
    QString id;  ///< stable, e.g. "enefg-11-2-pue-new"
    QString check;  ///< the check that evaluates it, e.g. "pueLimit"
    QString law;  ///< id of a Law of the rule set
    Citation citation;
    QString summary;  ///< what the rule demands, in English
    QString summaryDe;
    bool primarySource = false;  ///< the text was read in the law itself (else only in secondary sources)
    QString url;
    QDate validFrom;  ///< the obligation applies from this date
    RuleScope scope;
    QStringList exemptions;  ///< ids of Exemptions of the rule set
    QJsonObject parameters;  ///< the figures (limits, shares, items), checked on loading for the check

    QString summaryText() const;  ///< in the language of the interface
    double number(const QString &name) const { return parameters.value(name).toDouble(); }
    QString text(const QString &name) const;  ///< NAME or NAMEDe by the language of the interface
};

/// A versioned, dated set of rules (laws change: a new version is a new file, never an edit in place). A newer
/// file, e.g. after an amendment, is loaded at run time; a draft is marked as one.
struct RuleSet {
    QString id;
    QString version;
    QDate date;
    bool draft = false;
    QString title;
    QString titleDe;
    QString note;
    QString noteDe;
    std::vector<Law> laws;
    std::vector<Exemption> exemptions;
    std::vector<Fine> fines;
    std::vector<Rule> rules;

    const Law *law(const QString &lawId) const;
    const Exemption *exemption(const QString &exemptionId) const;
    const Rule *rule(const QString &ruleId) const;
    QString titleText() const;
    /// "de-enefg-2023, version 2026.12.2 of 7 December 2026", with "DRAFT, not law" for a draft.
    QString describe() const;
    /// Source of a rule in the language of the interface: citation, law version, summary, and a mark
    /// where only secondary sources were read.
    QString sourceText(const Rule &rule) const;
    QString citationText(const Rule &rule) const;

    /// The checks the built-in code knows; a rule naming another check is rejected on loading.
    static QStringList knownChecks();
};

class RuleSetLoader {
    Q_DECLARE_TR_FUNCTIONS(rw::RuleSetLoader)
public:
    static constexpr qint64 kMaxBytes = 1024 * 1024;
    static constexpr int kFormatVersion = 2;

    /// The rule set bundled with Rackwerk (resources/rules/de-enefg-2023.json).
    static const RuleSet &bundled();
    /// Parses and checks a rule set from untrusted bytes; returns false with a translated one-line reason
    /// and leaves *ruleSet alone when anything is malformed, unknown or out of range.
    static bool fromBytes(const QByteArray &bytes, RuleSet *ruleSet, QString *error);
    /// The same from a file; the reason names the file by its full path.
    static bool load(const QString &path, RuleSet *ruleSet, QString *error);
    /// Every member a rule set may have, with its type and range (parameters by check): fromBytes checks each
    /// document against it, and docs/schemas/rule-set.schema.json is generated from it.
    static const JsonShape &shape();

private:
    static bool parse(const QByteArray &bytes, RuleSet *ruleSet, QString *error);
};

}  // namespace rw
