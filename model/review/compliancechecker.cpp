// SPDX-License-Identifier: GPL-3.0-or-later
#include "compliancechecker.h"

#include "checkkinds.h"

#include "analysis/contingency.h"
#include "analysis/coolingbudget.h"
#include "i18n/datetext.h"
#include "i18n/labels.h"
#include "i18n/language.h"
#include "plan/ashraelimits.h"
#include "plan/completenesschecks.h"
#include "plan/entitytraits.h"
#include "plan/enumnames.h"
#include "plan/fields.h"
#include "plan/plansummary.h"
#include "projection/gridramps.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>

namespace rw {

double CheckResult::figure(const QString &key) const
{
    for (const auto &[name, figureValue] : figures)
        if (name == key)
            return figureValue;
    return kNone;
}

int ComplianceReport::count(CheckStatus status) const
{
    return int(std::count_if(results.begin(), results.end(), [&](const auto &r) { return r.status == status; }));
}

QString ComplianceChecker::statusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return tr("Pass");
    case CheckStatus::Fail:
        return tr("Fail");
    case CheckStatus::NotAssessable:
        return tr("Not assessable");
    case CheckStatus::NotApplicable:
        return tr("Not applicable");
    case CheckStatus::Exempt:
        return tr("Exempt");
    }
    return {};
}

QString ComplianceChecker::statusKey(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QStringLiteral("pass");
    case CheckStatus::Fail:
        return QStringLiteral("fail");
    case CheckStatus::NotAssessable:
        return QStringLiteral("notAssessable");
    case CheckStatus::NotApplicable:
        return QStringLiteral("notApplicable");
    case CheckStatus::Exempt:
        return QStringLiteral("exempt");
    }
    return {};
}

QString ComplianceChecker::basisName(CheckBasis basis)
{
    switch (basis) {
    case CheckBasis::None:
        return QString();
    case CheckBasis::Declared:
        return tr("declared");
    case CheckBasis::Projected:
        return tr("projected");
    case CheckBasis::Computed:
        return tr("computed");
    case CheckBasis::Reviewer:
        return tr("confirmed by reviewer");
    }
    return {};
}

QString ComplianceChecker::basisKey(CheckBasis basis)
{
    switch (basis) {
    case CheckBasis::None:
        return QStringLiteral("none");
    case CheckBasis::Declared:
        return QStringLiteral("declared");
    case CheckBasis::Projected:
        return QStringLiteral("projected");
    case CheckBasis::Computed:
        return QStringLiteral("computed");
    case CheckBasis::Reviewer:
        return QStringLiteral("reviewer");
    }
    return {};
}

namespace {

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QString percent(double share)
{
    return ComplianceChecker::tr("%1 %").arg(number(share * 100.0, 1));
}

bool german()
{
    return Language::current() == QLatin1String("de");
}

QString date(const QDate &d)
{
    return DateText::of(d);
}

/// A figure a check judges, with where it came from.
struct Figure {
    std::optional<double> value;
    CheckBasis basis = CheckBasis::None;
    QString how;  ///< translated: "projected P50 ...", "declared by the bidder, not projected"
};

}  // namespace

/// Everything the checks need, computed once.
struct CheckContext {
    const Plan &plan;
    const ProjectionInputs &projections;
    const Review &review;
    const RuleSet &rules;
    PlanSummary summary;
    PowerAnalysis power;
    CoolingBudget cooling;
    Completeness completeness;
};

