// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Random but plausible plans for the invariant tests and the soak program (issue 15, "Proof"). Every
// plan is drawn the way a user draws one: through PlanEditor and PlanBatch, so that an edit the model
// refuses is refused here too. The same seed gives the same plan.

#include "plan/plan.h"

#include "review/reviewfile.h"

#include <QString>

#include <cstdint>
#include <random>

namespace rwtest {

struct PlanGeneratorOptions {
    /// Small halls (up to 12 x 9 m), at most two short rows, air cooling units inside the hall and no
    /// hall that shrinks afterwards: plans a thermal run at coarse cells can take in seconds.
    bool thermalSized = false;
};

/// What the generator chose, for failure messages and for the tests' own expectations.
struct GeneratedPlan {
    std::uint64_t seed = 0;
    enum class PowerChain { None, Partial, FullA, FullAB };
    PowerChain chain = PowerChain::None;
    bool hallShrunk = false;  ///< the hall was made smaller after drawing: items may stand outside it
    rw::Review review;  ///< tender thresholds set for the compliance run (some absent)
    QStringList refusals;  ///< edits the model refused while drawing (kept: they may be the point)
    QString describe() const;
};

class PlanGenerator {
public:
    explicit PlanGenerator(std::uint64_t seed, PlanGeneratorOptions options = {});
    /// Clears `plan` and draws a new one into it.
    GeneratedPlan generate(rw::Plan &plan);

private:
    double uniform(double low, double high);
    int between(int low, int high);  ///< inclusive
    bool chance(double p);
    template <class T> const T &pick(const std::vector<T> &values)
    {
        return values[std::size_t(between(0, int(values.size()) - 1))];
    }

    std::uint64_t mSeed;
    PlanGeneratorOptions mOptions;
    std::mt19937_64 mRandom;
};

}  // namespace rwtest
