// SPDX-License-Identifier: GPL-3.0-or-later
// The cooling failure sweep: which runs a plan gives (a unit and the power nodes that stop only it share one),
// one result file per run, resuming skips finished runs and redoes stale or broken ones, a cancelled sweep
// leaves no file, and the summary names the worst failure per hall, in German too. Coarse cells keep it fast.
#include "../common/campusplan.h"
#include "../common/testplans.h"

#include "analysis/coolingsweep.h"
#include "i18n/language.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace rw;

class TestCoolingSweep : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(Language::apply(QStringLiteral("en"))); }
    void runsOfTheSmallPlan();
    void everyHallOfACampus();
    void sweepWritesOneFilePerRunAndResumes();
    void brokenOrStaleResultsAreRedone();
    void cancelledSweepLeavesNoFile();
    void mergeOfAnEmptyFolderSaysWhy();
    void summaryInGerman();

private:
    static SweepOptions fastOptions()
    {
        SweepOptions options;
        options.cellM = 0.5f;
        options.maxIterations = 300;
        options.transientSeconds = 20.0f;
        options.jobs = 2;
        options.threadsPerRun = 1;
        return options;
    }
};

void TestCoolingSweep::runsOfTheSmallPlan()
{
    Plan plan;
    rwtest::buildSmallPlan(plan);
    const SweepPlan sweep = CoolingSweep::plan(plan, fastOptions());
    QVERIFY2(sweep.ok(), qPrintable(sweep.error));
    // The steady state and one failure: the CRAH, the UPS that feeds it and the utility above share it.
    QCOMPARE(sweep.runs.size(), std::size_t(2));
    QVERIFY(sweep.runs[0].isSteady());
    QCOMPARE(sweep.runs[0].key, QStringLiteral("hall-%1-steady").arg(rwtest::small::kHall));
    const SweepRun &failure = sweep.runs[1];
    QCOMPARE(failure.failedCoolers, std::vector<long long> { rwtest::small::kCoolingUnit });
    QCOMPARE(failure.key, QStringLiteral("hall-%1-unit-%2").arg(rwtest::small::kHall).arg(rwtest::small::kCoolingUnit));
    QVERIFY(failure.causes.size() >= 2);
    QCOMPARE(failure.causes.front().kind, SweepCause::Kind::CoolingUnit);
    bool upsNamed = false, buswayNamed = false;
    for (const SweepCause &cause : failure.causes) {
        upsNamed |= cause.kind == SweepCause::Kind::PowerNode && cause.id == rwtest::small::kUps;
        buswayNamed |= cause.id == rwtest::small::kBusway;  // feeds racks only: stops no cooling
    }
    QVERIFY(upsNamed);
    QVERIFY(!buswayNamed);
    QVERIFY(CoolingSweep::describe(failure).startsWith(QStringLiteral("CRAH 1, ")));
    // The fingerprint follows what the run depends on.
    SweepOptions longer = fastOptions();
    longer.transientSeconds = 40.0f;
    QVERIFY(CoolingSweep::plan(plan, longer).runs[1].fingerprint != failure.fingerprint);
    QCOMPARE(CoolingSweep::plan(plan, fastOptions()).runs[1].fingerprint, failure.fingerprint);
}

void TestCoolingSweep::everyHallOfACampus()
{
    Plan small;
    rwtest::buildSmallPlan(small);
    Plan plan;
    rwtest::buildSmallPlan(plan);
    rwtest::appendPlanCopy(small, plan, QStringLiteral(" (2)"));
    const SweepPlan sweep = CoolingSweep::plan(plan, fastOptions());
    QVERIFY2(sweep.ok(), qPrintable(sweep.error));
    QCOMPARE(sweep.runs.size(), std::size_t(4));
    QCOMPARE(sweep.cases.size(), std::size_t(2));
    QStringList keys;
    for (const SweepRun &run : sweep.runs)
        keys << run.key;
    keys.removeDuplicates();
    QCOMPARE(keys.size(), 4);
    QVERIFY(sweep.runs[0].hallId != sweep.runs[2].hallId);
    QCOMPARE(sweep.runs[2].hallName, QStringLiteral("Hall T (2)"));
    // The copy's units fail with the copy's power chain only.
    for (const SweepCause &cause : sweep.runs[3].causes)
        QVERIFY(cause.name.endsWith(QStringLiteral(" (2)")));
}

