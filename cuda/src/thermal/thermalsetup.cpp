// SPDX-License-Identifier: GPL-3.0-or-later
#include "thermalsetup.h"

#include "thermalkernels.h"
#include "thermalops.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

namespace rw::engine::thermal {
namespace {

int snap(float coordM, float cellM)
{
    return int(std::lround(coordM / cellM));
}

/// Cell range [first, last) a box covers along an axis, clipped to the grid; at least one cell when
/// the box lies inside.
void cellRange(const ThermalBox &box, int axis, float cellM, int cells, int *first, int *last)
{
    int a = snap(box.minM[axis], cellM);
    int b = snap(box.maxM[axis], cellM);
    if (b <= a) {  // thinner than half a cell: the cell holding its centre
        a = int(std::floor(0.5f * (box.minM[axis] + box.maxM[axis]) / cellM));
        b = a + 1;
    }
    *first = std::clamp(a, 0, cells);
    *last = std::clamp(b, 0, cells);
}

long long faceOf(const ThermalGrid &g, int component, int i, int j, int k)
{
    const long long fx = g.nx + (component == 0 ? 1 : 0);
    const long long fy = g.ny + (component == 1 ? 1 : 0);
    return i + fx * (j + fy * k);
}

std::size_t faceTotal(const ThermalGrid &g, int component)
{
    return std::size_t(g.nx + (component == 0)) * std::size_t(g.ny + (component == 1))
        * std::size_t(g.nz + (component == 2));
}

/// Rasterises a face: the grid faces on its plane whose air-side cell is air. Outflow faces (rack
/// intakes, cooler returns) take air out of the room, the others blow it in.
std::string placeFace(const ThermalFace &face, float flowM3PerS, bool outflow, const std::string &what, ThermalSetup *s,
    BoundaryGroup *group)
{
    const ThermalGrid &g = s->grid;
    const int n[3] = { g.nx, g.ny, g.nz };
    const int a = face.normalAxis;
    const int t1 = (a + 1) % 3;
    const int t2 = (a + 2) % 3;
    const int plane = snap(0.5f * (face.box.minM[a] + face.box.maxM[a]), g.cellM);
    if (plane < 0 || plane > n[a])
        return what + " lies outside the hall";
    int b1, e1, b2, e2;
    cellRange(face.box, t1, g.cellM, n[t1], &b1, &e1);
    cellRange(face.box, t2, g.cellM, n[t2], &b2, &e2);
    group->flowM3PerS = flowM3PerS;
    std::vector<std::pair<long long, long long>> placed;  // (face, air cell)
    for (int p = b1; p < e1; ++p) {
        for (int q = b2; q < e2; ++q) {
            int air[3];
            air[a] = face.normalSign > 0 ? plane : plane - 1;
            air[t1] = p;
            air[t2] = q;
            int other[3] = { air[0], air[1], air[2] };
            other[a] = face.normalSign > 0 ? plane - 1 : plane;
            if (air[a] < 0 || air[a] >= n[a] || s->solid[g.index(air[0], air[1], air[2])])
                continue;  // this part of the face is covered by something solid
            const bool otherInside = other[a] >= 0 && other[a] < n[a];
            if (otherInside && !s->solid[g.index(other[0], other[1], other[2])])
                return what + " is not on the surface of a solid or a wall (air on both sides)";
            int fi[3] = { air[0], air[1], air[2] };
            fi[a] = plane;
            const long long f = faceOf(g, a, fi[0], fi[1], fi[2]);
            if (s->kind[a][std::size_t(f)] == kFixed)
                return what + " overlaps another rack or cooler face";
            placed.emplace_back(f, (long long)g.index(air[0], air[1], air[2]));
        }
    }
    if (placed.empty())
        return what + " is covered entirely by solids or walls";
    const float area = float(placed.size()) * g.cellM * g.cellM;
    const float speed = flowM3PerS / area;
    const float velocity = float(face.normalSign) * (outflow ? -speed : speed);
    for (const auto &[f, cell] : placed) {
        s->kind[a][std::size_t(f)] = kFixed;
        s->velocity[a][std::size_t(f)] = velocity;
        BoundaryCell bc;
        bc.cell = cell;
        bc.ratePerS = speed / g.cellM;
        bc.component = a;
        bc.face = f;
        bc.velocityMPerS = velocity;
        group->cells.push_back(bc);
    }
    s->maxFaceSpeedMPerS = std::max(s->maxFaceSpeedMPerS, speed);
    return {};
}

void computeWallDistance(ThermalSetup *s)
{
    const ThermalGrid &g = s->grid;
    const int n[3] = { g.nx, g.ny, g.nz };
    s->wallDistM.assign(g.cellCount(), 1e30f);
    // Along each axis line: cells since the last closed face, forwards and backwards. The distance to
    // the nearest wall is approximated by the nearest one along the three axes.
    for (int a = 0; a < 3; ++a) {
        const int t1 = (a + 1) % 3;
        const int t2 = (a + 2) % 3;
        for (int p = 0; p < n[t1]; ++p) {
            for (int q = 0; q < n[t2]; ++q) {
                for (int dir = 0; dir < 2; ++dir) {
                    int run = 0;
                    for (int step = 0; step < n[a]; ++step) {
                        const int x = dir == 0 ? step : n[a] - 1 - step;
                        int c[3];
                        c[a] = x;
                        c[t1] = p;
                        c[t2] = q;
                        int fc[3] = { c[0], c[1], c[2] };
                        if (dir == 1)
                            fc[a] += 1;
                        const long long f = faceOf(g, a, fc[0], fc[1], fc[2]);
                        run = s->kind[a][std::size_t(f)] == kOpen ? run + 1 : 0;
                        float &d = s->wallDistM[g.index(c[0], c[1], c[2])];
                        d = std::min(d, (float(run) + 0.5f) * g.cellM);
                    }
                }
            }
        }
    }
}

}  // namespace

std::size_t fieldBytes(const ThermalGrid &grid)
{
    std::size_t faces = 0;
    for (int a = 0; a < 3; ++a)
        faces += faceTotal(grid, a);
    // Faces: velocity, old velocity (float) and kind (byte). Cells: temperature, old temperature,
    // pressure, correction, right-hand side, viscosity, wall distance, inflow heat, k and epsilon
    // (float) and the solid flag (byte). The pressure multigrid: three conductances and the diagonal on
    // the finest level, six floats per cell on the coarser ones.
    std::size_t multigridBytes = grid.cellCount() * 4 * sizeof(float);
    const std::vector<LevelShape> levels = multigridShapes(grid.nx, grid.ny, grid.nz);
    for (std::size_t n = 1; n < levels.size(); ++n)
        multigridBytes += std::size_t(levels[n].n[0]) * levels[n].n[1] * levels[n].n[2] * 6 * sizeof(float);
    return faces * (2 * sizeof(float) + 1) + grid.cellCount() * (10 * sizeof(float) + 1) + multigridBytes;
}

std::string buildThermalSetup(const ThermalCase &c, float cellM, ThermalSetup *s)
{
    s->grid = thermalGridFor(c, cellM);
    const ThermalGrid &g = s->grid;
    const int n[3] = { g.nx, g.ny, g.nz };
    s->solid.assign(g.cellCount(), 0);
    auto fill = [&](const ThermalBox &box) {
        int b[3], e[3];
        for (int a = 0; a < 3; ++a)
            cellRange(box, a, g.cellM, n[a], &b[a], &e[a]);
        for (int k = b[2]; k < e[2]; ++k)
            for (int j = b[1]; j < e[1]; ++j)
                for (int i = b[0]; i < e[0]; ++i)
                    s->solid[g.index(i, j, k)] = 1;
    };
    for (const ThermalBox &box : c.solids)
        fill(box);
    for (const ThermalRack &rack : c.racks)
        fill(rack.body);
    // Panels thinner than half a cell close the faces on their plane; thicker ones are solid.
    std::vector<std::pair<int, ThermalBox>> thinPanels;
    for (const ThermalBox &box : c.panels) {
        int thin = 0;
        for (int a = 1; a < 3; ++a)
            if (box.maxM[a] - box.minM[a] < box.maxM[thin] - box.minM[thin])
                thin = a;
        if (snap(box.maxM[thin], g.cellM) <= snap(box.minM[thin], g.cellM))
            thinPanels.emplace_back(thin, box);
        else
            fill(box);
    }
    s->fluidCells = std::size_t(std::count(s->solid.begin(), s->solid.end(), std::uint8_t(0)));
    for (int a = 0; a < 3; ++a) {
        s->kind[a].assign(faceTotal(g, a), kClosed);
        s->velocity[a].assign(faceTotal(g, a), 0.0f);
        const int fn[3] = { g.nx + (a == 0), g.ny + (a == 1), g.nz + (a == 2) };
        for (int k = 0; k < fn[2]; ++k) {
            for (int j = 0; j < fn[1]; ++j) {
                for (int i = 0; i < fn[0]; ++i) {
                    int hi[3] = { i, j, k };
                    if (hi[a] == 0 || hi[a] == n[a])
                        continue;  // the hall's walls
                    int lo[3] = { i, j, k };
                    lo[a] -= 1;
                    if (!s->solid[g.index(hi[0], hi[1], hi[2])] && !s->solid[g.index(lo[0], lo[1], lo[2])])
                        s->kind[a][std::size_t(faceOf(g, a, i, j, k))] = kOpen;
                }
            }
        }
    }
    for (const auto &[a, box] : thinPanels) {
        const int plane = snap(0.5f * (box.minM[a] + box.maxM[a]), g.cellM);
        const int t1 = (a + 1) % 3;
        const int t2 = (a + 2) % 3;
        int b1, e1, b2, e2;
        cellRange(box, t1, g.cellM, n[t1], &b1, &e1);
        cellRange(box, t2, g.cellM, n[t2], &b2, &e2);
        if (plane <= 0 || plane >= n[a])
            continue;  // on a wall already
        for (int p = b1; p < e1; ++p) {
            for (int q = b2; q < e2; ++q) {
                int f[3];
                f[a] = plane;
                f[t1] = p;
                f[t2] = q;
                s->kind[a][std::size_t(faceOf(g, a, f[0], f[1], f[2]))] = kClosed;
            }
        }
    }
    s->rackIntake.assign(c.racks.size(), {});
    s->rackExhaust.assign(c.racks.size(), {});
    for (std::size_t r = 0; r < c.racks.size(); ++r) {
        const ThermalRack &rack = c.racks[r];
        if (rack.airflowM3PerS <= 0)
            continue;  // no fans: a solid block
        const std::string name = "rack " + rack.name;
        std::string error
            = placeFace(rack.intake, rack.airflowM3PerS, true, name + ": the intake", s, &s->rackIntake[r]);
        if (error.empty())
            error = placeFace(rack.exhaust, rack.airflowM3PerS, false, name + ": the exhaust", s, &s->rackExhaust[r]);
        if (!error.empty())
            return error;
    }
    s->coolerReturn.assign(c.coolers.size(), {});
    s->coolerSupply.assign(c.coolers.size(), {});
    for (std::size_t u = 0; u < c.coolers.size(); ++u) {
        const ThermalCooler &cooler = c.coolers[u];
        const std::string name = "cooling unit " + cooler.name;
        for (const ThermalFace &face : cooler.returns) {
            s->coolerReturn[u].emplace_back();
            const std::string error
                = placeFace(face, face.airflowM3PerS, true, name + ": a return face", s, &s->coolerReturn[u].back());
            if (!error.empty())
                return error;
        }
        for (const ThermalFace &face : cooler.supply) {
            s->coolerSupply[u].emplace_back();
            const std::string error
                = placeFace(face, face.airflowM3PerS, false, name + ": a supply face", s, &s->coolerSupply[u].back());
            if (!error.empty())
                return error;
        }
    }
    std::set<long long> inflow, sampled;
    for (std::size_t r = 0; r < c.racks.size(); ++r) {
        for (const BoundaryCell &bc : s->rackIntake[r].cells)
            sampled.insert(bc.cell);
        for (const BoundaryCell &bc : s->rackExhaust[r].cells)
            inflow.insert(bc.cell);
    }
    for (std::size_t u = 0; u < c.coolers.size(); ++u) {
        for (const BoundaryGroup &group : s->coolerReturn[u])
            for (const BoundaryCell &bc : group.cells)
                sampled.insert(bc.cell);
        for (const BoundaryGroup &group : s->coolerSupply[u])
            for (const BoundaryCell &bc : group.cells)
                inflow.insert(bc.cell);
    }
    s->inflowCells.assign(inflow.begin(), inflow.end());
    s->sampledCells.assign(sampled.begin(), sampled.end());
    computeWallDistance(s);
    return {};
}

void failCoolers(const ThermalCase &c, const std::vector<long long> &ids, ThermalSetup *s)
{
    for (std::size_t u = 0; u < c.coolers.size(); ++u) {
        if (std::find(ids.begin(), ids.end(), c.coolers[u].id) == ids.end())
            continue;
        for (auto *groups : { &s->coolerReturn[u], &s->coolerSupply[u] }) {
            for (BoundaryGroup &group : *groups) {
                for (BoundaryCell &bc : group.cells) {
                    s->kind[bc.component][std::size_t(bc.face)] = kClosed;
                    s->velocity[bc.component][std::size_t(bc.face)] = 0.0f;
                    bc.ratePerS = 0.0f;
                    bc.velocityMPerS = 0.0f;
                }
                group.flowM3PerS = 0.0f;
            }
        }
    }
}

std::string checkRegionBalance(const ThermalSetup &s)
{
    const ThermalGrid &g = s.grid;
    const std::size_t cells = g.cellCount();
    std::vector<int> region(cells, -1);
    std::vector<double> netInflow;
    std::vector<long long> stack;
    const int n[3] = { g.nx, g.ny, g.nz };
    for (std::size_t start = 0; start < cells; ++start) {
        if (s.solid[start] || region[start] >= 0)
            continue;
        const int id = int(netInflow.size());
        netInflow.push_back(0.0);
        region[start] = id;
        stack.push_back((long long)start);
        while (!stack.empty()) {
            const long long c = stack.back();
            stack.pop_back();
            int ijk[3] = { int(c % g.nx), int((c / g.nx) % g.ny), int(c / ((long long)g.nx * g.ny)) };
            for (int a = 0; a < 3; ++a) {
                for (int side = 0; side < 2; ++side) {
                    int f[3] = { ijk[0], ijk[1], ijk[2] };
                    f[a] += side;
                    const std::size_t fi = std::size_t(faceOf(g, a, f[0], f[1], f[2]));
                    const std::uint8_t kind = s.kind[a][fi];
                    if (kind == kFixed) {
                        // Flow into this cell through the face.
                        const double v = s.velocity[a][fi];
                        netInflow[std::size_t(id)] += (side == 0 ? v : -v) * g.cellM * g.cellM;
                    } else if (kind == kOpen) {
                        int nb[3] = { ijk[0], ijk[1], ijk[2] };
                        nb[a] += side == 0 ? -1 : 1;
                        if (nb[a] < 0 || nb[a] >= n[a])
                            continue;
                        const std::size_t ni = g.index(nb[0], nb[1], nb[2]);
                        if (region[ni] < 0) {
                            region[ni] = id;
                            stack.push_back((long long)ni);
                        }
                    }
                }
            }
        }
    }
    double total = 0.0;
    for (int a = 0; a < 3; ++a)
        for (std::size_t f = 0; f < s.kind[a].size(); ++f)
            if (s.kind[a][f] == kFixed)
                total += std::fabs(s.velocity[a][f]) * g.cellM * g.cellM;
    for (std::size_t r = 0; r < netInflow.size(); ++r) {
        if (std::fabs(netInflow[r]) > 1e-4 * total + 1e-9) {
            char text[200];
            std::snprintf(text, sizeof text,
                "an enclosed air region gains %.3f m3/s more than it loses (containment or solids shut racks "
                "or coolers in without a path for the air)",
                netInflow[r]);
            return text;
        }
    }
    return {};
}

}  // namespace rw::engine::thermal
