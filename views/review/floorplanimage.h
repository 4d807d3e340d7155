#pragma once

#include "plan/plan.h"
#include "review/reviewreport.h"

#include <vector>

namespace rw {

/// Pictures of every hall's floor plan, drawn by the same scene the main window shows, for the report.
/// Needs a QApplication (the scene's text items use the widget style's fonts).
std::vector<ReportImage> renderFloorPlans(const Plan &plan, int widthPx = 2000);

}  // namespace rw
