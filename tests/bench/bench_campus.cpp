// SPDX-License-Identifier: GPL-3.0-or-later
// How the costs grow from one hall to a campus (issue 20): plans of 1, 2, 5 and 10 copies of the demo hall
// (tests/common/campusplan.h), each in its own process so that its peak resident memory is its own.
// Times import (JSON) and open (plan file), validation, the power analysis with every single failure (N-1),
// the capacity search and the load projection (CPU engine), then prints each cost's growth from the
// smallest to the largest plan. A benchmark, not a test: shared machines make the figures noisy.
// --connected puts each campus's halls under one grid connection (two circuits, 110 kV transformers and a
// 20 kV board per side, as on the gigafactory: the whole site one part of the chain); --gigafactory measures
// the bundled gigafactory campus (one plan, --halls ignored).
//   build/tests/bench/bench_campus [--halls 1,2,5,10] [--trials 1000] [--years 3] [--no-load]
//                                  [--connected | --gigafactory]
//   build/tests/bench/bench_campus --write-plan HALLS FILE [--connected]   (saves that campus as a plan file,
//                                  e.g. for comparing `rackwerk-cli load` output of two builds)
#include "analysis/capacitysearch.h"
#include "analysis/contingency.h"
#include "campusplan.h"
#include "demo/gigafactoryparts.h"
#include "demo/gigafactoryplan.h"
#include "plan/validation.h"
#include "projection/loadmodelbuilder.h"
#include "projection/loadprojection.h"
#include "store/planjson.h"
#include "store/planstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>
#include <functional>
#include <map>
#include <string>
#include <thread>

using namespace rw;

namespace {

struct Options {
    QList<int> halls { 1, 2, 5, 10 };
    int trials = 1000;
    int years = 3;
    bool load = true;
    enum class Kind { Separate, Connected, Gigafactory } kind = Kind::Separate;
};

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/// Wall seconds of `work`; its CPU seconds (all threads) go to figures[name + "-cpu"], a figure that a
/// busy machine disturbs less than the wall time.
std::map<std::string, double> *gFigures = nullptr;

double secondsOf(const char *name, const std::function<void()> &work)
{
    const double cpuBefore = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    work();
    const double wall = double(timer.nsecsElapsed()) / 1e9;
    (*gFigures)[std::string(name) + "-cpu"] = cpuSeconds() - cpuBefore;
    return wall;
}

/// One plan size, in this process: prints "name=seconds" pairs on one line for the parent.
int measureOne(int halls, const Options &options)
{
    Plan campus;
    QString capacityType = QStringLiteral("nvidia-dgx-b200");
    if (options.kind == Options::Kind::Gigafactory) {
        buildGigafactoryPlan(campus);
        capacityType = QString::fromLatin1(gigafactory::kComputeType);
    } else if (options.kind == Options::Kind::Connected) {
        // Any two of a side's three transformers carry the whole campus (a demo hall draws some 17 MW).
        rwtest::buildConnectedCampus(campus, halls, 10000.0 * halls);
    } else {
        rwtest::buildDemoCampus(campus, halls);
    }
    std::map<std::string, double> figures;
    gFigures = &figures;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("campus.rackwerk"));
    if (!PlanStore::save(campus, path).ok) {
        std::printf("error: cannot save %s\n", qPrintable(path));
        return 1;
    }
    const QByteArray json = PlanJson::toBytes(campus);
    bool ok = true;
    figures["import"] = secondsOf("import", [&] {
        Plan imported;
        ok = PlanJson::fromBytes(json, &imported).ok && ok;
    });
    Plan plan;
    figures["open"] = secondsOf("open", [&] { ok = PlanStore::load(path, &plan).ok && ok; });
    if (!ok) {
        std::printf("error: the campus plan of %d halls does not import or open\n", halls);
        return 1;
    }
    figures["validate"] = secondsOf("validate", [&] { PlanValidator::validate(plan); });
    std::size_t contingencies = 0;
    figures["n-1"] = secondsOf("n-1", [&] { contingencies = PowerAnalyzer::analyze(plan).contingencies.size(); });
    int fits = 0;
    figures["capacity"] = secondsOf("capacity", [&] { fits = CapacitySearch::run(plan, capacityType).fits; });
    double pueP50 = 0.0;
    if (options.load) {
        LoadProjectionOptions load;
        load.trials = options.trials;
        load.engine = engine::BackendRequest::Cpu;
        load.model.years = options.years;
        LoadProjectionResult result;
        QString error;
        // The model alone (grouping, routing each group's shares, the plant): part of "load", shown apart.
        BuiltLoadModel built;
        figures["load-model"] = secondsOf("load-model", [&] {
            if (!LoadModelBuilder::build(plan, load.model, &built, &error))
                std::printf("load model not built: %s\n", qPrintable(error));
        });
        const engine::LoadModel &m = built.model;
        std::printf("load model: %d job slots, %d groups, %d members, %d chain nodes, %d shares, %d loss links\n",
            m.jobSlots, m.groupCount, m.memberCount, m.nodeCount, m.shareCount, m.lossLinkCount);
        figures["load"] = secondsOf("load", [&] {
            if (!LoadProjection::run(plan, load, {}, &result, &error))
                std::printf("load projection not run: %s\n", qPrintable(error));
        });
        pueP50 = result.perYear.empty() ? 0.0 : result.perYear.back().pue.p50;
    }
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("halls=%d racks=%zu devices=%zu nodes=%zu contingencies=%zu fits=%d pueP50=%.4f\n", halls,
        plan.all<Rack>().size(), plan.all<MountedDevice>().size(), plan.all<PowerNode>().size(), contingencies, fits,
        pueP50);
    std::printf("FIGURES");
    for (const auto &[name, seconds] : figures)
        std::printf(" %s=%.4f", name.c_str(), seconds);
    std::printf(" peakMiB=%.1f\n", double(usage.ru_maxrss) / 1024.0);
    return 0;
}

