#include "compliancechecker.h"

#include "analysis/contingency.h"
#include "analysis/coolingbudget.h"
#include "i18n/datetext.h"
#include "i18n/labels.h"
#include "plan/completenesschecks.h"
#include "plan/enumnames.h"
#include "plan/plansummary.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>

namespace rw {

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

/// Everything the checks need, computed once.
struct Context {
    const Plan &plan;
    const ProjectionInputs &projections;
    const Review &review;
    PlanSummary summary;
    PowerAnalysis power;
    CoolingBudget cooling;
    Completeness completeness;
};

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
    // A projection's reuse comes from the declared share: without a declaration it would assume none.
    if (!c.plan.site().plannedHeatReuseShare)
        return { std::nullopt, CheckBasis::None,
            ComplianceChecker::tr("The planned energy reuse share is not declared.") + QLatin1Char(' ')
                + fillIn(QStringLiteral("plannedHeatReuseShare")) };
    if (c.projections.energy && !c.projections.energy->erfByYear.empty()) {
        const auto &years = c.projections.energy->erfByYear;
        const std::size_t index = std::min(std::size_t(std::max(year, 0)), years.size() - 1);
        return { years[index], CheckBasis::Projected,
            ComplianceChecker::tr("Projected energy reuse factor in operating year %1.").arg(index + 1) };
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

double allowableInletC(const Rule &rule, AshraeClass ashrae, const char *table)
{
    return rule.parameters.value(QLatin1String(table)).toObject().value(enumName(ashrae)).toDouble(35.0);
}

/// Whether the rule applies to a site by its start of operation; nullopt when the plan gives no start
/// and the rule depends on it.
std::optional<bool> appliesByStart(const Rule &rule, const QDate &start)
{
    if (!rule.startFrom.isValid() && !rule.startBefore.isValid())
        return true;
    if (!start.isValid())
        return std::nullopt;
    if (rule.startFrom.isValid() && start < rule.startFrom)
        return false;
    if (rule.startBefore.isValid() && start >= rule.startBefore)
        return false;
    return true;
}

QString startWindow(const Rule &rule)
{
    if (rule.startFrom.isValid() && rule.startBefore.isValid())
        return ComplianceChecker::tr("sites starting operation from %1 and before %2")
            .arg(date(rule.startFrom), date(rule.startBefore));
    if (rule.startFrom.isValid())
        return ComplianceChecker::tr("sites starting operation from %1").arg(date(rule.startFrom));
    return ComplianceChecker::tr("sites that started operation before %1").arg(date(rule.startBefore));
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

CheckResult fromRule(const Rule &rule, const Context &c)
{
    CheckResult r;
    r.ruleId = rule.id;
    r.source = rule.sourceText();
    r.url = rule.url;
    r.validFrom = rule.validFrom;
    r.relevantDate = c.plan.site().startOfOperation;
    const Site &site = c.plan.site();

    auto applyStart = [&]() {
        const auto applies = appliesByStart(rule, site.startOfOperation);
        if (!applies) {
            notAssessable(r,
                ComplianceChecker::tr("The plan gives no start of operation, so it cannot be told whether this rule "
                                      "applies (it covers %1).")
                        .arg(startWindow(rule))
                    + QLatin1Char(' ') + fillIn(QStringLiteral("startOfOperation")));
            return false;
        }
        if (!*applies) {
            r.status = CheckStatus::NotApplicable;
            r.detail = ComplianceChecker::tr("Applies to %1; this plan starts operation on %2.")
                           .arg(startWindow(rule), date(site.startOfOperation));
            return false;
        }
        return true;
    };

    if (rule.check == QLatin1String("pueLimit")) {
        const double limit = rule.number(QStringLiteral("maxPue"), 1.2);
        r.title = ComplianceChecker::tr("Annual PUE at most %1 from %2").arg(number(limit, 2), date(rule.validFrom));
        if (!applyStart())
            return r;
        const Figure pue = annualPue(c);
        setFigure(r, pue, limit, QString(), false, number(pue.value.value_or(0), 3), number(limit, 2));
    } else if (rule.check == QLatin1String("erfTarget")) {
        const double limit = rule.number(QStringLiteral("minErf"));
        const int grace = int(rule.number(QStringLiteral("graceYears"), 2));
        r.title = ComplianceChecker::tr("Energy reuse factor at least %1").arg(percent(limit));
        if (!applyStart())
            return r;
        const Figure erf = energyReuse(c, grace);
        setFigure(r, inPercent(erf), limit * 100.0, QStringLiteral("%"), true, percent(erf.value.value_or(0)),
            percent(limit));
        if (erf.value)
            r.detail += QLatin1Char(' ')
                + ComplianceChecker::tr(
                    "The target must be met at the latest %n year(s) after the start of operation; the "
                    "exemptions of the rule (e.g. a waste-heat contract) are not assessed.",
                    nullptr, grace);
    } else if (rule.check == QLatin1String("renewableShare")) {
        const double limit = rule.number(QStringLiteral("minShare"));
        r.title = ComplianceChecker::tr("Renewable electricity at least %1 from %2")
                      .arg(percent(limit), date(rule.validFrom));
        const Figure share = renewable(c);
        setFigure(r, inPercent(share), limit * 100.0, QStringLiteral("%"), true, percent(share.value.value_or(0)),
            percent(limit));
    } else if (rule.check == QLatin1String("energyManagement")) {
        const double threshold = rule.number(QStringLiteral("minItKw"));
        r.title
            = ComplianceChecker::tr("Energy management system for sites of %1 kW IT or more").arg(number(threshold, 0));
        r.value = c.summary.nameplateItKw;
        r.limit = threshold;
        r.unit = QStringLiteral("kW");
        r.valueText = ComplianceChecker::tr("%1 kW").arg(number(c.summary.nameplateItKw, 0));
        r.limitText = ComplianceChecker::tr("%1 kW").arg(number(threshold, 0));
        r.basis = CheckBasis::Computed;
        if (c.summary.nameplateItKw < threshold) {
            r.status = CheckStatus::NotApplicable;
            r.detail = ComplianceChecker::tr("The plan's IT power (nameplate) is below the threshold.");
        } else if (const auto it = c.review.confirmations.find(rule.id); it != c.review.confirmations.end()) {
            r.status = CheckStatus::Pass;
            r.basis = CheckBasis::Reviewer;
            r.detail = ComplianceChecker::tr("The obligation applies. Confirmed by the reviewer: %1").arg(it->second);
        } else {
            r.status = CheckStatus::NotAssessable;
            r.detail = ComplianceChecker::tr(
                "The obligation applies, but a plan cannot show a management system: ask for the "
                "certificate (ISO 50001 or EMAS) and record it in the review.");
        }
    } else if (rule.check == QLatin1String("euReportingKpis")) {
        const double threshold = rule.number(QStringLiteral("minItKw"));
        r.title = ComplianceChecker::tr("EU reporting KPIs (PUE, WUE, ERF, REF) for sites of %1 kW IT or more")
                      .arg(number(threshold, 0));
        r.basis = CheckBasis::Computed;
        if (c.summary.nameplateItKw < threshold) {
            r.status = CheckStatus::NotApplicable;
            r.detail = ComplianceChecker::tr("The plan's IT power (nameplate, %1 kW) is below the threshold.")
                           .arg(number(c.summary.nameplateItKw, 0));
            return r;
        }
        const Figure pue = annualPue(c);
        const Figure erf = energyReuse(c, 0);
        const Figure ref = renewable(c);
        std::optional<double> wue = site.wueLitrePerKWh;
        if (c.projections.energy && c.projections.energy->wueLitrePerKWh)
            wue = c.projections.energy->wueLitrePerKWh;
        const QString notStated = ComplianceChecker::tr("not declared");
        r.valueText = ComplianceChecker::tr("PUE %1, WUE %2, ERF %3, REF %4")
                          .arg(pue.value ? number(*pue.value, 2) : notStated,
                              wue ? ComplianceChecker::tr("%1 l/kWh").arg(number(*wue, 2)) : notStated,
                              erf.value ? percent(*erf.value) : notStated, ref.value ? percent(*ref.value) : notStated);
        r.limitText = ComplianceChecker::tr("all four");
        QStringList missing;
        QStringList fields;
        auto need = [&](bool stated, const char *kpi, const char *field) {
            if (stated)
                return;
            missing << QLatin1String(kpi);
            fields << QLatin1String(field);
        };
        need(pue.value.has_value(), "PUE", "pueTarget");
        need(wue.has_value(), "WUE", "wueLitrePerKWh");
        need(erf.value.has_value(), "ERF", "plannedHeatReuseShare");
        need(ref.value.has_value(), "REF", "renewableShare");
        if (!missing.isEmpty()) {
            notAssessable(r,
                ComplianceChecker::tr("Neither declared nor projected: %1.").arg(missing.join(QStringLiteral(", ")))
                    + QLatin1Char(' ') + fillIn(fields));
            r.valueText.clear();  // nothing was judged; the detail says what is missing
            r.limitText.clear();
            return r;
        }
        r.status = CheckStatus::Pass;
        r.value = 4;
        r.limit = 4;
        r.detail = ComplianceChecker::tr("Every KPI is stated (declared or projected).");
    } else if (rule.check == QLatin1String("availabilityClass")) {
        r.title = ComplianceChecker::tr("Declared EN 50600 availability class supported by the power chain");
        const AvailabilityAssessment &a = c.power.availability;
        if (!site.declaredAvailabilityClass) {
            const QString supported = a.supportedClass > 0
                ? ComplianceChecker::tr("The power chain supports class %1.").arg(a.supportedClass)
                : a.reason;
            notAssessable(r,
                ComplianceChecker::tr("The plan declares no availability class.") + QLatin1Char(' ')
                    + fillIn(QStringLiteral("declaredAvailabilityClass")) + QLatin1Char(' ') + supported);
            return r;
        }
        if (a.supportedClass == 0) {
            notAssessable(r, a.reason);
            return r;
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
    } else if (rule.check == QLatin1String("inletEnvelope")) {
        r.title = ComplianceChecker::tr("Rack inlet air within the ASHRAE allowable envelope of the hall's class");
        checkInlet(c, &rule, 0.0, r);
    } else if (rule.check == QLatin1String("floorLoad")) {
        r.title = ComplianceChecker::tr("Floor and rack frame carry the racks' weight");
        if (c.cooling.floorLoads.empty()) {
            notAssessable(r, ComplianceChecker::tr("The plan has no racks."));
            return r;
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
    } else if (rule.check == QLatin1String("powerHeadroom")) {
        r.title = ComplianceChecker::tr("Every rated power node carries its load after the worst single failure");
        if (const QString gap = c.completeness.powerGap(); !gap.isEmpty()) {
            notAssessable(r, gap);
            return r;
        }
        QString where;
        const auto headroom = powerHeadroom(c, &where);
        if (!headroom) {
            notAssessable(r, ComplianceChecker::tr("No power node of the plan has a rating."));
            return r;
        }
        setFigure(r, { *headroom * 100.0, CheckBasis::Computed, {} }, 0.0, QStringLiteral("%"), true,
            percent(*headroom), percent(0));
        r.detail = ComplianceChecker::tr("Lowest headroom: %1.").arg(where);
    } else if (rule.check == QLatin1String("coolingHeadroom")) {
        r.title = ComplianceChecker::tr("Cooling capacity after redundancy covers the heat load");
        if (const QString gaps = c.completeness.coolingGapsText(c.plan); !gaps.isEmpty()) {
            notAssessable(r, gaps);
            return r;
        }
        QString where;
        const auto headroom = coolingHeadroom(c, &where);
        if (!headroom) {
            notAssessable(r, ComplianceChecker::tr("The plan has neither heat load nor cooling units."));
            return r;
        }
        setFigure(r, { *headroom * 100.0, CheckBasis::Computed, {} }, 0.0, QStringLiteral("%"), true,
            percent(*headroom), percent(0));
        r.detail = ComplianceChecker::tr("Lowest headroom: %1.").arg(where);
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

ComplianceReport ComplianceChecker::run(
    const Plan &plan, const ProjectionInputs &projections, const Review &review, const RuleSet &rules)
{
    Context context { plan, projections, review, summarize(plan), PowerAnalyzer::analyze(plan),
        CoolingBudgeter::compute(plan), CompletenessChecks::assess(plan) };
    ComplianceReport report;
    report.ruleSetId = rules.id;
    report.ruleSetVersion = rules.version;
    report.ruleSetDate = rules.date;
    for (const Rule &rule : rules.rules)
        report.results.push_back(fromRule(rule, context));
    for (const auto &[key, value] : review.thresholds)
        report.results.push_back(fromThreshold(key, value, context));
    return report;
}

}  // namespace rw
