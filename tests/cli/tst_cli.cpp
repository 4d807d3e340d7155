// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/airpathplans.h"
#include "../common/testplans.h"

#include "analysis/downstream.h"
#include "buildinfo/buildinfo.h"
#include "commands/rackrowedits.h"
#include "demo/demoplan.h"
#include "demo/gigafactoryplan.h"
#include "i18n/language.h"
#include "plan/drawingdefaults.h"
#include "plan/planfiller.h"
#include "plan/plansummary.h"
#include "store/planjson.h"
#include "store/planstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <cmath>

#ifndef RW_CLI_PATH
#error "RW_CLI_PATH must name the rackwerk-cli executable (a string literal)"
#endif

using namespace rw;
using namespace rwtest;

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;

    /// stderr as lines, without the final newline.
    QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    QStringList outLines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout:\n%2--- stderr:\n%3").arg(exitCode).arg(out, err);
    }
};

/// Command-line words; QStringList from literals without casting from ASCII implicitly.
QStringList words(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *word : list)
        result << QString::fromUtf8(word);
    return result;
}

bool closeTo(double actual, double expected)
{
    return std::abs(actual - expected) <= 1e-9 * std::max(1.0, std::abs(expected));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

}  // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void help();
    void commandHelp_data();
    void commandHelp();
    void version();
    void infoDemoJson();
    void infoDemoText();
    void demoFileRoundTrip();
    void bundledPlans_data();
    void bundledPlans();
    void gigafactoryFileRoundTrip();
    void gigafactoryLiquidLoop();
    void exportImportRoundTrip();
    void validate();
    void badInput_data();
    void badInput();
    void unwritableTarget();
    void engines();
    void german();
    void contingencyOfOneNode();
    void dc800ComparesAndSavesTheVariant();
    void thermalCase();
    void validateCountsWhatItDoesNotList();
    void refusalsAreOneLine();
    void verboseShowsTheIntegrityReport();
    void validateLeavesNothingBesideAWalPlan();
    void thermalRefusesWhatDoesNotFit();
    void checkExitsWith3WhenACheckFails();
    void unknownOptionsAreNamed_data();
    void unknownOptionsAreNamed();
    void missingFilesGiveTheFullPath();
    void pluralsInBothLanguages();
    void planWithoutPowerChain();
    void thermalExplainsAndBudgetCountsMisplaced();
    void drawRowIsTheRowToolsOperation();
    void importCsvAddsRacksAndDevices();

private:
    CliRun run(const QStringList &args) const;
    QString path(const QString &name) const { return mDir.filePath(name); }
    QJsonObject infoJson(const QString &plan);

    QTemporaryDir mDir;
};

CliRun TestCli::run(const QStringList &args) const
{
    QProcess process;
    process.setWorkingDirectory(mDir.path());
    process.start(QStringLiteral(RW_CLI_PATH), args);
    CliRun result;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        result.err = QStringLiteral("rackwerk-cli did not finish normally: ") + process.errorString();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QJsonObject TestCli::infoJson(const QString &plan)
{
    const CliRun r = run(words({ "--lang", "en", "info" }) << plan << QStringLiteral("--json"));
    if (r.exitCode != 0 || !r.err.isEmpty())
        qWarning("%s", qPrintable(r.describe()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("info --json gave no JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

void TestCli::initTestCase()
{
    QVERIFY(mDir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(RW_CLI_PATH)), RW_CLI_PATH);
}

void TestCli::help()
{
    const CliRun r = run(words({ "--lang", "en", "--help" }));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.startsWith(QLatin1String("Usage: rackwerk-cli")), qPrintable(r.describe()));
    QVERIFY(r.err.isEmpty());
}

void TestCli::commandHelp_data()
{
    QTest::addColumn<QString>("command");
    for (const char *command : { "info", "report", "check", "thermal", "exempt", "fields" })
        QTest::newRow(command) << QString::fromLatin1(command);
}

void TestCli::commandHelp()
{
    // `rackwerk-cli COMMAND --help` is help, not a refusal of an unknown option (help2man, habits).
    QFETCH(QString, command);
    const CliRun r = run({ QStringLiteral("--lang"), QStringLiteral("en"), command, QStringLiteral("--help") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QStringLiteral("  %1 ").arg(command)), qPrintable(r.describe()));
    QVERIFY(r.err.isEmpty());
}

void TestCli::version()
{
    const CliRun r = run(words({ "--version" }));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    // Version and the commit it was built from: "rackwerk-cli 0.1.0 (git 0123456789ab)".
    QCOMPARE(r.out.trimmed(), QStringLiteral("rackwerk-cli %1").arg(QLatin1String(buildinfo::versionLine())));
    QVERIFY(QString::fromLatin1(buildinfo::gitCommit()).size() >= 7);
    QVERIFY(r.err.isEmpty());
}

void TestCli::infoDemoJson()
{
    const QJsonObject info = infoJson(QStringLiteral("demo"));
    QVERIFY(!info.isEmpty());

    // The demo's headline figures, known by design: one hall, 20 rows of 18 racks, 10,000 GPUs.
    QCOMPARE(info.value(QLatin1String("halls")).toInt(), 1);
    QCOMPARE(info.value(QLatin1String("rows")).toInt(), 20);
    QCOMPARE(info.value(QLatin1String("racks")).toInt(), 360);
    QCOMPARE(info.value(QLatin1String("gpus")).toInt(), 10000);
    QCOMPARE(info.value(QLatin1String("totalU")).toInt(), 360 * 48);
    QVERIFY(closeTo(info.value(QLatin1String("rackBudgetKw")).toDouble(), 360 * 60.0));

    // The rest against the same plan built and summed here.
    Plan demo;
    buildDemoPlan(demo);
    const PlanSummary s = summarize(demo);
    QCOMPARE(info.value(QLatin1String("site")).toString(), demo.site().name);
    QCOMPARE(info.value(QLatin1String("devices")).toInt(), int(demo.all<MountedDevice>().size()));
    QCOMPARE(info.value(QLatin1String("coolingUnits")).toInt(), int(demo.all<CoolingUnit>().size()));
    QCOMPARE(info.value(QLatin1String("powerNodes")).toInt(), int(demo.all<PowerNode>().size()));
    QCOMPARE(info.value(QLatin1String("usedU")).toInt(), s.usedU);
    double nameplateKw = 0.0;
    for (const auto &[id, device] : demo.all<MountedDevice>())
        nameplateKw += demo.find<DeviceType>(device.typeKey)->maxPowerW / 1000.0;
    QVERIFY2(closeTo(info.value(QLatin1String("nameplateItKw")).toDouble(), nameplateKw),
        qPrintable(QString::number(info.value(QLatin1String("nameplateItKw")).toDouble())));
    QVERIFY(closeTo(info.value(QLatin1String("typicalItKw")).toDouble(), s.typicalItKw));
    QVERIFY(closeTo(info.value(QLatin1String("equipmentWeightKg")).toDouble(), s.equipmentWeightKg));

    const QJsonObject systems = info.value(QLatin1String("systemsByType")).toObject();
    QCOMPARE(systems.size(), qsizetype(s.systemsByType.size()));
    for (const auto &[key, count] : s.systemsByType)
        QCOMPARE(systems.value(key).toInt(), count);
    QCOMPARE(systems.value(QLatin1String("nvidia-dgx-b200")).toInt(), 1100);

    const QString engine = info.value(QLatin1String("engine")).toString();
    QVERIFY2(engine == QLatin1String("cpu") || engine == QLatin1String("cuda"), qPrintable(engine));
}

void TestCli::infoDemoText()
{
    const CliRun r = run(words({ "--lang", "en", "info", "demo" }));
    QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.describe()));
    // English number format: a comma groups thousands.
    QVERIFY2(r.out.contains(QLatin1String("GPUs: 10,000")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("racks: 360")), qPrintable(r.out));
}

void TestCli::demoFileRoundTrip()
{
    const QString file = path(QStringLiteral("demo.rackwerk"));
    const CliRun written = run(words({ "demo", "-o" }) << file);
    QVERIFY2(written.exitCode == 0, qPrintable(written.describe()));
    QVERIFY(written.out.isEmpty() && written.err.isEmpty());
    QVERIFY(QFileInfo(file).size() > 0);

    // The file holds the demo itself: same entities, same key figures.
    Plan loaded;
    const LoadReport report = PlanStore::load(file, &loaded);
    QVERIFY2(report.ok, qPrintable(report.error));
    Plan demo;
    buildDemoPlan(demo);
    QCOMPARE(planDifference(loaded, demo), QString());

    const QJsonObject fromDemo = infoJson(QStringLiteral("demo"));
    const QJsonObject fromFile = infoJson(file);
    QVERIFY(!fromFile.isEmpty());
    QCOMPARE(fromFile, fromDemo);
}

void TestCli::bundledPlans_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<int>("halls");
    QTest::addColumn<int>("racks");
    QTest::addColumn<int>("gpus");
    QTest::newRow("demo") << QStringLiteral("demo") << 1 << 360 << 10000;
    // 10 halls x 12 rows x (12 GB300 NVL72 + 2 network racks); 1,440 x 72 GPUs.
    QTest::newRow("gigafactory") << QStringLiteral("gigafactory") << 10 << 1680 << 103680;
}

