#pragma once

#include "plan/plan.h"

#include <QGraphicsScene>
#include <QTimer>

namespace rw {

/// The floor plan of one hall, in metres (x east, y south). Observes the plan and redraws after
/// changes, coalescing a burst of edits (an undo of 1,000 racks) into one rebuild.
class FloorPlanScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit FloorPlanScene(const Plan &plan, QObject *parent = nullptr);

    void setHall(Id hallId);
    Id hall() const { return mHallId; }
    /// Builds all items now (also used by the scene benchmark).
    void rebuild();
    /// Selects the rack or cooling unit, if it is on this hall's plan; returns its item.
    QGraphicsItem *select(EntityKind kind, Id id);

signals:
    void entityActivated(rw::EntityKind kind, rw::Id id);

private:
    void scheduleRebuild();
    void addHallOutline(const Hall &hall);
    void addCoolingUnit(const CoolingUnit &unit);

    const Plan &mPlan;
    Id mHallId = kNoId;
    QTimer mRebuildTimer;
};

}  // namespace rw
