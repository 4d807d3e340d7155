#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Read the monitors of a running/finished Rackwerk OpenFOAM reference case (standard library only).

  of_results.py check-patches CASEDIR            every rack/cooler patch exists and has faces
  of_results.py converged CASEDIR [--window 200] [--tol 0.05] [--min-iterations 400]
                                                  exit 0 when every rack intake mean changed less than
                                                  tol kelvin over the last window iterations
  of_results.py collect CASEDIR OUT.json [--wall-seconds S] [--openfoam-version V]
"""

import argparse
import glob
import json
import os
import re
import sys


def load_meta(case_dir):
    with open(os.path.join(case_dir, "rackwerk-case.json")) as f:
        return json.load(f)


def series(case_dir, patch, kind="surfaceFieldValue"):
    """[(iteration, value)] of one monitor (a patch's areaAverage T, or kind "volFieldValue" for the room's
    integral of T), across restarts (later files win)."""
    files = sorted(glob.glob(os.path.join(case_dir, "postProcessing", "T_" + patch, "*", kind + "*.dat")),
                   key=os.path.getmtime)
    values = {}
    for path in files:
        with open(path) as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                parts = line.split()
                try:
                    values[int(round(float(parts[0])))] = float(parts[1])
                except (ValueError, IndexError):
                    continue
    return sorted(values.items())


def value_at(points, iteration):
    """The monitor value at the last sample not after iteration."""
    best = None
    for it, v in points:
        if it <= iteration:
            best = v
        else:
            break
    return best


def inlet_change(case_dir, meta, window):
    """(last iteration, largest |T(last) - T(last - window)| over rack intakes) or (last, None)."""
    last = None
    worst = 0.0
    for rack in meta["racks"]:
        points = series(case_dir, rack["inPatch"])
        if not points:
            return None, None
        it, v = points[-1]
        last = it if last is None else min(last, it)
        old = value_at(points, it - window)
        if old is None or points[0][0] > it - window:
            return it, None
        worst = max(worst, abs(v - old))
    return last, worst


def read_boundary(case_dir):
    text = open(os.path.join(case_dir, "constant", "polyMesh", "boundary")).read()
    return {m.group(1): int(m.group(2)) for m in re.finditer(r"(\w+)\s*\{[^}]*?nFaces\s+(\d+);", text)}


def check_patches(case_dir):
    meta = load_meta(case_dir)
    sizes = read_boundary(case_dir)
    wanted = []
    for r in meta["racks"]:
        wanted += [r["inPatch"], r["outPatch"]]
    for c in meta["coolers"]:
        wanted += [s["patch"] for s in c["supplies"]] + [s["patch"] for s in c["returns"]]
    bad = [p for p in wanted if sizes.get(p, 0) == 0]
    if bad:
        print("error: these faces found no boundary faces on the mesh (face not on a wall, solid or "
              "rack surface, or hidden by another body): %s" % ", ".join(bad), file=sys.stderr)
        return 1
    return 0


def count_cells(case_dir):
    owner = os.path.join(case_dir, "constant", "polyMesh", "owner")
    with open(owner) as f:
        head = f.read(4000)
    m = re.search(r"nCells:\s*(\d+)", head)
    return int(m.group(1)) if m else None


def final_residuals(case_dir):
    files = sorted(glob.glob(os.path.join(case_dir, "postProcessing", "solverInfo", "*", "solverInfo*.dat")),
                   key=os.path.getmtime)
    if not files:
        return {}
    header, last = None, None
    with open(files[-1]) as f:
        for line in f:
            if line.startswith("# Time"):
                header = line[1:].split()
            elif not line.startswith("#") and line.strip():
                last = line.split()
    if not header or not last:
        return {}
    out = {}
    for name, value in zip(header, last):
        if name.endswith("_initial"):
            out[name[: -len("_initial")]] = float(value)
    return out


def window_mean(points, span):
    """Mean and max-min of the samples in the last span iterations (the last sample when span is 0)."""
    recent = [v for it, v in points if it >= points[-1][0] - span] if span > 0 else [points[-1][1]]
    return sum(recent) / len(recent), max(recent) - min(recent)


def half_window_drift(points, span):
    """|mean of the older half - mean of the newer half| of the last span (a time mean's uncertainty)."""
    recent = [v for it, v in points if it >= points[-1][0] - span]
    half = len(recent) // 2
    if half == 0:
        return None
    return abs(sum(recent[:half]) / half - sum(recent[-half:]) / half)


def heat_stored(case_dir, rho_cp, span):
    """Mean rate (W) at which the room's air stored heat over the last span seconds, from the integral of T
    over its volume at both ends of the span; None without that monitor."""
    points = series(case_dir, "room", "volFieldValue")
    if len(points) < 2:
        return None
    end_time, end = points[-1]
    start = value_at(points, end_time - span)
    if start is None:
        return None
    start_time = max(it for it, _ in points if it <= end_time - span)
    return rho_cp * (end - start) / (end_time - start_time) if end_time > start_time else None


def collect(case_dir, out_path, wall_seconds, version, window, average, transient=False):
    meta = load_meta(case_dir)
    rho, cp = meta["air"]["rho"], meta["air"]["cp"]
    last, change = inlet_change(case_dir, meta, window)
    converged = change is not None and change < 0.05
    drift = 0.0
    if transient:
        # A transient run reports time means over the last `average` seconds; it counts as settled when
        # both halves of that span give every rack the same mean inlet within 0.25 K.
        for r in meta["racks"]:
            d = half_window_drift(series(case_dir, r["inPatch"]), average)
            drift = max(drift, d if d is not None else float("inf"))
        converged = drift <= 0.25
    # A converged run reports its last values; one that still oscillates reports the mean over the last
    # `average` iterations, and every rack says how far its intake swung in that span.
    span = average if transient else 0 if converged else average
    racks = []
    released = 0.0
    swing_max = 0.0
    for r in meta["racks"]:
        points = series(case_dir, r["inPatch"])
        t_in, _ = window_mean(points, span)
        _, swing = window_mean(points, window if converged and not transient else average)
        t_out, _ = window_mean(series(case_dir, r["outPatch"]), span)
        swing_max = max(swing_max, swing)
        released += rho * cp * r["flow"] * (t_out - t_in)
        racks.append({"id": r["id"], "name": r["name"], "inletMeanC": round(t_in, 3),
                      "inletSwingK": round(swing, 3), "exhaustMeanC": round(t_out, 3),
                      "expectedRiseK": round(r["heatW"] / (rho * cp * r["flow"]), 3)})
    coolers = []
    removed = 0.0
    for c in meta["coolers"]:
        flow = sum(s["flow"] for s in c["returns"])
        weighted = sum(s["flow"] * window_mean(series(case_dir, s["patch"]), span)[0] for s in c["returns"])
        t_ret = weighted / flow
        heat = rho * cp * flow * (t_ret - c["supplyC"])
        removed += heat
        coolers.append({"id": c["id"], "name": c["name"], "returnMeanC": round(t_ret, 3),
                        "supplyC": c["supplyC"], "heatRemovedW": round(heat, 1),
                        "capacityW": c["capacityW"]})
    specified = sum(r["heatW"] for r in meta["racks"])
    inlets = [r["inletMeanC"] for r in racks]
    stored = heat_stored(case_dir, rho * cp, average) if transient else None
    # A time mean balances only with the heat the room stored over the span: released = removed + stored.
    balance = removed + (stored or 0.0) - specified
    result = {
        "case": meta["case"],
        "solver": "buoyantBoussinesqPimpleFoam" if transient else "buoyantBoussinesqSimpleFoam",
        "openfoamVersion": version,
        "turbulenceModel": "kEpsilon",
        "cellSizeM": meta["cellSizeM"],
        "cells": count_cells(case_dir),
        "iterations": last,
        "converged": converged,
        "valuesAveragedOverLastIterations": None if transient else span,
        "valuesAveragedOverLastSeconds": average if transient else None,
        "meanDriftK": round(drift, 3) if transient else None,
        "inletChangeOverLast%dIterationsK" % window: None if change is None else round(change, 4),
        "maxInletSwingK": round(swing_max, 3),
        "finalInitialResiduals": final_residuals(case_dir),
        "wallSeconds": wall_seconds,
        "racks": racks,
        "coolers": coolers,
        "heatSpecifiedW": specified,
        "heatReleasedW": round(released, 1),
        "heatRemovedW": round(removed, 1),
        "heatStoredW": None if stored is None else round(stored, 1),
        "energyImbalancePercent": round(100.0 * balance / specified, 2) if specified else None,
        "inletSpreadK": round(max(inlets) - min(inlets), 3) if inlets else None,
    }
    with open(out_path, "w") as f:
        json.dump(result, f, indent=1)
        f.write("\n")
    print("%s: %s cells, %s iterations, inlets %.2f..%.2f C, heat released %.1f kW, removed %.1f kW, stored %s kW "
          "(%+.2f %%)" % (meta["case"], result["cells"], last, min(inlets), max(inlets), released / 1e3, removed / 1e3,
                         "-" if stored is None else "%.1f" % (stored / 1e3), result["energyImbalancePercent"]))
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("check-patches")
    p.add_argument("case_dir")
    p = sub.add_parser("converged")
    p.add_argument("case_dir")
    p.add_argument("--window", type=int, default=200)
    p.add_argument("--tol", type=float, default=0.05)
    p.add_argument("--min-iterations", type=int, default=400)
    p = sub.add_parser("collect")
    p.add_argument("case_dir")
    p.add_argument("out")
    p.add_argument("--wall-seconds", type=float, default=None)
    p.add_argument("--openfoam-version", default="v1912")
    p.add_argument("--window", type=int, default=200)
    p.add_argument("--average", type=int, default=500,
                   help="iterations (transient: seconds) to average over when the run did not converge")
    p.add_argument("--transient", action="store_true", help="a buoyantBoussinesqPimpleFoam run: report time means")
    args = parser.parse_args()
    if args.command == "check-patches":
        return check_patches(args.case_dir)
    if args.command == "converged":
        meta = load_meta(args.case_dir)
        last, change = inlet_change(args.case_dir, meta, args.window)
        if last is None or change is None:
            print("iteration %s: not enough history" % last)
            return 1
        print("iteration %d: largest intake change over %d iterations %.4f K" % (last, args.window, change))
        return 0 if last >= args.min_iterations and change < args.tol else 1
    return collect(args.case_dir, args.out, args.wall_seconds, args.openfoam_version, args.window,
                   args.average, args.transient)


if __name__ == "__main__":
    sys.exit(main())
