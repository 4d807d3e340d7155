// SPDX-License-Identifier: GPL-3.0-or-later
#include "thermalsanity.h"

#include "analysis/containedaisles.h"
#include "analysis/coolingbudget.h"
#include "plan/boxsweep.h"
#include "plan/footprint.h"
#include "plan/layoutchecks.h"

#include <rackwerk/engine/airflow.h>

#include <QLocale>

#include <map>
#include <optional>

namespace rw {
namespace {

/// How far in front of a rack another rack's rear still feeds it.
constexpr double kReachM = ContainedAisles::kMaxAisleM;
/// Overlaps thinner than this along a row are corners touching, not facing.
constexpr double kMinOverlapM = 0.1;

/// The strip of floor `depthM` deep beside `area` on `side`.
QRectF strip(const QRectF &area, Facing side, double depthM)
{
    switch (side) {
    case Facing::North:
        return QRectF(area.left(), area.top() - depthM, area.width(), depthM);
    case Facing::South:
        return QRectF(area.left(), area.bottom(), area.width(), depthM);
    case Facing::West:
        return QRectF(area.left() - depthM, area.top(), depthM, area.height());
    case Facing::East:
        return QRectF(area.right(), area.top(), depthM, area.height());
    }
    return area;
}

/// True when a and b share more than a touching edge or corner.
bool meets(const QRectF &a, const QRectF &b)
{
    const QRectF common = a.intersected(b);
    return common.width() > 0.02 && common.height() > 0.02 && std::max(common.width(), common.height()) >= kMinOverlapM;
}

/// Distance from a rack's front edge to `other` straight ahead, or a negative number when `other`
/// is not ahead within kReachM or does not overlap the rack across its front.
double aheadM(const QRectF &rack, Facing front, const QRectF &other)
{
    if (!meets(strip(rack, front, kReachM), other))
        return -1.0;
    switch (front) {
    case Facing::North:
        return rack.top() - other.bottom();
    case Facing::South:
        return other.top() - rack.bottom();
    case Facing::West:
        return rack.left() - other.right();
    case Facing::East:
        return other.left() - rack.right();
    }
    return -1.0;
}

/// For every rack, the nearest block (rack or cooling unit) straight ahead of its front within kReachM,
/// as aheadM() finds it, for all racks at once: sorted sweeps per direction (boxsweep::nearestAhead),
/// O(n log n) where comparing every rack with every other would take minutes for a campus. It agrees with
/// the pairwise search except for a nearest block thinner than 0.1 m along the look (no rack or unit is):
/// meets() rejects it, and the search then reports nothing ahead instead of looking behind it.
class NearestAhead {
public:
    NearestAhead(const std::vector<const Rack *> &racks, const std::vector<QRectF> &blocks) : mBlocks(blocks)
    {
        for (Facing facing : { Facing::North, Facing::South, Facing::East, Facing::West }) {
            std::vector<boxsweep::Block> seen;
            for (const QRectF &b : blocks)
                seen.push_back({ lateralLow(b, facing), lateralHigh(b, facing), nearSide(b, facing) });
            std::vector<boxsweep::Look> looks;
            std::vector<Id> lookers;
            for (const Rack *rack : racks) {
                if (rack->facing != facing)
                    continue;
                const QRectF area = footprint(*rack);
                // meets() wants more than 0.02 m in common across the front; a block touching the front
                // edge within the tolerance still counts as ahead.
                looks.push_back({ lateralLow(area, facing) + kMinCommonM, lateralHigh(area, facing) - kMinCommonM,
                    frontEdge(area, facing) - LayoutChecks::kToleranceM });
                lookers.push_back(rack->id);
            }
            const auto found = boxsweep::nearestAhead(seen, looks);
            for (std::size_t i = 0; i < looks.size(); ++i) {
                if (found[i])
                    mFound[lookers[i]] = *found[i];
            }
        }
        for (const Rack *rack : racks)
            mAreas[rack->id] = footprint(*rack);
    }

