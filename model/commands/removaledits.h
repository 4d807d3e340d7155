// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/planitemref.h"
#include "planeditor.h"

#include <QCoreApplication>

#include <vector>

namespace rw {

/// Deleting a selection from a hall's floor, as one undo step.
class RemovalEdits {
    Q_DECLARE_TR_FUNCTIONS(rw::RemovalEdits)
public:
    /// Removes the items; racks go with their devices, rows left empty with them, power nodes with their
    /// links. A power node that still feeds racks or cooling units is refused (connect them elsewhere first).
    static EditResult removeItems(PlanEditor &editor, const std::vector<PlanItemRef> &items);
};

}  // namespace rw
