// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace rw::sql {

/// Owns a sqlite3 connection.
class Database {
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// flags are SQLITE_OPEN_* values. Returns false and sets error() on failure.
    bool open(const QString &path, int flags);
    /// Applies the settings for files from untrusted sources (see PlanStore).
    void harden();
    bool exec(const QString &sql);
    QVariant scalar(const QString &sql);
    void close();

    sqlite3 *handle() const { return mDb; }
    QString error() const { return mError; }
    int errorCode() const { return mErrorCode; }

private:
    friend class Statement;  // a failed statement leaves its reason in error()
    void takeError();
    sqlite3 *mDb = nullptr;
    QString mError;
    int mErrorCode = 0;
};

/// Owns a prepared statement.
class Statement {
public:
    Statement(Database &db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return mStmt != nullptr; }
    void bind(int index, const QVariant &value);  ///< 1-based
    /// true while a row is available; check failed() after it returns false.
    bool step();
    bool failed() const { return mFailed; }
    void reset();
    int columnCount() const;
    /// NULL -> invalid QVariant; BLOB -> QByteArray.
    QVariant column(int index) const;

private:
    Database &mDb;
    sqlite3_stmt *mStmt = nullptr;
    bool mFailed = false;
};

}  // namespace rw::sql
