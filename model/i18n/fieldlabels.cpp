// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels.h"

#include <map>
#include <utility>

// The labels of stored fields (Labels::field). Written out, not through a macro: lupdate does not look
// inside macros. Every field of every entity needs an entry; tst_labels checks it.

namespace rw {
namespace {

struct Entry {
    const char *text;
    const char *unit;
    const char *tip;
};

/// Labels by field name, for the fields whose name means the same in every entity.
const std::map<QString, Entry> &common()
{
    static const std::map<QString, Entry> entries {
        { QStringLiteral("id"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Internal number"), "",
                QT_TRANSLATE_NOOP("rw::FieldLabels", "Number Rackwerk gives the item in this plan") } },
        { QStringLiteral("hallId"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Hall"), "", nullptr } },
        { QStringLiteral("rowId"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Row"), "", nullptr } },
        { QStringLiteral("rackId"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Rack"), "", nullptr } },
        { QStringLiteral("typeKey"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Device type"), "", nullptr } },
        { QStringLiteral("feedA"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Feed A"), "",
                QT_TRANSLATE_NOOP("rw::FieldLabels", "Power node feeding side A of the rack") } },
        { QStringLiteral("feedB"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Feed B"), "",
                QT_TRANSLATE_NOOP("rw::FieldLabels", "Power node feeding side B of the rack") } },
        { QStringLiteral("feedId"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Power feed"), "",
                QT_TRANSLATE_NOOP("rw::FieldLabels", "Power node feeding the unit") } },
        { QStringLiteral("fromId"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Feeding node"), "", nullptr } },
        { QStringLiteral("toId"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Fed node"), "", nullptr } },
        { QStringLiteral("scenarioId"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Scenario"), "", nullptr } },

        { QStringLiteral("key"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Key"), "",
                QT_TRANSLATE_NOOP("rw::FieldLabels", "Unique identifier of the device type") } },
        { QStringLiteral("manufacturer"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Manufacturer"), "", nullptr } },
        { QStringLiteral("model"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Model"), "", nullptr } },
        { QStringLiteral("category"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Category"), "", nullptr } },
        { QStringLiteral("heightU"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Height"), QT_TRANSLATE_NOOP("rw::FieldLabels", "U"), nullptr } },
        { QStringLiteral("depthMm"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Depth"), QT_TRANSLATE_NOOP("rw::FieldLabels", "mm"), nullptr } },
        { QStringLiteral("widthMm"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Width"), QT_TRANSLATE_NOOP("rw::FieldLabels", "mm"), nullptr } },
        { QStringLiteral("weightKg"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Weight"), QT_TRANSLATE_NOOP("rw::FieldLabels", "kg"), nullptr } },
        { QStringLiteral("idlePowerW"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Idle power"), QT_TRANSLATE_NOOP("rw::FieldLabels", "W"),
                nullptr } },
        { QStringLiteral("typicalPowerW"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Typical power"), QT_TRANSLATE_NOOP("rw::FieldLabels", "W"),
                QT_TRANSLATE_NOOP("rw::FieldLabels", "Power under a typical AI workload") } },
        { QStringLiteral("maxPowerW"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Maximum power"), QT_TRANSLATE_NOOP("rw::FieldLabels", "W"),
                QT_TRANSLATE_NOOP("rw::FieldLabels", "Highest power the device can draw") } },
        { QStringLiteral("liquidHeatShare"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Heat to liquid"), "",
                QT_TRANSLATE_NOOP("rw::FieldLabels", "Share of heat taken by liquid cooling, 0 to 1") } },
        { QStringLiteral("airflow"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Airflow direction"), "", nullptr } },
        { QStringLiteral("airflowM3PerH"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Airflow"), QT_TRANSLATE_NOOP("rw::FieldLabels", "m³/h"),
                QT_TRANSLATE_NOOP("rw::FieldLabels", "0 = derive from maximum power and design delta-T") } },
        { QStringLiteral("designDeltaTK"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Design air temperature rise"),
                QT_TRANSLATE_NOOP("rw::FieldLabels", "K"), nullptr } },
        { QStringLiteral("gpuCount"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "GPUs"), "", nullptr } },
        { QStringLiteral("gpuModel"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "GPU model"), "", nullptr } },
        { QStringLiteral("psuCount"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Power supplies"), "", nullptr } },
        { QStringLiteral("psuRequired"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Power supplies required"), "",
                QT_TRANSLATE_NOOP("rw::FieldLabels", "Power supplies needed to carry the maximum power") } },
        { QStringLiteral("psuRatingW"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Power supply rating"), QT_TRANSLATE_NOOP("rw::FieldLabels", "W"),
                nullptr } },
        { QStringLiteral("fullDepth"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Full depth"), "", nullptr } },
        { QStringLiteral("source"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Source"), "",
                QT_TRANSLATE_NOOP("rw::FieldLabels", "Where the figures come from") } },
        { QStringLiteral("notes"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Notes"), "", nullptr } },
        { QStringLiteral("name"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Name"), "", nullptr } },
        { QStringLiteral("location"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Location"), "", nullptr } },
        { QStringLiteral("operatorName"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Operator"), "", nullptr } },
        { QStringLiteral("operatorRole"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Role of the bidder"), "",
                QT_TRANSLATE_NOOP("rw::FieldLabels",
                    "Operator of the data centre, with or without colocation, or operator of IT in someone else's "
                    "data centre: decides which duties of the Energy Efficiency Act are the bidder's") } },
        { QStringLiteral("connectedPowerKw"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Non-redundant connected power of the site"),
                QT_TRANSLATE_NOOP("rw::FieldLabels", "kW"),
                QT_TRANSLATE_NOOP("rw::FieldLabels",
                    "IT and building services of the whole site, counted without redundancy (EnEfG § 3 no. 24); the "
                    "capacity contracted with the grid operator serves as well") } },
        { QStringLiteral("publicOwnership"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Owned by or operated for a public body"), "",
                QT_TRANSLATE_NOOP("rw::FieldLabels",
                    "Lowers the threshold for a validated or certified management system to 300 kW (EnEfG § "
                    "12(3))") } },
        { QStringLiteral("startOfOperation"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Start of operation"), "",
                QT_TRANSLATE_NOOP("rw::FieldLabels", "Decides which limits of the Energy Efficiency Act apply") } },
        { QStringLiteral("declaredAvailabilityClass"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Declared availability class (EN 50600)"), "", nullptr } },
        { QStringLiteral("designOutdoorTempC"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Design outdoor temperature"),
                QT_TRANSLATE_NOOP("rw::FieldLabels", "°C"), nullptr } },
        { QStringLiteral("renewableShare"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Renewable electricity share"), "",
                QT_TRANSLATE_NOOP("rw::FieldLabels", "0 to 1") } },
        { QStringLiteral("plannedHeatReuseShare"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Planned energy reuse share"), "",
                QT_TRANSLATE_NOOP("rw::FieldLabels", "0 to 1") } },
        { QStringLiteral("pueTarget"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "PUE target"), "", nullptr } },
        { QStringLiteral("wueLitrePerKWh"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "WUE"), QT_TRANSLATE_NOOP("rw::FieldLabels", "l/kWh"), nullptr } },
        { QStringLiteral("facilityWaterClass"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Facility water class"), "", nullptr } },
        { QStringLiteral("assumptions"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Assumptions"), "", nullptr } },
        { QStringLiteral("widthM"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Width"), QT_TRANSLATE_NOOP("rw::FieldLabels", "m"), nullptr } },
        { QStringLiteral("depthM"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Depth"), QT_TRANSLATE_NOOP("rw::FieldLabels", "m"), nullptr } },
        { QStringLiteral("ceilingHeightM"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Ceiling height"), QT_TRANSLATE_NOOP("rw::FieldLabels", "m"),
                nullptr } },
        { QStringLiteral("floorType"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Floor"), "", nullptr } },
        { QStringLiteral("raisedFloorHeightM"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Raised floor height"), QT_TRANSLATE_NOOP("rw::FieldLabels", "m"),
                nullptr } },
        { QStringLiteral("floorLoadKgPerM2"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Floor load rating"), QT_TRANSLATE_NOOP("rw::FieldLabels", "kg/m²"),
                nullptr } },
        { QStringLiteral("pointLoadKg"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Point load rating"), QT_TRANSLATE_NOOP("rw::FieldLabels", "kg"),
                nullptr } },
        { QStringLiteral("ashraeClass"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "ASHRAE class"), "", nullptr } },
        { QStringLiteral("coolingRedundancy"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Cooling redundancy"), "", nullptr } },
        { QStringLiteral("minAisleWidthM"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Minimum aisle width"), QT_TRANSLATE_NOOP("rw::FieldLabels", "m"),
                nullptr } },
        { QStringLiteral("returnPlenumM"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Return plenum depth"), QT_TRANSLATE_NOOP("rw::FieldLabels", "m"),
                QT_TRANSLATE_NOOP("rw::FieldLabels",
                    "Depth of a return plenum above a false ceiling, 0 = none. Hot-aisle chimneys open into it and "
                    "fan walls take their return air from it (thermal projection).") } },
        { QStringLiteral("kind"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Kind"), "", nullptr } },
        { QStringLiteral("xM"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Position x"), QT_TRANSLATE_NOOP("rw::FieldLabels", "m"),
                nullptr } },
        { QStringLiteral("yM"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Position y"), QT_TRANSLATE_NOOP("rw::FieldLabels", "m"),
                nullptr } },
        { QStringLiteral("heightM"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Height"), QT_TRANSLATE_NOOP("rw::FieldLabels", "m"), nullptr } },
        { QStringLiteral("text"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Text"), "", nullptr } },
        { QStringLiteral("rotationDeg"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Rotation"), QT_TRANSLATE_NOOP("rw::FieldLabels", "°"),
                QT_TRANSLATE_NOOP("rw::FieldLabels", "Clockwise, in whole degrees") } },
        { QStringLiteral("openAreaShare"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Open area"), "", nullptr } },
        { QStringLiteral("containment"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Containment"), "", nullptr } },
        { QStringLiteral("facing"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Front faces"), "", nullptr } },
        { QStringLiteral("maxPowerKw"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Power budget"), QT_TRANSLATE_NOOP("rw::FieldLabels", "kW"),
                nullptr } },
        { QStringLiteral("staticLoadKg"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Load rating"), QT_TRANSLATE_NOOP("rw::FieldLabels", "kg"),
                nullptr } },
        { QStringLiteral("emptyWeightKg"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Empty weight"), QT_TRANSLATE_NOOP("rw::FieldLabels", "kg"),
                nullptr } },
        { QStringLiteral("cooling"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Cooling"), "", nullptr } },
        { QStringLiteral("zone"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Zone"), "", nullptr } },
        { QStringLiteral("positionU"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Position"), QT_TRANSLATE_NOOP("rw::FieldLabels", "U"), nullptr } },
        { QStringLiteral("label"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Label"), "", nullptr } },
        { QStringLiteral("capacityKw"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Cooling capacity"), QT_TRANSLATE_NOOP("rw::FieldLabels", "kW"),
                nullptr } },
        { QStringLiteral("supplyTempC"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Supply temperature"), QT_TRANSLATE_NOOP("rw::FieldLabels", "°C"),
                nullptr } },
        { QStringLiteral("returnTempC"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Return temperature"), QT_TRANSLATE_NOOP("rw::FieldLabels", "°C"),
                nullptr } },
        { QStringLiteral("facilityWaterSupplyC"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Facility water supply"), QT_TRANSLATE_NOOP("rw::FieldLabels", "°C"),
                nullptr } },
        { QStringLiteral("powerDrawKw"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Power draw"), QT_TRANSLATE_NOOP("rw::FieldLabels", "kW"),
                nullptr } },
        { QStringLiteral("cop"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "COP"), "", nullptr } },
        { QStringLiteral("standby"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Standby"), "", nullptr } },
        { QStringLiteral("side"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Side"), "", nullptr } },
        { QStringLiteral("ratingKw"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Rating"), QT_TRANSLATE_NOOP("rw::FieldLabels", "kW"), nullptr } },
        { QStringLiteral("ratingKva"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Rating"), QT_TRANSLATE_NOOP("rw::FieldLabels", "kVA"), nullptr } },
        { QStringLiteral("powerFactor"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Power factor"), "", nullptr } },
        { QStringLiteral("efficiency25"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Efficiency at 25 % load"), "", nullptr } },
        { QStringLiteral("efficiency50"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Efficiency at 50 % load"), "", nullptr } },
        { QStringLiteral("efficiency75"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Efficiency at 75 % load"), "", nullptr } },
        { QStringLiteral("efficiency100"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Efficiency at 100 % load"), "", nullptr } },
        { QStringLiteral("redundancyGroup"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Redundancy group"), "", nullptr } },
        { QStringLiteral("groupRedundancy"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Group redundancy"), "", nullptr } },
        { QStringLiteral("startDate"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Start date"), "", nullptr } },
        { QStringLiteral("horizonYears"),
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Horizon"), QT_TRANSLATE_NOOP("rw::FieldLabels", "years"),
                nullptr } },
        { QStringLiteral("description"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Description"), "", nullptr } },
        { QStringLiteral("startMonth"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Start month"), "", nullptr } },
        { QStringLiteral("installedShare"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Installed share"), "", nullptr } },
        { QStringLiteral("trainingShare"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Training share"), "", nullptr } },
        { QStringLiteral("inferenceShare"), { QT_TRANSLATE_NOOP("rw::FieldLabels", "Inference share"), "", nullptr } },
    };
    return entries;
}

/// Fields whose meaning depends on the entity they belong to.
const std::map<std::pair<EntityKind, QString>, Entry> &specific()
{
    static const std::map<std::pair<EntityKind, QString>, Entry> entries {
        { { EntityKind::CoolingUnit, QStringLiteral("airflowM3PerH") },
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Airflow"), QT_TRANSLATE_NOOP("rw::FieldLabels", "m³/h"),
                QT_TRANSLATE_NOOP("rw::FieldLabels", "Air the unit moves at its design point; air units only") } },
        { { EntityKind::CoolingUnit, QStringLiteral("facing") },
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Supply air faces"), "", nullptr } },
        { { EntityKind::CoolingUnit, QStringLiteral("supplyTempC") },
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Supply temperature"), QT_TRANSLATE_NOOP("rw::FieldLabels", "°C"),
                QT_TRANSLATE_NOOP("rw::FieldLabels", "Supply air, or the secondary loop's supply for a CDU") } },
        { { EntityKind::CoolingUnit, QStringLiteral("returnTempC") },
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Return temperature"), QT_TRANSLATE_NOOP("rw::FieldLabels", "°C"),
                QT_TRANSLATE_NOOP("rw::FieldLabels", "Design return air, or the secondary loop's return for a CDU") } },
        { { EntityKind::CoolingUnit, QStringLiteral("cop") },
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "COP"), "",
                QT_TRANSLATE_NOOP(
                    "rw::FieldLabels", "Heat rejection: heat removed per electric power; 0 = not applicable") } },
        { { EntityKind::CoolingUnit, QStringLiteral("standby") },
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Standby"), "",
                QT_TRANSLATE_NOOP("rw::FieldLabels", "Declared redundant unit: runs only when another one fails") } },
        { { EntityKind::Obstacle, QStringLiteral("heightM") },
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Height"), QT_TRANSLATE_NOOP("rw::FieldLabels", "m"),
                QT_TRANSLATE_NOOP("rw::FieldLabels", "0 = floor to ceiling") } },
        { { EntityKind::Obstacle, QStringLiteral("openAreaShare") },
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Open area"), "",
                QT_TRANSLATE_NOOP("rw::FieldLabels", "Perforated tiles: free area, 0 to 1") } },
        { { EntityKind::Label, QStringLiteral("heightM") },
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Text height"), QT_TRANSLATE_NOOP("rw::FieldLabels", "m"),
                QT_TRANSLATE_NOOP("rw::FieldLabels", "Height of a line of text on the floor") } },
        { { EntityKind::Rack, QStringLiteral("heightU") },
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Height"), QT_TRANSLATE_NOOP("rw::FieldLabels", "U"),
                QT_TRANSLATE_NOOP("rw::FieldLabels", "Usable height of the rack in rack units") } },
        { { EntityKind::Device, QStringLiteral("positionU") },
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Position"), QT_TRANSLATE_NOOP("rw::FieldLabels", "U"),
                QT_TRANSLATE_NOOP("rw::FieldLabels", "Lowest rack unit the device occupies") } },
        { { EntityKind::PowerNode, QStringLiteral("hallId") },
            { QT_TRANSLATE_NOOP("rw::FieldLabels", "Hall"), "",
                QT_TRANSLATE_NOOP("rw::FieldLabels", "Where the node stands on a floor plan, if anywhere") } },
    };
    return entries;
}

QString translated(const char *text)
{
    return text && *text ? QCoreApplication::translate("rw::FieldLabels", text) : QString();
}

}  // namespace

FieldLabel Labels::field(EntityKind entity, const QString &name)
{
    const Entry *entry = nullptr;
    if (const auto it = specific().find({ entity, name }); it != specific().end())
        entry = &it->second;
    else if (const auto found = common().find(name); found != common().end())
        entry = &found->second;
    if (!entry)
        return { tr("(%1)").arg(name), {}, {} };
    return { translated(entry->text), translated(entry->unit), translated(entry->tip) };
}

}  // namespace rw
