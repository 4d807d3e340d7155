#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Write the second family of OpenFOAM reference halls as thermal case JSON (standard library only).

  reference_halls.py OUTDIR        writes OUTDIR/NAME.case.json for every hall below

The halls have what the first family (open aisles, hot-aisle containment, raised floor) lacks and what
made Rackwerk miss on unseen halls (issue 22): one supply wall at low level blowing along the rows,
returns through ceiling grilles or a return plenum, three or four rows, racks of 10 to 60 kW with design
rises from 8 to 20 K side by side, row ends blocked by doors, and a hall with one of its units failed.
Every coordinate lies on a 0.2 m lattice, so the OpenFOAM mesh (grid lines through every coordinate)
has no thin cells and its Courant number follows from the cell size. The JSON files are the source of
truth once written; this script documents how they were made.
"""

import json
import os
import sys

RHO, CP = 1.2, 1005.0
RACK_W, RACK_D, RACK_H = 0.6, 1.2, 2.0


def box(x0, y0, z0, x1, y1, z1):
    return {"minM": [round(x0, 4), round(y0, 4), round(z0, 4)], "maxM": [round(x1, 4), round(y1, 4), round(z1, 4)]}


def face(x0, y0, z0, x1, y1, z1, normal, flow=None):
    f = box(x0, y0, z0, x1, y1, z1)
    f["normal"] = normal
    if flow is not None:
        f["airflowM3PerS"] = round(flow, 5)
    return f


class Hall:
    def __init__(self, name, size):
        self.name = name
        self.size = size
        self.racks = []
        self.coolers = []
        self.solids = []
        self.panels = []

    def row(self, prefix, x0, y0, intake_at_high_y, loads):
        """A row of racks along x from x0, depth along y from y0; loads = [(kW, design rise K)]."""
        for n, (kw, rise) in enumerate(loads):
            x = x0 + n * RACK_W
            y_front = y0 + RACK_D if intake_at_high_y else y0
            y_rear = y0 if intake_at_high_y else y0 + RACK_D
            heat = kw * 1000.0
            self.racks.append({
                "id": len(self.racks) + 1,
                "name": "%s%02d" % (prefix, n + 1),
                "box": box(x, y0, 0, x + RACK_W, y0 + RACK_D, RACK_H),
                "intake": face(x, y_front, 0, x + RACK_W, y_front, RACK_H, "+y" if intake_at_high_y else "-y"),
                "exhaust": face(x, y_rear, 0, x + RACK_W, y_rear, RACK_H, "-y" if intake_at_high_y else "+y"),
                "heatToAirW": heat,
                "airflowM3PerS": round(heat / (RHO * CP * rise), 5),
            })

    def rack_flow(self):
        return sum(r["airflowM3PerS"] for r in self.racks)

    def cooler(self, name, supplies, returns, share, supply_c=20.0):
        """supplies/returns: lists of (face args..., weight); the unit moves `share` x the racks' flow."""
        flow = share * self.rack_flow()
        unit = {"id": 100 + len(self.coolers) + 1, "name": name, "supplyTempC": supply_c,
                "capacityW": 0.0, "supply": [], "return": []}
        for key, faces in (("supply", supplies), ("return", returns)):
            total = sum(f[-1] for f in faces)
            for f in faces:
                unit[key].append(face(*f[:-1], flow=flow * f[-1] / total))
        # Supply equals return exactly after rounding.
        diff = sum(f["airflowM3PerS"] for f in unit["supply"]) - sum(f["airflowM3PerS"] for f in unit["return"])
        unit["return"][-1]["airflowM3PerS"] = round(unit["return"][-1]["airflowM3PerS"] + diff, 5)
        self.coolers.append(unit)
        return unit

    def heat_kw(self):
        return sum(r["heatToAirW"] for r in self.racks) / 1000.0

    def json(self):
        return {
            "format": "rackwerk-thermal-case", "version": 1, "name": self.name,
            "sizeM": self.size, "solids": self.solids, "panels": self.panels,
            "racks": self.racks, "coolers": self.coolers,
            "air": {"densityKgPerM3": RHO, "heatCapacityJPerKgK": CP, "referenceTempC": 25.0},
        }


