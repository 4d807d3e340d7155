#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One entry point for a fresh Debian 12 machine:
#   scripts/dev.sh run       installs what is missing, builds, launches Rackwerk on the demo plan
#   scripts/dev.sh test      installs what is missing, builds, runs every test (CTest): the fast set, then the
#                            Debian package check (see package), then the long validation runs (configuration
#                            "Long", label "long"), then each fuzz target for a short fixed number of runs
#                            (RACKWERK_FUZZ_RUNS, default 2000)
#   scripts/dev.sh package   builds the Debian package (CPU engine only, in build-package) with CPack, unpacks
#                            it into a clean folder, validates its desktop file, MIME type and AppStream
#                            metainfo and runs the installed programs; the .deb is left in build-package/package
#   scripts/dev.sh sanitize  builds the engines, the model and their suites with clang, ASan and UBSan in
#                            build-fuzz and runs them (every engine, model and store suite but the three long
#                            thermal ones; arguments go to ctest, e.g. `sanitize -R tst_planstore`)
#   scripts/dev.sh sanitize-all
#                            builds the whole project and every test with ASan and UBSan (clang -O1,
#                            RACKWERK_SANITIZE=ON, in build-asan) and runs the whole suite, the long set too
#   scripts/dev.sh fuzz [SECONDS]
#                            runs each fuzz target for SECONDS (default 600; 14400 = four hours each),
#                            growing the corpus in build-fuzz/corpus; crashes go to build-fuzz/artifacts
# Packages are installed with apt (as root, or through sudo) only when some are missing.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD_DIR=${RACKWERK_BUILD_DIR:-$ROOT/build}
JOBS=${RACKWERK_JOBS:-$(nproc)}

PACKAGES=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-pdf-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6opengl6-dev libxkbcommon-dev libvulkan-dev libgl-dev
    libboost-graph-dev libsqlite3-dev libxlsxwriter-dev libdxflib-dev
    xvfb xauth fonts-dejavu-core poppler-utils unzip
    help2man dpkg-dev appstream desktop-file-utils shared-mime-info python3-jsonschema python3-yaml
    clang libclang-rt-14-dev
    slurm-wlm munge
)
# Node.js only runs the independent EPANET check (engine_liquid_epanet, skipped without it); a machine that
# already has node and npm (e.g. from another repository, whose nodejs conflicts with Debian's npm) keeps them.
NODE_PACKAGES=(nodejs npm)

install_missing() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if ! command -v node > /dev/null || ! command -v npm > /dev/null; then
        missing+=("${NODE_PACKAGES[@]}")
    fi
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$BUILD_DIR" --parallel "$JOBS"
}

# The fuzz targets (tests/fuzz): clang with libFuzzer, ASan and UBSan, in a build folder of their own.
FUZZ_DIR=${RACKWERK_FUZZ_DIR:-$ROOT/build-fuzz}
FUZZ_TARGETS=(fuzz_planfile fuzz_planjson fuzz_thermalcase fuzz_reviewfile fuzz_netbox fuzz_weathercsv fuzz_ruleset
    fuzz_weatherfiles fuzz_dxf)

build_fuzzers() {
    # -O1 and line tables: builds about twice as fast as -O2 -g, and stacks still name file and line.
    cmake -S "$ROOT" -B "$FUZZ_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
        -DCMAKE_CXX_COMPILER=clang++ -DRACKWERK_FUZZ=ON -DRACKWERK_BUILD_TESTS=ON
    cmake --build "$FUZZ_DIR" --parallel "$JOBS" --target "${1:-fuzzers}"
}

# run_fuzzers -runs=N or -max_total_time=S: every target from its seeds (tests/fuzz/corpus/NAME) and the
# corpus it grew before; fails on the first crash, hang (over 10 s for one input) or leak.
run_fuzzers() {
    local limit=$1
    for target in "${FUZZ_TARGETS[@]}"; do
        local name=${target#fuzz_}
        mkdir -p "$FUZZ_DIR/corpus/$name" "$FUZZ_DIR/artifacts"
        echo "== $target ($limit)"
        ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} "$FUZZ_DIR/tests/fuzz/$target" "$limit" -timeout=10 \
            -rss_limit_mb=2048 -max_len=262144 -print_final_stats=1 \
            -artifact_prefix="$FUZZ_DIR/artifacts/$name-" "$FUZZ_DIR/corpus/$name" "$ROOT/tests/fuzz/corpus/$name"
    done
}

