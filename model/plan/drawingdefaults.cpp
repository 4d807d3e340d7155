// SPDX-License-Identifier: GPL-3.0-or-later
#include "drawingdefaults.h"

#include "dcdistribution.h"

#include <rackwerk/engine/airflow.h>

#include <cmath>

namespace rw {

std::vector<RackTemplate> DrawingDefaults::rackTemplates()
{
    std::vector<RackTemplate> out;
    auto make = [&out](const QString &name, double widthMm, double depthMm, int heightU, double budgetKw,
                    double staticLoadKg, RackCooling cooling) {
        Rack rack;
        rack.widthMm = widthMm;
        rack.depthMm = depthMm;
        rack.heightU = heightU;
        rack.maxPowerKw = budgetKw;
        rack.staticLoadKg = staticLoadKg;
        rack.emptyWeightKg = widthMm > 700 ? 180.0 : 150.0;
        rack.cooling = cooling;
        out.push_back({ name, rack });
    };
    // Starting values within docs/domain-facts.md#rack-densities.
    // Air: a DGX B200 rack (4 x 14.3 kW). Liquid: GB200 NVL72 class (~132 kW, 1,360 kg). Network: 800 mm wide.
    make(tr("Air, 600 x 1200 mm, 48 U, 60 kW"), 600, 1200, 48, 60, 1500, RackCooling::Air);
    make(tr("Air, 600 x 1200 mm, 42 U, 20 kW"), 600, 1200, 42, 20, 1200, RackCooling::Air);
    make(tr("Liquid, 600 x 1200 mm, 48 U, 140 kW"), 600, 1200, 48, 140, 1600, RackCooling::Liquid);
    make(tr("Hybrid, 800 x 1200 mm, 48 U, 80 kW"), 800, 1200, 48, 80, 1500, RackCooling::Hybrid);
    make(tr("Network, 800 x 1200 mm, 48 U, 15 kW"), 800, 1200, 48, 15, 1200, RackCooling::Air);
    return out;
}

CoolingUnit DrawingDefaults::coolingUnit(CoolingKind kind)
{
    CoolingUnit unit;
    unit.kind = kind;
    // Room-air units move the air that carries their rating from the design return to the supply
    // temperature (rounded up to 1,000 m³/h), so that rating and airflow agree (docs/cooling-budget.md).
    auto airflowFor = [&unit](double capacityKw) {
        const double deltaT = unit.returnTempC - unit.supplyTempC;
        return std::ceil(capacityKw * 1000.0
                   / (engine::air::kDensityKgPerM3 * engine::air::kHeatCapacityJPerKgK * deltaT) * 3.6)
            * 1000.0;
    };
    switch (kind) {
    case CoolingKind::Crah:
        unit.widthM = 2.5, unit.depthM = 0.9, unit.capacityKw = 150, unit.airflowM3PerH = airflowFor(150),
        unit.powerDrawKw = 6;
        break;
    case CoolingKind::FanWall:
        unit.widthM = 2.0, unit.depthM = 0.9, unit.capacityKw = 600, unit.airflowM3PerH = airflowFor(600),
        unit.powerDrawKw = 20;
        break;
    case CoolingKind::InRow:
        unit.widthM = 0.3, unit.depthM = 1.2, unit.capacityKw = 40, unit.airflowM3PerH = airflowFor(40),
        unit.powerDrawKw = 1;
        break;
    case CoolingKind::RearDoor:
        unit.widthM = 0.6, unit.depthM = 0.2, unit.capacityKw = 50, unit.airflowM3PerH = 0, unit.powerDrawKw = 0.5;
        break;
    case CoolingKind::Cdu:
        unit.widthM = 0.6, unit.depthM = 1.2, unit.capacityKw = 1000, unit.supplyTempC = 32, unit.returnTempC = 42,
        unit.facilityWaterSupplyC = 27, unit.powerDrawKw = 8;
        break;
    case CoolingKind::Chiller:
    case CoolingKind::DryCooler:
    case CoolingKind::WaterHeatExchanger:
        unit.widthM = 2.5, unit.depthM = 6.0, unit.capacityKw = 1500, unit.powerDrawKw = 30;
        break;
    }
    return unit;
}

PowerNode DrawingDefaults::powerNode(PowerNodeKind kind)
{
    PowerNode node;
    node.kind = kind;
    node.efficiency25 = node.efficiency50 = node.efficiency75 = node.efficiency100 = 0.99;
    switch (kind) {
    case PowerNodeKind::Pdu:
        node.ratingKw = 300, node.ratingKva = 315;
        break;
    case PowerNodeKind::Rpp:
        node.ratingKw = 150, node.ratingKva = 160;
        break;
    case PowerNodeKind::Busway:
        node.ratingKw = 1100, node.ratingKva = 1100;
        break;
    case PowerNodeKind::Rectifier:
        node.ratingKw = 3000, node.ratingKva = 3000;
        node.efficiency25 = dc::kRectifierEfficiency[0], node.efficiency50 = dc::kRectifierEfficiency[1];
        node.efficiency75 = dc::kRectifierEfficiency[2], node.efficiency100 = dc::kRectifierEfficiency[3];
        break;
    case PowerNodeKind::DcBusway:
        node.ratingKw = 1100, node.ratingKva = 1100;
        node.efficiency25 = dc::kDcBuswayEfficiency[0], node.efficiency50 = dc::kDcBuswayEfficiency[1];
        node.efficiency75 = dc::kDcBuswayEfficiency[2], node.efficiency100 = dc::kDcBuswayEfficiency[3];
        break;
    default:
        node.ratingKw = 500, node.ratingKva = 500;
        break;
    }
    return node;
}

Obstacle DrawingDefaults::obstacle(ObstacleKind kind)
{
    Obstacle obstacle;
    obstacle.kind = kind;
    if (kind == ObstacleKind::PerforatedTile)
        obstacle.openAreaShare = 0.25;
    if (kind == ObstacleKind::Wall)
        obstacle.widthM = 0.2;
    return obstacle;
}

Label DrawingDefaults::label()
{
    Label label;
    label.heightM = 0.5;
    label.rotationDeg = 0;
    return label;
}

Facing DrawingDefaults::rowFacing(QPointF start, QPointF end, Facing wanted)
{
    const bool alongX = std::abs(end.x() - start.x()) >= std::abs(end.y() - start.y());
    if (alongX)
        return wanted == Facing::East ? Facing::South : wanted == Facing::West ? Facing::North : wanted;
    return wanted == Facing::North ? Facing::West : wanted == Facing::South ? Facing::East : wanted;
}

std::vector<Rack> DrawingDefaults::racksAlong(QPointF start, QPointF end, const Rack &prototype, Facing wanted)
{
    const Facing facing = rowFacing(start, end, wanted);
    const bool alongX = facing == Facing::North || facing == Facing::South;
    const double pitchM = prototype.widthMm / 1000.0;
    const double from = alongX ? start.x() : start.y();
    const double to = alongX ? end.x() : end.y();
    const int count = std::max(1, int(std::floor(std::abs(to - from) / pitchM + 1e-6)));
    const double first = std::min(from, to < from ? from - count * pitchM : from);
    std::vector<Rack> racks;
    for (int k = 0; k < count; ++k) {
        Rack rack = prototype;
        rack.id = kNoId;
        rack.facing = facing;
        const double along = first + (k + 0.5) * pitchM;
        rack.xM = alongX ? along : start.x();
        rack.yM = alongX ? start.y() : along;
        racks.push_back(rack);
    }
    return racks;
}

QString DrawingDefaults::nextRowName(const Plan &plan, Id hallId)
{
    for (int n = 1;; ++n) {
        const QString name = tr("Row %1").arg(n);
        bool used = false;
        for (const auto &[id, row] : plan.all<Row>())
            used = used || (row.hallId == hallId && row.name == name);
        if (!used)
            return name;
    }
}

}  // namespace rw
