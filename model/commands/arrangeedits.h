// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/planitemref.h"
#include "planeditor.h"

#include <QCoreApplication>
#include <QPointF>
#include <QRectF>

#include <vector>

namespace rw {

/// Moving things on a hall's floor: racks, cooling units, obstacles, power nodes and labels, a selection of
/// them at a time, each edit ONE undo step. Geometry only: what is allowed is decided by PlanEditor's
/// checks, and a refused edit changes nothing.
class ArrangeEdits {
    Q_DECLARE_TR_FUNCTIONS(rw::ArrangeEdits)
public:
    enum class Align { Left, HorizontalCentre, Right, Top, VerticalCentre, Bottom };

    /// mergeKey: successive moves with the same key form one undo step (arrow-key nudges).
    static EditResult move(
        PlanEditor &editor, const std::vector<PlanItemRef> &items, QPointF deltaM, const QString &mergeKey = {});
    /// A quarter turn clockwise about the selection's centre; racks and units turn their fronts with it.
    static EditResult rotate(PlanEditor &editor, const std::vector<PlanItemRef> &items);
    static EditResult align(PlanEditor &editor, const std::vector<PlanItemRef> &items, Align how);
    /// Equal gaps between centres from the first to the last item along x or y (three or more items).
    static EditResult distribute(
        PlanEditor &editor, const std::vector<PlanItemRef> &items, Qt::Orientation orientation);

    /// Footprint of an item in hall metres; empty when it does not exist.
    static QRectF bounds(const Plan &plan, const PlanItemRef &item);
    static QRectF bounds(const Plan &plan, const std::vector<PlanItemRef> &items);
};

}  // namespace rw
