// SPDX-License-Identifier: GPL-3.0-or-later
// rackwerk-cli sweep as a user runs it: a two-hall plan swept on the local cores with progress and a summary,
// a rerun keeps the finished runs, a killed sweep leaves only whole files and resumes, --merge collects, bad
// input is refused in one line, and --slurm goes through a real single-node Slurm (scripts/slurm/start-local.sh;
// skipped with the script's reason where it cannot run). Coarse cells keep every run under a few seconds.
#include "../common/campusplan.h"
#include "../common/testplans.h"
#include "clirun.h"

#include "plan/planfiller.h"
#include "store/planstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace rw;

class TestCliSweep : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void sweepAndMerge();
    void killedSweepResumes();
    void badInputIsRefused();
    void slurmJobArray();

private:
    QStringList fastArgs(const QString &dir) const
    {
        return { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("sweep"), mPlanPath,
            QStringLiteral("--out"), dir, QStringLiteral("--engine"), QStringLiteral("cpu"), QStringLiteral("--cell"),
            QStringLiteral("0.5"), QStringLiteral("--iterations"), QStringLiteral("300"), QStringLiteral("--transient"),
            QStringLiteral("20") };
    }
    static QStringList resultFiles(const QString &dir)
    {
        return QDir(dir).entryList({ QStringLiteral("hall-*.json") }, QDir::Files, QDir::Name);
    }
    QTemporaryDir mDir;
    QString mPlanPath;
};

void TestCliSweep::initTestCase()
{
    QVERIFY(mDir.isValid());
    Plan small;
    rwtest::buildSmallPlan(small);
    Plan plan;
    rwtest::buildSmallPlan(plan);
    rwtest::appendPlanCopy(small, plan, QStringLiteral(" (2)"));
    mPlanPath = mDir.filePath(QStringLiteral("two-halls.rackwerk"));
    QVERIFY(PlanStore::save(plan, mPlanPath).ok);
}

