// SPDX-License-Identifier: GPL-3.0-or-later
#include "planworker.h"

#include <QThread>

namespace rw {

PlanWorker::PlanWorker(const Plan &plan, QObject *parent) : QObject(parent), mPlan(plan)
{
    const auto changed = [this] { mPlanChanged = true; };
    connect(&plan, &Plan::entityChanged, this, changed);
    connect(&plan, &Plan::siteChanged, this, changed);
    connect(&plan, &Plan::reset, this, changed);
}

PlanWorker::~PlanWorker()
{
    if (!mThread)
        return;
    mProgress->cancel = true;
    mThread->disconnect(this);
    mThread->wait();
    delete mThread;
}

void PlanWorker::start(Work work, std::function<void(Outcome)> finished)
{
    if (mThread)
        return;
    auto copy = std::make_shared<Plan>();
    copy->assign(mPlan);
    auto progress = std::make_shared<AnalysisProgress>();
    mProgress = progress;
    mPlanChanged = false;
    // The thread shares only its copy of the plan and the progress with this one.
    mThread = QThread::create([work = std::move(work), copy, progress] { work(*copy, *progress); });
    connect(mThread, &QThread::finished, this, [this, finished = std::move(finished)] {
        mThread->deleteLater();
        mThread = nullptr;
        const bool cancelled = mProgress->cancelled();
        mProgress.reset();
        finished(cancelled ? Outcome::Cancelled : mPlanChanged ? Outcome::PlanChanged : Outcome::Current);
    });
    mThread->start(QThread::LowPriority);
}

void PlanWorker::cancel()
{
    if (mProgress)
        mProgress->cancel = true;
}

}  // namespace rw