namespace {

using Context = CheckContext;

/// The translated name of a site declaration, as the site dialog shows it.
QString declarationName(const QString &field)
{
    return Labels::field(EntityKind::Site, field).text;
}

/// Where the bidder fills in the declarations a check needs.
QString fillIn(const QStringList &fields)
{
    QStringList names;
    QStringList keys;
    for (const QString &field : fields) {
        names << ComplianceChecker::tr("“%1”").arg(declarationName(field));
        keys << QStringLiteral("site.") + field;
    }
    return ComplianceChecker::tr("Fill in %1 under Edit > Site and assumptions (%2 in the JSON form).")
        .arg(names.join(QStringLiteral(", ")), keys.join(QStringLiteral(", ")));
}

QString fillIn(const QString &field)
{
    return fillIn(QStringList { field });
}

Figure annualPue(const Context &c)
{
    if (c.projections.energy)
        return { c.projections.energy->annualPueP50, CheckBasis::Projected,
            ComplianceChecker::tr("Projected annual PUE: P50 %1, P95 %2 (%L3 trials).")
                .arg(number(c.projections.energy->annualPueP50, 3), number(c.projections.energy->annualPueP95, 3))
                .arg(QLocale().toString(c.projections.energy->samples)) };
    if (!c.plan.site().pueTarget)
        return { std::nullopt, CheckBasis::None,
            ComplianceChecker::tr("No energy projection has been run, and the PUE target is not declared.")
                + QLatin1Char(' ') + fillIn(QStringLiteral("pueTarget")) };
    return { c.plan.site().pueTarget, CheckBasis::Declared,
        ComplianceChecker::tr("Declared PUE target of the bidder, not projected: no energy projection has been run.") };
}

Figure energyReuse(const Context &c, int year)
{
    // A projection's reuse comes from the declared share (without a declaration it would assume none), and from the
    // reuse stages of the coolant loops where it projected them.
    const bool fromLoops = c.projections.energy && c.projections.energy->reuseFromLoops;
    if (!c.plan.site().plannedHeatReuseShare && !fromLoops)
        return { std::nullopt, CheckBasis::None,
            ComplianceChecker::tr("The planned energy reuse share is not declared.") + QLatin1Char(' ')
                + fillIn(QStringLiteral("plannedHeatReuseShare")) };
    if (c.projections.energy && !c.projections.energy->erfByYear.empty()) {
        const auto &years = c.projections.energy->erfByYear;
        const std::size_t index = std::min(std::size_t(std::max(year, 0)), years.size() - 1);
        return { years[index], CheckBasis::Projected,
            fromLoops ? ComplianceChecker::tr("Projected energy reuse factor in operating year %1, with the heat the "
                                              "coolant loops' reuse stages deliver through the weather year.")
                            .arg(index + 1)
                      : ComplianceChecker::tr("Projected energy reuse factor in operating year %1.").arg(index + 1) };
    }
    return { c.plan.site().plannedHeatReuseShare, CheckBasis::Declared,
        ComplianceChecker::tr(
            "Declared planned heat reuse share of the bidder, not projected: no energy projection has been "
            "run.") };
}

Figure renewable(const Context &c)
{
    if (c.projections.energy && c.projections.energy->renewableShare)
        return { *c.projections.energy->renewableShare, CheckBasis::Projected,
            ComplianceChecker::tr("Projected renewable energy factor (REF).") };
    if (!c.plan.site().renewableShare)
        return { std::nullopt, CheckBasis::None,
            ComplianceChecker::tr("The renewable electricity share is not declared.") + QLatin1Char(' ')
                + fillIn(QStringLiteral("renewableShare")) };
    return { c.plan.site().renewableShare, CheckBasis::Declared,
        ComplianceChecker::tr("Declared renewable electricity share of the bidder, not projected.") };
}

/// Lowest power headroom over every rated node after the worst single failure, as a share of the rating.
std::optional<double> powerHeadroom(const Context &c, QString *where)
{
    std::optional<double> lowest;
    for (const NodeBudget &b : c.power.budgets) {
        if (b.ratingKw <= 0)
            continue;
        const double share = b.headroomKw() / b.ratingKw;
        if (!lowest || share < *lowest) {
            lowest = share;
            const PowerNode *node = c.plan.find<PowerNode>(b.nodeId);
            *where = node ? node->name : QString();
        }
    }
    return lowest;
}

/// Lowest cooling headroom (capacity after redundancy minus load, over that capacity) of any duty.
std::optional<double> coolingHeadroom(const Context &c, QString *where)
{
    std::optional<double> lowest;
    auto consider = [&](double loadKw, double capacityKw, const QString &name) {
        if (loadKw <= 0 && capacityKw <= 0)
            return;
        const double share = capacityKw > 0 ? (capacityKw - loadKw) / capacityKw : -1.0;
        if (!lowest || share < *lowest) {
            lowest = share;
            *where = name;
        }
    };
    for (const CoolingArea &area : c.cooling.halls) {
        const Hall *hall = c.plan.find<Hall>(area.hallId);
        const QString hallName = hall ? hall->name : QString();
        consider(area.airHeat.loadKw, area.airHeat.redundantKw, ComplianceChecker::tr("%1: air cooling").arg(hallName));
        consider(area.liquidHeat.loadKw, area.liquidHeat.redundantKw,
            ComplianceChecker::tr("%1: liquid cooling").arg(hallName));
    }
    if (c.cooling.heatRejection.units > 0)
        consider(c.cooling.heatRejection.heatKw, c.cooling.heatRejection.redundantKw,
            ComplianceChecker::tr("heat rejection"));
    return lowest;
}

/// The rule file may carry its own table (an amended guideline); without one, the ASHRAE table of the engines.
double allowableInletC(const Rule &rule, AshraeClass ashrae, const char *table)
{
    return rule.parameters.value(QLatin1String(table))
        .toObject()
        .value(enumName(ashrae))
        .toDouble(AshraeInletLimits::of(ashrae).allowableMaxC);
}

/// The same figure in percent, for shares judged against limits in percent.
Figure inPercent(Figure figure)
{
    if (figure.value)
        figure.value = *figure.value * 100.0;
    return figure;
}

void notAssessable(CheckResult &r, const QString &why);

/// Judges the figure against the limit; a figure nobody declared or projected is not assessable.
void setFigure(CheckResult &r, const Figure &figure, double limit, const QString &unit, bool higherIsBetter,
    const QString &valueText, const QString &limitText)
{
    if (!figure.value) {
        notAssessable(r, figure.how);
        return;
    }
    r.basis = figure.basis;
    r.value = *figure.value;
    r.limit = limit;
    r.unit = unit;
    r.valueText = valueText;
    r.limitText = limitText;
    const bool ok = higherIsBetter ? *figure.value + 1e-9 >= limit : *figure.value <= limit + 1e-9;
    r.status = ok ? CheckStatus::Pass : CheckStatus::Fail;
    r.detail = figure.how;
}

void notAssessable(CheckResult &r, const QString &why)
{
    r.status = CheckStatus::NotAssessable;
    r.basis = CheckBasis::None;
    r.detail = why;
}

/// Whether the rule applies to a site by its start of operation; nullopt when the plan gives no start
/// and the rule depends on it.
std::optional<bool> appliesByStart(const RuleScope &scope, const QDate &start)
{
    if (!scope.startFrom.isValid() && !scope.startBefore.isValid())
        return true;
    if (!start.isValid())
        return std::nullopt;
    if (scope.startFrom.isValid() && start < scope.startFrom)
        return false;
    if (scope.startBefore.isValid() && start >= scope.startBefore)
        return false;
    return true;
}

QString startWindow(const RuleScope &scope)
{
    if (scope.startFrom.isValid() && scope.startBefore.isValid())
        return ComplianceChecker::tr("sites starting operation from %1 and before %2")
            .arg(date(scope.startFrom), date(scope.startBefore));
    if (scope.startFrom.isValid())
        return ComplianceChecker::tr("sites starting operation from %1").arg(date(scope.startFrom));
    return ComplianceChecker::tr("sites that started operation before %1").arg(date(scope.startBefore));
}

QString kw(double value)
{
    return ComplianceChecker::tr("%1 kW").arg(number(value, 0));
}

/// "sites of at least 1,000 kW non-redundant connected power (300 kW where publicly owned)"
QString sizeWindow(const RuleScope &scope)
{
    const QString measure = scope.measure == RuleScope::Measure::ItPower
        ? ComplianceChecker::tr("sites of at least %1 IT power").arg(kw(*scope.minKw))
        : ComplianceChecker::tr("sites of at least %1 non-redundant connected power").arg(kw(*scope.minKw));
    return scope.minKwPublic
        ? ComplianceChecker::tr("%1 (%2 where publicly owned)").arg(measure, kw(*scope.minKwPublic))
        : measure;
}

QString rolesText(const std::vector<OperatorRole> &roles)
{
    QStringList names;
    for (OperatorRole role : roles)
        names << Labels::of(role);
    return names.join(ComplianceChecker::tr(" or "));
}

/// Decides from the rule file's scope whether the rule applies to this site; where it does not, or cannot be
/// told, sets the result accordingly and returns false.
bool inScope(const Rule &rule, const Context &c, CheckResult &r)
{
    const Site &site = c.plan.site();
    const RuleScope &scope = rule.scope;
    const auto byStart = appliesByStart(scope, site.startOfOperation);
    if (!byStart) {
        notAssessable(r,
            ComplianceChecker::tr("The plan gives no start of operation, so it cannot be told whether this rule "
                                  "applies (it covers %1).")
                    .arg(startWindow(scope))
                + QLatin1Char(' ') + fillIn(QStringLiteral("startOfOperation")));
        return false;
    }
    if (!*byStart) {
        r.status = CheckStatus::NotApplicable;
        r.detail = ComplianceChecker::tr("Applies to %1; this plan starts operation on %2.")
                       .arg(startWindow(scope), date(site.startOfOperation));
        return false;
    }
    if (scope.measure != RuleScope::Measure::None) {
        std::optional<double> size;
        QString sizeHow;
        if (scope.measure == RuleScope::Measure::ItPower) {
            size = c.summary.nameplateItKw;
            sizeHow = ComplianceChecker::tr("the plan's IT power (nameplate) is %1").arg(kw(*size));
        } else if (site.connectedPowerKw) {
            size = site.connectedPowerKw;
            sizeHow = ComplianceChecker::tr("the site's declared non-redundant connected power is %1").arg(kw(*size));
        } else {
            notAssessable(r,
                ComplianceChecker::tr("Whether this rule applies depends on the site's size: it covers %1.")
                        .arg(sizeWindow(scope))
                    + QLatin1Char(' ') + fillIn(QStringLiteral("connectedPowerKw")));
            return false;
        }
        const bool large = *size + 1e-9 >= *scope.minKw;
        const bool publicSize = scope.minKwPublic && *size + 1e-9 >= *scope.minKwPublic;
        if (!large && publicSize && !site.publicOwnership) {
            notAssessable(r,
                ComplianceChecker::tr("The rule covers %1, and %2: whether the site is publicly owned decides.")
                        .arg(sizeWindow(scope), sizeHow)
                    + QLatin1Char(' ') + fillIn(QStringLiteral("publicOwnership")));
            return false;
        }
        if (!large && !(publicSize && *site.publicOwnership)) {
            r.status = CheckStatus::NotApplicable;
            r.detail = ComplianceChecker::tr("Applies to %1; %2.").arg(sizeWindow(scope), sizeHow);
            return false;
        }
    }
    if (!scope.roles.empty()) {
        if (!site.operatorRole) {
            notAssessable(r,
                ComplianceChecker::tr("The duty is that of the %1: the bidder's role decides.")
                        .arg(rolesText(scope.roles))
                    + QLatin1Char(' ') + fillIn(QStringLiteral("operatorRole")));
            return false;
        }
        if (std::find(scope.roles.begin(), scope.roles.end(), *site.operatorRole) == scope.roles.end()) {
            r.status = CheckStatus::NotApplicable;
            r.detail = ComplianceChecker::tr("The duty is that of the %1; the bidder declares the role %2.")
                           .arg(rolesText(scope.roles), Labels::of(*site.operatorRole));
            return false;
        }
    }
    return true;
}

/// The reviewer's recorded exemption that exempts this rule, or nullptr.
const RecordedExemption *exemptionFor(const Rule &rule, const Context &c, const Exemption **ground)
{
    for (const RecordedExemption &recorded : c.review.exemptions) {
        if (!rule.exemptions.contains(recorded.exemption))
            continue;
        *ground = c.rules.exemption(recorded.exemption);
        if (*ground)
            return &recorded;
    }
    return nullptr;
}

QString noThermal()
{
    return ComplianceChecker::tr("No thermal projection has been run.");
}

void checkInlet(const Context &c, const Rule *rule, double tenderLimitC, CheckResult &r)
{
    if (!c.projections.thermal) {
        notAssessable(r, noThermal());
        return;
    }
    double highest = -1e9;
    double tightestLimit = 1e9;
    int above = 0;
    int aboveRecommended = 0;
    for (const auto &[rackId, inletC] : c.projections.thermal->maxInletCByRack) {
        const Rack *rack = c.plan.find<Rack>(rackId);
        const Hall *hall = rack ? c.plan.find<Hall>(rack->hallId) : nullptr;
        if (!hall)
            continue;
        const double limit = rule ? allowableInletC(*rule, hall->ashraeClass, "allowableMaxC") : tenderLimitC;
        highest = std::max(highest, inletC);
        tightestLimit = std::min(tightestLimit, limit);
        if (inletC > limit + 1e-9) {
            ++above;
            r.racks.push_back(rackId);
        }
        if (rule && inletC > allowableInletC(*rule, hall->ashraeClass, "recommendedMaxC") + 1e-9)
            ++aboveRecommended;
    }
    if (tightestLimit > 1e8) {
        notAssessable(r, ComplianceChecker::tr("The thermal projection has no rack of this plan."));
        return;
    }
    r.basis = CheckBasis::Projected;
    r.value = highest;
    r.limit = tightestLimit;
    r.unit = QStringLiteral("°C");
    r.valueText = ComplianceChecker::tr("%1 °C").arg(number(highest, 1));
    r.limitText = ComplianceChecker::tr("%1 °C").arg(number(tightestLimit, 1));
    r.status = above == 0 ? CheckStatus::Pass : CheckStatus::Fail;
    r.detail = ComplianceChecker::tr(
        "Highest projected inlet temperature (%1). %L2 of %L3 racks above the allowable limit of "
        "their hall's class")
                   .arg(c.projections.thermal->scenario())
                   .arg(above)
                   .arg(c.projections.thermal->maxInletCByRack.size());
    if (rule)
        r.detail += ComplianceChecker::tr("; %L1 above the recommended envelope.").arg(aboveRecommended);
    else
        r.detail += QLatin1Char('.');
}

/// The annual PUE of every operating year from year graceYears + 1, by the percentile the rule names.
Figure pueOverYears(const Rule &rule, const Context &c, int *worstYear)
{
    const int grace = int(rule.number(QStringLiteral("graceYears")));
    const bool p95 = rule.text(QStringLiteral("projectionPercentile")) == QLatin1String("p95");
    *worstYear = 0;
    if (!c.projections.energy)
        return annualPue(c);
    const EnergySummary &e = *c.projections.energy;
    const std::vector<double> &years = p95 ? e.pueP95ByYear : e.pueP50ByYear;
    const QString percentile = p95 ? QStringLiteral("P95") : QStringLiteral("P50");
    if (years.empty()) {
        return { p95 ? e.annualPueP95 : e.annualPueP50, CheckBasis::Projected,
            ComplianceChecker::tr(
                "Projected annual PUE of the worst year projected, %1 of %L2 trials (P50 %3, P95 %4).")
                .arg(percentile)
                .arg(e.samples)
                .arg(number(e.annualPueP50, 3), number(e.annualPueP95, 3)) };
    }
    if (int(years.size()) <= grace)
        return { std::nullopt, CheckBasis::None,
            ComplianceChecker::tr("The projection covers %n operating year(s); the limit applies from year %1. "
                                  "Run the load projection over more years.",
                nullptr, int(years.size()))
                .arg(grace + 1) };
    std::size_t worst = std::size_t(grace);
    for (std::size_t y = std::size_t(grace); y < years.size(); ++y)
        if (years[y] > years[worst])
            worst = y;
    *worstYear = int(worst) + 1;
    return { years[worst], CheckBasis::Projected,
        ComplianceChecker::tr("Projected annual PUE, %1 of %L2 trials, judged in every operating year from year "
                              "%3 to year %4; the highest is that of year %5.")
            .arg(percentile)
            .arg(e.samples)
            .arg(grace + 1)
            .arg(years.size())
            .arg(worst + 1) };
}

void checkPue(const Rule &rule, const Context &c, CheckResult &r)
{
    const double limit = rule.number(QStringLiteral("maxPue"));
    r.title = ComplianceChecker::tr("Annual PUE at most %1 from %2").arg(number(limit, 2), date(rule.validFrom));
    if (!inScope(rule, c, r))
        return;
    int worstYear = 0;
    const Figure pue = pueOverYears(rule, c, &worstYear);
    setFigure(r, pue, limit, QString(), false, number(pue.value.value_or(0), 3), number(limit, 2));
    if (pue.value && rule.parameters.value(QStringLiteral("wasteHeatUpgradeExcluded")).toBool())
        r.detail += QLatin1Char(' ')
            + ComplianceChecker::tr("The power of heat pumps that only upgrade waste heat is not counted in the PUE.");
}

void checkErf(const Rule &rule, const Context &c, CheckResult &r)
{
    const double limit = rule.number(QStringLiteral("minErf"));
    const int grace = int(rule.number(QStringLiteral("graceYears")));
    r.title = ComplianceChecker::tr("Energy reuse factor at least %1").arg(percent(limit));
    if (!inScope(rule, c, r))
        return;
    // A projection shorter than the grace cannot show the year the target is judged in.
    const std::size_t years = c.projections.energy ? c.projections.energy->erfByYear.size() : 0;
    if (years > 0 && int(years) <= grace
        && (c.plan.site().plannedHeatReuseShare || c.projections.energy->reuseFromLoops)) {
        notAssessable(r,
            ComplianceChecker::tr("The projection covers %n operating year(s); the limit applies from year %1. "
                                  "Run the load projection over more years.",
                nullptr, int(years))
                .arg(grace + 1));
        return;
    }
    const Figure erf = energyReuse(c, grace);
    setFigure(
        r, inPercent(erf), limit * 100.0, QStringLiteral("%"), true, percent(erf.value.value_or(0)), percent(limit));
    if (erf.value)
        r.detail += QLatin1Char(' ')
            + ComplianceChecker::tr("Judged in operating year %1: the target must be met at the latest %n year(s) "
                                    "after the start of operation.",
                nullptr, grace)
                  .arg(grace + 1);
}

/// The grid operator connects the site for a contracted power (at 110 kV under VDE-AR-N 4120, at 220/380 kV
/// under 4130); the projected hourly peak must stay within it. Hourly means: the synchronised swings of
/// training jobs within an hour come on top and are said so.
void checkGridConnection(const Rule &rule, const Context &c, CheckResult &r)
{
    r.title = ComplianceChecker::tr("Projected peak demand within the site's connected power");
    const std::optional<double> contracted = c.plan.site().connectedPowerKw;
    if (!contracted) {
        notAssessable(r,
            ComplianceChecker::tr(
                "The site declares no connected power, which this check takes as its contracted grid connection.")
                + QLatin1Char(' ') + fillIn(QStringLiteral("connectedPowerKw")));
        return;
    }
    const bool p95 = rule.text(QStringLiteral("projectionPercentile")) == QLatin1String("p95");
    const EnergySummary *e = c.projections.energy ? &*c.projections.energy : nullptr;
    const std::vector<double> *years = e ? (p95 ? &e->peakFacilityKwP95ByYear : &e->peakFacilityKwP50ByYear) : nullptr;
    if (!years || years->empty()) {
        notAssessable(r,
            ComplianceChecker::tr("The peak demand comes from the load projection, and none has been run for this "
                                  "review."));
        return;
    }
    const auto worst = std::size_t(std::max_element(years->begin(), years->end()) - years->begin());
    const double peak = (*years)[worst];
    const Figure figure { peak, CheckBasis::Projected,
        ComplianceChecker::tr("Highest hourly mean facility power, %1 of %L2 trials, in operating year %3. The "
                              "synchronised power swings of training jobs within an hour come on top of it.")
            .arg(p95 ? QStringLiteral("P95") : QStringLiteral("P50"))
            .arg(e->samples)
            .arg(worst + 1) };
    setFigure(r, figure, *contracted, QStringLiteral("kW"), false, kw(peak), kw(*contracted));
}

QString mw(double kw, int decimals = 1)
{
    return ComplianceChecker::tr("%1 MW").arg(number(kw / 1000.0, decimals));
}

/// "12,3 MW/s, 24,6 MW/min"
QString ramps(double perSecondKw, double perMinuteKw)
{
    return ComplianceChecker::tr("%1 MW/s, %2 MW/min")
        .arg(number(perSecondKw / 1000.0, 2), number(perMinuteKw / 1000.0, 1));
}

/// The grid operator limits how fast the site's draw may change, per second and per minute (connection agreement
/// under VDE-AR-N 4120 or 4130). The training jobs' synchronised swings within the hour make the fastest changes;
/// the smoothing sized here takes the part of them the limits do not let through (projection/gridramps.h).
void checkGridRamp(const Rule &rule, const Context &c, CheckResult &r)
{
    r.title = ComplianceChecker::tr("Training power swings within the grid operator's ramp limits");
    const std::optional<double> connected = c.plan.site().connectedPowerKw;
    // A limit in MW (the connection agreement's figure) wins over the rule's share of the connected power.
    const bool secondInMw = rule.parameters.contains(QLatin1String("maxRampMwPerSecond"));
    const bool minuteInMw = rule.parameters.contains(QLatin1String("maxRampMwPerMinute"));
    if (!(secondInMw && minuteInMw) && !connected) {
        notAssessable(r,
            ComplianceChecker::tr("The rule sets the ramp limits as shares of the connected power, and the site "
                                  "declares none.")
                + QLatin1Char(' ') + fillIn(QStringLiteral("connectedPowerKw")));
        return;
    }
    RampLimits limits;
    limits.perSecondKw = secondInMw ? rule.number(QStringLiteral("maxRampMwPerSecond")) * 1000.0
                                    : rule.number(QStringLiteral("maxRampSharePerSecond")) * *connected;
    limits.perMinuteKw = minuteInMw ? rule.number(QStringLiteral("maxRampMwPerMinute")) * 1000.0
                                    : rule.number(QStringLiteral("maxRampSharePerMinute")) * *connected;
    SwingTiming timing;
    timing.riseSeconds = rule.number(QStringLiteral("swingRiseSeconds"));
    timing.periodSeconds = rule.number(QStringLiteral("swingPeriodSeconds"));
    if (timing.periodSeconds < 2.0 * timing.riseSeconds) {
        notAssessable(r,
            ComplianceChecker::tr("The rule's swing period of %1 s is shorter than its rise and fall of %2 s each.")
                .arg(number(timing.periodSeconds, 3), number(timing.riseSeconds, 3)));
        return;
    }
    const bool p95 = rule.text(QStringLiteral("projectionPercentile")) == QLatin1String("p95");
    const EnergySummary *e = c.projections.energy ? &*c.projections.energy : nullptr;
    const std::vector<double> *years
        = e ? (p95 ? &e->trainingSwingKwP95ByYear : &e->trainingSwingKwP50ByYear) : nullptr;
    if (!years || years->empty()) {
        notAssessable(r,
            ComplianceChecker::tr("The training swings come from the load projection, and none has been run for "
                                  "this review."));
        return;
    }
    const auto worst = std::size_t(std::max_element(years->begin(), years->end()) - years->begin());
    const GridRamps g = gridRamps((*years)[worst], timing, limits);
    r.basis = CheckBasis::Projected;
    r.value = g.rampKwPerSecond / 1000.0;
    r.limit = limits.perSecondKw / 1000.0;
    r.unit = QStringLiteral("MW/s");
    r.valueText = ramps(g.rampKwPerSecond, g.rampKwPerMinute);
    r.limitText = ramps(limits.perSecondKw, limits.perMinuteKw);
    r.status = g.withinLimits ? CheckStatus::Pass : CheckStatus::Fail;
    const QString percentile = p95 ? QStringLiteral("P95") : QStringLiteral("P50");
    QStringList detail;
    detail << ComplianceChecker::tr("Largest synchronised swing of the training jobs within the hour, %1 of %L2 "
                                    "trials, in operating year %3: %4 above the hourly mean, %5 from trough to peak "
                                    "at the grid connection.")
                  .arg(percentile)
                  .arg(e->samples)
                  .arg(worst + 1)
                  .arg(mw(g.swingKw, 2), mw(g.rangeKw, 2));
    detail << ComplianceChecker::tr("Assumed: all running jobs swing in phase, their compute and communication phases "
                                    "lie alike above and below the mean, a swing rises in %1 s and repeats every "
                                    "%2 s, and cooling follows the hourly mean.")
                  .arg(number(timing.riseSeconds, 3), number(timing.periodSeconds, 1));
    const QString perSecond = secondInMw
        ? ComplianceChecker::tr("per second as the rule sets it")
        : ComplianceChecker::tr("per second %1 of the connected power of %2")
              .arg(percent(rule.number(QStringLiteral("maxRampSharePerSecond"))), mw(*connected, 1));
    const QString perMinute = minuteInMw
        ? ComplianceChecker::tr("per minute as the rule sets it")
        : ComplianceChecker::tr("per minute %1 of the connected power of %2")
              .arg(percent(rule.number(QStringLiteral("maxRampSharePerMinute"))), mw(*connected, 1));
    detail << ComplianceChecker::tr("Largest ramp %1 against the limits %2 (%3, %4).")
                  .arg(r.valueText, r.limitText, perSecond, perMinute);
    if (g.withinLimits)
        detail << ComplianceChecker::tr("No power smoothing is needed for these limits.");
    else
        detail << ComplianceChecker::tr("Power smoothing to meet them (site battery or rack-level storage): %1 and "
                                        "%2 kWh, taking the part of each swing beyond the %3 the grid may see, for "
                                        "one phase of %4 s.")
                      .arg(mw(g.smoothingKw, 2), number(g.smoothingKwh, 1), mw(g.gridRangeKw, 2),
                          number(timing.periodSeconds / 2.0, 1));
    const bool energyKnown = worst < e->facilityEnergyMWhP50ByYear.size();
    if (energyKnown)
        detail << ComplianceChecker::tr("Facility energy in that year: %1 MWh (P50).")
                      .arg(number(e->facilityEnergyMWhP50ByYear[worst], 0));
    // Limits nobody agreed (the bundled rule's placeholders) decide nothing: the figures are shown, the verdict
    // waits for the connection agreement's.
    if (rule.parameters.value(QStringLiteral("placeholderLimits")).toBool() && !(secondInMw && minuteInMw)) {
        r.status = CheckStatus::NotAssessable;
        detail.prepend(ComplianceChecker::tr("Not judged: the limits are set in the site's connection agreement, and "
                                             "this rule set carries placeholders for them. Enter the agreement's "
                                             "limits (maxRampMwPerSecond, maxRampMwPerMinute) in the review's rule "
                                             "set. Against the placeholders:"));
    }
    r.detail = detail.join(QLatin1Char(' '));
    r.figures = { { QStringLiteral("operatingYear"), double(worst + 1) },
        { QStringLiteral("swingMw"), g.swingKw / 1000.0 }, { QStringLiteral("rangeMw"), g.rangeKw / 1000.0 },
        { QStringLiteral("rampMwPerSecond"), g.rampKwPerSecond / 1000.0 },
        { QStringLiteral("rampMwPerMinute"), g.rampKwPerMinute / 1000.0 },
        { QStringLiteral("limitMwPerSecond"), limits.perSecondKw / 1000.0 },
        { QStringLiteral("limitMwPerMinute"), limits.perMinuteKw / 1000.0 },
        { QStringLiteral("gridRangeMw"), g.gridRangeKw / 1000.0 },
        { QStringLiteral("smoothingMw"), g.smoothingKw / 1000.0 }, { QStringLiteral("smoothingKwh"), g.smoothingKwh },
        { QStringLiteral("swingRiseSeconds"), timing.riseSeconds },
        { QStringLiteral("swingPeriodSeconds"), timing.periodSeconds } };
    if (energyKnown)
        r.figures.emplace_back(QStringLiteral("facilityEnergyMWh"), e->facilityEnergyMWhP50ByYear[worst]);
}

void checkRenewable(const Rule &rule, const Context &c, CheckResult &r)
{
    const double limit = rule.number(QStringLiteral("minShare"));
    r.title
        = ComplianceChecker::tr("Renewable electricity at least %1 from %2").arg(percent(limit), date(rule.validFrom));
    if (!inScope(rule, c, r))
        return;
    const Figure share = renewable(c);
    setFigure(r, inPercent(share), limit * 100.0, QStringLiteral("%"), true, percent(share.value.value_or(0)),
        percent(limit));
}

/// A duty a plan cannot show (a management system, a submission): the reviewer records what was seen.
void checkReviewerEvidence(const Rule &rule, const Context &c, CheckResult &r)
{
    r.title = rule.summaryText();
    if (!inScope(rule, c, r))
        return;
    if (const auto it = c.review.confirmations.find(rule.id); it != c.review.confirmations.end()) {
        r.status = CheckStatus::Pass;
        r.basis = CheckBasis::Reviewer;
        r.detail = ComplianceChecker::tr("The obligation applies. Confirmed by the reviewer: %1").arg(it->second);
        return;
    }
    notAssessable(r,
        ComplianceChecker::tr("The obligation applies, but a plan cannot show it: ask for %1 and record it in the "
                              "review.")
            .arg(rule.text(QStringLiteral("evidence"))));
}

/// A KPI or a piece of information a report must contain, and whether the plan states it.
struct ReportItem {
    QString label;
    std::optional<QString> value;  ///< formatted; nullopt = not stated
    QString field;  ///< the site declaration that states it, if any
};

ReportItem reportItem(const Rule &rule, const QJsonObject &item, const Context &c)
{
    ReportItem out;
    out.label = german() && item.contains(QStringLiteral("labelDe")) ? item.value(QStringLiteral("labelDe")).toString()
                                                                     : item.value(QStringLiteral("label")).toString();
    const QString field = item.value(QStringLiteral("field")).toString();
    if (item.value(QStringLiteral("figure")).toString() == QLatin1String("itPower")) {
        out.value = kw(c.summary.nameplateItKw);
    } else if (item.value(QStringLiteral("evidence")).toBool()) {
        if (const auto it
            = c.review.confirmations.find(rule.id + QLatin1Char('/') + item.value(QStringLiteral("id")).toString());
            it != c.review.confirmations.end())
            out.value = ComplianceChecker::tr("confirmed by the reviewer: %1").arg(it->second);
    } else if (field == QLatin1String("pueTarget")) {
        if (const Figure f = annualPue(c); f.value)
            out.value = number(*f.value, 2);
    } else if (field == QLatin1String("plannedHeatReuseShare")) {
        if (const Figure f = energyReuse(c, 0); f.value)
            out.value = percent(*f.value);
    } else if (field == QLatin1String("renewableShare")) {
        if (const Figure f = renewable(c); f.value)
            out.value = percent(*f.value);
    } else if (field == QLatin1String("wueLitrePerKWh")) {
        std::optional<double> wue = c.plan.site().wueLitrePerKWh;
        if (c.projections.energy && c.projections.energy->wueLitrePerKWh)
            wue = c.projections.energy->wueLitrePerKWh;
        if (wue)
            out.value = ComplianceChecker::tr("%1 l/kWh").arg(number(*wue, 2));
    } else {
        for (const auto &f : siteFields())
            if (f.name == field && f.get(c.plan.site()).isValid() && !f.get(c.plan.site()).toString().isEmpty())
                out.value = f.get(c.plan.site()).toString();
    }
    out.field = field;
    return out;
}

/// Every item a report must contain is stated (declared, projected or confirmed); a missing one is named.
void checkReportingItems(const Rule &rule, const Context &c, CheckResult &r)
{
    r.title = ComplianceChecker::tr("Reporting: %1").arg(rule.summaryText().section(QLatin1Char(':'), 0, 0));
    if (!inScope(rule, c, r))
        return;
    QStringList stated;
    QStringList missing;
    QStringList fields;
    QStringList evidence;
    for (const QJsonValue &v : rule.parameters.value(QStringLiteral("items")).toArray()) {
        const ReportItem item = reportItem(rule, v.toObject(), c);
        if (item.value) {
            stated << ComplianceChecker::tr("%1 %2").arg(item.label, *item.value);
            continue;
        }
        missing << item.label;
        if (!item.field.isEmpty())
            fields << item.field;
        else
            evidence << rule.id + QLatin1Char('/') + v.toObject().value(QStringLiteral("id")).toString();
    }
    r.basis = CheckBasis::Computed;
    r.valueText = stated.join(QStringLiteral("; "));
    r.limitText = ComplianceChecker::tr("every item, %1").arg(rule.text(QStringLiteral("deadline")));
    if (!missing.isEmpty()) {
        // Nothing is judged: the detail says what is stated and what is missing.
        QString why = ComplianceChecker::tr("Not stated: %1.").arg(missing.join(QStringLiteral(", ")));
        if (!stated.isEmpty())
            why += QLatin1Char(' ') + ComplianceChecker::tr("Stated: %1.").arg(stated.join(QStringLiteral("; ")));
        if (!fields.isEmpty())
            why += QLatin1Char(' ') + fillIn(fields);
        if (!evidence.isEmpty())
            why += QLatin1Char(' ')
                + ComplianceChecker::tr("The reviewer confirms the rest from the bidder's documents (%1 in the review "
                                        "file's confirmations).")
                      .arg(evidence.join(QStringLiteral(", ")));
        notAssessable(r, why);
        r.valueText.clear();
        r.limitText.clear();
        return;
    }
    r.status = CheckStatus::Pass;
    r.detail = ComplianceChecker::tr("Every item is stated (declared, projected or confirmed by the reviewer).");
}

void checkAvailability(const Rule &, const Context &c, CheckResult &r)
{
    const Site &site = c.plan.site();
    r.title = ComplianceChecker::tr("Declared EN 50600 availability class supported by the power chain");
    const AvailabilityAssessment &a = c.power.availability;
    if (!site.declaredAvailabilityClass) {
        const QString supported = a.supportedClass > 0
            ? ComplianceChecker::tr("The power chain supports class %1.").arg(a.supportedClass)
            : a.reason;
        notAssessable(r,
            ComplianceChecker::tr("The plan declares no availability class.") + QLatin1Char(' ')
                + fillIn(QStringLiteral("declaredAvailabilityClass")) + QLatin1Char(' ') + supported);
        return;
    }
    if (a.supportedClass == 0) {
        notAssessable(r, a.reason);
        return;
    }
    const int declared = *site.declaredAvailabilityClass;
    r.basis = CheckBasis::Computed;
    r.value = a.supportedClass;
    r.limit = declared;
    r.unit = QStringLiteral("class");
    r.valueText = ComplianceChecker::tr("class %1 supported").arg(a.supportedClass);
    r.limitText = ComplianceChecker::tr("class %1 declared").arg(declared);
    r.status = a.supportedClass >= declared ? CheckStatus::Pass : CheckStatus::Fail;
    r.detail = a.reason;
    if (r.status == CheckStatus::Fail && c.power.worstIndex >= 0) {
        const PowerState &worst = c.power.contingencies[std::size_t(c.power.worstIndex)];
        r.racks = worst.racksLost;
        r.racks.insert(r.racks.end(), worst.racksLimited.begin(), worst.racksLimited.end());
    }
}

void checkInletEnvelope(const Rule &rule, const Context &c, CheckResult &r)
{
    r.title = ComplianceChecker::tr("Rack inlet air within the ASHRAE allowable envelope of the hall's class");
    checkInlet(c, &rule, 0.0, r);
}

void checkFloorLoad(const Rule &, const Context &c, CheckResult &r)
{
    r.title = ComplianceChecker::tr("Floor and rack frame carry the racks' weight");
    if (c.cooling.floorLoads.empty()) {
        notAssessable(r, ComplianceChecker::tr("The plan has no racks."));
        return;
    }
    const FloorLoadCheck *worst = nullptr;
    double worstUse = -1;
    int over = 0;
    for (const FloorLoadCheck &f : c.cooling.floorLoads) {
        if (f.overFloor() || f.overPoint() || f.overFrame()) {
            ++over;
            r.racks.push_back(f.rackId);
        }
        const double use = f.floorRatingKgPerM2 > 0 ? f.distributedKgPerM2 / f.floorRatingKgPerM2 : 0.0;
        if (use > worstUse) {
            worstUse = use;
            worst = &f;
        }
    }
    r.basis = CheckBasis::Computed;
    r.unit = QStringLiteral("kg/m²");
    r.value = worst->distributedKgPerM2;
    r.limit = worst->floorRatingKgPerM2;
    r.valueText = ComplianceChecker::tr("%1 kg/m²").arg(number(worst->distributedKgPerM2, 0));
    r.limitText = ComplianceChecker::tr("%1 kg/m²").arg(number(worst->floorRatingKgPerM2, 0));
    r.status = over == 0 ? CheckStatus::Pass : CheckStatus::Fail;
    const Rack *rack = c.plan.find<Rack>(worst->rackId);
    r.detail = ComplianceChecker::tr(
        "Heaviest load per area: rack %1. %L2 of %L3 racks exceed the floor's distributed or point "
        "load rating or their frame's rating.")
                   .arg(rack ? rack->name : QString())
                   .arg(over)
                   .arg(c.cooling.floorLoads.size());
}

void checkPowerHeadroom(const Rule &, const Context &c, CheckResult &r)
{
    r.title = ComplianceChecker::tr("Every rated power node carries its load after the worst single failure");
    if (const QString gap = c.completeness.powerGap(); !gap.isEmpty()) {
        notAssessable(r, gap);
        return;
    }
    QString where;
    const auto headroom = powerHeadroom(c, &where);
    if (!headroom) {
        notAssessable(r, ComplianceChecker::tr("No power node of the plan has a rating."));
        return;
    }
    setFigure(r, { *headroom * 100.0, CheckBasis::Computed, {} }, 0.0, QStringLiteral("%"), true, percent(*headroom),
        percent(0));
    r.detail = ComplianceChecker::tr("Lowest headroom: %1.").arg(where);
}

void checkCoolingHeadroom(const Rule &, const Context &c, CheckResult &r)
{
    r.title = ComplianceChecker::tr("Cooling capacity after redundancy covers the heat load");
    if (const QString gaps = c.completeness.coolingGapsText(c.plan); !gaps.isEmpty()) {
        notAssessable(r, gaps);
        return;
    }
    QString where;
    const auto headroom = coolingHeadroom(c, &where);
    if (!headroom) {
        notAssessable(r, ComplianceChecker::tr("The plan has neither heat load nor cooling units."));
        return;
    }
    setFigure(r, { *headroom * 100.0, CheckBasis::Computed, {} }, 0.0, QStringLiteral("%"), true, percent(*headroom),
        percent(0));
    r.detail = ComplianceChecker::tr("Lowest headroom: %1.").arg(where);
}

void checkCoolingFailureSweep(const Rule &, const Context &c, CheckResult &r)
{
    r.title = ComplianceChecker::tr("Rack inlets stay in the allowable range after every single cooling failure");
    if (!c.projections.coolingSweep) {
        notAssessable(r, ComplianceChecker::tr("No cooling failure sweep has been run."));
        return;
    }
    const CoolingSweepSummary &sweep = *c.projections.coolingSweep;
    if (sweep.halls.empty()) {
        notAssessable(r, ComplianceChecker::tr("The cooling failure sweep has no hall."));
        return;
    }
    if (sweep.finished < sweep.runs || sweep.failed > 0) {
        notAssessable(r,
            ComplianceChecker::tr("The cooling failure sweep is incomplete: %L1 of %L2 runs finished, %L3 failed.")
                .arg(sweep.finished)
                .arg(sweep.runs)
                .arg(sweep.failed));
        return;
    }
    // The judged figure is the soonest any rack leaves the range; the limit is the length of the transients
    // (a rack that stays in the range that long passes).
    const CoolingSweepHall *worst = nullptr;
    double simulated = 0.0;
    int halls = 0;
    for (const CoolingSweepHall &hall : sweep.halls) {
        simulated = std::max(simulated, hall.simulatedSeconds);
        if (hall.firstExceedanceS < 0)
            continue;
        ++halls;
        if (!worst || hall.firstExceedanceS < worst->firstExceedanceS)
            worst = &hall;
    }
    r.basis = CheckBasis::Projected;
    r.unit = QStringLiteral("s");
    r.limit = simulated;
    r.limitText = ComplianceChecker::tr("%1 s").arg(number(simulated, 0));
    if (!worst) {
        r.value = simulated;
        r.valueText = ComplianceChecker::tr("none outside within %1 s").arg(number(simulated, 0));
        r.status = CheckStatus::Pass;
        r.detail = ComplianceChecker::tr("After every single cooling failure of %n hall(s) the rack inlets stay in "
                                         "the allowable range for the simulated %1 s (engine %2).",
            nullptr, int(sweep.halls.size()))
                       .arg(number(simulated, 0), sweep.engine.toUpper());
        return;
    }
    r.value = worst->firstExceedanceS;
    r.valueText = ComplianceChecker::tr("%1 s").arg(number(worst->firstExceedanceS, 0));
    r.status = CheckStatus::Fail;
    r.detail = ComplianceChecker::tr("Worst cooling failure %1 in %2: first rack (%3) outside the allowable range "
                                     "after %4 s; %L5 of %L6 halls affected (engine %7).")
                   .arg(worst->worstFailure, worst->hall, worst->firstRack, number(worst->firstExceedanceS, 0))
                   .arg(halls)
                   .arg(sweep.halls.size())
                   .arg(sweep.engine.toUpper());
}

CheckResult fromRule(const Rule &rule, const Context &c)
{
    CheckResult r;
    r.ruleId = rule.id;
    r.source = c.rules.sourceText(rule);
    r.url = rule.url;
    r.validFrom = rule.validFrom;
    r.relevantDate = c.plan.site().startOfOperation;
    checkKind(rule.check)->evaluate(rule, c, r);
    const bool applies = r.status != CheckStatus::NotApplicable;
    const Exemption *ground = nullptr;
    if (const RecordedExemption *recorded = applies ? exemptionFor(rule, c, &ground) : nullptr) {
        r.status = CheckStatus::Exempt;
        r.basis = CheckBasis::Reviewer;
        r.exemption = ComplianceChecker::tr("Exempt under %1 (%2). Evidence recorded by the reviewer: %3, %4 of %5.")
                          .arg(c.rules.law(ground->law) ? ground->citation.text(*c.rules.law(ground->law)) : QString(),
                              ground->summaryText(), recorded->evidenceKind, recorded->reference, date(recorded->date));
        r.detail = r.detail.isEmpty() ? r.exemption : r.exemption + QLatin1Char(' ') + r.detail;
    }
    return r;
}

CheckResult fromThreshold(const QString &key, double threshold, const Context &c)
{
    CheckResult r;
    r.ruleId = QStringLiteral("tender-") + key;
    r.title = ComplianceChecker::tr("Tender: %1").arg(ReviewFile::thresholdName(key));
    r.source = c.review.tender.isEmpty()
        ? ComplianceChecker::tr("Tender threshold set by the reviewer")
        : ComplianceChecker::tr("Tender %1 (threshold set by the reviewer)").arg(c.review.tender);
    r.relevantDate = c.plan.site().startOfOperation;
    if (key == QLatin1String("maxPue")) {
        const Figure pue = annualPue(c);
        setFigure(r, pue, threshold, QString(), false, number(pue.value.value_or(0), 3), number(threshold, 2));
    } else if (key == QLatin1String("minEnergyReuseShare")) {
        const Figure erf = energyReuse(c, 2);
        setFigure(r, inPercent(erf), threshold * 100.0, QStringLiteral("%"), true, percent(erf.value.value_or(0)),
            percent(threshold));
    } else if (key == QLatin1String("minRenewableShare")) {
        const Figure share = renewable(c);
        setFigure(r, inPercent(share), threshold * 100.0, QStringLiteral("%"), true, percent(share.value.value_or(0)),
            percent(threshold));
    } else if (key == QLatin1String("minAvailabilityClass")) {
        const AvailabilityAssessment &a = c.power.availability;
        if (a.supportedClass == 0) {
            notAssessable(r, a.reason);
            return r;
        }
        setFigure(r, { double(a.supportedClass), CheckBasis::Computed, a.reason }, threshold, QStringLiteral("class"),
            true, ComplianceChecker::tr("class %1 supported").arg(a.supportedClass),
            ComplianceChecker::tr("class %1").arg(number(threshold, 0)));
    } else if (key == QLatin1String("maxInletTempC")) {
        checkInlet(c, nullptr, threshold, r);
    } else if (key == QLatin1String("minPowerHeadroomShare") || key == QLatin1String("minCoolingHeadroomShare")) {
        QString where;
        const bool power = key == QLatin1String("minPowerHeadroomShare");
        const QString gap = power ? c.completeness.powerGap() : c.completeness.coolingGapsText(c.plan);
        if (!gap.isEmpty()) {
            notAssessable(r, gap);
            return r;
        }
        const auto headroom = power ? powerHeadroom(c, &where) : coolingHeadroom(c, &where);
        if (!headroom) {
            notAssessable(r,
                power ? ComplianceChecker::tr("No power node of the plan has a rating.")
                      : ComplianceChecker::tr("The plan has neither heat load nor cooling units."));
            return r;
        }
        setFigure(r,
            { *headroom * 100.0, CheckBasis::Computed, ComplianceChecker::tr("Lowest headroom: %1.").arg(where) },
            threshold * 100.0, QStringLiteral("%"), true, percent(*headroom), percent(threshold));
    }
    return r;
}

}  // namespace

