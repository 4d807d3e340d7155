// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation.h"

#include "analysis/liquidfindings.h"
#include "analysis/thermalsanity.h"
#include "boxsweep.h"
#include "completenesschecks.h"
#include "dcdistribution.h"
#include "findinglist.h"
#include "layoutchecks.h"
#include "liquidchecks.h"
#include "powergraph.h"
#include "underlay/underlaygeometry.h"
#include "weather/siteweather.h"

#include <QHash>

namespace rw {
namespace {

/// The kinds of finding, for the limit on how many of each are listed.
enum Check {
    kTypeCheck,
    kObstacleHall,
    kLabelText,
    kLabelHall,
    kLabelOutside,
    kWeatherCount,
    kWeatherHours,
    kUnderlayHall,
    kUnderlayContent,
    kRowHall,
    kDeviceRack,
    kDeviceType,
    kDeviceHeight,
    kDeviceDepth,
    kDeviceOverlap,
    kRackHall,
    kRackRow,
    kRackFeed,
    kRackPower,
    kRackWeight,
    kLayoutOverlap,
    kLayoutAisle,
    kUnitHall,
    kUnitFeed,
    kUnitTemperatures,
    kNodeHall,
    kLinkEnds,
    kLinkSelf,
    kPowerLoop,
    kDcMismatch,
    kPhaseScenario,
    kPhaseShares,
    kLiquidLoop,
    kLiquidStage,
    kLiquidRack,
    kLiquidFlow = 400,  // + LiquidRackIssue::Kind
    // Kinds that come in several sorts, each its own kind: base + the sort's number.
    kOutsideHall = 100,  // + EntityKind
    kAirPath = 200,  // + ThermalSanityIssue::Kind
    kCompleteness = 300,  // + EntityKind
};

Finding error(EntityKind kind, const QVariant &key, const QString &message)
{
    return { Finding::Severity::Error, kind, key, message, 0 };
}

Finding warning(EntityKind kind, const QVariant &key, const QString &message)
{
    return { Finding::Severity::Warning, kind, key, message, 0 };
}

std::optional<Finding> heightError(const Rack &rack, const MountedDevice &device, const DeviceType &type)
{
    const int top = device.positionU + std::max(type.heightU, 1) - 1;
    if (type.heightU == 0 || top <= rack.heightU)
        return std::nullopt;
    return error(EntityKind::Device, device.id,
        PlanValidator::tr("%1 at U%2 needs %3 U and does not fit into rack %4 (%5 U).")
            .arg(type.model)
            .arg(device.positionU)
            .arg(type.heightU)
            .arg(rack.name)
            .arg(rack.heightU));
}

std::optional<Finding> depthError(const Rack &rack, const MountedDevice &device, const DeviceType &type)
{
    if (type.depthMm <= rack.depthMm)
        return std::nullopt;
    return error(EntityKind::Device, device.id,
        PlanValidator::tr("%1 is %2 mm deep; rack %3 is only %4 mm deep.")
            .arg(type.model)
            .arg(type.depthMm)
            .arg(rack.name)
            .arg(rack.depthMm));
}

/// The finding about `device`, which shares units with `other`.
Finding overlapError(const Rack &rack, const MountedDevice &device, const DeviceType &type, const MountedDevice &other,
    const DeviceType &otherType)
{
    return error(EntityKind::Device, device.id,
        PlanValidator::tr("%1 at U%2 overlaps %3 at U%4 in rack %5.")
            .arg(type.model)
            .arg(device.positionU)
            .arg(otherType.model)
            .arg(other.positionU)
            .arg(rack.name));
}

}  // namespace

bool PlanValidator::hasErrors(const std::vector<Finding> &findings)
{
    return std::any_of(
        findings.begin(), findings.end(), [](const Finding &f) { return f.severity == Finding::Severity::Error; });
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
            tr("Device type %1: the required power supplies cannot carry its maximum power.").arg(type.key)));
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
            tr("Device %1 has type \"%2\", which is not in the plan's catalogue.").arg(device.id).arg(device.typeKey)));
        return out;
    }
    if (auto fit = heightError(*rack, device, *type))
        out.push_back(*fit);
    if (auto fit = depthError(*rack, device, *type))
        out.push_back(*fit);
    if (type->heightU == 0)
        return out;  // 0U devices (vertical PDUs) take no U slots
    const int top = device.positionU + type->heightU - 1;
    for (const MountedDevice *other : plan.devicesInRack(rack->id)) {
        if (other->id == device.id)
            continue;
        const DeviceType *otherType = plan.find<DeviceType>(other->typeKey);
        if (!otherType || otherType->heightU == 0)
            continue;
        const int otherTop = other->positionU + otherType->heightU - 1;
        if (device.positionU <= otherTop && other->positionU <= top)
            out.push_back(overlapError(*rack, device, *type, *other, *otherType));
    }
    return out;
}

