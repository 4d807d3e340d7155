// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "drawtoolstate.h"

namespace rw {

/// Obstacles drawn on the floor: the footprints the drag gives become obstacles of one kind.
class ObstacleToolState : public DrawToolState {
public:
    ObstacleToolState(FloorToolHost &host, ObstacleKind kind) : DrawToolState(host), mKind(kind) { }

protected:
    void finish(Id hallId, QPointF start, QPointF end, const std::vector<QRectF> &footprints) override;
    ObstacleKind kind() const { return mKind; }

private:
    ObstacleKind mKind;
};

/// Drags a wall along its longer axis.
class WallTool : public ObstacleToolState {
    Q_DECLARE_TR_FUNCTIONS(rw::WallTool)
public:
    explicit WallTool(FloorToolHost &host) : ObstacleToolState(host, ObstacleKind::Wall) { }
    static QString name() { return tr("Wall"); }
    static QString tip() { return tr("Drag along a wall"); }

protected:
    Preview preview(QPointF start, QPointF end) const override;
};

/// A column or another obstacle: a click places the default size, a drag gives the size.
class BlockTool : public ObstacleToolState {
    Q_DECLARE_TR_FUNCTIONS(rw::BlockTool)
public:
    using ObstacleToolState::ObstacleToolState;

protected:
    Preview preview(QPointF start, QPointF end) const override;
};

class ColumnTool : public BlockTool {
    Q_DECLARE_TR_FUNCTIONS(rw::ColumnTool)
public:
    explicit ColumnTool(FloorToolHost &host) : BlockTool(host, ObstacleKind::Column) { }
    static QString name() { return tr("Column"); }
    static QString tip() { return tr("Click to place a column, or drag its size"); }
};

class ObstacleTool : public BlockTool {
    Q_DECLARE_TR_FUNCTIONS(rw::ObstacleTool)
public:
    explicit ObstacleTool(FloorToolHost &host) : BlockTool(host, ObstacleKind::Obstacle) { }
    static QString name() { return tr("Obstacle"); }
    static QString tip() { return tr("Drag an obstacle's size"); }
};

/// Perforates the raised-floor tiles (0.6 m from the hall's origin) that the dragged rectangle touches.
class TileTool : public ObstacleToolState {
    Q_DECLARE_TR_FUNCTIONS(rw::TileTool)
public:
    explicit TileTool(FloorToolHost &host) : ObstacleToolState(host, ObstacleKind::PerforatedTile) { }
    static QString name() { return tr("Perforated tiles"); }
    static QString tip() { return tr("Click a tile, or drag over the tiles to perforate"); }

protected:
    Preview preview(QPointF start, QPointF end) const override;
};

}  // namespace rw
