// SPDX-License-Identifier: GPL-3.0-or-later
#include "planstore.h"

#include "i18n/oneline.h"
#include "plan/planfiller.h"
#include "plan/validation.h"
#include "schema.h"
#include "sqlite.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <signal.h>
#include <unistd.h>

namespace rw {
namespace {

constexpr qint64 kHeaderSize = 100;
constexpr qint64 kLargestId = 9007199254740991;  // 2^53 - 1, as field::id and the JSON form allow

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData() + offset);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

QString columnList(const auto &fields)
{
    QStringList names;
    for (const auto &f : fields)
        names << f.name;
    return names.join(QStringLiteral(", "));
}

/// Reads and checks every row of one table into `out`. Returns a translated error or an empty string.
template <class T>
QString readRows(sql::Database &db, const char *table, const std::vector<FieldDef<T>> &fields,
                 const std::function<QString(T &&)> &out)
{
    sql::Statement select(db, QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid").arg(columnList(fields), QLatin1String(table)));
    if (!select.isValid())
        return PlanStore::tr("The table \"%1\" is missing or incomplete (%2).").arg(QLatin1String(table), db.error());
    int rowNumber = 0;
    while (select.step()) {
        ++rowNumber;
        T entity;
        for (int i = 0; i < int(fields.size()); ++i) {
            QVariant value;
            QString why;
            if (!FieldCheck::check(fields[i], select.column(i), &value, &why)) {
                return PlanStore::tr("Table \"%1\", row %2, field \"%3\" %4.")
                    .arg(QLatin1String(table))
                    .arg(rowNumber)
                    .arg(fields[i].name, why);
            }
            fields[i].set(entity, value);
        }
        const QString rejected = out(std::move(entity));
        if (!rejected.isEmpty())
            return rejected;
    }
    if (select.failed())
        return PlanStore::tr("Reading table \"%1\" failed (%2).").arg(QLatin1String(table), db.error());
    return {};
}

template <class T>
bool insertRows(sql::Database &db, const char *table, const std::vector<FieldDef<T>> &fields, const auto &entities)
{
    QStringList marks;
    for (std::size_t i = 0; i < fields.size(); ++i)
        marks << QStringLiteral("?");
    sql::Statement insert(db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                  .arg(QLatin1String(table), columnList(fields), marks.join(QLatin1Char(','))));
    if (!insert.isValid())
        return false;
    for (const T &entity : entities) {
        for (int i = 0; i < int(fields.size()); ++i)
            insert.bind(i + 1, fields[i].get(entity));
        insert.step();
        if (insert.failed())
            return false;
        insert.reset();
    }
    return true;
}

/// The full path: a reader of an error message should not have to guess which copy of a plan was meant.
QString describe(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

/// Header checks that need no SQLite: is this an SQLite file at all, and is it whole?
QString checkHeader(const unsigned char *image, qint64 size, const QString &name)
{
    if (size == 0)
        return PlanStore::tr("The file %1 is empty.").arg(name);
    const QByteArray header(reinterpret_cast<const char *>(image), int(std::min<qint64>(size, kHeaderSize)));
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return PlanStore::tr("%1 is not a Rackwerk plan: it is not an SQLite database.").arg(name);
    if (header.size() < kHeaderSize)
        return PlanStore::tr("The plan %1 is truncated: the file ends inside its header.").arg(name);
    quint32 pageSize = (quint32(quint8(header[16])) << 8) | quint32(quint8(header[17]));
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = bigEndian32(header, 28);
    const bool pageCountValid = bigEndian32(header, 24) == bigEndian32(header, 92);
    if (pageCountValid && qint64(pageCount) * pageSize > size) {
        return PlanStore::tr(
            "The plan %1 is truncated: it should hold %L2 bytes but has only %L3. Use a complete copy.")
            .arg(name)
            .arg(qint64(pageCount) * pageSize)
            .arg(size);
    }
    return {};
}

/// SQLite's integrity report (one problem per line, under "*** in database main ***" headings) as the
/// first problem and a count of the others; the whole report goes to the details.
QString foldIntegrityReport(const QStringList &rows)
{
    QStringList problems;
    for (const QString &row : rows) {
        for (const QString &line : row.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.startsWith(QLatin1String("***")))
                problems << line.trimmed();
        }
    }
    if (problems.isEmpty())
        return rows.join(QLatin1String("; "));
    if (problems.size() == 1)
        return problems.front();
    return PlanStore::tr("%1, and %n more problem(s)", nullptr, int(problems.size() - 1)).arg(problems.front());
}

bool syncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

int schemaVersionOnDisk(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() < kHeaderSize || !header.startsWith("SQLite format 3"))
        return 0;
    return int(bigEndian32(header, 60));
}

}  // namespace

