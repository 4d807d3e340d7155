#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs epanet-js (EPANET 2.2 as WebAssembly, from the npm registry) into scripts/epanet/node_modules for the
# test engine_liquid_epanet, which is skipped where node or this package is missing. Needs node and npm
# (Debian packages nodejs and npm). node_modules is not committed.
set -euo pipefail
cd "$(dirname "$0")"
npm install --no-audit --no-fund --loglevel=error