const std::vector<CheckKind> &checkKinds()
{
    using P = ParameterSpec;
    static const QStringList percentiles { QStringLiteral("p50"), QStringLiteral("p95") };
    static const std::vector<CheckKind> kinds {
        { QStringLiteral("pueLimit"),
            { { "maxPue", P::Number, 1, 5 }, { "graceYears", P::WholeNumber, 0, 10 },
                { "projectionPercentile", P::Choice, 0, 0, percentiles }, { "wasteHeatUpgradeExcluded", P::Flag } },
            checkPue },
        { QStringLiteral("erfTarget"),
            { { "minErf", P::Number, 0, 1 }, { "graceYears", P::WholeNumber, 0, 10 },
                { "projectionPercentile", P::Choice, 0, 0, percentiles } },
            checkErf },
        { QStringLiteral("renewableShare"), { { "minShare", P::Number, 0, 1 } }, checkRenewable },
        { QStringLiteral("gridConnection"), { { "projectionPercentile", P::Choice, 0, 0, percentiles } },
            checkGridConnection },
        { QStringLiteral("gridRamp"),
            { { "projectionPercentile", P::Choice, 0, 0, percentiles }, { "maxRampSharePerSecond", P::Number, 0, 1 },
                { "maxRampSharePerMinute", P::Number, 0, 1 }, { "maxRampMwPerSecond", P::Number, 0, 100000, {}, true },
                { "maxRampMwPerMinute", P::Number, 0, 100000, {}, true }, { "swingRiseSeconds", P::Number, 0, 600 },
                { "swingPeriodSeconds", P::Number, 0.001, 3600 }, { "placeholderLimits", P::Flag } },
            checkGridRamp },
        { QStringLiteral("reviewerEvidence"), { { "evidence", P::Text }, { "evidenceDe", P::Text, 0, 0, {}, true } },
            checkReviewerEvidence },
        { QStringLiteral("reportingItems"),
            { { "deadline", P::Text }, { "deadlineDe", P::Text, 0, 0, {}, true }, { "items", P::Items } },
            checkReportingItems },
        { QStringLiteral("availabilityClass"), {}, checkAvailability },
        { QStringLiteral("inletEnvelope"),
            { { "allowableMaxC", P::ClassTable, 0, 100 }, { "recommendedMaxC", P::ClassTable, 0, 100 } },
            checkInletEnvelope },
        { QStringLiteral("floorLoad"), {}, checkFloorLoad },
        { QStringLiteral("powerHeadroom"), {}, checkPowerHeadroom },
        { QStringLiteral("coolingHeadroom"), {}, checkCoolingHeadroom },
        { QStringLiteral("coolingFailureSweep"), {}, checkCoolingFailureSweep },
    };
    return kinds;
}

