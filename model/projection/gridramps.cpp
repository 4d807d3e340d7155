// SPDX-License-Identifier: GPL-3.0-or-later
#include "gridramps.h"

#include <algorithm>

namespace rw {

GridRamps gridRamps(double swingKw, const SwingTiming &timing, const RampLimits &limits)
{
    GridRamps r;
    r.swingKw = std::max(0.0, swingKw);
    r.rangeKw = 2.0 * r.swingKw;
    // The swing moves linearly from trough to peak in riseSeconds: a window of w seconds sees all of it when the
    // rise fits into the window, else the share w / rise.
    const double rise = std::max(0.0, timing.riseSeconds);
    const auto seenWithin = [&](double windowS) { return rise <= windowS ? 1.0 : windowS / rise; };
    r.rampKwPerSecond = r.rangeKw * seenWithin(1.0);
    r.rampKwPerMinute = r.rangeKw * seenWithin(60.0);
    // The grid may see a swing of the same shape as large as both limits allow; the smoothing takes the rest, half
    // of it above the mean and half below, for one phase each.
    r.gridRangeKw
        = std::min({ r.rangeKw, limits.perSecondKw / seenWithin(1.0), limits.perMinuteKw / seenWithin(60.0) });
    r.gridRangeKw = std::max(0.0, r.gridRangeKw);
    r.withinLimits = r.gridRangeKw >= r.rangeKw * (1.0 - 1e-9);
    r.smoothingKw = r.withinLimits ? 0.0 : (r.rangeKw - r.gridRangeKw) / 2.0;
    r.smoothingKwh = r.smoothingKw * (timing.periodSeconds / 2.0) / 3600.0;
    return r;
}

}  // namespace rw