QStringList PlanStore::schemaStatements()
{
    return schema::currentSchema();
}

namespace {

/// Refuses a plan whose side file (SQLite's -wal or -journal) holds changes of another program: they
/// are not in the plan file, and reading without them would show an older plan than that program sees.
QString checkSideFiles(const QString &path)
{
    for (const char *suffix : { "-wal", "-journal" }) {
        const QFileInfo side(path + QLatin1String(suffix));
        if (side.exists() && side.size() > 0)
            return PlanStore::tr("The plan %1 has changes of another program in %2 that are not in the plan file "
                                 "itself. Close that program (or let SQLite merge them) and open the plan again.")
                .arg(describe(path), describe(side.filePath()));
    }
    return {};
}

}  // namespace

LoadReport PlanStore::load(const QString &path, Plan *plan)
{
    LoadReport report;
    const QFileInfo info(path);
    if (!info.exists())
        report.error = tr("The file %1 does not exist.").arg(describe(path));
    else if (!info.isFile())
        report.error = tr("%1 is not a file.").arg(describe(path));
    else if (info.size() > kMaxFileBytes)
        report.error = tr("The file %1 is larger than %2; no Rackwerk plan is that large.")
                           .arg(describe(path), QLocale().formattedDataSize(kMaxFileBytes));
    else
        report.error = checkSideFiles(path);
    if (!report.error.isEmpty()) {
        report.error = oneLine(report.error);
        return report;
    }
    // The bytes go straight into memory that SQLite owns: the file is never opened by SQLite, so nothing
    // is ever written beside it, whatever its journal mode.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        report.error = oneLine(tr("The file %1 cannot be read (%2).").arg(describe(path), file.errorString()));
        return report;
    }
    const qint64 size = file.size();
    if (size > kMaxFileBytes) {  // grew since it was looked at
        report.error = oneLine(tr("The file %1 is larger than %2; no Rackwerk plan is that large.")
                                   .arg(describe(path), QLocale().formattedDataSize(kMaxFileBytes)));
        return report;
    }
    auto *image = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(std::max<qint64>(size, 1))));
    if (!image) {
        report.error = oneLine(tr("The plan %1 does not fit into memory.").arg(describe(path)));
        return report;
    }
    if (file.read(reinterpret_cast<char *>(image), size) != size) {
        sqlite3_free(image);
        report.error = oneLine(tr("The file %1 cannot be read (%2).").arg(describe(path), file.errorString()));
        return report;
    }
    return loadImage(image, size, describe(path), plan);
}

LoadReport PlanStore::loadBytes(const QByteArray &bytes, const QString &name, Plan *plan)
{
    auto *image = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(std::max<qsizetype>(bytes.size(), 1))));
    if (!image) {
        LoadReport report;
        report.error = oneLine(tr("The plan %1 does not fit into memory.").arg(name));
        return report;
    }
    std::memcpy(image, bytes.constData(), std::size_t(bytes.size()));
    return loadImage(image, bytes.size(), name, plan);
}