void TestCli::bundledPlans()
{
    // Both bundled plans are addressed by name, like a plan file, and are in order: no errors, no warnings.
    QFETCH(QString, plan);
    QFETCH(int, halls);
    QFETCH(int, racks);
    QFETCH(int, gpus);
    const QJsonObject info = infoJson(plan);
    QCOMPARE(info.value(QLatin1String("halls")).toInt(), halls);
    QCOMPARE(info.value(QLatin1String("racks")).toInt(), racks);
    QCOMPARE(info.value(QLatin1String("gpus")).toInt(), gpus);
    const CliRun validated = run(words({ "--lang", "en", "validate" }) << plan);
    QVERIFY2(validated.exitCode == 0 && validated.err.isEmpty(), qPrintable(validated.describe()));
    QCOMPARE(validated.outLines(), QStringList { plan + QStringLiteral(": 0 errors, 0 warnings") });
}

void TestCli::gigafactoryFileRoundTrip()
{
    const QString file = path(QStringLiteral("gigafactory.rackwerk"));
    const CliRun written = run(words({ "demo", "gigafactory", "-o" }) << file);
    QVERIFY2(written.exitCode == 0 && written.out.isEmpty() && written.err.isEmpty(), qPrintable(written.describe()));
    Plan loaded;
    const LoadReport report = PlanStore::load(file, &loaded);
    QVERIFY2(report.ok, qPrintable(report.error));
    Plan gigafactory;
    buildGigafactoryPlan(gigafactory);
    QCOMPARE(planDifference(loaded, gigafactory), QString());
    QCOMPARE(infoJson(file), infoJson(QStringLiteral("gigafactory")));
}

void TestCli::gigafactoryLiquidLoop()
{
    // One pump of one technology loop fails (tst_gigafactoryplan works the loop out by hand): every rack keeps
    // its coolant, and the loop's racks get 267 L/min at 40 °C.
    const CliRun r = run(words({ "--lang", "en", "liquid", "gigafactory", "--fail", "TCS H01-W01/pumps", "--json" }));
    QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.describe().left(2000)));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(o.value(QLatin1String("steadyState")).toBool());
    QVERIFY(o.value(QLatin1String("findings")).toArray().isEmpty());
    int checked = 0;
    for (const QJsonValue &rack : o.value(QLatin1String("racks")).toArray()) {
        const QJsonObject x = rack.toObject();
        if (x.value(QLatin1String("id")).toString() != QLatin1String("H01-W01-02"))
            continue;
        QVERIFY(std::abs(x.value(QLatin1String("flowLPerMin")).toDouble() - 267.0) < 1.0);
        QVERIFY(std::abs(x.value(QLatin1String("supplyC")).toDouble() - 40.0) < 0.05);
        ++checked;
    }
    QCOMPARE(checked, 1);
    const QJsonArray failures = o.value(QLatin1String("failures")).toArray();
    QCOMPARE(failures.size(), qsizetype(1));
    QCOMPARE(failures.at(0).toObject().value(QLatin1String("racksLosingFlow")).toInt(), 0);
}

void TestCli::exportImportRoundTrip()
{
    const QString original = path(QStringLiteral("original.rackwerk"));
    const QString json = path(QStringLiteral("exported.json"));
    const QString reimported = path(QStringLiteral("reimported.rackwerk"));
    QVERIFY(run(words({ "demo", "-o" }) << original).exitCode == 0);

    const CliRun exported = run(words({ "export" }) << original << QStringLiteral("--json") << json);
    QVERIFY2(exported.exitCode == 0 && exported.err.isEmpty(), qPrintable(exported.describe()));
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    QVERIFY(QJsonDocument::fromJson(jsonFile.readAll(), &parseError).isObject());
    QCOMPARE(parseError.error, QJsonParseError::NoError);

    const CliRun imported = run(words({ "import" }) << json << QStringLiteral("-o") << reimported);
    QVERIFY2(imported.exitCode == 0 && imported.err.isEmpty(), qPrintable(imported.describe()));

    const QJsonObject before = infoJson(original);
    QVERIFY(!before.isEmpty());
    QCOMPARE(infoJson(reimported), before);
    QCOMPARE(infoJson(json), before);  // the JSON form can be read directly too

    Plan a;
    Plan b;
    QVERIFY(PlanStore::load(original, &a).ok);
    QVERIFY(PlanStore::load(reimported, &b).ok);
    QCOMPARE(planDifference(a, b), QString());
}

