// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

namespace rw {

/// What File > New starts from: a site and one empty hall of the default size.
class NewPlan {
public:
    /// Replaces `plan`'s content; the names come translated from the caller.
    static void fill(Plan &plan, const QString &siteName, const QString &hallName);
};

}  // namespace rw
