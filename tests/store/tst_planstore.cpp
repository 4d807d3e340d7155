// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite plan file: lossless round trips, atomic saving, refusal of damaged or hostile files, the
// schema snapshot and the migration of files written by older versions.

#include "../common/testplans.h"
#include "demo/demoplan.h"
#include "plan/planfiller.h"
#include "store/planstore.h"
#include "store/schema.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <csignal>
#include <memory>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace rw;
using rwtest::planDifference;

namespace {

const QString kFixtures = QStringLiteral(RW_TEST_FIXTURES "/store");

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFileBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

/// Every name in a directory, hidden ones included: temporary, journal and WAL files show up here.
QStringList entriesIn(const QString &directory)
{
    return QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

/// Runs SQL on a file with the plain SQLite library, as another program or an attacker could.
/// Returns SQLite's error message, or an empty string.
QString execSql(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    QString error;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        error = QStringLiteral("cannot open %1: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(db)));
    } else {
        char *message = nullptr;
        if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK)
            error = message ? QString::fromUtf8(message) : QStringLiteral("failed");
        sqlite3_free(message);
    }
    sqlite3_close(db);
    return error;
}

/// The first column of the first row of a query, read with the plain SQLite library.
QVariant queryValue(const QString &path, const QString &sql)
{
    sqlite3 *db = nullptr;
    QVariant value;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW) {
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return value;
}

/// Columns of every table (name, declared type, NOT NULL, primary key), not how they were declared:
/// a migrated file must be read by the same statements as a new one.
QStringList describeTables(sqlite3 *db)
{
    QStringList lines;
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db,
        "SELECT m.name, p.name, p.type, p.\"notnull\", p.pk FROM sqlite_schema AS m, "
        "pragma_table_info(m.name) AS p WHERE m.type = 'table' ORDER BY m.name, p.cid",
        -1, &statement, nullptr);
    while (sqlite3_step(statement) == SQLITE_ROW) {
        QStringList fields;
        for (int i = 0; i < 5; ++i)
            fields << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, i)));
        lines << fields.join(QLatin1Char(' '));
    }
    sqlite3_finalize(statement);
    return lines;
}

QString fixturePath(int schemaVersion)
{
    return kFixtures + QStringLiteral("/plan_v%1.sql").arg(schemaVersion);
}

/// Builds a plan file from the SQL fixture of an older schema version. Returns an error or an empty string.
QString buildFileFromFixture(int schemaVersion, const QString &path)
{
    QFile fixture(fixturePath(schemaVersion));
    if (!fixture.open(QIODevice::ReadOnly))
        return QStringLiteral("no fixture %1 for schema version %2").arg(fixture.fileName()).arg(schemaVersion);
    QFile::remove(path);
    return execSql(path, QString::fromUtf8(fixture.readAll()));
}

/// The plan that fixtures/store/plan_v1.sql holds, as it must read after the migration.
void buildVersion1Plan(Plan &plan)
{
    rwtest::buildSmallPlan(plan);
    PlanFiller(plan).take<Phase>(rwtest::small::kPhase);
    PlanFiller(plan).take<Scenario>(rwtest::small::kScenario);
    Obstacle tile;
    tile.id = 81;
    tile.hallId = rwtest::small::kHall;
    tile.kind = ObstacleKind::PerforatedTile;
    tile.xM = 3.0;
    tile.yM = 3.8;
    tile.openAreaShare = 0.0;  // version 1 had no open area; the migration must not invent one
    PlanFiller(plan).insert(tile);
}

/// The plan that fixtures/store/plan_v2.sql holds, as it must read after the migration.
void buildVersion2Plan(Plan &plan)
{
    rwtest::buildSmallPlan(plan);
    Obstacle tile;
    tile.id = 81;
    tile.hallId = rwtest::small::kHall;
    tile.kind = ObstacleKind::PerforatedTile;
    tile.xM = 3.0;
    tile.yM = 3.8;
    tile.openAreaShare = 0.25;
    PlanFiller(plan).insert(tile);
}

/// The plan that fixtures/store/plan_v3.sql holds, as it must read after the migration.
void buildVersion3Plan(Plan &plan)
{
    buildVersion2Plan(plan);
    Label label;
    label.id = 82;
    label.hallId = rwtest::small::kHall;
    label.xM = 4.5;
    label.yM = 6.25;
    label.text = QStringLiteral("Cold aisle 1");
    label.heightM = 0.4;
    label.rotationDeg = 270;
    PlanFiller(plan).insert(label);
}

/// The plan that fixtures/store/plan_v4.sql holds, as it must read after the migration: its declarations
/// (class 2, 80 % renewable, 15 % reuse, PUE 1.18, WUE 0.25) open as not declared, its start of operation
/// stays.
void buildVersion4Plan(Plan &plan)
{
    buildVersion3Plan(plan);
    Site site = plan.site();
    site.location = QStringLiteral("Munich");
    site.operatorName = QStringLiteral("Test operator");
    site.startOfOperation = QDate(2027, 3, 1);
    PlanFiller(plan).setSite(site);
    Hall hall = *plan.find<Hall>(rwtest::small::kHall);
    hall.returnPlenumM = 1.0;
    PlanFiller(plan).replace(hall);
}

/// The plan that fixtures/store/plan_v6.sql and the later fixtures hold, as it must read after migrating: the
/// version 4 plan with the declarations (class 2, 80 % renewable, 15 % reuse, PUE 1.18, WUE 0.25) and the law's
/// scope (colocation operator, 1,250 kW connected, not publicly owned) kept.
void buildVersion6Plan(Plan &plan)
{
    buildVersion4Plan(plan);
    Site site = plan.site();
    site.declaredAvailabilityClass = 2;
    site.renewableShare = 0.8;
    site.plannedHeatReuseShare = 0.15;
    site.pueTarget = 1.18;
    site.wueLitrePerKWh = 0.25;
    site.operatorRole = OperatorRole::ColocationOperator;
    site.connectedPowerKw = 1250;
    site.publicOwnership = false;
    PlanFiller(plan).setSite(site);
}

/// Lowers the largest file this process may write while it lives: writes beyond it fail as on a full disk.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &mSaved);
        mPreviousHandler = std::signal(SIGXFSZ, SIG_IGN);  // fail the write() instead of killing the test
        rlimit limit = mSaved;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &mSaved);
        std::signal(SIGXFSZ, mPreviousHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit mSaved {};
    void (*mPreviousHandler)(int) = nullptr;
};

}  // namespace

class TestPlanStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void everyFieldRoundTrips();
    void demoPlanRoundTrips();
    void refusesNextIdNotAboveEveryId();
    void opensWalPlanWithoutWritingBesideIt();
    void refusesChangesLeftInTheWal();
    void saveRemovesTempFilesOfDeadProcesses();
    void integrityReportIsOneLine();
    void loadBytesReadsLikeLoad();
    void acceptsValuesAtTheirLimits();

    void saveLeavesOnlyThePlanFile();
    void saveReplacesTheExistingPlan();
    void failedSaveOnFullDiskKeepsTheOldPlan();
    void saveIntoUnwritableDirectoryKeepsTheOldPlan();
    void saveIntoMissingDirectoryFails();

    void refusesDamagedFile_data();
    void refusesDamagedFile();
    void refusesNewerSchemaVersion();
    void refusesTamperedContent_data();
    void refusesTamperedContent();

    void schemaMatchesSnapshot();
    void savedFileHasTheSnapshotSchema();
    void migrationsReachTheCurrentSchema();
    void addedColumnsAreDerivedUnchanged();
    void opensEveryOlderSchemaVersion();
    void opensVersion1WithDefaultsForNewFields();
    void opensVersion2WithAnEmptyLabelTable();
    void opensVersion3WithoutAReturnPlenum();
    void opensVersion4WithNothingDeclared();
    void opensVersion5WithoutTheLawsScope();
    void opensVersion6WithoutCoolantLoopsWeatherOrUnderlays();
    void opensVersion8WithDeviceTypesTakingAc();
    void savingAMigratedPlanKeepsABackupOfTheOldFile();