void TestCli::validate()
{
    // The demo has neither errors nor warnings.
    const CliRun demo = run(words({ "--lang", "en", "validate", "demo" }));
    QVERIFY2(demo.exitCode == 0 && demo.err.isEmpty(), qPrintable(demo.describe()));
    QCOMPARE(demo.outLines(), QStringList { QStringLiteral("demo: 0 errors, 0 warnings") });

    // Rack B of the small plan draws 1.5 kW at most; a 1 kW budget is a warning, not an error. (Its servers
    // put no heat into liquid here: the hall has no CDU, which would be a warning too.)
    Plan plan;
    buildSmallPlan(plan);
    DeviceType server = *plan.find<DeviceType>(small::kServer);
    server.liquidHeatShare = 0.0;
    PlanFiller(plan).replace(server);
    Rack rackB = *plan.find<Rack>(small::kRackB);
    rackB.maxPowerKw = 1.0;
    PlanFiller(plan).replace(rackB);
    const QString warned = path(QStringLiteral("warned.rackwerk"));
    QVERIFY(PlanStore::save(plan, warned).ok);
    const CliRun withWarning = run(words({ "--lang", "en", "validate" }) << warned);
    QVERIFY2(withWarning.exitCode == 0, qPrintable(withWarning.describe()));
    const QStringList lines = withWarning.outLines();
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.first().startsWith(QLatin1String("warning: Rack B draws up to 1.5 kW")), qPrintable(lines.first()));
    QCOMPARE(lines.last(), warned + QStringLiteral(": 0 errors, 1 warning"));

    // A plan with errors cannot even be opened: bad input, told in one line.
    PlanFiller(plan).insert(
        MountedDevice { 90, small::kRackA, small::kServer, 2, QString() });  // over the servers at U1 and U3
    QVERIFY(PlanValidator::hasErrors(PlanValidator::validate(plan)));
    const QString broken = path(QStringLiteral("broken.json"));
    QVERIFY(writeFile(broken, PlanJson::toBytes(plan)));
    const CliRun withError = run(words({ "--lang", "en", "validate" }) << broken);
    QCOMPARE(withError.exitCode, 2);
    QCOMPARE(withError.errLines().size(), 1);
    QVERIFY2(withError.err.contains(QLatin1String("overlaps")), qPrintable(withError.describe()));
}

void TestCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mustNotExist");  // a file the command must not have written

    const QString none;
    QTest::newRow("missing plan") << words({ "info", "missing.rackwerk" }) << none;
    QTest::newRow("missing plan to validate") << words({ "validate", "missing.rackwerk" }) << none;
    QTest::newRow("missing JSON") << words({ "import", "missing.json", "-o", "out.rackwerk" }) << "out.rackwerk";
    QTest::newRow("corrupt plan") << words({ "info", "corrupt.rackwerk" }) << none;
    QTest::newRow("empty plan") << words({ "info", "empty.rackwerk" }) << none;
    QTest::newRow("corrupt plan to export")
        << words({ "export", "corrupt.rackwerk", "--json", "out.json" }) << "out.json";
    QTest::newRow("bad JSON") << words({ "import", "bad.json", "-o", "out.rackwerk" }) << "out.rackwerk";
    QTest::newRow("bad JSON to info") << words({ "info", "bad.json" }) << none;
    QTest::newRow("JSON that is no plan") << words({ "import", "array.json", "-o", "out.rackwerk" }) << "out.rackwerk";
    QTest::newRow("unknown command") << words({ "frobnicate" }) << none;
    QTest::newRow("no command") << QStringList() << none;
    QTest::newRow("info without plan") << words({ "info" }) << none;
    QTest::newRow("info with two plans") << words({ "info", "demo", "demo" }) << none;
    QTest::newRow("export without --json") << words({ "export", "demo" }) << none;
    QTest::newRow("export --json without file") << words({ "export", "demo", "--json" }) << none;
    QTest::newRow("import without -o") << words({ "import", "bad.json" }) << none;
    QTest::newRow("demo without -o") << words({ "demo" }) << none;
    QTest::newRow("demo -o without file") << words({ "demo", "-o" }) << none;
    QTest::newRow("demo of no bundled plan") << words({ "demo", "nonesuch", "-o", "out.rackwerk" }) << "out.rackwerk";
    QTest::newRow("demo of two bundled plans")
        << words({ "demo", "demo", "gigafactory", "-o", "out.rackwerk" }) << "out.rackwerk";
    QTest::newRow("import-csv into the gigafactory") << words({ "import-csv", "gigafactory", "missing.csv" }) << none;
    QTest::newRow("validate without plan") << words({ "validate" }) << none;
    QTest::newRow("engines with a plan") << words({ "engines", "demo" }) << none;
    QTest::newRow("unknown language") << words({ "--lang", "fr", "info", "demo" }) << none;
    QTest::newRow("language without code") << words({ "info", "demo", "--lang" }) << none;
    QTest::newRow("thermal without plan") << words({ "thermal" }) << none;
    QTest::newRow("thermal unknown engine") << words({ "thermal", "demo", "--engine", "gpu" }) << none;
    QTest::newRow("thermal bad cell") << words({ "thermal", "demo", "--cell", "abc" }) << none;
    QTest::newRow("thermal unknown turbulence") << words({ "thermal", "demo", "--turbulence", "les" }) << none;
    QTest::newRow("thermal zero cell") << words({ "thermal", "demo", "--cell", "0" }) << none;
    QTest::newRow("thermal negative transient") << words({ "thermal", "demo", "--transient", "-5" }) << none;
    QTest::newRow("thermal transient without failure") << words({ "thermal", "demo", "--transient", "60" }) << none;
    QTest::newRow("thermal unknown unit") << words({ "thermal", "demo", "--fail", "no-such-unit" }) << none;
    QTest::newRow("thermal bad case") << words({ "thermal", "--case", "bad.json" }) << none;
    QTest::newRow("thermal missing case") << words({ "thermal", "--case", "missing.case.json" }) << none;
    QTest::newRow("draw-row without -o") << words({ "draw-row", "demo", "--from", "1,1", "--to", "4,1" }) << none;
    QTest::newRow("draw-row bad point") << words({ "draw-row", "demo", "--from", "1;1", "--to", "4,1", "-o",
        "row.json" }) << "row.json";
    QTest::newRow("draw-row missing hall")
        << words({ "draw-row", "demo", "--from", "1,1", "--to", "4,1", "--hall", "999999", "-o", "row.json" })
        << "row.json";
    QTest::newRow("draw-row unknown template")
        << words({ "draw-row", "demo", "--from", "1,1", "--to", "4,1", "--template", "99", "-o", "row.json" })
        << "row.json";
}

void TestCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mustNotExist);

    QVERIFY(writeFile(path(QStringLiteral("corrupt.rackwerk")),
        QByteArray("SQLite format 3\0garbage", 23) + QByteArray(4096, '\x5a')));
    QVERIFY(writeFile(path(QStringLiteral("empty.rackwerk")), QByteArray()));
    QVERIFY(writeFile(path(QStringLiteral("bad.json")), QByteArray("{\"format\": 1, \"racks\": [")));
    QVERIFY(writeFile(path(QStringLiteral("array.json")), QByteArray("[1, 2, 3]")));

    const bool languageGiven = args.contains(QLatin1String("--lang"));
    const CliRun r = run(languageGiven ? args : words({ "--lang", "en" }) + args);
    QCOMPARE(r.exitCode, 2);
    // Exactly one line on stderr, the reason, prefixed with the program's name.
    QVERIFY2(r.errLines().size() == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.startsWith(QLatin1String("rackwerk-cli: ")), qPrintable(r.describe()));
    QVERIFY2(r.err.endsWith(QLatin1Char('\n')), qPrintable(r.describe()));
    QVERIFY(r.err.size() > int(qstrlen("rackwerk-cli: ")) + 5);  // with a reason after the name
    if (!mustNotExist.isEmpty())
        QVERIFY2(!QFile::exists(path(mustNotExist)), qPrintable(mustNotExist));
}

void TestCli::unwritableTarget()
{
    // A result that cannot be written is a failure (1), not bad input.
    const QString target = path(QStringLiteral("no-such-folder/demo.rackwerk"));
    const CliRun r = run(words({ "--lang", "en", "demo", "-o" }) << target);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errLines().size() == 1 && r.err.startsWith(QLatin1String("rackwerk-cli: ")), qPrintable(r.describe()));
    QVERIFY(!QFile::exists(target));
}

void TestCli::engines()
{
    const CliRun json = run(words({ "engines", "--json" }));
    QVERIFY2(json.exitCode == 0 && json.err.isEmpty(), qPrintable(json.describe()));
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QVERIFY2(o.contains(QLatin1String("engine")) && o.contains(QLatin1String("cudaUsable")), qPrintable(json.out));
    const bool cuda = o.value(QLatin1String("cudaUsable")).toBool();
    // Without a usable CUDA device (no driver, no GPU, or built without CUDA) the CPU engine runs.
    QCOMPARE(o.value(QLatin1String("engine")).toString(), cuda ? QStringLiteral("cuda") : QStringLiteral("cpu"));
    if (!o.value(QLatin1String("cudaCompiled")).toBool())
        QVERIFY(!cuda);
    if (!cuda)
        QVERIFY2(!o.value(QLatin1String("reason")).toString().isEmpty(), qPrintable(json.out));

    const CliRun text = run(words({ "--lang", "en", "engines" }));
    QVERIFY2(text.exitCode == 0 && text.err.isEmpty(), qPrintable(text.describe()));
    QCOMPARE(text.outLines().size(), 1);
    QVERIFY2(
        text.out.startsWith(cuda ? QLatin1String("Engine: CUDA") : QLatin1String("Engine: CPU")), qPrintable(text.out));
}

void TestCli::german()
{
    const CliRun info = run(words({ "--lang", "de", "info", "demo" }));
    QVERIFY2(info.exitCode == 0 && info.err.isEmpty(), qPrintable(info.describe()));
    // German number format, whatever the translation says around it: a dot groups thousands.
    QVERIFY2(info.out.contains(QLatin1String("10.000")), qPrintable(info.out));
    QVERIFY2(!info.out.contains(QLatin1String("10,000")), qPrintable(info.out));

    const CliRun validated = run(words({ "--lang", "de", "validate", "demo" }));
    QVERIFY2(validated.exitCode == 0, qPrintable(validated.describe()));
    const CliRun engines = run(words({ "--lang", "de", "engines" }));
    QVERIFY2(engines.exitCode == 0 && engines.outLines().size() == 1, qPrintable(engines.describe()));

    // Errors in German keep the one-line form.
    const CliRun missing = run(words({ "--lang", "de", "info", "missing.rackwerk" }));
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.errLines().size() == 1 && missing.err.startsWith(QLatin1String("rackwerk-cli: ")),
        qPrintable(missing.describe()));
}

void TestCli::contingencyOfOneNode()
{
    Plan demo;
    buildDemoPlan(demo);
    Id board = kNoId;
    for (const auto &[id, node] : demo.all<PowerNode>()) {
        if (node.name == QLatin1String("MSB-MECH-A"))
            board = id;
    }
    const std::vector<Id> expected = coolingUnitsStoppedBy(demo, board);
    QVERIFY(!expected.empty());
    // By id, as JSON: the stopped cooling units are the thermal run's --fail input.
    const CliRun byId
        = run(words({ "--lang", "en", "contingency", "demo", "--json", "--node" }) << QString::number(board));
    QVERIFY2(byId.exitCode == 0 && byId.err.isEmpty(), qPrintable(byId.describe()));
    const QJsonObject o = QJsonDocument::fromJson(byId.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1String("node")).toObject().value(QLatin1String("name")).toString(),
        QStringLiteral("MSB-MECH-A"));
    const QJsonArray stopped = o.value(QLatin1String("coolingUnitsStopped")).toArray();
    QCOMPARE(stopped.size(), qsizetype(expected.size()));
    for (qsizetype i = 0; i < stopped.size(); ++i)
        QCOMPARE(Id(stopped.at(i).toDouble()), expected[std::size_t(i)]);
    QVERIFY(o.contains(QLatin1String("state")));
    // By name, as text: one line per stopped unit, its id first.
    const CliRun byName = run(words({ "--lang", "en", "contingency", "demo", "--node", "MSB-MECH-A" }));
    QVERIFY2(byName.exitCode == 0, qPrintable(byName.describe()));
    for (Id id : expected)
        QVERIFY2(byName.out.contains(QStringLiteral("\n  %1 ").arg(id)), qPrintable(byName.out));
    // An unknown node is bad input; --node without a value is a usage error.
    const CliRun unknown = run(words({ "--lang", "en", "contingency", "demo", "--node", "no-such-node" }));
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QLatin1String("no-such-node")), qPrintable(unknown.describe()));
    QVERIFY(run(words({ "--lang", "en", "contingency", "demo", "--node" })).exitCode != 0);
}

