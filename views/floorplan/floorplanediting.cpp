#include "floorplanediting.h"

#include "commands/planbatch.h"
#include "labelitem.h"
#include "plan/footprint.h"

#include <algorithm>
#include <map>
#include <set>

namespace rw {
namespace {

Facing turnedClockwise(Facing facing)
{
    switch (facing) {
    case Facing::North:
        return Facing::East;
    case Facing::East:
        return Facing::South;
    case Facing::South:
        return Facing::West;
    case Facing::West:
        return Facing::North;
    }
    return facing;
}

}  // namespace

QRectF FloorPlanEditing::bounds(const PlanItemRef &item) const
{
    const Plan &plan = mEditor.plan();
    switch (item.kind) {
    case EntityKind::Rack:
        if (const Rack *rack = plan.find<Rack>(item.id))
            return footprint(*rack);
        break;
    case EntityKind::CoolingUnit:
        if (const CoolingUnit *unit = plan.find<CoolingUnit>(item.id))
            return footprint(*unit);
        break;
    case EntityKind::Obstacle:
        if (const Obstacle *obstacle = plan.find<Obstacle>(item.id))
            return footprint(*obstacle);
        break;
    case EntityKind::PowerNode:
        if (const PowerNode *node = plan.find<PowerNode>(item.id))
            return footprint(*node);
        break;
    case EntityKind::Label:
        if (const Label *label = plan.find<Label>(item.id))
            return LabelItem::footprint(*label);
        break;
    default:
        break;
    }
    return {};
}

QRectF FloorPlanEditing::bounds(const std::vector<PlanItemRef> &items) const
{
    QRectF all;
    for (const PlanItemRef &item : items)
        all |= bounds(item);
    return all;
}

bool FloorPlanEditing::place(PlanBatch &batch, const PlanItemRef &item, QPointF centre, bool turn)
{
    const Plan &plan = mEditor.plan();
    switch (item.kind) {
    case EntityKind::Rack:
        if (const Rack *found = plan.find<Rack>(item.id)) {
            Rack rack = *found;
            rack.xM = centre.x(), rack.yM = centre.y();
            if (turn)
                rack.facing = turnedClockwise(rack.facing);
            return batch.update(rack);
        }
        break;
    case EntityKind::CoolingUnit:
        if (const CoolingUnit *found = plan.find<CoolingUnit>(item.id)) {
            CoolingUnit unit = *found;
            unit.xM = centre.x(), unit.yM = centre.y();
            if (turn)
                unit.facing = turnedClockwise(unit.facing);
            return batch.update(unit);
        }
        break;
    case EntityKind::Obstacle:
        if (const Obstacle *found = plan.find<Obstacle>(item.id)) {
            Obstacle obstacle = *found;
            obstacle.xM = centre.x(), obstacle.yM = centre.y();
            if (turn)
                std::swap(obstacle.widthM, obstacle.depthM);
            return batch.update(obstacle);
        }
        break;
    case EntityKind::PowerNode:
        if (const PowerNode *found = plan.find<PowerNode>(item.id)) {
            PowerNode node = *found;
            node.xM = centre.x(), node.yM = centre.y();
            return batch.update(node);
        }
        break;
    case EntityKind::Label:
        if (const Label *found = plan.find<Label>(item.id)) {
            Label label = *found;
            label.xM = centre.x(), label.yM = centre.y();  // a label's position is its centre
            if (turn)
                label.rotationDeg = (label.rotationDeg + 90) % 360;
            return batch.update(label);
        }
        break;
    default:
        break;
    }
    return true;
}

EditResult FloorPlanEditing::move(const std::vector<PlanItemRef> &items, QPointF deltaM, const QString &mergeKey)
{
    PlanBatch batch(mEditor, tr("Move %n item(s)", nullptr, int(items.size())));
    for (const PlanItemRef &item : items)
        place(batch, item, bounds(item).center() + deltaM, false);
    return batch.commit(mergeKey);
}

EditResult FloorPlanEditing::rotate(const std::vector<PlanItemRef> &items)
{
    const QPointF pivot = bounds(items).center();
    PlanBatch batch(mEditor, tr("Rotate %n item(s)", nullptr, int(items.size())));
    for (const PlanItemRef &item : items) {
        const QPointF d = bounds(item).center() - pivot;
        // Clockwise on screen, where y grows southwards: (dx, dy) -> (-dy, dx).
        place(batch, item, pivot + QPointF(-d.y(), d.x()), true);
    }
    return batch.commit();
}

EditResult FloorPlanEditing::align(const std::vector<PlanItemRef> &items, Align how)
{
    const QRectF all = bounds(items);
    PlanBatch batch(mEditor, tr("Align %n item(s)", nullptr, int(items.size())));
    for (const PlanItemRef &item : items) {
        const QRectF r = bounds(item);
        QPointF c = r.center();
        switch (how) {
        case Align::Left:
            c.setX(all.left() + r.width() / 2);
            break;
        case Align::HorizontalCentre:
            c.setX(all.center().x());
            break;
        case Align::Right:
            c.setX(all.right() - r.width() / 2);
            break;
        case Align::Top:
            c.setY(all.top() + r.height() / 2);
            break;
        case Align::VerticalCentre:
            c.setY(all.center().y());
            break;
        case Align::Bottom:
            c.setY(all.bottom() - r.height() / 2);
            break;
        }
        place(batch, item, c, false);
    }
    return batch.commit();
}

EditResult FloorPlanEditing::distribute(const std::vector<PlanItemRef> &items, Qt::Orientation orientation)
{
    if (items.size() < 3)
        return EditResult::refused(tr("Select at least three items to distribute."));
    const bool alongX = orientation == Qt::Horizontal;
    std::vector<std::pair<double, PlanItemRef>> sorted;
    for (const PlanItemRef &item : items) {
        const QPointF c = bounds(item).center();
        sorted.push_back({ alongX ? c.x() : c.y(), item });
    }
    std::sort(sorted.begin(), sorted.end());
    const double first = sorted.front().first;
    const double step = (sorted.back().first - first) / double(sorted.size() - 1);
    PlanBatch batch(mEditor, tr("Distribute %n item(s)", nullptr, int(items.size())));
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        QPointF c = bounds(sorted[i].second).center();
        (alongX ? c.rx() : c.ry()) = first + step * double(i);
        place(batch, sorted[i].second, c, false);
    }
    return batch.commit();
}