void TestCoolingSweep::sweepWritesOneFilePerRunAndResumes()
{
    Plan plan;
    rwtest::buildSmallPlan(plan);
    const SweepOptions options = fastOptions();
    const SweepPlan sweep = CoolingSweep::plan(plan, options);
    QTemporaryDir dir;
    QString error;
    QVERIFY2(
        CoolingSweep::writeManifest(dir.path(), sweep, options, QStringLiteral("small"), &error), qPrintable(error));
    std::vector<CoolingSweep::Progress> reports;
    QCOMPARE(CoolingSweep::runAll(
                 dir.path(), sweep, options, [&](const CoolingSweep::Progress &p) { reports.push_back(p); }),
        0);
    QCOMPARE(reports.size(), std::size_t(2));
    QCOMPARE(reports.back().done, std::size_t(2));
    QCOMPARE(reports.back().total, std::size_t(2));
    QCOMPARE(reports.back().etaSeconds, 0.0);
    for (const SweepRun &run : sweep.runs)
        QVERIFY(CoolingSweep::isFinished(dir.path(), run));
    QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files,
        QStringList({ sweep.runs[0].key + QStringLiteral(".json"), sweep.runs[1].key + QStringLiteral(".json"),
            QStringLiteral("sweep.json") }));

    // The transient's file: the failure, when the first rack left the range, the hottest inlet over time.
    QFile file(CoolingSweep::resultPath(dir.path(), sweep.runs[1]));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject result = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(result.value(QStringLiteral("ok")).toBool(), true);
    const QJsonObject transient = result.value(QStringLiteral("transient")).toObject();
    QVERIFY(transient.value(QStringLiteral("simulatedSeconds")).toDouble() >= 20.0 - 1e-3);
    QVERIFY(transient.value(QStringLiteral("hottestInlet")).toArray().size() >= 2);
    QCOMPARE(result.value(QStringLiteral("racks")).toArray().size(), 2);

    const SweepSummary summary = CoolingSweep::merge(dir.path());
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QCOMPARE(summary.finished, 2);
    QCOMPARE(summary.failed, 0);
    QCOMPARE(summary.halls.size(), std::size_t(1));
    QCOMPARE(summary.halls[0].worstRun, 1);
    QCOMPARE(summary.halls[0].steadyRacksOutsideAllowable, 0);
    const QStringList lines = summary.lines();
    QVERIFY(!lines.isEmpty());
    QVERIFY2(
        lines.join(QLatin1Char('\n')).contains(QStringLiteral("Hall T: ")), qPrintable(lines.join(QLatin1Char('\n'))));

    // Again: nothing to do, nothing reported, the files stay as they were.
    const QDateTime written = QFileInfo(file).lastModified();
    reports.clear();
    QCOMPARE(CoolingSweep::runAll(
                 dir.path(), sweep, options, [&](const CoolingSweep::Progress &p) { reports.push_back(p); }),
        0);
    QVERIFY(reports.empty());
    QCOMPARE(QFileInfo(file.fileName()).lastModified(), written);
}

