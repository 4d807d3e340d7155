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

    /// Turns the chain below each of `rectifierIds` into 800 V DC distribution, in one undo step: the node
    /// becomes a rectifier (medium-voltage AC to 800 V DC) with the default curve dc::kRectifierEfficiency, every
    /// node below it a DC busway. Those keep their efficiency curves (their distribution losses), except
    /// transformers and UPSs: the rectifier does their conversion once, so they pass DC on without loss. Names,
    /// ratings, sides and links stay. Racks and cooling units are not touched: validation then names those that
    /// cannot take DC. Refused for a node that does not exist or is a source (utility feed, generator).
    static EditResult convertToDc800(PlanEditor &editor, const std::vector<Id> &rectifierIds);
};

}  // namespace rw
