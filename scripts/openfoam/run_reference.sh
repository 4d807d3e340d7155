#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Build, run and evaluate the OpenFOAM reference for one Rackwerk thermal case.
#
#   scripts/openfoam/run_reference.sh CASE.json OUTDIR [RESULT.json]
#
# OUTDIR becomes the OpenFOAM case directory (wiped first; keep it outside the repository).
# RESULT.json defaults to CASE.json with ".case.json" replaced by ".openfoam.json".
# Environment: CELL_SIZE (m, default 0.2), MAX_ITERATIONS (default 4000), WINDOW (200),
# TOLERANCE_K (0.05), MIN_ITERATIONS (400), OPENFOAM_DIR (default /usr/share/openfoam).
# MEAN_FIELDS_FROM=N also writes the time means UMean and TMean from iteration (or second) N on, kept with
# the last fields in OUTDIR for scripts/openfoam/compare_fields.py.
# RESUME=1 continues an existing OUTDIR from its last written iteration up to MAX_ITERATIONS.
# TRANSIENT_SECONDS=S runs buoyantBoussinesqPimpleFoam for S seconds of air time instead (TIME_STEP,
# default 0.1 s; the step shrinks to keep the Courant number below MAX_COURANT, default 0.8, 0 = fixed
# step) and reports the time means over the last AVERAGE_SECONDS (default S/2): the reference for flows
# that the steady solver cannot settle.
set -euo pipefail

if [[ $# -lt 2 || $# -gt 3 ]]; then
    echo "usage: $0 CASE.json OUTDIR [RESULT.json]" >&2
    exit 2
fi
case_json=$(realpath "$1")
out_dir=$2
result_json=${3:-${case_json%.case.json}.openfoam.json}
[[ "$result_json" == "$case_json" ]] && result_json=${case_json%.json}.openfoam.json
here=$(cd "$(dirname "$0")" && pwd)
cell_size=${CELL_SIZE:-0.2}
max_iterations=${MAX_ITERATIONS:-4000}
window=${WINDOW:-200}
tolerance=${TOLERANCE_K:-0.05}
min_iterations=${MIN_ITERATIONS:-400}
transient_seconds=${TRANSIENT_SECONDS:-0}
time_step=${TIME_STEP:-0.1}
max_courant=${MAX_COURANT:-0.8}
transient=$(python3 -c "import sys; print(1 if float(sys.argv[1]) > 0 else 0)" "$transient_seconds")
average_seconds=${AVERAGE_SECONDS:-$(python3 -c "import sys; print(int(float(sys.argv[1]) / 2))" "$transient_seconds")}
solver=buoyantBoussinesqSimpleFoam
[[ $transient == 1 ]] && solver=buoyantBoussinesqPimpleFoam

# Debian's openfoam package puts the binaries in /usr/bin; they only need WM_PROJECT_DIR to find etc/.
export WM_PROJECT_DIR=${OPENFOAM_DIR:-${WM_PROJECT_DIR:-/usr/share/openfoam}}
if ! command -v buoyantBoussinesqSimpleFoam >/dev/null; then
    # shellcheck disable=SC1091
    source "$WM_PROJECT_DIR/etc/bashrc" || true
fi
command -v buoyantBoussinesqSimpleFoam >/dev/null || { echo "error: OpenFOAM not found" >&2; exit 1; }

step() { # step LOGNAME COMMAND...: run quietly, show the log tail on failure
    local log=log.$1
    shift
    if ! "$@" >"$log" 2>&1; then
        echo "error: $* failed, see $PWD/$log" >&2
        tail -20 "$log" >&2
        exit 1
    fi
}
start=$(date +%s)
if [[ "${RESUME:-0}" == 1 ]]; then
    [[ -f "$out_dir/rackwerk-case.json" ]] || { echo "error: nothing to resume in $out_dir" >&2; exit 1; }
    cd "$out_dir"
    sed -i "s/^endTime .*/endTime $max_iterations;/; s/^stopAt .*/stopAt endTime;/" system/controlDict
    mv log.solver "log.solver.$(date +%s)" 2>/dev/null || true
else
    # Only ever wipe a directory this script made (or an empty/new one).
    if [[ -d "$out_dir" && -n "$(ls -A "$out_dir")" && ! -f "$out_dir/rackwerk-case.json" ]]; then
        echo "error: $out_dir exists and is not an OpenFOAM reference case; not wiping it" >&2
        exit 2
    fi
    rm -rf "$out_dir"
    mkdir -p "$out_dir"
    python3 "$here/case_to_openfoam.py" "$case_json" "$out_dir" --cell-size "$cell_size" \
        --max-iterations "$max_iterations" --transient-seconds "$transient_seconds" --time-step "$time_step" \
        --max-courant "$max_courant" ${MEAN_FIELDS_FROM:+--mean-fields-from "$MEAN_FIELDS_FROM"}
    cd "$out_dir"
    step blockMesh blockMesh
    if python3 -c 'import json,sys; sys.exit(0 if json.load(open("rackwerk-case.json"))["hasSolids"] else 1)'; then
        step topoSet.solids topoSet -dict system/topoSetDict.solids
        step subsetMesh subsetMesh -overwrite -patch walls fluid
    fi
    if python3 -c 'import json,sys; sys.exit(0 if json.load(open("rackwerk-case.json"))["hasPanels"] else 1)'; then
        step topoSet.panels topoSet -dict system/topoSetDict.panels
        step createBaffles createBaffles -overwrite
    fi
    step topoSet.patches topoSet -dict system/topoSetDict.patches
    step createPatch createPatch -overwrite
    python3 "$here/of_results.py" check-patches .
    step checkMesh checkMesh
    grep -E "cells:|Mesh OK|Failed" log.checkMesh | sed 's/^ */  checkMesh: /'
    rm -rf 0 && cp -r 0.orig 0
    step potentialFoam potentialFoam -pName p_rgh -writephi
fi

solver_start=$(date +%s)
nice "$solver" >log.solver 2>&1 &
solver_pid=$!
trap 'kill $solver_pid 2>/dev/null || true' INT TERM
stopping=0
while kill -0 $solver_pid 2>/dev/null; do
    sleep 15
    if [[ $transient == 0 && $stopping == 0 ]] && python3 "$here/of_results.py" converged . --window "$window" --tol "$tolerance" \
        --min-iterations "$min_iterations" >log.monitor 2>&1; then
        # runTimeModifiable: the solver writes its final state and stops after this iteration.
        sed -i 's/^stopAt .*/stopAt writeNow;/' system/controlDict
        stopping=1
    fi
done
wait $solver_pid || { echo "error: solver failed, see $PWD/log.solver" >&2; tail -20 log.solver >&2; exit 1; }
end=$(date +%s)
[[ -f log.monitor ]] && cat log.monitor
version=$(sed -n 's/^Build *: *OPENFOAM=\([0-9]*\).*/v\1/p' log.solver | head -1)
previous=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("wallSeconds") or 0)' "$result_json" 2>/dev/null || echo 0)
[[ "${RESUME:-0}" == 1 ]] || previous=0
python3 "$here/of_results.py" collect . "$result_json" --wall-seconds $((end - start + ${previous%.*})) \
    --openfoam-version "${version:-unknown}" --window "$window" \
    $([[ $transient == 1 ]] && echo "--transient --average $average_seconds")
echo "mesh+setup $((solver_start - start)) s, solver $((end - solver_start)) s -> $result_json"