def three_rows(name, loads_a, loads_b, loads_c, blocked_ends=False, x0=3.0, far_returns=False):
    """14 x 10 x 3.6 m, three rows of ten racks along x (3.0-9.0 m): a supply wall on the west wall at low
    level blows along the rows; hot air returns through ceiling grilles over the hot aisle (between rows
    B and C) and behind row A. blocked_ends: the cold aisle's far end and the hot aisle's near end are
    closed by doors. far_returns: the grilles sit only over the far part of the hall (x 9-13 m) instead."""
    h = Hall(name, [14.0, 10.0, 3.6])
    x1 = x0 + 10 * RACK_W
    h.row("A", x0, 1.2, True, loads_a)  # intake at y 2.4, exhaust at 1.2 (towards the north wall)
    h.row("B", x0, 4.0, False, loads_b)  # intake at y 4.0 (cold aisle 2.4-4.0), exhaust into the hot aisle
    h.row("C", x0, 6.4, True, loads_c)  # exhaust at 6.4 into the hot aisle 5.2-6.4, intake at 7.6
    if blocked_ends:
        h.panels.append(box(x1, 2.4, 0, x1, 4.0, RACK_H))  # far end of the cold aisle
        h.panels.append(box(x0, 5.2, 0, x0, 6.4, RACK_H))  # near end of the hot aisle
    if far_returns:
        returns = [(9.0, 4.0, 3.6, 13.0, 7.6, 3.6, "-z", 0.6), (9.0, 0.0, 3.6, 13.6, 1.6, 3.6, "-z", 0.4)]
    else:
        returns = [(x0 - 1.0, 5.2, 3.6, x1 + 1.0, 6.4, 3.6, "-z", 0.55),
                   (x0 - 1.0, 0.0, 3.6, x1 + 1.0, 1.2, 3.6, "-z", 0.45)]
    h.cooler("SW-1", [(0, 0.6, 0, 0, 9.4, 2.2, "+x", 1.0)], returns, 1.1)
    return h


def four_rows_plenum(name, failed_unit=None):
    """14 x 12 x 4.4 m, four rows of eight racks round two hot aisles, a false ceiling at 3.0 m open over
    the hot aisles (grilles), three fan walls on the west wall supplying low along the aisles and taking
    their return from the plenum. failed_unit: that unit (1-3) is off (its body stays, its faces close)."""
    h = Hall(name, [14.0, 12.0, 4.4])
    x0 = 3.0
    x1 = x0 + 8 * RACK_W
    dens = [(10, 12), (10, 12), (20, 14), (60, 15), (30, 15), (15, 12), (10, 10), (10, 8)]
    h.row("A", x0, 1.4, False, dens)  # intake at y 1.4, exhaust into hot aisle 2.6-3.8
    h.row("B", x0, 3.8, True, list(reversed(dens)))  # exhaust at 3.8, intake at 5.0 (cold aisle 5.0-6.6)
    h.row("C", x0, 6.6, False, [(12, 12)] * 3 + [(40, 15), (40, 15)] + [(12, 12)] * 3)
    h.row("D", x0, 9.0, True, [(10, 10), (15, 12), (15, 12), (45, 15), (10, 8), (10, 8), (25, 14), (10, 10)])
    hot = [(2.6, 3.8), (7.8, 9.0)]
    # False ceiling at z 3.0 over the whole hall except grilles over the hot aisles (x0..x1).
    z = 3.0
    h.panels.append(box(0, 0, z, 14.0, hot[0][0], z))
    h.panels.append(box(0, hot[0][1], z, 14.0, hot[1][0], z))
    h.panels.append(box(0, hot[1][1], z, 14.0, 12.0, z))
    for y0, y1 in hot:
        h.panels.append(box(0, y0, z, x0 - 0.6, y1, z))
        h.panels.append(box(x1 + 0.6, y0, z, 14.0, y1, z))
    # Fan walls: 0.8 m bodies against the west wall, supplying low (0-2.2 m) and returning from the plenum.
    units = [(0.4, 3.8), (4.2, 7.8), (8.2, 11.6)]
    for n, (y0, y1) in enumerate(units, start=1):
        h.solids.append(box(0, y0, 0, 0.8, y1, z))
    live = [n for n in range(1, 4) if n != failed_unit]
    share = 1.15 / 3.0  # each unit moves a third of 115 % of the racks' airflow
    for n, (y0, y1) in enumerate(units, start=1):
        if n not in live:
            continue
        h.cooler("FW-%d" % n, [(0.8, y0, 0, 0.8, y1, 2.2, "+x", 1.0)], [(0, y0, z, 0, y1, 4.4, "+x", 1.0)], share)
    for n, unit in enumerate(h.coolers):
        unit["id"] = 100 + live[n]
    return h


