// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

namespace rw {

/// Replaces the content of `plan` with the second demo: an EU AI gigafactory campus of about 100,000 GPUs in ten
/// halls of liquid-cooled GB300 NVL72 racks, each hall with a CDU and technology loop per row, a facility water
/// system with a heat-reuse exchanger and dry coolers, fan walls for the residual air heat, and a 2N power chain
/// up to a 110 kV grid connection. Every figure derives from the named constants of gigafactoryparts.h and the
/// catalogue; the assumptions and their sources are written into the plan's site record.
void buildGigafactoryPlan(Plan &plan);

}  // namespace rw
