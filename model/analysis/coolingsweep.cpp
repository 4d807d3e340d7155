// SPDX-License-Identifier: GPL-3.0-or-later
#include "coolingsweep.h"

#include "analysis/contingency.h"
#include "analysis/thermalcasebuilder.h"
#include "analysis/thermalcasejson.h"
#include "analysis/thermalprojection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>

namespace rw {
namespace {

constexpr int kFormatVersion = 1;

QString causeKindKey(SweepCause::Kind kind)
{
    return kind == SweepCause::Kind::CoolingUnit ? QStringLiteral("cooling-unit") : QStringLiteral("power-node");
}

QJsonArray idArray(const std::vector<long long> &ids)
{
    QJsonArray array;
    for (long long id : ids)
        array.append(double(id));
    return array;
}

QJsonObject runJson(const SweepRun &run)
{
    QJsonArray causes, names;
    for (const SweepCause &cause : run.causes)
        causes.append(QJsonObject { { QStringLiteral("kind"), causeKindKey(cause.kind) },
            { QStringLiteral("id"), double(cause.id) }, { QStringLiteral("name"), cause.name } });
    for (const QString &name : run.failedCoolerNames)
        names.append(name);
    return QJsonObject { { QStringLiteral("key"), run.key }, { QStringLiteral("hallId"), double(run.hallId) },
        { QStringLiteral("hallName"), run.hallName }, { QStringLiteral("failedCoolers"), idArray(run.failedCoolers) },
        { QStringLiteral("failedCoolerNames"), names }, { QStringLiteral("causes"), causes },
        { QStringLiteral("fingerprint"), run.fingerprint } };
}

SweepRun runFromJson(const QJsonObject &o)
{
    SweepRun run;
    run.key = o.value(QStringLiteral("key")).toString();
    run.hallId = Id(o.value(QStringLiteral("hallId")).toDouble());
    run.hallName = o.value(QStringLiteral("hallName")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("failedCoolers")).toArray())
        run.failedCoolers.push_back(static_cast<long long>(v.toDouble()));
    for (const QJsonValue &v : o.value(QStringLiteral("failedCoolerNames")).toArray())
        run.failedCoolerNames.push_back(v.toString());
    for (const QJsonValue &v : o.value(QStringLiteral("causes")).toArray()) {
        const QJsonObject c = v.toObject();
        run.causes.push_back(
            { c.value(QStringLiteral("kind")).toString() == QLatin1String("power-node") ? SweepCause::Kind::PowerNode
                                                                                        : SweepCause::Kind::CoolingUnit,
                Id(c.value(QStringLiteral("id")).toDouble()), c.value(QStringLiteral("name")).toString() });
    }
    run.fingerprint = o.value(QStringLiteral("fingerprint")).toString();
    return run;
}

QString fingerprintOf(
    const QByteArray &caseBytes, const std::vector<long long> &failed, float cellM, const SweepOptions &options)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(caseBytes);
    QByteArray settings = QByteArray::number(kFormatVersion) + ' ' + QByteArray::number(double(cellM), 'g', 9) + ' '
        + engine::backendName(options.backend) + ' ' + engine::turbulenceModelName(options.turbulence) + ' '
        + QByteArray::number(double(options.transientSeconds), 'g', 9) + ' '
        + QByteArray::number(options.maxIterations);
    for (long long id : failed)
        settings += ' ' + QByteArray::number(id);
    hash.addData(settings);
    return QString::fromLatin1(hash.result().toHex().left(24));
}

/// The run's key: readable for a single unit, a short hash of the ids for several.
QString runKey(Id hallId, const std::vector<long long> &failed)
{
    if (failed.empty())
        return QStringLiteral("hall-%1-steady").arg(hallId);
    if (failed.size() == 1)
        return QStringLiteral("hall-%1-unit-%2").arg(hallId).arg(failed.front());
    QByteArray ids;
    for (long long id : failed)
        ids += QByteArray::number(id) + ',';
    return QStringLiteral("hall-%1-units-%2")
        .arg(hallId)
        .arg(QString::fromLatin1(QCryptographicHash::hash(ids, QCryptographicHash::Sha1).toHex().left(10)));
}

bool readJsonObject(const QString &path, QJsonObject *object)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return false;
    *object = doc.object();
    return true;
}

