// SPDX-License-Identifier: GPL-3.0-or-later
#include "labels.h"

#include "plan/enumnames.h"

#include <rackwerk/engine/backend.h>

namespace rw {

QString FieldLabel::withUnit() const
{
    return unit.isEmpty() ? text : Labels::tr("%1 (%2)").arg(text, unit);
}

QString Labels::of(DeviceCategory value)
{
    switch (value) {
    case DeviceCategory::Compute: return tr("Compute");
    case DeviceCategory::Network: return tr("Network");
    case DeviceCategory::Storage: return tr("Storage");
    case DeviceCategory::Management: return tr("Management");
    case DeviceCategory::Power: return tr("Power");
    case DeviceCategory::Other: return tr("Other");
    }
    return {};
}

QString Labels::of(Airflow value)
{
    switch (value) {
    case Airflow::FrontToRear: return tr("Front to rear");
    case Airflow::RearToFront: return tr("Rear to front");
    case Airflow::Passive: return tr("Passive");
    case Airflow::LiquidOnly: return tr("Liquid only");
    }
    return {};
}

QString Labels::of(PowerInput value)
{
    switch (value) {
    case PowerInput::Ac:
        return tr("AC");
    case PowerInput::Dc800:
        return tr("800 V DC");
    case PowerInput::AcOrDc800:
        return tr("AC or 800 V DC");
    }
    return {};
}

QString Labels::of(Facing value)
{
    switch (value) {
    case Facing::North: return tr("North");
    case Facing::East: return tr("East");
    case Facing::South: return tr("South");
    case Facing::West: return tr("West");
    }
    return {};
}

QString Labels::of(FloorType value)
{
    return value == FloorType::RaisedFloor ? tr("Raised floor") : tr("Slab");
}

QString Labels::of(Containment value)
{
    switch (value) {
    case Containment::None: return tr("None");
    case Containment::HotAisle: return tr("Hot aisle");
    case Containment::ColdAisle: return tr("Cold aisle");
    }
    return {};
}

QString Labels::of(RackCooling value)
{
    switch (value) {
    case RackCooling::Air: return tr("Air");
    case RackCooling::Liquid: return tr("Liquid");
    case RackCooling::Hybrid: return tr("Hybrid");
    }
    return {};
}

QString Labels::of(CoolingKind value)
{
    switch (value) {
    case CoolingKind::Crah: return tr("CRAH");
    case CoolingKind::FanWall: return tr("Fan wall");
    case CoolingKind::InRow: return tr("In-row cooler");
    case CoolingKind::RearDoor: return tr("Rear-door heat exchanger");
    case CoolingKind::Cdu: return tr("CDU");
    case CoolingKind::Chiller: return tr("Chiller");
    case CoolingKind::DryCooler: return tr("Dry cooler");
    case CoolingKind::WaterHeatExchanger: return tr("Water heat exchanger");
    }
    return {};
}

QString Labels::of(PowerNodeKind value)
{
    switch (value) {
    case PowerNodeKind::UtilityFeed: return tr("Utility feed");
    case PowerNodeKind::Generator: return tr("Generator");
    case PowerNodeKind::Transformer: return tr("Transformer");
    case PowerNodeKind::Ups: return tr("UPS");
    case PowerNodeKind::Switchboard: return tr("Switchboard");
    case PowerNodeKind::Pdu: return tr("PDU");
    case PowerNodeKind::Busway: return tr("Busway");
    case PowerNodeKind::Rpp: return tr("RPP");
    case PowerNodeKind::RackPdu: return tr("Rack PDU");
    case PowerNodeKind::Rectifier:
        return tr("Rectifier (MV AC to 800 V DC)");
    case PowerNodeKind::DcBusway:
        return tr("800 V DC busway");
    }
    return {};
}

QString Labels::of(FeedSide value)
{
    switch (value) {
    case FeedSide::None: return tr("No side", "power node not on side A or B");
    case FeedSide::A: return tr("A");
    case FeedSide::B: return tr("B");
    }
    return {};
}

QString Labels::of(ObstacleKind value)
{
    switch (value) {
    case ObstacleKind::Column: return tr("Column");
    case ObstacleKind::Wall: return tr("Wall");
    case ObstacleKind::Obstacle: return tr("Obstacle");
    case ObstacleKind::PerforatedTile: return tr("Perforated tile");
    }
    return {};
}

QString Labels::of(Redundancy value)
{
    switch (value) {
    case Redundancy::N: return tr("N");
    case Redundancy::NPlus1: return tr("N+1");
    case Redundancy::NPlus2: return tr("N+2");
    case Redundancy::TwoN: return tr("2N");
    case Redundancy::DistributedRedundant: return tr("Distributed redundant");
    }
    return {};
}

QString Labels::of(WeatherFormat value)
{
    switch (value) {
    case WeatherFormat::HourlyCsv:
        return tr("Hourly CSV");
    case WeatherFormat::Epw:
        return tr("EnergyPlus weather file (EPW)");
    case WeatherFormat::DwdTry:
        return tr("DWD test reference year");
    }
    return {};
}

QString Labels::of(UnderlayFormat value)
{
    switch (value) {
    case UnderlayFormat::Dxf:
        return tr("DXF drawing");
    case UnderlayFormat::Png:
        return tr("PNG picture");
    case UnderlayFormat::Jpeg:
        return tr("JPEG picture");
    }
    return {};
}

QString Labels::of(OperatorRole value)
{
    switch (value) {
    case OperatorRole::DataCentreOperator:
        return tr("Data centre operator");
    case OperatorRole::ColocationOperator:
        return tr("Data centre operator with colocation");
    case OperatorRole::ItOperator:
        return tr("IT operator");
    }
    return {};
}

QString Labels::of(AshraeClass value)
{
    return enumName(value);  // class names (A1..H1) are the same in every language
}

QString Labels::of(CoolantLoopKind value)
{
    switch (value) {
    case CoolantLoopKind::FacilityWater: return tr("Facility water system");
    case CoolantLoopKind::Technology: return tr("Technology cooling loop");
    }
    return {};
}

QString Labels::of(CoolantKind value)
{
    switch (value) {
    case CoolantKind::Water: return tr("Water");
    case CoolantKind::Pg25: return tr("PG25 (25 % propylene glycol)");
    }
    return {};
}

QString Labels::of(HeatRejectionKind value)
{
    switch (value) {
    case HeatRejectionKind::DryCooler: return tr("Dry cooler");
    case HeatRejectionKind::Chiller: return tr("Chiller");
    case HeatRejectionKind::CoolingTower: return tr("Cooling tower");
    case HeatRejectionKind::HeatReuse: return tr("Heat reuse exchanger");
    }
    return {};
}

QString Labels::of(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Site: return tr("Site");
    case EntityKind::DeviceType: return tr("Device type");
    case EntityKind::Hall: return tr("Hall");
    case EntityKind::Obstacle: return tr("Obstacle");
    case EntityKind::Row: return tr("Row");
    case EntityKind::Rack: return tr("Rack");
    case EntityKind::Device: return tr("Device");
    case EntityKind::CoolingUnit: return tr("Cooling unit");
    case EntityKind::PowerNode: return tr("Power node");
    case EntityKind::PowerLink: return tr("Power link");
    case EntityKind::Scenario: return tr("Scenario");
    case EntityKind::Phase: return tr("Phase");
    case EntityKind::Label: return tr("Label");
    case EntityKind::CoolantLoop: return tr("Coolant loop");
    case EntityKind::LoopRejection: return tr("Heat-rejection stage");
    case EntityKind::LoopRack: return tr("Rack on a coolant loop");
    case EntityKind::Weather: return tr("Weather");
    case EntityKind::Underlay: return tr("CAD underlay");
    }
    return {};
}