void TestCli::dc800ComparesAndSavesTheVariant()
{
    // The demo's TX-A01 becomes a rectifier, what it feeds DC busway: the same operation as the power chain dock.
    Plan demo;
    buildDemoPlan(demo);
    Id transformer = kNoId;
    for (const auto &[id, node] : demo.all<PowerNode>()) {
        if (node.name == QLatin1String("TX-A01"))
            transformer = id;
    }
    QVERIFY(transformer != kNoId);
    const CliRun r = run(words({ "--lang", "en", "dc800", "demo", "--rectifier" })
        << QString::number(transformer) << QStringLiteral("-o") << QStringLiteral("demo-dc.rackwerk"));
    QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.describe()));
    QVERIFY2(
        r.out.contains(QLatin1String("AC input kW")) && r.out.contains(QLatin1String("design")), qPrintable(r.out));
    // The DGX B200 takes AC only: the variant says it is not buildable, and validate names the places.
    QVERIFY2(r.out.contains(QLatin1String("not buildable")), qPrintable(r.out));
    const CliRun checked = run(words({ "--lang", "en", "validate", "demo-dc.rackwerk" }));
    QCOMPARE(checked.exitCode, 2);
    QVERIFY2(checked.out.contains(QLatin1String("takes AC only")), qPrintable(checked.describe()));
    // A source cannot become a rectifier; a node that does not exist neither: bad input, nothing written.
    const CliRun unknown = run(words({ "--lang", "en", "dc800", "demo", "--rectifier", "999999" }));
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(run(words({ "--lang", "en", "dc800", "demo" })).exitCode != 0);
}

void TestCli::thermalCase()
{
    const QString fixture = QStringLiteral(RW_TEST_FIXTURES "/thermal/rack_in_duct.case.json");
    const CliRun r = run(words({ "--lang", "en", "thermal", "--case" })
        << fixture << words({ "--cell", "0.2", "--engine", "cpu", "--json", "--export-case", "out.json" }));
    QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.describe()));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("engine")).toString(), QStringLiteral("cpu"));
    QCOMPARE(o.value(QStringLiteral("turbulenceModel")).toString(), QStringLiteral("k-epsilon"));
    QVERIFY(o.value(QStringLiteral("converged")).toBool());
    QVERIFY(std::fabs(o.value(QStringLiteral("energyBalanceError")).toDouble()) < 0.01);
    QCOMPARE(o.value(QStringLiteral("cells")).toDouble(), 30.0 * 6 * 6);
    const QJsonObject rack = o.value(QStringLiteral("racks")).toArray().at(0).toObject();
    QVERIFY(std::fabs(rack.value(QStringLiteral("inletMeanC")).toDouble() - 20.0) < 0.02);
    QVERIFY(
        std::fabs(rack.value(QStringLiteral("exhaustC")).toDouble() - (20.0 + 30000.0 / (1.2 * 1005.0 * 2.0))) < 0.02);
    QVERIFY(!o.value(QStringLiteral("history")).toArray().isEmpty());
    QVERIFY(QFile::exists(path(QStringLiteral("out.json"))));  // the case, written back

    const CliRun text = run(words({ "--lang", "de", "thermal", "--case" }) << fixture << words({ "--cell", "0.2" }));
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    QVERIFY2(text.out.contains(QStringLiteral("Energiebilanz")), qPrintable(text.out));

    // With the only cooler stopped, the sealed duct has no way for the air: refused with a reason.
    const CliRun failed
        = run(words({ "--lang", "en", "thermal", "--case" }) << fixture << words({ "--cell", "0.2", "--fail", "C1" }));
    QCOMPARE(failed.exitCode, 2);
    QCOMPARE(failed.errLines().size(), 1);
}

void TestCli::validateCountsWhatItDoesNotList()
{
    // 2,001 racks on one spot make 2,001,000 overlapping pairs: validate lists 100 of them, says how many
    // more there are, and counts them all.
    Plan plan;
    buildSmallPlan(plan);
    for (int n = 0; n < 2001; ++n) {
        Rack rack = *plan.find<Rack>(small::kRackB);
        rack.id = plan.allocateId();
        rack.name = QStringLiteral("S%1").arg(n);
        rack.xM = 15.0;
        rack.yM = 15.0;
        PlanFiller(plan).insert(rack);
    }
    const QString file = path(QStringLiteral("stacked.rackwerk"));
    QVERIFY(PlanStore::save(plan, file).ok);
    const CliRun r = run(words({ "--lang", "en", "validate" }) << file);
    QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.describe().left(2000)));
    const QStringList lines = r.outLines();
    QVERIFY2(lines.size() < 400, qPrintable(QString::number(lines.size())));
    QVERIFY2(r.out.contains(QLatin1String("warning: ...and 2,000,900 more like this: Rack S")),
        qPrintable(r.out.left(3000)));
    QVERIFY2(lines.last().contains(QRegularExpression(QStringLiteral(": 0 errors, 2,00\\d,\\d\\d\\d warnings"))),
        qPrintable(lines.last()));
    // The same plan imports from its JSON form (the overlaps are warnings).
    const QString json = path(QStringLiteral("stacked.json"));
    QVERIFY(writeFile(json, PlanJson::toBytes(plan)));
    const CliRun imported = run(words({ "--lang", "en", "import" }) << json << words({ "-o", "stacked2.rackwerk" }));
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
}