bool writeJsonAtomically(const QString &path, const QJsonObject &object, QString *error)
{
    // QSaveFile writes a temporary file and renames it over path on commit: a killed run leaves no half file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(object).toJson(QJsonDocument::Indented)) < 0
        || !file.commit()) {
        if (error)
            *error = CoolingSweep::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QJsonValue finite(float value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue();
}

SweepRunResult resultFromJson(const QJsonObject &o)
{
    SweepRunResult r;
    r.key = o.value(QStringLiteral("key")).toString();
    r.hallId = Id(o.value(QStringLiteral("hallId")).toDouble());
    r.ok = o.value(QStringLiteral("ok")).toBool();
    r.error = o.value(QStringLiteral("error")).toString();
    r.racksOutsideAllowable = o.value(QStringLiteral("racksOutsideAllowable")).toInt();
    r.wallSeconds = o.value(QStringLiteral("wallSeconds")).toDouble();
    const QJsonObject t = o.value(QStringLiteral("transient")).toObject();
    r.simulatedSeconds = float(t.value(QStringLiteral("simulatedSeconds")).toDouble());
    r.firstExceedanceS = float(t.value(QStringLiteral("firstExceedanceS")).toDouble(-1.0));
    const QJsonArray exceeding = t.value(QStringLiteral("racksExceeding")).toArray();
    r.racksExceeding = int(exceeding.size());
    if (!exceeding.isEmpty())
        r.firstRackName = exceeding.first().toObject().value(QStringLiteral("name")).toString();
    return r;
}

}  // namespace

QString CoolingSweep::manifestPath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("sweep.json"));
}

QString CoolingSweep::resultPath(const QString &dir, const SweepRun &run)
{
    return QDir(dir).filePath(run.key + QStringLiteral(".json"));
}

SweepPlan CoolingSweep::plan(const Plan &plan, const SweepOptions &options)
{
    SweepPlan sweep;
    // Which units each power node stops: the N-1 analysis over the whole chain, less what is off anyway.
    const PowerAnalysis power = PowerAnalyzer::analyze(plan);
    const std::vector<Id> &offAnyway = power.normal.loads.stoppedCoolingUnits;
    for (const auto &entry : plan.all<Hall>()) {
        // Named copies, not structured bindings: the lambdas below capture them (clang 14 cannot).
        const Id hallId = entry.first;
        const Hall &hall = entry.second;
        const ThermalCaseBuild build = ThermalCaseBuilder::build(plan, hallId);
        if (!build.ok() || build.thermalCase.racks.empty() || build.thermalCase.coolers.empty())
            continue;  // nothing to follow: no air-cooled racks or no running air cooling unit
        const engine::ThermalCase &c = build.thermalCase;
        const float cellM = options.cellM > 0 ? options.cellM : engine::defaultCellSizeM(c);
        const QByteArray caseBytes = ThermalCaseJson::toBytes(c);
        const int caseIndex = int(sweep.cases.size());
        sweep.cases.push_back(c);
        auto nameOf = [&c](long long id) {
            for (const engine::ThermalCooler &cooler : c.coolers)
                if (cooler.id == id)
                    return QString::fromStdString(cooler.name);
            return QString::number(id);
        };
        std::map<std::vector<long long>, std::size_t> runOfSet;
        auto addRun = [&](std::vector<long long> failed, const SweepCause *cause) {
            std::sort(failed.begin(), failed.end());
            auto found = runOfSet.find(failed);
            if (found == runOfSet.end()) {
                SweepRun run;
                run.hallId = hallId;
                run.hallName = hall.name;
                run.failedCoolers = failed;
                for (long long id : failed)
                    run.failedCoolerNames.push_back(nameOf(id));
                run.key = runKey(hallId, failed);
                run.fingerprint = fingerprintOf(caseBytes, failed, cellM, options);
                found = runOfSet.emplace(failed, sweep.runs.size()).first;
                sweep.runs.push_back(std::move(run));
                sweep.caseOfRun.push_back(caseIndex);
            }
            if (cause)
                sweep.runs[found->second].causes.push_back(*cause);
        };
        addRun({}, nullptr);
        for (const engine::ThermalCooler &cooler : c.coolers) {
            const SweepCause cause { SweepCause::Kind::CoolingUnit, Id(cooler.id),
                QString::fromStdString(cooler.name) };
            addRun({ cooler.id }, &cause);
        }
        for (const PowerState &state : power.contingencies) {
            std::vector<long long> stopped;
            for (Id id : state.loads.stoppedCoolingUnits)
                if (std::find(offAnyway.begin(), offAnyway.end(), id) == offAnyway.end())
                    for (const engine::ThermalCooler &cooler : c.coolers)
                        if (cooler.id == id)
                            stopped.push_back(id);
            if (stopped.empty() || state.failedNodes.size() != 1)
                continue;
            const PowerNode *node = plan.find<PowerNode>(state.failedNodes.front());
            const SweepCause cause { SweepCause::Kind::PowerNode, state.failedNodes.front(),
                node ? node->name : QString::number(state.failedNodes.front()) };
            addRun(stopped, &cause);
        }
    }
    if (sweep.runs.empty())
        sweep.error = tr("The plan has no hall with air-cooled racks and a running cooling unit to sweep.");
    return sweep;
}