void TestCoolingSweep::brokenOrStaleResultsAreRedone()
{
    Plan plan;
    rwtest::buildSmallPlan(plan);
    const SweepOptions options = fastOptions();
    const SweepPlan sweep = CoolingSweep::plan(plan, options);
    QTemporaryDir dir;
    QString error;
    QVERIFY(CoolingSweep::writeManifest(dir.path(), sweep, options, QStringLiteral("small"), &error));
    QCOMPARE(CoolingSweep::runAll(dir.path(), sweep, options), 0);
    // A file cut short (as a copy by hand might leave it) does not count as finished.
    QFile broken(CoolingSweep::resultPath(dir.path(), sweep.runs[0]));
    QVERIFY(broken.open(QIODevice::ReadWrite));
    const QByteArray bytes = broken.readAll();
    QVERIFY(broken.resize(bytes.size() / 2));
    broken.close();
    QVERIFY(!CoolingSweep::isFinished(dir.path(), sweep.runs[0]));
    QVERIFY(CoolingSweep::isFinished(dir.path(), sweep.runs[1]));
    QCOMPARE(CoolingSweep::merge(dir.path()).finished, 1);
    std::vector<std::size_t> redone;
    QCOMPARE(CoolingSweep::runAll(dir.path(), sweep, options,
                 [&](const CoolingSweep::Progress &p) {
                     redone.push_back(p.lastIndex);
                     QCOMPARE(p.skipped, std::size_t(1));
                 }),
        0);
    QCOMPARE(redone, std::vector<std::size_t> { 0 });
    QVERIFY(CoolingSweep::isFinished(dir.path(), sweep.runs[0]));

    // Changed settings make every result stale: the plan's runs are redone, the old ones not merged.
    SweepOptions longer = options;
    longer.transientSeconds = 25.0f;
    const SweepPlan changed = CoolingSweep::plan(plan, longer);
    QVERIFY(!CoolingSweep::isFinished(dir.path(), changed.runs[1]));
    QVERIFY(CoolingSweep::writeManifest(dir.path(), changed, longer, QStringLiteral("small"), &error));
    QCOMPARE(CoolingSweep::merge(dir.path()).finished, 0);
}

void TestCoolingSweep::cancelledSweepLeavesNoFile()
{
    Plan plan;
    rwtest::buildSmallPlan(plan);
    SweepOptions options = fastOptions();
    options.maxIterations = 0;
    const SweepPlan sweep = CoolingSweep::plan(plan, options);
    QTemporaryDir dir;
    std::atomic<bool> cancel { true };
    int reports = 0;
    CoolingSweep::runAll(
        dir.path(), sweep, options, [&](const CoolingSweep::Progress &) { ++reports; }, &cancel);
    QCOMPARE(reports, 0);
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    // Cancelled in the middle of a run: the engine stops, the run leaves no file.
    const SweepRunResult r = CoolingSweep::runOne(dir.path(), sweep, 1, options, &cancel);
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("The thermal projection was cancelled."));
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

void TestCoolingSweep::mergeOfAnEmptyFolderSaysWhy()
{
    QTemporaryDir dir;
    const SweepSummary summary = CoolingSweep::merge(dir.path());
    QVERIFY(!summary.ok());
    QVERIFY2(summary.error.contains(QStringLiteral("holds no cooling failure sweep")), qPrintable(summary.error));
    Plan empty;
    const SweepPlan sweep = CoolingSweep::plan(empty, fastOptions());
    QVERIFY(!sweep.ok());
    QVERIFY(sweep.runs.empty());
}

void TestCoolingSweep::summaryInGerman()
{
    SweepSummary summary;
    SweepRun steady, failure;
    steady.hallId = failure.hallId = 7;
    steady.hallName = failure.hallName = QStringLiteral("Halle 1");
    failure.failedCoolers = { 70 };
    failure.failedCoolerNames = { QStringLiteral("CRAH 1") };
    failure.causes = { { SweepCause::Kind::CoolingUnit, 70, QStringLiteral("CRAH 1") } };
    summary.runs = { steady, failure };
    SweepHallSummary hall;
    hall.hallId = 7;
    hall.hallName = QStringLiteral("Halle 1");
    hall.runs = 3;
    hall.finished = 2;
    hall.worstRun = 1;
    hall.worstFirstExceedanceS = 1234.0f;
    hall.worstRackName = QStringLiteral("A01");
    summary.halls = { hall };
    QVERIFY(Language::apply(QStringLiteral("de")));
    const QString text = summary.lines().join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QStringLiteral("Halle 1: schlimmster Kühlungsausfall CRAH 1")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("nach 1.234 s")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1 von 3 Läufen")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestCoolingSweep)
#include "tst_coolingsweep.moc"
