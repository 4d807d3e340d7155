// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/plan.h"

#include <QCoreApplication>

namespace rw {

/// What happened when a plan file was read.
struct LoadReport {
    bool ok = false;
    QString error;  ///< translated, one line, says what is wrong and what to do
    QString details;  ///< more lines behind the error where there are some (SQLite's integrity report)
    int fileSchemaVersion = 0;
    bool migrated = false;  ///< the file had an older schema; it was upgraded in memory only
    QString writtenBy;  ///< Rackwerk version that saved the file
};

struct SaveReport {
    bool ok = false;
    QString error;
    QString backupPath;  ///< set when an older-version file was kept as a backup before overwriting
};

/// The only module that speaks SQL. One SQLite file per plan (extension .rackwerk).
///
/// Reading treats every file as untrusted: its bytes are read into memory and opened there with SQLite's
/// defensive settings, checked (header, application id, schema version, integrity), upgraded in memory,
/// then read with fixed statements whose values are checked like any other input. Nothing stored in the
/// file is executed, and nothing is written beside it (no -wal, -shm or -journal files, also for a plan
/// that another program left in WAL mode). A plan whose -wal or -journal file holds changes of another
/// program is refused: they are not in the plan file itself.
///
/// Saving writes the whole plan in one transaction into a new file beside the target (.NAME.saving-PID),
/// syncs it and renames it over the target, so a crash or kill at any moment leaves the previous file
/// intact. A save first removes such files that processes which no longer run left behind.
class PlanStore {
    Q_DECLARE_TR_FUNCTIONS(rw::PlanStore)
public:
    static constexpr int kSchemaVersion = 9;  // 9: device types' power input (800 V DC)
    static constexpr int kApplicationId = 0x52574B50;  // "RWKP"
    static QString fileSuffix() { return QStringLiteral("rackwerk"); }

    /// Plan files larger than this are refused before they are read.
    static constexpr qint64 kMaxFileBytes = qint64(1) << 30;

    static LoadReport load(const QString &path, Plan *plan);
    /// The same checks on a plan file's bytes; `name` stands for the file in messages.
    static LoadReport loadBytes(const QByteArray &bytes, const QString &name, Plan *plan);
    static SaveReport save(const Plan &plan, const QString &path);

    /// CREATE statements of the current schema, for the schema snapshot test.
    static QStringList schemaStatements();

private:
    /// Reads a plan from a file image in memory from sqlite3_malloc64, which it takes over and frees.
    static LoadReport loadImage(unsigned char *image, qint64 size, const QString &name, Plan *plan);
};

}  // namespace rw
