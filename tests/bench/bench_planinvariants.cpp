// SPDX-License-Identifier: GPL-3.0-or-later
// Soak program for issue 15's proof: the invariants of tst_planinvariants on many generated plans
// (default 100,000), optionally with a thermal run on every K-th plan drawn small. Prints plans per
// second, every failing seed with what failed, and the peak memory. Built with the tests, never run by
// CTest; run it niced on a shared machine:
//   nice -n 19 build/tests/bench/bench_planinvariants [--plans N] [--seed S] [--thermal-every K] [--cell M]
//       [--dump DIR]
// --dump writes each failing plan's JSON form to DIR/SEED.json (rackwerk-cli import turns it into a plan).
// Exits with 1 when any plan fails. SIGINT or SIGTERM stops it after the current plan, with the figures so far.
#include "plangenerator.h"
#include "planinvariants.h"

#include "i18n/language.h"
#include "store/planjson.h"

#include <QDir>
#include <QFile>

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sys/resource.h>

#include <csignal>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

volatile std::sig_atomic_t gStop = 0;

void requestStop(int)
{
    gStop = 1;
}

long peakMemoryKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;  // KiB on Linux
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    long long plans = 100000;
    unsigned long long seed = 20261206;
    long long thermalEvery = 0;
    float cellM = 0.5f;
    QString dumpDir;
    for (int i = 1; i < argc; ++i) {
        const bool hasValue = i + 1 < argc;
        if (!std::strcmp(argv[i], "--plans") && hasValue)
            plans = std::atoll(argv[++i]);
        else if (!std::strcmp(argv[i], "--seed") && hasValue)
            seed = std::strtoull(argv[++i], nullptr, 10);
        else if (!std::strcmp(argv[i], "--thermal-every") && hasValue)
            thermalEvery = std::atoll(argv[++i]);
        else if (!std::strcmp(argv[i], "--cell") && hasValue)
            cellM = float(std::atof(argv[++i]));
        else if (!std::strcmp(argv[i], "--dump") && hasValue)
            dumpDir = QString::fromLocal8Bit(argv[++i]);
        else {
            std::fprintf(stderr,
                "Unknown option %s.\nUsage: %s [--plans N] [--seed S] [--thermal-every K] [--cell M] [--dump DIR]\n",
                argv[i], argv[0]);
            return 2;
        }
    }
    if (plans < 1 || cellM <= 0) {
        std::fprintf(stderr, "--plans must be at least 1 and --cell above 0.\n");
        return 2;
    }
    rw::Language::apply(QStringLiteral("en"));
    std::printf("Plans %lld from seed %llu, thermal run on every %lld-th plan (%s), cell %.2f m\n", plans, seed,
        thermalEvery, thermalEvery > 0 ? "CPU, one thread" : "off", double(cellM));

    long long failed = 0, thermalRuns = 0, thermalRefused = 0, thermalUnsettled = 0, racks = 0, devices = 0,
              refusals = 0;
    double thermalSeconds = 0.0;
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QElapsedTimer timer;
    timer.start();
    long long done = 0;
    for (long long i = 0; i < plans && !gStop; ++i, ++done) {
        const std::uint64_t planSeed = seed + std::uint64_t(i);
        const bool thermal = thermalEvery > 0 && i % thermalEvery == 0;
        rw::Plan plan;
        rwtest::PlanGeneratorOptions options;
        options.thermalSized = thermal;
        const rwtest::GeneratedPlan generated = rwtest::PlanGenerator(planSeed, options).generate(plan);
        racks += qint64(plan.all<rw::Rack>().size());
        devices += qint64(plan.all<rw::MountedDevice>().size());
        refusals += generated.refusals.size();
        QStringList violations = rwtest::checkPlanInvariants(plan, generated.review);
        if (thermal) {
            QElapsedTimer thermalTimer;
            thermalTimer.start();
            rwtest::ThermalRunFacts facts;
            violations += rwtest::checkThermalInvariants(plan, cellM, 1, &facts);
            thermalRefused += !facts.ran;
            thermalUnsettled += facts.ran && !facts.settled;
            thermalSeconds += double(thermalTimer.nsecsElapsed()) / 1e9;
            ++thermalRuns;
        }
        if (!violations.isEmpty()) {
            ++failed;
            std::printf("FAIL %s%s\n    %s\n", qPrintable(generated.describe()), thermal ? " [thermal-sized]" : "",
                qPrintable(violations.join(QStringLiteral("\n    "))));
            std::fflush(stdout);
            if (!dumpDir.isEmpty() && QDir().mkpath(dumpDir)) {
                QFile file(QDir(dumpDir).filePath(QStringLiteral("%1.json").arg(planSeed)));
                if (file.open(QIODevice::WriteOnly))
                    file.write(rw::PlanJson::toBytes(plan));
            }
        }
        if ((i + 1) % 5000 == 0) {
            std::printf("  %lld plans, %.1f s, %lld failing\n", i + 1, double(timer.elapsed()) / 1000.0, failed);
            std::fflush(stdout);
        }
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (done < plans)
        std::printf("Stopped by a signal after %lld of %lld plans.\n", done, plans);
    std::printf("Plans: %lld in %.1f s, %.1f plans/s; %lld racks, %lld devices; %lld edits refused while drawing\n",
        done, seconds, double(done) / seconds, racks, devices, refusals);
    if (thermalRuns > 0)
        std::printf("Thermal runs: %lld, %.2f s each on average; %lld refused with a named reason, %lld not "
                    "converged within the engine's steps\n",
            thermalRuns, thermalSeconds / double(thermalRuns), thermalRefused, thermalUnsettled);
    std::printf("Failing plans: %lld\nPeak memory (max RSS): %.1f MiB\n", failed, double(peakMemoryKiB()) / 1024.0);
    return failed > 0 ? 1 : 0;
}
