// SPDX-License-Identifier: GPL-3.0-or-later
// Every rule of the law (issue 19) with plans just inside and just outside its thresholds and dates, with and
// without a recorded exemption, and the amended law loaded from a second rule file.
#include "../common/checkresults.h"
#include "../common/testplans.h"

#include "commands/reviewedits.h"
#include "plan/planfiller.h"
#include "plan/plansummary.h"
#include "review/compliancechecker.h"
#include "review/reviewfile.h"

#include <QUndoStack>
#include <QtTest>

using namespace rw;
using namespace rwtest;

namespace {

/// A small plan whose bidder declares everything the law's scope needs: a new data centre of 400 kW.
void buildLawPlan(Plan &plan)
{
    buildSmallPlan(plan);
    Site site = plan.site();
    site.startOfOperation = QDate(2026, 7, 1);
    site.connectedPowerKw = 400;
    site.publicOwnership = false;
    site.operatorRole = OperatorRole::DataCentreOperator;
    site.pueTarget = 1.2;
    site.plannedHeatReuseShare = 0.10;
    site.renewableShare = 1.0;
    site.wueLitrePerKWh = 0.3;
    PlanFiller(plan).setSite(site);
}

CheckStatus statusOf(const Plan &plan, const QString &rule, const Review &review = {},
    const RuleSet &rules = RuleSetLoader::bundled(), const ProjectionInputs &projections = {})
{
    return result(ComplianceChecker::run(plan, projections, review, rules), rule).status;
}

void change(Plan &plan, const std::function<void(Site &)> &edit)
{
    Site site = plan.site();
    edit(site);
    PlanFiller(plan).setSite(site);
}

RuleSet draftRules()
{
    RuleSet set;
    QString error;
    if (!RuleSetLoader::load(QStringLiteral(RW_RULES_DIR "/de-enefg-2026-draft.json"), &set, &error))
        qFatal("%s", qPrintable(error));
    return set;
}

}  // namespace

class TestLawRules : public QObject {
    Q_OBJECT

private slots:
    void section11AppliesFrom300Kw_data();
    void section11AppliesFrom300Kw();
    void pueNewByStartDate();
    void pueJudgedEveryYearFromYearTwo();
    void erfInYearThree();
    void managementSystemScope_data();
    void managementSystemScope();
    void itOperatorThreshold();
    void colocationInformation();
    void heatReuseExemption();
    void heatNetworkExemptsManagementSystem();
    void exemptionsRoundTrip();
    void recordingAnExemptionIsUndoable();
    void citations();
    void amendedLawFromAnotherFile();
    void hostileRuleFiles_data();
    void hostileRuleFiles();
};

void TestLawRules::section11AppliesFrom300Kw_data()
{
    QTest::addColumn<QString>("rule");
    for (const char *rule : { "enefg-11-pue-new", "enefg-11-erf-2026", "enefg-11-renewable-2024",
             "enefg-11-renewable-2027", "enefg-13-information", "enefg-11-4-waste-heat" })
        QTest::newRow(rule) << QString::fromLatin1(rule);
}

void TestLawRules::section11AppliesFrom300Kw()
{
    QFETCH(QString, rule);
    Plan plan;
    buildLawPlan(plan);
    change(plan, [](Site &s) { s.connectedPowerKw = 300; });
    QVERIFY(statusOf(plan, rule) != CheckStatus::NotApplicable);
    change(plan, [](Site &s) { s.connectedPowerKw = 299.9; });
    QCOMPARE(statusOf(plan, rule), CheckStatus::NotApplicable);
    change(plan, [](Site &s) { s.connectedPowerKw.reset(); });
    const ComplianceReport report = ComplianceChecker::run(plan, {}, {});
    QCOMPARE(result(report, rule).status, CheckStatus::NotAssessable);
    QVERIFY2(result(report, rule).detail.contains(QStringLiteral("site.connectedPowerKw")),
        qPrintable(result(report, rule).detail));
}

