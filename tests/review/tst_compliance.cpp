// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/checkresults.h"
#include "../common/testplans.h"

#include "demo/demoplan.h"
#include "i18n/language.h"
#include "plan/planfiller.h"
#include "projection/gridramps.h"
#include "review/compliancechecker.h"
#include "review/reviewjson.h"

#include <QtTest>

#include <cmath>
#include <set>

using namespace rw;
using namespace rwtest;

namespace {

/// The small test plan made to pass every rule it can be judged by: one cooling unit without
/// redundancy demanded, a plan declaring the class its single power path supports.
void buildPassingPlan(Plan &plan)
{
    buildSmallPlan(plan);
    Site site = plan.site();
    site.startOfOperation = QDate(2026, 9, 1);
    site.connectedPowerKw = 400;  // § 11 covers data centres from 300 kW (EnEfG § 3 no. 24)
    site.publicOwnership = false;
    site.operatorRole = OperatorRole::DataCentreOperator;
    site.declaredAvailabilityClass = 1;
    site.pueTarget = 1.2;
    site.plannedHeatReuseShare = 0.10;
    site.renewableShare = 1.0;
    site.wueLitrePerKWh = 0.3;
    PlanFiller(plan).setSite(site);
    Hall hall = *plan.find<Hall>(small::kHall);
    hall.coolingRedundancy = Redundancy::N;
    PlanFiller(plan).replace(hall);
    DeviceType server = *plan.find<DeviceType>(small::kServer);
    server.liquidHeatShare = 0.0;  // the hall has no CDU
    PlanFiller(plan).replace(server);
}

/// The rules that failed, for failure messages.
QString failures(const ComplianceReport &report)
{
    QStringList ids;
    for (const CheckResult &r : report.results)
        if (r.status == CheckStatus::Fail)
            ids << r.ruleId + QStringLiteral(": ") + r.detail;
    return ids.join(QLatin1Char('\n'));
}

ComplianceReport check(const Plan &plan, const ProjectionInputs &projections = {}, const Review &review = {})
{
    return ComplianceChecker::run(plan, projections, review);
}

void setSite(Plan &plan, const std::function<void(Site &)> &change)
{
    Site site = plan.site();
    change(site);
    PlanFiller(plan).setSite(site);
}

}  // namespace

class TestCompliance : public QObject {
    Q_OBJECT

private slots:
    void bundledRuleSetIsVersionedAndSourced();
    void malformedRuleSets_data();
    void malformedRuleSets();
    void passingPlan();
    void newPlanDeclaresNothing();
    void undeclaredFiguresAreNotAssessable_data();
    void undeclaredFiguresAreNotAssessable();
    void pueByStartOfOperation();
    void pueFromProjection();
    void erfTargets();
    void renewableShare();
    void sizeDependentObligations();
    void availabilityClass();
    void inletEnvelope();
    void floorLoad();
    void powerHeadroom();
    void gridConnection();
    void gridRampsByHand();
    void gridRamp();
    void coolingHeadroom();
    void tenderThresholds();
    void json();
};

void TestCompliance::bundledRuleSetIsVersionedAndSourced()
{
    const RuleSet &set = RuleSetLoader::bundled();
    QCOMPARE(set.id, QStringLiteral("de-enefg-2023"));
    QVERIFY(!set.version.isEmpty());
    QVERIFY(!set.draft);
    QVERIFY(set.law(QStringLiteral("enefg")) && set.law(QStringLiteral("enefg"))->inForce.isValid());
    QVERIFY(set.date.isValid());
    QSet<QString> checks;
    for (const Rule &rule : set.rules) {
        QVERIFY2(!rule.summary.isEmpty() && !set.citationText(rule).isEmpty(), qPrintable(rule.id));
        QVERIFY2(rule.validFrom.isValid(), qPrintable(rule.id));
        checks.insert(rule.check);
    }
    for (const QString &known : RuleSet::knownChecks())
        QVERIFY2(checks.contains(known), qPrintable(known));
}

void TestCompliance::malformedRuleSets_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("not json") << QByteArray("{rules");
    QTest::newRow("foreign") << QByteArray(R"({"format":"x"})");
    QTest::newRow("no version") << QByteArray(R"({"format":"rackwerk-rules","id":"a","date":"2026-01-01","rules":[]})");
    QTest::newRow("no rules") << QByteArray(
        R"({"format":"rackwerk-rules","id":"a","version":"1","date":"2026-01-01","rules":[]})");
    QTest::newRow("unknown check") << QByteArray(
        R"({"format":"rackwerk-rules","id":"a","version":"1","date":"2026-01-01","rules":[{"id":"r","check":"magic","source":"s","validFrom":"2026-01-01"}]})");
    QTest::newRow("bad date") << QByteArray(
        R"({"format":"rackwerk-rules","id":"a","version":"1","date":"2026-01-01","rules":[{"id":"r","check":"pueLimit","source":"s","validFrom":"soon"}]})");
    QTest::newRow("no source") << QByteArray(
        R"({"format":"rackwerk-rules","id":"a","version":"1","date":"2026-01-01","rules":[{"id":"r","check":"pueLimit","validFrom":"2026-01-01"}]})");
}

