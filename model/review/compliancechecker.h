// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "projectionsummaries.h"
#include "reviewfile.h"
#include "ruleset.h"

#include "plan/plan.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <limits>
#include <utility>
#include <vector>

namespace rw {

enum class CheckStatus { Pass, Fail, NotAssessable, NotApplicable, Exempt };

/// Where the figure a check judged comes from.
enum class CheckBasis {
    None,  ///< nothing judged (not assessable, not applicable)
    Declared,  ///< the bidder's declared target (Site), not backed by a projection
    Projected,  ///< a thermal or energy projection
    Computed,  ///< Rackwerk's analysis of the plan (budgets, failure analysis)
    Reviewer,  ///< confirmed by the reviewer from other documents
};

/// The result of one rule (or one tender threshold) for one plan.
struct CheckResult {
    static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

    QString ruleId;  ///< stable; tender thresholds are "tender-KEY"
    QString title;  ///< translated, with the limit
    CheckStatus status = CheckStatus::NotAssessable;
    CheckBasis basis = CheckBasis::None;
    double value = kNone;  ///< the figure judged, in the unit of `unit`; NaN when none
    double limit = kNone;
    QString unit;  ///< "", "%", "°C", "kW", "class"
    QString valueText;  ///< value and limit formatted in the current locale
    QString limitText;
    QString detail;  ///< translated: how the figure was obtained, what is wrong, what is missing
    QString exemption;  ///< translated: the exemption the reviewer recorded, with its evidence; empty = none
    QString source;  ///< citation of the rule text (as in the rule set) or the tender
    QString url;
    QDate validFrom;  ///< when the rule came into force
    QDate relevantDate;  ///< the plan's date the rule was chosen by (start of operation)
    std::vector<Id> racks;  ///< racks to show on the floor plan for a failing check
    /// Further figures of the check by key, for scripts (the JSON form); the detail says them in words.
    std::vector<std::pair<QString, double>> figures;
    double figure(const QString &key) const;  ///< NaN when the check gave none of that key
};

struct ComplianceReport {
    QString ruleSetId;
    QString ruleSetVersion;
    QDate ruleSetDate;
    QString ruleSetText;  ///< translated: id, version and date, marked where a draft
    bool ruleSetDraft = false;
    QStringList laws;  ///< translated: each law of the rule set in the version applied
    QStringList context;  ///< translated: fines and other context the rule set gives
    std::vector<CheckResult> results;

    int count(CheckStatus status) const;
};

class ComplianceChecker {
    Q_DECLARE_TR_FUNCTIONS(rw::ComplianceChecker)
public:
    static ComplianceReport run(const Plan &plan, const ProjectionInputs &projections, const Review &review,
        const RuleSet &rules = RuleSetLoader::bundled());

    static QString statusName(CheckStatus status);  ///< translated
    static QString statusKey(CheckStatus status);  ///< "pass", "fail", "notAssessable", "notApplicable"
    static QString basisName(CheckBasis basis);  ///< translated
    static QString basisKey(CheckBasis basis);
};

}  // namespace rw
