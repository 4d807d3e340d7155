// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QStringList>

namespace rw {

/// The plans bundled with Rackwerk, addressed by name wherever a plan file is taken: "demo" (buildDemoPlan) and
/// "gigafactory" (buildGigafactoryPlan). They are built, never read or written.
class BuiltInPlans {
public:
    static QStringList names();
    static bool isBuiltIn(const QString &name);
    /// Replaces `plan` with the bundled plan `name`; false (plan untouched) when no bundled plan has that name.
    static bool build(const QString &name, Plan &plan);
};

}  // namespace rw
