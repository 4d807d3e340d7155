// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/planitemref.h"
#include "planeditor.h"

#include <QCoreApplication>
#include <QPointF>

#include <vector>

namespace rw {

/// Copy, paste and duplicate of floor items (racks with their devices, cooling units, obstacles, power
/// nodes, labels). Copies values, so paste works after the originals were deleted; each paste is one undo
/// step.
class PlanClipboard {
    Q_DECLARE_TR_FUNCTIONS(rw::PlanClipboard)
public:
    void copy(const Plan &plan, const std::vector<PlanItemRef> &items);
    bool canPaste() const { return !mCopied.empty(); }
    /// Adds copies moved by offsetM; `created` gets the new items. Copies of racks of one row form one new
    /// row; a copy is fed like its original unless that node is gone.
    EditResult paste(PlanEditor &editor, QPointF offsetM, std::vector<PlanItemRef> *created) const;
    /// Copies and pastes `items` in one go, leaving the clipboard as it was.
    EditResult duplicate(
        PlanEditor &editor, const std::vector<PlanItemRef> &items, QPointF offsetM, std::vector<PlanItemRef> *created);

    struct Copied {
        PlanItemRef ref;
        Rack rack;
        std::vector<MountedDevice> devices;
        CoolingUnit unit;
        Obstacle obstacle;
        PowerNode node;
        Label label;
    };

private:
    std::vector<Copied> mCopied;
};

}  // namespace rw
