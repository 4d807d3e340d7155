// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <memory>

class QUndoStack;

namespace rw {

/// A plan that was autosaved by a Rackwerk that did not stop cleanly.
struct RecoveryCandidate {
    QString autosavePath;
    QString originalPath;  ///< empty for a plan that was never saved
    QDateTime savedAt;
};

/// Saves unsaved changes periodically into the user's data folder, and finds them again after a crash.
/// Each running instance holds a lock; autosaves whose lock is free belong to an instance that died.
class Autosave : public QObject {
    Q_OBJECT
public:
    Autosave(const Plan &plan, const QUndoStack &undo, QObject *parent = nullptr);
    ~Autosave() override;

    void setDocumentPath(const QString &path) { mDocumentPath = path; }
    void setIntervalSeconds(int seconds);
    /// Writes the autosave now if there are unsaved changes; returns false if writing failed.
    bool saveNow();
    /// The plan was saved or discarded: its autosave is no longer needed.
    void discard();

    static QString directory();
    /// Autosaves left by instances that are no longer running.
    static QList<RecoveryCandidate> findOrphans();
    static void remove(const RecoveryCandidate &candidate);

private:
    QString basePath() const;

    const Plan &mPlan;
    const QUndoStack &mUndo;
    QString mDocumentPath;
    QString mId;
    std::unique_ptr<QLockFile> mLock;
    QTimer mTimer;
};

}  // namespace rw
