#include "validation.h"

#include "completenesschecks.h"
#include "analysis/thermalsanity.h"
#include "layoutchecks.h"
#include "powergraph.h"

#include <QHash>

namespace rw {
namespace {

Finding error(EntityKind kind, const QVariant &key, const QString &message)
{
    return {Finding::Severity::Error, kind, key, message};
}

Finding warning(EntityKind kind, const QVariant &key, const QString &message)
{
    return {Finding::Severity::Warning, kind, key, message};
}

}  // namespace

bool PlanValidator::hasErrors(const std::vector<Finding> &findings)
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding &f) { return f.severity == Finding::Severity::Error; });
}

std::vector<Finding> PlanValidator::checkDeviceType(const DeviceType &type)
{
    std::vector<Finding> out;
    const QVariant key(type.key);
    if (type.key.trimmed().isEmpty())
        out.push_back(error(EntityKind::DeviceType, key, tr("A device type needs a key.")));
    if (type.idlePowerW > type.typicalPowerW || type.typicalPowerW > type.maxPowerW)
        out.push_back(error(EntityKind::DeviceType, key,
                            tr("Device type %1: power must satisfy idle <= typical <= max.").arg(type.key)));
    if (type.psuRequired > type.psuCount)
        out.push_back(error(EntityKind::DeviceType, key,
                            tr("Device type %1: %2 power supplies required but only %3 fitted.")
                                .arg(type.key)
                                .arg(type.psuRequired)
                                .arg(type.psuCount)));
    if (type.psuRequired > 0 && type.psuRequired * type.psuRatingW < type.maxPowerW)
        out.push_back(warning(EntityKind::DeviceType, key,
                              tr("Device type %1: the required power supplies cannot carry its maximum power.")
                                  .arg(type.key)));
    return out;
}

QString PlanValidator::checkRackFeeds(const Plan &plan, const Rack &rack, const PowerNode *changedNode)
{
    auto nodeOf = [&](Id id) -> const PowerNode * {
        if (changedNode && changedNode->id == id)
            return changedNode;
        return plan.find<PowerNode>(id);
    };
    if (rack.feedA != kNoId && rack.feedA == rack.feedB)
        return tr("Rack %1 would be fed twice from %2: feeds A and B must come from different nodes.")
            .arg(rack.name, nodeOf(rack.feedA) ? nodeOf(rack.feedA)->name : QString::number(rack.feedA));
    const PowerNode *a = nodeOf(rack.feedA);
    const PowerNode *b = nodeOf(rack.feedB);
    if (a && a->side == FeedSide::B)
        return tr("Rack %1: feed A cannot come from %2, a node of side B.").arg(rack.name, a->name);
    if (b && b->side == FeedSide::A)
        return tr("Rack %1: feed B cannot come from %2, a node of side A.").arg(rack.name, b->name);
    return {};
}

std::vector<Finding> PlanValidator::checkDevicePlacement(const Plan &plan, const MountedDevice &device)
{
    std::vector<Finding> out;
    const QVariant key(device.id);
    const Rack *rack = plan.find<Rack>(device.rackId);
    if (!rack) {
        out.push_back(error(EntityKind::Device, key,
                            tr("Device %1 is in rack %2, which does not exist.").arg(device.id).arg(device.rackId)));
        return out;
    }
    const DeviceType *type = plan.find<DeviceType>(device.typeKey);
    if (!type) {
        out.push_back(error(EntityKind::Device, key,
                            tr("Device %1 has type \"%2\", which is not in the plan's catalogue.")
                                .arg(device.id)
                                .arg(device.typeKey)));
        return out;
    }
    const int top = device.positionU + std::max(type->heightU, 1) - 1;
    if (type->heightU > 0 && top > rack->heightU) {
        out.push_back(error(EntityKind::Device, key,
                            tr("%1 at U%2 needs %3 U and does not fit into rack %4 (%5 U).")
                                .arg(type->model)
                                .arg(device.positionU)
                                .arg(type->heightU)
                                .arg(rack->name)
                                .arg(rack->heightU)));
    }
    if (type->depthMm > rack->depthMm) {
        out.push_back(error(EntityKind::Device, key,
                            tr("%1 is %2 mm deep; rack %3 is only %4 mm deep.")
                                .arg(type->model)
                                .arg(type->depthMm)
                                .arg(rack->name)
                                .arg(rack->depthMm)));
    }
    if (type->heightU == 0)
        return out;  // 0U devices (vertical PDUs) take no U slots
    for (const MountedDevice *other : plan.devicesInRack(rack->id)) {
        if (other->id == device.id)
            continue;
        const DeviceType *otherType = plan.find<DeviceType>(other->typeKey);
        if (!otherType || otherType->heightU == 0)
            continue;
        const int otherTop = other->positionU + otherType->heightU - 1;
        if (device.positionU <= otherTop && other->positionU <= top) {
            out.push_back(error(EntityKind::Device, key,
                                tr("%1 at U%2 overlaps %3 at U%4 in rack %5.")
                                    .arg(type->model)
                                    .arg(device.positionU)
                                    .arg(otherType->model)
                                    .arg(other->positionU)
                                    .arg(rack->name)));
        }
    }
    return out;
}

