// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A campus of identical halls for the scale benchmarks and tests (issue 20): `halls` copies of the demo
// hall, each with its own power chain and cooling, in one plan. The copies share the device types, the
// site record and the demo's scenarios; everything else is copied with new ids, so that no hall shares a
// power node, a link or a cooling unit with another.

#include "plan/plan.h"

namespace rwtest {

void buildDemoCampus(rw::Plan &plan, int halls);

/// Adds a copy of everything in `source` (halls, chain, racks, devices, cooling, labels; device types it
/// lacks) to `target` with new ids; names of halls, power nodes and cooling units get `suffix`.
void appendPlanCopy(const rw::Plan &source, rw::Plan &target, const QString &suffix);

}  // namespace rwtest
