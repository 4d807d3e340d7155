// SPDX-License-Identifier: GPL-3.0-or-later
// The background thermal runner: a small plan runs to a result, cancel stops it, too large a grid and
// an unusable CUDA engine are refused before anything runs, a cooling failure gives a transient, and
// the messages come in German too.
#include "../common/testplans.h"

#include "analysis/thermalcasebuilder.h"
#include "analysis/thermalprojection.h"
#include "analysis/thermalrunner.h"
#include "i18n/language.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>

using namespace rw;

class TestThermalRunner : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(Language::apply(QStringLiteral("en"))); }
    void smallPlanGivesAResult();
    void cancelStopsTheRun();
    void tooLargeGridIsRefused();
    void badSettingsAreRefused();
    void failedCoolerGivesATransient();
    void cudaRequestWithoutGpuIsRefused();
    void messagesInGerman();
    void cliAndGuiShareTheFailureLookup();

private:
    static bool waitFinished(QSignalSpy &spy, int seconds = 300) { return spy.count() > 0 || spy.wait(seconds * 1000); }
};

void TestThermalRunner::smallPlanGivesAResult()
{
    Plan plan;
    rwtest::buildSmallPlan(plan);
    ThermalOutcome outcome;
    ThermalRunner runner(plan, &outcome);
    QSignalSpy finished(&runner, &ThermalRunner::finished);
    QSignalSpy progress(&runner, &ThermalRunner::progress);
    QSignalSpy changed(&outcome, &ThermalOutcome::changed);
    ThermalRunRequest request;
    request.cellM = 0.5f;
    request.backend = engine::BackendRequest::Cpu;
    QString error;
    QVERIFY2(runner.start(request, &error), qPrintable(error));
    QVERIFY(runner.isRunning());
    QVERIFY(!runner.start(request, &error));  // one run at a time
    QVERIFY(waitFinished(finished));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(!runner.isRunning());
    QVERIFY(progress.count() >= 2);
    QCOMPARE(changed.count(), 1);
    const ThermalRun *run = outcome.run();
    QVERIFY(run);
    QCOMPARE(run->hallId, rwtest::small::kHall);
    QCOMPARE(run->result.racks.size(), std::size_t(2));
    QCOMPARE(run->result.coolers.size(), std::size_t(1));
    QCOMPARE(run->result.backend, engine::Backend::Cpu);
    QVERIFY(run->engineReason().isEmpty());  // the CPU was asked for: no fallback to explain
    QVERIFY(run->predictedBytes > 0);
    QCOMPARE(run->result.fields.grid.cellM, 0.5f);
    QCOMPARE(run->result.fields.temperatureC.size(), run->result.fields.grid.cellCount());
    // The 10 m wide hall at 0.5 m: 20 cells across.
    QCOMPARE(run->result.fields.grid.nx, 20);
    for (const engine::RackThermalResult &rack : run->result.racks) {
        QVERIFY(std::isfinite(rack.inletMeanC));
        QVERIFY(rack.exhaustC > rack.inletMeanC);  // the racks heat the air
    }
    QVERIFY(std::abs(run->result.energyBalanceError()) < 0.05f);
    QVERIFY(!outcome.isStale());
    outcome.setStale(true);
    QVERIFY(outcome.isStale());
    QCOMPARE(run->result.turbulence, engine::TurbulenceModel::KEpsilon);  // the default

    // The turbulence model asked for is the one that ran.
    request.turbulence = engine::TurbulenceModel::ChenXu;
    finished.clear();
    QVERIFY2(runner.start(request, &error), qPrintable(error));
    QVERIFY(waitFinished(finished));
    QVERIFY(outcome.run());
    QCOMPARE(outcome.run()->result.turbulence, engine::TurbulenceModel::ChenXu);
    QVERIFY(std::abs(outcome.run()->result.energyBalanceError()) < 0.05f);
}