void TestCompliance::malformedRuleSets()
{
    QFETCH(QByteArray, bytes);
    RuleSet set;
    set.id = QStringLiteral("untouched");
    QString error;
    QVERIFY(!RuleSetLoader::fromBytes(bytes, &set, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(set.id, QStringLiteral("untouched"));
}

void TestCompliance::passingPlan()
{
    Plan plan;
    buildPassingPlan(plan);
    const ComplianceReport report = check(plan);
    QVERIFY2(report.count(CheckStatus::Fail) == 0, qPrintable(failures(report)));
    QCOMPARE(result(report, QStringLiteral("enefg-11-pue-new")).status, CheckStatus::Pass);
    QCOMPARE(result(report, QStringLiteral("enefg-11-pue-new")).basis, CheckBasis::Declared);
    QVERIFY(result(report, QStringLiteral("enefg-11-pue-new")).detail.contains(QStringLiteral("not projected")));
    QCOMPARE(result(report, QStringLiteral("enefg-11-pue-existing-2027")).status, CheckStatus::NotApplicable);
    QCOMPARE(result(report, QStringLiteral("floor-load")).status, CheckStatus::Pass);
    QCOMPARE(result(report, QStringLiteral("power-headroom")).status, CheckStatus::Pass);
    QCOMPARE(result(report, QStringLiteral("cooling-headroom")).status, CheckStatus::Pass);
    QCOMPARE(result(report, QStringLiteral("en50600-availability")).status, CheckStatus::Pass);
    // Without a thermal projection the inlet check cannot be judged, and says why.
    const CheckResult &inlet = result(report, QStringLiteral("ashrae-inlet"));
    QCOMPARE(inlet.status, CheckStatus::NotAssessable);
    QCOMPARE(inlet.detail, QStringLiteral("No thermal projection has been run."));
    for (const CheckResult &r : report.results)
        QVERIFY2(!r.source.isEmpty() && !r.title.isEmpty(), qPrintable(r.ruleId));
}

void TestCompliance::newPlanDeclaresNothing()
{
    // A new plan (a default site) passes no check on a value nobody entered: every declared-basis check is not
    // assessable and names the field to fill in.
    Plan plan;
    buildSmallPlan(plan);
    Site fresh;
    fresh.name = plan.site().name;
    QVERIFY(plan.site() == fresh);
    const ComplianceReport report = check(plan);
    for (const CheckResult &r : report.results) {
        QVERIFY2(r.basis != CheckBasis::Declared, qPrintable(r.ruleId));
        if (r.status == CheckStatus::Pass)
            QVERIFY2(r.basis == CheckBasis::Computed, qPrintable(r.ruleId + QLatin1Char(' ') + r.detail));
    }
    auto notAssessableNaming = [&](const char *rule, const char *field) {
        const CheckResult &r = result(report, QLatin1String(rule));
        QVERIFY2(r.status == CheckStatus::NotAssessable, rule);
        QVERIFY2(r.detail.contains(QStringLiteral("“%1”").arg(QLatin1String(field))), qPrintable(r.detail));
        QVERIFY2(r.detail.contains(QStringLiteral("Edit > Site and assumptions")), qPrintable(r.detail));
    };
    notAssessableNaming("enefg-11-pue-new", "Start of operation");
    notAssessableNaming("enefg-11-erf-2026", "Start of operation");
    // § 11 applies from 300 kW only: without the site's size it cannot be told whether it applies (issue 19).
    notAssessableNaming("enefg-11-renewable-2024", "Non-redundant connected power of the site");
    notAssessableNaming("enefg-11-renewable-2027", "Non-redundant connected power of the site");
    notAssessableNaming("en50600-availability", "Declared availability class (EN 50600)");
    QVERIFY(result(report, QStringLiteral("en50600-availability")).detail.contains(QStringLiteral("supports class 1")));
}

void TestCompliance::undeclaredFiguresAreNotAssessable_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("label");
    QTest::newRow("PUE target") << "pueTarget"
                                << "enefg-11-pue-new"
                                << "PUE target";
    QTest::newRow("heat reuse") << "plannedHeatReuseShare"
                                << "enefg-11-erf-2026"
                                << "Planned energy reuse share";
    QTest::newRow("renewable share") << "renewableShare"
                                     << "enefg-11-renewable-2027"
                                     << "Renewable electricity share";
    QTest::newRow("class") << "declaredAvailabilityClass"
                           << "en50600-availability"
                           << "Declared availability class (EN 50600)";
}

void TestCompliance::undeclaredFiguresAreNotAssessable()
{
    QFETCH(QString, field);
    QFETCH(QString, rule);
    QFETCH(QString, label);
    Plan plan;
    buildPassingPlan(plan);
    QCOMPARE(result(check(plan), rule).status, CheckStatus::Pass);
    Site site = plan.site();
    for (const auto &f : siteFields()) {
        if (f.name == field)
            f.set(site, QVariant());  // clear the one declaration
    }
    PlanFiller(plan).setSite(site);
    const CheckResult r = result(check(plan), rule);
    QCOMPARE(r.status, CheckStatus::NotAssessable);
    QCOMPARE(r.basis, CheckBasis::None);
    QVERIFY2(r.detail.contains(QStringLiteral("“%1”").arg(label)), qPrintable(r.detail));
    QVERIFY2(r.detail.contains(QStringLiteral("site.") + field), qPrintable(r.detail));
    QVERIFY(std::isnan(r.value));

    // A tender threshold on the same figure is not assessable either.
    Review review;
    review.thresholds[QStringLiteral("maxPue")] = 1.3;
    review.thresholds[QStringLiteral("minEnergyReuseShare")] = 0.05;
    review.thresholds[QStringLiteral("minRenewableShare")] = 0.5;
    const ComplianceReport withTender = check(plan, {}, review);
    const QString tenderRule = field == QLatin1String("pueTarget") ? QStringLiteral("tender-maxPue")
        : field == QLatin1String("plannedHeatReuseShare")          ? QStringLiteral("tender-minEnergyReuseShare")
        : field == QLatin1String("renewableShare")                 ? QStringLiteral("tender-minRenewableShare")
                                                                   : QString();
    if (!tenderRule.isEmpty())
        QCOMPARE(result(withTender, tenderRule).status, CheckStatus::NotAssessable);
}

void TestCompliance::pueByStartOfOperation()
{
    Plan plan;
    buildPassingPlan(plan);
    setSite(plan, [](Site &s) { s.pueTarget = 1.21; });
    CheckResult r = result(check(plan), QStringLiteral("enefg-11-pue-new"));
    QCOMPARE(r.status, CheckStatus::Fail);
    QCOMPARE(r.value, 1.21);
    QCOMPARE(r.limit, 1.2);
    QCOMPARE(r.relevantDate, QDate(2026, 9, 1));

    // A site that started before 1 July 2026: the new-site limit does not apply, the older ones do.
    setSite(plan, [](Site &s) {
        s.startOfOperation = QDate(2026, 6, 30);
        s.pueTarget = 1.4;
    });
    const ComplianceReport older = check(plan);
    QCOMPARE(result(older, QStringLiteral("enefg-11-pue-new")).status, CheckStatus::NotApplicable);
    QCOMPARE(result(older, QStringLiteral("enefg-11-pue-existing-2027")).status, CheckStatus::Pass);
    QCOMPARE(result(older, QStringLiteral("enefg-11-pue-existing-2030")).status, CheckStatus::Fail);
    QCOMPARE(result(older, QStringLiteral("enefg-11-pue-existing-2030")).validFrom, QDate(2030, 7, 1));

    // No start of operation: which PUE rule applies cannot be told.
    setSite(plan, [](Site &s) { s.startOfOperation = QDate(); });
    r = result(check(plan), QStringLiteral("enefg-11-pue-new"));
    QCOMPARE(r.status, CheckStatus::NotAssessable);
    QVERIFY(r.detail.contains(QStringLiteral("no start of operation")));
}

void TestCompliance::pueFromProjection()
{
    Plan plan;
    buildPassingPlan(plan);
    ProjectionInputs projections;
    projections.energy = EnergySummary {};
    projections.energy->annualPueP50 = 1.25;
    projections.energy->annualPueP95 = 1.31;
    projections.energy->samples = 1000;
    const CheckResult r = result(check(plan, projections), QStringLiteral("enefg-11-pue-new"));
    QCOMPARE(r.status, CheckStatus::Fail);  // the declared 1.2 would pass; the projection wins
    QCOMPARE(r.basis, CheckBasis::Projected);
    QCOMPARE(r.value, 1.25);
    QVERIFY(r.detail.contains(QStringLiteral("1.310")));
}

void TestCompliance::erfTargets()
{
    Plan plan;
    buildPassingPlan(plan);
    setSite(plan, [](Site &s) { s.plannedHeatReuseShare = 0.09; });
    ComplianceReport report = check(plan);
    QCOMPARE(result(report, QStringLiteral("enefg-11-erf-2026")).status, CheckStatus::Fail);
    QCOMPARE(result(report, QStringLiteral("enefg-11-erf-2027")).status, CheckStatus::NotApplicable);

    setSite(plan, [](Site &s) {
        s.startOfOperation = QDate(2028, 7, 1);
        s.plannedHeatReuseShare = 0.19;
    });
    report = check(plan);
    QCOMPARE(result(report, QStringLiteral("enefg-11-erf-2028")).status, CheckStatus::Fail);
    QCOMPARE(result(report, QStringLiteral("enefg-11-erf-2028")).limit, 20.0);
    QCOMPARE(result(report, QStringLiteral("enefg-11-erf-2026")).status, CheckStatus::NotApplicable);

    // A projection's ERF in the third operating year (2 years' grace) counts, not the first year's.
    ProjectionInputs projections;
    projections.energy = EnergySummary {};
    projections.energy->annualPueP50 = 1.1;
    projections.energy->erfByYear = { 0.05, 0.12, 0.21, 0.25 };
    const CheckResult r = result(check(plan, projections), QStringLiteral("enefg-11-erf-2028"));
    QCOMPARE(r.status, CheckStatus::Pass);
    QCOMPARE(r.basis, CheckBasis::Projected);
    QCOMPARE(r.value, 21.0);
}

void TestCompliance::renewableShare()
{
    Plan plan;
    buildPassingPlan(plan);
    setSite(plan, [](Site &s) { s.renewableShare = 0.6; });
    const ComplianceReport report = check(plan);
    QCOMPARE(result(report, QStringLiteral("enefg-11-renewable-2024")).status, CheckStatus::Pass);
    QCOMPARE(result(report, QStringLiteral("enefg-11-renewable-2027")).status, CheckStatus::Fail);
    QCOMPARE(result(report, QStringLiteral("enefg-11-renewable-2027")).value, 60.0);
}

void TestCompliance::sizeDependentObligations()
{
    // § 12 is scoped by the site's non-redundant connected power (issue 19: it used IT nameplate >= 1 MW).
    Plan small;
    buildPassingPlan(small);  // 400 kW connected: the management system is due, certification is not
    ComplianceReport report = check(small);
    QCOMPARE(result(report, QStringLiteral("enefg-12-energy-management")).status, CheckStatus::NotAssessable);
    QCOMPARE(result(report, QStringLiteral("enefg-12-certification")).status, CheckStatus::NotApplicable);
    QCOMPARE(result(report, QStringLiteral("eu-2024-1364-kpis")).status, CheckStatus::NotApplicable);

    Plan demo;
    buildDemoPlan(demo);  // about 16 MW IT, no WUE declared
    report = check(demo);
    const CheckResult &kpis = result(report, QStringLiteral("eu-2024-1364-kpis"));
    QCOMPARE(kpis.status, CheckStatus::NotAssessable);
    QVERIFY2(kpis.detail.contains(QStringLiteral("Not stated: WUE, metering")), qPrintable(kpis.detail));
    QVERIFY2(
        kpis.detail.contains(QStringLiteral("“WUE”")) && kpis.detail.contains(QStringLiteral("site.wueLitrePerKWh")),
        qPrintable(kpis.detail));
    QVERIFY(std::isnan(kpis.value));  // nothing judged

    Review review;
    review.confirmations[QStringLiteral("enefg-12-energy-management")] = QStringLiteral("ISO 50001 certificate 123");
    review.confirmations[QStringLiteral("eu-2024-1364-kpis/metering")] = QStringLiteral("metering concept rev. 2");
    setSite(demo, [](Site &s) {
        s.wueLitrePerKWh = 0.0;  // declared: a site that uses no water says 0
        s.connectedPowerKw = 20000;
        s.operatorRole = OperatorRole::DataCentreOperator;
    });
    report = check(demo, {}, review);
    QCOMPARE(result(report, QStringLiteral("eu-2024-1364-kpis")).status, CheckStatus::Pass);
    QCOMPARE(result(report, QStringLiteral("enefg-12-energy-management")).status, CheckStatus::Pass);
    QCOMPARE(result(report, QStringLiteral("enefg-12-energy-management")).basis, CheckBasis::Reviewer);
    QCOMPARE(result(report, QStringLiteral("enefg-12-certification")).status, CheckStatus::NotAssessable);
    // A missing ERF or REF is not "stated" (issue 19).
    setSite(demo, [](Site &s) { s.renewableShare.reset(); });
    const ComplianceReport noRefReport = check(demo, {}, review);
    const CheckResult &noRef = result(noRefReport, QStringLiteral("eu-2024-1364-kpis"));
    QCOMPARE(noRef.status, CheckStatus::NotAssessable);
    QVERIFY2(noRef.detail.contains(QStringLiteral("Not stated: REF.")), qPrintable(noRef.detail));
}

void TestCompliance::availabilityClass()
{
    Plan plan;
    buildPassingPlan(plan);
    setSite(plan, [](Site &s) { s.declaredAvailabilityClass = 3; });
    const CheckResult r = result(check(plan), QStringLiteral("en50600-availability"));
    QCOMPARE(r.status, CheckStatus::Fail);
    QCOMPARE(r.value, 1.0);
    QCOMPARE(r.limit, 3.0);
    // The worst failure (the single UPS or busway) leaves both racks without power: both are shown.
    QCOMPARE(std::set<Id>(r.racks.begin(), r.racks.end()), (std::set<Id> { small::kRackA, small::kRackB }));
}

void TestCompliance::inletEnvelope()
{
    Plan plan;
    buildPassingPlan(plan);  // hall class A2: allowable up to 35 °C, recommended up to 27 °C
    ProjectionInputs projections;
    projections.thermal = ThermalSummary { { { small::kRackA, 28.0 }, { small::kRackB, 35.5 } }, QStringLiteral("cpu"),
        QStringLiteral("Hall 1"), 0.3 };
    CheckResult r = result(check(plan, projections), QStringLiteral("ashrae-inlet"));
    QCOMPARE(r.status, CheckStatus::Fail);
    QCOMPARE(r.basis, CheckBasis::Projected);
    QCOMPARE(r.value, 35.5);
    QCOMPARE(r.limit, 35.0);
    QCOMPARE(r.racks, std::vector<Id> { small::kRackB });

    projections.thermal->maxInletCByRack[small::kRackB] = 34.0;
    r = result(check(plan, projections), QStringLiteral("ashrae-inlet"));
    QCOMPARE(r.status, CheckStatus::Pass);
    QVERIFY(r.detail.contains(QStringLiteral("2 above the recommended")));

    Hall hall = *plan.find<Hall>(small::kHall);
    hall.ashraeClass = AshraeClass::H1;  // allowable up to 25 °C
    PlanFiller(plan).replace(hall);
    r = result(check(plan, projections), QStringLiteral("ashrae-inlet"));
    QCOMPARE(r.status, CheckStatus::Fail);
    QCOMPARE(r.racks.size(), std::size_t(2));

    // The detail names what was projected (issue 15: it read "Highest projected inlet temperature ()."),
    // in both languages and without a run's hall or cell size too.
    QVERIFY2(r.detail.startsWith(QStringLiteral("Highest projected inlet temperature (Hall 1, steady state")),
        qPrintable(r.detail));
    QVERIFY2(r.detail.contains(QStringLiteral("cells of 0.30 m")), qPrintable(r.detail));
    const QLocale initial;
    QVERIFY(Language::apply(QStringLiteral("de")));
    r = result(check(plan, projections), QStringLiteral("ashrae-inlet"));
    QVERIFY(Language::apply(QStringLiteral("en")));
    QLocale::setDefault(initial);  // the other cases expect the locale the suite started with
    QVERIFY2(!r.detail.contains(QStringLiteral("()")), qPrintable(r.detail));
    QVERIFY2(r.detail.contains(QStringLiteral("Hall 1, stationärer Zustand")), qPrintable(r.detail));
    QVERIFY2(r.detail.contains(QStringLiteral("0,30 m")), qPrintable(r.detail));
    projections.thermal->hall.clear();
    projections.thermal->cellM = 0;
    r = result(check(plan, projections), QStringLiteral("ashrae-inlet"));
    QVERIFY2(!r.detail.contains(QStringLiteral("()")), qPrintable(r.detail));
    QVERIFY2(
        r.detail.startsWith(QStringLiteral("Highest projected inlet temperature (steady state")), qPrintable(r.detail));
}

void TestCompliance::floorLoad()
{
    Plan plan;
    buildPassingPlan(plan);
    Hall hall = *plan.find<Hall>(small::kHall);
    hall.floorLoadKgPerM2 = 200;  // rack A: 193 kg on 0.72 m2 = 268 kg/m2; rack B: 130 kg = 181 kg/m2
    PlanFiller(plan).replace(hall);
    const CheckResult r = result(check(plan), QStringLiteral("floor-load"));
    QCOMPARE(r.status, CheckStatus::Fail);
    QCOMPARE(r.racks, std::vector<Id> { small::kRackA });
    QCOMPARE(qRound(r.value), 268);
    QCOMPARE(r.limit, 200.0);
}

void TestCompliance::powerHeadroom()
{
    Plan plan;
    buildPassingPlan(plan);
    PowerNode busway = *plan.find<PowerNode>(small::kBusway);
    busway.ratingKw = 4.0;  // the racks draw 4.7 kW at maximum
    PlanFiller(plan).replace(busway);
    const CheckResult r = result(check(plan), QStringLiteral("power-headroom"));
    QCOMPARE(r.status, CheckStatus::Fail);
    QVERIFY(r.value < 0);
    QVERIFY(r.detail.contains(QStringLiteral("Busway")));
}

void TestCompliance::gridConnection()
{
    Plan plan;
    buildPassingPlan(plan);  // 400 kW contracted
    const QString rule = QStringLiteral("grid-connection");
    CheckResult r = result(check(plan), rule);
    QCOMPARE(r.status, CheckStatus::NotAssessable);  // no load projection: no peak
    QVERIFY(r.detail.contains(QStringLiteral("load projection")));

    ProjectionInputs projections;
    projections.energy = EnergySummary {};
    projections.energy->samples = 200;
    projections.energy->peakFacilityKwP50ByYear = { 280.0, 330.0, 310.0 };
    projections.energy->peakFacilityKwP95ByYear = { 300.0, 390.0, 350.0 };
    r = result(check(plan, projections), rule);
    QCOMPARE(r.status, CheckStatus::Pass);
    QCOMPARE(r.basis, CheckBasis::Projected);
    QCOMPARE(r.value, 390.0);  // the worst year's P95, not its median
    QCOMPARE(r.limit, 400.0);
    QVERIFY2(r.detail.contains(QStringLiteral("P95")) && r.detail.contains(QStringLiteral("operating year 2")),
        qPrintable(r.detail));

    projections.energy->peakFacilityKwP95ByYear = { 300.0, 390.0, 420.0 };
    r = result(check(plan, projections), rule);
    QCOMPARE(r.status, CheckStatus::Fail);
    QCOMPARE(r.value, 420.0);

    setSite(plan, [](Site &site) { site.connectedPowerKw.reset(); });
    r = result(check(plan, projections), rule);
    QCOMPARE(r.status, CheckStatus::NotAssessable);  // nothing contracted to judge against
}

void TestCompliance::gridRampsByHand()
{
    // A swing of 2 MW above the hourly mean: 4 MW from trough to peak. Limits 1 MW/s and 10 MW/min.
    const RampLimits limits { 1000.0, 10000.0 };
    GridRamps g = gridRamps(2000.0, SwingTiming { 0.025, 10.0 }, limits);
    QCOMPARE(g.rangeKw, 4000.0);
    QCOMPARE(g.rampKwPerSecond, 4000.0);  // the whole step falls into one second
    QCOMPARE(g.rampKwPerMinute, 4000.0);
    QVERIFY(!g.withinLimits);
    QCOMPARE(g.gridRangeKw, 1000.0);  // the grid may see 1 MW of each swing
    QCOMPARE(g.smoothingKw, 1500.0);  // the other 3 MW, half above and half below the mean
    QCOMPARE(g.smoothingKwh, 1500.0 * 5.0 / 3600.0);  // for one phase of 5 s: 2.08 kWh

    // A rise of 2 s: one second sees half of the step (2 MW/s), so the grid may see 2 MW of it.
    g = gridRamps(2000.0, SwingTiming { 2.0, 10.0 }, limits);
    QCOMPARE(g.rampKwPerSecond, 2000.0);
    QCOMPARE(g.rampKwPerMinute, 4000.0);
    QCOMPARE(g.gridRangeKw, 2000.0);
    QCOMPARE(g.smoothingKw, 1000.0);
    QCOMPARE(g.smoothingKwh, 1000.0 * 5.0 / 3600.0);

    // The per-minute limit binds when it is the smaller: 3 MW/min for a 4 MW step.
    g = gridRamps(2000.0, SwingTiming { 0.025, 10.0 }, RampLimits { 5000.0, 3000.0 });
    QCOMPARE(g.gridRangeKw, 3000.0);
    QCOMPARE(g.smoothingKw, 500.0);

    // Within both limits: no smoothing.
    g = gridRamps(400.0, SwingTiming { 0.025, 10.0 }, limits);
    QVERIFY(g.withinLimits);
    QCOMPARE(g.smoothingKw, 0.0);
    QCOMPARE(g.smoothingKwh, 0.0);
}

void TestCompliance::gridRamp()
{
    Plan plan;
    buildPassingPlan(plan);
    // The bundled rule's placeholders: 1 % of the connected power per second, 10 % per minute: 1 MW/s, 10 MW/min.
    setSite(plan, [](Site &site) { site.connectedPowerKw = 100000.0; });
    const QString rule = QStringLiteral("grid-ramp");
    CheckResult r = result(check(plan), rule);
    QCOMPARE(r.status, CheckStatus::NotAssessable);  // no load projection: no swing
    QVERIFY2(r.detail.contains(QStringLiteral("load projection")), qPrintable(r.detail));

    ProjectionInputs projections;
    projections.energy = EnergySummary {};
    projections.energy->samples = 200;
    projections.energy->trainingSwingKwP50ByYear = { 200.0, 300.0, 250.0 };
    projections.energy->trainingSwingKwP95ByYear = { 300.0, 400.0, 350.0 };
    projections.energy->facilityEnergyMWhP50ByYear = { 700000.0, 800000.0, 810000.0 };
    // The bundled limits are placeholders: the figures are shown, nothing is judged.
    r = result(check(plan, projections), rule);
    QCOMPARE(r.status, CheckStatus::NotAssessable);
    QCOMPARE(r.basis, CheckBasis::Projected);
    QCOMPARE(r.value, 0.8);
    QVERIFY2(r.detail.startsWith(QStringLiteral("Not judged: the limits are set in the site's connection agreement")),
        qPrintable(r.detail));
    QVERIFY2(r.detail.contains(QStringLiteral("No power smoothing")), qPrintable(r.detail));
    // A rule set whose shares are the agreement's judges them.
    RuleSet rules = RuleSetLoader::bundled();
    Rule &ramp = *std::find_if(rules.rules.begin(), rules.rules.end(), [&](const Rule &x) { return x.id == rule; });
    QVERIFY(ramp.parameters.value(QStringLiteral("placeholderLimits")).toBool());
    ramp.parameters.insert(QStringLiteral("placeholderLimits"), false);
    const auto judge = [&] { return result(ComplianceChecker::run(plan, projections, {}, rules), rule); };
    r = judge();
    QCOMPARE(r.status, CheckStatus::Pass);  // 0.8 MW from trough to peak: within 1 MW/s
    QCOMPARE(r.basis, CheckBasis::Projected);
    QCOMPARE(r.value, 0.8);
    QCOMPARE(r.limit, 1.0);
    QCOMPARE(r.figure(QStringLiteral("operatingYear")), 2.0);  // the worst year's P95, not its median
    QCOMPARE(r.figure(QStringLiteral("smoothingMw")), 0.0);
    QVERIFY2(r.detail.contains(QStringLiteral("No power smoothing")), qPrintable(r.detail));
    QVERIFY2(r.detail.contains(QStringLiteral("800,000 MWh")), qPrintable(r.detail));

    projections.energy->trainingSwingKwP95ByYear = { 300.0, 2000.0, 350.0 };
    QCOMPARE(result(check(plan, projections), rule).status, CheckStatus::NotAssessable);  // placeholders
    r = judge();
    QCOMPARE(r.status, CheckStatus::Fail);  // 4 MW within a second against 1 MW/s
    QCOMPARE(r.value, 4.0);
    QCOMPARE(r.figure(QStringLiteral("rampMwPerMinute")), 4.0);
    QCOMPARE(r.figure(QStringLiteral("limitMwPerMinute")), 10.0);
    QCOMPARE(r.figure(QStringLiteral("smoothingMw")), 1.5);
    QCOMPARE(r.figure(QStringLiteral("smoothingKwh")), 1500.0 * 5.0 / 3600.0);
    QCOMPARE(r.valueText, QStringLiteral("4.00 MW/s, 4.0 MW/min"));
    QCOMPARE(r.limitText, QStringLiteral("1.00 MW/s, 10.0 MW/min"));
    QVERIFY2(r.detail.contains(QStringLiteral("1.50 MW and 2.1 kWh")), qPrintable(r.detail));
    QVERIFY2(r.detail.contains(QStringLiteral("operating year 2")), qPrintable(r.detail));
    QJsonObject figures;  // the JSON form gives scripts the figures by key
    for (const QJsonValue &each : ReviewJson::toJson(ComplianceChecker::run(plan, projections, {}, rules))
                                      .value(QStringLiteral("results"))
                                      .toArray())
        if (each.toObject().value(QStringLiteral("rule")).toString() == rule)
            figures = each.toObject().value(QStringLiteral("figures")).toObject();
    QCOMPARE(figures.value(QStringLiteral("smoothingMw")).toDouble(), 1.5);

    // German: the figures through the locale, the smoothing named.
    const QLocale initial;
    QVERIFY(Language::apply(QStringLiteral("de")));
    r = judge();
    QVERIFY(Language::apply(QStringLiteral("en")));
    QLocale::setDefault(initial);
    QCOMPARE(r.valueText, QStringLiteral("4,00 MW/s, 4,0 MW/min"));
    QVERIFY2(r.detail.contains(QStringLiteral("1,50 MW und 2,1 kWh")), qPrintable(r.detail));
    QVERIFY2(r.detail.contains(QStringLiteral("Batterie")), qPrintable(r.detail));

    // Limits in MW (a connection agreement's figures) win over the shares, placeholders or not; here the minute
    // binds: 3 MW/min.
    ramp.parameters.insert(QStringLiteral("placeholderLimits"), true);
    ramp.parameters.insert(QStringLiteral("maxRampMwPerSecond"), 5.0);
    ramp.parameters.insert(QStringLiteral("maxRampMwPerMinute"), 3.0);
    r = result(ComplianceChecker::run(plan, projections, {}, rules), rule);
    QCOMPARE(r.status, CheckStatus::Fail);
    QCOMPARE(r.limit, 5.0);
    QCOMPARE(r.figure(QStringLiteral("gridRangeMw")), 3.0);
    QCOMPARE(r.figure(QStringLiteral("smoothingMw")), 0.5);
    QVERIFY2(r.detail.contains(QStringLiteral("(per second as the rule sets it, per minute as the rule sets it)")),
        qPrintable(r.detail));

    // One limit in MW, the other a share: each is taken as given, none dropped.
    ramp.parameters.remove(QStringLiteral("maxRampMwPerMinute"));
    ramp.parameters.insert(QStringLiteral("placeholderLimits"), false);
    r = result(ComplianceChecker::run(plan, projections, {}, rules), rule);
    QCOMPARE(r.status, CheckStatus::Pass);  // 4 MW within 5 MW/s and 10 MW/min
    QCOMPARE(r.figure(QStringLiteral("limitMwPerMinute")), 10.0);
    QVERIFY2(r.detail.contains(QStringLiteral(
                 "(per second as the rule sets it, per minute 10.0 % of the connected power of 100.0 MW)")),
        qPrintable(r.detail));

    // A swing that rises in 6 s cannot repeat every 10 s: the rule is refused with the reason, nothing corrected.
    ramp.parameters.insert(QStringLiteral("swingRiseSeconds"), 6.0);
    r = result(ComplianceChecker::run(plan, projections, {}, rules), rule);
    QCOMPARE(r.status, CheckStatus::NotAssessable);
    QVERIFY2(r.detail.contains(QStringLiteral("period of 10.000 s")), qPrintable(r.detail));

    setSite(plan, [](Site &site) { site.connectedPowerKw.reset(); });
    r = result(check(plan, projections), rule);
    QCOMPARE(r.status, CheckStatus::NotAssessable);  // the limits are shares of a connection nobody declared
    QVERIFY2(r.detail.contains(QStringLiteral("connectedPowerKw")), qPrintable(r.detail));
}

void TestCompliance::coolingHeadroom()
{
    Plan plan;
    buildPassingPlan(plan);
    Hall hall = *plan.find<Hall>(small::kHall);
    hall.coolingRedundancy = Redundancy::NPlus1;  // one unit, N+1 demanded: nothing left after a failure
    PlanFiller(plan).replace(hall);
    const CheckResult r = result(check(plan), QStringLiteral("cooling-headroom"));
    QCOMPARE(r.status, CheckStatus::Fail);
    QVERIFY(r.detail.contains(QStringLiteral("Hall T")));
}

void TestCompliance::tenderThresholds()
{
    Plan plan;
    buildPassingPlan(plan);
    Review review;
    review.tender = QStringLiteral("2026/S 123-456789");
    review.thresholds[QStringLiteral("maxPue")] = 1.15;
    review.thresholds[QStringLiteral("minAvailabilityClass")] = 1;
    review.thresholds[QStringLiteral("maxInletTempC")] = 27;
    const ComplianceReport report = check(plan, {}, review);
    const CheckResult &pue = result(report, QStringLiteral("tender-maxPue"));
    QCOMPARE(pue.status, CheckStatus::Fail);
    QVERIFY(pue.source.contains(review.tender));
    QCOMPARE(result(report, QStringLiteral("tender-minAvailabilityClass")).status, CheckStatus::Pass);
    QCOMPARE(result(report, QStringLiteral("tender-maxInletTempC")).status, CheckStatus::NotAssessable);
}

void TestCompliance::json()
{
    Plan plan;
    buildPassingPlan(plan);
    setSite(plan, [](Site &s) { s.pueTarget = 1.3; });
    const QJsonObject o = ReviewJson::toJson(check(plan));
    QCOMPARE(o.value(QStringLiteral("ruleSet")).toString(), QStringLiteral("de-enefg-2023"));
    QCOMPARE(o.value(QStringLiteral("counts")).toObject().value(QStringLiteral("fail")).toInt(), 1);
    bool found = false;
    for (const QJsonValue &v : o.value(QStringLiteral("results")).toArray()) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("rule")).toString() != QLatin1String("enefg-11-pue-new"))
            continue;
        found = true;
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
        QCOMPARE(r.value(QStringLiteral("basis")).toString(), QStringLiteral("declared"));
        QCOMPARE(r.value(QStringLiteral("value")).toDouble(), 1.3);
        QCOMPARE(r.value(QStringLiteral("validFrom")).toString(), QStringLiteral("2026-07-01"));
        QCOMPARE(r.value(QStringLiteral("startOfOperation")).toString(), QStringLiteral("2026-09-01"));
    }
    QVERIFY(found);
}

QTEST_MAIN(TestCompliance)
#include "tst_compliance.moc"
