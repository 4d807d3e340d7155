#include "fieldlabels.h"

#include <QCoreApplication>
#include <QHash>

namespace rw {
namespace {

struct Entry {
    const char *text;
    const char *unit;
    const char *tip;
};

const QHash<QString, Entry> &table()
{
#define L(name, text, unit, tip) {QStringLiteral(name), {QT_TRANSLATE_NOOP("rw::FieldLabels", text), unit, tip}}
    static const QHash<QString, Entry> entries{
        L("key", "Key", "", QT_TRANSLATE_NOOP("rw::FieldLabels", "Unique identifier of the device type")),
        L("manufacturer", "Manufacturer", "", nullptr),
        L("model", "Model", "", nullptr),
        L("category", "Category", "", nullptr),
        L("heightU", "Height", "U", nullptr),
        L("depthMm", "Depth", "mm", nullptr),
        L("widthMm", "Width", "mm", nullptr),
        L("weightKg", "Weight", "kg", nullptr),
        L("idlePowerW", "Idle power", "W", nullptr),
        L("typicalPowerW", "Typical power", "W", QT_TRANSLATE_NOOP("rw::FieldLabels", "Power under a typical AI workload")),
        L("maxPowerW", "Maximum power", "W", QT_TRANSLATE_NOOP("rw::FieldLabels", "Highest power the device can draw")),
        L("liquidHeatShare", "Heat to liquid", "", QT_TRANSLATE_NOOP("rw::FieldLabels", "Share of heat taken by liquid cooling, 0 to 1")),
        L("airflow", "Airflow direction", "", nullptr),
        L("airflowM3PerH", "Airflow", "m³/h", QT_TRANSLATE_NOOP("rw::FieldLabels", "0 = derive from maximum power and design delta-T")),
        L("designDeltaTK", "Design air temperature rise", "K", nullptr),
        L("gpuCount", "GPUs", "", nullptr),
        L("gpuModel", "GPU model", "", nullptr),
        L("psuCount", "Power supplies", "", nullptr),
        L("psuRequired", "Power supplies required", "", QT_TRANSLATE_NOOP("rw::FieldLabels", "Power supplies needed to carry the maximum power")),
        L("psuRatingW", "Power supply rating", "W", nullptr),
        L("fullDepth", "Full depth", "", nullptr),
        L("source", "Source", "", QT_TRANSLATE_NOOP("rw::FieldLabels", "Where the figures come from")),
        L("notes", "Notes", "", nullptr),
        L("name", "Name", "", nullptr),
        L("location", "Location", "", nullptr),
        L("operatorName", "Operator", "", nullptr),
        L("startOfOperation", "Start of operation", "", QT_TRANSLATE_NOOP("rw::FieldLabels", "Decides which limits of the Energy Efficiency Act apply")),
        L("declaredAvailabilityClass", "Declared availability class (EN 50600)", "", nullptr),
        L("designOutdoorTempC", "Design outdoor temperature", "°C", nullptr),
        L("renewableShare", "Renewable electricity share", "", QT_TRANSLATE_NOOP("rw::FieldLabels", "0 to 1")),
        L("plannedHeatReuseShare", "Planned energy reuse share", "", QT_TRANSLATE_NOOP("rw::FieldLabels", "0 to 1")),
        L("pueTarget", "PUE target", "", nullptr),
        L("wueLitrePerKWh", "WUE", "l/kWh", nullptr),
        L("facilityWaterClass", "Facility water class", "", nullptr),
        L("assumptions", "Assumptions", "", nullptr),
        L("widthM", "Width", "m", nullptr),
        L("depthM", "Depth", "m", nullptr),
        L("ceilingHeightM", "Ceiling height", "m", nullptr),
        L("floorType", "Floor", "", nullptr),
        L("raisedFloorHeightM", "Raised floor height", "m", nullptr),
        L("floorLoadKgPerM2", "Floor load rating", "kg/m²", nullptr),
        L("pointLoadKg", "Point load rating", "kg", nullptr),
        L("ashraeClass", "ASHRAE class", "", nullptr),
        L("coolingRedundancy", "Cooling redundancy", "", nullptr),
        L("minAisleWidthM", "Minimum aisle width", "m", nullptr),
        L("kind", "Kind", "", nullptr),
        L("xM", "Position x", "m", nullptr),
        L("yM", "Position y", "m", nullptr),
        L("heightM", "Height", "m", nullptr),
        L("openAreaShare", "Open area", "", nullptr),
        L("containment", "Containment", "", nullptr),
        L("facing", "Front faces", "", nullptr),
        L("maxPowerKw", "Power budget", "kW", nullptr),
        L("staticLoadKg", "Load rating", "kg", nullptr),
        L("emptyWeightKg", "Empty weight", "kg", nullptr),
        L("cooling", "Cooling", "", nullptr),
        L("zone", "Zone", "", nullptr),
        L("positionU", "Position", "U", nullptr),
        L("label", "Label", "", nullptr),
        L("capacityKw", "Cooling capacity", "kW", nullptr),
        L("supplyTempC", "Supply temperature", "°C", nullptr),
        L("returnTempC", "Return temperature", "°C", nullptr),
        L("facilityWaterSupplyC", "Facility water supply", "°C", nullptr),
        L("powerDrawKw", "Power draw", "kW", nullptr),
        L("cop", "COP", "", nullptr),
        L("standby", "Standby", "", nullptr),
        L("side", "Side", "", nullptr),
        L("ratingKw", "Rating", "kW", nullptr),
        L("ratingKva", "Rating", "kVA", nullptr),
        L("powerFactor", "Power factor", "", nullptr),
        L("efficiency25", "Efficiency at 25 % load", "", nullptr),
        L("efficiency50", "Efficiency at 50 % load", "", nullptr),
        L("efficiency75", "Efficiency at 75 % load", "", nullptr),
        L("efficiency100", "Efficiency at 100 % load", "", nullptr),
        L("redundancyGroup", "Redundancy group", "", nullptr),
        L("groupRedundancy", "Group redundancy", "", nullptr),
        L("startDate", "Start date", "", nullptr),
        L("horizonYears", "Horizon", QT_TRANSLATE_NOOP("rw::FieldLabels", "years"), nullptr),
        L("description", "Description", "", nullptr),
        L("startMonth", "Start month", "", nullptr),
        L("installedShare", "Installed share", "", nullptr),
        L("trainingShare", "Training share", "", nullptr),
        L("inferenceShare", "Inference share", "", nullptr),
    };
#undef L
    return entries;
}

const char *const kEnumValues[] = {
    QT_TRANSLATE_NOOP("rw::EnumValues", "north"), QT_TRANSLATE_NOOP("rw::EnumValues", "east"),
    QT_TRANSLATE_NOOP("rw::EnumValues", "south"), QT_TRANSLATE_NOOP("rw::EnumValues", "west"),
    QT_TRANSLATE_NOOP("rw::EnumValues", "raised-floor"), QT_TRANSLATE_NOOP("rw::EnumValues", "slab"),
    QT_TRANSLATE_NOOP("rw::EnumValues", "none"), QT_TRANSLATE_NOOP("rw::EnumValues", "hot-aisle"),
    QT_TRANSLATE_NOOP("rw::EnumValues", "cold-aisle"), QT_TRANSLATE_NOOP("rw::EnumValues", "air"),
    QT_TRANSLATE_NOOP("rw::EnumValues", "liquid"), QT_TRANSLATE_NOOP("rw::EnumValues", "hybrid"),
    QT_TRANSLATE_NOOP("rw::EnumValues", "crah"), QT_TRANSLATE_NOOP("rw::EnumValues", "fan-wall"),
    QT_TRANSLATE_NOOP("rw::EnumValues", "in-row"), QT_TRANSLATE_NOOP("rw::EnumValues", "rear-door"),
    QT_TRANSLATE_NOOP("rw::EnumValues", "cdu"), QT_TRANSLATE_NOOP("rw::EnumValues", "chiller"),
    QT_TRANSLATE_NOOP("rw::EnumValues", "dry-cooler"), QT_TRANSLATE_NOOP("rw::EnumValues", "water-heat-exchanger"),
    QT_TRANSLATE_NOOP("rw::EnumValues", "utility-feed"), QT_TRANSLATE_NOOP("rw::EnumValues", "generator"),
    QT_TRANSLATE_NOOP("rw::EnumValues", "transformer"), QT_TRANSLATE_NOOP("rw::EnumValues", "ups"),
    QT_TRANSLATE_NOOP("rw::EnumValues", "switchboard"), QT_TRANSLATE_NOOP("rw::EnumValues", "pdu"),
    QT_TRANSLATE_NOOP("rw::EnumValues", "busway"), QT_TRANSLATE_NOOP("rw::EnumValues", "rpp"),
    QT_TRANSLATE_NOOP("rw::EnumValues", "rack-pdu"), QT_TRANSLATE_NOOP("rw::EnumValues", "column"),
    QT_TRANSLATE_NOOP("rw::EnumValues", "wall"), QT_TRANSLATE_NOOP("rw::EnumValues", "obstacle"),
    QT_TRANSLATE_NOOP("rw::EnumValues", "perforated-tile"), QT_TRANSLATE_NOOP("rw::EnumValues", "distributed-redundant"),
    QT_TRANSLATE_NOOP("rw::EnumValues", "compute"), QT_TRANSLATE_NOOP("rw::EnumValues", "network"),
    QT_TRANSLATE_NOOP("rw::EnumValues", "storage"), QT_TRANSLATE_NOOP("rw::EnumValues", "management"),
    QT_TRANSLATE_NOOP("rw::EnumValues", "power"), QT_TRANSLATE_NOOP("rw::EnumValues", "other"),
    QT_TRANSLATE_NOOP("rw::EnumValues", "front-to-rear"), QT_TRANSLATE_NOOP("rw::EnumValues", "rear-to-front"),
    QT_TRANSLATE_NOOP("rw::EnumValues", "passive"), QT_TRANSLATE_NOOP("rw::EnumValues", "liquid-only"),
};

}  // namespace

FieldLabel fieldLabel(const QString &fieldName)
{
    const auto it = table().constFind(fieldName);
    if (it == table().constEnd())
        return {fieldName, {}, {}};
    return {QCoreApplication::translate("rw::FieldLabels", it->text), QCoreApplication::translate("rw::FieldLabels", it->unit),
            it->tip ? QCoreApplication::translate("rw::FieldLabels", it->tip) : QString()};
}

QString enumValueLabel(const QString &valueName)
{
    for (const char *value : kEnumValues) {
        if (valueName == QLatin1String(value)) {
            QString text = QCoreApplication::translate("rw::EnumValues", value);
            if (!text.isEmpty())
                text[0] = text[0].toUpper();
            return text;
        }
    }
    return valueName;  // names like "A1", "N+1" and "2N" read the same in every language
}

}  // namespace rw
