// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitytraits.h"

#include <QLocale>

#include <cmath>

namespace rw {

using namespace field;

namespace {

/// A limit as written in the field list, in the current locale: whole numbers in full (ids reach
/// 2^53 - 1), others as given.
QString limitText(double value)
{
    if (value == std::floor(value) && std::fabs(value) < 1e16)
        return QLocale().toString(qint64(value));
    return QLocale().toString(value, 'g', 15);
}

}  // namespace

bool FieldCheck::check(FieldType type, double min, double max, const QStringList &enumValues, int maxLength,
    const QVariant &in, QVariant *normalised, QString *why, bool nullable)
{
    if (!in.isValid() && nullable) {
        *normalised = QVariant();
        return true;
    }
    const auto typeId = in.typeId();
    const bool isNumber = typeId == QMetaType::Int || typeId == QMetaType::LongLong || typeId == QMetaType::Double
        || typeId == QMetaType::UInt || typeId == QMetaType::ULongLong;
    switch (type) {
    case FieldType::Int:
    case FieldType::EntityId:
    case FieldType::Double: {
        if (!isNumber) {
            *why = tr("must be a number");
            return false;
        }
        const double value = in.toDouble();
        if (!std::isfinite(value)) {
            *why = tr("must be a finite number");
            return false;
        }
        if (type != FieldType::Double && value != std::floor(value)) {
            *why = tr("must be a whole number");
            return false;
        }
        if (value < min || value > max) {
            if (std::isinf(max))
                *why = tr("must be at least %1").arg(limitText(min));
            else
                *why = tr("must be between %1 and %2").arg(limitText(min), limitText(max));
            return false;
        }
        if (type == FieldType::Double)
            *normalised = QVariant(value);
        else if (type == FieldType::Int)
            *normalised = QVariant(int(value));
        else
            *normalised = QVariant(qint64(value));
        return true;
    }
    case FieldType::Bool:
        if (typeId == QMetaType::Bool) {
            *normalised = in;
            return true;
        }
        if (isNumber && (in.toDouble() == 0.0 || in.toDouble() == 1.0)) {  // SQLite stores booleans as 0/1
            *normalised = QVariant(in.toDouble() == 1.0);
            return true;
        }
        *why = tr("must be true or false");
        return false;
    case FieldType::Text:
    case FieldType::Date:
    case FieldType::Enum: {
        if (typeId != QMetaType::QString) {
            *why = tr("must be text");
            return false;
        }
        const QString text = in.toString();
        if (type == FieldType::Text && maxLength > 0 && text.size() > maxLength) {
            *why = tr("is longer than %1 characters").arg(maxLength);
            return false;
        }
        if (type == FieldType::Date && !text.isEmpty() && !QDate::fromString(text, Qt::ISODate).isValid()) {
            *why = tr("must be a date written as YYYY-MM-DD");
            return false;
        }
        if (type == FieldType::Date && text.isEmpty() && nullable) {
            *normalised = QVariant();  // written by schema 4 and older for "no date"
            return true;
        }
        if (type == FieldType::Enum && !enumValues.contains(text)) {
            *why = tr("must be one of: %1").arg(enumValues.join(QStringLiteral(", ")));
            return false;
        }
        *normalised = QVariant(text);
        return true;
    }
    }
    return false;
}

const std::vector<FieldDef<Site>> &siteFields()
{
    static const std::vector<FieldDef<Site>> f {
        text("name", &Site::name),
        text("location", &Site::location),
        text("operatorName", &Site::operatorName),
        declaredChoice("operatorRole", &Site::operatorRole),
        declaredNumber("connectedPowerKw", &Site::connectedPowerKw, 0, 10000000),
        declaredFlag("publicOwnership", &Site::publicOwnership),
        declaredDate("startOfOperation", &Site::startOfOperation),
        declaredInteger("declaredAvailabilityClass", &Site::declaredAvailabilityClass, 1, 4),
        number("designOutdoorTempC", &Site::designOutdoorTempC, -60, 70),
        declaredNumber("renewableShare", &Site::renewableShare, 0, 1),
        declaredNumber("plannedHeatReuseShare", &Site::plannedHeatReuseShare, 0, 1),
        declaredNumber("pueTarget", &Site::pueTarget, 1, 5),
        declaredNumber("wueLitrePerKWh", &Site::wueLitrePerKWh, 0, 100),
        text("facilityWaterClass", &Site::facilityWaterClass, 16),
        text("assumptions", &Site::assumptions, kLongTextLength),
    };
    return f;
}

const std::vector<FieldDef<DeviceType>> &EntityTraits<DeviceType>::fields()
{
    using T = DeviceType;
    static const std::vector<FieldDef<T>> f {
        text("key", &T::key), text("manufacturer", &T::manufacturer), text("model", &T::model),
        choice("category", &T::category), integer("heightU", &T::heightU, 0, 60),
        number("depthMm", &T::depthMm, 0, 2000), number("widthMm", &T::widthMm, 0, 1000),
        number("weightKg", &T::weightKg, 0, 5000), number("idlePowerW", &T::idlePowerW, 0, 500000),
        number("typicalPowerW", &T::typicalPowerW, 0, 500000), number("maxPowerW", &T::maxPowerW, 0, 500000),
        number("liquidHeatShare", &T::liquidHeatShare, 0, 1), choice("airflow", &T::airflow),
        number("airflowM3PerH", &T::airflowM3PerH, 0, 100000), number("designDeltaTK", &T::designDeltaTK, 1, 60),
        integer("gpuCount", &T::gpuCount, 0, 1000), text("gpuModel", &T::gpuModel),
        integer("psuCount", &T::psuCount, 0, 64), integer("psuRequired", &T::psuRequired, 0, 64),
        number("psuRatingW", &T::psuRatingW, 0, 200000),  // up to rack power shelves (VR NVL72: 110 kW)
        flag("fullDepth", &T::fullDepth), text("source", &T::source, 2000), text("notes", &T::notes, 10000),
        choice("powerInput", &T::powerInput),  // added last: migrated tables append it (schema 9)
    };
    return f;
}

const std::vector<FieldDef<Hall>> &EntityTraits<Hall>::fields()
{
    using T = Hall;
    static const std::vector<FieldDef<T>> f{
        id("id", &T::id),
        text("name", &T::name),
        number("widthM", &T::widthM, 1, 1000),
        number("depthM", &T::depthM, 1, 1000),
        number("ceilingHeightM", &T::ceilingHeightM, 2, 30),
        choice("floorType", &T::floorType),
        number("raisedFloorHeightM", &T::raisedFloorHeightM, 0, 3),
        number("floorLoadKgPerM2", &T::floorLoadKgPerM2, 0, 100000),
        number("pointLoadKg", &T::pointLoadKg, 0, 100000),
        choice("ashraeClass", &T::ashraeClass),
        choice("coolingRedundancy", &T::coolingRedundancy),
        number("minAisleWidthM", &T::minAisleWidthM, 0, 10),
        number("returnPlenumM", &T::returnPlenumM, 0, 10),
    };
    return f;
}

const std::vector<FieldDef<Obstacle>> &EntityTraits<Obstacle>::fields()
{
    using T = Obstacle;
    static const std::vector<FieldDef<T>> f{
        id("id", &T::id),
        id("hallId", &T::hallId),
        choice("kind", &T::kind),
        number("xM", &T::xM, -10000, 10000),
        number("yM", &T::yM, -10000, 10000),
        number("widthM", &T::widthM, 0.01, 1000),
        number("depthM", &T::depthM, 0.01, 1000),
        number("heightM", &T::heightM, 0, 30),
        number("openAreaShare", &T::openAreaShare, 0, 1),
    };
    return f;
}

const std::vector<FieldDef<Row>> &EntityTraits<Row>::fields()
{
    using T = Row;
    static const std::vector<FieldDef<T>> f{
        id("id", &T::id),
        id("hallId", &T::hallId),
        text("name", &T::name),
        choice("containment", &T::containment),
    };
    return f;
}

const std::vector<FieldDef<Rack>> &EntityTraits<Rack>::fields()
{
    using T = Rack;
    static const std::vector<FieldDef<T>> f{
        id("id", &T::id),
        id("hallId", &T::hallId),
        id("rowId", &T::rowId),
        text("name", &T::name),
        number("xM", &T::xM, -10000, 10000),
        number("yM", &T::yM, -10000, 10000),
        choice("facing", &T::facing),
        number("widthMm", &T::widthMm, 100, 3000),
        number("depthMm", &T::depthMm, 100, 3000),
        integer("heightU", &T::heightU, 1, 60),
        number("maxPowerKw", &T::maxPowerKw, 0, 2000),
        number("staticLoadKg", &T::staticLoadKg, 0, 10000),
        number("emptyWeightKg", &T::emptyWeightKg, 0, 5000),
        choice("cooling", &T::cooling),
        id("feedA", &T::feedA),
        id("feedB", &T::feedB),
        text("zone", &T::zone),
    };
    return f;
}

const std::vector<FieldDef<MountedDevice>> &EntityTraits<MountedDevice>::fields()
{
    using T = MountedDevice;
    static const std::vector<FieldDef<T>> f{
        id("id", &T::id),
        id("rackId", &T::rackId),
        text("typeKey", &T::typeKey),
        integer("positionU", &T::positionU, 1, 60),
        text("label", &T::label),
    };
    return f;
}

const std::vector<FieldDef<CoolingUnit>> &EntityTraits<CoolingUnit>::fields()
{
    using T = CoolingUnit;
    static const std::vector<FieldDef<T>> f{
        id("id", &T::id),
        id("hallId", &T::hallId),
        text("name", &T::name),
        choice("kind", &T::kind),
        number("xM", &T::xM, -10000, 10000),
        number("yM", &T::yM, -10000, 10000),
        number("widthM", &T::widthM, 0.01, 100),
        number("depthM", &T::depthM, 0.01, 100),
        choice("facing", &T::facing),
        number("capacityKw", &T::capacityKw, 0, 100000),
        number("airflowM3PerH", &T::airflowM3PerH, 0, 10000000),
        number("supplyTempC", &T::supplyTempC, -20, 90),
        number("returnTempC", &T::returnTempC, -20, 90),
        number("facilityWaterSupplyC", &T::facilityWaterSupplyC, -20, 90),
        number("powerDrawKw", &T::powerDrawKw, 0, 100000),
        number("cop", &T::cop, 0, 100),
        flag("standby", &T::standby),
        id("feedId", &T::feedId),
        text("zone", &T::zone),
    };
    return f;
}

const std::vector<FieldDef<PowerNode>> &EntityTraits<PowerNode>::fields()
{
    using T = PowerNode;
    static const std::vector<FieldDef<T>> f{
        id("id", &T::id),
        text("name", &T::name),
        choice("kind", &T::kind),
        choice("side", &T::side),
        number("ratingKw", &T::ratingKw, 0, 1000000),
        number("ratingKva", &T::ratingKva, 0, 1000000),
        number("powerFactor", &T::powerFactor, 0.5, 1),
        number("efficiency25", &T::efficiency25, 0.5, 1),
        number("efficiency50", &T::efficiency50, 0.5, 1),
        number("efficiency75", &T::efficiency75, 0.5, 1),
        number("efficiency100", &T::efficiency100, 0.5, 1),
        text("redundancyGroup", &T::redundancyGroup),
        choice("groupRedundancy", &T::groupRedundancy),
        id("hallId", &T::hallId),
        number("xM", &T::xM, -10000, 10000),
        number("yM", &T::yM, -10000, 10000),
    };
    return f;
}

const std::vector<FieldDef<PowerLink>> &EntityTraits<PowerLink>::fields()
{
    using T = PowerLink;
    static const std::vector<FieldDef<T>> f{
        id("id", &T::id),
        id("fromId", &T::fromId),
        id("toId", &T::toId),
    };
    return f;
}

const std::vector<FieldDef<Scenario>> &EntityTraits<Scenario>::fields()
{
    using T = Scenario;
    static const std::vector<FieldDef<T>> f{
        id("id", &T::id),
        text("name", &T::name),
        date("startDate", &T::startDate),
        integer("horizonYears", &T::horizonYears, 1, 30),
        text("description", &T::description, 10000),
    };
    return f;
}

const std::vector<FieldDef<Phase>> &EntityTraits<Phase>::fields()
{
    using T = Phase;
    static const std::vector<FieldDef<T>> f{
        id("id", &T::id),
        id("scenarioId", &T::scenarioId),
        text("name", &T::name),
        integer("startMonth", &T::startMonth, 0, 360),
        number("installedShare", &T::installedShare, 0, 1),
        number("trainingShare", &T::trainingShare, 0, 1),
        number("inferenceShare", &T::inferenceShare, 0, 1),
    };
    return f;
}

const std::vector<FieldDef<Label>> &EntityTraits<Label>::fields()
{
    using T = Label;
    static const std::vector<FieldDef<T>> f{
        id("id", &T::id),
        id("hallId", &T::hallId),
        number("xM", &T::xM, -10000, 10000),
        number("yM", &T::yM, -10000, 10000),
        text("text", &T::text, kNameLength),
        number("heightM", &T::heightM, 0.01, 100),
        integer("rotationDeg", &T::rotationDeg, 0, 359),
    };
    return f;
}

const std::vector<FieldDef<CoolantLoop>> &EntityTraits<CoolantLoop>::fields()
{
    using T = CoolantLoop;
    static const std::vector<FieldDef<T>> f {
        id("id", &T::id),
        text("name", &T::name),
        choice("kind", &T::kind),
        choice("coolant", &T::coolant),
        number("designTempC", &T::designTempC, 10, 60),
        number("tankPressureKpa", &T::tankPressureKpa, 0, 2000),
        number("headerLengthM", &T::headerLengthM, 0, 10000),
        number("headerDiameterMm", &T::headerDiameterMm, 1, 2000),
        number("headerRoughnessMm", &T::headerRoughnessMm, 0, 10),
        number("headerLossK", &T::headerLossK, 0, 1000),
        integer("pumpCount", &T::pumpCount, 1, 20),
        number("pumpShutoffKpa", &T::pumpShutoffKpa, 1, 5000),
        number("pumpRatedKpa", &T::pumpRatedKpa, 0, 5000),
        number("pumpRatedFlowLPerMin", &T::pumpRatedFlowLPerMin, 0.1, 1000000),
        id("cduId", &T::cduId),
        id("facilityLoopId", &T::facilityLoopId),
        number("primarySupplyC", &T::primarySupplyC, 5, 60),
        number("approachK", &T::approachK, 0, 30),
        number("secondaryDropKpa", &T::secondaryDropKpa, 0.01, 5000),
        number("secondaryFlowLPerMin", &T::secondaryFlowLPerMin, 0.1, 1000000),
        number("primaryDropKpa", &T::primaryDropKpa, 0.01, 5000),
        number("primaryFlowLPerMin", &T::primaryFlowLPerMin, 0.1, 1000000),
        number("holdUpL", &T::holdUpL, 0, 1000000),
    };
    return f;
}

const std::vector<FieldDef<SiteWeather>> &EntityTraits<SiteWeather>::fields()
{
    using T = SiteWeather;
    static const std::vector<FieldDef<T>> f {
        id("id", &T::id),
        text("name", &T::name, kNameLength),
        choice("format", &T::format),
        text("station", &T::station, kNameLength),
        text("hours", &T::hours, kWeatherHoursLength),
    };
    return f;
}

const std::vector<FieldDef<LoopRejection>> &EntityTraits<LoopRejection>::fields()
{
    using T = LoopRejection;
    static const std::vector<FieldDef<T>> f {
        id("id", &T::id),
        id("loopId", &T::loopId),
        id("coolingUnitId", &T::coolingUnitId),
        choice("kind", &T::kind),
        integer("stage", &T::stage, 1, 100),
        number("approachK", &T::approachK, 0, 30),
        number("sinkTempC", &T::sinkTempC, -40, 90),
        number("dropKpa", &T::dropKpa, 0.01, 5000),
        number("dropFlowLPerMin", &T::dropFlowLPerMin, 0.1, 1000000),
    };
    return f;
}

const std::vector<FieldDef<LoopRack>> &EntityTraits<LoopRack>::fields()
{
    using T = LoopRack;
    static const std::vector<FieldDef<T>> f {
        id("id", &T::id),
        id("rackId", &T::rackId),
        id("loopId", &T::loopId),
        number("branchLengthM", &T::branchLengthM, 0, 1000),
        number("branchDiameterMm", &T::branchDiameterMm, 1, 1000),
        number("branchRoughnessMm", &T::branchRoughnessMm, 0, 10),
        number("branchLossK", &T::branchLossK, 0, 1000),
        number("plateDropKpa", &T::plateDropKpa, 0.01, 5000),
        number("plateFlowLPerMin", &T::plateFlowLPerMin, 0.1, 100000),
        number("minFlowLPerMin", &T::minFlowLPerMin, 0, 100000),
        number("inletLimitC", &T::inletLimitC, 5, 90),
        number("returnLimitC", &T::returnLimitC, 5, 95),
        number("plateHeatCapacityKjPerK", &T::plateHeatCapacityKjPerK, 0, 1000000),
        number("holdUpL", &T::holdUpL, 0, 100000),
    };
    return f;
}

const std::vector<FieldDef<Underlay>> &EntityTraits<Underlay>::fields()
{
    using T = Underlay;
    static const std::vector<FieldDef<T>> f {
        id("id", &T::id),
        id("hallId", &T::hallId),
        text("name", &T::name, kNameLength),
        choice("format", &T::format),
        text("content", &T::content, kUnderlayContentLength),
        number("originXM", &T::originXM, -100000, 100000),
        number("originYM", &T::originYM, -100000, 100000),
        number("metresPerUnit", &T::metresPerUnit, 1e-9, 1e6),
        number("opacity", &T::opacity, 0, 1),
        flag("flipY", &T::flipY),
    };
    return f;
}

}  // namespace rw