LoadReport PlanStore::loadImage(unsigned char *image, qint64 size, const QString &name, Plan *plan)
{
    LoadReport report;
    auto refuse = [&](const QString &why) {
        report.error = oneLine(why);
        return report;
    };
    if (const QString header = checkHeader(image, size, name); !header.isEmpty()) {
        sqlite3_free(image);
        return refuse(header);
    }
    // A file left in WAL mode (bytes 18 and 19 = 2) opens in memory only as a rollback-journal file; the
    // copy is ours to change.
    if (image[18] == 2 && image[19] == 2)
        image[18] = image[19] = 1;
    sql::Database db;
    if (!db.open(QStringLiteral(":memory:"), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) {
        sqlite3_free(image);
        return refuse(tr("The plan %1 cannot be opened: %2").arg(name, db.error()));
    }
    db.harden();
    const int deserialized = sqlite3_deserialize(db.handle(), "main", image, sqlite3_int64(size), sqlite3_int64(size),
        SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);  // frees the image itself on failure
    if (deserialized != SQLITE_OK)
        return refuse(
            tr("The plan %1 cannot be opened: %2").arg(name, QString::fromUtf8(sqlite3_errstr(deserialized))));
    const QVariant appId = db.scalar(QStringLiteral("PRAGMA application_id"));
    if (!appId.isValid())
        return refuse(tr("The plan %1 is damaged and cannot be read (%2).").arg(name, db.error()));
    if (appId.toLongLong() != kApplicationId)
        return refuse(tr("%1 is an SQLite database, but not a Rackwerk plan.").arg(name));
    report.fileSchemaVersion = db.scalar(QStringLiteral("PRAGMA user_version")).toInt();
    if (report.fileSchemaVersion > kSchemaVersion) {
        return refuse(tr("The plan %1 was saved by a newer Rackwerk (file format %2; this version reads up to %3). "
                         "Please update Rackwerk.")
                          .arg(name)
                          .arg(report.fileSchemaVersion)
                          .arg(kSchemaVersion));
    }
    if (report.fileSchemaVersion < 1)
        return refuse(tr("The plan %1 has no valid format version.").arg(name));
    QStringList integrity;
    {
        sql::Statement check(db, QStringLiteral("PRAGMA integrity_check(20)"));
        while (check.step())
            integrity << check.column(0).toString();
    }
    if (integrity != QStringList { QStringLiteral("ok") }) {
        report.details = integrity.join(QLatin1Char('\n'));
        return refuse(tr("The plan %1 is damaged (integrity check: %2).")
                          .arg(name, integrity.isEmpty() ? db.error() : foldIntegrityReport(integrity)));
    }
    const qint64 foreignObjects
        = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type IN ('view', 'trigger')"))
              .toLongLong();
    if (foreignObjects > 0)
        return refuse(
            tr("The plan %1 contains views or triggers, which Rackwerk never writes. It was not opened.").arg(name));

    for (int version = report.fileSchemaVersion; version < kSchemaVersion; ++version) {
        db.exec(QStringLiteral("BEGIN"));
        for (const QString &statement : schema::migrationFrom(version)) {
            if (!db.exec(statement)) {
                return refuse(
                    tr("The plan %1 could not be upgraded from format %2: %3").arg(name).arg(version).arg(db.error()));
            }
        }
        db.exec(QStringLiteral("COMMIT"));
        report.migrated = true;
    }

    Plan loaded;
    QString error;
    qint64 storedNextId = 0;
    {
        sql::Statement meta(db, QStringLiteral("SELECT key, value FROM meta"));
        while (meta.step()) {
            const QString key = meta.column(0).toString();
            if (key == QLatin1String("nextId")) {
                // Ids beyond 2^53 - 1 would be refused when the plan is next opened (see field::id).
                bool isNumber = false;
                const qint64 nextId = meta.column(1).toString().toLongLong(&isNumber);
                if (!isNumber || nextId < 1 || nextId > kLargestId) {
                    error = tr("The stored next free id (meta nextId) must be a whole number from 1 to %1.")
                                .arg(kLargestId);
                    break;
                }
                loaded.reserveIds(nextId);
                storedNextId = nextId;
            } else if (key == QLatin1String("writtenBy")) {
                report.writtenBy = meta.column(1).toString().left(100);
            }
        }
    }
    qint64 largestId = 0;
    int siteRows = 0;
    if (error.isEmpty()) {
        error = readRows<Site>(db, "site", siteFields(), [&](Site &&site) {
            PlanFiller(loaded).setSite(site);
            ++siteRows;
            return QString();
        });
    }
    if (error.isEmpty() && siteRows != 1)
        error = tr("The plan must describe exactly one site, but holds %1.").arg(siteRows);
    forEachEntityType([&]<class T>() {
        if (!error.isEmpty())
            return;
        error = readRows<T>(db, EntityTraits<T>::table, EntityTraits<T>::fields(), [&](T &&entity) {
            if constexpr (std::is_same_v<typename EntityTraits<T>::Key, Id>) {
                if (entity.id == kNoId)
                    return tr("Table \"%1\" holds the id 0, which means \"none\".")
                        .arg(QLatin1String(EntityTraits<T>::table));
                largestId = std::max(largestId, entity.id);
            }
            if (loaded.find<T>(EntityTraits<T>::keyOf(entity))) {
                return tr("Table \"%1\" holds the key %2 twice.")
                    .arg(QLatin1String(EntityTraits<T>::table))
                    .arg(QVariant::fromValue(EntityTraits<T>::keyOf(entity)).toString());
            }
            PlanFiller(loaded).insert(entity);
            return QString();
        });
    });
    // Ids are never reused: a stored next id at or below one in use would hand it out again.
    if (error.isEmpty() && storedNextId > 0 && largestId >= storedNextId)
        error = tr("The stored next free id (meta nextId) is %1, but the id %2 is in use; it must be above every "
                   "id.")
                    .arg(storedNextId)
                    .arg(largestId);
    if (error.isEmpty()) {
        if (const auto finding = PlanValidator::firstError(loaded))
            error = tr("The plan is inconsistent: %1").arg(finding->message);
    }
    if (!error.isEmpty())
        return refuse(tr("The plan %1 cannot be opened. %2").arg(name, error));
    plan->assign(loaded);
    report.ok = true;
    return report;
}

namespace {

/// Removes the temporary files (.NAME.saving-PID) that saves of processes which no longer run left beside
/// the target when they were killed. A file of a running process (another Rackwerk saving now) stays.
void removeStaleTempFiles(const QFileInfo &target)
{
    const QRegularExpression pattern(
        QStringLiteral("^\\.%1\\.saving-(\\d{1,10})$").arg(QRegularExpression::escape(target.fileName())));
    const QDir dir = target.absoluteDir();
    const QStringList candidates
        = dir.entryList({ QStringLiteral(".*.saving-*") }, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : candidates) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        const qint64 pid = match.captured(1).toLongLong();
        if (pid <= 0 || pid > std::numeric_limits<pid_t>::max() || pid == ::getpid())
            continue;
        if (::kill(pid_t(pid), 0) == 0 || errno != ESRCH)
            continue;  // running (or not ours to ask about): leave it
        QFile::remove(dir.filePath(name));
    }
}

}  // namespace