# package_check BUILD_DIR: the Debian package of a CPU-engine build, unpacked into a clean folder (dpkg -x)
# and run from there; the programs find Qt and the other libraries where Debian installs them.
package_check() {
    local dir=$1
    cmake --build "$dir" --parallel "$JOBS" --target rackwerk rackwerk-cli rackwerk_man_pages
    (cd "$dir" && cpack -G DEB -B "$dir/package")
    local deb
    deb=$(ls "$dir"/package/rackwerk_*_amd64.deb)
    dpkg-deb --info "$deb"
    # grep -c reads to the end: grep -q would stop the writer early, which pipefail counts as a failure.
    dpkg-deb --field "$deb" Depends | grep -c libqt6charts6 > /dev/null || { echo "package: no Qt Charts" >&2; return 1; }
    local root
    root=$(mktemp -d)
    trap 'rm -rf "$root"' RETURN
    dpkg-deb -x "$deb" "$root"
    dpkg-deb --contents "$deb" | awk '{print $6}'
    local share=$root/usr/share
    for f in usr/bin/rackwerk usr/bin/rackwerk-cli usr/share/applications/de.rackwerk.Rackwerk.desktop \
        usr/share/icons/hicolor/scalable/apps/de.rackwerk.Rackwerk.svg usr/share/mime/packages/rackwerk.xml \
        usr/share/metainfo/de.rackwerk.Rackwerk.metainfo.xml usr/share/man/man1/rackwerk.1.gz \
        usr/share/man/man1/rackwerk-cli.1.gz usr/share/bash-completion/completions/rackwerk-cli \
        usr/share/bash-completion/completions/rackwerk usr/share/doc/rackwerk/copyright; do
        [ -s "$root/$f" ] || { echo "package: $f is missing" >&2; return 1; }
    done
    appstreamcli validate --no-net "$share/metainfo/de.rackwerk.Rackwerk.metainfo.xml"
    desktop-file-validate "$share/applications/de.rackwerk.Rackwerk.desktop"
    # The MIME database builds from the package's type without complaint and knows a plan by its name.
    local mime=$root/check-share/mime
    mkdir -p "$mime/packages"
    cp "$share/mime/packages/rackwerk.xml" "$mime/packages/"
    if XDG_DATA_DIRS=$root/check-share update-mime-database "$mime" 2>&1 | grep .; then
        echo "package: the MIME type does not load" >&2
        return 1
    fi
    grep -q 'application/x-rackwerk-plan' "$mime/globs2"
    zcat "$share/man/man1/rackwerk-cli.1.gz" | grep -c 'info PLAN' > /dev/null
    bash -n "$share/bash-completion/completions/rackwerk-cli"
    bash -n "$share/bash-completion/completions/rackwerk"
    # Nothing may point back into the build folder: a run path only relative to the program ($ORIGIN, as
    # qt_standard_project_setup sets it), every library from the system.
    local bin
    for bin in "$root/usr/bin/rackwerk" "$root/usr/bin/rackwerk-cli"; do
        if readelf -d "$bin" | grep -E 'R(UN)?PATH' | grep -E '\[/|:/'; then
            echo "package: $bin has an absolute run path" >&2
            return 1
        fi
        if ldd "$bin" | grep 'not found'; then echo "package: $bin misses a library" >&2; return 1; fi
    done
    "$root/usr/bin/rackwerk-cli" --version
    "$root/usr/bin/rackwerk" --version
    "$root/usr/bin/rackwerk" --help > /dev/null
    "$root/usr/bin/rackwerk-cli" --help > /dev/null
    "$root/usr/bin/rackwerk-cli" engines
    "$root/usr/bin/rackwerk-cli" info demo
    echo "package: $deb installs and runs"
}

