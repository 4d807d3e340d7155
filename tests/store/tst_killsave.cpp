// SPDX-License-Identifier: GPL-3.0-or-later
// Saving must survive a kill at any moment: killsave_writer saves two large plans in turn, this test kills
// it at random times and checks that the file always holds one complete plan, and no older one than the
// writer had reported as saved.

#include "../common/testplans.h"
#include "killsaveplans.h"
#include "plan/planfiller.h"
#include "store/planstore.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace rw;

namespace {

constexpr int kRounds = 15;

/// The largest N of the "saved N" lines in the writer's output so far.
int lastSaveReported(const QByteArray &output)
{
    int last = 0;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("saved "))
            last = std::max(last, line.mid(6).toInt());
    }
    return last;
}

}  // namespace

class TestKillSave : public QObject {
    Q_OBJECT

private slots:
    void killedWriterLeavesACompletePlan();
};

void TestKillSave::killedWriterLeavesACompletePlan()
{
    Plan evenPlan;
    killsave::buildPlan(evenPlan, 0);
    Plan oddPlan;
    killsave::buildPlan(oddPlan, 1);
    QVERIFY(evenPlan.all<Rack>().size() == oddPlan.all<Rack>().size() + 1);

    const quint32 seed = QRandomGenerator::system()->generate();
    qInfo("random seed %u", seed);
    QRandomGenerator random(seed);
    int killsDuringSave = 0;

    for (int round = 1; round <= kRounds; ++round) {
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString path = directory.filePath(QStringLiteral("plan.rackwerk"));
        QProcess writer;
        writer.start(QStringLiteral(RW_KILLSAVE_WRITER), { path });
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));

        // Kill only after a first save has completed, so that there is a plan that must survive.
        QByteArray output;
        while (lastSaveReported(output) == 0) {
            QVERIFY2(writer.waitForReadyRead(30000),
                qPrintable(QStringLiteral("the writer saved nothing: %1")
                               .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));
            output += writer.readAllStandardOutput();
        }
        const int delayMs = 20 + int(random.bounded(381));
        QThread::msleep(delayMs);
        writer.kill();
        QVERIFY(writer.waitForFinished(10000));
        const QString where = QStringLiteral("round %1, killed %2 ms after the first save").arg(round).arg(delayMs);
        QVERIFY2(writer.exitStatus() == QProcess::CrashExit,
            qPrintable(where + QStringLiteral(": the writer had stopped before the kill: ")
                + QString::fromLocal8Bit(writer.readAllStandardError())));
        output += writer.readAllStandardOutput();
        const int lastReported = lastSaveReported(output);

        // Anything beside the plan is a temporary file of the save that the kill interrupted.
        const QStringList entries
            = QDir(directory.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        if (entries.size() > 1)
            ++killsDuringSave;

        Plan loaded;
        const LoadReport report = PlanStore::load(path, &loaded);
        QVERIFY2(report.ok, qPrintable(where + QStringLiteral(": ") + report.error));
        const int saveNumber = killsave::saveNumberOf(loaded);
        QVERIFY2(saveNumber > 0, qPrintable(where + QStringLiteral(": unexpected site name ") + loaded.site().name));
        // The file holds the last save reported, or the one that completed just before the kill.
        QVERIFY2(saveNumber == lastReported || saveNumber == lastReported + 1,
            qPrintable(where
                + QStringLiteral(": the file holds save %1, the writer reported save %2")
                      .arg(saveNumber)
                      .arg(lastReported)));
        Plan &expected = saveNumber % 2 == 1 ? oddPlan : evenPlan;
        Site site = expected.site();
        site.name = killsave::siteName(saveNumber);
        PlanFiller(expected).setSite(site);
        const QString difference = rwtest::planDifference(expected, loaded);
        QVERIFY2(difference.isEmpty(), qPrintable(where + QStringLiteral(": ") + difference));
        QCOMPARE(loaded.nextId(), expected.nextId());
    }
    qInfo("%d of %d kills interrupted a save in progress", killsDuringSave, kRounds);
    QVERIFY2(killsDuringSave > 0, "no kill interrupted a save, so the test proved nothing about atomic saving");
}

QTEST_GUILESS_MAIN(TestKillSave)
#include "tst_killsave.moc"