namespace {

/// Height, depth and overlaps of the devices in one rack; overlapping pairs are counted by sorting and
/// built only while the list has room.
void checkRackDevices(const Plan &plan, const Rack &rack, FindingList &out)
{
    struct Placed {
        const MountedDevice *device;
        const DeviceType *type;
    };
    std::vector<Placed> stacked;  // devices that take units, lowest first
    for (const MountedDevice *device : plan.devicesInRack(rack.id)) {
        if (out.done())
            return;
        const DeviceType *type = plan.find<DeviceType>(device->typeKey);
        if (!type)
            continue;  // reported with the device
        if (auto fit = heightError(rack, *device, *type))
            out.add(kDeviceHeight, *fit);
        if (auto fit = depthError(rack, *device, *type))
            out.add(kDeviceDepth, *fit);
        if (type->heightU > 0)
            stacked.push_back({ device, type });
    }
    std::vector<std::pair<int, int>> ranges;
    for (const Placed &p : stacked)
        ranges.emplace_back(p.device->positionU, p.device->positionU + p.type->heightU - 1);
    const std::vector<std::int64_t> earlier = boxsweep::countEarlierSharing(ranges);
    std::int64_t pairs = 0;
    for (std::int64_t n : earlier)
        pairs += n;
    std::int64_t built = 0;
    for (std::size_t b = 0; b < stacked.size() && out.room(kDeviceOverlap) > 0; ++b) {
        for (std::size_t a = 0; a < b && earlier[b] > 0 && out.room(kDeviceOverlap) > 0; ++a) {
            if (ranges[a].second < ranges[b].first)
                continue;
            // Each device of the pair gets its finding.
            out.add(kDeviceOverlap,
                overlapError(rack, *stacked[b].device, *stacked[b].type, *stacked[a].device, *stacked[a].type));
            out.add(kDeviceOverlap,
                overlapError(rack, *stacked[a].device, *stacked[a].type, *stacked[b].device, *stacked[b].type));
            ++built;
        }
    }
    out.addUnlisted(kDeviceOverlap, Finding::Severity::Error, EntityKind::Device, 2 * (pairs - built));
}

void validateInto(const Plan &plan, FindingList &out)
{
    const bool warnings = out.wantsWarnings();
    for (const auto &[key, type] : plan.all<DeviceType>()) {
        for (Finding &finding : PlanValidator::checkDeviceType(type))
            out.add(kTypeCheck, std::move(finding));
        if (out.done())
            return;
    }

    for (const auto &[id, obstacle] : plan.all<Obstacle>()) {
        if (!plan.find<Hall>(obstacle.hallId))
            out.add(kObstacleHall,
                error(EntityKind::Obstacle, id,
                    PlanValidator::tr("Obstacle %1 is in a hall that does not exist.").arg(id)));
    }
    for (const auto &[id, label] : plan.all<Label>()) {
        if (out.done())
            return;
        if (label.text.trimmed().isEmpty())
            out.add(kLabelText, error(EntityKind::Label, id, PlanValidator::tr("Label %1 has no text.").arg(id)));
        const Hall *hall = plan.find<Hall>(label.hallId);
        if (!hall)
            out.add(kLabelHall,
                error(EntityKind::Label, id,
                    PlanValidator::tr("Label \"%1\" is in a hall that does not exist.").arg(label.text)));
        // The anchor decides: the text's extent depends on the font, which the model does not know.
        else if (warnings && (label.xM < 0 || label.yM < 0 || label.xM > hall->widthM || label.yM > hall->depthM))
            out.add(kLabelOutside,
                warning(EntityKind::Label, id,
                    PlanValidator::tr("Label \"%1\" lies outside hall %2.").arg(label.text, hall->name)));
    }
    if (plan.all<SiteWeather>().size() > 1)
        out.add(kWeatherCount,
            error(EntityKind::Weather, plan.all<SiteWeather>().begin()->first,
                PlanValidator::tr("The plan holds %1 weather years; a site uses one.")
                    .arg(plan.all<SiteWeather>().size())));
    for (const auto &[id, weather] : plan.all<SiteWeather>()) {
        WeatherYear year;
        QString why;
        if (!SiteWeatherCodec::decode(weather, &year, &why))
            out.add(kWeatherHours, error(EntityKind::Weather, id, why));
    }
    for (const auto &[id, underlay] : plan.all<Underlay>()) {
        if (out.done())
            return;
        QString why;
        if (!plan.find<Hall>(underlay.hallId))
            out.add(kUnderlayHall,
                error(EntityKind::Underlay, id,
                    PlanValidator::tr("Underlay \"%1\" is in a hall that does not exist.").arg(underlay.name)));
        else if (!UnderlayGeometry::checkContent(underlay, &why))
            out.add(kUnderlayContent, error(EntityKind::Underlay, id, why));
    }
    for (const auto &[id, row] : plan.all<Row>()) {
        if (!plan.find<Hall>(row.hallId))
            out.add(kRowHall,
                error(
                    EntityKind::Row, id, PlanValidator::tr("Row %1 is in a hall that does not exist.").arg(row.name)));
    }
    if (out.done())
        return;

    QHash<Id, double> rackPowerW;
    QHash<Id, double> rackWeightKg;
    for (const auto &[id, device] : plan.all<MountedDevice>()) {
        if (out.done())
            return;
        if (!plan.find<Rack>(device.rackId)) {
            out.add(kDeviceRack,
                error(EntityKind::Device, id,
                    PlanValidator::tr("Device %1 is in rack %2, which does not exist.").arg(id).arg(device.rackId)));
            continue;
        }
        const DeviceType *type = plan.find<DeviceType>(device.typeKey);
        if (!type) {
            out.add(kDeviceType,
                error(EntityKind::Device, id,
                    PlanValidator::tr("Device %1 has type \"%2\", which is not in the plan's catalogue.")
                        .arg(id)
                        .arg(device.typeKey)));
            continue;
        }
        rackPowerW[device.rackId] += type->maxPowerW;
        rackWeightKg[device.rackId] += type->weightKg;
    }

    for (const auto &[id, rack] : plan.all<Rack>()) {
        checkRackDevices(plan, rack, out);
        if (out.done())
            return;
        const Hall *hall = plan.find<Hall>(rack.hallId);
        if (!hall) {
            out.add(kRackHall,
                error(EntityKind::Rack, id,
                    PlanValidator::tr("Rack %1 is in a hall that does not exist.").arg(rack.name)));
            continue;
        }
        if (rack.rowId != kNoId) {
            const Row *row = plan.find<Row>(rack.rowId);
            if (!row || row->hallId != rack.hallId)
                out.add(kRackRow,
                    error(EntityKind::Rack, id,
                        PlanValidator::tr("Rack %1 belongs to a row that does not exist in its hall.").arg(rack.name)));
        }
        for (Id feed : { rack.feedA, rack.feedB }) {
            if (feed != kNoId && !plan.find<PowerNode>(feed))
                out.add(kRackFeed,
                    error(EntityKind::Rack, id,
                        PlanValidator::tr("Rack %1 is fed by power node %2, which does not exist.")
                            .arg(rack.name)
                            .arg(feed)));
        }
        if (!warnings)
            continue;
        const double powerKw = rackPowerW.value(id) / 1000.0;
        if (powerKw > rack.maxPowerKw)
            out.add(kRackPower,
                warning(EntityKind::Rack, id,
                    PlanValidator::tr("Rack %1 draws up to %2 kW, more than its budget of %3 kW.")
                        .arg(rack.name)
                        .arg(powerKw, 0, 'f', 1)
                        .arg(rack.maxPowerKw, 0, 'f', 1)));
        if (rackWeightKg.value(id) > rack.staticLoadKg)
            out.add(kRackWeight,
                warning(EntityKind::Rack, id,
                    PlanValidator::tr("Rack %1 carries %2 kg of equipment, more than its rating of %3 kg.")
                        .arg(rack.name)
                        .arg(rackWeightKg.value(id), 0, 'f', 0)
                        .arg(rack.staticLoadKg, 0, 'f', 0)));
    }

    // Collisions and narrow aisles; racks, cooling units, obstacles and power nodes outside their hall;
    // air paths that will make racks breathe hot air (checked before a thermal run, too). Only warnings.
    if (warnings) {
        const LayoutReport layout = LayoutChecks::check(plan, out.room(kLayoutOverlap));
        for (const LayoutIssue &issue : layout.issues) {
            if (issue.kind != LayoutIssue::Kind::OutsideHall)
                out.add(issue.kind == LayoutIssue::Kind::Overlap ? kLayoutOverlap : kLayoutAisle,
                    warning(EntityKind::Rack, issue.rackId, issue.message));
        }
        out.addUnlisted(kLayoutOverlap, Finding::Severity::Warning, EntityKind::Rack,
            layout.unlistedOf(LayoutIssue::Kind::Overlap));
        out.addUnlisted(kLayoutAisle, Finding::Severity::Warning, EntityKind::Rack,
            layout.unlistedOf(LayoutIssue::Kind::NarrowAisle));
        for (const OutsideItem &item : LayoutChecks::outsideHall(plan))
            out.add(kOutsideHall + int(item.kind), warning(item.kind, item.id, item.message));
        for (const ThermalSanityIssue &issue : ThermalSanity::check(plan))
            out.add(kAirPath + int(issue.kind), warning(issue.entityKind, issue.entityId, issue.message));
    }

    for (const auto &[id, unit] : plan.all<CoolingUnit>()) {
        if (out.done())
            return;
        if (unit.hallId != kNoId && !plan.find<Hall>(unit.hallId))
            out.add(kUnitHall,
                error(EntityKind::CoolingUnit, id,
                    PlanValidator::tr("Cooling unit %1 is in a hall that does not exist.").arg(unit.name)));
        if (unit.feedId != kNoId && !plan.find<PowerNode>(unit.feedId))
            out.add(kUnitFeed,
                error(EntityKind::CoolingUnit, id,
                    PlanValidator::tr("Cooling unit %1 is fed by power node %2, which does not exist.")
                        .arg(unit.name)
                        .arg(unit.feedId)));
        if (unit.returnTempC <= unit.supplyTempC)
            out.add(kUnitTemperatures,
                error(EntityKind::CoolingUnit, id,
                    PlanValidator::tr("Cooling unit %1: return temperature must be above supply temperature.")
                        .arg(unit.name)));
    }

    for (const auto &[id, node] : plan.all<PowerNode>()) {
        if (node.hallId != kNoId && !plan.find<Hall>(node.hallId))
            out.add(kNodeHall,
                error(EntityKind::PowerNode, id,
                    PlanValidator::tr("Power node %1 is in a hall that does not exist.").arg(node.name)));
    }
    for (const auto &[id, link] : plan.all<PowerLink>()) {
        if (out.done())
            return;
        if (!plan.find<PowerNode>(link.fromId) || !plan.find<PowerNode>(link.toId))
            out.add(kLinkEnds,
                error(EntityKind::PowerLink, id,
                    PlanValidator::tr("Power link %1 connects a node that does not exist.").arg(id)));
        else if (link.fromId == link.toId)
            out.add(kLinkSelf,
                error(EntityKind::PowerLink, id, PlanValidator::tr("Power link %1 feeds a node from itself.").arg(id)));
    }
    if (out.done())
        return;

    if (const auto loop = findPowerLoop(plan)) {
        out.add(kPowerLoop,
            error(EntityKind::PowerNode, *loop,
                PlanValidator::tr("The power chain has a loop through %1: power must flow from sources to loads.")
                    .arg(plan.find<PowerNode>(*loop)->name)));
    }

    // AC equipment on 800 V DC or DC equipment on AC: errors, but edits may leave them (a device mounted, a
    // node's kind changed), so opening and importing do not refuse a plan for them; it opens to be fixed.
    if (warnings) {
        for (DcMismatch &mismatch : DcChecks::find(plan))
            out.add(kDcMismatch, error(mismatch.kind, mismatch.id, mismatch.message));
    }

    if (warnings) {
        // Missing subsystems: one kind of finding per kind of entity it names (unfed racks, unfed units...).
        for (Finding &finding : CompletenessChecks::check(plan))
            out.add(kCompleteness + int(finding.kind), std::move(finding));
    }

    for (const auto &[id, loop] : plan.all<CoolantLoop>()) {
        if (const QString why = LiquidChecks::problem(plan, loop); !why.isEmpty())
            out.add(kLiquidLoop, error(EntityKind::CoolantLoop, id, why));
    }
    for (const auto &[id, stage] : plan.all<LoopRejection>()) {
        if (const QString why = LiquidChecks::problem(plan, stage); !why.isEmpty())
            out.add(kLiquidStage, error(EntityKind::LoopRejection, id, why));
    }
    for (const auto &[id, attachment] : plan.all<LoopRack>()) {
        if (const QString why = LiquidChecks::problem(plan, attachment); !why.isEmpty())
            out.add(kLiquidRack, error(EntityKind::LoopRack, id, why));
    }
    if (out.done())
        return;
    if (warnings) {
        // Racks short of coolant or over a coolant limit at design load (a steady solve: milliseconds).
        for (const LiquidRackIssue &issue : LiquidFindings::check(plan))
            out.add(kLiquidFlow + int(issue.kind),
                issue.rackId == kNoId ? warning(EntityKind::CoolantLoop, QVariant(), issue.message)
                                      : warning(EntityKind::Rack, issue.rackId, issue.message));
    }

    for (const auto &[id, phase] : plan.all<Phase>()) {
        if (out.done())
            return;
        if (!plan.find<Scenario>(phase.scenarioId))
            out.add(kPhaseScenario,
                error(EntityKind::Phase, id,
                    PlanValidator::tr("Phase %1 belongs to a scenario that does not exist.").arg(phase.name)));
        if (phase.trainingShare + phase.inferenceShare > 1.0 + 1e-9)
            out.add(kPhaseShares,
                error(EntityKind::Phase, id,
                    PlanValidator::tr("Phase %1: training and inference shares add up to more than 100 %.")
                        .arg(phase.name)));
    }
}

}  // namespace

std::vector<Finding> PlanValidator::checkDevicesInRack(const Plan &plan, Id rackId, std::size_t maxListedPerKind)
{
    FindingList out(FindingList::Mode::All, maxListedPerKind);
    const Rack *rack = plan.find<Rack>(rackId);
    if (!rack)
        return {};
    for (const MountedDevice *device : plan.devicesInRack(rackId)) {
        if (!plan.find<DeviceType>(device->typeKey))
            out.add(kDeviceType,
                error(EntityKind::Device, device->id,
                    tr("Device %1 has type \"%2\", which is not in the plan's catalogue.")
                        .arg(device->id)
                        .arg(device->typeKey)));
    }
    checkRackDevices(plan, *rack, out);
    return out.take();
}

std::vector<Finding> PlanValidator::validate(const Plan &plan, std::size_t maxListedPerKind)
{
    FindingList out(FindingList::Mode::All, maxListedPerKind);
    validateInto(plan, out);
    return out.take();
}

std::optional<Finding> PlanValidator::firstError(const Plan &plan)
{
    FindingList out(FindingList::Mode::FirstError, 1);
    validateInto(plan, out);
    std::vector<Finding> found = out.take();
    if (found.empty())
        return std::nullopt;
    return found.front();
}

}  // namespace rw
