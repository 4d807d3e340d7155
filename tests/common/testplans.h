// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Plans and comparisons shared by the model and store tests. Header-only; include with a relative path.

#include "plan/entitytraits.h"
#include "plan/plan.h"
#include "plan/planfiller.h"

#include <QBuffer>
#include <QImage>
#include "plan/validation.h"

#include <QDebug>
#include <QString>

namespace rwtest {

using namespace rw;

/// A field's value as readable text, for failure messages.
inline QString show(const QVariant &value)
{
    QString text;
    QDebug(&text).nospace() << value;
    return text;
}

/// The first field where a and b differ, or an empty string. An entity that differs although every
/// described field agrees has a member no FieldDef covers: that is reported too, since the store and
/// the JSON form would silently drop it.
template <class T>
QString fieldDifference(const T &a, const T &b, const std::vector<FieldDef<T>> &fields)
{
    for (const auto &f : fields) {
        const QVariant left = f.get(a);
        const QVariant right = f.get(b);
        if (left != right)
            return QStringLiteral("field %1: %2 vs %3").arg(f.name, show(left), show(right));
    }
    if (!(a == b))
        return QStringLiteral("a member that no FieldDef describes");
    return {};
}

/// Compares two plans entity by entity (site, every table; not nextId). Returns the first difference.
inline QString planDifference(const Plan &a, const Plan &b)
{
    QString difference = fieldDifference(a.site(), b.site(), siteFields());
    if (!difference.isEmpty())
        return QStringLiteral("site: ") + difference;
    forEachEntityType([&]<class T>() {
        if (!difference.isEmpty())
            return;
        const QString table = QLatin1String(EntityTraits<T>::table);
        const auto &left = a.all<T>();
        const auto &right = b.all<T>();
        for (const auto &[key, entity] : left) {
            const T *other = b.find<T>(key);
            const QString keyText = QVariant::fromValue(key).toString();
            if (!other) {
                difference = QStringLiteral("%1: key %2 missing in the second plan").arg(table, keyText);
                return;
            }
            const QString why = fieldDifference(entity, *other, EntityTraits<T>::fields());
            if (!why.isEmpty()) {
                difference = QStringLiteral("%1: key %2 differs in %3").arg(table, keyText, why);
                return;
            }
        }
        if (left.size() != right.size())
            difference = QStringLiteral("%1: %2 vs %3 entities").arg(table).arg(left.size()).arg(right.size());
    });
    return difference;
}

/// A value of the field's type that differs from the default, lies inside the field's range and is
/// awkward to store: a binary fraction with all digits used, text with quotes, SQL, newlines and
/// non-Latin characters.
template <class T>
QVariant unusualValue(const FieldDef<T> &f, const T &defaults)
{
    const QVariant def = f.get(defaults);
    switch (f.type) {
    case FieldType::Int: {
        const int value = def.toInt() + 1;
        return value <= f.max ? value : def.toInt() - 1;
    }
    case FieldType::EntityId:
        return QVariant(qint64(1));  // keys and references are set by the caller
    case FieldType::Double: {
        double value = f.min + (f.max - f.min) * 0.31830988618379067;  // 1/pi
        if (value == def.toDouble())
            value = f.min + (f.max - f.min) * 0.70710678118654752;
        return value;
    }
    case FieldType::Bool:
        return !def.toBool();
    case FieldType::Text: {
        QString text = QStringLiteral("Ünïcödé \"q\" 'x'); DROP TABLE racks; --\n\ttab %1 — ✓ 😀").arg(f.name);
        if (f.maxLength > 0)
            text.truncate(f.maxLength);
        return text;
    }
    case FieldType::Date:
        return QStringLiteral("2031-07-19");
    case FieldType::Enum:
        return f.enumValues.last() == def.toString() ? f.enumValues.first() : f.enumValues.last();
    }
    return {};
}

template <class T>
T unusualEntity(const std::vector<FieldDef<T>> &fields)
{
    T entity;
    for (const auto &f : fields)
        f.set(entity, unusualValue(f, T{}));
    return entity;
}

/// A plan in which every field of every entity type (and of the site) holds a non-default value,
/// generated from the FieldDef lists so that a new field is covered without touching the tests. Only the
/// references and the cross-field rules are set by hand, so that the plan has no validation errors.
/// nextId is reserved beyond the largest id, as after deleting entities.
inline void buildEveryFieldPlan(Plan &plan)
{
    plan.clear();
    PlanFiller(plan).setSite(unusualEntity(siteFields()));

    Id nextKey = 1000;
    auto make = [&]<class T>() {
        T entity = unusualEntity(EntityTraits<T>::fields());
        if constexpr (std::is_same_v<typename EntityTraits<T>::Key, Id>)
            entity.id = nextKey++;
        return entity;
    };

    DeviceType type = make.operator()<DeviceType>();
    type.heightU = 2;  // keeps the device inside the rack
    PlanFiller(plan).insert(type);
    Hall hall = make.operator()<Hall>();
    PlanFiller(plan).insert(hall);
    Obstacle obstacle = make.operator()<Obstacle>();
    obstacle.hallId = hall.id;
    PlanFiller(plan).insert(obstacle);
    Row row = make.operator()<Row>();
    row.hallId = hall.id;
    PlanFiller(plan).insert(row);
    PowerNode source = make.operator()<PowerNode>();
    source.hallId = hall.id;
    // The last kind is the 800 V DC busway; a cooling unit on it would be an error (it takes AC): an AC kind.
    source.kind = PowerNodeKind::RackPdu;
    PlanFiller(plan).insert(source);
    PowerNode load = make.operator()<PowerNode>();
    load.hallId = hall.id;
    load.name += QStringLiteral(" (load)");
    load.kind = PowerNodeKind::RackPdu;
    PlanFiller(plan).insert(load);
    PowerLink link = make.operator()<PowerLink>();
    link.fromId = source.id;
    link.toId = load.id;
    PlanFiller(plan).insert(link);
    Rack rack = make.operator()<Rack>();
    rack.hallId = hall.id;
    rack.rowId = row.id;
    rack.feedA = source.id;
    rack.feedB = load.id;
    PlanFiller(plan).insert(rack);
    MountedDevice device = make.operator()<MountedDevice>();
    device.rackId = rack.id;
    device.typeKey = type.key;
    PlanFiller(plan).insert(device);
    CoolingUnit unit = make.operator()<CoolingUnit>();
    unit.hallId = hall.id;
    unit.feedId = load.id;
    unit.returnTempC = unit.supplyTempC + 7.25;
    PlanFiller(plan).insert(unit);
    Scenario scenario = make.operator()<Scenario>();
    PlanFiller(plan).insert(scenario);
    Phase phase = make.operator()<Phase>();
    phase.scenarioId = scenario.id;
    PlanFiller(plan).insert(phase);
    Label label = make.operator()<Label>();
    label.hallId = hall.id;
    PlanFiller(plan).insert(label);
    SiteWeather weather = make.operator()<SiteWeather>();
    weather.hours = QStringLiteral("5.25;4.5\n").repeated(8760);  // the stored form must hold a year
    PlanFiller(plan).insert(weather);
    Underlay underlay = make.operator()<Underlay>();
    underlay.hallId = hall.id;
    if (underlay.format == UnderlayFormat::Dxf) {
        underlay.content = QStringLiteral("0 0 10 0\n10 0 10 5.5\n");
    } else {  // a picture: a real one, 2 x 2 pixels
        QImage picture(2, 2, QImage::Format_RGB32);
        picture.fill(Qt::darkCyan);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        picture.save(&buffer, underlay.format == UnderlayFormat::Png ? "PNG" : "JPEG");
        underlay.content = QString::fromLatin1(bytes.toBase64());
    }
    PlanFiller(plan).insert(underlay);

    CoolingUnit cdu = make.operator()<CoolingUnit>();
    cdu.kind = CoolingKind::Cdu;
    cdu.hallId = hall.id;
    cdu.feedId = load.id;
    cdu.returnTempC = cdu.supplyTempC + 10.0;
    PlanFiller(plan).insert(cdu);
    CoolantLoop facility = make.operator()<CoolantLoop>();
    facility.kind = CoolantLoopKind::FacilityWater;
    facility.pumpRatedKpa = facility.pumpShutoffKpa * 0.5;
    facility.cduId = kNoId;
    facility.facilityLoopId = kNoId;
    PlanFiller(plan).insert(facility);
    LoopRejection stage = make.operator()<LoopRejection>();
    stage.loopId = facility.id;
    stage.coolingUnitId = unit.id;
    PlanFiller(plan).insert(stage);
    CoolantLoop technology = make.operator()<CoolantLoop>();
    technology.kind = CoolantLoopKind::Technology;
    technology.name += QStringLiteral(" (CDU)");
    technology.pumpRatedKpa = technology.pumpShutoffKpa * 0.5;
    technology.cduId = cdu.id;
    technology.facilityLoopId = facility.id;
    PlanFiller(plan).insert(technology);
    LoopRack onLoop = make.operator()<LoopRack>();
    onLoop.rackId = rack.id;
    onLoop.loopId = technology.id;
    onLoop.returnLimitC = onLoop.inletLimitC + 12.5;
    PlanFiller(plan).insert(onLoop);

    plan.reserveIds(5000);
}

/// Ids of the small plan below.
namespace small {
constexpr Id kHall = 1;
constexpr Id kRackA = 10;  // 42U, holds two servers, a switch and a 0U PDU
constexpr Id kRackB = 11;  // 48U, holds one server
constexpr Id kServerA1 = 20;  // U1-2 in rack A
constexpr Id kServerA3 = 21;  // U3-4 in rack A
constexpr Id kSwitchA42 = 22;  // U42 in rack A
constexpr Id kPduA = 23;  // 0U in rack A
constexpr Id kServerB10 = 24;  // U10-11 in rack B
constexpr Id kUtility = 30;
constexpr Id kUps = 31;
constexpr Id kBusway = 32;
constexpr Id kLinkUtilityUps = 40;
constexpr Id kLinkUpsBusway = 41;
constexpr Id kRow = 50;
constexpr Id kScenario = 60;
constexpr Id kPhase = 61;
constexpr Id kCoolingUnit = 70;
constexpr Id kObstacle = 80;
inline const QString kServer = QStringLiteral("test-server-2u");
inline const QString kSwitch = QStringLiteral("test-switch-1u");
inline const QString kPdu = QStringLiteral("test-pdu-0u");
}  // namespace small

/// A small, valid plan without findings whose figures are easy to work out by hand:
/// 3 servers (2U, 1,500 W max, 1,000 W typical, 30 kg, 4 GPUs, 25 % heat to liquid), a switch
/// (1U, 200 W, 150 W, 8 kg) and a 0U PDU (0 W, 5 kg); racks of 120 kg (42U, 20 kW) and 100 kg (48U, 10 kW).
inline void buildSmallPlan(Plan &plan)
{
    using namespace small;
    plan.clear();
    Site site;
    site.name = QStringLiteral("Small test site");
    PlanFiller(plan).setSite(site);

    DeviceType server;
    server.key = kServer;
    server.manufacturer = QStringLiteral("Test");
    server.model = QStringLiteral("Server 2U");
    server.category = DeviceCategory::Compute;
    server.heightU = 2;
    server.depthMm = 800;
    server.weightKg = 30;
    server.idlePowerW = 300;
    server.typicalPowerW = 1000;
    server.maxPowerW = 1500;
    server.liquidHeatShare = 0.25;
    server.gpuCount = 4;
    server.psuCount = 2;
    server.psuRequired = 1;
    server.psuRatingW = 2000;
    PlanFiller(plan).insert(server);
    DeviceType networkSwitch;
    networkSwitch.key = kSwitch;
    networkSwitch.model = QStringLiteral("Switch 1U");
    networkSwitch.category = DeviceCategory::Network;
    networkSwitch.heightU = 1;
    networkSwitch.depthMm = 500;
    networkSwitch.weightKg = 8;
    networkSwitch.idlePowerW = 100;
    networkSwitch.typicalPowerW = 150;
    networkSwitch.maxPowerW = 200;
    PlanFiller(plan).insert(networkSwitch);
    DeviceType pdu;
    pdu.key = kPdu;
    pdu.model = QStringLiteral("PDU 0U");
    pdu.category = DeviceCategory::Power;
    pdu.heightU = 0;
    pdu.depthMm = 50;
    pdu.weightKg = 5;
    PlanFiller(plan).insert(pdu);

    Hall hall;
    hall.id = kHall;
    hall.name = QStringLiteral("Hall T");
    hall.widthM = 10;
    hall.depthM = 10;
    PlanFiller(plan).insert(hall);
    Obstacle column;
    column.id = kObstacle;
    column.hallId = kHall;
    column.xM = 8;
    column.yM = 8;
    PlanFiller(plan).insert(column);
    Row row;
    row.id = kRow;
    row.hallId = kHall;
    row.name = QStringLiteral("R1");
    PlanFiller(plan).insert(row);

    PowerNode utility;
    utility.id = kUtility;
    utility.name = QStringLiteral("Utility");
    utility.kind = PowerNodeKind::UtilityFeed;
    utility.ratingKw = 1000;
    PlanFiller(plan).insert(utility);
    PowerNode ups = utility;
    ups.id = kUps;
    ups.name = QStringLiteral("UPS");
    ups.kind = PowerNodeKind::Ups;
    ups.ratingKw = 500;
    PlanFiller(plan).insert(ups);
    PowerNode busway = utility;
    busway.id = kBusway;
    busway.name = QStringLiteral("Busway");
    busway.kind = PowerNodeKind::Busway;
    busway.ratingKw = 200;
    PlanFiller(plan).insert(busway);
    PlanFiller(plan).insert(PowerLink{kLinkUtilityUps, kUtility, kUps});
    PlanFiller(plan).insert(PowerLink{kLinkUpsBusway, kUps, kBusway});

    Rack rackA;
    rackA.id = kRackA;
    rackA.hallId = kHall;
    rackA.rowId = kRow;
    rackA.name = QStringLiteral("A");
    rackA.xM = 2;
    rackA.yM = 2;
    rackA.heightU = 42;
    rackA.maxPowerKw = 20;
    rackA.staticLoadKg = 1000;
    rackA.emptyWeightKg = 120;
    rackA.feedA = kBusway;
    PlanFiller(plan).insert(rackA);
    Rack rackB = rackA;
    rackB.id = kRackB;
    rackB.name = QStringLiteral("B");
    rackB.xM = 2.6;
    rackB.heightU = 48;
    rackB.maxPowerKw = 10;
    rackB.emptyWeightKg = 100;
    PlanFiller(plan).insert(rackB);

    PlanFiller(plan).insert(MountedDevice{kServerA1, kRackA, kServer, 1, QStringLiteral("a1")});
    PlanFiller(plan).insert(MountedDevice{kServerA3, kRackA, kServer, 3, QStringLiteral("a3")});
    PlanFiller(plan).insert(MountedDevice{kSwitchA42, kRackA, kSwitch, 42, QStringLiteral("tor")});
    PlanFiller(plan).insert(MountedDevice{kPduA, kRackA, kPdu, 1, QStringLiteral("pdu")});
    PlanFiller(plan).insert(MountedDevice{kServerB10, kRackB, kServer, 10, QStringLiteral("b10")});

    CoolingUnit crah;
    crah.id = kCoolingUnit;
    crah.hallId = kHall;
    crah.name = QStringLiteral("CRAH 1");
    crah.xM = 9;
    crah.yM = 1;
    crah.capacityKw = 100;
    crah.feedId = kUps;
    PlanFiller(plan).insert(crah);

    Scenario scenario;
    scenario.id = kScenario;
    scenario.name = QStringLiteral("Ramp");
    PlanFiller(plan).insert(scenario);
    Phase phase;
    phase.id = kPhase;
    phase.scenarioId = kScenario;
    phase.name = QStringLiteral("Launch");
    PlanFiller(plan).insert(phase);
}

/// The plan of issue 15, as a new user drew it before drawing the power chain: a 30 x 24 m hall, two
/// rows of 25 racks with four 14.3 kW GPU servers each (2,860 kW, all heat to air) and six 600 kW fan
/// walls, but no power node at all and no declarations. Ids are allocated in drawing order.
inline void buildUnpoweredHall(Plan &plan)
{
    plan.clear();
    Site site;
    site.name = QStringLiteral("New site");
    PlanFiller(plan).setSite(site);

    DeviceType server;
    server.key = QStringLiteral("test-gpu-server-10u");
    server.manufacturer = QStringLiteral("Test");
    server.model = QStringLiteral("GPU server 10U");
    server.category = DeviceCategory::Compute;
    server.heightU = 10;
    server.depthMm = 900;
    server.weightKg = 140;
    server.idlePowerW = 2000;
    server.typicalPowerW = 10000;
    server.maxPowerW = 14300;
    server.gpuCount = 8;
    server.psuCount = 6;
    server.psuRequired = 5;
    server.psuRatingW = 3300;
    PlanFiller(plan).insert(server);

    Hall hall;
    hall.id = plan.allocateId();
    hall.name = QStringLiteral("Hall 1");
    hall.widthM = 30;
    hall.depthM = 24;
    PlanFiller(plan).insert(hall);
    for (int r = 0; r < 2; ++r) {
        Row row;
        row.id = plan.allocateId();
        row.hallId = hall.id;
        row.name = QStringLiteral("Row %1").arg(r + 1);
        row.containment = Containment::HotAisle;
        PlanFiller(plan).insert(row);
        for (int i = 0; i < 25; ++i) {
            Rack rack;
            rack.id = plan.allocateId();
            rack.hallId = hall.id;
            rack.rowId = row.id;
            rack.name = QStringLiteral("R%1-%2").arg(r + 1).arg(i + 1, 2, 10, QLatin1Char('0'));
            rack.xM = 5.3 + 0.6 * i;
            rack.yM = r == 0 ? 8.0 : 10.4;
            rack.facing = r == 0 ? Facing::North : Facing::South;
            rack.maxPowerKw = 60;
            PlanFiller(plan).insert(rack);
            for (int d = 0; d < 4; ++d)
                PlanFiller(plan).insert(MountedDevice { plan.allocateId(), rack.id, server.key, 2 + 10 * d, QString() });
        }
    }
    for (int f = 0; f < 6; ++f) {
        CoolingUnit wall;
        wall.id = plan.allocateId();
        wall.hallId = hall.id;
        wall.name = QStringLiteral("FW-%1").arg(f + 1);
        wall.kind = CoolingKind::FanWall;
        wall.xM = f < 3 ? 1.0 : 29.0;
        wall.yM = 4.0 + 6.0 * (f % 3);
        wall.widthM = 3.0;  // along the wall (its width runs across its facing)
        wall.depthM = 0.8;
        wall.facing = f < 3 ? Facing::East : Facing::West;
        wall.capacityKw = 600;
        wall.airflowM3PerH = 150000;
        wall.supplyTempC = 22;
        wall.returnTempC = 35;
        wall.powerDrawKw = 12;
        PlanFiller(plan).insert(wall);
    }
}

}  // namespace rwtest
