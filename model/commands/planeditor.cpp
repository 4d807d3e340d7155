// SPDX-License-Identifier: GPL-3.0-or-later
#include "planeditor.h"

#include "liquidedits.h"
#include "plan/liquidchecks.h"
#include "plan/powergraph.h"
#include "plan/validation.h"
#include "underlay/underlaygeometry.h"
#include "weather/siteweather.h"

#include <algorithm>
#include <set>

namespace rw {

PlanEditor::PlanEditor(Plan &plan, QUndoStack &stack) : mPlan(plan), mStack(stack) {}

QString PlanEditor::checkSite(const Site &site) const
{
    for (const auto &f : siteFields()) {
        QVariant normalised;
        QString why;
        if (!FieldCheck::check(f, f.get(site), &normalised, &why))
            return tr("%1: \"%2\" %3.").arg(Labels::of(EntityKind::Site), Labels::field<Site>(f.name).text, why);
    }
    return {};
}

EditResult PlanEditor::setSite(const Site &site)
{
    PlanBatch batch(*this, tr("Edit site"));
    batch.setSite(site);
    return batch.commit();
}

QString PlanEditor::checkReferences(const DeviceType &type) const
{
    for (const Finding &finding : PlanValidator::checkDeviceType(type)) {
        if (finding.severity == Finding::Severity::Error)
            return finding.message;
    }
    // A changed type must still fit wherever it is mounted: inside the rack's U range and depth, and clear of
    // the devices around it (which may be of the same type and grow with it).
    auto heightOf = [this, &type](const MountedDevice &device) {
        if (device.typeKey == type.key)
            return type.heightU;
        const DeviceType *other = mPlan.find<DeviceType>(device.typeKey);
        return other ? other->heightU : 0;
    };
    for (const auto &[id, device] : mPlan.all<MountedDevice>()) {
        if (device.typeKey != type.key)
            continue;
        const Rack *rack = mPlan.find<Rack>(device.rackId);
        if (!rack)
            continue;
        if (device.positionU + type.heightU - 1 > rack->heightU)
            return tr("%1 would no longer fit at U%2 in rack %3.").arg(type.model).arg(device.positionU).arg(rack->name);
        if (type.depthMm > rack->depthMm)
            return tr("Rack %1: %2 (%3 mm deep) would no longer fit.").arg(rack->name, type.model).arg(type.depthMm);
        if (type.heightU == 0)
            continue;  // 0U devices take no U slots
        const int top = device.positionU + type.heightU - 1;
        for (const MountedDevice *other : mPlan.devicesInRack(rack->id)) {
            const int otherHeight = heightOf(*other);
            if (other->id != device.id && otherHeight > 0 && device.positionU <= other->positionU + otherHeight - 1
                && other->positionU <= top)
                return tr("Rack %1: %2 at U%3 would no longer fit.").arg(rack->name, type.model).arg(device.positionU);
        }
    }
    return {};
}

QString PlanEditor::checkReferences(const Obstacle &obstacle) const
{
    return mPlan.find<Hall>(obstacle.hallId) ? QString() : tr("The obstacle's hall does not exist.");
}

QString PlanEditor::checkReferences(const Label &label) const
{
    if (label.text.trimmed().isEmpty())
        return tr("A label needs some text.");
    return mPlan.find<Hall>(label.hallId) ? QString() : tr("The label's hall does not exist.");
}

QString PlanEditor::checkReferences(const CoolantLoop &loop) const
{
    return LiquidChecks::problem(mPlan, loop);
}

QString PlanEditor::checkReferences(const LoopRejection &stage) const
{
    return LiquidChecks::problem(mPlan, stage);
}

QString PlanEditor::checkReferences(const LoopRack &attachment) const
{
    return LiquidChecks::problem(mPlan, attachment);
}

QString PlanEditor::checkReferences(const SiteWeather &weather) const
{
    WeatherYear year;
    QString error;
    return SiteWeatherCodec::decode(weather, &year, &error) ? QString() : error;
}

QString PlanEditor::checkReferences(const Underlay &underlay) const
{
    if (!mPlan.find<Hall>(underlay.hallId))
        return tr("The underlay's hall does not exist.");
    QString error;
    return UnderlayGeometry::checkContent(underlay, &error) ? QString() : error;
}

QString PlanEditor::checkReferences(const Row &row) const
{
    return mPlan.find<Hall>(row.hallId) ? QString() : tr("The row's hall does not exist.");
}

QString PlanEditor::checkReferences(const Rack &rack) const
{
    if (!mPlan.find<Hall>(rack.hallId))
        return tr("Rack %1: its hall does not exist.").arg(rack.name);
    if (rack.rowId != kNoId) {
        const Row *row = mPlan.find<Row>(rack.rowId);
        if (!row || row->hallId != rack.hallId)
            return tr("Rack %1: its row does not exist in its hall.").arg(rack.name);
    }
    for (Id feed : {rack.feedA, rack.feedB}) {
        if (feed != kNoId && !mPlan.find<PowerNode>(feed))
            return tr("Rack %1: the power node feeding it does not exist.").arg(rack.name);
    }
    // Feeds are checked when they change, so that an older plan's rack can still be moved or renamed.
    const Rack *stored = mPlan.find<Rack>(rack.id);
    if (!stored || stored->feedA != rack.feedA || stored->feedB != rack.feedB) {
        if (const QString problem = PlanValidator::checkRackFeeds(mPlan, rack); !problem.isEmpty())
            return problem;
    }
    // Devices already mounted must still fit into a changed rack.
    for (const MountedDevice *device : mPlan.devicesInRack(rack.id)) {
        const DeviceType *type = mPlan.find<DeviceType>(device->typeKey);
        if (type && device->positionU + type->heightU - 1 > rack.heightU)
            return tr("Rack %1: %2 at U%3 would no longer fit.").arg(rack.name, type->model).arg(device->positionU);
        if (type && type->depthMm > rack.depthMm)
            return tr("Rack %1: %2 (%3 mm deep) would no longer fit.").arg(rack.name, type->model).arg(type->depthMm);
    }
    return {};
}

QString PlanEditor::checkReferences(const MountedDevice &device) const
{
    for (const Finding &finding : PlanValidator::checkDevicePlacement(mPlan, device)) {
        if (finding.severity == Finding::Severity::Error)
            return finding.message;
    }
    return {};
}

QString PlanEditor::checkReferences(const CoolingUnit &unit) const
{
    if (unit.hallId != kNoId && !mPlan.find<Hall>(unit.hallId))
        return tr("Cooling unit %1: its hall does not exist.").arg(unit.name);
    if (unit.feedId != kNoId && !mPlan.find<PowerNode>(unit.feedId))
        return tr("Cooling unit %1: the power node feeding it does not exist.").arg(unit.name);
    if (unit.returnTempC <= unit.supplyTempC)
        return tr("Cooling unit %1: return temperature must be above supply temperature.").arg(unit.name);
    return {};
}

QString PlanEditor::checkReferences(const PowerNode &node) const
{
    if (node.hallId != kNoId && !mPlan.find<Hall>(node.hallId))
        return tr("Power node %1: its hall does not exist.").arg(node.name);
    if (node.name.trimmed().isEmpty())
        return tr("A power node needs a name.");
    // A node moved to the other side must not leave racks fed from the wrong side.
    const PowerNode *stored = mPlan.find<PowerNode>(node.id);
    if (stored && stored->side != node.side) {
        for (const auto &[id, rack] : mPlan.all<Rack>()) {
            if (rack.feedA != node.id && rack.feedB != node.id)
                continue;
            if (const QString problem = PlanValidator::checkRackFeeds(mPlan, rack, &node); !problem.isEmpty())
                return problem;
        }
    }
    return {};
}

QString PlanEditor::checkReferences(const PowerLink &link) const
{
    if (!mPlan.find<PowerNode>(link.fromId) || !mPlan.find<PowerNode>(link.toId))
        return tr("A power link must connect two existing power nodes.");
    if (link.fromId == link.toId)
        return tr("A power node cannot feed itself.");
    const PowerNode &from = *mPlan.find<PowerNode>(link.fromId);
    const PowerNode &to = *mPlan.find<PowerNode>(link.toId);
    for (const auto &[id, other] : mPlan.all<PowerLink>()) {
        if (id != link.id && other.fromId == link.fromId && other.toId == link.toId)
            return tr("%1 already feeds %2.").arg(from.name, to.name);
    }
    if (linkWouldMakeLoop(mPlan, link.fromId, link.toId, link.id))
        return tr("%1 cannot feed %2: %2 already feeds %1, and power must flow from the sources to the loads.")
            .arg(from.name, to.name);
    return {};
}

QString PlanEditor::checkReferences(const Phase &phase) const
{
    if (!mPlan.find<Scenario>(phase.scenarioId))
        return tr("Phase %1: its scenario does not exist.").arg(phase.name);
    if (phase.trainingShare + phase.inferenceShare > 1.0 + 1e-9)
        return tr("Phase %1: training and inference shares add up to more than 100 %.").arg(phase.name);
    return {};
}

EditResult PlanEditor::mountDevice(Id rackId, const QString &typeKey, int positionU, const QString &label)
{
    MountedDevice device;
    device.rackId = rackId;
    device.typeKey = typeKey;
    device.positionU = positionU;
    device.label = label;
    return add(device);
}

EditResult PlanEditor::removeDevice(Id deviceId)
{
    const MountedDevice *device = mPlan.find<MountedDevice>(deviceId);
    if (!device)
        return EditResult::refused(tr("The device does not exist."));
    PlanBatch batch(*this, tr("Remove device"));
    batch.remove<MountedDevice>(deviceId);
    return batch.commit();
}

EditResult PlanEditor::removeRacks(const std::vector<Id> &requestedIds)
{
    // A rack named twice is removed once: a second removal of the same entity would take it from the plan twice.
    std::vector<Id> rackIds;
    for (Id id : requestedIds) {
        if (!mPlan.find<Rack>(id))
            return EditResult::refused(tr("Rack %1 does not exist.").arg(id));
        if (std::find(rackIds.begin(), rackIds.end(), id) == rackIds.end())
            rackIds.push_back(id);
    }
    if (rackIds.empty())
        return EditResult::done();  // nothing to do: no empty undo step
    PlanBatch batch(*this, tr("Remove %n rack(s)", nullptr, int(rackIds.size())));
    for (Id id : rackIds) {
        std::vector<Id> devices;
        for (const MountedDevice *device : mPlan.devicesInRack(id))
            devices.push_back(device->id);
        for (Id device : devices)
            batch.remove<MountedDevice>(device);
        LiquidEdits::removeAttachmentOf(batch, id);
        batch.remove<Rack>(id);
    }
    return batch.commit();
}

EditResult PlanEditor::removeDeviceType(const QString &key)
{
    const DeviceType *type = mPlan.find<DeviceType>(key);
    if (!type)
        return EditResult::refused(tr("The device type %1 does not exist.").arg(key));
    int uses = 0;
    for (const auto &[id, device] : mPlan.all<MountedDevice>())
        uses += device.typeKey == key ? 1 : 0;
    if (uses > 0)
        return EditResult::refused(tr("%1 is mounted %n time(s) and cannot be removed.", nullptr, uses).arg(type->model));
    PlanBatch batch(*this, tr("Remove device type"));
    batch.remove<DeviceType>(key);
    return batch.commit();
}

EditResult PlanEditor::importDeviceTypes(const std::vector<DeviceType> &entries)
{
    // A key given twice (two files describing one device) is imported once, the later entry winning: two
    // commands for one key would add it twice and take it twice on undo.
    std::vector<DeviceType> types;
    for (const DeviceType &entry : entries) {
        const auto same = std::find_if(types.begin(), types.end(),
                                       [&entry](const DeviceType &type) { return type.key == entry.key; });
        if (same != types.end())
            *same = entry;
        else
            types.push_back(entry);
    }
    for (const DeviceType &type : types) {
        if (const QString error = check(type); !error.isEmpty())
            return EditResult::refused(error);
    }
    PlanBatch batch(*this, tr("Import %n device type(s)", nullptr, int(types.size())));
    for (const DeviceType &type : types) {
        if (const DeviceType *existing = mPlan.find<DeviceType>(type.key))
            batch.execute(std::make_unique<EditEntityCommand<DeviceType>>(mPlan, *existing, type, false));
        else
            batch.execute(std::make_unique<AddEntityCommand<DeviceType>>(mPlan, type));
    }
    return batch.commit();
}

EditResult PlanEditor::connectPower(Id fromId, Id toId)
{
    PowerLink link;
    link.fromId = fromId;
    link.toId = toId;
    return add(link);
}

EditResult PlanEditor::removePowerLinks(const std::vector<Id> &linkIds)
{
    return removePowerNodes({}, linkIds);
}

EditResult PlanEditor::removePowerNodes(const std::vector<Id> &requestedNodes, const std::vector<Id> &requestedLinks)
{
    std::set<Id> nodeIds;
    for (Id id : requestedNodes) {
        if (!mPlan.find<PowerNode>(id))
            return EditResult::refused(tr("Power node %1 does not exist.").arg(id));
        nodeIds.insert(id);
    }
    std::set<Id> linkIds;
    for (Id id : requestedLinks) {
        if (!mPlan.find<PowerLink>(id))
            return EditResult::refused(tr("Power link %1 does not exist.").arg(id));
        linkIds.insert(id);
    }
    for (const auto &[id, link] : mPlan.all<PowerLink>()) {
        if (nodeIds.count(link.fromId) || nodeIds.count(link.toId))
            linkIds.insert(id);
    }
    if (nodeIds.empty() && linkIds.empty())
        return EditResult::done();  // nothing to do: no empty undo step
    PlanBatch batch(*this, nodeIds.empty()
                                       ? tr("Remove %n power link(s)", nullptr, int(linkIds.size()))
                                       : tr("Remove %n power node(s)", nullptr, int(nodeIds.size())));
    // What referenced the nodes is detached first, so that every intermediate state is consistent.
    for (const auto &[id, rack] : mPlan.all<Rack>()) {
        if (!nodeIds.count(rack.feedA) && !nodeIds.count(rack.feedB))
            continue;
        Rack detached = rack;
        if (nodeIds.count(detached.feedA))
            detached.feedA = kNoId;
        if (nodeIds.count(detached.feedB))
            detached.feedB = kNoId;
        batch.execute(std::make_unique<EditEntityCommand<Rack>>(mPlan, rack, detached, false));
    }
    for (const auto &[id, unit] : mPlan.all<CoolingUnit>()) {
        if (!nodeIds.count(unit.feedId))
            continue;
        CoolingUnit detached = unit;
        detached.feedId = kNoId;
        batch.execute(std::make_unique<EditEntityCommand<CoolingUnit>>(mPlan, unit, detached, false));
    }
    for (Id id : linkIds)
        batch.remove<PowerLink>(id);
    for (Id id : nodeIds)
        batch.remove<PowerNode>(id);
    return batch.commit();
}

EditResult PlanEditor::feedRacks(const std::vector<Id> &rackIds, FeedSide side, Id nodeId)
{
    std::vector<std::pair<Id, Id>> changes;
    std::set<Id> seen;
    for (Id id : rackIds) {
        if (seen.insert(id).second)
            changes.emplace_back(id, nodeId);
    }
    return feedRacks(changes, side);
}

EditResult PlanEditor::feedRacks(const std::vector<std::pair<Id, Id>> &rackAndNode, FeedSide side)
{
    if (side == FeedSide::None)
        return EditResult::refused(tr("Choose feed A or feed B."));
    std::vector<std::pair<Rack, Rack>> changes;
    std::set<Id> seen;
    for (const auto &[rackId, nodeId] : rackAndNode) {
        if (nodeId != kNoId && !mPlan.find<PowerNode>(nodeId))
            return EditResult::refused(tr("Power node %1 does not exist.").arg(nodeId));
        const Rack *rack = mPlan.find<Rack>(rackId);
        if (!rack)
            return EditResult::refused(tr("Rack %1 does not exist.").arg(rackId));
        if (!seen.insert(rackId).second)
            return EditResult::refused(tr("Rack %1 is named twice.").arg(rack->name));
        Rack changed = *rack;
        (side == FeedSide::A ? changed.feedA : changed.feedB) = nodeId;
        if (changed == *rack)
            continue;
        if (const QString error = check(changed); !error.isEmpty())
            return EditResult::refused(error);
        changes.emplace_back(*rack, changed);
    }
    if (changes.empty())
        return EditResult::done();
    const QString text = side == FeedSide::A ? tr("Connect feed A of %n rack(s)", nullptr, int(changes.size()))
                                             : tr("Connect feed B of %n rack(s)", nullptr, int(changes.size()));
    PlanBatch batch(*this, text);
    for (const auto &[before, after] : changes)
        batch.execute(std::make_unique<EditEntityCommand<Rack>>(mPlan, before, after, false));
    return batch.commit();
}

EditResult PlanEditor::feedCoolingUnit(Id unitId, Id nodeId)
{
    const CoolingUnit *unit = mPlan.find<CoolingUnit>(unitId);
    if (!unit)
        return EditResult::refused(tr("Cooling unit %1 does not exist.").arg(unitId));
    CoolingUnit changed = *unit;
    changed.feedId = nodeId;
    return update(changed);
}

}  // namespace rw
