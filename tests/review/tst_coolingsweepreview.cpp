// SPDX-License-Identifier: GPL-3.0-or-later
// The cooling failure sweep's merged result in the product (issue 20): the findings, the review check
// cooling-failure-sweep and the report's table, for a hall whose racks leave the allowable range after a
// failure, one whose racks stay in it, an unfinished sweep and none; and a real sweep of the small plan merged
// the way `sweep --merge` and the GUI merge it.
#include "../common/testplans.h"

#include "analysis/coolingsweep.h"
#include "i18n/language.h"
#include "review/compliancechecker.h"
#include "review/projectionsummarizers.h"
#include "review/reviewreport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace rw;
using namespace rwtest;

namespace {

/// A merged sweep of the small plan's hall: the steady state and the failure of CRAH 1 (with its UPS).
SweepSummary sweepOfSmallPlan(float firstExceedanceS, int finished = 2)
{
    SweepSummary summary;
    summary.engine = QStringLiteral("cpu");
    SweepRun steady, failure;
    steady.hallId = failure.hallId = small::kHall;
    steady.hallName = failure.hallName = QStringLiteral("Hall 1");
    failure.failedCoolers = { small::kCoolingUnit };
    failure.failedCoolerNames = { QStringLiteral("CRAH 1") };
    failure.causes = { { SweepCause::Kind::CoolingUnit, small::kCoolingUnit, QStringLiteral("CRAH 1") },
        { SweepCause::Kind::PowerNode, small::kUps, QStringLiteral("UPS") } };
    summary.runs = { steady, failure };
    summary.finished = finished;
    SweepHallSummary hall;
    hall.hallId = small::kHall;
    hall.hallName = QStringLiteral("Hall 1");
    hall.runs = 2;
    hall.finished = finished;
    hall.steadyRacksOutsideAllowable = 0;
    hall.worstRun = finished == 2 ? 1 : -1;
    hall.worstFirstExceedanceS = finished == 2 ? firstExceedanceS : -1.0f;
    hall.worstRackName = firstExceedanceS >= 0 ? QStringLiteral("Rack A") : QString();
    hall.simulatedSeconds = finished == 2 ? 300.0f : 0.0f;
    summary.halls = { hall };
    return summary;
}

const CheckResult &sweepCheck(const ComplianceReport &report)
{
    for (const CheckResult &r : report.results)
        if (r.ruleId == QLatin1String("cooling-failure-sweep"))
            return r;
    qFatal("no cooling-failure-sweep check");
}

const ReportTable *sweepTable(const ReviewReport &report)
{
    for (const ReportTable &t : report.tables())
        if (t.key == QLatin1String("cooling-failure-sweep"))
            return &t;
    return nullptr;
}

ComplianceReport checked(const Plan &plan, const SweepSummary &summary)
{
    ProjectionInputs inputs;
    inputs.coolingSweep = summarizeCoolingSweep(summary);
    return ComplianceChecker::run(plan, inputs, {});
}

}  // namespace

class TestCoolingSweepReview : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(Language::apply(QStringLiteral("en"))); }
    void rackLeavingTheRangeIsAFindingAndFails();
    void racksStayingInTheRangePass();
    void unfinishedSweepIsNotAssessable();
    void withoutSweepTheReportSaysSo();
    void reportInGerman();
    void realSweepMergedAsTheCliMergesIt();
};

void TestCoolingSweepReview::rackLeavingTheRangeIsAFindingAndFails()
{
    Plan plan;
    buildSmallPlan(plan);
    const SweepSummary summary = sweepOfSmallPlan(95.0f);
    const std::vector<Finding> findings = CoolingSweep::findings(summary);
    QCOMPARE(findings.size(), std::size_t(1));
    QCOMPARE(findings[0].severity, Finding::Severity::Warning);
    QCOMPARE(findings[0].kind, EntityKind::Hall);
    QCOMPARE(findings[0].key.toLongLong(), qlonglong(small::kHall));
    QCOMPARE(findings[0].message,
        QStringLiteral("Cooling failure sweep: Hall 1: worst cooling failure CRAH 1, UPS (stops CRAH 1): first rack "
                       "(Rack A) outside the allowable range after 95 s."));

    const CheckResult &r = sweepCheck(checked(plan, summary));
    QCOMPARE(r.status, CheckStatus::Fail);
    QCOMPARE(r.basis, CheckBasis::Projected);
    QCOMPARE(r.value, 95.0);
    QCOMPARE(r.limit, 300.0);
    QVERIFY2(r.detail.contains(QStringLiteral("first rack (Rack A) outside the allowable range after 95 s")),
        qPrintable(r.detail));
    QVERIFY2(r.detail.contains(QStringLiteral("engine CPU")), qPrintable(r.detail));

    ProjectionInputs inputs;
    inputs.coolingSweep = summarizeCoolingSweep(summary);
    const ReviewReport report(plan, QString(), inputs, {});
    const ReportTable *table = sweepTable(report);
    QVERIFY(table);
    QCOMPARE(table->rows.size(), std::size_t(1));
    const auto &row = table->rows[0];
    QCOMPARE(row[0].text, QStringLiteral("Hall 1"));
    QCOMPARE(row[1].text, QStringLiteral("CRAH 1, UPS (stops CRAH 1)"));
    QCOMPARE(row[2].text, QStringLiteral("Rack A"));
    QCOMPARE(row[3].number, 95.0);
    QCOMPARE(row[4].number, 300.0);
    QCOMPARE(row[6].text, QStringLiteral("2 of 2"));
    const QString html = report.html();
    QVERIFY(html.contains(QStringLiteral("Cooling failure sweep (worst failure per hall)")));
    QVERIFY(html.contains(QStringLiteral("2 of 2 runs finished, 0 failed (engine CPU)")));
}