Options parse(const QStringList &args)
{
    Options options;
    for (int i = 1; i < args.size(); ++i) {
        const QString next = i + 1 < args.size() ? args[i + 1] : QString();
        if (args[i] == QLatin1String("--halls")) {
            options.halls.clear();
            for (const QString &n : next.split(QLatin1Char(',')))
                options.halls << std::max(1, n.toInt());
            ++i;
        } else if (args[i] == QLatin1String("--trials")) {
            options.trials = std::max(1, next.toInt());
            ++i;
        } else if (args[i] == QLatin1String("--years")) {
            options.years = std::max(1, next.toInt());
            ++i;
        } else if (args[i] == QLatin1String("--no-load")) {
            options.load = false;
        } else if (args[i] == QLatin1String("--connected")) {
            options.kind = Options::Kind::Connected;
        } else if (args[i] == QLatin1String("--gigafactory")) {
            options.kind = Options::Kind::Gigafactory;
            options.halls = { gigafactory::kHalls };
        }
    }
    return options;
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() > 3 && args[1] == QLatin1String("--write-plan")) {
        Plan campus;
        if (args.contains(QLatin1String("--connected")))
            rwtest::buildConnectedCampus(campus, args[2].toInt(), 10000.0 * args[2].toInt());
        else
            rwtest::buildDemoCampus(campus, args[2].toInt());
        const bool saved = PlanStore::save(campus, args[3]).ok;
        std::printf("%s %s\n", saved ? "saved" : "error: cannot save", qPrintable(args[3]));
        return saved ? 0 : 1;
    }
    if (args.size() > 2 && args[1] == QLatin1String("--one")) {
        QStringList rest = args;
        rest.remove(1, 2);
        return measureOne(args[2].toInt(), parse(rest));
    }
    const Options options = parse(args);
    const char *kinds[]
        = { "campus of demo halls", "campus of demo halls under one grid connection", "the gigafactory campus" };
    std::printf("%s: %d trials x %d years for the load projection (CPU engine), %u hardware "
                "threads; shared machine: figures are noisy\n",
        kinds[int(options.kind)], options.trials, options.years, std::thread::hardware_concurrency());
    QStringList passOn = args.mid(1);
    std::map<int, std::map<std::string, double>> table;
    for (int halls : options.halls) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(
            app.applicationFilePath(), QStringList { QStringLiteral("--one"), QString::number(halls) } + passOn);
        child.waitForFinished(-1);
        for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
            if (!line.startsWith("FIGURES")) {
                if (!line.isEmpty())
                    std::printf("%s\n", line.constData());
                continue;
            }
            for (const QByteArray &pair : line.mid(8).split(' ')) {
                const QList<QByteArray> parts = pair.split('=');
                if (parts.size() == 2)
                    table[halls][parts[0].toStdString()] = parts[1].toDouble();
            }
        }
    }
    if (table.empty())
        return 1;
    // One row per figure, one column per plan size, and the growth from the smallest to the largest.
    std::printf("\n%-16s", "halls");
    for (const auto &[halls, figures] : table)
        std::printf(" %10d", halls);
    std::printf("   growth x%d/%d\n", table.rbegin()->first, table.begin()->first);
    for (const auto &[name, value] : table.begin()->second) {
        const bool memory = name == "peakMiB";
        std::printf("%-16s", memory ? "peak MiB" : (name + (name.ends_with("-cpu") ? " s" : " s wall")).c_str());
        for (const auto &[halls, figures] : table)
            std::printf(" %10.3f", figures.count(name) ? figures.at(name) : 0.0);
        const auto &last = table.rbegin()->second;
        std::printf("   %8.2f\n", value > 0 && last.count(name) ? last.at(name) / value : 0.0);
    }
    return 0;
}