# The package is built without the CUDA engine (NOTICE.md); a build folder made without it is used as is.
package_build_dir() {
    if grep -q '^RACKWERK_CUDA_BUILT:INTERNAL=OFF' "$BUILD_DIR/CMakeCache.txt" 2>/dev/null; then
        echo "$BUILD_DIR"
        return
    fi
    local dir=${RACKWERK_PACKAGE_DIR:-$ROOT/build-package}
    cmake -S "$ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRACKWERK_CUDA=OFF \
        -DRACKWERK_BUILD_TESTS=OFF >&2
    echo "$dir"
}

case "${1:-}" in
run)
    install_missing
    build -DRACKWERK_BUILD_TESTS=OFF
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        exec "$BUILD_DIR/app/gui/rackwerk" --demo
    fi
    # No display (a server or a container): run the real window under Xvfb and keep a picture of it.
    shot="$BUILD_DIR/rackwerk-demo.png"
    xvfb-run -a -s "-screen 0 1600x1000x24" "$BUILD_DIR/app/gui/rackwerk" --demo --screenshot "$shot"
    echo "No display found: Rackwerk ran under Xvfb on the demo plan; its window is in $shot"
    ;;
test)
    install_missing
    # EPANET 2.2 (epanet-js) for the independent hydraulic check; without it engine_liquid_epanet is skipped.
    scripts/epanet/install.sh || echo "epanet-js not installed: the test engine_liquid_epanet will be skipped"
    build -DRACKWERK_BUILD_TESTS=ON
    (cd "$BUILD_DIR" && ctest --output-on-failure --parallel "$JOBS")
    package_check "$(package_build_dir)"
    (cd "$BUILD_DIR" && ctest --output-on-failure --parallel "$JOBS" -C Long -L long)
    build_fuzzers
    run_fuzzers "-runs=${RACKWERK_FUZZ_RUNS:-2000}"
    ;;
package)
    install_missing
    package_check "$(package_build_dir)"
    ;;
sanitize)
    # The instrumented build of the fuzz targets also holds the engine, model and store suites. Qt itself
    # is not instrumented; what its libraries keep until exit is not reported as a leak (lsan.supp).
    install_missing
    build_fuzzers all
    cd "$FUZZ_DIR"
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:check_initialization_order=1} \
    LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$ROOT/tests/sanitizers/lsan.supp:print_suppressions=0} \
    UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
        ctest --output-on-failure --parallel "$JOBS" --timeout 3600 \
        -E "${RACKWERK_SANITIZE_EXCLUDE:-engine_thermal_grid|engine_thermal_hall|tst_thermalreference}" "${@:2}"
    ;;
sanitize-all)
    # Every program and suite, widgets and CLI included, instrumented. Qt itself is not: what its libraries
    # keep until exit is not reported as a leak (lsan.supp).
    install_missing
    ASAN_DIR=${RACKWERK_ASAN_DIR:-$ROOT/build-asan}
    # clang at -O1 with line tables, as the fuzz build: about half the build time of g++ -O2 -g.
    cmake -S "$ROOT" -B "$ASAN_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRACKWERK_SANITIZE=ON \
        -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" -DCMAKE_CXX_COMPILER=clang++ \
        -DRACKWERK_BUILD_TESTS=ON
    cmake --build "$ASAN_DIR" --parallel "$JOBS"
    cd "$ASAN_DIR"
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_string_checks=1:check_initialization_order=1}
    export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$ROOT/tests/sanitizers/lsan.supp:print_suppressions=0}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
    ctest --output-on-failure --parallel "$JOBS" --timeout 3600
    ctest --output-on-failure --parallel "$JOBS" --timeout 7200 -C Long -L long
    ;;
fuzz)
    install_missing
    build_fuzzers
    run_fuzzers "-max_total_time=${2:-600}"
    ;;
*)
    echo "usage: $0 run|test|package|sanitize|sanitize-all|fuzz [SECONDS]" >&2
    exit 2
    ;;
esac
