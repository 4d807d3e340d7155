// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long rackwerk-cli takes, and how much memory at its peak, to import, open (info) and validate
// large plans: 20,000 racks and 200,000 devices laid out properly, stacked on top of each other, and with
// every device in one slot. Each command runs as its own process, so its peak resident memory is its own.
// A benchmark, not a test: run it on a quiet machine and read the figures.
//   build/tests/bench/bench_largeplans [RACKS [DEVICES [apart|stacked|duplicates|all]]]
// RACKWERK_CLI=/path/to/rackwerk-cli measures another build of it; RACKWERK_BENCH_TIMEOUT=SECONDS stops a
// command that runs longer (default 300); RACKWERK_BENCH_DIR=FOLDER keeps the generated plans there.
#include "plan/plan.h"
#include "plan/planfiller.h"
#include "store/planjson.h"
#include "store/planstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifndef RW_CLI_PATH
#error "RW_CLI_PATH must name the rackwerk-cli executable"
#endif

extern char **environ;

namespace {

using namespace rw;

enum class Layout { Apart, Stacked, Duplicates };

const char *layoutName(Layout layout)
{
    switch (layout) {
    case Layout::Apart:
        return "apart";
    case Layout::Stacked:
        return "stacked";
    case Layout::Duplicates:
        return "duplicates";
    }
    return "?";
}

/// Apart: rows back to back with 1.5 m aisles, ten 4U servers per rack, a consistent plan without findings.
/// Stacked: every rack at the same spot (warnings only). Duplicates: every device in U1 of the first rack
/// (an inconsistent plan that opening and importing refuse).
void buildPlan(Plan &plan, int racks, int devices, Layout layout)
{
    Site site;
    site.name = QStringLiteral("Benchmark");
    PlanFiller(plan).setSite(site);
    DeviceType type;
    type.key = QStringLiteral("bench-4u");
    type.manufacturer = QStringLiteral("Bench");
    type.model = QStringLiteral("4U server");
    type.category = DeviceCategory::Compute;
    type.heightU = 4;
    type.depthMm = 900;
    type.weightKg = 40;
    type.idlePowerW = 300;
    type.typicalPowerW = 1000;
    type.maxPowerW = 1500;
    type.source = QStringLiteral("benchmark");
    PlanFiller(plan).insert(type);
    const int perRow = 200;
    const int rows = (racks + perRow - 1) / perRow;
    Hall hall;
    hall.id = plan.allocateId();
    hall.name = QStringLiteral("H1");
    hall.widthM = perRow * 0.6 + 4;
    hall.depthM = std::min(1000.0, (rows / 2 + 1) * 3.9 + 4);
    PlanFiller(plan).insert(hall);
    std::vector<Id> rackIds;
    for (int n = 0; n < racks; ++n) {
        Rack rack;
        rack.id = plan.allocateId();
        rack.hallId = hall.id;
        rack.name = QStringLiteral("R%1").arg(n + 1);
        const int row = n / perRow;
        const bool apart = layout == Layout::Apart;
        rack.xM = apart ? 2.3 + (n % perRow) * 0.6 : 10.0;
        rack.yM = apart ? 2.2 + (row / 2) * 3.9 + (row % 2) * 1.2 : 10.0;
        rack.facing = row % 2 == 0 ? Facing::North : Facing::South;
        PlanFiller(plan).insert(rack);
        rackIds.push_back(rack.id);
    }
    for (int n = 0; n < devices; ++n) {
        MountedDevice device;
        device.id = plan.allocateId();
        device.typeKey = type.key;
        if (layout == Layout::Duplicates || rackIds.empty()) {
            device.rackId = rackIds.empty() ? kNoId : rackIds.front();
            device.positionU = 1;
        } else {
            const int perRack = std::max(1, devices / int(rackIds.size()));
            device.rackId = rackIds[std::size_t(n / perRack) % rackIds.size()];
            device.positionU = 1 + (n % perRack) * 4 % 44;
        }
        PlanFiller(plan).insert(device);
    }
}

struct Measured {
    bool timedOut = false;
    int exitCode = -1;
    double seconds = 0;
    double cpuSeconds = 0;  ///< user + system: what a quiet machine would take, roughly
    long peakKiB = 0;
};

/// The program measured: RACKWERK_CLI if set (to compare another build), else the one built beside this.
std::string cliPath()
{
    const char *chosen = std::getenv("RACKWERK_CLI");
    return chosen && *chosen ? chosen : RW_CLI_PATH;
}

/// Runs a program with its output discarded; its own wall time and peak resident memory. The peak counts
/// the memory of this process at the moment it starts the program (Linux starts it in a copy of this
/// process), which is why this process never builds a plan itself.
Measured run(std::string program, const std::vector<std::string> &args)
{
    std::vector<char *> argv;
    argv.push_back(program.data());
    std::vector<std::string> copies = args;
    for (std::string &arg : copies)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    timespec start {};
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t pid = 0;
    Measured m;
    if (posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return m;
    }
    posix_spawn_file_actions_destroy(&actions);
    // A command past the time limit is killed and reported as such (the figures are then lower bounds).
    const double limitSeconds
        = std::getenv("RACKWERK_BENCH_TIMEOUT") ? std::atof(std::getenv("RACKWERK_BENCH_TIMEOUT")) : 300.0;
    int status = 0;
    rusage usage {};
    for (;;) {
        if (wait4(pid, &status, WNOHANG, &usage) == pid)
            break;
        timespec now {};
        clock_gettime(CLOCK_MONOTONIC, &now);
        if (double(now.tv_sec - start.tv_sec) + double(now.tv_nsec - start.tv_nsec) / 1e9 > limitSeconds) {
            kill(pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
            m.timedOut = true;
            break;
        }
        usleep(20000);
    }
    timespec end {};
    clock_gettime(CLOCK_MONOTONIC, &end);
    m.seconds = double(end.tv_sec - start.tv_sec) + double(end.tv_nsec - start.tv_nsec) / 1e9;
    m.peakKiB = usage.ru_maxrss;
    m.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    m.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return m;
}

void report(const char *layout, const char *step, const Measured &m)
{
    std::printf("%-11s %-9s %8.2f s wall %8.2f s CPU %8.1f MiB peak  exit %d%s\n", layout, step, m.seconds,
        m.cpuSeconds, double(m.peakKiB) / 1024.0, m.exitCode,
        m.timedOut              ? " (stopped at the time limit)"
            : m.exitCode >= 128 ? " (killed by a signal)"
                                : "");
    std::fflush(stdout);
}

/// Writes the plans of a layout as JSON and as a plan file (in a child process, see run()).
int generate(const QString &folder, int racks, int devices, Layout layout)
{
    Plan plan;
    buildPlan(plan, racks, devices, layout);
    const QString base = QDir(folder).filePath(QString::fromLatin1(layoutName(layout)));
    QFile file(base + QStringLiteral(".json"));
    if (!file.open(QIODevice::WriteOnly) || file.write(PlanJson::toBytes(plan)) < 0)
        return 1;
    file.close();
    return PlanStore::save(plan, base + QStringLiteral(".rackwerk")).ok ? 0 : 1;
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 6 && std::strcmp(argv[1], "--generate") == 0)
        return generate(
            QString::fromLocal8Bit(argv[2]), std::atoi(argv[3]), std::atoi(argv[4]), Layout(std::atoi(argv[5])));
    const int racks = argc > 1 ? std::max(1, std::atoi(argv[1])) : 20000;
    const int devices = argc > 2 ? std::max(0, std::atoi(argv[2])) : 200000;
    const char *which = argc > 3 ? argv[3] : "all";
    QTemporaryDir temporary;
    // RACKWERK_BENCH_DIR keeps the generated plans there (to profile a command on them).
    const QString keep = qEnvironmentVariable("RACKWERK_BENCH_DIR");
    const QDir dir(keep.isEmpty() ? temporary.path() : keep);
    rusage self {};
    getrusage(RUSAGE_SELF, &self);
    std::printf("%s on plans of %d racks and %d devices (wall time and peak resident memory per command;\n"
                "each peak includes up to %.1f MiB of this launcher)\n",
        cliPath().c_str(), racks, devices, double(self.ru_maxrss) / 1024.0);
    for (Layout layout : { Layout::Apart, Layout::Stacked, Layout::Duplicates }) {
        if (std::strcmp(which, "all") != 0 && std::strcmp(which, layoutName(layout)) != 0)
            continue;
        const Measured generated = run("/proc/self/exe",
            { "--generate", dir.path().toStdString(), std::to_string(racks), std::to_string(devices),
                std::to_string(int(layout)) });
        if (generated.exitCode != 0) {
            std::fprintf(stderr, "cannot write the %s plans into %s\n", layoutName(layout), qPrintable(dir.path()));
            return 1;
        }
        const std::string base = dir.filePath(QString::fromLatin1(layoutName(layout))).toStdString();
        const std::string name = layoutName(layout);
        report(name.c_str(), "import", run(cliPath(), { "import", base + ".json", "-o", base + "-imported.rackwerk" }));
        report(name.c_str(), "info", run(cliPath(), { "info", base + ".rackwerk" }));
        report(name.c_str(), "validate", run(cliPath(), { "validate", base + ".rackwerk" }));
    }
    return 0;
}
