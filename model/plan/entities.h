// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "devicetype.h"
#include "ids.h"

#include <QDate>
#include <QString>

#include <optional>

namespace rw {

/// Direction a rack front (air intake) or a cooling unit's supply faces, in plan coordinates:
/// x grows to the east, y grows to the south, as on screen.
enum class Facing { North, East, South, West };
enum class FloorType { RaisedFloor, Slab };
enum class Containment { None, HotAisle, ColdAisle };
enum class RackCooling { Air, Liquid, Hybrid };
enum class AshraeClass { A1, A2, A3, A4, H1 };
enum class CoolingKind { Crah, FanWall, InRow, RearDoor, Cdu, Chiller, DryCooler, WaterHeatExchanger };
/// Rectifier: medium-voltage AC rectified once to 800 V DC (a solid-state transformer or a rectifier at the
/// facility edge); DcBusway: the 800 V DC busway below it. Every other kind carries AC.
enum class PowerNodeKind {
    UtilityFeed,
    Generator,
    Transformer,
    Ups,
    Switchboard,
    Pdu,
    Busway,
    Rpp,
    RackPdu,
    Rectifier,
    DcBusway,
};
enum class FeedSide { None, A, B };
enum class ObstacleKind { Column, Wall, Obstacle, PerforatedTile };
enum class Redundancy { N, NPlus1, NPlus2, TwoN, DistributedRedundant };
/// Who the bidder is under the Energy Efficiency Act (EnEfG § 3 Nr. 3 and 4, § 15): it decides which duties
/// are theirs.
enum class OperatorRole { DataCentreOperator, ColocationOperator, ItOperator };
/// A facility water system (heat rejection, CDU primaries) or a CDU's technology cooling loop (racks).
enum class CoolantLoopKind { FacilityWater, Technology };
enum class CoolantKind { Water, Pg25 };
enum class HeatRejectionKind { DryCooler, Chiller, CoolingTower, HeatReuse };
/// The file format an hourly weather year was read from.
enum class WeatherFormat { HourlyCsv, Epw, DwdTry };
/// What a CAD underlay was imported from.
enum class UnderlayFormat { Dxf, Png, Jpeg };

/// The site the plan describes, and what the bidder declares about it. A declaration stays empty until a
/// person enters it: a program default would let a legal check pass on a figure nobody stated.
struct Site {
    QString name;
    QString location;
    QString operatorName;
    std::optional<OperatorRole> operatorRole;
    /// Non-redundant connected power of the whole site, IT and building services (EnEfG § 3 Nr. 24), or the
    /// capacity contracted with the grid operator: the size the data-centre duties are scoped by.
    std::optional<double> connectedPowerKw;
    std::optional<bool> publicOwnership;  ///< owned by or operated for a public body (EnEfG § 12(3))
    QDate startOfOperation;  ///< declaration; invalid = not declared
    std::optional<int> declaredAvailabilityClass;  ///< EN 50600 class 1..4
    double designOutdoorTempC = 29.5;
    std::optional<double> renewableShare;  ///< 0..1 of electricity from renewable sources
    std::optional<double> plannedHeatReuseShare;  ///< 0..1 of energy reused (energy reuse factor target)
    std::optional<double> pueTarget;
    std::optional<double> wueLitrePerKWh;
    QString facilityWaterClass = QStringLiteral("W32");
    QString assumptions;  ///< free text: what the planner assumed, with sources

    bool operator==(const Site &) const = default;
};

/// A white-space room. Origin at its north-west corner.
struct Hall {
    Id id = kNoId;
    QString name;
    double widthM = 20.0;  ///< along x
    double depthM = 20.0;  ///< along y
    double ceilingHeightM = 4.0;
    FloorType floorType = FloorType::Slab;
    double raisedFloorHeightM = 0.0;
    double floorLoadKgPerM2 = 1500.0;  ///< uniformly distributed load rating
    double pointLoadKg = 0.0;  ///< concentrated load rating (raised-floor tiles); 0 = not rated
    AshraeClass ashraeClass = AshraeClass::A2;
    Redundancy coolingRedundancy = Redundancy::NPlus1;
    double minAisleWidthM = 1.2;
    /// Depth of a return plenum above a false ceiling (0 = none): hot-aisle chimneys open into it and
    /// fan walls take their return air from it.
    double returnPlenumM = 0.0;

