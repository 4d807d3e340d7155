// SPDX-License-Identifier: GPL-3.0-or-later
#include "thermalcasebuilder.h"

#include "analysis/containedaisles.h"
#include "plan/ashraelimits.h"
#include "plan/enumnames.h"
#include "plan/footprint.h"
#include "plan/layoutchecks.h"

#include <rackwerk/engine/airflow.h>

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace rw {
namespace {

using engine::ThermalBox;
using engine::ThermalFace;

// Geometry estimates (docs/domain-facts.md#model-assumptions); 1 U = 44.45 mm (EIA-310).
constexpr double kUnitHeightM = 0.04445;
constexpr double kRackPlinthM = 0.1;  ///< frame, castors and top cover above the 19" rails
constexpr double kUnitBodyHeightM = 2.0;  ///< CRAH and in-row bodies
constexpr double kChimneyGapM = 0.5;  ///< hot-aisle chimneys stop this far below the ceiling
constexpr double kFanWallSupplyShare = 0.7;  ///< fan walls blow out of the lower part of their face

ThermalBox box(double x0, double y0, double z0, double x1, double y1, double z1)
{
    ThermalBox b;
    b.minM[0] = float(std::min(x0, x1));
    b.minM[1] = float(std::min(y0, y1));
    b.minM[2] = float(std::min(z0, z1));
    b.maxM[0] = float(std::max(x0, x1));
    b.maxM[1] = float(std::max(y0, y1));
    b.maxM[2] = float(std::max(z0, z1));
    return b;
}

/// The vertical side of a footprint that faces `facing`, between heights z0 and z1.
ThermalFace side(double cx, double cy, double halfX, double halfY, Facing facing, double z0, double z1)
{
    ThermalFace f;
    switch (facing) {
    case Facing::North:
        f.box = box(cx - halfX, cy - halfY, z0, cx + halfX, cy - halfY, z1);
        f.normalAxis = 1;
        f.normalSign = -1;
        break;
    case Facing::South:
        f.box = box(cx - halfX, cy + halfY, z0, cx + halfX, cy + halfY, z1);
        f.normalAxis = 1;
        f.normalSign = 1;
        break;
    case Facing::East:
        f.box = box(cx + halfX, cy - halfY, z0, cx + halfX, cy + halfY, z1);
        f.normalAxis = 0;
        f.normalSign = 1;
        break;
    case Facing::West:
        f.box = box(cx - halfX, cy - halfY, z0, cx - halfX, cy + halfY, z1);
        f.normalAxis = 0;
        f.normalSign = -1;
        break;
    }
    return f;
}

bool alongX(Facing facing)
{
    return facing == Facing::North || facing == Facing::South;
}

/// Half extents of a footprint along x and y: width runs across the facing direction.
void halfExtents(double widthM, double depthM, Facing facing, double *halfX, double *halfY)
{
    *halfX = (alongX(facing) ? widthM : depthM) / 2;
    *halfY = (alongX(facing) ? depthM : widthM) / 2;
}

double rackHeightM(const Rack &rack, double ceilingM)
{
    return std::min(rack.heightU * kUnitHeightM + kRackPlinthM, ceilingM);
}

bool isAirUnit(CoolingKind kind)
{
    return kind == CoolingKind::Crah || kind == CoolingKind::FanWall || kind == CoolingKind::InRow;
}

/// Footprint of a row: its racks' boxes united; facing of its first rack.
struct RowExtent {
    double x0 = 1e30, y0 = 1e30, x1 = -1e30, y1 = -1e30, topM = 0;
    Facing facing = Facing::North;
    bool any = false;
};

/// A rectangle of the floor plan (metres).
struct Area {
    double x0, y0, x1, y1;
};

/// Adds the containment panels; returns the footprints of the contained hot aisles (where a false
/// ceiling has its openings). Hot-aisle chimneys reach up to `chimneyTopM`.
std::vector<Area> addContainment(
    const Plan &plan, const Hall &hall, const std::map<Id, RowExtent> &rows, double chimneyTopM, engine::ThermalCase *c)
{
    std::vector<Area> hotAisles;
    for (const ContainedAisle &aisle : ContainedAisles::of(plan, hall)) {
        const auto it = rows.find(aisle.rowId);
        if (it == rows.end() || !it->second.any)
            continue;
        const double rackTopM = it->second.topM;
        const double doorTop = aisle.hot ? chimneyTopM : rackTopM;
        const double a0 = aisle.fromM, a1 = aisle.toM, edge = aisle.edgeM, far = aisle.farM;
        auto panel = [&](double u0, double v0, double z0, double u1, double v1, double z1) {
            // u runs along the row, v across it.
            c->panels.push_back(aisle.alongX ? box(u0, v0, z0, u1, v1, z1) : box(v0, u0, z0, v1, u1, z1));
        };
        panel(a0, edge, 0, a0, far, doorTop);  // doors at both ends
        panel(a1, edge, 0, a1, far, doorTop);
        if (aisle.acrossRowId == kNoId)
            panel(a0, far, 0, a1, far, doorTop);  // no row opposite: a wall of panels
        if (aisle.hot) {
            // Chimney: the aisle's sides continue above the racks towards the ceiling.
            panel(a0, edge, rackTopM, a1, edge, doorTop);
            panel(a0, far, rackTopM, a1, far, doorTop);
            const QRectF area = aisle.area();
            hotAisles.push_back({ area.left(), area.top(), area.right(), area.bottom() });
        } else {
            panel(a0, edge, rackTopM, a1, far, rackTopM);  // roof
        }
    }
    return hotAisles;
}

/// The area of the rows: the bounding box of their footprints.
Area rowsArea(const std::map<Id, RowExtent> &rows)
{
    Area a { 1e30, 1e30, -1e30, -1e30 };
    for (const auto &[id, row] : rows) {
        if (row.any)
            a = { std::min(a.x0, row.x0), std::min(a.y0, row.y0), std::max(a.x1, row.x1), std::max(a.y1, row.y1) };
    }
    return a;
}

/// Where a cooling unit meets a return plenum: a fan wall's gallery (from its face out to the rows'
/// area, at least kGalleryMinM deep, along its width), where the hot air comes down to its return
/// and the excess supply air goes back up (bypass); a CRAH's footprint (its ducted return); none for
/// in-row coolers.
Area plenumOpening(const CoolingUnit &unit, double halfX, double halfY, const Area &rows)
{
    constexpr double kGalleryMinM = 1.0;
    const Area body { unit.xM - halfX, unit.yM - halfY, unit.xM + halfX, unit.yM + halfY };
    if (unit.kind == CoolingKind::InRow)
        return { 0, 0, 0, 0 };  // takes its air from the aisle behind it: no opening
    if (unit.kind != CoolingKind::FanWall)
        return body;
    switch (unit.facing) {
    case Facing::East:
        return { body.x1, body.y0, std::max(body.x1 + kGalleryMinM, rows.x0), body.y1 };
    case Facing::West:
        return { std::min(body.x0 - kGalleryMinM, rows.x1), body.y0, body.x0, body.y1 };
    case Facing::South:
        return { body.x0, body.y1, body.x1, std::max(body.y1 + kGalleryMinM, rows.y0) };
    case Facing::North:
        return { body.x0, std::min(body.y0 - kGalleryMinM, rows.y1), body.x1, body.y0 };
    }
    return body;
}

/// The false ceiling under a return plenum at height z: the whole hall except its openings (hot-aisle
/// chimneys, cooling units' galleries and returns), split into rectangles along every opening edge.
void addFalseCeiling(double widthM, double depthM, const std::vector<Area> &openings, double z, engine::ThermalCase *c)
{
    std::vector<double> xs { 0, widthM }, ys { 0, depthM };
    for (const Area &a : openings) {
        xs.insert(xs.end(), { std::clamp(a.x0, 0.0, widthM), std::clamp(a.x1, 0.0, widthM) });
        ys.insert(ys.end(), { std::clamp(a.y0, 0.0, depthM), std::clamp(a.y1, 0.0, depthM) });
    }
    for (std::vector<double> *v : { &xs, &ys }) {
        std::sort(v->begin(), v->end());
        v->erase(
            std::unique(v->begin(), v->end(), [](double a, double b) { return std::fabs(a - b) < 1e-6; }), v->end());
    }
    for (std::size_t i = 0; i + 1 < xs.size(); ++i) {
        for (std::size_t j = 0; j + 1 < ys.size(); ++j) {
            const double cx = (xs[i] + xs[i + 1]) / 2, cy = (ys[j] + ys[j + 1]) / 2;
            const bool open = std::any_of(openings.begin(), openings.end(),
                [&](const Area &a) { return a.x0 < cx && cx < a.x1 && a.y0 < cy && cy < a.y1; });
            if (!open)
                c->panels.push_back(box(xs[i], ys[j], z, xs[i + 1], ys[j + 1], z));
        }
    }
}

/// The heat a rack's devices release into the air, and the airflow of those that blow front to rear
/// and of those that blow rear to front.
struct RackAir {
    double heatW = 0, airflowM3PerS = 0, reverseAirflowM3PerS = 0;
};

RackAir rackAir(const Plan &plan, const Rack &rack)
{
    RackAir air;
    for (const MountedDevice *device : plan.devicesInRack(rack.id)) {
        const DeviceType *type = plan.find<DeviceType>(device->typeKey);
        if (!type)
            continue;
        const double toAir = type->maxPowerW * (1.0 - type->liquidHeatShare);
        air.heatW += toAir;
        const engine::AirHeatSource source { float(toAir), float(type->designDeltaTK),
            float(type->airflowM3PerH / 3600.0) };
        (type->airflow == Airflow::RearToFront ? air.reverseAirflowM3PerS : air.airflowM3PerS)
            += engine::airflowDemandM3PerS(source);
    }
    return air;
}

/// A cooling unit's airflow: as rated, else what its capacity needs at its design temperature
/// difference; 0 when it has neither.
double coolerAirflowM3PerS(const CoolingUnit &unit)
{
    double flow = unit.airflowM3PerH / 3600.0;
    const double deltaT = unit.returnTempC - unit.supplyTempC;
    if (flow <= 0 && deltaT > 0)
        flow = unit.capacityKw * 1000.0 / (engine::kAirDensityKgPerM3 * engine::kAirHeatCapacityJPerKgK * deltaT);
    return flow;
}

engine::ThermalCooler thermalCooler(const CoolingUnit &unit)
{
    engine::ThermalCooler cooler;
    cooler.id = unit.id;
    cooler.name = unit.name.toStdString();
    cooler.supplyTempC = float(unit.supplyTempC);
    cooler.capacityW = float(unit.capacityKw * 1000.0);
    // A water coil's capacity grows with its return air; rated at the unit's design return.
    if (unit.facilityWaterSupplyC < unit.supplyTempC && unit.supplyTempC < unit.returnTempC) {
        cooler.coilWaterC = float(unit.facilityWaterSupplyC);
        cooler.designReturnC = float(unit.returnTempC);
    }
    return cooler;
}

/// The hall to simulate: hallId, or the plan's first hall for kNoId; null when there is none.
const Hall *hallToBuild(const Plan &plan, Id hallId)
{
    if (hallId != kNoId)
        return plan.find<Hall>(hallId);
    return plan.all<Hall>().empty() ? nullptr : &plan.all<Hall>().begin()->second;
}

/// What stands outside the hall cannot be simulated in its air: clipping or leaving it out would give
/// figures for another hall than the one drawn. Returns the translated error, empty when all is inside.
QString whatStandsOutside(const Plan &plan, const Hall &hall)
{
    QStringList outside;
    for (const OutsideItem &item : LayoutChecks::outsideHall(plan, hall.id)) {
        const CoolingUnit *unit = item.kind == EntityKind::CoolingUnit ? plan.find<CoolingUnit>(item.id) : nullptr;
        if (item.kind != EntityKind::PowerNode && (!unit || isAirUnit(unit->kind)))
            outside << item.name;
    }
    if (outside.isEmpty())
        return {};
    constexpr qsizetype kNamed = 8;
    QString names = outside.mid(0, kNamed).join(QStringLiteral(", "));
    if (outside.size() > kNamed)
        names = ThermalCaseBuilder::tr("%1 and %2 more").arg(names, QLocale().toString(outside.size() - kNamed));
    return ThermalCaseBuilder::tr(
        "Hall %1 cannot be simulated while these stand outside it: %2. Move them into the hall or enlarge it.")
        .arg(hall.name, names);
}

/// Builds the case of one hall in phases: the hall and its air, obstacles, racks, cooling units (with
/// the raised floor's tiles), containment and the false ceiling. assemble() returns the translated
/// error, empty on success.
class HallCaseAssembly {
public:
    HallCaseAssembly(const Plan &plan, const Hall &hall, engine::ThermalCase *c)
        : mPlan(plan), mHall(hall), mCase(*c), mCeilingM(hall.ceilingHeightM), mPlenum(hall.returnPlenumM > 0),
          mFalseCeilingM(mCeilingM - hall.returnPlenumM),
          mFanWallSplitM(mPlenum ? mFalseCeilingM : mCeilingM * kFanWallSupplyShare)
    {
    }

    QString assemble()
    {
        setHallAndAir();
        addObstacles();
        addRacks();
        if (QString error = addCoolers(); !error.isEmpty())
            return error;
        shareTileSupply();
        mCase.referenceTempC = mUnits > 0 ? float(mSupplyTempsC / mUnits + 5.0) : 25.0f;
        if (QString error = falseCeilingBelowRacks(); !error.isEmpty())
            return error;
        std::vector<Area> openings
            = addContainment(mPlan, mHall, mRows, mPlenum ? mFalseCeilingM : mCeilingM - kChimneyGapM, &mCase);
        if (mPlenum) {
            openings.insert(openings.end(), mUnitPlenumOpenings.begin(), mUnitPlenumOpenings.end());
            addFalseCeiling(mHall.widthM, mHall.depthM, openings, mFalseCeilingM, &mCase);
        }
        const std::string problem = engine::validateThermalCase(mCase);
        if (!problem.empty())
            return ThermalCaseBuilder::tr("The hall cannot be simulated: %1.").arg(QString::fromStdString(problem));
        return {};
    }

private:
    void setHallAndAir()
    {
        mCase.name = mHall.name.toStdString();
        mCase.sizeM[0] = float(mHall.widthM);
        mCase.sizeM[1] = float(mHall.depthM);
        mCase.sizeM[2] = float(mHall.ceilingHeightM);
        mCase.densityKgPerM3 = engine::kAirDensityKgPerM3;
        mCase.heatCapacityJPerKgK = engine::kAirHeatCapacityJPerKgK;
        mCase.limits = ThermalCaseBuilder::limitsFor(mHall.ashraeClass);
    }

    /// Columns, walls and obstacles become solids; open perforated tiles of a raised floor are kept for
    /// the CRAH supply.
    void addObstacles()
    {
        for (const auto &[id, o] : mPlan.all<Obstacle>()) {
            if (o.hallId != mHall.id)
                continue;
            if (o.kind == ObstacleKind::PerforatedTile) {
                if (mHall.floorType == FloorType::RaisedFloor && o.openAreaShare > 0)
                    mTiles.push_back(&o);
                continue;
            }
            const double top = o.heightM > 0 ? std::min(o.heightM, mCeilingM) : mCeilingM;
            mCase.solids.push_back(
                box(o.xM - o.widthM / 2, o.yM - o.depthM / 2, 0, o.xM + o.widthM / 2, o.yM + o.depthM / 2, top));
        }
    }

    void addRacks()
    {
        for (const Rack *rack : mPlan.racksInHall(mHall.id)) {
            const RackAir air = rackAir(mPlan, *rack);
            // Rear-to-front devices blow the other way; the rack's net direction follows the larger flow.
            const Facing front = air.reverseAirflowM3PerS > air.airflowM3PerS ? opposite(rack->facing) : rack->facing;
            double halfX, halfY;
            halfExtents(rack->widthMm / 1000.0, rack->depthMm / 1000.0, rack->facing, &halfX, &halfY);
            const double top = rackHeightM(*rack, mCeilingM);
            engine::ThermalRack r;
            r.id = rack->id;
            r.name = rack->name.toStdString();
            r.body = box(rack->xM - halfX, rack->yM - halfY, 0, rack->xM + halfX, rack->yM + halfY, top);
            r.intake = side(rack->xM, rack->yM, halfX, halfY, front, 0, top);
            r.exhaust = side(rack->xM, rack->yM, halfX, halfY, opposite(front), 0, top);
            r.heatToAirW = float(air.heatW);
            r.airflowM3PerS = float(air.airflowM3PerS + air.reverseAirflowM3PerS);
            mCase.racks.push_back(r);
            extendRow(*rack, halfX, halfY, top);
        }
    }

    void extendRow(const Rack &rack, double halfX, double halfY, double topM)
    {
        RowExtent &e = mRows[rack.rowId];
        if (!e.any)
            e.facing = rack.facing;
        e.any = true;
        e.x0 = std::min(e.x0, rack.xM - halfX);
        e.x1 = std::max(e.x1, rack.xM + halfX);
        e.y0 = std::min(e.y0, rack.yM - halfY);
        e.y1 = std::max(e.y1, rack.yM + halfY);
        e.topM = std::max(e.topM, topM);
    }

    /// The running air units of the hall, each with its body as a solid and its supply and return faces.
    QString addCoolers()
    {
        const Area allRows = rowsArea(mRows);
        for (const auto &[id, unit] : mPlan.all<CoolingUnit>()) {
            if (unit.hallId != mHall.id || !isAirUnit(unit.kind) || unit.standby)
                continue;
            const double flow = coolerAirflowM3PerS(unit);
            if (flow <= 0)
                return ThermalCaseBuilder::tr("Cooling unit %1 has neither an airflow nor a design temperature "
                                              "difference.")
                    .arg(unit.name);
            engine::ThermalCooler cooler = thermalCooler(unit);
            double halfX, halfY;
            halfExtents(unit.widthM, unit.depthM, unit.facing, &halfX, &halfY);
            const double bodyTop
                = unit.kind == CoolingKind::FanWall ? mCeilingM : std::min(kUnitBodyHeightM, mCeilingM);
            mCase.solids.push_back(box(unit.xM - halfX, unit.yM - halfY, 0, unit.xM + halfX, unit.yM + halfY, bodyTop));
            addCoolerFaces(unit, halfX, halfY, bodyTop, flow, &cooler);
            mSupplyTempsC += unit.supplyTempC;
            ++mUnits;
            mCase.coolers.push_back(cooler);
            mUnitPlenumOpenings.push_back(plenumOpening(unit, halfX, halfY, allRows));
        }
        return {};
    }

    void addCoolerFaces(
        const CoolingUnit &unit, double halfX, double halfY, double bodyTop, double flow, engine::ThermalCooler *cooler)
    {
        ThermalFace supply, back;
        switch (unit.kind) {
        case CoolingKind::FanWall:
            // Supply from the lower part of the wall, return through its upper part.
            // Under a return plenum the return is the part of the face inside the plenum.
            supply = side(unit.xM, unit.yM, halfX, halfY, unit.facing, 0, mFanWallSplitM);
            back = side(unit.xM, unit.yM, halfX, halfY, unit.facing, mFanWallSplitM, mCeilingM);
            break;
        case CoolingKind::InRow:
            supply = side(unit.xM, unit.yM, halfX, halfY, unit.facing, 0, bodyTop);
            back = side(unit.xM, unit.yM, halfX, halfY, opposite(unit.facing), 0, bodyTop);
            break;
        default:  // CRAH: return through its top; supply low on its facing side (or the floor tiles)
            supply = side(unit.xM, unit.yM, halfX, halfY, unit.facing, 0, bodyTop / 2);
            back.box = box(unit.xM - halfX, unit.yM - halfY, bodyTop, unit.xM + halfX, unit.yM + halfY, bodyTop);
            back.normalAxis = 2;
            back.normalSign = 1;
            break;
        }
        back.airflowM3PerS = float(flow);
        cooler->returns.push_back(back);
        if (unit.kind != CoolingKind::Crah || mTiles.empty()) {  // else: the floor tiles, shareTileSupply()
            supply.airflowM3PerS = float(flow);
            cooler->supply.push_back(supply);
        }
    }

    /// CRAH supply of a raised floor goes to the perforated tiles, shared by open area.
    void shareTileSupply()
    {
        double tileArea = 0;
        for (const Obstacle *t : mTiles)
            tileArea += t->widthM * t->depthM * t->openAreaShare;
        for (engine::ThermalCooler &cooler : mCase.coolers) {
            if (!cooler.supply.empty())
                continue;
            const double flow = cooler.returns.front().airflowM3PerS;
            for (const Obstacle *t : mTiles) {
                ThermalFace f;
                f.box = box(
                    t->xM - t->widthM / 2, t->yM - t->depthM / 2, 0, t->xM + t->widthM / 2, t->yM + t->depthM / 2, 0);
                f.normalAxis = 2;
                f.normalSign = 1;
                f.airflowM3PerS = float(flow * t->widthM * t->depthM * t->openAreaShare / tileArea);
                cooler.supply.push_back(f);
            }
        }
    }

    /// A false ceiling must lie above every rack; the translated error when it does not.
    QString falseCeilingBelowRacks() const
    {
        if (!mPlenum)
            return {};
        double tallest = 0;
        for (const engine::ThermalRack &r : mCase.racks)
            tallest = std::max(tallest, double(r.body.maxM[2]));
        if (mFalseCeilingM > tallest)
            return {};
        const QLocale locale;
        return ThermalCaseBuilder::tr("The false ceiling of hall %1 (%2 m above the floor, under a %3 m return "
                                      "plenum) is not above its tallest rack (%4 m).")
            .arg(mHall.name, locale.toString(mFalseCeilingM, 'f', 2), locale.toString(mHall.returnPlenumM, 'f', 2),
                locale.toString(tallest, 'f', 2));
    }

    const Plan &mPlan;
    const Hall &mHall;
    engine::ThermalCase &mCase;
    const double mCeilingM;
    const bool mPlenum;
    const double mFalseCeilingM;
    const double mFanWallSplitM;
    std::vector<const Obstacle *> mTiles;
    std::map<Id, RowExtent> mRows;
    std::vector<Area> mUnitPlenumOpenings;
    double mSupplyTempsC = 0;
    int mUnits = 0;
};

}  // namespace

engine::ThermalLimits ThermalCaseBuilder::limitsFor(AshraeClass ashraeClass)
{
    const AshraeInletLimits a = AshraeInletLimits::of(ashraeClass);
    return { enumName(ashraeClass).toStdString(), float(a.recommendedMinC), float(a.recommendedMaxC),
        float(a.allowableMinC), float(a.allowableMaxC) };
}

ThermalCaseBuild ThermalCaseBuilder::build(const Plan &plan, Id hallId)
{
    ThermalCaseBuild out;
    const Hall *hall = hallToBuild(plan, hallId);
    if (!hall) {
        out.error = tr("The plan has no such hall.");
        return out;
    }
    out.hallId = hall->id;
    out.error = whatStandsOutside(plan, *hall);
    if (out.ok())
        out.error = HallCaseAssembly(plan, *hall, &out.thermalCase).assemble();
    return out;
}

}  // namespace rw