QString Labels::shortOf(CoolingKind value)
{
    switch (value) {
    case CoolingKind::Crah: return tr("CRAH", "short, inside a drawn shape");
    case CoolingKind::InRow: return tr("In-row", "short, inside a drawn shape");
    case CoolingKind::RearDoor: return tr("Rear door", "short, inside a drawn shape");
    case CoolingKind::WaterHeatExchanger: return tr("Heat exchanger", "short, inside a drawn shape");
    default: return of(value);
    }
}

QString Labels::shortOf(PowerNodeKind value)
{
    switch (value) {
    case PowerNodeKind::Transformer: return tr("Transformer", "short, inside a drawn shape");
    case PowerNodeKind::Switchboard: return tr("Switchboard", "short, inside a drawn shape");
    case PowerNodeKind::Generator: return tr("Generator", "short, inside a drawn shape");
    case PowerNodeKind::Rectifier:
        return tr("Rectifier", "short, inside a drawn shape");
    case PowerNodeKind::DcBusway:
        return tr("DC busway", "short, inside a drawn shape");
    default: return of(value);
    }
}

namespace {

/// Calls f(E{}) for every enum a stored field can hold.
template <class F>
void forEachFieldEnum(F &&f)
{
    f(Facing {});
    f(FloorType {});
    f(Containment {});
    f(RackCooling {});
    f(AshraeClass {});
    f(CoolingKind {});
    f(PowerNodeKind {});
    f(FeedSide {});
    f(ObstacleKind {});
    f(Redundancy {});
    f(OperatorRole {});
    f(WeatherFormat {});
    f(UnderlayFormat {});
    f(DeviceCategory {});
    f(Airflow {});
    f(PowerInput {});
    f(CoolantLoopKind {});
    f(CoolantKind {});
    f(HeatRejectionKind {});
}

}  // namespace

QString Labels::enumValue(const QStringList &names, const QString &value)
{
    QString label;
    forEachFieldEnum([&](auto tag) {
        using E = decltype(tag);
        E parsed {};
        if (label.isEmpty() && names == enumNameList<E>() && enumFromName(value, &parsed))
            label = of(parsed);
    });
    return label.isEmpty() ? tr("(%1)").arg(value) : label;
}

QString Labels::engineStatus()
{
    const engine::BackendInfo &info = engine::probeBackends();
    if (info.cudaUsable)
        return tr("Engine: CUDA (%1)").arg(QString::fromStdString(info.deviceName));
    switch (info.unavailable) {
    case engine::CudaUnavailable::No:
    case engine::CudaUnavailable::NotCompiled:
        break;
    case engine::CudaUnavailable::NoDriver:
        return tr("Engine: CPU (no NVIDIA driver for CUDA)");
    case engine::CudaUnavailable::NoDevice:
        return tr("Engine: CPU (no CUDA GPU found)");
    case engine::CudaUnavailable::QueryFailed:
        return tr("Engine: CPU (the GPU could not be queried)");
    }
    return tr("Engine: CPU (built without CUDA)");
}

}  // namespace rw
