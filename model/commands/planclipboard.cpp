// SPDX-License-Identifier: GPL-3.0-or-later
#include "planclipboard.h"

#include "planbatch.h"

#include <map>

namespace rw {
namespace {

/// What one paste has made so far: copied racks of one row form one new row.
struct Pasting {
    PlanBatch &batch;
    QPointF offsetM;
    std::map<Id, Id> newRows;
    std::vector<PlanItemRef> added;
};

template <class T> T offsetCopy(const T &original, QPointF offsetM)
{
    T copy = original;
    copy.id = kNoId;
    copy.xM += offsetM.x(), copy.yM += offsetM.y();
    return copy;
}

Id rowForCopies(Pasting &pasting, const Rack &rack)
{
    auto it = pasting.newRows.find(rack.rowId);
    if (it != pasting.newRows.end())
        return it->second;
    const Row *original = pasting.batch.plan().find<Row>(rack.rowId);
    Row row;
    row.hallId = rack.hallId;
    row.name = PlanClipboard::tr("%1 copy").arg(original ? original->name : PlanClipboard::tr("Row"));
    row.containment = original ? original->containment : Containment::None;
    pasting.batch.add(row);
    return pasting.newRows.emplace(rack.rowId, row.id).first->second;
}

QString pasteRack(Pasting &pasting, const PlanClipboard::Copied &copied)
{
    const Plan &plan = pasting.batch.plan();
    Rack rack = offsetCopy(copied.rack, pasting.offsetM);
    rack.name = PlanClipboard::tr("%1 copy").arg(copied.rack.name);
    if (!plan.find<Hall>(rack.hallId))
        return PlanClipboard::tr("The hall of the copied racks does not exist any more.");
    // A copy is fed like its original, unless that node is gone.
    if (!plan.find<PowerNode>(rack.feedA))
        rack.feedA = kNoId;
    if (!plan.find<PowerNode>(rack.feedB))
        rack.feedB = kNoId;
    if (rack.rowId != kNoId)
        rack.rowId = rowForCopies(pasting, rack);
    pasting.batch.add(rack);
    for (MountedDevice device : copied.devices) {
        device.id = kNoId;
        device.rackId = rack.id;
        pasting.batch.add(device);
    }
    pasting.added.push_back({ EntityKind::Rack, rack.id });
    return {};
}

void pasteOther(Pasting &pasting, const PlanClipboard::Copied &copied)
{
    const Plan &plan = pasting.batch.plan();
    switch (copied.ref.kind) {
    case EntityKind::CoolingUnit: {
        CoolingUnit unit = offsetCopy(copied.unit, pasting.offsetM);
        unit.name = PlanClipboard::tr("%1 copy").arg(copied.unit.name);
        if (unit.feedId != kNoId && !plan.find<PowerNode>(unit.feedId))
            unit.feedId = kNoId;
        pasting.batch.add(unit);
        pasting.added.push_back({ EntityKind::CoolingUnit, unit.id });
        break;
    }
    case EntityKind::Obstacle: {
        Obstacle obstacle = offsetCopy(copied.obstacle, pasting.offsetM);
        pasting.batch.add(obstacle);
        pasting.added.push_back({ EntityKind::Obstacle, obstacle.id });
        break;
    }
    case EntityKind::PowerNode: {
        PowerNode node = offsetCopy(copied.node, pasting.offsetM);
        node.name = PlanClipboard::tr("%1 copy").arg(copied.node.name);
        pasting.batch.add(node);
        pasting.added.push_back({ EntityKind::PowerNode, node.id });
        break;
    }
    case EntityKind::Label: {
        Label label = offsetCopy(copied.label, pasting.offsetM);
        pasting.batch.add(label);
        pasting.added.push_back({ EntityKind::Label, label.id });
        break;
    }
    default:
        break;
    }
}

}  // namespace

void PlanClipboard::copy(const Plan &plan, const std::vector<PlanItemRef> &items)
{
    mCopied.clear();
    for (const PlanItemRef &item : items) {
        Copied copied;
        copied.ref = item;
        if (const Rack *rack = plan.find<Rack>(item.id); rack && item.kind == EntityKind::Rack) {
            copied.rack = *rack;
            for (const MountedDevice *device : plan.devicesInRack(item.id))
                copied.devices.push_back(*device);
        } else if (const CoolingUnit *unit = plan.find<CoolingUnit>(item.id);
                   unit && item.kind == EntityKind::CoolingUnit) {
            copied.unit = *unit;
        } else if (const Obstacle *obstacle = plan.find<Obstacle>(item.id);
                   obstacle && item.kind == EntityKind::Obstacle) {
            copied.obstacle = *obstacle;
        } else if (const PowerNode *node = plan.find<PowerNode>(item.id); node && item.kind == EntityKind::PowerNode) {
            copied.node = *node;
        } else if (const Label *label = plan.find<Label>(item.id); label && item.kind == EntityKind::Label) {
            copied.label = *label;
        } else {
            continue;
        }
        mCopied.push_back(copied);
    }
}

EditResult PlanClipboard::paste(PlanEditor &editor, QPointF offsetM, std::vector<PlanItemRef> *created) const
{
    PlanBatch batch(editor, tr("Paste %n item(s)", nullptr, int(mCopied.size())));
    Pasting pasting { batch, offsetM, {}, {} };
    for (const Copied &copied : mCopied) {
        if (copied.ref.kind != EntityKind::Rack) {
            pasteOther(pasting, copied);
        } else if (const QString why = pasteRack(pasting, copied); !why.isEmpty()) {
            return EditResult::refused(why);
        }
    }
    const EditResult result = batch.commit();
    if (result.ok && created)
        *created = pasting.added;
    return result;
}

EditResult PlanClipboard::duplicate(
    PlanEditor &editor, const std::vector<PlanItemRef> &items, QPointF offsetM, std::vector<PlanItemRef> *created)
{
    const auto saved = mCopied;
    copy(editor.plan(), items);
    const EditResult result = paste(editor, offsetM, created);
    mCopied = saved;
    return result;
}

}  // namespace rw
