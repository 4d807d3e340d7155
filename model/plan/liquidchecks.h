// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"

#include <QCoreApplication>

namespace rw {

/// What makes coolant loop entities consistent with the rest of the plan: a technology loop belongs to a CDU and
/// drains to a facility water loop (or none), heat-rejection stages sit on facility loops, a rack sits on one
/// technology loop. The editor refuses an edit that breaks one; the validator reports plans that do.
class LiquidChecks {
    Q_DECLARE_TR_FUNCTIONS(rw::LiquidChecks)
public:
    /// An empty string when the entity fits the plan as it is; otherwise a translated one-line reason.
    static QString problem(const Plan &plan, const CoolantLoop &loop);
    static QString problem(const Plan &plan, const LoopRejection &stage);
    static QString problem(const Plan &plan, const LoopRack &attachment);
};

}  // namespace rw
