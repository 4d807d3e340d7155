// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "floortoolstate.h"

#include <functional>
#include <memory>
#include <vector>

namespace rw {

enum class FloorTool;

/// One tool of the floor plan as the toolbar offers it and the view runs it.
struct FloorToolEntry {
    FloorTool tool;
    const char *shortcut;  ///< one key, as QKeySequence reads it
    QString (*name)();  ///< translated, for the toolbar
    QString (*tip)();  ///< translated, what a gesture does
    std::function<std::unique_ptr<FloorToolState>(FloorToolHost &)> make;
};

/// The floor plan's tools in the toolbar's order: the one list a new tool is registered in.
const std::vector<FloorToolEntry> &floorTools();
const FloorToolEntry &floorTool(FloorTool tool);

}  // namespace rw