void TestCliSweep::sweepAndMerge()
{
    const QString out = mDir.filePath(QStringLiteral("local"));
    const rwtest::CliRun first = rwtest::runCli(fastArgs(out) << QStringLiteral("--jobs") << QStringLiteral("2"));
    QVERIFY2(first.exitCode == 0, qPrintable(first.err + first.out));
    // Progress with an estimate of the time left, then the summary per hall.
    QVERIFY2(first.out.contains(QStringLiteral("[1/4] ")), qPrintable(first.out));
    QVERIFY(first.out.contains(QStringLiteral("[4/4] ")));
    QVERIFY(first.out.contains(QStringLiteral("left")));
    QVERIFY(first.out.contains(QStringLiteral("Cooling failure sweep: 4 of 4 runs finished, 0 failed.")));
    QVERIFY2(first.out.contains(QStringLiteral("\nHall T: ")) && first.out.contains(QStringLiteral("\nHall T (2): ")),
        qPrintable(first.out));
    QCOMPARE(resultFiles(out).size(), 4);

    const rwtest::CliRun again = rwtest::runCli(fastArgs(out));
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(
        again.out.contains(QStringLiteral("4 of 4 runs were finished before; they are kept.")), qPrintable(again.out));
    QVERIFY(!again.out.contains(QStringLiteral("[1/")));

    const rwtest::CliRun merged
        = rwtest::runCli({ QStringLiteral("sweep"), QStringLiteral("--merge"), out, QStringLiteral("--json") });
    QCOMPARE(merged.exitCode, 0);
    const QJsonObject summary = QJsonDocument::fromJson(merged.out.toUtf8()).object();
    QCOMPARE(summary.value(QStringLiteral("finished")).toInt(), 4);
    const QJsonArray halls = summary.value(QStringLiteral("halls")).toArray();
    QCOMPARE(halls.size(), 2);
    for (const QJsonValue &hall : halls)
        QVERIFY(hall.toObject().value(QStringLiteral("worstRun")).toString().contains(QStringLiteral("-unit-")));

    // The reviewer's check takes the sweep: without it the sweep check cannot be assessed, with it it can.
    auto sweepCheckStatus = [](const rwtest::CliRun &run) {
        for (const QJsonValue &r :
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("results")).toArray())
            if (r.toObject().value(QStringLiteral("rule")).toString() == QLatin1String("cooling-failure-sweep"))
                return r.toObject().value(QStringLiteral("status")).toString();
        return QString();
    };
    const rwtest::CliRun without = rwtest::runCli({ QStringLiteral("check"), mPlanPath, QStringLiteral("--json") });
    QCOMPARE(sweepCheckStatus(without), QStringLiteral("notAssessable"));
    const rwtest::CliRun with = rwtest::runCli(
        { QStringLiteral("check"), mPlanPath, QStringLiteral("--sweep"), out, QStringLiteral("--json") });
    QVERIFY2(with.exitCode == 0 || with.exitCode == 3, qPrintable(with.err));
    const QString status = sweepCheckStatus(with);
    QVERIFY2(status == QLatin1String("pass") || status == QLatin1String("fail"), qPrintable(status + with.out));

    // A sweep is credited only to the plan it was run on: supply air 1 K warmer makes it another version.
    Plan changed;
    QVERIFY(PlanStore::load(mPlanPath, &changed).ok);
    const auto air = std::find_if(changed.all<CoolingUnit>().begin(), changed.all<CoolingUnit>().end(),
        [](const auto &entry) { return entry.second.hallId != kNoId; });
    QVERIFY(air != changed.all<CoolingUnit>().end());
    CoolingUnit warmer = air->second;
    warmer.supplyTempC += 1.0;
    PlanFiller(changed).replace(warmer);
    const QString changedPath = mDir.filePath(QStringLiteral("changed.rackwerk"));
    QVERIFY(PlanStore::save(changed, changedPath).ok);
    const rwtest::CliRun stale = rwtest::runCli({ QStringLiteral("--lang"), QStringLiteral("en"),
        QStringLiteral("check"), changedPath, QStringLiteral("--sweep"), out });
    QCOMPARE(stale.exitCode, 2);
    QVERIFY2(stale.err.contains(QStringLiteral("was run on another plan, another version of this plan")),
        qPrintable(stale.err));
    QCOMPARE(stale.err.trimmed().count(QLatin1Char('\n')), 0);
}

