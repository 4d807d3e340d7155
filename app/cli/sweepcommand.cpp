// SPDX-License-Identifier: GPL-3.0-or-later
// rackwerk-cli sweep: every cooling failure of every hall as one batch (docs/cooling-sweep.md).
#include "analysis/coolingsweep.h"
#include "analysis/thermalprojection.h"
#include "clicommands.h"
#include "clioptions.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <thread>

namespace rw::cli {
namespace {

QString durationText(double seconds)
{
    const QLocale locale;
    if (seconds < 90)
        return CliCommands::tr("%1 s").arg(locale.toString(std::lround(seconds)));
    if (seconds < 5400)
        return CliCommands::tr("%1 min").arg(locale.toString(std::lround(seconds / 60)));
    return CliCommands::tr("%1 h").arg(locale.toString(seconds / 3600, 'f', 1));
}

QJsonObject summaryJson(const SweepSummary &summary)
{
    QJsonArray halls;
    for (const SweepHallSummary &hall : summary.halls) {
        QJsonObject o { { QStringLiteral("hallId"), double(hall.hallId) }, { QStringLiteral("hall"), hall.hallName },
            { QStringLiteral("runs"), hall.runs }, { QStringLiteral("finished"), hall.finished },
            { QStringLiteral("failed"), hall.failed },
            { QStringLiteral("steadyRacksOutsideAllowable"),
                hall.steadyRacksOutsideAllowable >= 0 ? QJsonValue(hall.steadyRacksOutsideAllowable) : QJsonValue() },
            { QStringLiteral("simulatedSeconds"), hall.simulatedSeconds } };
        if (hall.worstRun >= 0) {
            const SweepRun &run = summary.runs[std::size_t(hall.worstRun)];
            o.insert(QStringLiteral("worstRun"), run.key);
            o.insert(QStringLiteral("worstFailure"), CoolingSweep::describe(run));
            o.insert(QStringLiteral("firstExceedanceS"),
                hall.worstFirstExceedanceS >= 0 ? QJsonValue(hall.worstFirstExceedanceS) : QJsonValue());
            o.insert(QStringLiteral("firstRack"), hall.worstRackName);
        }
        halls.append(o);
    }
    return QJsonObject { { QStringLiteral("runs"), int(summary.runs.size()) },
        { QStringLiteral("finished"), summary.finished }, { QStringLiteral("failed"), summary.failed },
        { QStringLiteral("halls"), halls } };
}

/// A word for a POSIX shell, in single quotes.
QString shellQuoted(const QString &word)
{
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

}  // namespace

int CliCommands::submitSlurm(const QString &outDir, const QString &planSource, const SweepPlan &sweepPlan,
    const SweepOptions &options, const QString &engineText, bool submit)
{
    // One array task per unfinished run; every task runs this program on its run (--task), so that the
    // cluster's scheduler, not Rackwerk, places them. Finished runs are left out of the array.
    QStringList pending;
    for (std::size_t n = 0; n < sweepPlan.runs.size(); ++n)
        if (!CoolingSweep::isFinished(outDir, sweepPlan.runs[n]))
            pending << QString::number(n);
    if (pending.isEmpty()) {
        mOut << tr("Every run of the sweep is finished; nothing to submit.") << Qt::endl;
        return printSweepSummary(outDir, false);
    }
    const QString dir = QFileInfo(outDir).absoluteFilePath();
    const QDir logDir(QDir(dir).filePath(QStringLiteral("slurm")));
    if (!QDir().mkpath(logDir.path()))
        return fail(kFailed, tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(logDir.path())));
    const int threads = std::max(1, options.threadsPerRun);
    QStringList command { shellQuoted(QCoreApplication::applicationFilePath()), QStringLiteral("sweep"),
        shellQuoted(planSource), QStringLiteral("--out"), shellQuoted(dir), QStringLiteral("--engine"),
        shellQuoted(engineText), QStringLiteral("--turbulence"),
        QString::fromLatin1(engine::turbulenceModelName(options.turbulence)), QStringLiteral("--transient"),
        QString::number(double(options.transientSeconds), 'g', 9), QStringLiteral("--task"),
        QStringLiteral("\"$SLURM_ARRAY_TASK_ID\"") };
    if (options.cellM > 0)
        command << QStringLiteral("--cell") << QString::number(double(options.cellM), 'g', 9);
    if (options.maxIterations > 0)
        command << QStringLiteral("--iterations") << QString::number(options.maxIterations);
    QStringList script { QStringLiteral("#!/bin/sh"), QStringLiteral("# Written by rackwerk-cli sweep --slurm."),
        QStringLiteral("#SBATCH --job-name=rackwerk-sweep"),
        QStringLiteral("#SBATCH --array=%1").arg(pending.join(QLatin1Char(','))),
        QStringLiteral("#SBATCH --cpus-per-task=%1").arg(threads),
        QStringLiteral("#SBATCH --output=%1/%A_%a.out").arg(logDir.path()) };
    if (options.backend == engine::Backend::Cuda)
        script << QStringLiteral("#SBATCH --gres=gpu:1");
    script << QStringLiteral("exec %1").arg(command.join(QLatin1Char(' '))) << QString();
    const QString scriptPath = QDir(dir).filePath(QStringLiteral("sweep.sbatch"));
    QSaveFile file(scriptPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(script.join(QLatin1Char('\n')).toUtf8()) < 0 || !file.commit())
        return fail(kFailed, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(scriptPath), file.errorString()));
    QFile::setPermissions(scriptPath, QFile::permissions(scriptPath) | QFileDevice::ExeOwner);
    const QLocale locale;
    mOut << tr("Slurm job array of %1 runs written to %2.")
                .arg(locale.toString(qsizetype(pending.size())), QDir::toNativeSeparators(scriptPath))
         << Qt::endl;
    if (!submit)
        return kOk;
    QProcess sbatch;
    sbatch.start(QStringLiteral("sbatch"), { QStringLiteral("--parsable"), scriptPath });
    if (!sbatch.waitForStarted(10000))
        return fail(kFailed,
            tr("sbatch cannot be started (%1); submit %2 on a machine of the Slurm cluster.")
                .arg(sbatch.errorString(), QDir::toNativeSeparators(scriptPath)));
    if (!sbatch.waitForFinished(120000) || sbatch.exitStatus() != QProcess::NormalExit || sbatch.exitCode() != 0)
        return fail(kFailed,
            tr("sbatch refused the job array: %1")
                .arg(QString::fromLocal8Bit(sbatch.readAllStandardError()).trimmed()));
    const QString jobId
        = QString::fromLocal8Bit(sbatch.readAllStandardOutput()).trimmed().section(QLatin1Char(';'), 0, 0);
    mOut << tr("Submitted as Slurm job %1; collect the results with: rackwerk-cli sweep --merge %2")
                .arg(jobId, QDir::toNativeSeparators(dir))
         << Qt::endl;
    return kOk;
}