    /// The index into the blocks, or nothing when nothing stands ahead within reach.
    std::optional<std::size_t> at(const Rack *rack) const
    {
        const auto it = mFound.find(rack->id);
        if (it == mFound.end())
            return std::nullopt;
        // The sweep finds the nearest block across the front; aheadM() also wants it within reach.
        const double gap = aheadM(mAreas.at(rack->id), rack->facing, mBlocks[it->second]);
        if (gap < -LayoutChecks::kToleranceM || gap >= kReachM)
            return std::nullopt;
        return it->second;
    }

private:
    static constexpr double kMinCommonM = 0.02;
    // Coordinates along the look, growing ahead of a front facing `facing`.
    static bool alongY(Facing f) { return f == Facing::North || f == Facing::South; }
    static double lateralLow(const QRectF &r, Facing f) { return alongY(f) ? r.left() : r.top(); }
    static double lateralHigh(const QRectF &r, Facing f) { return alongY(f) ? r.right() : r.bottom(); }
    static double nearSide(const QRectF &r, Facing f)
    {
        switch (f) {
        case Facing::North:
            return -r.bottom();
        case Facing::South:
            return r.top();
        case Facing::West:
            return -r.right();
        case Facing::East:
            return r.left();
        }
        return 0.0;
    }
    static double frontEdge(const QRectF &r, Facing f)
    {
        switch (f) {
        case Facing::North:
            return -r.top();
        case Facing::South:
            return r.bottom();
        case Facing::West:
            return -r.left();
        case Facing::East:
            return r.right();
        }
        return 0.0;
    }

