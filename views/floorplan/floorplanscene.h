// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/liquidfindings.h"
#include "plan/layoutchecks.h"
#include "plan/plan.h"
#include "plan/planitemref.h"

#include <QGraphicsScene>

#include <QTimer>
#include <optional>

#include <map>
#include <vector>

class QGraphicsPathItem;

namespace rw {

class RackItem;
class UnderlayItem;

/// What the rack colours show.
enum class RackColourMode {
    PowerUse,  ///< maximum power of the mounted devices against the rack's budget
    FloorLoad,  ///< rack weight on its footprint against the hall's floor rating
    CoolingType,  ///< air, liquid or hybrid
    InletTemperature,  ///< per-rack inlet temperatures handed in from a thermal projection
    CoolantMargin,  ///< racks on coolant loops: flow against need and coolant limits at design load
};

/// One line of the colour legend.
struct LegendEntry {
    QColor colour;
    QString text;
    bool outline = false;  ///< a line or frame of that colour, not a filled area
};

/// The floor plan of one hall, in metres (x east, y south). Observes the plan and redraws after
/// changes, coalescing a burst of edits (an undo of 1,000 racks) into one rebuild; the selection survives.
///
/// Public API for other features (stable; the power-chain and capacity views use it):
///   - selectRacks(ids)            select exactly these racks
///   - setHighlighted(refs)        outline racks, cooling units, obstacles or power nodes, without
///                                 touching the selection (a power node's downstream)
///   - setRackBadges(map)          a short text per rack ("+3"), drawn at a fixed screen size
///   - setRackInletTemperatures()  per-rack inlet temperatures for the inlet-temperature colour mode
/// Highlights, badges and temperatures stay until replaced or cleared, also across rebuilds; entries
/// for racks not in this hall are ignored.
class FloorPlanScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit FloorPlanScene(const Plan &plan, QObject *parent = nullptr);
    /// Quiet: removing the items must not tell observers (which may be gone) that the selection changed.
    ~FloorPlanScene() override;

    void setHall(Id hallId);
    Id hall() const { return mHallId; }
    /// Builds all items now (also used by the scene benchmark).
    void rebuild();
    /// Selects the rack, cooling unit, obstacle, power node or label, if it is on this hall's plan; returns
    /// its item.
    QGraphicsItem *select(EntityKind kind, Id id);

    /// Selects exactly these racks (those on this hall's plan); returns how many were found.
    int selectRacks(const std::vector<Id> &rackIds);
    /// Outlines these items in a strong colour, replacing the previous highlight; empty clears it.
    void setHighlighted(const std::vector<PlanItemRef> &items);
    const std::vector<PlanItemRef> &highlighted() const { return mHighlighted; }
    /// Shows a short text badge on each rack named, replacing all badges; empty clears them.
    void setRackBadges(const std::map<Id, QString> &badges);
    void clearRackBadges() { setRackBadges({}); }
    const std::map<Id, QString> &rackBadges() const { return mBadges; }

    /// Draws the CDU loops' supply and return pipes (CoolantPipes) over the racks.
    void setShowCoolantPipes(bool on);
    bool showsCoolantPipes() const { return mShowCoolantPipes; }
    /// The pipes drawn, as of the last rebuild (data(2) holds the loop's id).
    QList<QGraphicsPathItem *> coolantPipeItems() const;

    void setColourMode(RackColourMode mode);
    RackColourMode colourMode() const { return mColourMode; }
    /// Inlet air temperature per rack in °C, from a thermal projection; empty = no thermal result.
    void setRackInletTemperatures(const std::map<Id, double> &inletTempC);
    const std::map<Id, double> &rackInletTemperatures() const { return mInletTempC; }
    /// Title and entries of the legend for the current colour mode.
    QString legendTitle() const;
    std::vector<LegendEntry> legend() const;
    /// The other symbols of the drawing: cooling units, power nodes, containment, racks framed for a
    /// layout problem (when there are any).
    std::vector<LegendEntry> symbolLegend() const;

    /// What is selected, and the same for racks only.
    std::vector<PlanItemRef> selectedRefs() const;
    std::vector<Id> selectedRacks() const;
    /// Selects exactly these items.
    void selectRefs(const std::vector<PlanItemRef> &refs);
    /// The item showing `ref`, or nullptr.
    QGraphicsItem *itemFor(const PlanItemRef &ref) const;
    /// The entity an item shows; kind Site for items that show none (labels, decorations).
    static PlanItemRef refOf(const QGraphicsItem *item);
    static bool isPlanItem(const QGraphicsItem *item);

    /// Collisions, narrow aisles and racks outside the hall, as of the last rebuild (a limited number of
    /// each kind; layoutReport() says how many more and which racks have any).
    const std::vector<LayoutIssue> &layoutIssues() const { return mLayout.issues; }
    const LayoutReport &layoutReport() const { return mLayout; }
    /// Racks, cooling units, obstacles and power nodes standing (partly) outside the hall, as of the last
    /// rebuild: they stay drawn, framed in red dashes, and the scene grows to show them.
    const std::vector<OutsideItem> &outsideItems() const { return mOutside; }

    /// The underlays under this hall's plan, as of the last rebuild.
    const std::vector<UnderlayItem *> &underlays() const { return mUnderlays; }
    /// The nearest underlay line end or point on a line within radiusM of atM (hall metres), for snapping.
    std::optional<QPointF> snapToUnderlay(QPointF atM, double radiusM) const;

signals:
    /// A plan item was double-clicked (racks open their elevation).
    void entityActivated(rw::EntityKind kind, rw::Id id);
    /// Highlights, badges, colour mode or temperatures changed: the legend may need repainting.
    void overlaysChanged();

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void scheduleRebuild();
    void addCoolingUnit(const CoolingUnit &unit);
    void addObstacle(const Obstacle &obstacle);
    void addPowerNode(const PowerNode &node);
    void addTextLabel(const Label &label);
    void addRowDecorations();
    void addCoolantPipes();
    void recolourRacks();
    QColor rackColour(const Rack &rack) const;

    const Plan &mPlan;
    Id mHallId = kNoId;
    QTimer mRebuildTimer;
    RackColourMode mColourMode = RackColourMode::PowerUse;
    bool mShowCoolantPipes = false;
    std::map<Id, double> mInletTempC;
    std::map<Id, RackCoolantMargin> mCoolantMargins;  ///< solved at each rebuild in the coolant-margin mode
    std::map<Id, QString> mBadges;
    std::vector<PlanItemRef> mHighlighted;
    std::map<PlanItemRef, QGraphicsItem *> mItems;
    LayoutReport mLayout;
    std::vector<OutsideItem> mOutside;
    std::vector<UnderlayItem *> mUnderlays;  ///< owned by the scene
};

}  // namespace rw
