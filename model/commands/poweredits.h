// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planeditor.h"

#include <QCoreApplication>

namespace rw {

/// Edits of the power chain that are more than one entity edit.
class PowerEdits {
    Q_DECLARE_TR_FUNCTIONS(rw::PowerEdits)
public:
    /// Adds a power node; with a feeding node (not kNoId) also the link from it, in the same undo step.
    /// A new node is linked only when the caller names the feeding node: nothing is linked by guesswork.
    static EditResult addNode(PlanEditor &editor, PowerNode node, Id feedingNodeId = kNoId);
};

}  // namespace rw
