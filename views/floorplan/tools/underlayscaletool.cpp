// SPDX-License-Identifier: GPL-3.0-or-later
#include "underlayscaletool.h"

#include "commands/underlayedits.h"
#include "floorplan/floorplanscene.h"
#include "underlay/underlaygeometry.h"

#include <QInputDialog>
#include <QLineF>

namespace rw {
namespace {

/// The underlay scaled in this hall: the one imported last.
const Underlay *underlayIn(const Plan &plan, Id hallId)
{
    const Underlay *found = nullptr;
    for (const auto &[id, underlay] : plan.all<Underlay>()) {
        if (underlay.hallId == hallId)
            found = &underlay;
    }
    return found;
}

}  // namespace

DrawToolState::Preview UnderlayScaleTool::preview(QPointF start, QPointF end) const
{
    Preview shown;
    shown.footprints.push_back(QRectF(start, end).normalized().adjusted(-0.02, -0.02, 0.02, 0.02));
    shown.text
        = tr("%1 m as drawn now; release, then enter the true distance").arg(metres(QLineF(start, end).length(), 2));
    return shown;
}

void UnderlayScaleTool::finish(Id hallId, QPointF start, QPointF end, const std::vector<QRectF> &)
{
    const Underlay *underlay = underlayIn(host().editor()->plan(), hallId);
    if (!underlay) {
        host().refuse(tr("This hall has no underlay; import one first."));
        return;
    }
    bool ok = false;
    const double distanceM = QInputDialog::getDouble(host().graphicsView(), tr("Scale underlay"),
        tr("True distance between the two points (m):"), QLineF(start, end).length(), 0.001, 100000.0, 3, &ok);
    if (!ok)
        return;
    const EditResult result = UnderlayEdits::scaleByTwoPoints(*host().editor(), underlay->id,
        UnderlayGeometry::toDrawing(*underlay, start), UnderlayGeometry::toDrawing(*underlay, end), distanceM);
    completed(result, {});
}

}  // namespace rw
