// SPDX-License-Identifier: GPL-3.0-or-later
#include "dcdistribution.h"

#include "i18n/labels.h"

namespace rw {
namespace {

using namespace dc;

/// The first device of the rack that draws power and does not take `dc` (800 V DC) or AC (`!dc`).
const DeviceType *firstRefusing(const Plan &plan, Id rackId, bool dc)
{
    for (const MountedDevice *device : plan.devicesInRack(rackId)) {
        const DeviceType *type = plan.find<DeviceType>(device->typeKey);
        if (!type || type->maxPowerW <= 0)
            continue;  // a missing type is reported with the device; a blanking panel draws nothing
        if (dc ? !acceptsDc(type->powerInput) : !acceptsAc(type->powerInput))
            return type;
    }
    return nullptr;
}

}  // namespace

std::vector<DcMismatch> DcChecks::find(const Plan &plan)
{
    std::vector<DcMismatch> found;
    for (const auto &[linkId, link] : plan.all<PowerLink>()) {
        const PowerNode *from = plan.find<PowerNode>(link.fromId);
        const PowerNode *to = plan.find<PowerNode>(link.toId);
        if (!from || !to || from == to)
            continue;  // reported by the link checks
        if (takesDc(to->kind) && !deliversDc(from->kind))
            found.push_back({ EntityKind::PowerNode, to->id,
                tr("%1 (%2) is fed AC by %3 (%4): an 800 V DC busway needs a rectifier above it.")
                    .arg(to->name, Labels::of(to->kind), from->name, Labels::of(from->kind)) });
        else if (!takesDc(to->kind) && deliversDc(from->kind))
            found.push_back({ EntityKind::PowerNode, to->id,
                tr("%1 (%2) takes AC but is fed 800 V DC by %3 (%4).")
                    .arg(to->name, Labels::of(to->kind), from->name, Labels::of(from->kind)) });
    }
    for (const auto &[id, rack] : plan.all<Rack>()) {
        for (Id feed : { rack.feedA, rack.feedB }) {
            const PowerNode *node = plan.find<PowerNode>(feed);
            if (!node)
                continue;
            const bool dcFeed = deliversDc(node->kind);
            if (const DeviceType *type = firstRefusing(plan, id, dcFeed)) {
                found.push_back({ EntityKind::Rack, id,
                    dcFeed ? tr("Rack %1 is fed 800 V DC by %2, but its %3 takes AC only.")
                                 .arg(rack.name, node->name, type->model)
                           : tr("Rack %1 holds %2, which takes 800 V DC only, but is fed AC by %3 without a "
                                "rectifier.")
                                 .arg(rack.name, type->model, node->name) });
                break;  // one finding per rack
            }
        }
    }
    for (const auto &[id, unit] : plan.all<CoolingUnit>()) {
        const PowerNode *node = plan.find<PowerNode>(unit.feedId);
        if (node && deliversDc(node->kind))
            found.push_back({ EntityKind::CoolingUnit, id,
                tr("Cooling unit %1 takes AC but is fed 800 V DC by %2.").arg(unit.name, node->name) });
    }
    return found;
}

}  // namespace rw