const CheckKind *checkKind(const QString &name)
{
    for (const CheckKind &kind : checkKinds())
        if (kind.name == name)
            return &kind;
    return nullptr;
}

ComplianceReport ComplianceChecker::run(
    const Plan &plan, const ProjectionInputs &projections, const Review &review, const RuleSet &rules)
{
    Context context { plan, projections, review, rules, summarize(plan), PowerAnalyzer::analyze(plan),
        CoolingBudgeter::compute(plan), CompletenessChecks::assess(plan) };
    ComplianceReport report;
    report.ruleSetId = rules.id;
    report.ruleSetVersion = rules.version;
    report.ruleSetDate = rules.date;
    report.ruleSetText = rules.describe();
    report.ruleSetDraft = rules.draft;
    for (const Law &law : rules.laws)
        if (law.kind != Law::Kind::Plan)  // the plan's own ratings are no law with a version
            report.laws << law.versionText();
    for (const Fine &fine : rules.fines) {
        const Law *law = rules.law(fine.law);
        report.context << ComplianceChecker::tr("%1: %2").arg(
            law ? fine.citation.text(*law) : QString(), fine.summaryText());
    }
    for (const Rule &rule : rules.rules)
        report.results.push_back(fromRule(rule, context));
    for (const auto &[key, value] : review.thresholds)
        report.results.push_back(fromThreshold(key, value, context));
    return report;
}

}  // namespace rw
