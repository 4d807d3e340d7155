// SPDX-License-Identifier: GPL-3.0-or-later
#include "rackchecks.h"

#include "footprint.h"
#include "rackmetrics.h"

#include <QLocale>

#include <algorithm>
#include <set>

namespace rw {
namespace {

Finding warning(Id rackId, const QString &message)
{
    return { Finding::Severity::Warning, EntityKind::Rack, QVariant(rackId), message, 0 };
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

std::set<int> takenUnits(const Plan &plan, Id rackId)
{
    std::set<int> taken;
    for (const MountedDevice *device : plan.devicesInRack(rackId)) {
        const DeviceType *type = plan.find<DeviceType>(device->typeKey);
        for (int u = 0; type && u < type->heightU; ++u)
            taken.insert(device->positionU + u);
    }
    return taken;
}

}  // namespace

std::vector<Finding> RackChecks::check(const Plan &plan, Id rackId)
{
    std::vector<Finding> out;
    const Rack *rack = plan.find<Rack>(rackId);
    if (!rack)
        return out;
    const RackMetrics metrics = computeRackMetrics(plan, rackId);
    bool liquidDevice = false;
    // Placement errors by sorting, not device against device: a rack may hold thousands of duplicates.
    out = PlanValidator::checkDevicesInRack(plan, rackId);
    for (const MountedDevice *device : plan.devicesInRack(rackId)) {
        const DeviceType *type = plan.find<DeviceType>(device->typeKey);
        if (type && rack->cooling == RackCooling::Air
            && (type->liquidHeatShare > 0 || type->airflow == Airflow::LiquidOnly) && !liquidDevice) {
            liquidDevice = true;
            out.push_back(warning(rackId,
                tr("Rack %1 is air-cooled, but %2 needs liquid cooling (%3 of its heat).")
                    .arg(rack->name, type->model, tr("%1 %").arg(number(type->liquidHeatShare * 100, 0)))));
        }
    }
    if (metrics.maxPowerKw > rack->maxPowerKw)
        out.push_back(warning(rackId,
            tr("Rack %1 draws up to %2 kW, more than its budget of %3 kW.")
                .arg(rack->name, number(metrics.maxPowerKw, 1), number(rack->maxPowerKw, 1))));
    if (metrics.equipmentWeightKg > rack->staticLoadKg)
        out.push_back(warning(rackId,
            tr("Rack %1 carries %2 kg of equipment, more than its rating of %3 kg.")
                .arg(rack->name, number(metrics.equipmentWeightKg, 0), number(rack->staticLoadKg, 0))));
    if (const Hall *hall = plan.find<Hall>(rack->hallId)) {
        const QRectF area = footprint(*rack);
        const double loadKgPerM2 = metrics.totalWeightKg / std::max(1e-6, area.width() * area.height());
        if (loadKgPerM2 > hall->floorLoadKgPerM2)
            out.push_back(warning(rackId,
                tr("Rack %1 puts %2 kg/m² on its footprint; the floor is rated for %3 kg/m².")
                    .arg(rack->name, number(loadKgPerM2, 0), number(hall->floorLoadKgPerM2, 0))));
        // A rack stands on four feet or casters; a rated raised-floor tile must carry one of them.
        if (hall->pointLoadKg > 0 && metrics.totalWeightKg / 4 > hall->pointLoadKg)
            out.push_back(warning(rackId,
                tr("Rack %1 puts %2 kg on each foot; the floor tiles are rated for %3 kg.")
                    .arg(rack->name, number(metrics.totalWeightKg / 4, 0), number(hall->pointLoadKg, 0))));
    }
    if (metrics.deviceCount > 0 && rack->feedA == kNoId && rack->feedB == kNoId)
        out.push_back(warning(rackId, tr("Rack %1 has devices but no power feed.").arg(rack->name)));
    // Each feed must carry the full load of every rack it feeds (the other side may fail).
    const auto allMetrics = computeRackMetrics(plan);
    for (Id feed : { rack->feedA, rack->feedB }) {
        const PowerNode *node = feed == kNoId ? nullptr : plan.find<PowerNode>(feed);
        if (!node || node->ratingKw <= 0 || (feed == rack->feedB && rack->feedA == rack->feedB))
            continue;
        double fedKw = 0.0;
        for (const auto &[id, other] : plan.all<Rack>()) {
            if (other.feedA == feed || other.feedB == feed)
                fedKw += allMetrics.at(id).maxPowerKw;
        }
        if (fedKw > node->ratingKw)
            out.push_back(warning(rackId,
                tr("%1, which feeds rack %2, would carry up to %3 kW of its racks' maximum "
                   "draw alone, more than its rating of %4 kW.")
                    .arg(node->name, rack->name, number(fedKw, 0), number(node->ratingKw, 0))));
    }
    return out;
}

int RackFill::lowestFreeSlot(const Plan &plan, Id rackId, int heightU, const std::vector<int> &alsoTakenU, int fromU)
{
    const Rack *rack = plan.find<Rack>(rackId);
    if (!rack)
        return 0;
    std::set<int> taken = takenUnits(plan, rackId);
    taken.insert(alsoTakenU.begin(), alsoTakenU.end());
    const int height = std::max(1, heightU);
    for (int bottom = std::max(1, fromU); bottom + height - 1 <= rack->heightU; ++bottom) {
        bool free = true;
        for (int u = bottom; u < bottom + height && free; ++u)
            free = !taken.count(u);
        if (free)
            return bottom;
    }
    return 0;
}

RackFill RackFill::plan(const Plan &plan, const std::vector<Id> &rackIds, const DeviceType &type, int countPerRack)
{
    RackFill fill;
    if (countPerRack < 1) {
        fill.error = tr("Choose at least one device per rack.");
        return fill;
    }
    if (type.heightU < 1) {
        fill.error = tr("%1 takes no rack units; mount it in the rack elevation.").arg(type.model);
        return fill;
    }
    for (Id rackId : rackIds) {
        const Rack *rack = plan.find<Rack>(rackId);
        if (!rack) {
            fill.error = tr("Rack %1 does not exist.").arg(rackId);
            fill.devices.clear();
            return fill;
        }
        if (type.depthMm > rack->depthMm) {
            fill.error = tr("%1 (%2 mm deep) does not fit into rack %3 (%4 mm deep).")
                             .arg(type.model, number(type.depthMm, 0), rack->name, number(rack->depthMm, 0));
            fill.devices.clear();
            return fill;
        }
        std::vector<int> planned;
        for (int i = 0; i < countPerRack; ++i) {
            const int bottom = lowestFreeSlot(plan, rackId, type.heightU, planned);
            if (bottom == 0) {
                fill.error = tr("Rack %1 has room for only %n more %2.", nullptr, i).arg(rack->name, type.model);
                fill.devices.clear();
                return fill;
            }
            MountedDevice device;
            device.rackId = rackId;
            device.typeKey = type.key;
            device.positionU = bottom;
            fill.devices.push_back(device);
            for (int u = 0; u < type.heightU; ++u)
                planned.push_back(bottom + u);
        }
    }
    return fill;
}

}  // namespace rw
