// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "planeditor.h"
#include "weather/weatherfilereader.h"

#include <QCoreApplication>

namespace rw {

/// Which hourly weather the site's projections use.
class WeatherEdits {
    Q_DECLARE_TR_FUNCTIONS(rw::WeatherEdits)
public:
    /// Stores a weather file read by WeatherFileReader in the plan, in place of the one it held: one undo step
    /// "Use weather file NAME". The result's id is the stored weather's.
    static EditResult useWeatherFile(PlanEditor &editor, const WeatherFile &file, const QString &fileName);
    /// Drops the plan's own weather, so the typical Munich year applies again; refused when it has none.
    static EditResult useTypicalMunichYear(PlanEditor &editor);
};

}  // namespace rw