void TestCliSweep::killedSweepResumes()
{
    const QString out = mDir.filePath(QStringLiteral("killed"));
    QProcess sweep;
    // One run at a time and a longer transient, so that the kill falls into a run.
    QStringList args = fastArgs(out);
    args.replace(args.indexOf(QStringLiteral("20")), QStringLiteral("200"));
    sweep.start(QStringLiteral(RW_CLI_PATH), args << QStringLiteral("--jobs") << QStringLiteral("1"));
    QVERIFY(sweep.waitForStarted());
    QElapsedTimer clock;
    clock.start();
    while (resultFiles(out).isEmpty() && clock.elapsed() < 120000 && sweep.state() == QProcess::Running)
        QThread::msleep(20);
    QVERIFY2(!resultFiles(out).isEmpty(), "no run finished within 2 minutes");
    sweep.kill();
    sweep.waitForFinished();
    // Only whole result files: each parses (the temporary file of the run cut short is not one of them).
    const QStringList left = resultFiles(out);
    QVERIFY2(left.size() < 4, "the sweep finished before the kill; the test proves nothing");
    for (const QString &name : left) {
        QFile file(QDir(out).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(QJsonDocument::fromJson(file.readAll()).isObject(), qPrintable(name));
    }
    const rwtest::CliRun merged = rwtest::runCli({ QStringLiteral("sweep"), QStringLiteral("--merge"), out });
    QCOMPARE(merged.exitCode, 1);  // not finished
    QVERIFY2(merged.out.contains(QStringLiteral("runs are not finished")), qPrintable(merged.out));

    const rwtest::CliRun resumed = rwtest::runCli(args);
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
    QVERIFY2(resumed.out.contains(QStringLiteral("%1 of 4 runs were finished before").arg(left.size())),
        qPrintable(resumed.out));
    QCOMPARE(resultFiles(out).size(), 4);
}

void TestCliSweep::badInputIsRefused()
{
    const QString out = mDir.filePath(QStringLiteral("bad"));
    const rwtest::CliRun jobs = rwtest::runCli(fastArgs(out) << QStringLiteral("--jobs") << QStringLiteral("0"));
    QCOMPARE(jobs.exitCode, 2);
    QCOMPARE(jobs.err.trimmed(),
        QStringLiteral("rackwerk-cli: --jobs needs a number of runs at a time between 1 and 1024."));
    const rwtest::CliRun noOut = rwtest::runCli({ QStringLiteral("sweep"), mPlanPath });
    QCOMPARE(noOut.exitCode, 2);
    QVERIFY(noOut.err.contains(QStringLiteral("sweep needs one plan and --out DIR.")));
    const rwtest::CliRun empty = rwtest::runCli({ QStringLiteral("sweep"), QStringLiteral("--merge"), mDir.path() });
    QCOMPARE(empty.exitCode, 2);
    QVERIFY(empty.err.contains(QStringLiteral("holds no cooling failure sweep")));
    QVERIFY(!QFileInfo::exists(out));
}

void TestCliSweep::slurmJobArray()
{
    const QString script = QStringLiteral(RW_TEST_FIXTURES "/../../scripts/slurm/start-local.sh");
    QProcess start;
    start.start(QStringLiteral("/bin/sh"), { script });
    QVERIFY(start.waitForFinished(90000));
    if (start.exitCode() == 77)
        QSKIP(qPrintable(QStringLiteral("no local Slurm: ")
            + QString::fromLocal8Bit(start.readAllStandardError()).trimmed().section(QStringLiteral(": "), 1)));
    QVERIFY2(start.exitCode() == 0, start.readAllStandardError().constData());

    const QString out = mDir.filePath(QStringLiteral("slurm"));
    const rwtest::CliRun submitted = rwtest::runCli(fastArgs(out) << QStringLiteral("--slurm"));
    QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.err + submitted.out));
    QFile sbatch(QDir(out).filePath(QStringLiteral("sweep.sbatch")));
    QVERIFY(sbatch.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(sbatch.readAll());
    QVERIFY2(text.contains(QStringLiteral("#SBATCH --array=0,1,2,3\n")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("--gres")));  // the CPU engine asks for no GPU
    QVERIFY(text.contains(QStringLiteral("--task \"$SLURM_ARRAY_TASK_ID\"")));
    const QRegularExpressionMatch job
        = QRegularExpression(QStringLiteral("Submitted as Slurm job (\\d+)")).match(submitted.out);
    QVERIFY2(job.hasMatch(), qPrintable(submitted.out));

    // Wait for the array to leave the queue, then collect.
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        QProcess squeue;
        squeue.start(QStringLiteral("squeue"), { QStringLiteral("-h"), QStringLiteral("-j"), job.captured(1) });
        QVERIFY(squeue.waitForFinished(30000));
        if (squeue.readAllStandardOutput().trimmed().isEmpty())
            break;
        QVERIFY2(clock.elapsed() < 240000, "the Slurm job array did not finish within 4 minutes");
        QThread::msleep(500);
    }
    const rwtest::CliRun merged = rwtest::runCli({ QStringLiteral("sweep"), QStringLiteral("--merge"), out });
    QVERIFY2(merged.exitCode == 0,
        qPrintable(merged.out + merged.err + QDir(out + QStringLiteral("/slurm")).entryList().join(QLatin1Char(' '))));
    QVERIFY(merged.out.contains(QStringLiteral("4 of 4 runs finished, 0 failed.")));
    // Submitting again: nothing left to run.
    const rwtest::CliRun again = rwtest::runCli(fastArgs(out) << QStringLiteral("--slurm"));
    QCOMPARE(again.exitCode, 0);
    QVERIFY(again.out.contains(QStringLiteral("nothing to submit")));
}

QTEST_GUILESS_MAIN(TestCliSweep)
#include "tst_clisweep.moc"
