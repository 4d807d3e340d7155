// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planeditor.h"

#include <QCoreApplication>
#include <QPointF>

#include <vector>

namespace rw {

/// A row of racks as the row tool drags it: from `start` towards `end` in hall metres.
struct RackRowDraft {
    Id hallId = kNoId;
    QPointF start;
    QPointF end;
    Rack prototype;  ///< size, budget and cooling of each rack (DrawingDefaults::rackTemplates())
    Facing facing = Facing::North;  ///< fronts, when across the row
    Containment containment = Containment::HotAisle;
};

/// Drawing a row of racks: the row and its racks, named "Row 7", "Row 7-01", ..., in one undo step.
class RackRowEdits {
    Q_DECLARE_TR_FUNCTIONS(rw::RackRowEdits)
public:
    /// Adds the row and as many racks as fit the dragged length (at least one). Refused as a whole when the
    /// hall does not exist or one rack is refused (a negative power budget); `racks` gets the new racks' ids.
    /// The result's id is the row's.
    static EditResult draw(PlanEditor &editor, const RackRowDraft &draft, std::vector<Id> *racks = nullptr);
};

}  // namespace rw
