// SPDX-License-Identifier: GPL-3.0-or-later
#include "thermalestimate.h"

#include <QLocale>
#include <QSettings>

#include <cmath>

namespace rw {
namespace {

QString settingsKey(engine::Backend backend, engine::TurbulenceModel turbulence)
{
    return QStringLiteral("thermal/cellUpdatesPerSecond/%1/%2")
        .arg(QString::fromLatin1(engine::backendName(backend)),
            QString::fromLatin1(engine::turbulenceModelName(turbulence)));
}

}  // namespace

double ThermalRunEstimate::secondsFor(int steps) const
{
    if (speed.cellUpdatesPerSecond <= 0)
        return -1.0;
    return double(grid.cellCount()) * double(steps) / speed.cellUpdatesPerSecond;
}

ThermalRunEstimate ThermalEstimator::estimate(const engine::ThermalCase &thermalCase, float cellM,
    engine::Backend backend, engine::TurbulenceModel turbulence, std::size_t memoryLimitBytes)
{
    ThermalRunEstimate e;
    e.cellM = cellM > 0 ? cellM : engine::defaultCellSizeM(thermalCase);
    e.grid = engine::thermalGridFor(thermalCase, e.cellM);
    e.memoryBytes = engine::predictThermalMemoryBytes(thermalCase, e.cellM);
    e.memoryLimitBytes = memoryLimitBytes;
    e.speed = speed(backend, turbulence);
    e.typicalStepsLow = kTypicalStepsLow;
    e.typicalStepsHigh = kTypicalStepsHigh;
    e.maxSteps = engine::ThermalSettings().maxIterations;
    return e;
}

ThermalSpeed ThermalEstimator::speed(engine::Backend backend, engine::TurbulenceModel turbulence)
{
    const double measured = QSettings().value(settingsKey(backend, turbulence)).toDouble();
    if (measured > 0 && std::isfinite(measured))
        return { measured, ThermalSpeed::Source::MeasuredHere };
    if (backend == engine::Backend::Cpu)
        return { turbulence == engine::TurbulenceModel::KEpsilon ? kReferenceKEpsilonUpdatesPerSecond
                                                                 : kReferenceChenXuUpdatesPerSecond,
            ThermalSpeed::Source::Reference };
    return {};
}

void ThermalEstimator::record(const engine::ThermalResult &result)
{
    if (!result.ok() || result.iterations <= 0 || !(result.wallSeconds > 0))
        return;
    const double updatesPerSecond = double(result.grid.cellCount()) * result.iterations / result.wallSeconds;
    if (updatesPerSecond > 0 && std::isfinite(updatesPerSecond))
        QSettings().setValue(settingsKey(result.backend, result.turbulence), updatesPerSecond);
}

QString ThermalEstimator::durationText(double seconds)
{
    const QLocale locale;
    if (seconds < 60)
        return tr("%1 s").arg(locale.toString(std::max(1.0, std::ceil(seconds)), 'f', 0));
    if (seconds < 3600)
        return tr("%1 min").arg(locale.toString(std::ceil(seconds / 60.0), 'f', 0));
    return tr("%1 h").arg(locale.toString(seconds / 3600.0, 'f', 1));
}

QString ThermalEstimator::timeText(const ThermalRunEstimate &e)
{
    const QLocale locale;
    if (e.speed.source == ThermalSpeed::Source::NotMeasured)
        return tr("not estimated: this engine's speed has not been measured on this computer yet (the first run "
                  "measures it)");
    const QString speed = locale.toString(e.speed.cellUpdatesPerSecond / 1e6, 'f', 1);
    const QString basis = e.speed.source == ThermalSpeed::Source::MeasuredHere
        ? tr("at %1 million cell updates per second, measured in the last run on this computer").arg(speed)
        : tr("at %1 million cell updates per second, measured for the benchmark on two CPU cores; the first run "
             "here measures this computer")
              .arg(speed);
    return tr("estimate: %1 to %2 for the %3 to %4 steps halls usually need, at most %5 (%6 steps); %7")
        .arg(durationText(e.secondsFor(e.typicalStepsLow)), durationText(e.secondsFor(e.typicalStepsHigh)),
            locale.toString(e.typicalStepsLow), locale.toString(e.typicalStepsHigh),
            durationText(e.secondsFor(e.maxSteps)), locale.toString(e.maxSteps), basis);
}

}  // namespace rw
