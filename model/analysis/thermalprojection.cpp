// SPDX-License-Identifier: GPL-3.0-or-later
#include "thermalprojection.h"

#include "analysis/contingency.h"

#include <QLocale>

namespace rw {

QString ThermalProjection::memoryText(
    const engine::ThermalGrid &grid, const engine::MemoryShortfall &memory, float finestCellM)
{
    const QLocale locale;
    const QString cells = locale.toString(qulonglong(grid.cellCount()));
    const QString cell = locale.toString(grid.cellM, 'f', 2);
    const QString needed = locale.formattedDataSize(qint64(memory.neededBytes));
    const QString available = locale.formattedDataSize(qint64(memory.availableBytes));
    const QString finest = locale.toString(finestCellM, 'f', 2);
    if (memory.onDevice) {
        if (finestCellM <= 0)
            return tr("A grid of %1 cells at %2 m needs about %3 of GPU memory, but the GPU has only %4 free; even "
                      "2 m cells do not fit.")
                .arg(cells, cell, needed, available);
        return tr("A grid of %1 cells at %2 m needs about %3 of GPU memory, but the GPU has only %4 free; choose "
                  "larger cells (%5 m or more).")
            .arg(cells, cell, needed, available, finest);
    }
    if (finestCellM <= 0)
        return tr("A grid of %1 cells at %2 m needs about %3 of memory, but this machine has only %4 available; "
                  "even 2 m cells do not fit.")
            .arg(cells, cell, needed, available);
    return tr("A grid of %1 cells at %2 m needs about %3 of memory, but this machine has only %4 available; choose "
              "larger cells (%5 m or more).")
        .arg(cells, cell, needed, available, finest);
}

QString ThermalProjection::errorText(const engine::ThermalResult &r, const engine::ThermalCase &thermalCase)
{
    const QString detail = QString::fromStdString(r.message);
    switch (r.error) {
    case engine::ThermalError::None:
        return {};
    case engine::ThermalError::Cancelled:
        return tr("The thermal projection was cancelled.");
    case engine::ThermalError::BadCase:
        return tr("The hall cannot be simulated: %1.").arg(detail);
    case engine::ThermalError::TooLarge:
        if (r.memory.neededBytes > 0)
            return memoryText(r.grid, r.memory, engine::finestCellFitting(thermalCase, r.memory.availableBytes));
        return tr("The grid is too large for this cell size; choose larger cells.");
    case engine::ThermalError::CudaFailed:
        return tr("The CUDA engine failed: %1.").arg(detail);
    case engine::ThermalError::Unbalanced:
        return tr("The air flows of the hall do not balance: %1.").arg(detail);
    }
    return detail;
}

QString ThermalProjection::cudaUnavailableText(const engine::BackendInfo &info)
{
    if (info.cudaUsable)
        return {};
    switch (info.unavailable) {
    case engine::CudaUnavailable::No:
        return {};
    case engine::CudaUnavailable::NotCompiled:
        return tr("this build has no CUDA support");
    case engine::CudaUnavailable::NoDriver:
        return tr("no NVIDIA driver is installed");
    case engine::CudaUnavailable::NoDevice:
        return tr("no CUDA GPU was found");
    case engine::CudaUnavailable::QueryFailed:
        return tr("the GPU could not be queried (%1)").arg(QString::fromStdString(info.reason));
    }
    return QString::fromStdString(info.reason);
}

bool ThermalProjection::coolersStoppedBy(
    const Plan &plan, const engine::ThermalCase &c, const QString &what, std::vector<long long> *coolerIds)
{
    coolerIds->clear();
    for (const engine::ThermalCooler &cooler : c.coolers)
        if (QString::number(cooler.id) == what || QString::fromStdString(cooler.name) == what) {
            coolerIds->push_back(cooler.id);
            return true;
        }
    const PowerNode *node = nullptr;
    for (const auto &[id, n] : plan.all<PowerNode>())
        if (QString::number(id) == what || n.name == what)
            node = &n;
    if (!node)
        return false;
    const PowerNetwork network(plan);
    const PowerState state = PowerAnalyzer::state(plan, network, { node->id }, LoadLevel::Design);
    for (Id id : state.loads.stoppedCoolingUnits)
        for (const engine::ThermalCooler &cooler : c.coolers)
            if (cooler.id == id)
                coolerIds->push_back(id);
    return true;
}

}  // namespace rw
