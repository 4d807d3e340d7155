#include "thermalcasebuilder.h"

#include "i18n/oneline.h"
#include "analysis/containedaisles.h"
#include "plan/ashraelimits.h"
#include "plan/footprint.h"
#include "plan/enumnames.h"
#include "plan/layoutchecks.h"

#include <rackwerk/engine/airflow.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

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

/// Reads a thermal case strictly: every key the format requires must be there with its type, numbers
/// must be finite and fit a float, ids must be whole numbers. Keeps the JSON path of the first problem.
class CaseReader {
public:
    QString error;

    bool fail(const QString &path, const QString &why)
    {
        if (error.isEmpty())
            error = ThermalCaseJson::tr("%1 %2.").arg(path, why);
        return false;
    }

    bool object(const QJsonValue &value, const QString &path, QJsonObject *out)
    {
        if (!value.isObject())
            return fail(path,
                value.isUndefined() ? ThermalCaseJson::tr("is missing") : ThermalCaseJson::tr("must be an object"));
        *out = value.toObject();
        return true;
    }

    bool array(const QJsonObject &o, const QString &key, const QString &path, QJsonArray *out)
    {
        const QJsonValue value = o.value(key);
        if (!value.isArray())
            return fail(at(path, key),
                value.isUndefined() ? ThermalCaseJson::tr("is missing") : ThermalCaseJson::tr("must be an array"));
        *out = value.toArray();
        return true;
    }

    bool number(const QJsonObject &o, const QString &key, const QString &path, float *out)
    {
        const QJsonValue value = o.value(key);
        if (value.isUndefined())
            return fail(at(path, key), ThermalCaseJson::tr("is missing"));
        return number(value, at(path, key), out);
    }

    bool number(const QJsonValue &value, const QString &path, float *out)
    {
        const double v = value.toDouble();
        if (!value.isDouble() || !std::isfinite(v) || std::fabs(v) > double(std::numeric_limits<float>::max()))
            return fail(path, ThermalCaseJson::tr("must be a number"));
        *out = float(v);
        return true;
    }

    bool id(const QJsonObject &o, const QString &path, long long *out)
    {
        const QJsonValue value = o.value(QStringLiteral("id"));
        const double v = value.toDouble();
        if (!value.isDouble() || v != std::floor(v) || std::fabs(v) > 9007199254740991.0)
            return fail(at(path, QStringLiteral("id")), ThermalCaseJson::tr("must be a whole number"));
        *out = static_cast<long long>(v);
        return true;
    }

    bool text(const QJsonObject &o, const QString &key, const QString &path, std::string *out)
    {
        const QJsonValue value = o.value(key);
        if (!value.isString())
            return fail(at(path, key),
                value.isUndefined() ? ThermalCaseJson::tr("is missing") : ThermalCaseJson::tr("must be text"));
        *out = value.toString().toStdString();
        return true;
    }

    bool vec(const QJsonObject &o, const QString &key, const QString &path, float *out)
    {
        const QJsonArray a = o.value(key).toArray();
        if (!o.value(key).isArray() || a.size() != 3)
            return fail(at(path, key), ThermalCaseJson::tr("must be three numbers"));
        for (int i = 0; i < 3; ++i) {
            if (!number(a.at(i), QStringLiteral("%1[%2]").arg(at(path, key)).arg(i), &out[i]))
                return false;
        }
        return true;
    }

    bool box(const QJsonValue &value, const QString &path, ThermalBox *b)
    {
        QJsonObject o;
        return object(value, path, &o) && vec(o, QStringLiteral("minM"), path, b->minM)
            && vec(o, QStringLiteral("maxM"), path, b->maxM);
    }

    bool face(const QJsonValue &value, const QString &path, ThermalFace *f, bool withFlow)
    {
        if (!box(value, path, &f->box))
            return false;
        const QJsonObject o = value.toObject();
        const QString normal = o.value(QStringLiteral("normal")).toString();
        const int index = int(std::find_if(std::begin(kNormals), std::end(kNormals), [&](const char *n) {
            return normal == QLatin1String(n);
        }) - std::begin(kNormals));
        if (!o.value(QStringLiteral("normal")).isString() || index >= 6)
            return fail(
                at(path, QStringLiteral("normal")), ThermalCaseJson::tr("must be one of +x, -x, +y, -y, +z and -z"));
        f->normalAxis = index / 2;
        f->normalSign = index % 2 == 0 ? 1 : -1;
        return !withFlow || number(o, QStringLiteral("airflowM3PerS"), path, &f->airflowM3PerS);
    }

