// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

namespace rw {

/// Replaces the content of `plan` with the demo: hall 1 of the Industrial AI Cloud in Munich,
/// about 10,000 Blackwell GPUs (1,100 DGX B200 plus RTX PRO 6000 servers), its networking and storage,
/// a 2N power chain and fan-wall air cooling with river-water heat rejection. The assumptions are
/// written into the plan's site record.
void buildDemoPlan(Plan &plan);

}  // namespace rw
