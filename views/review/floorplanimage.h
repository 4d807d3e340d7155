// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"
#include "review/reviewreport.h"

#include <QCoreApplication>

#include <vector>

namespace rw {

/// The floor plan pictures of the report: the drawing with a legend (rack colours, symbols, north) and a
/// scale bar under it.
class FloorPlanImage {
    Q_DECLARE_TR_FUNCTIONS(rw::FloorPlanImage)
public:
    /// Height of the legend under the drawing, as a share of the picture's width.
    static constexpr double kLegendShare = 0.16;
    /// The longest round length (0.5, 1, 2, 5, 10, 20, 50 ... m) up to atMostM, for a scale bar.
    static double scaleBarMetres(double atMostM);
};

/// Pictures of every hall's floor plan, drawn by the same scene the main window shows, for the report.
/// Needs a QApplication (the scene's text items use the widget style's fonts).
std::vector<ReportImage> renderFloorPlans(const Plan &plan, int widthPx = 2000);

}  // namespace rw