std::vector<Finding> PlanValidator::validate(const Plan &plan)
{
    std::vector<Finding> out;
    auto append = [&out](std::vector<Finding> more) { out.insert(out.end(), more.begin(), more.end()); };

    for (const auto &[key, type] : plan.all<DeviceType>())
        append(checkDeviceType(type));

    for (const auto &[id, obstacle] : plan.all<Obstacle>()) {
        if (!plan.find<Hall>(obstacle.hallId))
            out.push_back(error(EntityKind::Obstacle, id, tr("Obstacle %1 is in a hall that does not exist.").arg(id)));
    }
    for (const auto &[id, label] : plan.all<Label>()) {
        if (label.text.trimmed().isEmpty())
            out.push_back(error(EntityKind::Label, id, tr("Label %1 has no text.").arg(id)));
        const Hall *hall = plan.find<Hall>(label.hallId);
        if (!hall)
            out.push_back(error(EntityKind::Label, id,
                                tr("Label \"%1\" is in a hall that does not exist.").arg(label.text)));
        // The anchor decides: the text's extent depends on the font, which the model does not know.
        else if (label.xM < 0 || label.yM < 0 || label.xM > hall->widthM || label.yM > hall->depthM)
            out.push_back(warning(EntityKind::Label, id,
                                  tr("Label \"%1\" lies outside hall %2.").arg(label.text, hall->name)));
    }
    for (const auto &[id, row] : plan.all<Row>()) {
        if (!plan.find<Hall>(row.hallId))
            out.push_back(error(EntityKind::Row, id, tr("Row %1 is in a hall that does not exist.").arg(row.name)));
    }

    QHash<Id, double> rackPowerW;
    QHash<Id, double> rackWeightKg;
    for (const auto &[id, device] : plan.all<MountedDevice>()) {
        append(checkDevicePlacement(plan, device));
        if (const DeviceType *type = plan.find<DeviceType>(device.typeKey)) {
            rackPowerW[device.rackId] += type->maxPowerW;
            rackWeightKg[device.rackId] += type->weightKg;
        }
    }

    for (const auto &[id, rack] : plan.all<Rack>()) {
        const Hall *hall = plan.find<Hall>(rack.hallId);
        if (!hall) {
            out.push_back(error(EntityKind::Rack, id, tr("Rack %1 is in a hall that does not exist.").arg(rack.name)));
            continue;
        }
        if (rack.rowId != kNoId) {
            const Row *row = plan.find<Row>(rack.rowId);
            if (!row || row->hallId != rack.hallId)
                out.push_back(error(EntityKind::Rack, id,
                                    tr("Rack %1 belongs to a row that does not exist in its hall.").arg(rack.name)));
        }
        for (Id feed : {rack.feedA, rack.feedB}) {
            if (feed != kNoId && !plan.find<PowerNode>(feed))
                out.push_back(error(EntityKind::Rack, id,
                                    tr("Rack %1 is fed by power node %2, which does not exist.").arg(rack.name).arg(feed)));
        }
        const double powerKw = rackPowerW.value(id) / 1000.0;
        if (powerKw > rack.maxPowerKw)
            out.push_back(warning(EntityKind::Rack, id,
                                  tr("Rack %1 draws up to %2 kW, more than its budget of %3 kW.")
                                      .arg(rack.name)
                                      .arg(powerKw, 0, 'f', 1)
                                      .arg(rack.maxPowerKw, 0, 'f', 1)));
        if (rackWeightKg.value(id) > rack.staticLoadKg)
            out.push_back(warning(EntityKind::Rack, id,
                                  tr("Rack %1 carries %2 kg of equipment, more than its rating of %3 kg.")
                                      .arg(rack.name)
                                      .arg(rackWeightKg.value(id), 0, 'f', 0)
                                      .arg(rack.staticLoadKg, 0, 'f', 0)));
    }

    // Collisions and narrow aisles; racks, cooling units, obstacles and power nodes outside their hall.
    for (const LayoutIssue &issue : LayoutChecks::check(plan)) {
        if (issue.kind != LayoutIssue::Kind::OutsideHall)
            out.push_back(warning(EntityKind::Rack, issue.rackId, issue.message));
    }
    for (const OutsideItem &item : LayoutChecks::outsideHall(plan))
        out.push_back(warning(item.kind, item.id, item.message));
    // Air paths that will make racks breathe hot air (checked before a thermal run, too).
    for (const ThermalSanityIssue &issue : ThermalSanity::check(plan))
        out.push_back(warning(issue.entityKind, issue.entityId, issue.message));

    for (const auto &[id, unit] : plan.all<CoolingUnit>()) {
        if (unit.hallId != kNoId && !plan.find<Hall>(unit.hallId))
            out.push_back(error(EntityKind::CoolingUnit, id,
                                tr("Cooling unit %1 is in a hall that does not exist.").arg(unit.name)));
        if (unit.feedId != kNoId && !plan.find<PowerNode>(unit.feedId))
            out.push_back(error(EntityKind::CoolingUnit, id,
                                tr("Cooling unit %1 is fed by power node %2, which does not exist.")
                                    .arg(unit.name)
                                    .arg(unit.feedId)));
        if (unit.returnTempC <= unit.supplyTempC)
            out.push_back(error(EntityKind::CoolingUnit, id,
                                tr("Cooling unit %1: return temperature must be above supply temperature.").arg(unit.name)));
    }

    for (const auto &[id, node] : plan.all<PowerNode>()) {
        if (node.hallId != kNoId && !plan.find<Hall>(node.hallId))
            out.push_back(error(EntityKind::PowerNode, id,
                                tr("Power node %1 is in a hall that does not exist.").arg(node.name)));
    }
    for (const auto &[id, link] : plan.all<PowerLink>()) {
        if (!plan.find<PowerNode>(link.fromId) || !plan.find<PowerNode>(link.toId))
            out.push_back(error(EntityKind::PowerLink, id,
                                tr("Power link %1 connects a node that does not exist.").arg(id)));
        else if (link.fromId == link.toId)
            out.push_back(error(EntityKind::PowerLink, id, tr("Power link %1 feeds a node from itself.").arg(id)));
    }

    if (const auto loop = findPowerLoop(plan)) {
        out.push_back(error(EntityKind::PowerNode, *loop,
                            tr("The power chain has a loop through %1: power must flow from sources to loads.")
                                .arg(plan.find<PowerNode>(*loop)->name)));
    }

    append(CompletenessChecks::check(plan));

    for (const auto &[id, phase] : plan.all<Phase>()) {
        if (!plan.find<Scenario>(phase.scenarioId))
            out.push_back(error(EntityKind::Phase, id,
                                tr("Phase %1 belongs to a scenario that does not exist.").arg(phase.name)));
        if (phase.trainingShare + phase.inferenceShare > 1.0 + 1e-9)
            out.push_back(error(EntityKind::Phase, id,
                                tr("Phase %1: training and inference shares add up to more than 100 %.").arg(phase.name)));
    }
    return out;
}

}  // namespace rw
