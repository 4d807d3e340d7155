#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Rackwerk's and OpenFOAM's flow fields side by side, summed over planes: where the air goes, not only what
the racks breathe. A study tool for halls whose rows run along x (docs/thermal-design.md, "The recirculation
study"); needs python3-numpy.

    compare_fields.py RACKWERK_FIELDS [OPENFOAM_CASE_DIR TIME] [--bands NAME:Y0:Y1,...] [--split-z Z]
                      [--x X,X,...]

RACKWERK_FIELDS: the FIELDS_OUT file of bench_thermal_reference (int32 nx, ny, nz, float32 cell size, then
float32 T, u, v, w and, when present, the effective viscosity, x fastest). OPENFOAM_CASE_DIR/TIME: a case of
scripts/openfoam/run_reference.sh run with MEAN_FIELDS_FROM (UMean, TMean; the last write is kept) after
`postProcess -func writeCellCentres -time TIME`; its nut is the last iteration's. Both on the same grid.

Prints, for each band of y (aisles and rows) below and above the split height: the flow along x through
planes at the given x (m3/s) and its flow-weighted temperature; the vertical flow through the split height
per 2 m of x; the mean temperature below and above it; the turbulent viscosity by region.
"""
import argparse
import re
import struct
import sys
import warnings

import numpy as np

# long_rows_end_supply: two rows of racks (y 2-3.2 and 4.8-6) facing a cold aisle, hot aisles behind.
DEFAULT_BANDS = "hotA:0:2,rowA:2:3.2,cold:3.2:4.8,rowB:4.8:6,hotB:6:8"
AIR_NU = 1.5e-5


def rackwerk_fields(path):
    data = open(path, "rb").read()
    nx, ny, nz = struct.unpack("3i", data[:12])
    h = struct.unpack("f", data[12:16])[0]
    arrays = np.frombuffer(data[16:], dtype=np.float32).reshape(-1, nz, ny, nx)
    fields = {name: arrays[m].transpose(2, 1, 0).astype(float) for m, name in enumerate("Tuvw")}
    if arrays.shape[0] > 4:
        nut = arrays[4].transpose(2, 1, 0).astype(float) - AIR_NU
        nut[np.isnan(fields["T"])] = np.nan
        fields["nut"] = nut
    return h, fields


def foam_internal_field(path, vector):
    text = open(path).read()
    m = re.search(r"internalField\s+nonuniform\s+List<\w+>\s*(\d+)\s*\(", text)
    if not m:
        sys.exit("error: %s has no non-uniform internal field" % path)
    count = int(m.group(1))
    body = text[m.end():]
    if vector:
        values = re.findall(r"\(([^()]*)\)", body)[:count]
        return np.array([[float(x) for x in v.split()] for v in values])
    return np.array([float(x) for x in body[: body.find(")")].split()][:count])


def openfoam_fields(case, time, h, shape):
    centres = foam_internal_field("%s/%s/C" % (case, time), True)
    velocity = foam_internal_field("%s/%s/UMean" % (case, time), True)
    temperature = foam_internal_field("%s/%s/TMean" % (case, time), False)
    nut = foam_internal_field("%s/%s/nut" % (case, time), False)
    ijk = np.floor(centres / h).astype(int)
    fields = {name: np.full(shape, np.nan) for name in ("T", "u", "v", "w", "nut")}
    i, j, k = ijk[:, 0], ijk[:, 1], ijk[:, 2]
    fields["T"][i, j, k] = temperature
    for m, name in enumerate("uvw"):
        fields[name][i, j, k] = velocity[:, m]
    fields["nut"][i, j, k] = nut
    return fields


def cells(lo, hi, h):
    return slice(int(round(lo / h)), int(round(hi / h)))


def flow_and_temperature(velocity, temperature, area):
    ok = ~np.isnan(temperature)
    q = float(np.sum(velocity[ok]) * area)
    qt = float(np.sum(velocity[ok] * temperature[ok]) * area)
    return q, (qt / q if abs(q) > 1e-6 else float("nan"))


def report(name, h, f, bands, split_z, xs):
    T, u, w = f["T"], f["u"], f["w"]
    nx, ny, nz = T.shape
    ks = int(round(split_z / h))
    low, high = slice(0, ks), slice(ks, nz)
    print("== %s" % name)
    print("flow along x through the plane at x (m3/s @ its temperature, C), below | above %.1f m:" % split_z)
    for x in xs:
        i = int(x / h)
        parts = []
        for band, y0, y1 in bands:
            for label, zs in (("lo", low), ("hi", high)):
                q, t = flow_and_temperature(u[i, cells(y0, y1, h), zs], T[i, cells(y0, y1, h), zs], h * h)
                parts.append("%s%s %+5.1f@%4.1f" % (band, label, q, t))
        print("  x=%5.1f %s" % (x, " | ".join(parts)))
    print("vertical flow through z = %.1f m per 2 m of x (m3/s, down < 0, @ C):" % split_z)
    for band, y0, y1 in bands:
        parts = []
        for x0 in range(0, int(nx * h), 2):
            xs_ = cells(x0, x0 + 2, h)
            ww = 0.5 * (w[xs_, cells(y0, y1, h), ks - 1] + w[xs_, cells(y0, y1, h), ks])
            tt = 0.5 * (T[xs_, cells(y0, y1, h), ks - 1] + T[xs_, cells(y0, y1, h), ks])
            q, t = flow_and_temperature(ww, tt, h * h)
            parts.append("%+5.2f@%4.1f" % (q, t))
        print("  %-5s %s" % (band, " ".join(parts)))
    print("mean temperature below / above %.1f m per 2 m of x (C):" % split_z)
    for band, y0, y1 in bands:
        parts = []
        for x0 in range(0, int(nx * h), 2):
            xs_ = cells(x0, x0 + 2, h)
            parts.append("%4.1f/%4.1f" % (np.nanmean(T[xs_, cells(y0, y1, h), low]),
                                          np.nanmean(T[xs_, cells(y0, y1, h), high])))
        print("  %-5s %s" % (band, " ".join(parts)))
    if "nut" in f:
        print("turbulent viscosity, mean / median (m2/s):")
        for band, y0, y1 in bands:
            values = f["nut"][:, cells(y0, y1, h), :]
            values = values[~np.isnan(values)]
            if values.size:
                print("  %-5s %.4f / %.4f" % (band, np.mean(values), np.median(values)))


def main():
    warnings.simplefilter("ignore", RuntimeWarning)  # means over rack-only cells print as nan
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("rackwerk_fields")
    parser.add_argument("openfoam_case", nargs="?")
    parser.add_argument("time", nargs="?")
    parser.add_argument("--bands", default=DEFAULT_BANDS, help="NAME:Y0:Y1,... bands of y in metres")
    parser.add_argument("--split-z", type=float, default=2.0, help="height that splits low and high air (m)")
    parser.add_argument("--x", default="1.9,4.1,6.1,8.1,10.1,12.1,14.1", help="x of the planes (m)")
    args = parser.parse_args()
    bands = [(b.split(":")[0], float(b.split(":")[1]), float(b.split(":")[2])) for b in args.bands.split(",")]
    xs = [float(x) for x in args.x.split(",")]
    h, fields = rackwerk_fields(args.rackwerk_fields)
    report("Rackwerk", h, fields, bands, args.split_z, xs)
    if args.openfoam_case:
        if not args.time:
            sys.exit("error: give the OpenFOAM time folder after the case directory")
        report("OpenFOAM (time means)", h, openfoam_fields(args.openfoam_case, args.time, h, fields["T"].shape),
               bands, args.split_z, xs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
