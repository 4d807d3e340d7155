// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosave.h"

#include "store/planstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QUndoStack>
#include <QUuid>

namespace rw {

Autosave::Autosave(const Plan &plan, const QUndoStack &undo, QObject *parent)
    : QObject(parent), mPlan(plan), mUndo(undo), mId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QDir().mkpath(directory());
    mLock = std::make_unique<QLockFile>(basePath() + QStringLiteral(".lock"));
    mLock->setStaleLockTime(0);
    mLock->tryLock(0);
    connect(&mTimer, &QTimer::timeout, this, &Autosave::saveNow);
    setIntervalSeconds(60);
}

Autosave::~Autosave()
{
    mLock->unlock();
}

QString Autosave::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/autosave");
}

QString Autosave::basePath() const
{
    return directory() + QLatin1Char('/') + mId;
}

void Autosave::setIntervalSeconds(int seconds)
{
    mTimer.start(seconds * 1000);
}

bool Autosave::saveNow()
{
    if (mUndo.isClean())
        return true;
    const QString planPath = basePath() + QLatin1Char('.') + PlanStore::fileSuffix();
    if (!PlanStore::save(mPlan, planPath).ok)
        return false;
    QFile origin(basePath() + QStringLiteral(".origin"));
    if (origin.open(QIODevice::WriteOnly | QIODevice::Truncate))
        origin.write(mDocumentPath.toUtf8());
    return true;
}

void Autosave::discard()
{
    QFile::remove(basePath() + QLatin1Char('.') + PlanStore::fileSuffix());
    QFile::remove(basePath() + QStringLiteral(".origin"));
}

QList<RecoveryCandidate> Autosave::findOrphans()
{
    QList<RecoveryCandidate> result;
    const QDir dir(directory());
    const QString pattern = QStringLiteral("*.") + PlanStore::fileSuffix();
    for (const QFileInfo &info : dir.entryInfoList({pattern}, QDir::Files, QDir::Time)) {
        const QString base = dir.filePath(info.completeBaseName());
        QLockFile lock(base + QStringLiteral(".lock"));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue;  // its instance is still running
        lock.unlock();
        QFile origin(base + QStringLiteral(".origin"));
        RecoveryCandidate candidate;
        candidate.autosavePath = info.filePath();
        candidate.savedAt = info.lastModified();
        if (origin.open(QIODevice::ReadOnly))
            candidate.originalPath = QString::fromUtf8(origin.readAll());
        result << candidate;
    }
    return result;
}

void Autosave::remove(const RecoveryCandidate &candidate)
{
    const QFileInfo info(candidate.autosavePath);
    const QString base = info.dir().filePath(info.completeBaseName());
    QFile::remove(candidate.autosavePath);
    QFile::remove(base + QStringLiteral(".origin"));
    QFile::remove(base + QStringLiteral(".lock"));
}

}  // namespace rw
