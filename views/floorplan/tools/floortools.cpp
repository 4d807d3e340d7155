// SPDX-License-Identifier: GPL-3.0-or-later
#include "floortools.h"

#include "floorplan/floorplanview.h"
#include "halloutlinetool.h"
#include "obstacletools.h"
#include "placetools.h"
#include "rowtool.h"
#include "selecttool.h"
#include "underlayscaletool.h"

namespace rw {
namespace {

template <class Tool> FloorToolEntry entry(FloorTool tool, const char *shortcut)
{
    return { tool, shortcut, &Tool::name, &Tool::tip,
        [](FloorToolHost &host) -> std::unique_ptr<FloorToolState> { return std::make_unique<Tool>(host); } };
}

}  // namespace

const std::vector<FloorToolEntry> &floorTools()
{
    static const std::vector<FloorToolEntry> tools {
        entry<SelectTool>(FloorTool::Select, "V"),
        entry<RowTool>(FloorTool::Row, "N"),
        entry<WallTool>(FloorTool::Wall, "W"),
        entry<ColumnTool>(FloorTool::Column, "C"),
        entry<ObstacleTool>(FloorTool::Obstacle, "B"),
        entry<TileTool>(FloorTool::PerforatedTile, "T"),
        entry<CoolingUnitTool>(FloorTool::CoolingUnit, "U"),
        entry<PowerNodeTool>(FloorTool::PowerNode, "P"),
        entry<LabelTool>(FloorTool::Label, "L"),
        entry<HallOutlineTool>(FloorTool::HallOutline, "H"),
        entry<UnderlayScaleTool>(FloorTool::UnderlayScale, "K"),
    };
    return tools;
}

const FloorToolEntry &floorTool(FloorTool tool)
{
    for (const FloorToolEntry &entry : floorTools()) {
        if (entry.tool == tool)
            return entry;
    }
    return floorTools().front();  // every FloorTool is registered; Select as the safe fallback
}

}  // namespace rw