void TestLawRules::pueNewByStartDate()
{
    Plan plan;
    buildLawPlan(plan);
    change(plan, [](Site &s) { s.pueTarget = 1.2; });
    QCOMPARE(statusOf(plan, QStringLiteral("enefg-11-pue-new")), CheckStatus::Pass);
    change(plan, [](Site &s) { s.pueTarget = 1.201; });
    QCOMPARE(statusOf(plan, QStringLiteral("enefg-11-pue-new")), CheckStatus::Fail);
    change(plan, [](Site &s) { s.startOfOperation = QDate(2026, 6, 30); });
    QCOMPARE(statusOf(plan, QStringLiteral("enefg-11-pue-new")), CheckStatus::NotApplicable);
    QCOMPARE(statusOf(plan, QStringLiteral("enefg-11-pue-existing-2027")), CheckStatus::Pass);
    change(plan, [](Site &s) { s.pueTarget = 1.51; });
    QCOMPARE(statusOf(plan, QStringLiteral("enefg-11-pue-existing-2027")), CheckStatus::Fail);
}

void TestLawRules::pueJudgedEveryYearFromYearTwo()
{
    Plan plan;
    buildLawPlan(plan);
    ProjectionInputs projections;
    projections.energy = EnergySummary {};
    projections.energy->samples = 500;
    // Year 1 is above the limit but lies within the grace; year 3 is the one that fails at P50.
    projections.energy->pueP50ByYear = { 1.40, 1.18, 1.21, 1.19 };
    projections.energy->pueP95ByYear = { 1.50, 1.19, 1.25, 1.22 };
    projections.energy->annualPueP50 = 1.40;
    projections.energy->annualPueP95 = 1.50;
    CheckResult r = result(ComplianceChecker::run(plan, projections, {}), QStringLiteral("enefg-11-pue-new"));
    QCOMPARE(r.status, CheckStatus::Fail);
    QCOMPARE(r.value, 1.21);
    QVERIFY2(
        r.detail.contains(QStringLiteral("P50")) && r.detail.contains(QStringLiteral("year 3")), qPrintable(r.detail));
    projections.energy->pueP50ByYear = { 1.40, 1.18, 1.20, 1.19 };
    r = result(ComplianceChecker::run(plan, projections, {}), QStringLiteral("enefg-11-pue-new"));
    QCOMPARE(r.status, CheckStatus::Pass);
    QCOMPARE(r.value, 1.20);
    // A projection of the first year only cannot show the lasting annual average.
    projections.energy->pueP50ByYear = { 1.10 };
    r = result(ComplianceChecker::run(plan, projections, {}), QStringLiteral("enefg-11-pue-new"));
    QCOMPARE(r.status, CheckStatus::NotAssessable);
}

void TestLawRules::erfInYearThree()
{
    Plan plan;
    buildLawPlan(plan);
    ProjectionInputs projections;
    projections.energy = EnergySummary {};
    projections.energy->annualPueP50 = 1.1;
    projections.energy->erfByYear = { 0.0, 0.05, 0.10 };
    QCOMPARE(statusOf(plan, QStringLiteral("enefg-11-erf-2026"), {}, RuleSetLoader::bundled(), projections),
        CheckStatus::Pass);
    projections.energy->erfByYear = { 0.5, 0.5, 0.0999 };
    QCOMPARE(statusOf(plan, QStringLiteral("enefg-11-erf-2026"), {}, RuleSetLoader::bundled(), projections),
        CheckStatus::Fail);
    // Two projected years cannot show the third, whatever they hold.
    projections.energy->erfByYear = { 0.5, 0.5 };
    QCOMPARE(statusOf(plan, QStringLiteral("enefg-11-erf-2026"), {}, RuleSetLoader::bundled(), projections),
        CheckStatus::NotAssessable);
}

