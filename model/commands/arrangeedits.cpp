// SPDX-License-Identifier: GPL-3.0-or-later
#include "arrangeedits.h"

#include "plan/footprint.h"
#include "plan/labelgeometry.h"
#include "planbatch.h"

#include <algorithm>

namespace rw {
namespace {

Facing turnedClockwise(Facing facing)
{
    switch (facing) {
    case Facing::North:
        return Facing::East;
    case Facing::East:
        return Facing::South;
    case Facing::South:
        return Facing::West;
    case Facing::West:
        return Facing::North;
    }
    return facing;
}

void turn(Rack &rack)
{
    rack.facing = turnedClockwise(rack.facing);
}
void turn(CoolingUnit &unit)
{
    unit.facing = turnedClockwise(unit.facing);
}
void turn(Obstacle &obstacle)
{
    std::swap(obstacle.widthM, obstacle.depthM);
}
void turn(PowerNode &)
{
    // a node is drawn as a square symbol: it has no direction
}
void turn(Label &label)
{
    label.rotationDeg = (label.rotationDeg + 90) % 360;
}

/// Moves one entity's centre to `centre` inside the batch (and turns it when `turned`).
template <class T> void placeEntity(PlanBatch &batch, Id id, QPointF centre, bool turned)
{
    const T *found = batch.plan().find<T>(id);
    if (!found)
        return;
    T entity = *found;
    entity.xM = centre.x(), entity.yM = centre.y();  // every placed kind's position is its centre
    if (turned)
        turn(entity);
    batch.update(entity);
}

void place(PlanBatch &batch, const PlanItemRef &item, QPointF centre, bool turned)
{
    switch (item.kind) {
    case EntityKind::Rack:
        return placeEntity<Rack>(batch, item.id, centre, turned);
    case EntityKind::CoolingUnit:
        return placeEntity<CoolingUnit>(batch, item.id, centre, turned);
    case EntityKind::Obstacle:
        return placeEntity<Obstacle>(batch, item.id, centre, turned);
    case EntityKind::PowerNode:
        return placeEntity<PowerNode>(batch, item.id, centre, turned);
    case EntityKind::Label:
        return placeEntity<Label>(batch, item.id, centre, turned);
    default:
        return;
    }
}

template <class T> QRectF boundsOf(const Plan &plan, Id id)
{
    const T *entity = plan.find<T>(id);
    if (!entity)
        return {};
    if constexpr (std::is_same_v<T, Label>)
        return LabelGeometry::footprint(*entity);
    else
        return footprint(*entity);
}

QPointF aligned(QRectF r, const QRectF &all, ArrangeEdits::Align how)
{
    QPointF c = r.center();
    switch (how) {
    case ArrangeEdits::Align::Left:
        c.setX(all.left() + r.width() / 2);
        break;
    case ArrangeEdits::Align::HorizontalCentre:
        c.setX(all.center().x());
        break;
    case ArrangeEdits::Align::Right:
        c.setX(all.right() - r.width() / 2);
        break;
    case ArrangeEdits::Align::Top:
        c.setY(all.top() + r.height() / 2);
        break;
    case ArrangeEdits::Align::VerticalCentre:
        c.setY(all.center().y());
        break;
    case ArrangeEdits::Align::Bottom:
        c.setY(all.bottom() - r.height() / 2);
        break;
    }
    return c;
}

}  // namespace

QRectF ArrangeEdits::bounds(const Plan &plan, const PlanItemRef &item)
{
    switch (item.kind) {
    case EntityKind::Rack:
        return boundsOf<Rack>(plan, item.id);
    case EntityKind::CoolingUnit:
        return boundsOf<CoolingUnit>(plan, item.id);
    case EntityKind::Obstacle:
        return boundsOf<Obstacle>(plan, item.id);
    case EntityKind::PowerNode:
        return boundsOf<PowerNode>(plan, item.id);
    case EntityKind::Label:
        return boundsOf<Label>(plan, item.id);
    default:
        return {};
    }
}

QRectF ArrangeEdits::bounds(const Plan &plan, const std::vector<PlanItemRef> &items)
{
    QRectF all;
    for (const PlanItemRef &item : items)
        all |= bounds(plan, item);
    return all;
}

EditResult ArrangeEdits::move(
    PlanEditor &editor, const std::vector<PlanItemRef> &items, QPointF deltaM, const QString &mergeKey)
{
    PlanBatch batch(editor, tr("Move %n item(s)", nullptr, int(items.size())));
    for (const PlanItemRef &item : items)
        place(batch, item, bounds(editor.plan(), item).center() + deltaM, false);
    return batch.commit(mergeKey);
}

EditResult ArrangeEdits::rotate(PlanEditor &editor, const std::vector<PlanItemRef> &items)
{
    const QPointF pivot = bounds(editor.plan(), items).center();
    PlanBatch batch(editor, tr("Rotate %n item(s)", nullptr, int(items.size())));
    for (const PlanItemRef &item : items) {
        const QPointF d = bounds(editor.plan(), item).center() - pivot;
        // Clockwise on screen, where y grows southwards: (dx, dy) -> (-dy, dx).
        place(batch, item, pivot + QPointF(-d.y(), d.x()), true);
    }
    return batch.commit();
}

EditResult ArrangeEdits::align(PlanEditor &editor, const std::vector<PlanItemRef> &items, Align how)
{
    const QRectF all = bounds(editor.plan(), items);
    PlanBatch batch(editor, tr("Align %n item(s)", nullptr, int(items.size())));
    for (const PlanItemRef &item : items)
        place(batch, item, aligned(bounds(editor.plan(), item), all, how), false);
    return batch.commit();
}

EditResult ArrangeEdits::distribute(
    PlanEditor &editor, const std::vector<PlanItemRef> &items, Qt::Orientation orientation)
{
    if (items.size() < 3)
        return EditResult::refused(tr("Select at least three items to distribute."));
    const bool alongX = orientation == Qt::Horizontal;
    std::vector<std::pair<double, PlanItemRef>> sorted;
    for (const PlanItemRef &item : items) {
        const QPointF c = bounds(editor.plan(), item).center();
        sorted.push_back({ alongX ? c.x() : c.y(), item });
    }
    std::sort(sorted.begin(), sorted.end());
    const double first = sorted.front().first;
    const double step = (sorted.back().first - first) / double(sorted.size() - 1);
    PlanBatch batch(editor, tr("Distribute %n item(s)", nullptr, int(items.size())));
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        QPointF c = bounds(editor.plan(), sorted[i].second).center();
        (alongX ? c.rx() : c.ry()) = first + step * double(i);
        place(batch, sorted[i].second, c, false);
    }
    return batch.commit();
}

}  // namespace rw