void TestThermalRunner::cancelStopsTheRun()
{
    Plan plan;
    rwtest::buildSmallPlan(plan);
    ThermalOutcome outcome;
    ThermalRunner runner(plan, &outcome);
    QSignalSpy finished(&runner, &ThermalRunner::finished);
    ThermalRunRequest request;
    request.cellM = 0.2f;  // long enough to be stopped in the middle
    request.backend = engine::BackendRequest::Cpu;
    QString error;
    QVERIFY2(runner.start(request, &error), qPrintable(error));
    runner.cancel();
    QVERIFY(waitFinished(finished));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(finished.first().at(1).toString(), QStringLiteral("The thermal projection was cancelled."));
    QVERIFY(!outcome.run());  // a cancelled run leaves the last result alone
    // The runner can run again after a cancel.
    request.cellM = 0.5f;
    request.maxIterations = 200;
    QVERIFY2(runner.start(request, &error), qPrintable(error));
    finished.clear();
    QVERIFY(waitFinished(finished));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY(outcome.run());
}

void TestThermalRunner::tooLargeGridIsRefused()
{
    Plan plan;
    rwtest::buildSmallPlan(plan);
    ThermalOutcome outcome;
    ThermalRunner runner(plan, &outcome);
    QVERIFY(runner.memoryLimitBytes() > 0);
    QVERIFY(runner.memoryLimitBytes() <= ThermalRunner::physicalMemoryBytes());
    // 10 m x 10 m x ceiling at 0.1 m is over 10^5 cells, some MB: more than a 1 MB limit allows.
    runner.setMemoryLimitBytes(1 << 20);
    QSignalSpy finished(&runner, &ThermalRunner::finished);
    ThermalRunRequest request;
    request.cellM = 0.1f;
    request.backend = engine::BackendRequest::Cpu;
    QString error;
    QVERIFY(!runner.start(request, &error));
    QVERIFY(!runner.isRunning());
    QVERIFY2(error.contains(QStringLiteral("choose larger cells")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("1.00 MiB")), qPrintable(error));
    QCOMPARE(finished.count(), 0);
    QVERIFY(!outcome.run());
    // It names the finest cell size that fits; that one starts (where 0.1 m did not).
    const QRegularExpressionMatch finest = QRegularExpression(QStringLiteral("\\(([0-9.]+) m or more\\)")).match(error);
    QVERIFY2(finest.hasMatch(), qPrintable(error));
    request.cellM = finest.captured(1).toFloat();
    QVERIFY(request.cellM > 0.1f && request.cellM <= 0.5f);
    request.maxIterations = 200;
    QVERIFY2(runner.start(request, &error), qPrintable(error));
    QVERIFY(waitFinished(finished));
}