private:
    /// Loads `path` into a plan that holds the small test plan and checks that the load failed with an error
    /// naming the file and each of `mentions`, that the plan is unchanged and that the file was not touched.
    void verifyRefused(const QString &path, const QStringList &mentions);
    QString savedEveryFieldPlan();

    std::unique_ptr<QTemporaryDir> mDir;
    QString mDemoFile;  ///< the demo plan saved once, for tests that damage a realistic file
    QTemporaryDir mSharedDir;
};

void TestPlanStore::initTestCase()
{
    QVERIFY(mSharedDir.isValid());
    Plan demo;
    buildDemoPlan(demo);
    mDemoFile = mSharedDir.filePath(QStringLiteral("demo.rackwerk"));
    const SaveReport saved = PlanStore::save(demo, mDemoFile);
    QVERIFY2(saved.ok, qPrintable(saved.error));
}

void TestPlanStore::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
}

QString TestPlanStore::savedEveryFieldPlan()
{
    Plan plan;
    rwtest::buildEveryFieldPlan(plan);
    const QString path = mDir->filePath(QStringLiteral("every-field.rackwerk"));
    const SaveReport saved = PlanStore::save(plan, path);
    return saved.ok ? path : QString();
}

void TestPlanStore::verifyRefused(const QString &path, const QStringList &mentions)
{
    const QByteArray bytesBefore = fileBytes(path);
    const QString directory = QFileInfo(path).absolutePath();
    const QStringList entriesBefore = entriesIn(directory);
    Plan plan;
    rwtest::buildSmallPlan(plan);
    Plan reference;
    rwtest::buildSmallPlan(reference);
    QSignalSpy resets(&plan, &Plan::reset);

    const LoadReport report = PlanStore::load(path, &plan);

    QVERIFY2(!report.ok, "a damaged or hostile file was opened");
    QVERIFY2(report.error.contains(QFileInfo(path).fileName()), qPrintable(report.error));
    QVERIFY2(!report.error.contains(QLatin1Char('\n')), qPrintable(report.error));  // one line
    for (const QString &mention : mentions) {
        QVERIFY2(report.error.contains(mention, Qt::CaseInsensitive),
            qPrintable(QStringLiteral("\"%1\" does not mention \"%2\"").arg(report.error, mention)));
    }
    QCOMPARE(resets.count(), 0);
    QCOMPARE(planDifference(plan, reference), QString());
    QCOMPARE(plan.nextId(), reference.nextId());
    QVERIFY2(fileBytes(path) == bytesBefore, "reading a plan changed the file");
    QCOMPARE(entriesIn(directory), entriesBefore);  // no journal, WAL or temporary files
}

void TestPlanStore::everyFieldRoundTrips()
{
    Plan original;
    rwtest::buildEveryFieldPlan(original);
    QStringList emptyTables;  // the round trip must cover every table
    forEachEntityType([&]<class T>() {
        if (original.all<T>().empty())
            emptyTables << QLatin1String(EntityTraits<T>::table);
    });
    QCOMPARE(emptyTables, QStringList());
    const QString path = mDir->filePath(QStringLiteral("plan.rackwerk"));
    const SaveReport saved = PlanStore::save(original, path);
    QVERIFY2(saved.ok, qPrintable(saved.error));
    QVERIFY(saved.error.isEmpty());
    QVERIFY(saved.backupPath.isEmpty());

    Plan loaded;
    rwtest::buildSmallPlan(loaded);  // loading replaces everything that was there
    const LoadReport report = PlanStore::load(path, &loaded);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(planDifference(original, loaded), QString());
    QCOMPARE(loaded.nextId(), original.nextId());
    QCOMPARE(report.fileSchemaVersion, PlanStore::kSchemaVersion);
    QVERIFY(!report.migrated);
    QCOMPARE(report.writtenBy, QStringLiteral("Rackwerk " RW_VERSION));
}

void TestPlanStore::demoPlanRoundTrips()
{
    Plan original;
    buildDemoPlan(original);
    QVERIFY(original.all<Rack>().size() > 100);
    Plan loaded;
    const LoadReport report = PlanStore::load(mDemoFile, &loaded);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(planDifference(original, loaded), QString());
    QCOMPARE(loaded.nextId(), original.nextId());
}