EditResult FloorPlanEditing::remove(const std::vector<PlanItemRef> &items)
{
    const Plan &plan = mEditor.plan();
    PlanBatch batch(mEditor, tr("Delete %n item(s)", nullptr, int(items.size())));
    std::set<Id> touchedRows;
    std::set<Id> removedRacks;
    for (const PlanItemRef &item : items) {
        switch (item.kind) {
        case EntityKind::Rack:
            if (const Rack *rack = plan.find<Rack>(item.id)) {
                touchedRows.insert(rack->rowId);
                removedRacks.insert(rack->id);
                std::vector<Id> devices;
                for (const MountedDevice *device : plan.devicesInRack(item.id))
                    devices.push_back(device->id);
                for (Id id : devices)
                    batch.remove<MountedDevice>(id);
                batch.remove<Rack>(item.id);
            }
            break;
        case EntityKind::CoolingUnit:
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
            int feeds = 0;
            for (const auto &[id, rack] : plan.all<Rack>())
                feeds += (rack.feedA == item.id || rack.feedB == item.id) ? 1 : 0;
            for (const auto &[id, unit] : plan.all<CoolingUnit>())
                feeds += unit.feedId == item.id ? 1 : 0;
            if (feeds > 0)
                return EditResult::refused(
                    tr("%1 feeds %n rack(s) or cooling unit(s); connect them elsewhere first.", nullptr, feeds)
                        .arg(node->name));
            std::vector<Id> links;
            for (const auto &[id, link] : plan.all<PowerLink>()) {
                if (link.fromId == item.id || link.toId == item.id)
                    links.push_back(id);
            }
            for (Id id : links)
                batch.remove<PowerLink>(id);
            batch.remove<PowerNode>(item.id);
            break;
        }
        default:
            break;
        }
    }
    // A row whose last rack goes is removed with it.
    for (Id rowId : touchedRows) {
        if (rowId == kNoId)
            continue;
        bool empty = true;
        for (const auto &[id, rack] : plan.all<Rack>())
            empty = empty && rack.rowId != rowId;
        if (empty)
            batch.remove<Row>(rowId);
    }
    return batch.commit();
}