void TestCli::refusalsAreOneLine()
{
    // A device type key with a line break, in a JSON plan: the refusal shows it escaped, in one line.
    Plan plan;
    buildSmallPlan(plan);
    QJsonObject json = PlanJson::toJson(plan);
    QJsonArray devices = json.value(QStringLiteral("devices")).toArray();
    QJsonObject device = devices.at(0).toObject();
    device.insert(QStringLiteral("typeKey"), QStringLiteral("x\nrackwerk-cli: all is well"));
    devices.replace(0, device);
    json.insert(QStringLiteral("devices"), devices);
    QVERIFY(writeFile(path(QStringLiteral("evil.json")), QJsonDocument(json).toJson()));
    for (const char *command : { "import", "info" }) {
        QStringList args = words({ "--lang", "en", command, "evil.json" });
        if (QLatin1String(command) == QLatin1String("import"))
            args << words({ "-o", "evil.rackwerk" });
        const CliRun r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errLines().size() == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QLatin1String("x\\nrackwerk-cli: all is well")), qPrintable(r.describe()));
    }
    // A thermal case that is a JSON array: a reason, not "no error occurred".
    QVERIFY(writeFile(path(QStringLiteral("array.case.json")), "[]"));
    const CliRun array = run(words({ "--lang", "en", "thermal", "--case", "array.case.json" }));
    QCOMPARE(array.exitCode, 2);
    QVERIFY2(array.err.contains(QLatin1String("must be a JSON object")), qPrintable(array.describe()));
}

void TestCli::verboseShowsTheIntegrityReport()
{
    // A damaged plan: one line saying so; --verbose adds SQLite's whole report below it.
    const QString demo = path(QStringLiteral("demo-for-damage.rackwerk"));
    QVERIFY(run(words({ "demo", "-o" }) << demo).exitCode == 0);
    QFile file(demo);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    const qint64 middle = bytes.size() / 4096 / 2 * 4096;
    for (qint64 i = middle + 8; i < middle + 4096; i += 7)
        bytes[i] = char(bytes[i] ^ 0x5A);
    QVERIFY(writeFile(path(QStringLiteral("damaged.rackwerk")), bytes));
    const CliRun plain = run(words({ "--lang", "en", "info", "damaged.rackwerk" }));
    QCOMPARE(plain.exitCode, 2);
    QVERIFY2(plain.errLines().size() == 1 && plain.err.contains(QLatin1String("integrity check")),
        qPrintable(plain.describe()));
    const CliRun verbose = run(words({ "--lang", "en", "--verbose", "info", "damaged.rackwerk" }));
    QCOMPARE(verbose.exitCode, 2);
    QVERIFY2(verbose.errLines().size() > 2, qPrintable(verbose.describe()));
    QCOMPARE(verbose.errLines().first(), plain.errLines().first());
}

void TestCli::validateLeavesNothingBesideAWalPlan()
{
    // A plan another program switched to WAL mode: validate and info write nothing beside it.
    QTemporaryDir dir;
    const QString plan = dir.filePath(QStringLiteral("wal.rackwerk"));
    QVERIFY(run(words({ "demo", "-o" }) << plan).exitCode == 0);
    QFile file(plan);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray header = file.read(100);
    header[18] = 2;  // what PRAGMA journal_mode=WAL writes
    header[19] = 2;
    QVERIFY(file.seek(0) && file.write(header) == 100);
    file.close();
    for (const char *command : { "validate", "info" }) {
        const CliRun r = run(words({ "--lang", "en", command }) << plan);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(
            QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("wal.rackwerk") });
    }
}

void TestCli::thermalRefusesWhatDoesNotFit()
{
    // A hall no machine holds at 1 m cells (3 billion cells, hundreds of gigabytes): refused at once, with
    // the memory it needs and the memory available, before anything is allocated.
    const QByteArray hall(R"({"format":"rackwerk-thermal-case","version":1,"name":"campus","sizeM":[10000,10000,30],)"
                          R"("solids":[],"panels":[],"racks":[],"coolers":[],)"
                          R"("air":{"densityKgPerM3":1.2,"heatCapacityJPerKgK":1005,"referenceTempC":25}})");
    QVERIFY(writeFile(path(QStringLiteral("campus.case.json")), hall));
    const CliRun r = run(words({ "--lang", "en", "thermal", "--case", "campus.case.json", "--cell", "1" }));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errLines().size() == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QLatin1String("3,000,000,000 cells at 1.00 m needs about")), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QLatin1String("available")), qPrintable(r.describe()));
}

void TestCli::checkExitsWith3WhenACheckFails()
{
    // The demo declares class 3; its power chain supports class 2: a failed check, told by the exit code.
    const CliRun demo = run(words({ "--lang", "en", "check", "demo" }));
    QVERIFY2(demo.exitCode == 3 && demo.err.isEmpty(), qPrintable(demo.describe()));
    QVERIFY2(demo.out.contains(QLatin1String("[Fail]")), qPrintable(demo.out));
    const CliRun json = run(words({ "--lang", "en", "check", "demo", "--json" }));
    QCOMPARE(json.exitCode, 3);
    QVERIFY(QJsonDocument::fromJson(json.out.toUtf8()).isObject());

    // A plan whose checks pass or cannot be judged exits with 0.
    Plan plan;
    buildSmallPlan(plan);
    const QString small = path(QStringLiteral("small-check.rackwerk"));
    QVERIFY(PlanStore::save(plan, small).ok);
    const CliRun passing = run(words({ "--lang", "en", "check" }) << small);
    QVERIFY2(passing.exitCode == 0, qPrintable(passing.describe()));
    QVERIFY2(!passing.out.contains(QLatin1String("[Fail]")), qPrintable(passing.out));

    const CliRun help = run(words({ "--lang", "en", "--help" }));
    QVERIFY2(help.out.contains(QLatin1String("3 check: at least one check failed")), qPrintable(help.out));
}

void TestCli::unknownOptionsAreNamed_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("option");
    QTest::newRow("info") << words({ "info", "demo", "--bogus" }) << "--bogus";
    QTest::newRow("info, option first") << words({ "info", "--bogus", "demo" }) << "--bogus";
    QTest::newRow("validate") << words({ "validate", "demo", "--json" }) << "--json";
    QTest::newRow("budget") << words({ "budget", "demo", "-x" }) << "-x";
    QTest::newRow("check") << words({ "check", "demo", "--pdf", "x.pdf" }) << "--pdf";
    QTest::newRow("contingency") << words({ "contingency", "demo", "--pair" }) << "--pair";
    QTest::newRow("load") << words({ "load", "demo", "--trial", "5" }) << "--trial";
    QTest::newRow("thermal") << words({ "thermal", "demo", "--cells", "0.2" }) << "--cells";
    QTest::newRow("engines") << words({ "engines", "--verbose" }) << "--verbose";
    QTest::newRow("diff") << words({ "diff", "demo", "demo", "--fields" }) << "--fields";
}