SaveReport PlanStore::save(const Plan &plan, const QString &path)
{
    SaveReport report;
    const QFileInfo target(path);
    const QString tempPath =
        target.absoluteDir().filePath(QStringLiteral(".%1.saving-%2").arg(target.fileName()).arg(::getpid()));
    QFile::remove(tempPath);
    removeStaleTempFiles(target);

    auto fail = [&](const QString &why) {
        report.error = tr("The plan could not be saved to %1: %2").arg(describe(path), why);
        QFile::remove(tempPath);
        return report;
    };

    {
        sql::Database db;
        if (!db.open(tempPath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE))
            return fail(db.error());
        db.harden();
        db.exec(QStringLiteral("PRAGMA journal_mode=MEMORY"));
        db.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        bool ok = db.exec(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId))
            && db.exec(QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion))
            && db.exec(QStringLiteral("BEGIN"));
        for (const QString &statement : schema::currentSchema())
            ok = ok && db.exec(statement);
        if (ok) {
            sql::Statement meta(db, QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
            const std::pair<const char *, QString> rows[] = {
                {"nextId", QString::number(plan.nextId())},
                {"writtenBy", QStringLiteral("Rackwerk " RW_VERSION)},
                {"savedAt", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            };
            for (const auto &[key, value] : rows) {
                meta.bind(1, QString::fromLatin1(key));
                meta.bind(2, value);
                meta.step();
                ok = ok && !meta.failed();
                meta.reset();
            }
        }
        ok = ok && insertRows<Site>(db, "site", siteFields(), std::vector<Site>{plan.site()});
        forEachEntityType([&]<class T>() {
            std::vector<T> rows;
            rows.reserve(plan.all<T>().size());
            for (const auto &[key, entity] : plan.all<T>())
                rows.push_back(entity);
            ok = ok && insertRows<T>(db, EntityTraits<T>::table, EntityTraits<T>::fields(), rows);
        });
        ok = ok && db.exec(QStringLiteral("COMMIT"));
        if (!ok)
            return fail(db.error());
    }
    if (!syncPath(tempPath))
        return fail(tr("the new file could not be written to disk"));

    // Keep a file of an older format as it was before replacing it: older Rackwerk versions can still open it.
    const int oldVersion = target.exists() ? schemaVersionOnDisk(path) : 0;
    if (oldVersion > 0 && oldVersion < kSchemaVersion) {
        const QString backup = path + QStringLiteral(".v%1.bak").arg(oldVersion);
        if (!QFile::exists(backup) && !QFile::copy(path, backup))
            return fail(tr("the backup of the older file could not be made"));
        report.backupPath = backup;
    }
    if (std::rename(QFile::encodeName(tempPath).constData(), QFile::encodeName(path).constData()) != 0)
        return fail(QString::fromLocal8Bit(std::strerror(errno)));
    syncPath(target.absolutePath());
    report.ok = true;
    return report;
}

}  // namespace rw
