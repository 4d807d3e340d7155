#include "thermalcasebuilder.h"

#include "analysis/containedaisles.h"
#include "plan/ashraelimits.h"
#include "plan/enumnames.h"
#include "plan/layoutchecks.h"

#include <rackwerk/engine/airflow.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace rw {
namespace {

using engine::ThermalBox;
using engine::ThermalFace;

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

Facing opposite(Facing facing)
{
    switch (facing) {
    case Facing::North:
        return Facing::South;
    case Facing::South:
        return Facing::North;
    case Facing::East:
        return Facing::West;
    case Facing::West:
        return Facing::East;
    }
    return Facing::North;
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
    const Hall *hall = nullptr;
    if (hallId == kNoId) {
        if (!plan.all<Hall>().empty())
            hall = &plan.all<Hall>().begin()->second;
    } else {
        hall = plan.find<Hall>(hallId);
    }
    if (!hall) {
        out.error = tr("The plan has no such hall.");
        return out;
    }
    out.hallId = hall->id;
    // What stands outside the hall cannot be simulated in its air: clipping or leaving it out would
    // give figures for another hall than the one drawn.
    QStringList outside;
    for (const OutsideItem &item : LayoutChecks::outsideHall(plan, hall->id)) {
        const CoolingUnit *unit = item.kind == EntityKind::CoolingUnit ? plan.find<CoolingUnit>(item.id) : nullptr;
        if (item.kind != EntityKind::PowerNode && (!unit || isAirUnit(unit->kind)))
            outside << item.name;
    }
    if (!outside.isEmpty()) {
        constexpr qsizetype kNamed = 8;
        QString names = outside.mid(0, kNamed).join(QStringLiteral(", "));
        if (outside.size() > kNamed)
            names = tr("%1 and %2 more").arg(names, QLocale().toString(outside.size() - kNamed));
        out.error = tr("Hall %1 cannot be simulated while these stand outside it: %2. Move them into the hall or "
                       "enlarge it.")
                        .arg(hall->name, names);
        return out;
    }
    engine::ThermalCase &c = out.thermalCase;
    c.name = hall->name.toStdString();
    c.sizeM[0] = float(hall->widthM);
    c.sizeM[1] = float(hall->depthM);
    c.sizeM[2] = float(hall->ceilingHeightM);
    c.densityKgPerM3 = engine::kAirDensityKgPerM3;
    c.heatCapacityJPerKgK = engine::kAirHeatCapacityJPerKgK;
    c.limits = limitsFor(hall->ashraeClass);
    const double ceiling = hall->ceilingHeightM;
    const bool plenum = hall->returnPlenumM > 0;
    const double falseCeilingM = ceiling - hall->returnPlenumM;
    const double fanWallSplitM = plenum ? falseCeilingM : ceiling * kFanWallSupplyShare;

    std::vector<const Obstacle *> tiles;
    for (const auto &[id, o] : plan.all<Obstacle>()) {
        if (o.hallId != hall->id)
            continue;
        if (o.kind == ObstacleKind::PerforatedTile) {
            if (hall->floorType == FloorType::RaisedFloor && o.openAreaShare > 0)
                tiles.push_back(&o);
            continue;
        }
        const double top = o.heightM > 0 ? std::min(o.heightM, ceiling) : ceiling;
        c.solids.push_back(
            box(o.xM - o.widthM / 2, o.yM - o.depthM / 2, 0, o.xM + o.widthM / 2, o.yM + o.depthM / 2, top));
    }

    std::map<Id, RowExtent> rows;
    std::vector<Area> unitPlenumOpenings;
    double supplyTemps = 0;
    int units = 0;
    for (const Rack *rack : plan.racksInHall(hall->id)) {
        double heatW = 0, airflow = 0, reverseAirflow = 0;
        for (const MountedDevice *device : plan.devicesInRack(rack->id)) {
            const DeviceType *type = plan.find<DeviceType>(device->typeKey);
            if (!type)
                continue;
            const double toAir = type->maxPowerW * (1.0 - type->liquidHeatShare);
            heatW += toAir;
            const engine::AirHeatSource source { float(toAir), float(type->designDeltaTK),
                float(type->airflowM3PerH / 3600.0) };
            (type->airflow == Airflow::RearToFront ? reverseAirflow : airflow) += engine::airflowDemandM3PerS(source);
        }
        // Rear-to-front devices blow the other way; the rack's net direction follows the larger flow.
        const Facing front = reverseAirflow > airflow ? opposite(rack->facing) : rack->facing;
        double halfX, halfY;
        halfExtents(rack->widthMm / 1000.0, rack->depthMm / 1000.0, rack->facing, &halfX, &halfY);
        const double top = rackHeightM(*rack, ceiling);
        engine::ThermalRack r;
        r.id = rack->id;
        r.name = rack->name.toStdString();
        r.body = box(rack->xM - halfX, rack->yM - halfY, 0, rack->xM + halfX, rack->yM + halfY, top);
        r.intake = side(rack->xM, rack->yM, halfX, halfY, front, 0, top);
        r.exhaust = side(rack->xM, rack->yM, halfX, halfY, opposite(front), 0, top);
        r.heatToAirW = float(heatW);
        r.airflowM3PerS = float(airflow + reverseAirflow);
        c.racks.push_back(r);
        RowExtent &e = rows[rack->rowId];
        if (!e.any)
            e.facing = rack->facing;
        e.any = true;
        e.x0 = std::min(e.x0, rack->xM - halfX);
        e.x1 = std::max(e.x1, rack->xM + halfX);
        e.y0 = std::min(e.y0, rack->yM - halfY);
        e.y1 = std::max(e.y1, rack->yM + halfY);
        e.topM = std::max(e.topM, top);
    }

    // CRAH supply of a raised floor goes to the perforated tiles, shared by open area.
    double tileArea = 0;
    for (const Obstacle *t : tiles)
        tileArea += t->widthM * t->depthM * t->openAreaShare;
    const Area allRows = rowsArea(rows);
    for (const auto &[id, unit] : plan.all<CoolingUnit>()) {
        if (unit.hallId != hall->id || !isAirUnit(unit.kind) || unit.standby)
            continue;
        double flow = unit.airflowM3PerH / 3600.0;
        const double deltaT = unit.returnTempC - unit.supplyTempC;
        if (flow <= 0 && deltaT > 0)
            flow = unit.capacityKw * 1000.0 / (engine::kAirDensityKgPerM3 * engine::kAirHeatCapacityJPerKgK * deltaT);
        if (flow <= 0) {
            out.error
                = tr("Cooling unit %1 has neither an airflow nor a design temperature difference.").arg(unit.name);
            return out;
        }
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
        double halfX, halfY;
        halfExtents(unit.widthM, unit.depthM, unit.facing, &halfX, &halfY);
        const double bodyTop = unit.kind == CoolingKind::FanWall ? ceiling : std::min(kUnitBodyHeightM, ceiling);
        c.solids.push_back(box(unit.xM - halfX, unit.yM - halfY, 0, unit.xM + halfX, unit.yM + halfY, bodyTop));
        ThermalFace supply, back;
        switch (unit.kind) {
        case CoolingKind::FanWall:
            // Supply from the lower part of the wall, return through its upper part.
            // Under a return plenum the return is the part of the face inside the plenum.
            supply = side(unit.xM, unit.yM, halfX, halfY, unit.facing, 0, fanWallSplitM);
            back = side(unit.xM, unit.yM, halfX, halfY, unit.facing, fanWallSplitM, ceiling);
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
        cooler.returns.push_back(back);
        if (unit.kind != CoolingKind::Crah || tiles.empty()) {  // else: the floor tiles, below
            supply.airflowM3PerS = float(flow);
            cooler.supply.push_back(supply);
        }
        supplyTemps += unit.supplyTempC;
        ++units;
        c.coolers.push_back(cooler);
        unitPlenumOpenings.push_back(plenumOpening(unit, halfX, halfY, allRows));
    }
    for (engine::ThermalCooler &cooler : c.coolers) {
        if (!cooler.supply.empty())
            continue;
        const double flow = cooler.returns.front().airflowM3PerS;
        for (const Obstacle *t : tiles) {
            ThermalFace f;
            f.box
                = box(t->xM - t->widthM / 2, t->yM - t->depthM / 2, 0, t->xM + t->widthM / 2, t->yM + t->depthM / 2, 0);
            f.normalAxis = 2;
            f.normalSign = 1;
            f.airflowM3PerS = float(flow * t->widthM * t->depthM * t->openAreaShare / tileArea);
            cooler.supply.push_back(f);
        }
    }
    c.referenceTempC = units > 0 ? float(supplyTemps / units + 5.0) : 25.0f;
    if (plenum) {
        double tallest = 0;
        for (const engine::ThermalRack &r : c.racks)
            tallest = std::max(tallest, double(r.body.maxM[2]));
        if (falseCeilingM <= tallest) {
            const QLocale locale;
            out.error = tr("The false ceiling of hall %1 (%2 m above the floor, under a %3 m return plenum) is not "
                           "above its tallest rack (%4 m).")
                            .arg(hall->name, locale.toString(falseCeilingM, 'f', 2),
                                locale.toString(hall->returnPlenumM, 'f', 2), locale.toString(tallest, 'f', 2));
            return out;
        }
    }
    std::vector<Area> openings = addContainment(plan, *hall, rows, plenum ? falseCeilingM : ceiling - kChimneyGapM, &c);
    if (plenum) {
        openings.insert(openings.end(), unitPlenumOpenings.begin(), unitPlenumOpenings.end());
        addFalseCeiling(hall->widthM, hall->depthM, openings, falseCeilingM, &c);
    }
    const std::string problem = engine::validateThermalCase(c);
    if (!problem.empty())
        out.error = tr("The hall cannot be simulated: %1.").arg(QString::fromStdString(problem));
    return out;
}

// ---- JSON ----

namespace {

const char *const kNormals[6] = { "+x", "-x", "+y", "-y", "+z", "-z" };

QJsonArray vec(const float *v)
{
    return QJsonArray { double(v[0]), double(v[1]), double(v[2]) };
}

QJsonObject boxJson(const ThermalBox &b)
{
    return QJsonObject { { QStringLiteral("minM"), vec(b.minM) }, { QStringLiteral("maxM"), vec(b.maxM) } };
}

QJsonObject faceJson(const ThermalFace &f, bool withFlow)
{
    QJsonObject o = boxJson(f.box);
    o.insert(QStringLiteral("normal"), QLatin1String(kNormals[f.normalAxis * 2 + (f.normalSign > 0 ? 0 : 1)]));
    if (withFlow)
        o.insert(QStringLiteral("airflowM3PerS"), double(f.airflowM3PerS));
    return o;
}

bool readVec(const QJsonValue &value, float *out)
{
    const QJsonArray a = value.toArray();
    if (a.size() != 3)
        return false;
    for (int i = 0; i < 3; ++i) {
        if (!a.at(i).isDouble())
            return false;
        out[i] = float(a.at(i).toDouble());
    }
    return true;
}

bool readBox(const QJsonValue &value, ThermalBox *b)
{
    const QJsonObject o = value.toObject();
    return readVec(o.value(QStringLiteral("minM")), b->minM) && readVec(o.value(QStringLiteral("maxM")), b->maxM);
}

bool readFace(const QJsonValue &value, ThermalFace *f, bool withFlow)
{
    if (!readBox(value, &f->box))
        return false;
    const QString normal = value.toObject().value(QStringLiteral("normal")).toString();
    const int index = int(std::find_if(std::begin(kNormals), std::end(kNormals), [&](const char *n) {
        return normal == QLatin1String(n);
    }) - std::begin(kNormals));
    if (index >= 6)
        return false;
    f->normalAxis = index / 2;
    f->normalSign = index % 2 == 0 ? 1 : -1;
    if (withFlow) {
        const QJsonValue flow = value.toObject().value(QStringLiteral("airflowM3PerS"));
        if (!flow.isDouble())
            return false;
        f->airflowM3PerS = float(flow.toDouble());
    }
    return true;
}

}  // namespace

QByteArray ThermalCaseJson::toBytes(const engine::ThermalCase &c)
{
    QJsonArray solids, panels, racks, coolers;
    for (const ThermalBox &b : c.solids)
        solids.append(boxJson(b));
    for (const ThermalBox &b : c.panels)
        panels.append(boxJson(b));
    for (const engine::ThermalRack &r : c.racks) {
        racks.append(QJsonObject { { QStringLiteral("id"), double(r.id) },
            { QStringLiteral("name"), QString::fromStdString(r.name) }, { QStringLiteral("box"), boxJson(r.body) },
            { QStringLiteral("intake"), faceJson(r.intake, false) },
            { QStringLiteral("exhaust"), faceJson(r.exhaust, false) },
            { QStringLiteral("heatToAirW"), double(r.heatToAirW) },
            { QStringLiteral("airflowM3PerS"), double(r.airflowM3PerS) } });
    }
    for (const engine::ThermalCooler &u : c.coolers) {
        QJsonArray supply, back;
        for (const ThermalFace &f : u.supply)
            supply.append(faceJson(f, true));
        for (const ThermalFace &f : u.returns)
            back.append(faceJson(f, true));
        coolers.append(QJsonObject { { QStringLiteral("id"), double(u.id) },
            { QStringLiteral("name"), QString::fromStdString(u.name) }, { QStringLiteral("supply"), supply },
            { QStringLiteral("return"), back }, { QStringLiteral("supplyTempC"), double(u.supplyTempC) },
            { QStringLiteral("capacityW"), double(u.capacityW) } });
        if (u.hasCoil()) {
            QJsonObject unit = coolers.last().toObject();
            unit.insert(QStringLiteral("coilWaterC"), double(u.coilWaterC));
            unit.insert(QStringLiteral("designReturnC"), double(u.designReturnC));
            coolers.replace(coolers.size() - 1, unit);
        }
    }
    const engine::ThermalLimits &l = c.limits;
    const QJsonObject o { { QStringLiteral("format"), QStringLiteral("rackwerk-thermal-case") },
        { QStringLiteral("version"), 1 }, { QStringLiteral("name"), QString::fromStdString(c.name) },
        { QStringLiteral("sizeM"), vec(c.sizeM) }, { QStringLiteral("solids"), solids },
        { QStringLiteral("panels"), panels }, { QStringLiteral("racks"), racks },
        { QStringLiteral("coolers"), coolers },
        { QStringLiteral("air"),
            QJsonObject { { QStringLiteral("densityKgPerM3"), double(c.densityKgPerM3) },
                { QStringLiteral("heatCapacityJPerKgK"), double(c.heatCapacityJPerKgK) },
                { QStringLiteral("referenceTempC"), double(c.referenceTempC) } } },
        { QStringLiteral("ashrae"),
            QJsonObject { { QStringLiteral("class"), QString::fromStdString(l.ashraeClass) },
                { QStringLiteral("recommendedMinC"), double(l.recommendedMinC) },
                { QStringLiteral("recommendedMaxC"), double(l.recommendedMaxC) },
                { QStringLiteral("allowableMinC"), double(l.allowableMinC) },
                { QStringLiteral("allowableMaxC"), double(l.allowableMaxC) } } } };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool ThermalCaseJson::fromBytes(const QByteArray &bytes, engine::ThermalCase *c, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parse);
    if (doc.isNull() || !doc.isObject()) {
        *error = tr("Not a JSON object: %1").arg(parse.errorString());
        return false;
    }
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("rackwerk-thermal-case")
        || o.value(QStringLiteral("version")).toInt() != 1) {
        *error = tr("Not a Rackwerk thermal case of version 1.");
        return false;
    }
    engine::ThermalCase out;
    auto bad = [error](const QString &what) {
        *error = tr("The thermal case has an invalid %1.").arg(what);
        return false;
    };
    out.name = o.value(QStringLiteral("name")).toString().toStdString();
    if (!readVec(o.value(QStringLiteral("sizeM")), out.sizeM))
        return bad(QStringLiteral("sizeM"));
    for (const QJsonValue &v : o.value(QStringLiteral("solids")).toArray()) {
        out.solids.emplace_back();
        if (!readBox(v, &out.solids.back()))
            return bad(QStringLiteral("solid"));
    }
    for (const QJsonValue &v : o.value(QStringLiteral("panels")).toArray()) {
        out.panels.emplace_back();
        if (!readBox(v, &out.panels.back()))
            return bad(QStringLiteral("panel"));
    }
    for (const QJsonValue &v : o.value(QStringLiteral("racks")).toArray()) {
        const QJsonObject r = v.toObject();
        engine::ThermalRack rack;
        rack.id = r.value(QStringLiteral("id")).toInteger();
        rack.name = r.value(QStringLiteral("name")).toString().toStdString();
        if (!readBox(r.value(QStringLiteral("box")), &rack.body)
            || !readFace(r.value(QStringLiteral("intake")), &rack.intake, false)
            || !readFace(r.value(QStringLiteral("exhaust")), &rack.exhaust, false)
            || !r.value(QStringLiteral("heatToAirW")).isDouble()
            || !r.value(QStringLiteral("airflowM3PerS")).isDouble())
            return bad(QStringLiteral("rack"));
        rack.heatToAirW = float(r.value(QStringLiteral("heatToAirW")).toDouble());
        rack.airflowM3PerS = float(r.value(QStringLiteral("airflowM3PerS")).toDouble());
        out.racks.push_back(rack);
    }
    for (const QJsonValue &v : o.value(QStringLiteral("coolers")).toArray()) {
        const QJsonObject u = v.toObject();
        engine::ThermalCooler cooler;
        cooler.id = u.value(QStringLiteral("id")).toInteger();
        cooler.name = u.value(QStringLiteral("name")).toString().toStdString();
        for (const QJsonValue &f : u.value(QStringLiteral("supply")).toArray()) {
            cooler.supply.emplace_back();
            if (!readFace(f, &cooler.supply.back(), true))
                return bad(QStringLiteral("cooler supply face"));
        }
        for (const QJsonValue &f : u.value(QStringLiteral("return")).toArray()) {
            cooler.returns.emplace_back();
            if (!readFace(f, &cooler.returns.back(), true))
                return bad(QStringLiteral("cooler return face"));
        }
        if (!u.value(QStringLiteral("supplyTempC")).isDouble())
            return bad(QStringLiteral("supplyTempC"));
        cooler.supplyTempC = float(u.value(QStringLiteral("supplyTempC")).toDouble());
        cooler.capacityW = float(u.value(QStringLiteral("capacityW")).toDouble(0.0));
        for (const auto &[key, target] : { std::pair { QStringLiteral("coilWaterC"), &cooler.coilWaterC },
                 std::pair { QStringLiteral("designReturnC"), &cooler.designReturnC } }) {
            if (!u.contains(key))
                continue;
            if (!u.value(key).isDouble())
                return bad(key);
            *target = float(u.value(key).toDouble());
        }
        out.coolers.push_back(cooler);
    }
    const QJsonObject air = o.value(QStringLiteral("air")).toObject();
    out.densityKgPerM3 = float(air.value(QStringLiteral("densityKgPerM3")).toDouble(1.2));
    out.heatCapacityJPerKgK = float(air.value(QStringLiteral("heatCapacityJPerKgK")).toDouble(1005.0));
    out.referenceTempC = float(air.value(QStringLiteral("referenceTempC")).toDouble(25.0));
    const QJsonObject ashrae = o.value(QStringLiteral("ashrae")).toObject();
    if (!ashrae.isEmpty()) {
        out.limits.ashraeClass = ashrae.value(QStringLiteral("class")).toString().toStdString();
        out.limits.recommendedMinC = float(ashrae.value(QStringLiteral("recommendedMinC")).toDouble(18));
        out.limits.recommendedMaxC = float(ashrae.value(QStringLiteral("recommendedMaxC")).toDouble(27));
        out.limits.allowableMinC = float(ashrae.value(QStringLiteral("allowableMinC")).toDouble(10));
        out.limits.allowableMaxC = float(ashrae.value(QStringLiteral("allowableMaxC")).toDouble(35));
    }
    const std::string problem = engine::validateThermalCase(out);
    if (!problem.empty()) {
        *error = tr("The thermal case cannot be simulated: %1.").arg(QString::fromStdString(problem));
        return false;
    }
    *c = std::move(out);
    return true;
}

}  // namespace rw