void TestLawRules::managementSystemScope_data()
{
    QTest::addColumn<double>("kw");
    QTest::addColumn<int>("ownership");  // -1 not declared, 0 private, 1 public
    QTest::addColumn<int>("system");  // expected CheckStatus of § 12(1)
    QTest::addColumn<int>("certification");  // ... and of § 12(3)
    const int na = int(CheckStatus::NotApplicable);
    const int open = int(CheckStatus::NotAssessable);
    QTest::newRow("299 kW") << 299.0 << 0 << na << na;
    QTest::newRow("300 kW private") << 300.0 << 0 << open << na;
    QTest::newRow("999 kW private") << 999.0 << 0 << open << na;
    QTest::newRow("1000 kW private") << 1000.0 << 0 << open << open;
    QTest::newRow("299 kW public") << 299.0 << 1 << na << na;
    QTest::newRow("300 kW public") << 300.0 << 1 << open << open;
    QTest::newRow("500 kW ownership not declared") << 500.0 << -1 << open << open;
}

void TestLawRules::managementSystemScope()
{
    QFETCH(double, kw);
    QFETCH(int, ownership);
    QFETCH(int, system);
    QFETCH(int, certification);
    Plan plan;
    buildLawPlan(plan);
    change(plan, [&](Site &s) {
        s.connectedPowerKw = kw;
        s.publicOwnership = ownership < 0 ? std::nullopt : std::optional<bool>(ownership == 1);
    });
    const ComplianceReport report = ComplianceChecker::run(plan, {}, {});
    QCOMPARE(int(result(report, QStringLiteral("enefg-12-energy-management")).status), system);
    const CheckResult &cert = result(report, QStringLiteral("enefg-12-certification"));
    QCOMPARE(int(cert.status), certification);
    if (ownership < 0)
        QVERIFY2(cert.detail.contains(QStringLiteral("site.publicOwnership")), qPrintable(cert.detail));
    // With the certificate seen, the duty passes.
    Review review;
    review.confirmations[QStringLiteral("enefg-12-certification")] = QStringLiteral("ISO 50001, cert. 42");
    if (certification == int(CheckStatus::NotAssessable) && ownership >= 0)
        QCOMPARE(statusOf(plan, QStringLiteral("enefg-12-certification"), review), CheckStatus::Pass);
}

void TestLawRules::itOperatorThreshold()
{
    // The IT operator's threshold is measured on IT power: a rule file with the plan's own IT power as the
    // threshold shows the edge exactly.
    Plan plan;
    buildLawPlan(plan);
    const double itKw = summarize(plan).nameplateItKw;
    QVERIFY(itKw > 1);
    change(plan, [](Site &s) { s.operatorRole = OperatorRole::ItOperator; });
    QCOMPARE(statusOf(plan, QStringLiteral("enefg-12-it-operator")), CheckStatus::NotApplicable);  // below 500 kW
    QCOMPARE(statusOf(plan, QStringLiteral("enefg-12-energy-management")), CheckStatus::NotApplicable);  // not theirs
    RuleSet rules = RuleSetLoader::bundled();
    for (Rule &rule : rules.rules)
        if (rule.id == QLatin1String("enefg-12-it-operator"))
            rule.scope.minKw = itKw;
    QCOMPARE(statusOf(plan, QStringLiteral("enefg-12-it-operator"), {}, rules), CheckStatus::NotAssessable);
    for (Rule &rule : rules.rules)
        if (rule.id == QLatin1String("enefg-12-it-operator"))
            rule.scope.minKw = itKw + 0.5;
    QCOMPARE(statusOf(plan, QStringLiteral("enefg-12-it-operator"), {}, rules), CheckStatus::NotApplicable);
    change(plan, [](Site &s) { s.operatorRole.reset(); });
    const ComplianceReport report = ComplianceChecker::run(plan, {}, {});
    QVERIFY2(result(report, QStringLiteral("enefg-12-energy-management"))
                 .detail.contains(QStringLiteral("site.operatorRole")),
        qPrintable(result(report, QStringLiteral("enefg-12-energy-management")).detail));
}

