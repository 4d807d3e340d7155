// SPDX-License-Identifier: GPL-3.0-or-later
#include "removaledits.h"

#include "liquidedits.h"
#include "planbatch.h"

#include <set>

namespace rw {
namespace {

void removeRack(PlanBatch &batch, Id rackId, std::set<Id> &touchedRows)
{
    const Rack *rack = batch.plan().find<Rack>(rackId);
    if (!rack)
        return;
    touchedRows.insert(rack->rowId);
    std::vector<Id> devices;
    for (const MountedDevice *device : batch.plan().devicesInRack(rackId))
        devices.push_back(device->id);
    for (Id id : devices)
        batch.remove<MountedDevice>(id);
    LiquidEdits::removeAttachmentOf(batch, rackId);
    batch.remove<Rack>(rackId);
}

int feedsOf(const Plan &plan, Id nodeId)
{
    int feeds = 0;
    for (const auto &[id, rack] : plan.all<Rack>())
        feeds += (rack.feedA == nodeId || rack.feedB == nodeId) ? 1 : 0;
    for (const auto &[id, unit] : plan.all<CoolingUnit>())
        feeds += unit.feedId == nodeId ? 1 : 0;
    return feeds;
}

void removeNodeWithLinks(PlanBatch &batch, Id nodeId)
{
    std::vector<Id> links;
    for (const auto &[id, link] : batch.plan().all<PowerLink>()) {
        if (link.fromId == nodeId || link.toId == nodeId)
            links.push_back(id);
    }
    for (Id id : links)
        batch.remove<PowerLink>(id);
    batch.remove<PowerNode>(nodeId);
}

/// A row whose last rack went is removed with it.
void removeEmptiedRows(PlanBatch &batch, const std::set<Id> &touchedRows)
{
    for (Id rowId : touchedRows) {
        if (rowId == kNoId)
            continue;
        bool empty = true;
        for (const auto &[id, rack] : batch.plan().all<Rack>())
            empty = empty && rack.rowId != rowId;
        if (empty)
            batch.remove<Row>(rowId);
    }
}

}  // namespace

EditResult RemovalEdits::removeItems(PlanEditor &editor, const std::vector<PlanItemRef> &items)
{
    const Plan &plan = editor.plan();
    PlanBatch batch(editor, tr("Delete %n item(s)", nullptr, int(items.size())));
    std::set<Id> touchedRows;
    for (const PlanItemRef &item : items) {
        switch (item.kind) {
        case EntityKind::Rack:
            removeRack(batch, item.id, touchedRows);
            break;
        case EntityKind::CoolingUnit:
            if (const QString use = LiquidEdits::coolingUnitUse(plan, item.id); !use.isEmpty()) {
                const CoolingUnit *unit = plan.find<CoolingUnit>(item.id);
                return EditResult::refused(
                    tr("Cooling unit %1 cannot be deleted: %2.").arg(unit ? unit->name : QString(), use));
            }
            batch.remove<CoolingUnit>(item.id);
            break;
        case EntityKind::Obstacle:
            batch.remove<Obstacle>(item.id);
            break;
        case EntityKind::Label:
            batch.remove<Label>(item.id);
            break;
        case EntityKind::PowerNode: {
            const PowerNode *node = plan.find<PowerNode>(item.id);
            if (!node)
                break;
            if (const int feeds = feedsOf(plan, item.id); feeds > 0)
                return EditResult::refused(
                    tr("%1 feeds %n rack(s) or cooling unit(s); connect them elsewhere first.", nullptr, feeds)
                        .arg(node->name));
            removeNodeWithLinks(batch, item.id);
            break;
        }
        default:
            break;
        }
    }
    removeEmptiedRows(batch, touchedRows);
    return batch.commit();
}

}  // namespace rw
