// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small halls for the air-path checks and the thermal reasons, and the plan of issue 15 that a new user
// draws with the program's defaults. Header-only; include with a relative path.

#include "plan/drawingdefaults.h"
#include "plan/plan.h"
#include "plan/planfiller.h"

#include <QString>

namespace rwtest {

using namespace rw;

/// Builds a hall with rows of racks and cooling units, from the drawing defaults where a new user
/// would use them.
class AirPathBuilder {
public:
    explicit AirPathBuilder(Plan &plan, double widthM, double depthM, double ceilingM = 4.0) : mPlan(plan)
    {
        Hall hall;
        hall.id = plan.allocateId();
        hall.name = QStringLiteral("Hall 1");
        hall.widthM = widthM;
        hall.depthM = depthM;
        hall.ceilingHeightM = ceilingM;
        PlanFiller(plan).insert(hall);
        hallId = hall.id;
        DeviceType dgx;  // the catalogue's DGX B200: 14.3 kW, 2,633.5 m³/h front to rear
        dgx.key = QStringLiteral("nvidia-dgx-b200");
        dgx.model = QStringLiteral("DGX B200");
        dgx.heightU = 10;
        dgx.depthMm = 897.1;
        dgx.maxPowerW = 14300;
        dgx.typicalPowerW = 11400;
        dgx.idlePowerW = 3000;
        dgx.airflowM3PerH = 2633.5;
        dgx.designDeltaTK = 16.2;
        PlanFiller(plan).insert(dgx);
    }

    /// Changes the hall.
    template <class F> void editHall(F change)
    {
        Hall hall = *mPlan.find<Hall>(hallId);
        change(hall);
        PlanFiller(mPlan).replace(hall);
    }

    /// A row of `count` racks (the first rack template: 600 x 1200 mm, 48 U) along x from x0, centred on
    /// y, fronts facing `facing`, each with `servers` DGX B200.
    Id row(const QString &name, double x0, double y, int count, Facing facing, Containment containment, int servers = 4)
    {
        Row row;
        row.id = mPlan.allocateId();
        row.hallId = hallId;
        row.name = name;
        row.containment = containment;
        PlanFiller(mPlan).insert(row);
        const Rack prototype = DrawingDefaults::rackTemplates().front().prototype;
        const auto racks = DrawingDefaults::racksAlong(
            QPointF(x0, y), QPointF(x0 + count * prototype.widthMm / 1000.0, y), prototype, facing);
        int n = 0;
        for (Rack rack : racks) {
            rack.id = mPlan.allocateId();
            rack.hallId = hallId;
            rack.rowId = row.id;
            rack.name = QStringLiteral("%1-%2").arg(name).arg(++n, 2, 10, QLatin1Char('0'));
            PlanFiller(mPlan).insert(rack);
            for (int s = 0; s < servers; ++s)
                PlanFiller(mPlan).insert(
                    MountedDevice { mPlan.allocateId(), rack.id, QStringLiteral("nvidia-dgx-b200"), 2 + 10 * s, {} });
        }
        return row.id;
    }

    /// A cooling unit of the drawing defaults for its kind, at (x, y), supplying towards `facing`.
    CoolingUnit unit(const QString &name, CoolingKind kind, double x, double y, Facing facing)
    {
        CoolingUnit unit = DrawingDefaults::coolingUnit(kind);
        unit.id = mPlan.allocateId();
        unit.hallId = hallId;
        unit.name = name;
        unit.xM = x;
        unit.yM = y;
        unit.facing = facing;
        PlanFiller(mPlan).insert(unit);
        return unit;
    }

    Id hallId = kNoId;

private:
    Plan &mPlan;
};

/// The plan of issue 15, drawn as a new user does with the defaults (fronts north, hot-aisle
/// containment, for the racks and the fan walls alike): a 30 x 24 m hall with a 4 m ceiling and no
/// return plenum, two rows of 25 racks with 4 DGX B200 each across a 1.2 m aisle, six fan walls along
/// the south wall blowing north.
inline void buildNewUserPlan(Plan &plan)
{
    AirPathBuilder b(plan, 30.0, 24.0);
    b.row(QStringLiteral("Row 1"), 7.5, 8.0, 25, Facing::North, Containment::HotAisle);
    b.row(QStringLiteral("Row 2"), 7.5, 10.4, 25, Facing::North, Containment::HotAisle);
    for (int i = 0; i < 6; ++i)
        b.unit(QStringLiteral("FW-%1").arg(i + 1), CoolingKind::FanWall, 10.0 + 2.0 * i, 24.0 - 0.45, Facing::North);
}

}  // namespace rwtest
