#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine:
#   scripts/dev.sh run   installs what is missing, builds, launches Rackwerk on the demo plan
#   scripts/dev.sh test  installs what is missing, builds, runs every test (CTest): the fast set, then the
#                        long validation runs (configuration "Long", label "long")
# Packages are installed with apt (as root, or through sudo) only when some are missing.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD_DIR=${RACKWERK_BUILD_DIR:-$ROOT/build}
JOBS=${RACKWERK_JOBS:-$(nproc)}

PACKAGES=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-charts-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6opengl6-dev libxkbcommon-dev libvulkan-dev libgl-dev
    libboost-graph-dev libsqlite3-dev
    xvfb xauth fonts-dejavu-core poppler-utils
)

install_missing() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
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
    build -DRACKWERK_BUILD_TESTS=ON
    cd "$BUILD_DIR"
    ctest --output-on-failure --parallel "$JOBS"
    ctest --output-on-failure --parallel "$JOBS" -C Long -L long
    ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