void TestLawRules::colocationInformation()
{
    Plan plan;
    buildLawPlan(plan);
    QCOMPARE(statusOf(plan, QStringLiteral("enefg-15-colocation")), CheckStatus::NotApplicable);
    change(plan, [](Site &s) { s.operatorRole = OperatorRole::ColocationOperator; });
    QCOMPARE(statusOf(plan, QStringLiteral("enefg-15-colocation")), CheckStatus::NotAssessable);
    QCOMPARE(statusOf(plan, QStringLiteral("enefg-13-information")), CheckStatus::NotAssessable);
}

void TestLawRules::heatReuseExemption()
{
    Plan plan;
    buildLawPlan(plan);
    change(plan, [](Site &s) { s.plannedHeatReuseShare = 0.02; });
    QCOMPARE(statusOf(plan, QStringLiteral("enefg-11-erf-2026")), CheckStatus::Fail);
    Review review;
    review.exemptions.push_back({ QStringLiteral("enefg-11-3-heat-agreement"),
        QStringLiteral("agreement with Stadtwerke München"), QStringLiteral("SWM-2026-117"), QDate(2026, 3, 2) });
    const ComplianceReport report = ComplianceChecker::run(plan, {}, review);
    const CheckResult &erf = result(report, QStringLiteral("enefg-11-erf-2026"));
    QCOMPARE(erf.status, CheckStatus::Exempt);
    QCOMPARE(erf.basis, CheckBasis::Reviewer);
    QVERIFY2(
        erf.detail.contains(QStringLiteral("SWM-2026-117")) && erf.detail.contains(QStringLiteral("section 11(3)")),
        qPrintable(erf.detail));
    QCOMPARE(report.count(CheckStatus::Exempt), 1);
    // The exemption is one of § 11(3): it does not exempt the PUE limit.
    change(plan, [](Site &s) { s.pueTarget = 1.3; });
    QCOMPARE(statusOf(plan, QStringLiteral("enefg-11-pue-new"), review), CheckStatus::Fail);
    // A rule that does not apply stays not applicable, exemption or not.
    change(plan, [](Site &s) { s.connectedPowerKw = 200; });
    QCOMPARE(statusOf(plan, QStringLiteral("enefg-11-erf-2026"), review), CheckStatus::NotApplicable);
}

void TestLawRules::heatNetworkExemptsManagementSystem()
{
    // § 12(4): a site that hands at least half of its reused energy to a heat network and uses at most 7.5 GWh
    // a year needs no management system (so none to certify); the IT operator's duty is not a data centre's.
    Plan plan;
    buildLawPlan(plan);
    change(plan, [](Site &s) {
        s.connectedPowerKw = 1200;
        s.publicOwnership = false;
    });
    QCOMPARE(statusOf(plan, QStringLiteral("enefg-12-energy-management")), CheckStatus::NotAssessable);
    Review review;
    review.exemptions.push_back({ QStringLiteral("enefg-12-4-heat-network"), QStringLiteral("heat supply contract"),
        QStringLiteral("FW-2025-09"), QDate(2025, 9, 1) });
    QCOMPARE(statusOf(plan, QStringLiteral("enefg-12-energy-management"), review), CheckStatus::Exempt);
    QCOMPARE(statusOf(plan, QStringLiteral("enefg-12-certification"), review), CheckStatus::Exempt);
    const RuleSet &set = RuleSetLoader::bundled();
    QVERIFY(!set.rule(QStringLiteral("enefg-12-it-operator"))
                 ->exemptions.contains(QStringLiteral("enefg-12-4-heat-network")));
    const Exemption *ground = set.exemption(QStringLiteral("enefg-12-4-heat-network"));
    QVERIFY(ground && ground->primarySource);
    QVERIFY(ground->summary.contains(QStringLiteral("7.5 GWh")) && ground->summary.contains(QStringLiteral("50 %")));
    // § 11(3) sentence 1 numbers its grounds: 1 later events, 2 an agreement, 3 an offer not taken up.
    QCOMPARE(set.exemption(QStringLiteral("enefg-11-3-later-events"))->citation.number, QStringLiteral("1"));
    QCOMPARE(set.exemption(QStringLiteral("enefg-11-3-heat-agreement"))->citation.number, QStringLiteral("2"));
    QCOMPARE(set.exemption(QStringLiteral("enefg-11-3-offer-refused"))->citation.number, QStringLiteral("3"));
    // The IT operator's duty is the certification of § 12(5) sentence 2, from 1 January 2026.
    const Rule *it = set.rule(QStringLiteral("enefg-12-it-operator"));
    QCOMPARE(set.citationText(*it), QStringLiteral("EnEfG section 12(5) sentence 2"));
    QCOMPARE(it->validFrom, QDate(2026, 1, 1));
}