    static QString at(const QString &path, const QString &key) { return path + QLatin1Char('.') + key; }
    static QString item(const QString &path, qsizetype index) { return QStringLiteral("%1[%2]").arg(path).arg(index); }
};

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
    if (parse.error != QJsonParseError::NoError) {
        *error = tr("The thermal case is not valid JSON: %1 at byte %2.").arg(parse.errorString()).arg(parse.offset);
        return false;
    }
    if (!doc.isObject()) {
        *error = tr("The thermal case must be a JSON object, not an array.");
        return false;
    }
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("rackwerk-thermal-case")
        || o.value(QStringLiteral("version")).toDouble() != 1.0 || !o.value(QStringLiteral("version")).isDouble()) {
        *error = tr("Not a Rackwerk thermal case of version 1.");
        return false;
    }
    engine::ThermalCase out;
    CaseReader r;
    const QString root = QStringLiteral("$");
    auto bad = [&] {
        *error = oneLine(tr("The thermal case is not valid: %1").arg(r.error));
        return false;
    };
    QJsonArray solids, panels, racks, coolers;
    if (!r.text(o, QStringLiteral("name"), root, &out.name) || !r.vec(o, QStringLiteral("sizeM"), root, out.sizeM)
        || !r.array(o, QStringLiteral("solids"), root, &solids) || !r.array(o, QStringLiteral("panels"), root, &panels)
        || !r.array(o, QStringLiteral("racks"), root, &racks) || !r.array(o, QStringLiteral("coolers"), root, &coolers))
        return bad();
    for (qsizetype i = 0; i < solids.size(); ++i) {
        out.solids.emplace_back();
        if (!r.box(solids.at(i), CaseReader::item(QStringLiteral("$.solids"), i), &out.solids.back()))
            return bad();
    }
    for (qsizetype i = 0; i < panels.size(); ++i) {
        out.panels.emplace_back();
        if (!r.box(panels.at(i), CaseReader::item(QStringLiteral("$.panels"), i), &out.panels.back()))
            return bad();
    }
    for (qsizetype i = 0; i < racks.size(); ++i) {
        const QString path = CaseReader::item(QStringLiteral("$.racks"), i);
        QJsonObject rackObject;
        engine::ThermalRack rack;
        if (!r.object(racks.at(i), path, &rackObject) || !r.id(rackObject, path, &rack.id)
            || !r.text(rackObject, QStringLiteral("name"), path, &rack.name)
            || !r.box(rackObject.value(QStringLiteral("box")), CaseReader::at(path, QStringLiteral("box")), &rack.body)
            || !r.face(rackObject.value(QStringLiteral("intake")), CaseReader::at(path, QStringLiteral("intake")),
                &rack.intake, false)
            || !r.face(rackObject.value(QStringLiteral("exhaust")), CaseReader::at(path, QStringLiteral("exhaust")),
                &rack.exhaust, false)
            || !r.number(rackObject, QStringLiteral("heatToAirW"), path, &rack.heatToAirW)
            || !r.number(rackObject, QStringLiteral("airflowM3PerS"), path, &rack.airflowM3PerS))
            return bad();
        out.racks.push_back(rack);
    }
    for (qsizetype i = 0; i < coolers.size(); ++i) {
        const QString path = CaseReader::item(QStringLiteral("$.coolers"), i);
        QJsonObject u;
        engine::ThermalCooler cooler;
        QJsonArray supply, back;
        if (!r.object(coolers.at(i), path, &u) || !r.id(u, path, &cooler.id)
            || !r.text(u, QStringLiteral("name"), path, &cooler.name)
            || !r.array(u, QStringLiteral("supply"), path, &supply)
            || !r.array(u, QStringLiteral("return"), path, &back)
            || !r.number(u, QStringLiteral("supplyTempC"), path, &cooler.supplyTempC)
            || !r.number(u, QStringLiteral("capacityW"), path, &cooler.capacityW))
            return bad();
        for (qsizetype f = 0; f < supply.size(); ++f) {
            cooler.supply.emplace_back();
            if (!r.face(supply.at(f), CaseReader::item(CaseReader::at(path, QStringLiteral("supply")), f),
                    &cooler.supply.back(), true))
                return bad();
        }
        for (qsizetype f = 0; f < back.size(); ++f) {
            cooler.returns.emplace_back();
            if (!r.face(back.at(f), CaseReader::item(CaseReader::at(path, QStringLiteral("return")), f),
                    &cooler.returns.back(), true))
                return bad();
        }
        for (const auto &[key, target] : { std::pair { QStringLiteral("coilWaterC"), &cooler.coilWaterC },
                 std::pair { QStringLiteral("designReturnC"), &cooler.designReturnC } }) {
            if (u.contains(key) && !r.number(u, key, path, target))
                return bad();
        }
        out.coolers.push_back(cooler);
    }
    QJsonObject air;
    if (!r.object(o.value(QStringLiteral("air")), QStringLiteral("$.air"), &air)
        || !r.number(air, QStringLiteral("densityKgPerM3"), QStringLiteral("$.air"), &out.densityKgPerM3)
        || !r.number(air, QStringLiteral("heatCapacityJPerKgK"), QStringLiteral("$.air"), &out.heatCapacityJPerKgK)
        || !r.number(air, QStringLiteral("referenceTempC"), QStringLiteral("$.air"), &out.referenceTempC))
        return bad();
    // Rackwerk's addition: the ASHRAE class's limits; without it the case uses A2.
    if (o.contains(QStringLiteral("ashrae"))) {
        const QString path = QStringLiteral("$.ashrae");
        QJsonObject ashrae;
        engine::ThermalLimits &l = out.limits;
        if (!r.object(o.value(QStringLiteral("ashrae")), path, &ashrae)
            || !r.text(ashrae, QStringLiteral("class"), path, &l.ashraeClass)
            || !r.number(ashrae, QStringLiteral("recommendedMinC"), path, &l.recommendedMinC)
            || !r.number(ashrae, QStringLiteral("recommendedMaxC"), path, &l.recommendedMaxC)
            || !r.number(ashrae, QStringLiteral("allowableMinC"), path, &l.allowableMinC)
            || !r.number(ashrae, QStringLiteral("allowableMaxC"), path, &l.allowableMaxC))
            return bad();
    }
    const std::string problem = engine::validateThermalCase(out);
    if (!problem.empty()) {
        *error = oneLine(tr("The thermal case cannot be simulated: %1.").arg(QString::fromStdString(problem)));
        return false;
    }
    *c = std::move(out);
    return true;
}

}  // namespace rw