void TestPlanStore::refusesNextIdNotAboveEveryId()
{
    // Another tool may store a nextId that is too small: the file is inconsistent (ids would be handed out
    // twice) and is refused, not repaired. One above the largest id is fine.
    const QString path = savedEveryFieldPlan();
    QVERIFY(!path.isEmpty());
    Plan plan;
    QVERIFY(PlanStore::load(path, &plan).ok);
    Id largest = 0;
    forEachEntityType([&]<class T>() {
        if constexpr (std::is_same_v<typename EntityTraits<T>::Key, Id>) {
            for (const auto &[id, entity] : plan.all<T>())
                largest = std::max(largest, id);
        }
    });
    QVERIFY(largest >= 1000);
    QCOMPARE(
        execSql(path, QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'nextId'").arg(largest + 1)), QString());
    const LoadReport fine = PlanStore::load(path, &plan);
    QVERIFY2(fine.ok, qPrintable(fine.error));
    QCOMPARE(plan.nextId(), largest + 1);
    QCOMPARE(
        execSql(path, QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'nextId'").arg(largest)), QString());
    verifyRefused(path, { QStringLiteral("nextId"), QString::number(largest) });
    QCOMPARE(execSql(path, QStringLiteral("UPDATE meta SET value = '1' WHERE key = 'nextId'")), QString());
    verifyRefused(path, { QStringLiteral("nextId") });
}

void TestPlanStore::opensWalPlanWithoutWritingBesideIt()
{
    // Another program switched the plan to WAL mode. Opening it (as validate and info do) must not leave
    // -wal or -shm files beside it, and must not change it.
    const QString path = savedEveryFieldPlan();
    QVERIFY(!path.isEmpty());
    QCOMPARE(execSql(path, QStringLiteral("PRAGMA journal_mode=WAL")), QString());
    QCOMPARE(int(fileBytes(path).at(18)), 2);  // the file says WAL
    const QStringList before = entriesIn(mDir->path());
    QCOMPARE(before, QStringList { QStringLiteral("every-field.rackwerk") });
    const QByteArray bytes = fileBytes(path);
    Plan plan;
    const LoadReport report = PlanStore::load(path, &plan);
    QVERIFY2(report.ok, qPrintable(report.error));
    Plan expected;
    rwtest::buildEveryFieldPlan(expected);
    QCOMPARE(planDifference(plan, expected), QString());
    QCOMPARE(entriesIn(mDir->path()), before);
    QVERIFY(fileBytes(path) == bytes);
}

void TestPlanStore::refusesChangesLeftInTheWal()
{
    // A program still has changes in the -wal file: they are not in the plan file, so reading the file
    // alone would show an older plan. Refused, and nothing beside it is touched.
    const QString path = savedEveryFieldPlan();
    QVERIFY(!path.isEmpty());
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "PRAGMA journal_mode=WAL; UPDATE racks SET name = 'changed'", nullptr, nullptr, nullptr),
        SQLITE_OK);
    sqlite3_close(db);
    QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
    verifyRefused(path, { QStringLiteral("every-field.rackwerk-wal") });
}

void TestPlanStore::saveRemovesTempFilesOfDeadProcesses()
{
    // A killed save leaves .NAME.saving-PID behind. The next save of that plan removes those of processes
    // that no longer run, and leaves those of running processes and of other plans alone.
    const pid_t dead = fork();
    if (dead == 0)
        _exit(0);
    QVERIFY(dead > 0);
    QCOMPARE(waitpid(dead, nullptr, 0), dead);
    const QString stale = QStringLiteral(".plan.rackwerk.saving-%1").arg(dead);
    const QString running = QStringLiteral(".plan.rackwerk.saving-%1").arg(getppid());
    const QString otherPlan = QStringLiteral(".other.rackwerk.saving-%1").arg(dead);
    for (const QString &name : { stale, running, otherPlan })
        QVERIFY(writeFileBytes(mDir->filePath(name), "half a plan"));
    Plan plan;
    rwtest::buildSmallPlan(plan);
    const SaveReport saved = PlanStore::save(plan, mDir->filePath(QStringLiteral("plan.rackwerk")));
    QVERIFY2(saved.ok, qPrintable(saved.error));
    QStringList expected { otherPlan, running, QStringLiteral("plan.rackwerk") };
    expected.sort();
    QCOMPARE(entriesIn(mDir->path()), expected);
}

void TestPlanStore::integrityReportIsOneLine()
{
    // SQLite reports each problem on a line of its own: the refusal sums them up in one line, and the whole
    // report is in the details (rackwerk-cli --verbose).
    const QString path = mDir->filePath(QStringLiteral("damaged.rackwerk"));
    QByteArray demo = fileBytes(mDemoFile);
    // Two damaged pages, so that the check finds more than one problem whatever the file's layout.
    for (const qint64 page : { demo.size() / 4096 / 2, demo.size() / 4096 / 4 }) {
        for (qint64 i = page * 4096 + 8; i < (page + 1) * 4096; i += 7)
            demo[i] = char(demo[i] ^ 0x5A);
    }
    QVERIFY(writeFileBytes(path, demo));
    Plan plan;
    const LoadReport report = PlanStore::load(path, &plan);
    QVERIFY(!report.ok);
    QVERIFY2(report.error.contains(QLatin1String("integrity check")), qPrintable(report.error));
    QVERIFY2(!report.error.contains(QLatin1Char('\n')), qPrintable(report.error));
    QVERIFY2(report.details.count(QLatin1Char('\n')) >= 1, qPrintable(report.details));
    QVERIFY2(report.error.contains(QLatin1String("more problem")), qPrintable(report.error));
}

void TestPlanStore::loadBytesReadsLikeLoad()
{
    // The fuzz target reads plan files from memory: the same checks and the same result as from a file.
    Plan fromFile, fromBytes;
    QVERIFY(PlanStore::load(mDemoFile, &fromFile).ok);
    const LoadReport report = PlanStore::loadBytes(fileBytes(mDemoFile), QStringLiteral("demo.rackwerk"), &fromBytes);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(planDifference(fromFile, fromBytes), QString());
    QVERIFY(!PlanStore::loadBytes(QByteArray("SQLite format 3"), QStringLiteral("x"), &fromBytes).ok);
    QVERIFY(!PlanStore::loadBytes(QByteArray(), QStringLiteral("x"), &fromBytes).ok);
}

void TestPlanStore::acceptsValuesAtTheirLimits()
{
    // The checks refuse what is out of range, not what another tool wrote in a different but valid form:
    // '2000' as text in a REAL column is stored as a number by SQLite's type affinity.
    const QString path = savedEveryFieldPlan();
    QVERIFY(!path.isEmpty());
    QCOMPARE(execSql(path,
                 QStringLiteral("UPDATE racks SET maxPowerKw = '2000', xM = -10000, heightU = 60; "
                                "UPDATE coolingUnits SET standby = 0")),
        QString());
    Plan loaded;
    const LoadReport report = PlanStore::load(path, &loaded);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(loaded.all<Rack>().size(), std::size_t(1));
    const Rack &rack = loaded.all<Rack>().begin()->second;
    QCOMPARE(rack.maxPowerKw, 2000.0);
    QCOMPARE(rack.xM, -10000.0);
    QCOMPARE(rack.heightU, 60);
    QCOMPARE(loaded.all<CoolingUnit>().begin()->second.standby, false);
}

void TestPlanStore::saveLeavesOnlyThePlanFile()
{
    Plan plan;
    rwtest::buildEveryFieldPlan(plan);
    const QString path = mDir->filePath(QStringLiteral("plan.rackwerk"));
    for (int round = 0; round < 2; ++round) {  // a new file, then over the existing one
        const SaveReport saved = PlanStore::save(plan, path);
        QVERIFY2(saved.ok, qPrintable(saved.error));
        QCOMPARE(entriesIn(mDir->path()), QStringList { QStringLiteral("plan.rackwerk") });
    }
}

void TestPlanStore::saveReplacesTheExistingPlan()
{
    const QString path = mDir->filePath(QStringLiteral("plan.rackwerk"));
    Plan first;
    rwtest::buildEveryFieldPlan(first);
    QVERIFY(PlanStore::save(first, path).ok);
    Plan second;
    rwtest::buildSmallPlan(second);
    const SaveReport saved = PlanStore::save(second, path);
    QVERIFY2(saved.ok, qPrintable(saved.error));

    Plan loaded;
    const LoadReport report = PlanStore::load(path, &loaded);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(planDifference(second, loaded), QString());
    QCOMPARE(loaded.nextId(), second.nextId());
    QCOMPARE(entriesIn(mDir->path()), QStringList { QStringLiteral("plan.rackwerk") });
}

void TestPlanStore::failedSaveOnFullDiskKeepsTheOldPlan()
{
    const QString path = mDir->filePath(QStringLiteral("plan.rackwerk"));
    Plan old;
    rwtest::buildSmallPlan(old);
    QVERIFY(PlanStore::save(old, path).ok);
    const QByteArray oldBytes = fileBytes(path);
    Plan demo;
    buildDemoPlan(demo);

    SaveReport saved;
    {
        const FileSizeLimit diskFull(16 * 1024);  // far smaller than the demo plan
        saved = PlanStore::save(demo, path);
    }
    QVERIFY2(!saved.ok, "saving succeeded although no file could grow beyond 16 KiB");
    QVERIFY(saved.error.contains(QStringLiteral("plan.rackwerk")));
    QVERIFY2(fileBytes(path) == oldBytes, "a failed save changed the old plan");
    QCOMPARE(entriesIn(mDir->path()), QStringList { QStringLiteral("plan.rackwerk") });
    Plan loaded;
    QVERIFY(PlanStore::load(path, &loaded).ok);
    QCOMPARE(planDifference(old, loaded), QString());
}

void TestPlanStore::saveIntoUnwritableDirectoryKeepsTheOldPlan()
{
    if (::geteuid() == 0)
        QSKIP("root may write into read-only directories; failedSaveOnFullDiskKeepsTheOldPlan covers the failure");
    const QString path = mDir->filePath(QStringLiteral("plan.rackwerk"));
    Plan old;
    rwtest::buildSmallPlan(old);
    QVERIFY(PlanStore::save(old, path).ok);
    const QByteArray oldBytes = fileBytes(path);
    QFile directory(mDir->path());
    const QFile::Permissions permissions = directory.permissions();
    QVERIFY(directory.setPermissions(QFile::ReadOwner | QFile::ExeOwner));
    Plan changed;
    rwtest::buildEveryFieldPlan(changed);
    const SaveReport saved = PlanStore::save(changed, path);
    directory.setPermissions(permissions);

    QVERIFY2(!saved.ok, "saving into a read-only directory succeeded");
    QVERIFY(!saved.error.isEmpty());
    QVERIFY2(fileBytes(path) == oldBytes, "a failed save changed the old plan");
    QCOMPARE(entriesIn(mDir->path()), QStringList { QStringLiteral("plan.rackwerk") });
}

void TestPlanStore::saveIntoMissingDirectoryFails()
{
    const QString path = mDir->filePath(QStringLiteral("missing/plan.rackwerk"));
    Plan plan;
    rwtest::buildSmallPlan(plan);
    const SaveReport saved = PlanStore::save(plan, path);
    QVERIFY(!saved.ok);
    QVERIFY(saved.error.contains(QStringLiteral("plan.rackwerk")));
    QVERIFY(entriesIn(mDir->path()).isEmpty());
}

void TestPlanStore::refusesDamagedFile_data()
{
    // How to damage a copy of the saved demo plan; `size` is a cut or an offset where the damage needs one.
    QTest::addColumn<QString>("damage");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QStringList>("mentions");

    QTest::newRow("missing file") << "missing" << 0LL << QStringList { QStringLiteral("does not exist") };
    QTest::newRow("empty file") << "empty" << 0LL << QStringList { QStringLiteral("empty") };
    QTest::newRow("random bytes") << "random" << 5000LL << QStringList { QStringLiteral("not a Rackwerk plan") };
    QTest::newRow("plain text") << "text" << 0LL << QStringList { QStringLiteral("not a Rackwerk plan") };
    QTest::newRow("cut inside the magic string") << "truncate" << 10LL << QStringList {};
    QTest::newRow("cut inside the header") << "truncate" << 60LL << QStringList { QStringLiteral("truncated") };
    QTest::newRow("cut after the header") << "truncate" << 100LL << QStringList { QStringLiteral("truncated") };
    QTest::newRow("cut after the first page") << "truncate" << 4096LL << QStringList { QStringLiteral("truncated") };
    QTest::newRow("cut in half") << "truncate" << -2LL << QStringList { QStringLiteral("truncated") };
    QTest::newRow("last byte missing") << "truncate" << -1LL << QStringList { QStringLiteral("truncated") };
    QTest::newRow("database of another application")
        << "foreign" << 0LL << QStringList { QStringLiteral("not a Rackwerk plan") };
    QTest::newRow("another application id")
        << "foreign-id" << 0LL << QStringList { QStringLiteral("not a Rackwerk plan") };
    QTest::newRow("no schema version") << "version-0" << 0LL << QStringList { QStringLiteral("version") };
    QTest::newRow("trigger") << "trigger" << 0LL << QStringList { QStringLiteral("trigger") };
    QTest::newRow("view") << "view" << 0LL << QStringList { QStringLiteral("view") };
    QTest::newRow("page header in the middle flipped")
        << "flip-page-header" << 0LL << QStringList { QStringLiteral("damaged") };
    QTest::newRow("page in the middle flipped") << "flip-page" << 0LL << QStringList { QStringLiteral("damaged") };
    QTest::newRow("bytes in the middle flipped") << "flip-middle" << 0LL << QStringList { QStringLiteral("damaged") };
    QTest::newRow("schema page flipped") << "flip-schema" << 0LL << QStringList { QStringLiteral("damaged") };
}

void TestPlanStore::refusesDamagedFile()
{
    QFETCH(QString, damage);
    QFETCH(qint64, size);
    QFETCH(QStringList, mentions);

    const QString path = mDir->filePath(QStringLiteral("damaged.rackwerk"));
    const QByteArray demo = fileBytes(mDemoFile);
    QVERIFY(demo.size() > 16 * 4096);
    const qint64 pageSize = 4096;
    QCOMPARE(queryValue(mDemoFile, QStringLiteral("PRAGMA page_size")).toLongLong(), pageSize);
    const qint64 middlePage = demo.size() / pageSize / 2;
    auto flip = [](QByteArray bytes, qint64 from, qint64 count) {
        for (qint64 i = from; i < from + count; ++i)
            bytes[i] = char(bytes[i] ^ 0xA5);
        return bytes;
    };

    if (damage == QLatin1String("missing")) {
        // nothing to write
    } else if (damage == QLatin1String("empty")) {
        QVERIFY(writeFileBytes(path, {}));
    } else if (damage == QLatin1String("random")) {
        QByteArray noise(size, Qt::Uninitialized);
        QRandomGenerator generator(20260504);
        for (char &byte : noise)
            byte = char(generator.bounded(256));
        QVERIFY(writeFileBytes(path, noise));
    } else if (damage == QLatin1String("text")) {
        QVERIFY(writeFileBytes(path, "Rack A1: 4 x DGX B200, 60 kW\nRack A2: empty\n"));
    } else if (damage == QLatin1String("truncate")) {
        const qint64 cut = size == -2 ? demo.size() / 2 : size == -1 ? demo.size() - 1 : size;
        QVERIFY(writeFileBytes(path, demo.left(cut)));
    } else if (damage == QLatin1String("foreign")) {
        QCOMPARE(execSql(path,
                     QStringLiteral("CREATE TABLE racks (id INTEGER, name TEXT); "
                                    "INSERT INTO racks VALUES (1, 'A1')")),
            QString());
    } else if (damage == QLatin1String("foreign-id")) {
        QVERIFY(writeFileBytes(path, demo));
        QCOMPARE(execSql(path, QStringLiteral("PRAGMA application_id = 1179406164")), QString());
    } else if (damage == QLatin1String("version-0")) {
        QVERIFY(writeFileBytes(path, demo));
        QCOMPARE(execSql(path, QStringLiteral("PRAGMA user_version = 0")), QString());
    } else if (damage == QLatin1String("trigger")) {
        QVERIFY(writeFileBytes(path, demo));
        QCOMPARE(execSql(path,
                     QStringLiteral("CREATE TRIGGER wipe AFTER INSERT ON racks BEGIN DELETE FROM racks; "
                                    "END")),
            QString());
    } else if (damage == QLatin1String("view")) {
        QVERIFY(writeFileBytes(path, demo));
        QCOMPARE(
            execSql(path, QStringLiteral("CREATE VIEW big AS SELECT * FROM racks WHERE maxPowerKw > 50")), QString());
    } else if (damage == QLatin1String("flip-page-header")) {
        QVERIFY(writeFileBytes(path, flip(demo, middlePage * pageSize, 64)));
    } else if (damage == QLatin1String("flip-page")) {
        QVERIFY(writeFileBytes(path, flip(demo, middlePage * pageSize, pageSize)));
    } else if (damage == QLatin1String("flip-middle")) {
        QVERIFY(writeFileBytes(path, flip(demo, demo.size() / 2, 64)));
    } else if (damage == QLatin1String("flip-schema")) {
        QVERIFY(writeFileBytes(path, flip(demo, 100, 50)));  // page 1 after the file header: the schema
    } else {
        QFAIL(qPrintable(QStringLiteral("unknown damage %1").arg(damage)));
    }

    verifyRefused(path, mentions);
}

void TestPlanStore::refusesNewerSchemaVersion()
{
    const QString path = savedEveryFieldPlan();
    QVERIFY(!path.isEmpty());
    const int newer = PlanStore::kSchemaVersion + 1;
    QCOMPARE(execSql(path, QStringLiteral("PRAGMA user_version = %1").arg(newer)), QString());
    verifyRefused(path, { QStringLiteral("newer") });

    Plan plan;
    const LoadReport report = PlanStore::load(path, &plan);
    QCOMPARE(report.fileSchemaVersion, newer);  // so that the caller can tell the user which version wrote it
    QVERIFY(report.error.contains(QString::number(newer)));
}

void TestPlanStore::refusesTamperedContent_data()
{
    // SQL run on a saved copy of the every-field plan, in which each table holds one row (power nodes two).
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("mentions");

    // Rebuilt without NOT NULL and PRIMARY KEY, as a hostile file may have them.
    const QString unconstrained = QStringLiteral("CREATE TABLE loose AS SELECT * FROM %1; DROP TABLE %1; "
                                                 "ALTER TABLE loose RENAME TO %1; ");
    auto row = [](const char *name, const QString &sql, const QStringList &mentions) {
        QTest::newRow(name) << sql << mentions;
    };
    row("negative rack power", QStringLiteral("UPDATE racks SET maxPowerKw = -5"),
        { QStringLiteral("racks"), QStringLiteral("maxPowerKw"), QStringLiteral("2,000") });
    row("power above the range", QStringLiteral("UPDATE racks SET maxPowerKw = 2000.5"),
        { QStringLiteral("racks"), QStringLiteral("maxPowerKw") });
    row("text in a number column", QStringLiteral("UPDATE racks SET heightU = 'tall'"),
        { QStringLiteral("racks"), QStringLiteral("heightU") });
    row("fraction in an integer column", QStringLiteral("UPDATE devices SET positionU = 1.5"),
        { QStringLiteral("devices"), QStringLiteral("positionU") });
    row("infinite size", QStringLiteral("UPDATE halls SET widthM = 1e999"),
        { QStringLiteral("halls"), QStringLiteral("widthM") });
    row("unknown enum value", QStringLiteral("UPDATE powerNodes SET kind = 'fusion-reactor'"),
        { QStringLiteral("powerNodes"), QStringLiteral("kind") });
    row("enum value in the wrong case", QStringLiteral("UPDATE racks SET facing = 'North'"),
        { QStringLiteral("racks"), QStringLiteral("facing") });
    row("boolean out of range", QStringLiteral("UPDATE coolingUnits SET standby = 2"),
        { QStringLiteral("coolingUnits"), QStringLiteral("standby") });
    row("impossible date", QStringLiteral("UPDATE scenarios SET startDate = '2031-02-30'"),
        { QStringLiteral("scenarios"), QStringLiteral("startDate") });
    row("text too long", QStringLiteral("UPDATE rows SET name = replace(hex(zeroblob(201)), '00', 'x')"),
        { QStringLiteral("rows"), QStringLiteral("name"), QStringLiteral("200") });
    row("binary in a text column", QStringLiteral("UPDATE site SET name = x'00ff'"),
        { QStringLiteral("site"), QStringLiteral("name") });
    row("NULL text", unconstrained.arg(QStringLiteral("racks")) + QStringLiteral("UPDATE racks SET zone = NULL"),
        { QStringLiteral("racks"), QStringLiteral("zone") });
    row("NULL number", unconstrained.arg(QStringLiteral("racks")) + QStringLiteral("UPDATE racks SET xM = NULL"),
        { QStringLiteral("racks"), QStringLiteral("xM") });
    row("NULL id", unconstrained.arg(QStringLiteral("phases")) + QStringLiteral("UPDATE phases SET id = NULL"),
        { QStringLiteral("phases"), QStringLiteral("id") });
    row("repeated id",
        unconstrained.arg(QStringLiteral("racks")) + QStringLiteral("INSERT INTO racks SELECT * FROM racks"),
        { QStringLiteral("racks"), QStringLiteral("twice") });
    row("repeated device type key",
        unconstrained.arg(QStringLiteral("deviceTypes"))
            + QStringLiteral("INSERT INTO deviceTypes SELECT * FROM deviceTypes"),
        { QStringLiteral("deviceTypes"), QStringLiteral("twice") });
    row("id 0, which means none", QStringLiteral("UPDATE phases SET id = 0"), { QStringLiteral("phases") });
    row("negative id", QStringLiteral("UPDATE phases SET id = -4"), { QStringLiteral("phases"), QStringLiteral("id") });
    row("id beyond 2^53", QStringLiteral("UPDATE phases SET id = 9007199254740993"),
        { QStringLiteral("phases"), QStringLiteral("id") });
    row("next id not a number", QStringLiteral("UPDATE meta SET value = 'many' WHERE key = 'nextId'"),
        { QStringLiteral("nextId") });
    row("next id beyond 2^53", QStringLiteral("UPDATE meta SET value = '9007199254740993' WHERE key = 'nextId'"),
        { QStringLiteral("nextId") });
    row("column missing", QStringLiteral("ALTER TABLE racks DROP COLUMN zone"),
        { QStringLiteral("racks"), QStringLiteral("zone") });
    row("table missing", QStringLiteral("DROP TABLE phases"), { QStringLiteral("phases") });
    row("no site", QStringLiteral("DELETE FROM site"), { QStringLiteral("site") });
    row("two sites", QStringLiteral("INSERT INTO site SELECT * FROM site"), { QStringLiteral("site") });
    row("device in a missing rack", QStringLiteral("UPDATE devices SET rackId = 999999"), { QStringLiteral("999999") });
    row("device of a missing type", QStringLiteral("UPDATE devices SET typeKey = 'no-such-type'"),
        { QStringLiteral("no-such-type") });
    row("rack in a missing hall", QStringLiteral("UPDATE racks SET hallId = 999998"), { QStringLiteral("hall") });
    row("power loop", QStringLiteral("INSERT INTO powerLinks SELECT 4242, toId, fromId FROM powerLinks"),
        { QStringLiteral("loop") });
    row("devices overlapping",
        QStringLiteral("INSERT INTO devices SELECT 4243, rackId, typeKey, positionU + 1, label FROM devices"),
        { QStringLiteral("overlaps") });
}

void TestPlanStore::refusesTamperedContent()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, mentions);
    const QString path = savedEveryFieldPlan();
    QVERIFY(!path.isEmpty());
    QCOMPARE(execSql(path, sql), QString());
    verifyRefused(path, mentions);
}