void TestCoolingSweepReview::racksStayingInTheRangePass()
{
    Plan plan;
    buildSmallPlan(plan);
    const SweepSummary summary = sweepOfSmallPlan(-1.0f);
    QVERIFY(CoolingSweep::findings(summary).empty());
    QCOMPARE(summary.lines(),
        QStringList { QStringLiteral(
            "Hall 1: after every cooling failure the rack inlets stay in the allowable range for 300 s.") });
    const CheckResult &r = sweepCheck(checked(plan, summary));
    QCOMPARE(r.status, CheckStatus::Pass);
    QCOMPARE(r.valueText, QStringLiteral("none outside within 300 s"));
    QVERIFY2(r.detail.contains(QStringLiteral("1 hall")), qPrintable(r.detail));

    ProjectionInputs inputs;
    inputs.coolingSweep = summarizeCoolingSweep(summary);
    const ReviewReport report(plan, QString(), inputs, {});
    const ReportTable *table = sweepTable(report);
    QVERIFY(table);
    QCOMPARE(table->rows[0][2].text, QStringLiteral("none"));
    QVERIFY(!table->rows[0][3].isNumber());
}

void TestCoolingSweepReview::unfinishedSweepIsNotAssessable()
{
    Plan plan;
    buildSmallPlan(plan);
    const SweepSummary summary = sweepOfSmallPlan(-1.0f, 1);
    const std::vector<Finding> findings = CoolingSweep::findings(summary);
    QCOMPARE(findings.size(), std::size_t(1));
    QVERIFY2(
        findings[0].message.contains(QStringLiteral("1 of 2 runs are not finished")), qPrintable(findings[0].message));
    const CheckResult &r = sweepCheck(checked(plan, summary));
    QCOMPARE(r.status, CheckStatus::NotAssessable);
    QVERIFY2(r.detail.contains(QStringLiteral("1 of 2 runs finished")), qPrintable(r.detail));
}

void TestCoolingSweepReview::withoutSweepTheReportSaysSo()
{
    Plan plan;
    buildSmallPlan(plan);
    const ComplianceReport compliance = ComplianceChecker::run(plan, {}, {});
    QCOMPARE(sweepCheck(compliance).status, CheckStatus::NotAssessable);
    QCOMPARE(sweepCheck(compliance).detail, QStringLiteral("No cooling failure sweep has been run."));
    const ReviewReport report(plan, QString(), {}, {});
    QVERIFY(!sweepTable(report));
    QVERIFY(report.html().contains(QStringLiteral("No cooling failure sweep has been run.")));
}

void TestCoolingSweepReview::reportInGerman()
{
    Plan plan;
    buildSmallPlan(plan);
    QVERIFY(Language::apply(QStringLiteral("de")));
    const SweepSummary summary = sweepOfSmallPlan(1234.0f);
    ProjectionInputs inputs;
    inputs.coolingSweep = summarizeCoolingSweep(summary);
    const ReviewReport report(plan, QString(), inputs, {});
    const ReportTable *table = sweepTable(report);
    QVERIFY(table);
    QVERIFY2(table->title.startsWith(QStringLiteral("Kühlungsausfall")), qPrintable(table->title));
    QCOMPARE(table->rows[0][3].text, QStringLiteral("1.234"));
    const CheckResult &r = sweepCheck(report.compliance());
    QVERIFY2(r.detail.contains(QStringLiteral("nach 1.234 s")), qPrintable(r.detail));
    QVERIFY2(CoolingSweep::findings(summary)[0].message.startsWith(QStringLiteral("Kühlungsausfallreihe: ")),
        qPrintable(CoolingSweep::findings(summary)[0].message));
}

void TestCoolingSweepReview::realSweepMergedAsTheCliMergesIt()
{
    // Coarse cells and a short transient: what is checked is that the merge of real result files reaches the
    // findings, the check and the report consistently, not the physics.
    Plan plan;
    buildSmallPlan(plan);
    SweepOptions options;
    options.cellM = 0.5f;
    options.maxIterations = 300;
    options.transientSeconds = 20.0f;
    options.jobs = 2;
    options.threadsPerRun = 1;
    const SweepPlan sweep = CoolingSweep::plan(plan, options);
    QVERIFY2(sweep.ok(), qPrintable(sweep.error));
    QTemporaryDir dir;
    QString error;
    QVERIFY2(
        CoolingSweep::writeManifest(dir.path(), sweep, options, QStringLiteral("small"), &error), qPrintable(error));
    QCOMPARE(CoolingSweep::runAll(dir.path(), sweep, options), 0);
    const SweepSummary summary = CoolingSweep::merge(dir.path());
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QCOMPARE(summary.finished, int(sweep.runs.size()));
    QCOMPARE(summary.engine, QStringLiteral("cpu"));
    const SweepHallSummary &hall = summary.halls.at(0);
    const CheckResult &r = sweepCheck(checked(plan, summary));
    const bool leaves = hall.worstFirstExceedanceS >= 0;
    QCOMPARE(r.status, leaves ? CheckStatus::Fail : CheckStatus::Pass);
    QCOMPARE(r.limit, double(hall.simulatedSeconds));
    QCOMPARE(CoolingSweep::findings(summary).size(),
        std::size_t((leaves ? 1 : 0) + (hall.steadyRacksOutsideAllowable > 0 ? 1 : 0)));
    // Every finding is one of the lines `sweep --merge` prints.
    const QStringList lines = summary.lines();
    for (const Finding &finding : CoolingSweep::findings(summary))
        QVERIFY(lines.contains(finding.message.section(QStringLiteral(": "), 1)));
}

QTEST_GUILESS_MAIN(TestCoolingSweepReview)
#include "tst_coolingsweepreview.moc"