void TestCli::unknownOptionsAreNamed()
{
    QFETCH(QStringList, args);
    QFETCH(QString, option);
    const CliRun r = run(words({ "--lang", "en" }) + args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.errLines(), QStringList { QStringLiteral("rackwerk-cli: Unknown option %1.").arg(option) });

    const CliRun german = run(words({ "--lang", "de" }) + args);
    QCOMPARE(german.exitCode, 2);
    QCOMPARE(german.errLines(), QStringList { QStringLiteral("rackwerk-cli: Unbekannte Option %1.").arg(option) });
}

void TestCli::missingFilesGiveTheFullPath()
{
    // Run in mDir with a relative name: the message names the file by its full path.
    const QString full
        = QDir::toNativeSeparators(QDir(mDir.path()).absoluteFilePath(QStringLiteral("missing.rackwerk")));
    const CliRun plan = run(words({ "--lang", "en", "info", "missing.rackwerk" }));
    QCOMPARE(plan.exitCode, 2);
    QVERIFY2(plan.err.contains(full), qPrintable(plan.describe()));
    const QString fullJson = QDir::toNativeSeparators(QDir(mDir.path()).absoluteFilePath(QStringLiteral("gone.json")));
    const CliRun json = run(words({ "--lang", "en", "import", "gone.json", "-o", "out.rackwerk" }));
    QCOMPARE(json.exitCode, 2);
    QVERIFY2(json.err.contains(fullJson), qPrintable(json.describe()));
    const CliRun review = run(words({ "--lang", "en", "check", "demo", "--review", "gone.rackwerk-review" }));
    QCOMPARE(review.exitCode, 2);
    QVERIFY2(review.err.contains(
                 QDir::toNativeSeparators(QDir(mDir.path()).absoluteFilePath(QStringLiteral("gone.rackwerk-review")))),
        qPrintable(review.describe()));
}

void TestCli::pluralsInBothLanguages()
{
    // English plural forms come from rackwerk_en.ts: "1 year", "2 years", never "1 years".
    QVERIFY(Language::apply(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("rw::CliCommands", "%Ln year(s)", nullptr, 1), QStringLiteral("1 year"));
    QCOMPARE(QCoreApplication::translate("rw::CliCommands", "%Ln year(s)", nullptr, 2), QStringLiteral("2 years"));
    QCOMPARE(QCoreApplication::translate("rw::CliCommands", "%Ln trial(s)", nullptr, 10000),
        QStringLiteral("10,000 trials"));
    QVERIFY(Language::apply(QStringLiteral("de")));
    QCOMPARE(QCoreApplication::translate("rw::CliCommands", "%Ln year(s)", nullptr, 1), QStringLiteral("1 Jahr"));
    QCOMPARE(QCoreApplication::translate("rw::CliCommands", "%Ln year(s)", nullptr, 2), QStringLiteral("2 Jahre"));
    QCOMPARE(QCoreApplication::translate("rw::CliCommands", "%Ln trial(s)", nullptr, 10000),
        QStringLiteral("10.000 Durchläufe"));
    QVERIFY(Language::apply(QStringLiteral("en")));

    // And on the console: one warning, two warnings.
    Plan plan;
    buildSmallPlan(plan);
    DeviceType server = *plan.find<DeviceType>(small::kServer);
    server.liquidHeatShare = 0.0;  // no CDU finding
    PlanFiller(plan).replace(server);
    for (const Id id : { small::kRackA, small::kRackB }) {
        Rack rack = *plan.find<Rack>(id);
        rack.maxPowerKw = 1.0;
        PlanFiller(plan).replace(rack);
    }
    const QString file = path(QStringLiteral("two-warnings.rackwerk"));
    QVERIFY(PlanStore::save(plan, file).ok);
    const CliRun en = run(words({ "--lang", "en", "validate" }) << file);
    QVERIFY2(en.outLines().last().endsWith(QLatin1String(": 0 errors, 2 warnings")), qPrintable(en.describe()));
    const CliRun de = run(words({ "--lang", "de", "validate" }) << file);
    QVERIFY2(de.outLines().last().endsWith(QLatin1String(": 0 Fehler, 2 Warnungen")), qPrintable(de.describe()));
}

void TestCli::planWithoutPowerChain()
{
    // Issue 15: 2.86 MW of racks and no power chain, drawn by a new user and imported from JSON.
    Plan plan;
    buildUnpoweredHall(plan);
    const QString json = path(QStringLiteral("unpowered.json"));
    QVERIFY(writeFile(json, PlanJson::toBytes(plan)));
    const QString file = path(QStringLiteral("unpowered.rackwerk"));
    const CliRun imported = run(words({ "import" }) << json << QStringLiteral("-o") << file);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));

    const CliRun validated = run(words({ "--lang", "en", "validate" }) << file);
    QVERIFY2(validated.exitCode == 0, qPrintable(validated.describe()));
    QVERIFY2(validated.out.contains(QLatin1String(
                 "warning: The plan has no power chain: 50 racks draw up to 2,860.0 kW without a power feed.")),
        qPrintable(validated.out));
    QVERIFY2(!validated.out.contains(QLatin1String("0 warnings")), qPrintable(validated.out));

    const CliRun budget = run(words({ "--lang", "en", "budget" }) << file);
    QVERIFY2(budget.out.contains(QLatin1String("Power budgets not assessable: The plan has no power chain")),
        qPrintable(budget.describe()));
    const CliRun budgetJson = run(words({ "--lang", "en", "budget", "--json" }) << file);
    const QJsonArray gaps
        = QJsonDocument::fromJson(budgetJson.out.toUtf8()).object().value(QLatin1String("notAssessable")).toArray();
    QCOMPARE(gaps.size(), 1);
    QCOMPARE(gaps.at(0).toObject().value(QLatin1String("budget")).toString(), QStringLiteral("power"));

    const CliRun contingency = run(words({ "--lang", "en", "contingency" }) << file);
    QVERIFY2(contingency.out.contains(QLatin1String("Supported availability class (EN 50600): not assessable.")),
        qPrintable(contingency.describe()));

    const CliRun checked = run(words({ "--lang", "en", "check" }) << file);
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.out));  // nothing fails: it cannot be judged
    QVERIFY2(!checked.out.contains(QLatin1String("[Pass] Every rated power node")), qPrintable(checked.out));
    QVERIFY2(checked.out.contains(QLatin1String("[Not assessable] Declared EN 50600 availability class")),
        qPrintable(checked.out));

    const CliRun german = run(words({ "--lang", "de", "budget" }) << file);
    QVERIFY2(german.out.contains(QLatin1String("nicht bewertbar")), qPrintable(german.describe()));
    QVERIFY2(german.out.contains(QLatin1String("2.860,0 kW")), qPrintable(german.describe()));
}