bool CoolingSweep::writeManifest(
    const QString &dir, const SweepPlan &sweep, const SweepOptions &options, const QString &planSource, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    QJsonArray runs;
    for (const SweepRun &run : sweep.runs)
        runs.append(runJson(run));
    const QJsonObject manifest { { QStringLiteral("format"), QStringLiteral("rackwerk-cooling-sweep") },
        { QStringLiteral("version"), kFormatVersion }, { QStringLiteral("plan"), planSource },
        { QStringLiteral("engine"), QString::fromLatin1(engine::backendName(options.backend)) },
        { QStringLiteral("cellM"), options.cellM },
        { QStringLiteral("turbulenceModel"), QString::fromLatin1(engine::turbulenceModelName(options.turbulence)) },
        { QStringLiteral("transientSeconds"), options.transientSeconds },
        { QStringLiteral("maxIterations"), options.maxIterations }, { QStringLiteral("runs"), runs } };
    return writeJsonAtomically(manifestPath(dir), manifest, error);
}

bool CoolingSweep::isFinished(const QString &dir, const SweepRun &run)
{
    QJsonObject o;
    return readJsonObject(resultPath(dir, run), &o)
        && o.value(QStringLiteral("fingerprint")).toString() == run.fingerprint;
}

SweepRunResult CoolingSweep::runOne(const QString &dir, const SweepPlan &sweep, std::size_t index,
    const SweepOptions &options, const std::atomic<bool> *cancel)
{
    const SweepRun &run = sweep.runs[index];
    const engine::ThermalCase &c = sweep.cases[std::size_t(sweep.caseOfRun[index])];
    engine::ThermalSettings settings;
    settings.cellM = options.cellM;
    settings.backend = options.backend;
    settings.turbulence = options.turbulence;
    if (options.maxIterations > 0)
        settings.maxIterations = options.maxIterations;
    settings.threads = options.threadsPerRun;
    settings.keepFields = false;
    settings.failedCoolers = run.failedCoolers;
    settings.transientSeconds = run.isSteady() ? 0.0f : options.transientSeconds;
    const engine::ThermalResult r = engine::solveThermal(c, settings, {}, cancel);

    SweepRunResult result;
    result.key = run.key;
    result.hallId = run.hallId;
    result.ok = r.ok();
    result.error = ThermalProjection::errorText(r, c);
    result.wallSeconds = r.wallSeconds + r.transientWallSeconds;
    if (r.error == engine::ThermalError::Cancelled)
        return result;  // no file: the run is still to do

    QJsonArray racks, exceeding, hottest;
    for (const engine::RackThermalResult &rack : r.racks) {
        result.racksOutsideAllowable += std::isfinite(rack.inletMeanC) && !rack.withinAllowable ? 1 : 0;
        racks.append(QJsonObject { { QStringLiteral("id"), double(rack.id) },
            { QStringLiteral("name"), QString::fromStdString(rack.name) },
            { QStringLiteral("inletMeanC"), finite(rack.inletMeanC) },
            { QStringLiteral("withinAllowable"), rack.withinAllowable } });
    }
    auto rackName = [&r](long long id) {
        for (const engine::RackThermalResult &rack : r.racks)
            if (rack.id == id)
                return QString::fromStdString(rack.name);
        return QString::number(id);
    };
    const engine::TransientResult &t = r.transient;
    for (std::size_t n = 0; n < t.racksExceeding.size(); ++n)
        exceeding.append(QJsonObject { { QStringLiteral("rackId"), double(t.racksExceeding[n]) },
            { QStringLiteral("name"), rackName(t.racksExceeding[n]) }, { QStringLiteral("timeS"), t.exceedanceS[n] } });
    for (const engine::TransientSample &s : t.samples) {
        float hottestC = -1e30f;
        for (float v : s.inletMeanC)
            if (std::isfinite(v))
                hottestC = std::max(hottestC, v);
        hottest.append(QJsonObject { { QStringLiteral("timeS"), s.timeS },
            { QStringLiteral("hottestInletC"), hottestC > -1e30f ? QJsonValue(hottestC) : QJsonValue() } });
    }
    result.simulatedSeconds = t.simulatedSeconds;
    result.firstExceedanceS = run.isSteady() ? -1.0f : t.firstExceedanceS;
    result.racksExceeding = int(t.racksExceeding.size());
    if (!t.racksExceeding.empty())
        result.firstRackName = rackName(t.racksExceeding.front());

    QJsonObject o = runJson(run);
    o.insert(QStringLiteral("ok"), result.ok);
    o.insert(QStringLiteral("error"), result.error);
    o.insert(QStringLiteral("engine"), QString::fromLatin1(engine::backendName(r.backend)));
    o.insert(QStringLiteral("cellM"), r.grid.cellM);
    o.insert(QStringLiteral("cells"), double(r.grid.cellCount()));
    o.insert(QStringLiteral("iterations"), r.iterations);
    o.insert(QStringLiteral("converged"), r.converged);
    o.insert(QStringLiteral("wallSeconds"), result.wallSeconds);
    o.insert(QStringLiteral("racksOutsideAllowable"), result.racksOutsideAllowable);
    o.insert(QStringLiteral("racks"), racks);
    if (!run.isSteady())
        o.insert(QStringLiteral("transient"),
            QJsonObject { { QStringLiteral("simulatedSeconds"), t.simulatedSeconds },
                { QStringLiteral("timeStepS"), t.timeStepS },
                { QStringLiteral("firstExceedanceS"),
                    t.firstExceedanceS >= 0 ? QJsonValue(t.firstExceedanceS) : QJsonValue() },
                { QStringLiteral("racksExceeding"), exceeding }, { QStringLiteral("hottestInlet"), hottest } });
    QString writeError;
    if (!writeJsonAtomically(resultPath(dir, run), o, &writeError)) {
        result.ok = false;
        result.error = writeError;
    }
    return result;
}

