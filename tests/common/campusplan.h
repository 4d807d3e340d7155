// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A campus of identical halls for the scale benchmarks and tests (issue 20): `halls` copies of the demo
// hall, each with its own power chain and cooling, in one plan. The copies share the device types, the
// site record and the demo's scenarios; everything else is copied with new ids, so that no hall shares a
// power node, a link or a cooling unit with another.

#include "plan/plan.h"

#include <vector>

namespace rwtest {

void buildDemoCampus(rw::Plan &plan, int halls);

/// buildDemoCampus with every hall under one grid connection, as on the gigafactory: two grid circuits, each
/// reaching every 110/20 kV transformer (`transformersPerSide` per side, each rated `transformerKw`, with a
/// loss curve), and one 20 kV board per side feeding the halls' utility feeds of that side (the demo hall's
/// two). The whole site is one part of the chain, and the transformers share their side's load as the
/// routing chooses. Returns the ids of the added nodes: circuits, then per side its board and transformers.
std::vector<rw::Id> buildConnectedCampus(rw::Plan &plan, int halls, double transformerKw, int transformersPerSide = 3);

/// Adds a copy of everything in `source` (halls, chain, racks, devices, cooling, labels; device types it
/// lacks) to `target` with new ids; names of halls, power nodes and cooling units get `suffix`.
void appendPlanCopy(const rw::Plan &source, rw::Plan &target, const QString &suffix);

}  // namespace rwtest
