#pragma once

#include "plan/plan.h"

#include <QCoreApplication>

namespace rw {

/// What happened when a plan file was read.
struct LoadReport {
    bool ok = false;
    QString error;  ///< translated, one sentence, says what is wrong and what to do
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
/// Reading treats every file as untrusted: it is opened read-only with SQLite's defensive settings,
/// checked (header, application id, schema version, integrity), copied into memory and upgraded there,
/// then read with fixed statements whose values are checked like any other input. Nothing stored in the
/// file is executed.
///
/// Saving writes the whole plan in one transaction into a new file beside the target, syncs it and
/// renames it over the target, so a crash or kill at any moment leaves the previous file intact.
class PlanStore {
    Q_DECLARE_TR_FUNCTIONS(rw::PlanStore)
public:
    static constexpr int kSchemaVersion = 6;
    static constexpr int kApplicationId = 0x52574B50;  // "RWKP"
    static QString fileSuffix() { return QStringLiteral("rackwerk"); }

    static LoadReport load(const QString &path, Plan *plan);
    static SaveReport save(const Plan &plan, const QString &path);

    /// CREATE statements of the current schema, for the schema snapshot test.
    static QStringList schemaStatements();
};

}  // namespace rw
