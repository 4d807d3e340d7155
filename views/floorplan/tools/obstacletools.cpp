// SPDX-License-Identifier: GPL-3.0-or-later
#include "obstacletools.h"

#include "commands/placementedits.h"
#include "floorplan/floorplanview.h"
#include "plan/drawingdefaults.h"
#include "plan/footprint.h"

#include <cmath>

namespace rw {
namespace {

constexpr double kTileM = 0.6;  // raised-floor tile pitch

/// Tiles of the raised-floor grid (0.6 m from the hall's origin) that the rectangle from a to b touches.
std::vector<QRectF> tilesBetween(QPointF a, QPointF b)
{
    std::vector<QRectF> tiles;
    const int x0 = int(std::floor(std::min(a.x(), b.x()) / kTileM));
    const int x1 = int(std::floor(std::max(a.x(), b.x()) / kTileM - 1e-9));
    const int y0 = int(std::floor(std::min(a.y(), b.y()) / kTileM));
    const int y1 = int(std::floor(std::max(a.y(), b.y()) / kTileM - 1e-9));
    for (int i = x0; i <= std::max(x0, x1); ++i) {
        for (int j = y0; j <= std::max(y0, y1); ++j)
            tiles.push_back(QRectF(i * kTileM, j * kTileM, kTileM, kTileM));
    }
    return tiles;
}

QRectF wallBetween(QPointF a, QPointF b, double thicknessM)
{
    if (std::abs(b.x() - a.x()) >= std::abs(b.y() - a.y()))
        return QRectF(
            std::min(a.x(), b.x()), a.y() - thicknessM / 2, std::max(thicknessM, std::abs(b.x() - a.x())), thicknessM);
    return QRectF(
        a.x() - thicknessM / 2, std::min(a.y(), b.y()), thicknessM, std::max(thicknessM, std::abs(b.y() - a.y())));
}

}  // namespace

void ObstacleToolState::finish(Id hallId, QPointF, QPointF, const std::vector<QRectF> &footprints)
{
    std::vector<Id> created;
    const EditResult result = PlacementEdits::addObstacles(*host().editor(), hallId, mKind, footprints, &created);
    completed(result, refs(EntityKind::Obstacle, created));
}

DrawToolState::Preview WallTool::preview(QPointF start, QPointF end) const
{
    const QRectF wall = wallBetween(start, end, DrawingDefaults::obstacle(ObstacleKind::Wall).widthM);
    return { { wall }, tr("Wall, %1 m").arg(metres(std::max(wall.width(), wall.height()))) };
}

DrawToolState::Preview BlockTool::preview(QPointF start, QPointF end) const
{
    const Obstacle prototype = DrawingDefaults::obstacle(kind());
    const QRectF dragged = QRectF(start, end).normalized();
    const QRectF r = dragged.width() < FloorPlanView::kSnapM || dragged.height() < FloorPlanView::kSnapM
        ? centredRect(end.x(), end.y(), prototype.widthM, prototype.depthM)
        : dragged;
    return { { r }, tr("%1 x %2 m").arg(metres(r.width(), 2), metres(r.height(), 2)) };
}

DrawToolState::Preview TileTool::preview(QPointF start, QPointF end) const
{
    std::vector<QRectF> tiles = tilesBetween(start, end);
    const int count = int(tiles.size());
    return { std::move(tiles), tr("%n perforated tile(s)", nullptr, count) };
}

}  // namespace rw