def long_rows(name):
    """16 x 8 x 3.6 m, two rows of sixteen racks (2.0-11.6 m) facing a 1.6 m cold aisle; the supply wall
    at the west end blows into the aisles, the hot air behind the rows returns through ceiling grilles
    over the far half. Design rises differ from rack to rack (8-20 K)."""
    h = Hall(name, [16.0, 8.0, 3.6])
    x0 = 2.0
    kinds = [(10, 10), (20, 12), (35, 15), (12, 8), (25, 20)]
    h.row("A", x0, 2.0, True, [kinds[n % 5] for n in range(16)])  # intake at 3.2
    h.row("B", x0, 4.8, False, [kinds[(n + 2) % 5] for n in range(16)])  # intake at 4.8
    h.cooler("SW-1", [(0, 0.4, 0, 0, 7.6, 2.4, "+x", 1.0)],
             [(8.0, 0.0, 3.6, 14.0, 2.0, 3.6, "-z", 1.0), (8.0, 6.0, 3.6, 14.0, 8.0, 3.6, "-z", 1.0)], 1.1)
    return h


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    dense = [(10, 10), (10, 10), (20, 12), (30, 12), (60, 15), (60, 15), (30, 12), (20, 12), (10, 10), (10, 10)]
    halls = [
        three_rows("three_rows_ceiling_returns", dense,
                   [(15, 12)] * 8 + [(45, 15), (15, 12)],
                   [(10, 10), (40, 15), (10, 10), (10, 10), (25, 12), (25, 12), (10, 10), (10, 10), (40, 15),
                    (10, 10)]),
        three_rows("three_rows_blocked_ends",
                   [(60, 15), (40, 15), (20, 12), (10, 8), (10, 8), (10, 8), (20, 20), (20, 20), (30, 12), (10, 10)],
                   [(10, 10), (10, 10), (30, 15), (30, 15), (10, 8), (10, 8), (50, 15), (10, 10), (10, 10),
                    (60, 15)],
                   [(20, 12)] * 4 + [(10, 8)] * 2 + [(20, 12)] * 4, blocked_ends=True),
        three_rows("three_rows_far_returns",
                   [(10, 8), (10, 8), (15, 10), (15, 10), (20, 12), (20, 12), (30, 15), (40, 15), (60, 15), (60, 20)],
                   [(20, 12)] * 10,
                   [(60, 15), (10, 10), (10, 10), (25, 20), (25, 20), (10, 10), (10, 10), (30, 12), (30, 12),
                    (50, 15)], x0=2.0, far_returns=True),
        four_rows_plenum("four_rows_plenum"),
        four_rows_plenum("four_rows_plenum_unit_failed", failed_unit=2),
        long_rows("long_rows_end_supply"),
    ]
    for h in halls:
        path = os.path.join(out, h.name + ".case.json")
        with open(path, "w") as f:
            json.dump(h.json(), f, indent=1)
            f.write("\n")
        print("%s: %d racks, %.0f kW, rack airflow %.2f m3/s, cooler airflow %.2f m3/s"
              % (h.name, len(h.racks), h.heat_kw(), h.rack_flow(),
                 sum(s["airflowM3PerS"] for c in h.coolers for s in c["supply"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
