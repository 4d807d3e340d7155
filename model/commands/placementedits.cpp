// SPDX-License-Identifier: GPL-3.0-or-later
#include "placementedits.h"

#include "i18n/labels.h"
#include "plan/drawingdefaults.h"
#include "planbatch.h"

namespace rw {
namespace {

template <class T> EditResult addOne(PlanEditor &editor, T entity, const QString &missingHall)
{
    if (!editor.plan().find<Hall>(entity.hallId))
        return EditResult::refused(missingHall);
    if (entity.name.trimmed().isEmpty())
        entity.name = DrawingDefaults::nextName<T>(editor.plan(), Labels::of(entity.kind));
    PlanBatch batch(editor, QCoreApplication::translate("rw::PlacementEdits", "Add %1").arg(Labels::of(entity.kind)));
    batch.add(entity);
    EditResult result = batch.commit();
    if (result.ok)
        result.id = entity.id;
    return result;
}

}  // namespace

EditResult PlacementEdits::placeCoolingUnit(PlanEditor &editor, CoolingUnit unit)
{
    return addOne(editor, unit, tr("There is no hall to place the cooling unit in."));
}

EditResult PlacementEdits::placePowerNode(PlanEditor &editor, PowerNode node)
{
    return addOne(editor, node, tr("There is no hall to place the power node in."));
}

EditResult PlacementEdits::addObstacles(
    PlanEditor &editor, Id hallId, ObstacleKind kind, const std::vector<QRectF> &footprints, std::vector<Id> *created)
{
    if (!editor.plan().find<Hall>(hallId))
        return EditResult::refused(tr("There is no hall to draw in."));
    PlanBatch batch(editor, tr("Add %1").arg(Labels::of(kind)));
    std::vector<Id> ids;
    for (const QRectF &r : footprints) {
        Obstacle obstacle = DrawingDefaults::obstacle(kind);
        obstacle.hallId = hallId;
        obstacle.xM = r.center().x(), obstacle.yM = r.center().y();
        obstacle.widthM = r.width(), obstacle.depthM = r.height();
        batch.add(obstacle);
        ids.push_back(obstacle.id);
    }
    const EditResult result = batch.commit();
    if (result.ok && created)
        *created = ids;
    return result;
}

}  // namespace rw