int CliCommands::printSweepSummary(const QString &dir, bool json)
{
    const SweepSummary summary = CoolingSweep::merge(dir);
    if (!summary.ok())
        return fail(kBadInput, summary.error);
    if (json) {
        mOut << QJsonDocument(summaryJson(summary)).toJson(QJsonDocument::Indented);
    } else {
        const QLocale locale;
        mOut << tr("Cooling failure sweep: %1 of %2 runs finished, %3 failed.")
                    .arg(locale.toString(summary.finished), locale.toString(qsizetype(summary.runs.size())),
                        locale.toString(summary.failed))
             << Qt::endl;
        for (const QString &line : summary.lines())
            mOut << line << Qt::endl;
    }
    if (summary.failed > 0)
        return kFailed;
    return summary.finished == int(summary.runs.size()) ? kOk : kFailed;
}

int CliCommands::sweep(const QStringList &arguments)
{
    QStringList args = arguments;
    const bool json = takeFlag(args, QStringLiteral("--json"));
    const bool slurm = takeFlag(args, QStringLiteral("--slurm"));
    const bool noSubmit = takeFlag(args, QStringLiteral("--no-submit"));
    QString mergeDir, outDir, jobsText, engineText = QStringLiteral("auto"), cellText, transientText, iterationsText,
                                        taskText;
    QString turbulenceText = QString::fromLatin1(engine::turbulenceModelName(engine::ThermalSettings().turbulence));
    if (!takeOption(args, QStringLiteral("--merge"), &mergeDir) || !takeOption(args, QStringLiteral("--out"), &outDir)
        || !takeOption(args, QStringLiteral("--jobs"), &jobsText)
        || !takeOption(args, QStringLiteral("--engine"), &engineText)
        || !takeOption(args, QStringLiteral("--cell"), &cellText)
        || !takeOption(args, QStringLiteral("--transient"), &transientText)
        || !takeOption(args, QStringLiteral("--iterations"), &iterationsText)
        || !takeOption(args, QStringLiteral("--turbulence"), &turbulenceText)
        || !takeOption(args, QStringLiteral("--task"), &taskText))
        return usage(tr("An option of sweep is missing its value."));
    if (const QString bad = leftoverOption(args); !bad.isEmpty())
        return unknownOption(bad);
    if (!mergeDir.isEmpty()) {
        if (!args.isEmpty() || !outDir.isEmpty())
            return usage(tr("sweep --merge takes only the folder of a sweep."));
        return printSweepSummary(mergeDir, json);
    }
    if (args.size() != 1 || outDir.isEmpty())
        return usage(tr("sweep needs one plan and --out DIR."));

    SweepOptions options;
    options.transientSeconds = ThermalProjection::kDefaultTransientSeconds;
    bool ok = true;
    if (!jobsText.isEmpty()) {
        options.jobs = jobsText.toInt(&ok);
        if (!ok || options.jobs < 1 || options.jobs > 1024)
            return usage(tr("--jobs needs a number of runs at a time between 1 and 1024."));
    } else {
        options.jobs = std::max(1, int(std::thread::hardware_concurrency()));
    }
    engine::BackendRequest request {};
    if (!engine::parseBackendRequest(engineText.toStdString(), &request))
        return usage(tr("Unknown engine \"%1\"; use auto, cpu or cuda.").arg(engineText));
    if (!engine::parseTurbulenceModel(turbulenceText.toStdString(), &options.turbulence))
        return usage(tr("Unknown turbulence model \"%1\"; use k-epsilon or chen-xu.").arg(turbulenceText));
    if (!cellText.isEmpty()) {
        options.cellM = float(cellText.toDouble(&ok));
        if (!ok || !(options.cellM >= ThermalProjection::kMinCellM && options.cellM <= ThermalProjection::kMaxCellM))
            return usage(tr("--cell needs a cell size in metres between 0.02 and 2."));
    }
    if (!transientText.isEmpty()) {
        options.transientSeconds = float(transientText.toDouble(&ok));
        if (!ok || !(options.transientSeconds > 0 && options.transientSeconds <= 86400))
            return usage(tr("--transient needs a duration in seconds between 0 and 86400."));
    }
    if (!iterationsText.isEmpty()) {
        options.maxIterations = iterationsText.toInt(&ok);
        if (!ok || options.maxIterations < 10 || options.maxIterations > 1000000)
            return usage(tr("--iterations needs a number of steady-state steps between 10 and 1,000,000."));
    }
    std::string why;
    if (!engine::resolveBackend(request, &options.backend, &why))
        return fail(kBadInput, tr("The CUDA engine cannot run here: %1").arg(QString::fromStdString(why)));

    Plan plan;
    QString error;
    if (!loadPlan(args.first(), &plan, &error))
        return fail(kBadInput, error);
    const SweepPlan sweepPlan = CoolingSweep::plan(plan, options);
    if (!sweepPlan.ok())
        return fail(kBadInput, sweepPlan.error);

    if (!taskText.isEmpty()) {
        // One run of a sweep set up before (a Slurm array task): the run list must still be the manifest's.
        const int task = taskText.toInt(&ok);
        if (!ok || task < 0 || task >= int(sweepPlan.runs.size()))
            return usage(tr("--task needs a run number between 0 and %1.").arg(sweepPlan.runs.size() - 1));
        const SweepSummary manifest = CoolingSweep::merge(outDir);
        if (!manifest.ok())
            return fail(kBadInput, manifest.error);
        if (manifest.runs.size() != sweepPlan.runs.size()
            || manifest.runs[std::size_t(task)].fingerprint != sweepPlan.runs[std::size_t(task)].fingerprint)
            return fail(kBadInput,
                tr("The plan or the settings changed since the sweep in %1 was set up; set it up again.")
                    .arg(fullPath(outDir)));
        const SweepRun &run = sweepPlan.runs[std::size_t(task)];
        if (CoolingSweep::isFinished(outDir, run)) {
            mOut << tr("%1: already finished.").arg(run.key) << Qt::endl;
            return kOk;
        }
        options.threadsPerRun = qEnvironmentVariableIntValue("SLURM_CPUS_PER_TASK");  // 0 (unset): every core
        const SweepRunResult r = CoolingSweep::runOne(outDir, sweepPlan, std::size_t(task), options);
        if (!r.ok)
            return fail(kFailed, tr("%1: %2").arg(run.key, r.error));
        mOut << tr("%1: finished in %2.").arg(run.key, durationText(r.wallSeconds)) << Qt::endl;
        return kOk;
    }

    // Built-in plans ("demo", "gigafactory") by name, files by absolute path: Slurm tasks start elsewhere.
    const QString planSource = QFileInfo::exists(args.first()) ? fullPath(args.first()) : args.first();
    if (!CoolingSweep::writeManifest(outDir, sweepPlan, options, planSource, &error))
        return fail(kFailed, error);

    if (slurm)
        // The engine resolved here, so that every task runs (and fingerprints) the same one.
        return submitSlurm(outDir, planSource, sweepPlan, options,
            QString::fromLatin1(engine::backendName(options.backend)), !noSubmit);
    if (noSubmit)
        return usage(tr("--no-submit goes with --slurm."));

    const QLocale locale;
    QTextStream &progressOut = json ? mErr : mOut;  // --json keeps stdout for the JSON
    const auto finishedBefore = std::count_if(sweepPlan.runs.begin(), sweepPlan.runs.end(),
        [&](const SweepRun &run) { return CoolingSweep::isFinished(outDir, run); });
    if (finishedBefore > 0)
        progressOut << tr("%1 of %2 runs were finished before; they are kept.")
                           .arg(locale.toString(qsizetype(finishedBefore)),
                               locale.toString(qsizetype(sweepPlan.runs.size())))
                    << Qt::endl;
    const int failures = CoolingSweep::runAll(outDir, sweepPlan, options, [&](const CoolingSweep::Progress &p) {
        const SweepRun &run = sweepPlan.runs[p.lastIndex];
        QString outcome;
        if (!p.last.ok)
            outcome = tr("failed: %1").arg(p.last.error);
        else if (run.isSteady())
            outcome = tr("%1 racks outside the allowable range").arg(locale.toString(p.last.racksOutsideAllowable));
        else if (p.last.firstExceedanceS >= 0)
            outcome = tr("first rack outside the allowable range after %1 s")
                          .arg(locale.toString(p.last.firstExceedanceS, 'f', 0));
        else
            outcome = tr("every rack stays in the allowable range for %1 s")
                          .arg(locale.toString(p.last.simulatedSeconds, 'f', 0));
        progressOut << tr("[%1/%2] %3, %4: %5 (%6); about %7 left")
                           .arg(locale.toString(qulonglong(p.done)), locale.toString(qulonglong(p.total)), run.hallName,
                               CoolingSweep::describe(run), outcome, durationText(p.last.wallSeconds),
                               durationText(p.etaSeconds))
                    << Qt::endl;
    });
    Q_UNUSED(failures);
    return printSweepSummary(outDir, json);
}

}  // namespace rw::cli