    bool operator==(const Hall &) const = default;
};

/// Columns, walls inside the hall, other obstacles, and perforated floor tiles.
struct Obstacle {
    Id id = kNoId;
    Id hallId = kNoId;
    ObstacleKind kind = ObstacleKind::Column;
    double xM = 0.0;  ///< centre
    double yM = 0.0;
    double widthM = 0.6;
    double depthM = 0.6;
    double heightM = 0.0;  ///< 0 = floor to ceiling
    double openAreaShare = 0.0;  ///< perforated tiles: 0..1 free area

    bool operator==(const Obstacle &) const = default;
};

/// A row of racks, the unit of containment.
struct Row {
    Id id = kNoId;
    Id hallId = kNoId;
    QString name;
    Containment containment = Containment::None;

    bool operator==(const Row &) const = default;
};

struct Rack {
    Id id = kNoId;
    Id hallId = kNoId;
    Id rowId = kNoId;
    QString name;
    double xM = 0.0;  ///< centre of the footprint
    double yM = 0.0;
    Facing facing = Facing::North;  ///< where the front (intake) faces
    double widthMm = 600.0;
    double depthMm = 1200.0;
    int heightU = 48;
    double maxPowerKw = 20.0;  ///< power budget of the rack
    double staticLoadKg = 1500.0;  ///< weight the rack frame carries
    double emptyWeightKg = 150.0;
    RackCooling cooling = RackCooling::Air;
    Id feedA = kNoId;  ///< power node feeding side A
    Id feedB = kNoId;
    QString zone;

    bool operator==(const Rack &) const = default;
};

/// A device of a catalogue type mounted in a rack. Occupies positionU .. positionU + heightU - 1.
struct MountedDevice {
    Id id = kNoId;
    Id rackId = kNoId;
    QString typeKey;
    int positionU = 1;  ///< lowest U occupied, 1-based
    QString label;

    bool operator==(const MountedDevice &) const = default;
};

/// Air handlers, in-row and rear-door coolers, CDUs and heat rejection plant.
struct CoolingUnit {
    Id id = kNoId;
    Id hallId = kNoId;  ///< 0 for site-level heat rejection (chillers, dry coolers)
    QString name;
    CoolingKind kind = CoolingKind::Crah;
    double xM = 0.0;
    double yM = 0.0;
    double widthM = 1.0;
    double depthM = 1.0;
    Facing facing = Facing::North;  ///< supply air direction
    double capacityKw = 0.0;  ///< net sensible cooling capacity
    double airflowM3PerH = 0.0;  ///< air units only
    double supplyTempC = 20.0;  ///< supply air, or secondary loop supply for CDUs
    double returnTempC = 32.0;  ///< design return air, or secondary loop return
    double facilityWaterSupplyC = 18.0;  ///< chilled / facility water supply
    double powerDrawKw = 0.0;  ///< fans, pumps, compressors at design load
    double cop = 0.0;  ///< heat rejection: heat removed per electric power; 0 = not applicable
    bool standby = false;  ///< declared redundant unit
    Id feedId = kNoId;  ///< power node feeding it
    QString zone;

    bool operator==(const CoolingUnit &) const = default;
};

/// One node of the power chain, from utility feed to rack PDU.
struct PowerNode {
    Id id = kNoId;
    QString name;
    PowerNodeKind kind = PowerNodeKind::Pdu;
    FeedSide side = FeedSide::None;
    double ratingKw = 0.0;
    double ratingKva = 0.0;
    double powerFactor = 1.0;
    double efficiency25 = 1.0;  ///< efficiency at 25 / 50 / 75 / 100 % load
    double efficiency50 = 1.0;
    double efficiency75 = 1.0;
    double efficiency100 = 1.0;
    QString redundancyGroup;  ///< nodes that back each other up
    Redundancy groupRedundancy = Redundancy::N;
    Id hallId = kNoId;  ///< where it stands on a floor plan, if anywhere
    double xM = 0.0;
    double yM = 0.0;

