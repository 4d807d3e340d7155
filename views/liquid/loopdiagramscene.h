// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/liquidsnapshot.h"

#include <QGraphicsScene>
#include <QTimer>

#include <vector>

namespace rw {

class LoopBoxItem;

/// The coolant loops as a diagram, left to right as the heat goes out: heat-rejection stages, their facility water
/// system, the CDUs with their technology loops, the racks on each (in rows). Flows, temperatures and margins come
/// from the steady state at design load (LiquidSnapshot); boxes are framed green, amber (thin margin, N+1 of the
/// pumps lost) or red (short of flow or capacity, over a limit). Observes the plan and rebuilds after a burst of
/// edits. Double-clicking a stage or loop announces it (the panel edits it); a right-button press leaves the selection
/// as it is, so that a context menu can act on racks selected elsewhere.
class LoopDiagramScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit LoopDiagramScene(const Plan &plan, QObject *parent = nullptr);

    /// Solves the loops and builds all items now (also used by the tests).
    void rebuild();
    bool rebuilding() const { return mRebuilding; }
    const LiquidSnapshot &snapshot() const { return mSnapshot; }
    const Plan &plan() const { return mPlan; }

    LoopBoxItem *box(EntityKind kind, Id id) const;
    /// The racks selected, with the racks of every selected CDU loop, in id order.
    std::vector<Id> racksOfSelection() const;
    /// The loop selected (a CDU loop or facility water system), or kNoId.
    Id selectedLoop() const;
    /// Selects exactly the boxes of these racks.
    void selectRacks(const std::vector<Id> &rackIds);
    std::vector<LoopBoxItem *> selectedBoxes() const;
    /// The topmost box at a scene position, or nullptr.
    LoopBoxItem *boxAt(const QPointF &scenePos) const;
    /// Whether the plan may be changed: the boxes' tooltips say what double-click and the keys do.
    void setEditable(bool editable);

signals:
    void rebuilt();
    /// A heat-rejection stage's or a loop's box was double-clicked.
    void itemActivated(rw::EntityKind kind, qint64 id);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void scheduleRebuild();
    /// Places a technology loop and its racks from `top`; returns the height taken.
    double placeTechnologyLoop(const CoolantLoop &loop, double top);
    void wire(const QPolygonF &path);
    void addBox(LoopBoxItem *box);
    QString hintFor(EntityKind kind) const;

    const Plan &mPlan;
    LiquidSnapshot mSnapshot;
    QTimer mRebuildTimer;
    bool mRebuilding = false;
    bool mEditable = true;
};

}  // namespace rw
