// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/coolingsweep.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <thread>

namespace rw {

/// Runs the cooling failure sweep of a plan in the background, for the GUI: sets the runs up on the calling
/// thread (the plan is not thread-safe), then solves them with CoolingSweep::runAll on a worker thread. Progress
/// and the end arrive as queued signals on this object's thread; cancel() stops the runs in flight (they leave no
/// file, so starting again resumes). The result is CoolingSweep::merge of the folder, as `sweep --merge` gives it.
class CoolingSweepRunner : public QObject {
    Q_OBJECT
public:
    explicit CoolingSweepRunner(QObject *parent = nullptr);
    ~CoolingSweepRunner() override;

    /// Sets up the sweep of the plan in dir and starts it. Returns false with a translated one-line reason (no
    /// hall to sweep, CUDA asked for but unusable, folder not writable, already running); nothing runs then.
    /// planSource is what the manifest names as the plan (its file, or empty for an unsaved plan).
    bool start(const Plan &plan, const QString &dir, SweepOptions options, engine::BackendRequest request,
        const QString &planSource, QString *error);
    void cancel();
    bool isRunning() const { return mRunning; }

    /// The engine the runs use, resolved when the sweep started, with why it is not the one asked for
    /// ("CPU engine (CUDA: no device found)"), translated.
    QString engineText() const;
    engine::Backend backend() const { return mOptions.backend; }
    const SweepPlan &sweep() const { return mSweep; }
    const QString &directory() const { return mDir; }
    /// The merged summary of the last sweep that ended (finished or cancelled).
    const SweepSummary &summary() const { return mSummary; }
    bool wasCancelled() const { return mCancelled; }

    /// "12 s", "4 min", "1.5 h" in the current locale.
    static QString durationText(double seconds);

signals:
    /// After each finished run: runs done in this start, runs it does in all, runs finished before it started,
    /// the estimated seconds left (< 0 unknown) and one translated line about the run that ended.
    void progress(int done, int total, int skippedBefore, double etaSeconds, const QString &text);
    /// The sweep ended (every run done, or cancelled); summary() holds the merge of the folder.
    void finished();

private:
    void join();
    void onProgress(const CoolingSweep::Progress &p);
    void onFinished();

    SweepPlan mSweep;
    SweepOptions mOptions;
    QString mDir;
    QString mEngineWhy;
    SweepSummary mSummary;
    std::atomic<bool> mCancel { false };
    bool mRunning = false;
    bool mCancelled = false;
    std::thread mWorker;
};

}  // namespace rw
