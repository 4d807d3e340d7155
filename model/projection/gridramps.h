// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The ramps the training jobs' synchronised swings make at the grid connection within the hour, and the power
// smoothing (site battery or rack-level storage) that keeps them within the grid operator's ramp limits. The
// projection gives the swing's size per hour (ProjectedYear::trainingSwingKw); the hourly model knows nothing of
// its timing, which comes from SwingTiming. Method, assumptions and sources: docs/load-projection.md, "Swings
// within the hour".

namespace rw {

/// How a training job's swing runs within the hour.
struct SwingTiming {
    /// Seconds from trough to peak. [S] Training swings oscillate at ~0.1-20 Hz (arXiv 2508.14318): the half
    /// period of 20 Hz. Any rise up to one second gives the same ramps, the whole step falling into one second.
    double riseSeconds = 0.025;
    /// Seconds of one compute and communication cycle. [S] the same band; the slowest, 10 s (0.1 Hz), holds each
    /// phase longest and so asks the most energy of the smoothing.
    double periodSeconds = 10.0;
};

/// The grid operator's ramp limits: the largest change of the site's draw within any one second and within any
/// one minute (kW). Set per connection agreement.
struct RampLimits {
    double perSecondKw = 0.0;
    double perMinuteKw = 0.0;
};

/// What a swing does at the grid connection, and the smoothing that keeps it within the limits.
struct GridRamps {
    double swingKw = 0.0;  ///< above the hourly mean (from the projection)
    /// Peak to trough: twice the swing, the compute and communication phases lying alike above and below the mean.
    double rangeKw = 0.0;
    double rampKwPerSecond = 0.0;  ///< largest change within any one second, up and down alike
    double rampKwPerMinute = 0.0;  ///< ... within any one minute
    double gridRangeKw = 0.0;  ///< the part of each swing the grid may see within both limits
    double smoothingKw = 0.0;  ///< what the smoothing delivers at the peak and takes back in the trough
    double smoothingKwh = 0.0;  ///< the energy it holds: that power for one phase (half a period)
    bool withinLimits = true;
};

/// Ramps of a swing of swingKw above the hourly mean; the smoothing takes the part of each swing above what the
/// limits let the grid see. Timing must have riseSeconds >= 0 and periodSeconds > 2 x riseSeconds.
GridRamps gridRamps(double swingKw, const SwingTiming &timing, const RampLimits &limits);

}  // namespace rw
