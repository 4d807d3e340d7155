// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/contingency.h"
#include "plan/plan.h"

#include <QObject>

#include <functional>
#include <memory>

class QThread;

namespace rw {

/// Runs one long computation at a time (the N-1 of a campus takes a minute) on a worker thread, on a copy of the plan
/// taken at the start, so that the window stays responsive and the user may go on editing. The owner hears back on
/// its own thread whether the result still belongs to the plan. Destroying the worker cancels the run and waits for
/// its thread: nothing outlives the panel it reports to.
class PlanWorker : public QObject {
    Q_OBJECT
public:
    enum class Outcome {
        Current,  ///< the plan is as it was when the run started
        PlanChanged,  ///< edited (or replaced) meanwhile: the result is not this plan's
        Cancelled
    };
    using Work = std::function<void(const Plan &copy, AnalysisProgress &progress)>;

    explicit PlanWorker(const Plan &plan, QObject *parent = nullptr);
    ~PlanWorker() override;

    bool isRunning() const { return mThread != nullptr; }
    /// How far the run in progress got (nullptr when none runs).
    const AnalysisProgress *progress() const { return mProgress.get(); }
    /// Starts `work` with a copy of the plan as it is now; `finished` follows on this object's thread when it ends.
    /// Ignored while a run is in progress.
    void start(Work work, std::function<void(Outcome)> finished);
    /// Asks the run to stop; `finished` then says Cancelled.
    void cancel();

private:
    const Plan &mPlan;
    QThread *mThread = nullptr;
    std::shared_ptr<AnalysisProgress> mProgress;
    bool mPlanChanged = false;
};

}  // namespace rw