void TestCli::thermalExplainsAndBudgetCountsMisplaced()
{
    // Row B's fronts face row A's contained hot aisle; a second fan wall stands outside the hall.
    Plan plan;
    rwtest::AirPathBuilder b(plan, 8, 6, 3.0);
    b.row(QStringLiteral("A"), 2, 2.4, 3, Facing::North, Containment::HotAisle, 2);
    b.row(QStringLiteral("B"), 2, 4.8, 3, Facing::North, Containment::HotAisle, 2);
    b.unit(QStringLiteral("FW"), CoolingKind::FanWall, 0.45, 3, Facing::East);
    const CoolingUnit outside = b.unit(QStringLiteral("FW-out"), CoolingKind::FanWall, 9.0, 3, Facing::West);
    QFile file(path(QStringLiteral("airpaths.json")));
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(PlanJson::toBytes(plan)) > 0);
    file.close();

    const CliRun budget = run(words({ "--lang", "en", "budget", "airpaths.json" }));
    QVERIFY2(budget.out.contains(QLatin1String("not counted, standing outside the hall: FW-out")),
        qPrintable(budget.describe()));
    const CliRun refused = run(words({ "--lang", "en", "thermal", "airpaths.json", "--cell", "0.25" }));
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QLatin1String("FW-out")), qPrintable(refused.describe()));

    PlanFiller(plan).take<CoolingUnit>(outside.id);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(PlanJson::toBytes(plan)) > 0);
    file.close();
    const CliRun validate = run(words({ "--lang", "en", "validate", "airpaths.json" }));
    QVERIFY2(validate.out.contains(QLatin1String("the front faces the contained hot aisle of A")),
        qPrintable(validate.describe()));
    const CliRun text = run(words({ "--lang", "en", "thermal", "airpaths.json", "--cell", "0.25", "--engine", "cpu" }));
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    QVERIFY2(text.out.startsWith(QLatin1String("Before the run: 3 racks of B (B-01 to B-03): the front faces")),
        qPrintable(text.out));
    QVERIFY2(text.out.contains(QLatin1String("Why B-01: Fed by the contained hot aisle of A")), qPrintable(text.out));
    const CliRun json
        = run(words({ "--lang", "en", "thermal", "airpaths.json", "--cell", "0.25", "--engine", "cpu", "--json" }));
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QVERIFY(!o.value(QStringLiteral("checks")).toArray().isEmpty());
    int explained = 0;
    for (const QJsonValue &rack : o.value(QStringLiteral("racks")).toArray()) {
        const QJsonObject r = rack.toObject();
        QCOMPARE(r.value(QStringLiteral("reason")).isString(), !r.value(QStringLiteral("withinAllowable")).toBool());
        explained += r.value(QStringLiteral("reasonSource")).toString() == QLatin1String("hot-aisle") ? 1 : 0;
    }
    QCOMPARE(explained, 3);
    const QJsonObject unit = o.value(QStringLiteral("coolers")).toArray().at(0).toObject();
    QCOMPARE(unit.value(QStringLiteral("ratingW")).toDouble(), 600000.0);
    QVERIFY(unit.value(QStringLiteral("loadW")).toDouble() <= 600000.0);
}

void TestCli::drawRowIsTheRowToolsOperation()
{
    const QString file = path(QStringLiteral("drawn.json"));
    const CliRun r
        = run(words({ "--lang", "en", "draw-row", "demo", "--from", "1.2,30", "--to", "4.2,30", "-o" }) << file);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QLatin1String("5 racks drawn")), qPrintable(r.describe()));

    // The same operation run here on the demo gives the same plan as the command wrote.
    Plan expected;
    buildDemoPlan(expected);
    QUndoStack stack;
    PlanEditor editor(expected, stack);
    RackRowDraft draft;
    draft.hallId = expected.all<Hall>().begin()->first;
    draft.start = QPointF(1.2, 30), draft.end = QPointF(4.2, 30);
    draft.prototype = DrawingDefaults::rackTemplates().front().prototype;
    QVERIFY(RackRowEdits::draw(editor, draft).ok);
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    Plan drawn;
    const JsonImportReport report = PlanJson::fromBytes(written.readAll(), &drawn);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(planDifference(drawn, expected), QString());
}

void TestCli::importCsvAddsRacksAndDevices()
{
    const QString plan = path(QStringLiteral("csvplan.json"));
    QVERIFY(run(words({ "export", "demo", "--json" }) << plan).exitCode == 0);
    const QString good = path(QStringLiteral("good.csv"));
    const QString bad = path(QStringLiteral("bad.csv"));
    QFile goodFile(good), badFile(bad);
    QVERIFY(goodFile.open(QIODevice::WriteOnly) && badFile.open(QIODevice::WriteOnly));
    goodFile.write("Rack;Reihe;x (m);y (m);Ger\xc3\xa4tetyp;Position (HE)\nCSV-1;CSV;2,5;30;nvidia-dgx-b200;1\n");
    badFile.write("rack,x (m),y (m)\nCSV-2,1,\n=cmd,1,2\n");
    goodFile.close();
    badFile.close();
    QFile planFile(plan);
    QVERIFY(planFile.open(QIODevice::ReadOnly));
    const QByteArray before = planFile.readAll();
    planFile.close();

    CliRun r = run(words({ "--lang", "en", "import-csv" }) << plan << bad);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.contains(QLatin1String("Line 2, column \"x (m)\": x is given without y")), qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QLatin1String("Line 3, column \"rack\"")), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QLatin1String("2 errors; nothing was imported.")), qPrintable(r.describe()));

    r = run(words({ "--lang", "en", "import-csv" }) << plan << good << QStringLiteral("--dry-run"));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("would add 1 rack, 1 row, 1 device")), qPrintable(r.describe()));
    QVERIFY(planFile.open(QIODevice::ReadOnly));
    QCOMPARE(planFile.readAll(), before);  // neither the refusal nor the dry run wrote
    planFile.close();

    r = run(words({ "--lang", "en", "import-csv" }) << plan << good);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    Plan imported;
    QVERIFY(planFile.open(QIODevice::ReadOnly));
    QVERIFY(PlanJson::fromBytes(planFile.readAll(), &imported).ok);
    Plan demo;
    buildDemoPlan(demo);
    QCOMPARE(imported.all<Rack>().size(), demo.all<Rack>().size() + 1);
    QCOMPARE(imported.all<MountedDevice>().size(), demo.all<MountedDevice>().size() + 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