    bool operator==(const PowerNode &) const = default;
};

/// `from` feeds `to`.
struct PowerLink {
    Id id = kNoId;
    Id fromId = kNoId;
    Id toId = kNoId;

    bool operator==(const PowerLink &) const = default;
};

/// A closed coolant loop with its expansion tank, its supply and return headers and its pump set. A
/// technology loop belongs to one CDU (a cooling unit of kind cdu): its racks in parallel between the headers,
/// the CDU's heat exchanger to the facility water (or to a fixed primary supply without a modelled facility
/// loop). A facility water loop carries the primaries of its CDUs in parallel and its heat-rejection stages in
/// series. LiquidCaseBuilder turns the loops into the liquid engine's network.
struct CoolantLoop {
    Id id = kNoId;
    QString name;
    CoolantLoopKind kind = CoolantLoopKind::Technology;
    CoolantKind coolant = CoolantKind::Pg25;
    double designTempC = 40.0;  ///< where the coolant properties are taken first
    double tankPressureKpa = 150.0;  ///< expansion tank (the loop's reference pressure)
    // Supply header and return header: one pipe each, the same size.
    double headerLengthM = 20.0;
    double headerDiameterMm = 100.0;
    double headerRoughnessMm = 0.045;
    double headerLossK = 2.0;  ///< fittings of one header (bends, valves, tees) in velocity heads
    // Pump set: identical pumps in parallel, all running; N+1 holds when one fewer still delivers.
    int pumpCount = 2;
    double pumpShutoffKpa = 300.0;  ///< one pump
    double pumpRatedKpa = 200.0;  ///< one pump at its rated flow
    double pumpRatedFlowLPerMin = 1500.0;
    // Technology loops: the CDU.
    Id cduId = kNoId;  ///< cooling unit of kind cdu (its capacity, and its supplyTempC as the setpoint)
    Id facilityLoopId = kNoId;  ///< facility water loop of the CDU's primary side; 0 = primarySupplyC
    double primarySupplyC = 32.0;  ///< facility water supply when no facility loop is modelled
    double approachK = 4.0;  ///< secondary supply >= primary supply + approach
    double secondaryDropKpa = 60.0;  ///< the CDU heat exchanger's secondary side at secondaryFlowLPerMin
    double secondaryFlowLPerMin = 1500.0;
    double primaryDropKpa = 50.0;  ///< its primary side at primaryFlowLPerMin (a resistance in the facility loop)
    double primaryFlowLPerMin = 1500.0;
    double holdUpL = 200.0;  ///< coolant in the CDU (tank, exchanger): thermal mass in failures

    bool operator==(const CoolantLoop &) const = default;
};

/// A heat-rejection unit (a cooling unit: dry cooler, chiller, water heat exchanger) as a stage of a facility
/// water loop. Stages are in series in `stage` order; it cools to the unit's facilityWaterSupplyC.
struct LoopRejection {
    Id id = kNoId;
    Id loopId = kNoId;  ///< a facility water loop
    Id coolingUnitId = kNoId;  ///< its capacity and setpoint (facilityWaterSupplyC)
    HeatRejectionKind kind = HeatRejectionKind::DryCooler;
    int stage = 1;  ///< position in the series, first after the facility loop's return header
    double approachK = 5.0;  ///< dry cooler, tower, reuse: cools not below its sink plus this
    /// Sink for cooling towers (wet bulb) and heat reuse (district heating return); dry coolers use the site's
    /// design outdoor temperature, chillers have no sink limit.
    double sinkTempC = 25.0;
    double dropKpa = 40.0;  ///< water side at dropFlowLPerMin
    double dropFlowLPerMin = 1500.0;