void TestThermalRunner::badSettingsAreRefused()
{
    Plan plan;
    rwtest::buildSmallPlan(plan);
    ThermalOutcome outcome;
    ThermalRunner runner(plan, &outcome);
    QString error;
    ThermalRunRequest request;
    request.cellM = 0.01f;
    QVERIFY(!runner.start(request, &error));
    QVERIFY2(error.contains(QStringLiteral("between 0.02 m and 2 m")), qPrintable(error));
    request.cellM = 0.5f;
    request.failedCoolers = { 999 };
    QVERIFY(!runner.start(request, &error));
    QVERIFY2(error.contains(QStringLiteral("999")), qPrintable(error));
    request.failedCoolers.clear();
    request.hallId = 12345;  // no such hall
    QVERIFY(!runner.start(request, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!runner.isRunning());
    Plan empty;
    ThermalRunner emptyRunner(empty, &outcome);
    QVERIFY(!emptyRunner.start({}, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(ThermalRunner::defaultCellM(empty, kNoId), 0.0f);
    QVERIFY(ThermalRunner::defaultCellM(plan, kNoId) > 0.0f);
}

void TestThermalRunner::failedCoolerGivesATransient()
{
    Plan plan;
    rwtest::buildSmallPlan(plan);
    ThermalOutcome outcome;
    ThermalRunner runner(plan, &outcome);
    QSignalSpy finished(&runner, &ThermalRunner::finished);
    ThermalRunRequest request;
    request.cellM = 0.5f;
    request.maxIterations = 300;  // the transient starts from wherever the steady state got to
    request.backend = engine::BackendRequest::Cpu;
    request.failedCoolers = { rwtest::small::kCoolingUnit };
    request.transientSeconds = 20.0f;
    QString error;
    QVERIFY2(runner.start(request, &error), qPrintable(error));
    QVERIFY(waitFinished(finished));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    const engine::TransientResult &t = outcome.run()->result.transient;
    QCOMPARE(t.failedCoolers, std::vector<long long> { rwtest::small::kCoolingUnit });
    QVERIFY(t.simulatedSeconds >= 20.0f - 1e-3f);
    QVERIFY(t.samples.size() >= 2);
    QCOMPARE(t.samples.front().inletMeanC.size(), std::size_t(2));
}

void TestThermalRunner::cudaRequestWithoutGpuIsRefused()
{
    if (engine::probeBackends().cudaUsable)
        QSKIP("a CUDA GPU is usable here");
    Plan plan;
    rwtest::buildSmallPlan(plan);
    ThermalOutcome outcome;
    ThermalRunner runner(plan, &outcome);
    ThermalRunRequest request;
    request.backend = engine::BackendRequest::Cuda;
    QString error;
    QVERIFY(!runner.start(request, &error));
    QVERIFY2(error.startsWith(QStringLiteral("The CUDA engine cannot run here")), qPrintable(error));
    // Automatic falls back to the CPU and says why.
    QSignalSpy finished(&runner, &ThermalRunner::finished);
    request.backend = engine::BackendRequest::Auto;
    request.cellM = 0.5f;
    request.maxIterations = 200;
    QVERIFY2(runner.start(request, &error), qPrintable(error));
    QVERIFY(waitFinished(finished));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(outcome.run()->result.backend, engine::Backend::Cpu);
    QCOMPARE(outcome.run()->engineReason(), ThermalProjection::cudaUnavailableText(engine::probeBackends()));
    QVERIFY(!outcome.run()->engineReason().isEmpty());
}

void TestThermalRunner::messagesInGerman()
{
    QVERIFY(Language::apply(QStringLiteral("de")));
    engine::ThermalResult cancelled;
    cancelled.error = engine::ThermalError::Cancelled;
    QCOMPARE(ThermalProjection::errorText(cancelled, engine::ThermalCase {}),
        QStringLiteral("Die thermische Prognose wurde abgebrochen."));
    Plan plan;
    rwtest::buildSmallPlan(plan);
    ThermalOutcome outcome;
    ThermalRunner runner(plan, &outcome);
    runner.setMemoryLimitBytes(1 << 20);
    ThermalRunRequest request;
    request.cellM = 0.1f;
    QString error;
    QVERIFY(!runner.start(request, &error));
    QVERIFY2(error.contains(QStringLiteral("größere Zellen")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("0,10 m")), qPrintable(error));
}

void TestThermalRunner::cliAndGuiShareTheFailureLookup()
{
    Plan plan;
    rwtest::buildSmallPlan(plan);
    const ThermalCaseBuild build = ThermalCaseBuilder::build(plan);
    QVERIFY(build.ok());
    std::vector<long long> ids;
    QVERIFY(ThermalProjection::coolersStoppedBy(plan, build.thermalCase, QStringLiteral("CRAH 1"), &ids));
    QCOMPARE(ids, std::vector<long long> { rwtest::small::kCoolingUnit });
    // The CRAH hangs on the UPS: failing the UPS stops it.
    QVERIFY(ThermalProjection::coolersStoppedBy(plan, build.thermalCase, QStringLiteral("UPS"), &ids));
    QCOMPARE(ids, std::vector<long long> { rwtest::small::kCoolingUnit });
    QVERIFY(!ThermalProjection::coolersStoppedBy(plan, build.thermalCase, QStringLiteral("nothing"), &ids));
}

QTEST_GUILESS_MAIN(TestThermalRunner)
#include "tst_thermalrunner.moc"