int CoolingSweep::runAll(const QString &dir, const SweepPlan &sweep, const SweepOptions &options,
    const ProgressCallback &progress, const std::atomic<bool> *cancel)
{
    std::vector<std::size_t> pending;
    for (std::size_t n = 0; n < sweep.runs.size(); ++n)
        if (!isFinished(dir, sweep.runs[n]))
            pending.push_back(n);
    Progress state;
    state.total = pending.size();
    state.skipped = sweep.runs.size() - pending.size();
    if (pending.empty())
        return 0;
    const int jobs = std::clamp(options.jobs, 1, int(pending.size()));
    SweepOptions perRun = options;
    if (perRun.threadsPerRun <= 0)
        perRun.threadsPerRun = std::max(1, int(std::thread::hardware_concurrency()) / jobs);

    std::mutex mutex;
    std::condition_variable finished;
    std::deque<std::pair<std::size_t, SweepRunResult>> results;
    std::atomic<std::size_t> next { 0 };
    std::vector<std::thread> workers;
    for (int j = 0; j < jobs; ++j)
        workers.emplace_back([&] {
            for (std::size_t n = next++; n < pending.size(); n = next++) {
                if (cancel && cancel->load())
                    break;
                SweepRunResult r = runOne(dir, sweep, pending[n], perRun, cancel);
                const std::lock_guard<std::mutex> lock(mutex);
                results.emplace_back(pending[n], std::move(r));
                finished.notify_one();
            }
            const std::lock_guard<std::mutex> lock(mutex);
            results.emplace_back(std::size_t(-1), SweepRunResult {});  // this worker is done
            finished.notify_one();
        });
    QElapsedTimer clock;
    clock.start();
    int failures = 0, workersLeft = jobs;
    while (workersLeft > 0) {
        std::unique_lock<std::mutex> lock(mutex);
        finished.wait(lock, [&] { return !results.empty(); });
        auto [index, result] = std::move(results.front());
        results.pop_front();
        lock.unlock();
        if (index == std::size_t(-1)) {
            --workersLeft;
            continue;
        }
        const bool cancelled = !result.ok && cancel && cancel->load();
        if (cancelled)
            continue;
        failures += result.ok ? 0 : 1;
        ++state.done;
        const double elapsed = clock.elapsed() / 1000.0;
        state.etaSeconds = elapsed / double(state.done) * double(state.total - state.done);
        state.last = std::move(result);
        state.lastIndex = index;
        if (progress)
            progress(state);
    }
    for (std::thread &worker : workers)
        worker.join();
    return failures;
}

