// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planeditor.h"

#include <QCoreApplication>

#include <vector>

namespace rw {

class PlanBatch;

/// The named operations on liquid cooling: coolant loops, their heat-rejection stages and the racks on them.
/// Each is one undo step; refused edits change nothing.
class LiquidEdits {
    Q_DECLARE_TR_FUNCTIONS(rw::LiquidEdits)
public:
    static EditResult addLoop(PlanEditor &editor, CoolantLoop loop);
    static EditResult editLoop(PlanEditor &editor, const CoolantLoop &loop);
    /// Removes the loop with its heat-rejection stages and the racks' attachments to it. A facility water system
    /// that still feeds CDU loops is refused (connect them elsewhere first).
    static EditResult removeLoop(PlanEditor &editor, Id loopId);

    static EditResult addStage(PlanEditor &editor, LoopRejection stage);
    static EditResult editStage(PlanEditor &editor, const LoopRejection &stage);
    static EditResult removeStage(PlanEditor &editor, Id stageId);

    /// Puts racks on a technology loop with the branch and cold plate figures of `figures` (its rackId and loopId
    /// are ignored); a rack on another loop moves, keeping nothing of its old attachment.
    static EditResult attachRacks(
        PlanEditor &editor, const std::vector<Id> &rackIds, Id loopId, const LoopRack &figures);
    /// Changes the figures of one rack's attachment.
    static EditResult editAttachment(PlanEditor &editor, const LoopRack &attachment);
    static EditResult detachRacks(PlanEditor &editor, const std::vector<Id> &rackIds);

    /// For removals elsewhere: takes the rack's attachment with it.
    static void removeAttachmentOf(PlanBatch &batch, Id rackId);
    /// The loop or stage that uses the cooling unit, in words; empty when none does.
    static QString coolingUnitUse(const Plan &plan, Id unitId);
};

}  // namespace rw