void TestLawRules::exemptionsRoundTrip()
{
    Review review;
    review.exemptions.push_back({ QStringLiteral("enefg-11-3-offer-refused"), QStringLiteral("offer letter"),
        QStringLiteral("ref 7"), QDate(2026, 1, 15) });
    Review back;
    QString error;
    QVERIFY2(ReviewFile::fromBytes(ReviewFile::toBytes(review), &back, &error), qPrintable(error));
    QCOMPARE(back, review);
    QByteArray broken = ReviewFile::toBytes(review).replace("2026-01-15", "15.01.2026");
    QVERIFY(!ReviewFile::fromBytes(broken, &back, &error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
}

void TestLawRules::recordingAnExemptionIsUndoable()
{
    Review review;
    QUndoStack stack;
    int changes = 0;
    ReviewEditor editor(review, stack, [&] { ++changes; });
    const RuleSet &rules = RuleSetLoader::bundled();
    const RecordedExemption offer { QStringLiteral("enefg-11-3-offer-refused"), QStringLiteral("offer letter"),
        QStringLiteral("ref 7"), QDate(2026, 1, 15) };
    QVERIFY(editor.recordExemption(rules, offer).ok);
    QCOMPARE(review.exemptions.size(), std::size_t(1));
    QVERIFY(!editor.recordExemption(rules, offer).ok);  // twice
    RecordedExemption unknown = offer;
    unknown.exemption = QStringLiteral("no-such-ground");
    QVERIFY(!editor.recordExemption(rules, unknown).ok);
    RecordedExemption noEvidence = offer;
    noEvidence.exemption = QStringLiteral("enefg-11-3-later-events");
    noEvidence.reference = QStringLiteral("  ");
    QVERIFY(!editor.recordExemption(rules, noEvidence).ok);
    QCOMPARE(stack.count(), 1);
    stack.undo();
    QVERIFY(review.exemptions.empty());
    stack.redo();
    QCOMPARE(review.exemptions.front(), offer);
    QVERIFY(editor.removeExemption(offer.exemption).ok);
    QVERIFY(review.exemptions.empty());
    QVERIFY(!editor.removeExemption(offer.exemption).ok);
    QCOMPARE(changes, 4);
}

void TestLawRules::citations()
{
    const RuleSet &set = RuleSetLoader::bundled();
    QCOMPARE(set.citationText(*set.rule(QStringLiteral("enefg-11-pue-new"))),
        QStringLiteral("EnEfG section 11(2) sentence 1 no. 1"));
    QCOMPARE(set.citationText(*set.rule(QStringLiteral("enefg-11-erf-2027"))),
        QStringLiteral("EnEfG section 11(2) sentence 1 no. 2"));
    for (const char *id : { "enefg-11-renewable-2024", "enefg-11-renewable-2027" })
        QVERIFY2(!set.sourceText(*set.rule(QLatin1String(id))).contains(QStringLiteral("secondary")), id);
    const Law *eu = set.law(QStringLiteral("eu-2024-1364"));
    QCOMPARE(eu->inForce, QDate(2024, 6, 6));
    QVERIFY(set.rule(QStringLiteral("eu-2024-1364-kpis"))->summary.contains(QStringLiteral("15 September 2024")));
    Plan plan;
    buildLawPlan(plan);
    const ComplianceReport report = ComplianceChecker::run(plan, {}, {});
    QVERIFY2(report.ruleSetText.contains(QStringLiteral("de-enefg-2023")), qPrintable(report.ruleSetText));
    QVERIFY(!report.context.isEmpty() && report.context.first().contains(QStringLiteral("100,000")));
}

void TestLawRules::amendedLawFromAnotherFile()
{
    const RuleSet draft = draftRules();
    QVERIFY(draft.draft);
    Plan plan;
    buildLawPlan(plan);
    change(plan, [](Site &s) { s.pueTarget = 1.25; });
    QCOMPARE(statusOf(plan, QStringLiteral("enefg-11-pue-new")), CheckStatus::Fail);
    QCOMPARE(statusOf(plan, QStringLiteral("enefg-11-pue-new"), {}, draft), CheckStatus::Pass);
    change(plan, [](Site &s) {
        s.startOfOperation = QDate(2020, 1, 1);
        s.pueTarget = 1.55;
    });
    QCOMPARE(statusOf(plan, QStringLiteral("enefg-11-pue-existing-2027")), CheckStatus::Fail);
    QCOMPARE(statusOf(plan, QStringLiteral("enefg-11-pue-existing-2027"), {}, draft), CheckStatus::Pass);
    // The draft's 5 km exemption exists only there.
    change(plan, [](Site &s) {
        s.startOfOperation = QDate(2026, 8, 1);
        s.plannedHeatReuseShare = 0.0;
    });
    Review review;
    review.exemptions.push_back({ QStringLiteral("enefg-draft-no-network-5km"), QStringLiteral("heat atlas"),
        QStringLiteral("map 3"), QDate(2026, 5, 1) });
    QCOMPARE(statusOf(plan, QStringLiteral("enefg-11-erf-2026"), review), CheckStatus::Fail);
    QCOMPARE(statusOf(plan, QStringLiteral("enefg-11-erf-2026"), review, draft), CheckStatus::Exempt);
    const ComplianceReport report = ComplianceChecker::run(plan, {}, review, draft);
    QVERIFY2(report.ruleSetText.contains(QStringLiteral("DRAFT")), qPrintable(report.ruleSetText));
    QCOMPARE(report.ruleSetId, QStringLiteral("de-enefg-2026-draft"));
}

void TestLawRules::hostileRuleFiles_data()
{
    QFile file(QStringLiteral(RW_RULES_DIR "/de-enefg-2023.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("line break in an id") << QByteArray(good).replace("\"enefg-11-pue-new\"", "\"x\\ny\"");
    QTest::newRow("unknown check") << QByteArray(good).replace("\"pueLimit\"", "\"magic\\nline\"");
    QTest::newRow("public threshold above the other")
        << QByteArray(good).replace("\"minKwPublic\": 300", "\"minKwPublic\": 3000");
    QTest::newRow("unknown exemption") << QByteArray(good).replace("\"enefg-12-4-6\"\n", "\"nothing\"\n");
    QTest::newRow("repeated member") << QByteArray(good).replace(
        "\"format\": \"rackwerk-rules\"", "\"format\": \"rackwerk-rules\", \"format\": \"x\"");
    QTest::newRow("law version missing") << QByteArray(good).replace("\"version\": \"BGBl. 2023 I Nr. 309\",", "");
}

void TestLawRules::hostileRuleFiles()
{
    QFETCH(QByteArray, bytes);
    RuleSet set;
    QString error;
    QVERIFY2(!RuleSetLoader::fromBytes(bytes, &set, &error), "refused");
    QVERIFY(!error.isEmpty());
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
    QVERIFY(set.rules.empty());
}

QTEST_MAIN(TestLawRules)
#include "tst_lawrules.moc"