SweepSummary CoolingSweep::merge(const QString &dir)
{
    SweepSummary summary;
    QJsonObject manifest;
    if (!readJsonObject(manifestPath(dir), &manifest)
        || manifest.value(QStringLiteral("format")).toString() != QLatin1String("rackwerk-cooling-sweep")) {
        summary.error = tr("%1 holds no cooling failure sweep (sweep.json is missing or unreadable).")
                            .arg(QDir::toNativeSeparators(dir));
        return summary;
    }
    if (manifest.value(QStringLiteral("version")).toInt() != kFormatVersion) {
        summary.error = tr("The sweep in %1 was written by another version of Rackwerk (format %2).")
                            .arg(QDir::toNativeSeparators(dir))
                            .arg(manifest.value(QStringLiteral("version")).toInt());
        return summary;
    }
    summary.engine = manifest.value(QStringLiteral("engine")).toString();
    for (const QJsonValue &v : manifest.value(QStringLiteral("runs")).toArray())
        summary.runs.push_back(runFromJson(v.toObject()));
    for (std::size_t n = 0; n < summary.runs.size(); ++n) {
        const SweepRun &run = summary.runs[n];
        auto hall = std::find_if(summary.halls.begin(), summary.halls.end(),
            [&](const SweepHallSummary &h) { return h.hallId == run.hallId; });
        if (hall == summary.halls.end()) {
            summary.halls.push_back({});
            hall = summary.halls.end() - 1;
            hall->hallId = run.hallId;
            hall->hallName = run.hallName;
        }
        ++hall->runs;
        QJsonObject o;
        if (!readJsonObject(resultPath(dir, run), &o)
            || o.value(QStringLiteral("fingerprint")).toString() != run.fingerprint)
            continue;
        const SweepRunResult r = resultFromJson(o);
        ++hall->finished;
        ++summary.finished;
        if (!r.ok) {
            ++hall->failed;
            ++summary.failed;
            continue;
        }
        if (run.isSteady()) {
            hall->steadyRacksOutsideAllowable = r.racksOutsideAllowable;
            continue;
        }
        hall->simulatedSeconds = std::max(hall->simulatedSeconds, r.simulatedSeconds);
        const bool exceeds = r.firstExceedanceS >= 0;
        const bool worse = hall->worstRun < 0
            || (exceeds && (hall->worstFirstExceedanceS < 0 || r.firstExceedanceS < hall->worstFirstExceedanceS));
        if (worse) {
            hall->worstRun = int(n);
            hall->worstFirstExceedanceS = exceeds ? r.firstExceedanceS : -1.0f;
            hall->worstRackName = r.firstRackName;
        }
    }
    return summary;
}