void FloorPlanEditing::copy(const std::vector<PlanItemRef> &items)
{
    const Plan &plan = mEditor.plan();
    mClipboard.clear();
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
        mClipboard.push_back(copied);
    }
}

EditResult FloorPlanEditing::paste(QPointF offsetM, std::vector<PlanItemRef> *created)
{
    const Plan &plan = mEditor.plan();
    PlanBatch batch(mEditor, tr("Paste %n item(s)", nullptr, int(mClipboard.size())));
    std::vector<PlanItemRef> added;
    std::map<Id, Id> newRows;  // copied racks of one row form one new row
    for (const Copied &copied : mClipboard) {
        switch (copied.ref.kind) {
        case EntityKind::Rack: {
            Rack rack = copied.rack;
            rack.id = kNoId;
            rack.xM += offsetM.x(), rack.yM += offsetM.y();
            rack.name = tr("%1 copy").arg(copied.rack.name);
            if (!plan.find<Hall>(rack.hallId))
                return EditResult::refused(tr("The hall of the copied racks does not exist any more."));
            // A copy is fed like its original, unless that node is gone.
            if (!plan.find<PowerNode>(rack.feedA))
                rack.feedA = kNoId;
            if (!plan.find<PowerNode>(rack.feedB))
                rack.feedB = kNoId;
            if (rack.rowId != kNoId) {
                auto it = newRows.find(rack.rowId);
                if (it == newRows.end()) {
                    Row row;
                    const Row *original = plan.find<Row>(rack.rowId);
                    row.hallId = rack.hallId;
                    row.name = tr("%1 copy").arg(original ? original->name : tr("Row"));
                    row.containment = original ? original->containment : Containment::None;
                    batch.add(row);
                    it = newRows.emplace(rack.rowId, row.id).first;
                }
                rack.rowId = it->second;
            }
            batch.add(rack);
            for (MountedDevice device : copied.devices) {
                device.id = kNoId;
                device.rackId = rack.id;
                batch.add(device);
            }
            added.push_back({ EntityKind::Rack, rack.id });
            break;
        }
        case EntityKind::CoolingUnit: {
            CoolingUnit unit = copied.unit;
            unit.id = kNoId;
            unit.xM += offsetM.x(), unit.yM += offsetM.y();
            unit.name = tr("%1 copy").arg(copied.unit.name);
            if (unit.feedId != kNoId && !plan.find<PowerNode>(unit.feedId))
                unit.feedId = kNoId;
            batch.add(unit);
            added.push_back({ EntityKind::CoolingUnit, unit.id });
            break;
        }
        case EntityKind::Obstacle: {
            Obstacle obstacle = copied.obstacle;
            obstacle.id = kNoId;
            obstacle.xM += offsetM.x(), obstacle.yM += offsetM.y();
            batch.add(obstacle);
            added.push_back({ EntityKind::Obstacle, obstacle.id });
            break;
        }
        case EntityKind::PowerNode: {
            PowerNode node = copied.node;
            node.id = kNoId;
            node.xM += offsetM.x(), node.yM += offsetM.y();
            node.name = tr("%1 copy").arg(copied.node.name);
            batch.add(node);
            added.push_back({ EntityKind::PowerNode, node.id });
            break;
        }
        case EntityKind::Label: {
            Label label = copied.label;
            label.id = kNoId;
            label.xM += offsetM.x(), label.yM += offsetM.y();
            batch.add(label);
            added.push_back({ EntityKind::Label, label.id });
            break;
        }
        default:
            break;
        }
    }
    const EditResult result = batch.commit();
    if (result.ok && created)
        *created = added;
    return result;
}

EditResult FloorPlanEditing::duplicate(
    const std::vector<PlanItemRef> &items, QPointF offsetM, std::vector<PlanItemRef> *created)
{
    const auto saved = mClipboard;
    copy(items);
    const EditResult result = paste(offsetM, created);
    mClipboard = saved;
    return result;
}

}  // namespace rw