    const std::vector<QRectF> &mBlocks;
    std::map<Id, std::size_t> mFound;
    std::map<Id, QRectF> mAreas;
};

bool isRoomAirUnit(CoolingKind kind)
{
    return kind == CoolingKind::Crah || kind == CoolingKind::FanWall || kind == CoolingKind::InRow;
}

/// Airflow of an air cooling unit, m³/h: as entered, or from its rating and design temperatures.
double unitAirflowM3PerH(const CoolingUnit &unit)
{
    if (unit.airflowM3PerH > 0)
        return unit.airflowM3PerH;
    const double deltaT = unit.returnTempC - unit.supplyTempC;
    return deltaT > 0
        ? unit.capacityKw * 1000.0 / (engine::kAirDensityKgPerM3 * engine::kAirHeatCapacityJPerKgK * deltaT) * 3600.0
        : 0.0;
}

QString rowName(const Plan &plan, Id rowId)
{
    const Row *row = plan.find<Row>(rowId);
    return row ? row->name : QString();
}

/// Racks with the same problem towards the same row, reported as one finding.
struct Group {
    ThermalSanityIssue::Kind kind;
    Id rowId;  ///< the racks' row (kNoId: racks without a row, one finding each)
    Id otherRowId;  ///< the row whose aisle or exhaust they meet
    Id otherRackId;  ///< without rows: the rack they face
    double gapM = 0.0;
    bool operator<(const Group &o) const
    {
        return std::tie(kind, rowId, otherRowId, otherRackId) < std::tie(o.kind, o.rowId, o.otherRowId, o.otherRackId);
    }
};

QString metres(double m)
{
    return QLocale().toString(m, 'f', 1);
}

}  // namespace

double ThermalSanity::rackAirflowM3PerH(const Plan &plan, Id rackId)
{
    double flow = 0.0;
    for (const MountedDevice *device : plan.devicesInRack(rackId)) {
        const DeviceType *type = plan.find<DeviceType>(device->typeKey);
        if (!type)
            continue;
        const double toAir = type->maxPowerW * (1.0 - type->liquidHeatShare);
        const engine::AirHeatSource source { float(toAir), float(type->designDeltaTK),
            float(type->airflowM3PerH / 3600.0) };
        flow += engine::airflowDemandM3PerS(source) * 3600.0;
    }
    return flow;
}

std::vector<ThermalSanityIssue> ThermalSanity::check(const Plan &plan)
{
    std::vector<ThermalSanityIssue> out;
    for (const auto &[id, hall] : plan.all<Hall>()) {
        auto more = check(plan, id);
        out.insert(out.end(), more.begin(), more.end());
    }
    return out;
}

std::vector<ThermalSanityIssue> ThermalSanity::check(const Plan &plan, Id hallId)
{
    std::vector<ThermalSanityIssue> out;
    const Hall *hall = plan.find<Hall>(hallId);
    if (!hall)
        return out;
    const QLocale locale;
    const std::vector<ContainedAisle> aisles = ContainedAisles::of(plan, *hall);
    const std::vector<const Rack *> racks = plan.racksInHall(hallId);
    std::vector<const CoolingUnit *> units;  // running room-air units standing in the hall
    for (const auto &[id, unit] : plan.all<CoolingUnit>()) {
        if (unit.hallId == hallId && isRoomAirUnit(unit.kind) && !unit.standby
            && LayoutChecks::standsInside(*hall, footprint(unit)))
            units.push_back(&unit);
    }

    std::map<Id, double> rackFlows;
    for (const Rack *rack : racks)
        rackFlows[rack->id] = rackAirflowM3PerH(plan, rack->id);

    // Racks that move air, then the running units: what a rack's front may face across an open aisle.
    std::vector<const Rack *> openRacks;
    std::vector<QRectF> blocks;
    for (const Rack *rack : racks) {
        if (rackFlows[rack->id] > 0) {
            openRacks.push_back(rack);
            blocks.push_back(footprint(*rack));
        }
    }
    for (const CoolingUnit *unit : units)
        blocks.push_back(footprint(*unit));
    const NearestAhead across(openRacks, blocks);

    // Where each rack's front draws its air from, and where its rear blows.
    std::map<Group, std::vector<Id>> groups;
    for (const Rack *rack : racks) {
        if (rackFlows[rack->id] <= 0)
            continue;
        const QRectF area = footprint(*rack);
        const QRectF front = strip(area, rack->facing, 0.1);
        const QRectF rear = strip(area, opposite(rack->facing), 0.1);
        bool explained = false;
        for (const ContainedAisle &aisle : aisles) {
            if (aisle.hot && meets(front, aisle.area())) {
                groups[{ ThermalSanityIssue::Kind::FrontInHotAisle, rack->rowId, aisle.rowId,
                           rack->rowId == kNoId ? rack->id : kNoId }]
                    .push_back(rack->id);
                explained = true;
            }
            if (!aisle.hot && meets(rear, aisle.area()))
                groups[{ ThermalSanityIssue::Kind::ExhaustInColdAisle, rack->rowId, aisle.rowId,
                           rack->rowId == kNoId ? rack->id : kNoId }]
                    .push_back(rack->id);
            if (!aisle.hot && meets(front, aisle.area()))
                explained = true;  // its rear-facing neighbour is reported as blowing into the cold aisle
        }
        if (explained)
            continue;
        // Open aisle: the nearest rack ahead, if it turns its rear towards this front (a cooling unit in
        // between gives the rack that unit's air).
        const std::optional<std::size_t> ahead = across.at(rack);
        if (!ahead || *ahead >= openRacks.size())
            continue;
        const Rack *nearest = openRacks[*ahead];
        const double nearestM = std::max(0.0, aheadM(area, rack->facing, footprint(*nearest)));
        if (nearest->facing == rack->facing) {
            Group key { ThermalSanityIssue::Kind::FrontFacesExhaust, rack->rowId, nearest->rowId,
                rack->rowId == kNoId || nearest->rowId == kNoId ? nearest->id : kNoId };
            key.gapM = nearestM;
            auto &members = groups[key];
            members.push_back(rack->id);
        }
    }
    for (const auto &[group, members] : groups) {
        ThermalSanityIssue issue;
        issue.kind = group.kind;
        issue.hallId = hallId;
        issue.entityKind = EntityKind::Rack;
        issue.entityId = members.front();
        issue.racks = members;
        issue.otherRowId = group.otherRowId;
        const Rack *first = plan.find<Rack>(members.front());
        const Rack *last = plan.find<Rack>(members.back());
        const QString who = members.size() == 1
            ? tr("Rack %1").arg(first->name)
            : tr("%1 racks of %2 (%3 to %4)")
                  .arg(locale.toString(qsizetype(members.size())), rowName(plan, group.rowId), first->name, last->name);
        const QString otherRow = rowName(plan, group.otherRowId);
        switch (group.kind) {
        case ThermalSanityIssue::Kind::FrontInHotAisle:
            issue.message = tr("%1: the front faces the contained hot aisle of %2, so the air drawn in is that "
                               "row's exhaust. Turn the racks round or contain the other side of the row.")
                                .arg(who, otherRow);
            break;
        case ThermalSanityIssue::Kind::ExhaustInColdAisle:
            issue.message = tr("%1: the rear blows into the contained cold aisle of %2, so that row draws in this "
                               "exhaust. Turn the racks round or contain the other side of the row.")
                                .arg(who, otherRow);
            break;
        case ThermalSanityIssue::Kind::FrontFacesExhaust: {
            const Rack *other = group.otherRackId != kNoId ? plan.find<Rack>(group.otherRackId) : nullptr;
            const QString source = other ? tr("rack %1").arg(other->name) : otherRow;
            issue.message = tr("%1: the front faces the rear of %2 across %3 m, so the air drawn in is its exhaust. "
                               "Turn one of the rows round so that fronts face fronts.")
                                .arg(who, source, metres(group.gapM));
            break;
        }
        default:
            break;
        }
        out.push_back(issue);
    }

    // Contained aisles: a cold aisle needs supply air, a hot aisle a unit that takes its air back.
    const bool tilesFed = hall->floorType == FloorType::RaisedFloor
        && std::any_of(units.begin(), units.end(), [](const CoolingUnit *u) { return u->kind == CoolingKind::Crah; });
    const bool roomReturn = std::any_of(units.begin(), units.end(),
        [](const CoolingUnit *u) { return u->kind == CoolingKind::Crah || u->kind == CoolingKind::FanWall; });
    for (const ContainedAisle &aisle : aisles) {
        const QRectF area = aisle.area();
        // Two rows back to back (or front to front) that both contain the aisle between them: report it once.
        const bool reported = std::any_of(aisles.begin(), aisles.end(), [&](const ContainedAisle &other) {
            return other.rowId < aisle.rowId && other.hot == aisle.hot && other.rowId == aisle.acrossRowId
                && other.acrossRowId == aisle.rowId;
        });
        if (reported)
            continue;
        ThermalSanityIssue issue;
        issue.hallId = hallId;
        issue.entityKind = EntityKind::Rack;
        for (const Rack *rack : racks)
            if (rack->rowId == aisle.rowId)
                issue.racks.push_back(rack->id);
        if (issue.racks.empty())
            continue;
        issue.entityId = issue.racks.front();
        issue.otherRowId = aisle.rowId;
        if (aisle.hot) {
            const bool inRow = std::any_of(units.begin(), units.end(), [&](const CoolingUnit *u) {
                return u->kind == CoolingKind::InRow && meets(strip(footprint(*u), opposite(u->facing), 0.1), area);
            });
            // Its air goes back to the coolers through in-row coolers in it, or up its chimney into a
            // return plenum from which fan walls and CRAHs take their air.
            if (inRow || (hall->returnPlenumM > 0 && roomReturn))
                continue;
            issue.kind = ThermalSanityIssue::Kind::HotAisleWithoutReturn;
            issue.message = hall->returnPlenumM > 0
                ? tr("The contained hot aisle of %1 has no return path: it opens into the return plenum, but no "
                     "fan wall or CRAH runs in %2 to take the air from it, and no in-row cooler stands in it.")
                      .arg(rowName(plan, aisle.rowId), hall->name)
                : tr("The contained hot aisle of %1 has no return path: %2 has no return plenum, so its chimney "
                     "ends under the ceiling and the exhaust spreads through the hall's upper air, from where it "
                     "sinks into the cold aisles. Give the hall a return plenum or put in-row coolers into the "
                     "aisle.")
                      .arg(rowName(plan, aisle.rowId), hall->name);
        } else {
            // The aisle is closed by panels at its far side and doors at its ends (ThermalCaseBuilder): a
            // unit outside that blows at them feeds nothing; it must stand in the aisle.
            bool fed = std::any_of(units.begin(), units.end(), [&](const CoolingUnit *u) {
                return meets(footprint(*u), area) && meets(strip(footprint(*u), u->facing, 0.1), area);
            });
            for (const auto &[id, tile] : plan.all<Obstacle>())
                fed = fed
                    || (tilesFed && tile.hallId == hallId && tile.kind == ObstacleKind::PerforatedTile
                        && tile.openAreaShare > 0 && meets(footprint(tile), area));
            if (fed)
                continue;
            issue.kind = ThermalSanityIssue::Kind::ColdAisleWithoutSupply;
            issue.message = tr("The contained cold aisle of %1 gets no supply air: no perforated tile fed by a CRAH "
                               "lies in it and no cooling unit blows into it, so its racks draw in only what leaks "
                               "through the containment.")
                                .arg(rowName(plan, aisle.rowId));
        }
        out.push_back(issue);
    }

    // Cooling airflow against rack airflow.
    double rackFlow = 0.0, coolerFlow = 0.0;
    for (const auto &[id, flow] : rackFlows)
        rackFlow += flow;
    for (const CoolingUnit *unit : units)
        coolerFlow += unitAirflowM3PerH(*unit);
    if (!units.empty() && coolerFlow < rackFlow) {
        ThermalSanityIssue issue;
        issue.kind = ThermalSanityIssue::Kind::AirflowShort;
        issue.hallId = hallId;
        issue.entityKind = EntityKind::Hall;
        issue.entityId = hallId;
        issue.message = tr("%1: the running cooling units move %2 m³/h, the racks %3 m³/h (%4 %), so the racks "
                           "draw the rest from their own exhaust.")
                            .arg(hall->name, locale.toString(coolerFlow, 'f', 0), locale.toString(rackFlow, 'f', 0),
                                locale.toString(100.0 * coolerFlow / rackFlow, 'f', 0));
        out.push_back(issue);
    }

    // A unit's airflow and its rating must agree at its design temperatures: standby units too, since the
    // budget counts them towards redundancy and they run when a duty unit fails.
    std::vector<const CoolingUnit *> rated;
    for (const auto &[id, unit] : plan.all<CoolingUnit>()) {
        if (unit.hallId == hallId && isRoomAirUnit(unit.kind) && LayoutChecks::standsInside(*hall, footprint(unit)))
            rated.push_back(&unit);
    }
    for (const CoolingUnit *unit : rated) {
        const double carriedKw = CoolingBudgeter::airCarriedKw(*unit);
        if (unit->airflowM3PerH <= 0 || carriedKw <= 0 || unit->capacityKw <= 0)
            continue;
        ThermalSanityIssue issue;
        issue.hallId = hallId;
        issue.entityKind = EntityKind::CoolingUnit;
        issue.entityId = unit->id;
        const QString supply = locale.toString(unit->supplyTempC, 'f', 1);
        const QString back = locale.toString(unit->returnTempC, 'f', 1);
        if (carriedKw > unit->capacityKw * (1.0 + CoolingBudgeter::kRatingTolerance)) {
            issue.kind = ThermalSanityIssue::Kind::CoilOverRating;
            issue.message = tr("Cooling unit %1 moves %2 m³/h: cooled from its %3 °C design return to its %4 °C "
                               "supply that is %5 kW, more than its rating of %6 kW, so air that comes back at the "
                               "design return leaves it warmer than %4 °C.")
                                .arg(unit->name, locale.toString(unit->airflowM3PerH, 'f', 0), back, supply,
                                    locale.toString(carriedKw, 'f', 0), locale.toString(unit->capacityKw, 'f', 0));
        } else if (unit->capacityKw > carriedKw * (1.0 + CoolingBudgeter::kRatingTolerance)) {
            issue.kind = ThermalSanityIssue::Kind::RatingBeyondAirflow;
            issue.message = tr("Cooling unit %1 is rated %2 kW, but its %3 m³/h carry only %4 kW from its %5 °C "
                               "design return to its %6 °C supply: the cooling budget counts %4 kW.")
                                .arg(unit->name, locale.toString(unit->capacityKw, 'f', 0),
                                    locale.toString(unit->airflowM3PerH, 'f', 0), locale.toString(carriedKw, 'f', 0),
                                    back, supply);
        } else {
            continue;
        }
        out.push_back(issue);
    }
    return out;
}

}  // namespace rw