void TestPlanStore::schemaMatchesSnapshot()
{
    // The snapshot is named after the schema version: a new version needs a new snapshot, and a changed
    // schema under the old version number fails here. Either way a migration has to be written.
    QFile snapshot(kFixtures + QStringLiteral("/schema_v%1.sql").arg(PlanStore::kSchemaVersion));
    QVERIFY2(snapshot.open(QIODevice::ReadOnly | QIODevice::Text),
        qPrintable(QStringLiteral("no schema snapshot %1 for the current schema version").arg(snapshot.fileName())));
    QStringList snapshotStatements;
    for (const QString &line : QString::fromUtf8(snapshot.readAll()).split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty() && !line.startsWith(QLatin1String("--")))
            snapshotStatements << line;
    }
    QStringList generated;
    for (const QString &statement : PlanStore::schemaStatements())
        generated << statement + QLatin1Char(';');
    if (generated != snapshotStatements) {
        qWarning("The schema changed without a new schema version. Bump PlanStore::kSchemaVersion, add "
                 "schema::migrationFrom() for the old version, a plan_vN.sql fixture of the old version and a "
                 "schema_vN.sql snapshot of the new one.");
    }
    QCOMPARE(generated, snapshotStatements);
}

void TestPlanStore::savedFileHasTheSnapshotSchema()
{
    const QString path = savedEveryFieldPlan();
    QVERIFY(!path.isEmpty());
    QStringList stored;
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(
        db, "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY rowid", -1, &statement, nullptr);
    while (sqlite3_step(statement) == SQLITE_ROW)
        stored << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    sqlite3_close(db);
    QCOMPARE(stored, PlanStore::schemaStatements());
    QCOMPARE(queryValue(path, QStringLiteral("PRAGMA user_version")).toInt(), PlanStore::kSchemaVersion);
    QCOMPARE(queryValue(path, QStringLiteral("PRAGMA application_id")).toInt(), PlanStore::kApplicationId);
}