    bool operator==(const LoopRejection &) const = default;
};

/// A rack on a technology loop: its branch from the supply header (manifold, hoses, quick disconnects) and its
/// cold plates. Heat to liquid is its devices' maximum power times their liquid share.
struct LoopRack {
    Id id = kNoId;
    Id rackId = kNoId;
    Id loopId = kNoId;  ///< a technology loop
    double branchLengthM = 6.0;  ///< supply and return together
    double branchDiameterMm = 40.0;
    double branchRoughnessMm = 0.015;
    double branchLossK = 6.0;  ///< quick disconnects, valves, bends of the branch
    double plateDropKpa = 100.0;  ///< rack manifold and cold plates at plateFlowLPerMin
    double plateFlowLPerMin = 200.0;
    double minFlowLPerMin = 180.0;  ///< what the rack needs
    double inletLimitC = 45.0;
    double returnLimitC = 65.0;
    double plateHeatCapacityKjPerK = 100.0;  ///< copper of the cold plates
    double holdUpL = 33.6;  ///< coolant in the rack

    bool operator==(const LoopRack &) const = default;
};

/// A text note drawn on the floor plan, true to scale: its letters are heightM tall on the floor.
struct Label {
    Id id = kNoId;
    Id hallId = kNoId;
    double xM = 0.0;  ///< centre of the text, the point it turns around
    double yM = 0.0;
    QString text;
    double heightM = 0.5;  ///< height of a line of text (the font's line height) in metres on the floor
    int rotationDeg = 0;  ///< whole degrees 0..359, clockwise on screen (y grows to the south)

    bool operator==(const Label &) const = default;
};

/// A deployment path over time.
struct Scenario {
    Id id = kNoId;
    QString name;
    QDate startDate;
    int horizonYears = 5;
    QString description;

    bool operator==(const Scenario &) const = default;
};

/// From startMonth on, installedShare of the plan's IT is live with this workload mix.
struct Phase {
    Id id = kNoId;
    Id scenarioId = kNoId;
    QString name;
    int startMonth = 0;
    double installedShare = 1.0;
    double trainingShare = 0.7;
    double inferenceShare = 0.2;  ///< the rest is idle / maintenance

    bool operator==(const Phase &) const = default;
};

/// The hourly weather the site's projections use (PUE, free-cooling hours, load projection), read from an EPW
/// file, a DWD test reference year or an hourly CSV. Stored in the plan so that the plan stays one file. A plan
/// holds at most one; without one the typical Munich year applies.
struct SiteWeather {
    Id id = kNoId;
    QString name;  ///< the file it was read from (file name only)
    WeatherFormat format = WeatherFormat::Epw;
    QString station;  ///< the place the file's header names
    /// 8,760 lines "dry;wet" (dry-bulb and wet-bulb temperature in °C, '.' as decimal point), from 1 January 00:00.
    QString hours;

    bool operator==(const SiteWeather &) const = default;
};

/// A CAD drawing or picture shown under a hall's floor plan to trace walls and columns from. Drawing units map
/// to hall metres by x_hall = originXM + metresPerUnit * x (y likewise; drawing y grows to the north in DXF and
/// to the south in pictures: flipY says which).
struct Underlay {
    Id id = kNoId;
    Id hallId = kNoId;
    QString name;  ///< the file it was imported from (file name only)
    UnderlayFormat format = UnderlayFormat::Dxf;
    /// DXF: one line segment per line, "x1 y1 x2 y2" in drawing units (arcs and circles as chords);
    /// pictures: the file's bytes in base64.
    QString content;
    double originXM = 0.0;
    double originYM = 0.0;
    double metresPerUnit = 1.0;
    double opacity = 0.5;  ///< 0 (invisible) to 1
    bool flipY = true;

    bool operator==(const Underlay &) const = default;
};

}  // namespace rw