SweepSummary CoolingSweep::mergeForPlan(const QString &dir, const Plan &plan)
{
    SweepSummary summary = merge(dir);
    if (!summary.ok())
        return summary;
    QJsonObject manifest;
    readJsonObject(manifestPath(dir), &manifest);
    SweepOptions options;
    options.backend = summary.engine == QLatin1String(engine::backendName(engine::Backend::Cuda))
        ? engine::Backend::Cuda
        : engine::Backend::Cpu;
    options.cellM = float(manifest.value(QStringLiteral("cellM")).toDouble());
    engine::parseTurbulenceModel(
        manifest.value(QStringLiteral("turbulenceModel")).toString().toStdString(), &options.turbulence);
    options.transientSeconds = float(manifest.value(QStringLiteral("transientSeconds")).toDouble());
    options.maxIterations = manifest.value(QStringLiteral("maxIterations")).toInt();
    const SweepPlan expected = CoolingSweep::plan(plan, options);
    std::map<QString, QString> fingerprintOfKey;
    for (const SweepRun &run : expected.runs)
        fingerprintOfKey.emplace(run.key, run.fingerprint);
    const bool same = expected.runs.size() == summary.runs.size()
        && std::all_of(summary.runs.begin(), summary.runs.end(), [&](const SweepRun &run) {
               const auto found = fingerprintOfKey.find(run.key);
               return found != fingerprintOfKey.end() && found->second == run.fingerprint;
           });
    if (!same)
        summary.error = tr("The cooling failure sweep in %1 was run on another plan, another version of this plan "
                           "or other settings; run the sweep of this plan again.")
                            .arg(QDir::toNativeSeparators(dir));
    return summary;
}

QString CoolingSweep::describe(const SweepRun &run)
{
    QStringList causes;
    for (const SweepCause &cause : run.causes)
        causes << cause.name;
    const QString units = run.failedCoolerNames.empty() ? QString() : [&] {
        QStringList names;
        for (const QString &name : run.failedCoolerNames)
            names << name;
        return names.join(QStringLiteral(", "));
    }();
    if (run.isSteady())
        return tr("steady state");
    if (run.causes.size() == 1 && run.causes.front().kind == SweepCause::Kind::CoolingUnit)
        return units;
    return tr("%1 (stops %2)").arg(causes.join(QStringLiteral(", ")), units);
}

namespace {

/// What a hall's summary says, each line with whether it is a problem worth a finding.
std::vector<std::pair<QString, bool>> hallLines(const SweepSummary &summary, const SweepHallSummary &hall)
{
    const QLocale locale;
    std::vector<std::pair<QString, bool>> out;
    if (hall.steadyRacksOutsideAllowable > 0)
        out.emplace_back(CoolingSweep::tr("%1: in the steady state %n rack(s) already outside the allowable range.", "",
                             hall.steadyRacksOutsideAllowable)
                             .arg(hall.hallName),
            true);
    if (hall.worstRun >= 0 && hall.worstFirstExceedanceS >= 0)
        out.emplace_back(CoolingSweep::tr("%1: worst cooling failure %2: first rack (%3) outside the allowable range "
                                          "after %4 s.")
                             .arg(hall.hallName, CoolingSweep::describe(summary.runs[std::size_t(hall.worstRun)]),
                                 hall.worstRackName, locale.toString(hall.worstFirstExceedanceS, 'f', 0)),
            true);
    else if (hall.worstRun >= 0)
        out.emplace_back(CoolingSweep::tr("%1: after every cooling failure the rack inlets stay in the allowable range "
                                          "for %2 s.")
                             .arg(hall.hallName, locale.toString(hall.simulatedSeconds, 'f', 0)),
            false);
    if (hall.finished < hall.runs)
        out.emplace_back(
            CoolingSweep::tr("%1: %2 of %3 runs are not finished.")
                .arg(hall.hallName, locale.toString(hall.runs - hall.finished), locale.toString(hall.runs)),
            true);
    if (hall.failed > 0)
        out.emplace_back(
            CoolingSweep::tr("%1: %n run(s) failed; their files say why.", "", hall.failed).arg(hall.hallName), true);
    return out;
}

}  // namespace

std::vector<Finding> CoolingSweep::findings(const SweepSummary &summary)
{
    std::vector<Finding> out;
    for (const SweepHallSummary &hall : summary.halls)
        for (const auto &[line, problem] : hallLines(summary, hall))
            if (problem)
                out.push_back({ Finding::Severity::Warning, EntityKind::Hall, QVariant::fromValue(hall.hallId),
                    tr("Cooling failure sweep: %1").arg(line), 0 });
    return out;
}

QStringList SweepSummary::lines() const
{
    QStringList out;
    for (const SweepHallSummary &hall : halls)
        for (const auto &line : hallLines(*this, hall))
            out << line.first;
    return out;
}

}  // namespace rw