void TestPlanStore::migrationsReachTheCurrentSchema()
{
    sqlite3 *current = nullptr;
    QCOMPARE(sqlite3_open(":memory:", &current), SQLITE_OK);
    for (const QString &statement : PlanStore::schemaStatements())
        QCOMPARE(sqlite3_exec(current, statement.toUtf8().constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    const QStringList expected = describeTables(current);
    sqlite3_close(current);
    QVERIFY(expected.size() > 50);

    for (int version = 1; version < PlanStore::kSchemaVersion; ++version) {
        const QString path = mDir->filePath(QStringLiteral("v%1.rackwerk").arg(version));
        QCOMPARE(buildFileFromFixture(version, path), QString());
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        QVERIFY2(describeTables(db) != expected, "the fixture of an older version already has the current schema");
        for (int from = version; from < PlanStore::kSchemaVersion; ++from) {
            for (const QString &statement : schema::migrationFrom(from)) {
                char *message = nullptr;
                const int rc = sqlite3_exec(db, statement.toUtf8().constData(), nullptr, nullptr, &message);
                const QString why = message ? QString::fromUtf8(message) : QString();
                sqlite3_free(message);
                QVERIFY2(rc == SQLITE_OK, qPrintable(QStringLiteral("migration from %1: %2").arg(from).arg(why)));
            }
        }
        const QStringList migrated = describeTables(db);
        sqlite3_close(db);
        QCOMPARE(migrated, expected);
    }
}

void TestPlanStore::addedColumnsAreDerivedUnchanged()
{
    // The columns that released versions added come from kFieldAdditions; their statements are frozen
    // as first written by hand. A new version gets its own line here.
    QCOMPARE(schema::addedColumns(2),
        QStringList { QStringLiteral("ALTER TABLE obstacles ADD COLUMN openAreaShare REAL NOT NULL DEFAULT 0") });
    QCOMPARE(schema::addedColumns(3), QStringList {});
    QCOMPARE(schema::addedColumns(4),
        QStringList { QStringLiteral("ALTER TABLE halls ADD COLUMN returnPlenumM REAL NOT NULL DEFAULT 0") });
    QCOMPARE(schema::addedColumns(5), QStringList {});
    QCOMPARE(schema::addedColumns(7), QStringList {});  // version 7 added tables (liquid cooling), no columns
    QCOMPARE(schema::addedColumns(8), QStringList {});  // version 8 added tables (weather, underlays), no columns
    QCOMPARE(schema::addedColumns(9),
        QStringList { QStringLiteral("ALTER TABLE deviceTypes ADD COLUMN powerInput TEXT NOT NULL DEFAULT 'ac'") });
}

void TestPlanStore::opensEveryOlderSchemaVersion()
{
    for (int version = 1; version < PlanStore::kSchemaVersion; ++version) {
        const QString path = mDir->filePath(QStringLiteral("v%1.rackwerk").arg(version));
        QCOMPARE(buildFileFromFixture(version, path), QString());
        QCOMPARE(queryValue(path, QStringLiteral("PRAGMA user_version")).toInt(), version);
        const QByteArray bytesBefore = fileBytes(path);

        Plan loaded;
        const LoadReport report = PlanStore::load(path, &loaded);
        QVERIFY2(report.ok, qPrintable(QStringLiteral("version %1: %2").arg(version).arg(report.error)));
        QVERIFY(report.migrated);
        QCOMPARE(report.fileSchemaVersion, version);
        QVERIFY(!loaded.all<Rack>().empty());
        QVERIFY(!loaded.all<MountedDevice>().empty());
        QVERIFY2(fileBytes(path) == bytesBefore, "opening migrated the file on disk; it must happen in memory");
    }
}

void TestPlanStore::opensVersion1WithDefaultsForNewFields()
{
    const QString path = mDir->filePath(QStringLiteral("v1.rackwerk"));
    QCOMPARE(buildFileFromFixture(1, path), QString());
    Plan loaded;
    const LoadReport report = PlanStore::load(path, &loaded);
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(report.migrated);
    QCOMPARE(report.fileSchemaVersion, 1);
    QCOMPARE(report.writtenBy, QStringLiteral("Rackwerk 0.1.0 (schema 1)"));

    Plan expected;
    buildVersion1Plan(expected);
    QCOMPARE(planDifference(expected, loaded), QString());
    QCOMPARE(loaded.all<Rack>().size(), std::size_t(2));
    QCOMPARE(loaded.all<MountedDevice>().size(), std::size_t(5));
    QVERIFY(loaded.all<Scenario>().empty());
    QVERIFY(loaded.all<Phase>().empty());
    const Obstacle *tile = loaded.find<Obstacle>(81);
    QVERIFY(tile);
    QCOMPARE(tile->kind, ObstacleKind::PerforatedTile);
    QCOMPARE(tile->openAreaShare, 0.0);
    QCOMPARE(loaded.nextId(), Id(90));
}

void TestPlanStore::opensVersion2WithAnEmptyLabelTable()
{
    const QString path = mDir->filePath(QStringLiteral("v2.rackwerk"));
    QCOMPARE(buildFileFromFixture(2, path), QString());
    Plan loaded;
    const LoadReport report = PlanStore::load(path, &loaded);
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(report.migrated);
    QCOMPARE(report.fileSchemaVersion, 2);
    QCOMPARE(report.writtenBy, QStringLiteral("Rackwerk 0.2.0 (schema 2)"));

    Plan expected;
    buildVersion2Plan(expected);
    QCOMPARE(planDifference(expected, loaded), QString());
    QVERIFY(loaded.all<Label>().empty());
    QCOMPARE(loaded.find<Obstacle>(81)->openAreaShare, 0.25);
    QCOMPARE(loaded.nextId(), Id(90));

    // The migrated plan takes labels, and a saved file of the current version keeps them.
    Label label;
    label.id = loaded.allocateId();
    label.hallId = rwtest::small::kHall;
    label.xM = 4.5;
    label.yM = 6.25;
    label.text = QStringLiteral("Cold aisle 1 — Kaltgang");
    label.heightM = 0.4;
    label.rotationDeg = 270;
    PlanFiller(loaded).insert(label);
    const QString savedPath = mDir->filePath(QStringLiteral("v3.rackwerk"));
    const SaveReport saved = PlanStore::save(loaded, savedPath);
    QVERIFY2(saved.ok, qPrintable(saved.error));
    Plan reloaded;
    QVERIFY(PlanStore::load(savedPath, &reloaded).ok);
    QCOMPARE(planDifference(loaded, reloaded), QString());
    QVERIFY(reloaded.find<Label>(label.id));
    QCOMPARE(*reloaded.find<Label>(label.id), label);
}

void TestPlanStore::opensVersion3WithoutAReturnPlenum()
{
    const QString path = mDir->filePath(QStringLiteral("v3.rackwerk"));
    QCOMPARE(buildFileFromFixture(3, path), QString());
    Plan loaded;
    const LoadReport report = PlanStore::load(path, &loaded);
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(report.migrated);
    QCOMPARE(report.fileSchemaVersion, 3);
    QCOMPARE(report.writtenBy, QStringLiteral("Rackwerk 0.3.0 (schema 3)"));

    Plan expected;
    buildVersion3Plan(expected);
    QCOMPARE(planDifference(expected, loaded), QString());
    QCOMPARE(loaded.find<Hall>(rwtest::small::kHall)->returnPlenumM, 0.0);  // no plenum, as before
    QCOMPARE(loaded.find<Label>(82)->text, QStringLiteral("Cold aisle 1"));

    // The migrated hall takes a plenum, and a saved file of the current version keeps it.
    Hall hall = *loaded.find<Hall>(rwtest::small::kHall);
    hall.returnPlenumM = 1.25;
    PlanFiller(loaded).replace(hall);
    const QString savedPath = mDir->filePath(QStringLiteral("v4.rackwerk"));
    const SaveReport saved = PlanStore::save(loaded, savedPath);
    QVERIFY2(saved.ok, qPrintable(saved.error));
    Plan reloaded;
    QVERIFY(PlanStore::load(savedPath, &reloaded).ok);
    QCOMPARE(planDifference(loaded, reloaded), QString());
    QCOMPARE(reloaded.find<Hall>(rwtest::small::kHall)->returnPlenumM, 1.25);
}

void TestPlanStore::opensVersion5WithoutTheLawsScope()
{
    const QString path = mDir->filePath(QStringLiteral("v5.rackwerk"));
    QCOMPARE(buildFileFromFixture(5, path), QString());
    Plan loaded;
    const LoadReport report = PlanStore::load(path, &loaded);
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(report.migrated);
    QCOMPARE(report.fileSchemaVersion, 5);
    // The declarations version 5 had are kept; what the law's scope needs was never declared.
    const Site &site = loaded.site();
    QCOMPARE(site.declaredAvailabilityClass, std::optional<int>(2));
    QCOMPARE(site.renewableShare, std::optional<double>(0.8));
    QCOMPARE(site.pueTarget, std::optional<double>(1.18));
    QCOMPARE(site.startOfOperation, QDate(2027, 3, 1));
    QVERIFY(!site.operatorRole);
    QVERIFY(!site.connectedPowerKw);
    QVERIFY(!site.publicOwnership);

    // Declared and saved, they are stored; a declared "not public" is a declaration, not "none".
    Site declared = site;
    declared.operatorRole = OperatorRole::ColocationOperator;
    declared.connectedPowerKw = 1250;
    declared.publicOwnership = false;
    PlanFiller(loaded).setSite(declared);
    const QString savedPath = mDir->filePath(QStringLiteral("v6.rackwerk"));
    QVERIFY(PlanStore::save(loaded, savedPath).ok);
    Plan reloaded;
    QVERIFY(PlanStore::load(savedPath, &reloaded).ok);
    QCOMPARE(reloaded.site().operatorRole, std::optional<OperatorRole>(OperatorRole::ColocationOperator));
    QCOMPARE(reloaded.site().connectedPowerKw, std::optional<double>(1250));
    QCOMPARE(reloaded.site().publicOwnership, std::optional<bool>(false));
}

void TestPlanStore::opensVersion6WithoutCoolantLoopsWeatherOrUnderlays()
{
    const QString path = mDir->filePath(QStringLiteral("v6.rackwerk"));
    QCOMPARE(buildFileFromFixture(6, path), QString());
    Plan loaded;
    const LoadReport report = PlanStore::load(path, &loaded);
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(report.migrated);
    QCOMPARE(report.fileSchemaVersion, 6);
    QCOMPARE(report.writtenBy, QStringLiteral("Rackwerk 0.6.0 (schema 6)"));
    // Everything version 6 had is kept, the law's scope included; there is no liquid cooling yet.
    Plan expected;
    buildVersion6Plan(expected);
    QCOMPARE(planDifference(expected, loaded), QString());
    QVERIFY(loaded.all<CoolantLoop>().empty());
    QVERIFY(loaded.all<LoopRejection>().empty());
    QVERIFY(loaded.all<LoopRack>().empty());

    // The migrated plan takes a coolant loop, and a saved file of the current version keeps it.
    CoolingUnit cdu = *loaded.find<CoolingUnit>(rwtest::small::kCoolingUnit);
    cdu.id = 91;
    cdu.name = QStringLiteral("CDU 1");
    cdu.kind = CoolingKind::Cdu;
    PlanFiller(loaded).insert(cdu);
    CoolantLoop loop;
    loop.id = 92;
    loop.name = QStringLiteral("TCS 1");
    loop.cduId = cdu.id;
    PlanFiller(loaded).insert(loop);
    LoopRack onLoop;
    onLoop.id = 93;
    onLoop.rackId = rwtest::small::kRackA;
    onLoop.loopId = loop.id;
    PlanFiller(loaded).insert(onLoop);
    QVERIFY(!PlanValidator::firstError(loaded));
    const QString savedPath = mDir->filePath(QStringLiteral("v7.rackwerk"));
    const SaveReport saved = PlanStore::save(loaded, savedPath);
    QVERIFY2(saved.ok, qPrintable(saved.error));
    Plan reloaded;
    QVERIFY(PlanStore::load(savedPath, &reloaded).ok);
    QCOMPARE(planDifference(loaded, reloaded), QString());
    QCOMPARE(*reloaded.find<CoolantLoop>(92), loop);
    QCOMPARE(*reloaded.find<LoopRack>(93), onLoop);
    QVERIFY(loaded.all<SiteWeather>().empty());  // the typical Munich year applies
    QVERIFY(loaded.all<Underlay>().empty());
    QCOMPARE(loaded.site().operatorRole, std::optional<OperatorRole>(OperatorRole::ColocationOperator));
    QCOMPARE(int(loaded.all<Rack>().size()), 2);

    // The migrated plan takes a weather year and an underlay; saved, it keeps them and a backup of version 6.
    SiteWeather weather;
    weather.id = 500;
    weather.name = QStringLiteral("TRY2045_Muenchen.dat");
    weather.format = WeatherFormat::DwdTry;
    weather.station = QStringLiteral("DWD test reference year at RW 4201500, HW 2848500");
    weather.hours = QStringLiteral("21.5;16.25\n").repeated(8760);
    PlanFiller(loaded).insert(weather);
    Underlay underlay;
    underlay.id = 501;
    underlay.hallId = loaded.all<Hall>().begin()->first;
    underlay.name = QStringLiteral("hall.dxf");
    underlay.content = QStringLiteral("0 0 10 0\n10 0 10 8\n");
    underlay.metresPerUnit = 0.001;
    underlay.opacity = 0.35;
    PlanFiller(loaded).insert(underlay);
    const SaveReport savedWithWeather = PlanStore::save(loaded, path);
    QVERIFY2(savedWithWeather.ok, qPrintable(savedWithWeather.error));
    QCOMPARE(savedWithWeather.backupPath, path + QStringLiteral(".v6.bak"));
    Plan reloadedWithWeather;
    QVERIFY(PlanStore::load(path, &reloadedWithWeather).ok);
    QCOMPARE(planDifference(loaded, reloadedWithWeather), QString());
    QCOMPARE(*reloadedWithWeather.find<SiteWeather>(500), weather);
    QCOMPARE(*reloadedWithWeather.find<Underlay>(501), underlay);
}

void TestPlanStore::opensVersion8WithDeviceTypesTakingAc()
{
    const QString path = mDir->filePath(QStringLiteral("v8.rackwerk"));
    QCOMPARE(buildFileFromFixture(8, path), QString());
    Plan loaded;
    const LoadReport report = PlanStore::load(path, &loaded);
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(report.migrated);
    QCOMPARE(report.fileSchemaVersion, 8);
    QCOMPARE(report.writtenBy, QStringLiteral("Rackwerk 0.8.0 (schema 8)"));
    // Everything version 8 had is kept; every device type takes AC, as all did before 800 V DC.
    Plan expected;
    buildVersion6Plan(expected);
    QCOMPARE(planDifference(expected, loaded), QString());
    QCOMPARE(loaded.all<DeviceType>().size(), std::size_t(3));
    for (const auto &[key, type] : loaded.all<DeviceType>())
        QCOMPARE(type.powerInput, PowerInput::Ac);

    // The migrated plan takes an 800 V DC device type and a rectifier; saved, it keeps them and a backup of 8.
    DeviceType server = *loaded.find<DeviceType>(rwtest::small::kServer);
    server.powerInput = PowerInput::AcOrDc800;
    PlanFiller(loaded).replace(server);
    PowerNode rectifier;
    rectifier.id = 95;
    rectifier.name = QStringLiteral("SST 1");
    rectifier.kind = PowerNodeKind::Rectifier;
    rectifier.efficiency25 = rectifier.efficiency50 = rectifier.efficiency75 = rectifier.efficiency100 = 0.975;
    PlanFiller(loaded).insert(rectifier);
    const SaveReport saved = PlanStore::save(loaded, path);
    QVERIFY2(saved.ok, qPrintable(saved.error));
    QCOMPARE(saved.backupPath, path + QStringLiteral(".v8.bak"));
    Plan reloaded;
    QVERIFY(PlanStore::load(path, &reloaded).ok);
    QCOMPARE(planDifference(loaded, reloaded), QString());
    QCOMPARE(reloaded.find<DeviceType>(rwtest::small::kServer)->powerInput, PowerInput::AcOrDc800);
    QCOMPARE(*reloaded.find<PowerNode>(95), rectifier);
}

void TestPlanStore::opensVersion4WithNothingDeclared()
{
    const QString path = mDir->filePath(QStringLiteral("v4.rackwerk"));
    QCOMPARE(buildFileFromFixture(4, path), QString());
    Plan loaded;
    const LoadReport report = PlanStore::load(path, &loaded);
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(report.migrated);
    QCOMPARE(report.fileSchemaVersion, 4);

    Plan expected;
    buildVersion4Plan(expected);
    QCOMPARE(planDifference(expected, loaded), QString());
    // A version 4 file cannot tell a typed-in figure from the old defaults: none of them counts as declared.
    const Site &site = loaded.site();
    QVERIFY(!site.declaredAvailabilityClass);
    QVERIFY(!site.renewableShare);
    QVERIFY(!site.plannedHeatReuseShare);
    QVERIFY(!site.pueTarget);
    QVERIFY(!site.wueLitrePerKWh);
    QCOMPARE(site.startOfOperation, QDate(2027, 3, 1));  // never pre-filled: a person entered it
    QCOMPARE(site.designOutdoorTempC, 29.5);
    QCOMPARE(site.facilityWaterClass, QStringLiteral("W32"));

    // Declared again and saved, the declarations are stored as such; cleared again, they are NULL in the file.
    Site declared = site;
    declared.declaredAvailabilityClass = 2;
    declared.renewableShare = 0.0;  // a declared 0 is a declaration, not "none"
    declared.pueTarget = 1.18;
    PlanFiller(loaded).setSite(declared);
    const QString savedPath = mDir->filePath(QStringLiteral("v5.rackwerk"));
    QVERIFY(PlanStore::save(loaded, savedPath).ok);
    Plan reloaded;
    QVERIFY(PlanStore::load(savedPath, &reloaded).ok);
    QCOMPARE(planDifference(loaded, reloaded), QString());
    QCOMPARE(reloaded.site().renewableShare, std::optional<double>(0.0));
    QVERIFY(!reloaded.site().wueLitrePerKWh);
    QCOMPARE(queryValue(savedPath, QStringLiteral("SELECT wueLitrePerKWh IS NULL FROM site")).toInt(), 1);
    QCOMPARE(queryValue(savedPath, QStringLiteral("SELECT renewableShare FROM site")).toDouble(), 0.0);
}

void TestPlanStore::savingAMigratedPlanKeepsABackupOfTheOldFile()
{
    const QString path = mDir->filePath(QStringLiteral("plan.rackwerk"));
    QCOMPARE(buildFileFromFixture(1, path), QString());
    const QByteArray version1Bytes = fileBytes(path);
    Plan plan;
    QVERIFY(PlanStore::load(path, &plan).ok);

    const SaveReport saved = PlanStore::save(plan, path);
    QVERIFY2(saved.ok, qPrintable(saved.error));
    const QString backup = path + QStringLiteral(".v1.bak");
    QCOMPARE(saved.backupPath, backup);
    QVERIFY2(fileBytes(backup) == version1Bytes, "the backup is not the file as it was before the upgrade");
    QCOMPARE(queryValue(backup, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(queryValue(path, QStringLiteral("PRAGMA user_version")).toInt(), PlanStore::kSchemaVersion);
    QCOMPARE(entriesIn(mDir->path()),
        (QStringList { QStringLiteral("plan.rackwerk"), QStringLiteral("plan.rackwerk.v1.bak") }));

    Plan reloaded;
    const LoadReport report = PlanStore::load(path, &reloaded);
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(!report.migrated);
    QCOMPARE(report.fileSchemaVersion, PlanStore::kSchemaVersion);
    QCOMPARE(planDifference(plan, reloaded), QString());
    QCOMPARE(reloaded.nextId(), plan.nextId());

    // The file is current now: saving again makes no new backup and leaves the old one alone.
    const SaveReport savedAgain = PlanStore::save(reloaded, path);
    QVERIFY2(savedAgain.ok, qPrintable(savedAgain.error));
    QVERIFY(savedAgain.backupPath.isEmpty());
    QVERIFY(fileBytes(backup) == version1Bytes);
}

QTEST_GUILESS_MAIN(TestPlanStore)
#include "tst_planstore.moc"
