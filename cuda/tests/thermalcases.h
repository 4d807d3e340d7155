// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small thermal cases shared by the engine tests and the benchmark.

#include "rackwerk/engine/thermalcase.h"

#include <string>

namespace rw::testcases {

using engine::ThermalBox;
using engine::ThermalCase;
using engine::ThermalFace;

inline ThermalBox box(float x0, float y0, float z0, float x1, float y1, float z1)
{
    ThermalBox b;
    b.minM[0] = x0;
    b.minM[1] = y0;
    b.minM[2] = z0;
    b.maxM[0] = x1;
    b.maxM[1] = y1;
    b.maxM[2] = z1;
    return b;
}

inline ThermalFace face(const ThermalBox &b, int axis, int sign, float flow = 0.0f)
{
    ThermalFace f;
    f.box = b;
    f.normalAxis = axis;
    f.normalSign = sign;
    f.airflowM3PerS = flow;
    return f;
}

/// A rack filling the cross-section of a duct: a cooler blows air in at one end and takes it back at
/// the other, so all of it passes the rack. Exhaust = inlet + P / (rho cp Q) exactly.
inline ThermalCase rackInDuct(float heatW, float flowM3PerS)
{
    ThermalCase c;
    c.name = "rack in a duct";
    c.sizeM[0] = 6.0f;
    c.sizeM[1] = 1.2f;
    c.sizeM[2] = 1.2f;
    engine::ThermalRack rack;
    rack.id = 1;
    rack.name = "R1";
    rack.body = box(2.8f, 0, 0, 4.0f, 1.2f, 1.2f);
    rack.intake = face(box(2.8f, 0, 0, 2.8f, 1.2f, 1.2f), 0, -1);
    rack.exhaust = face(box(4.0f, 0, 0, 4.0f, 1.2f, 1.2f), 0, 1);
    rack.heatToAirW = heatW;
    rack.airflowM3PerS = flowM3PerS;
    c.racks.push_back(rack);
    engine::ThermalCooler cooler;
    cooler.id = 2;
    cooler.name = "C1";
    cooler.supply.push_back(face(box(0, 0, 0, 0, 1.2f, 1.2f), 0, 1, flowM3PerS));
    cooler.returns.push_back(face(box(6.0f, 0, 0, 6.0f, 1.2f, 1.2f), 0, -1, flowM3PerS));
    cooler.supplyTempC = 20.0f;
    cooler.capacityW = 0.0f;
    c.coolers.push_back(cooler);
    return c;
}

/// A 0.6 m wide, 2 m tall rack spanning y0..y1 at x0, breathing in at y0 (intakeAtLowY) or at y1.
inline engine::ThermalRack rackAcrossY(long long id, const std::string &name, float x0, float y0, float y1,
    bool intakeAtLowY, float heatW, float flowM3PerS)
{
    engine::ThermalRack rack;
    rack.id = id;
    rack.name = name;
    rack.body = box(x0, y0, 0, x0 + 0.6f, y1, 2.0f);
    const float front = intakeAtLowY ? y0 : y1;
    const float rear = intakeAtLowY ? y1 : y0;
    rack.intake = face(box(x0, front, 0, x0 + 0.6f, front, 2.0f), 1, intakeAtLowY ? -1 : 1);
    rack.exhaust = face(box(x0, rear, 0, x0 + 0.6f, rear, 2.0f), 1, intakeAtLowY ? 1 : -1);
    rack.heatToAirW = heatW;
    rack.airflowM3PerS = flowM3PerS;
    return rack;
}

/// An 8 x 6 x 3 m room with a cooler against its west wall (y0..y1) that supplies 20 °C air low and
/// takes it back high, and a column in the south-east corner.
inline ThermalCase smallRoom(const std::string &name, float coolerY0, float coolerY1, float coolerFlowM3PerS)
{
    ThermalCase c;
    c.name = name;
    c.sizeM[0] = 8.0f;
    c.sizeM[1] = 6.0f;
    c.sizeM[2] = 3.0f;
    engine::ThermalCooler cooler;
    cooler.id = 100;
    cooler.name = "CRAH-1";
    cooler.supply.push_back(face(box(0.6f, coolerY0, 0, 0.6f, coolerY1, 1.4f), 0, 1, coolerFlowM3PerS));
    cooler.returns.push_back(face(box(0.6f, coolerY0, 1.6f, 0.6f, coolerY1, 3.0f), 0, 1, coolerFlowM3PerS));
    cooler.supplyTempC = 20.0f;
    cooler.capacityW = 250000.0f;
    c.coolers.push_back(cooler);
    c.solids.push_back(box(0, coolerY0, 0, 0.6f, coolerY1, 3.0f));  // the cooler's body against the wall
    c.solids.push_back(box(6.8f, 0.2f, 0, 7.2f, 0.6f, 3.0f));  // a column
    return c;
}

/// A small hall: two rows of four racks back to back around a hot aisle, a cooler on the west wall
/// that supplies low and takes back high, and a column. Racks carry 12 kW at 1.0 m3/s
/// (ΔT ≈ 10 K), the cooler moves 60 % more air than the racks.
inline ThermalCase smallHall()
{
    ThermalCase c = smallRoom("small hall", 1.0f, 5.0f, 8 * 1.0f * 1.6f);
    // Row A faces south (intake at y = 1.8), row B north (intake at y = 4.2); the hot aisle is between.
    for (int k = 0; k < 4; ++k)
        c.racks.push_back(rackAcrossY(
            k + 1, "A" + std::to_string(k + 1), 2.4f + 0.6f * float(k), 1.8f, 1.8f + 0.8f, true, 12000.0f, 1.0f));
    for (int k = 0; k < 4; ++k)
        c.racks.push_back(rackAcrossY(
            k + 5, "B" + std::to_string(k + 1), 2.4f + 0.6f * float(k), 3.4f, 3.4f + 0.8f, false, 12000.0f, 1.0f));
    return c;
}

/// A small hall with one row and no mirror symmetry: five racks of 10-18 kW (west to east) at 0.8 m3/s
/// face south, a cooler on the west wall supplies low in front of them and takes back high, 40 % more
/// air than the racks. The hot exhaust rises behind the row and spills back over its top and east end,
/// so the inlets spread. Unlike smallHall(), whose two mirrored rows let the hot plume lean to either
/// side (with k-epsilon it swings between them, in OpenFOAM too), its flow has one steady state with
/// either turbulence model: the hall for grid convergence with the default model.
inline ThermalCase oneRowHall()
{
    ThermalCase c = smallRoom("one-row hall", 1.0f, 3.0f, 5 * 0.8f * 1.4f);
    for (int k = 0; k < 5; ++k)
        c.racks.push_back(rackAcrossY(k + 1, "R" + std::to_string(k + 1), 2.0f + 0.6f * float(k), 2.6f, 3.8f, true,
            10000.0f + 2000.0f * float(k), 0.8f));
    return c;
}
}  // namespace rw::testcases
