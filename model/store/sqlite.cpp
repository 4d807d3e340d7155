// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlite.h"

#include <QByteArrayView>

#include <sqlite3.h>

namespace rw::sql {

Database::~Database()
{
    close();
}

void Database::close()
{
    if (mDb) {
        sqlite3_close_v2(mDb);
        mDb = nullptr;
    }
}

void Database::takeError()
{
    mErrorCode = mDb ? sqlite3_extended_errcode(mDb) : SQLITE_NOMEM;
    mError = mDb ? QString::fromUtf8(sqlite3_errmsg(mDb)) : QStringLiteral("out of memory");
}

bool Database::open(const QString &path, int flags)
{
    close();
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &mDb, flags, nullptr);
    if (rc != SQLITE_OK) {
        takeError();
        close();
        return false;
    }
    sqlite3_extended_result_codes(mDb, 1);
    return true;
}

void Database::harden()
{
    // https://www.sqlite.org/security.html: defensive mode, no extensions, no trust in schema-defined
    // functions, no triggers or views from the file, and tight size limits.
    sqlite3_db_config(mDb, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(mDb, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(mDb, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_db_config(mDb, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(mDb, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_limit(mDb, SQLITE_LIMIT_LENGTH, 16 * 1024 * 1024);
    sqlite3_limit(mDb, SQLITE_LIMIT_SQL_LENGTH, 100000);
    sqlite3_limit(mDb, SQLITE_LIMIT_COLUMN, 100);
    sqlite3_limit(mDb, SQLITE_LIMIT_EXPR_DEPTH, 10);
    sqlite3_limit(mDb, SQLITE_LIMIT_COMPOUND_SELECT, 3);
    sqlite3_limit(mDb, SQLITE_LIMIT_VDBE_OP, 25000);
    sqlite3_limit(mDb, SQLITE_LIMIT_FUNCTION_ARG, 8);
    sqlite3_limit(mDb, SQLITE_LIMIT_ATTACHED, 0);
    sqlite3_limit(mDb, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 50);
    sqlite3_limit(mDb, SQLITE_LIMIT_VARIABLE_NUMBER, 100);
    sqlite3_limit(mDb, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
    exec(QStringLiteral("PRAGMA cell_size_check=ON"));
    exec(QStringLiteral("PRAGMA mmap_size=0"));
}

bool Database::exec(const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(mDb, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        mErrorCode = rc;
        mError = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_free(message);
        return false;
    }
    return true;
}

QVariant Database::scalar(const QString &sql)
{
    Statement statement(*this, sql);
    if (!statement.isValid() || !statement.step())
        return {};
    return statement.column(0);
}

Statement::Statement(Database &db, const QString &sql) : mDb(db)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db.handle(), utf8.constData(), int(utf8.size()), &mStmt, nullptr) != SQLITE_OK) {
        mStmt = nullptr;
        mFailed = true;
        mDb.takeError();
    }
}

Statement::~Statement()
{
    sqlite3_finalize(mStmt);
}

void Statement::bind(int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:  // a declaration nobody made
        sqlite3_bind_null(mStmt, index);
        break;
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::LongLong:
        sqlite3_bind_int64(mStmt, index, value.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(mStmt, index, value.toDouble());
        break;
    default: {
        const QByteArray utf8 = value.toString().toUtf8();
        sqlite3_bind_text(mStmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    }
}

bool Statement::step()
{
    if (!mStmt)
        return false;
    const int rc = sqlite3_step(mStmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        mFailed = true;
        mDb.takeError();
    }
    return false;
}

void Statement::reset()
{
    sqlite3_reset(mStmt);
    sqlite3_clear_bindings(mStmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(mStmt);
}

QVariant Statement::column(int index) const
{
    switch (sqlite3_column_type(mStmt, index)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(mStmt, index)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(mStmt, index));
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(mStmt, index));
        const QByteArrayView bytes(text, sqlite3_column_bytes(mStmt, index));
        // Rackwerk writes only UTF-8. Bytes that are not (a damaged page inside a text value: SQLite keeps no
        // checksums) come back as bytes, so the field check refuses them instead of showing replacement marks.
        if (!bytes.isValidUtf8())
            return QVariant(bytes.toByteArray());
        return QVariant(QString::fromUtf8(bytes));
    }
    case SQLITE_BLOB: {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(mStmt, index));
        return QVariant(QByteArray(data, sqlite3_column_bytes(mStmt, index)));
    }
    default:
        return {};
    }
}

}  // namespace rw::sql
