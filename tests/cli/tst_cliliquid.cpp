// SPDX-License-Identifier: GPL-3.0-or-later
// rackwerk-cli liquid as a process: text and JSON output, one named failure, bad input (exit 2, one translated
// line), German output; from a liquid case file and from a plan's coolant loops.
#include "../common/liquidplans.h"
#include "store/planjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "clirun.h"

#include <QDir>
#include <QTemporaryDir>

#include <cmath>

using namespace rwtest;

namespace {

using Run = CliRun;

Run run(const QStringList &args)
{
    return runCli(args);
}

const QString kCase = QStringLiteral(RW_TEST_FIXTURES "/liquid/two-racks.json");

}  // namespace

class TestCliLiquid : public QObject {
    Q_OBJECT
private slots:
    void text();
    void json();
    void badInput_data();
    void badInput();
    void german();
    void plan();
    void planJson();
    void attachRacks();
    void reportChapter();
    void standbyFailover();

private:
    /// The fixture with its CDU loop's pump set as one running pump and `standby` standby pumps.
    QString writeStandbyCase(int standby);
    /// The liquid test plan (tests/common/liquidplans.h) as a JSON plan file; `needy` makes rack L1-02 need
    /// 300 L/min.
    QString writePlan(bool needy = false);
    QTemporaryDir mDir;
};

QString TestCliLiquid::writePlan(bool needy)
{
    rw::Plan plan;
    rwtest::liquid::buildLiquidPlan(plan);
    if (needy) {
        rw::LoopRack rack = *plan.find<rw::LoopRack>(rwtest::liquid::kOnLoopB);
        rack.minFlowLPerMin = 300.0;
        rw::PlanFiller(plan).replace(rack);
    }
    const QString path = mDir.filePath(needy ? QStringLiteral("needy.json") : QStringLiteral("liquid.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(rw::PlanJson::toBytes(plan)) < 0)
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

void TestCliLiquid::plan()
{
    const Run r = run({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("liquid"), writePlan() });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // By hand (tst_liquidcasebuilder): 256.0 L/min per rack, 40 °C in, 45.7 °C out; the CDU takes 200 kW.
    QVERIFY2(
        r.out.contains(QStringLiteral("Rack L1-01: 256.0 L/min, supply 40.0 °C, return 45.7 °C")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("CDU CDU 1: 200 of 300 kW, supply 40.0 °C")));
    QVERIFY(r.out.contains(QStringLiteral("Findings: none.")));
    // Every pump set, the CDU and the two power cases fail in turn.
    QVERIFY(r.out.contains(QStringLiteral("Failure of TCS 1/pumps: racks losing flow 0, racks over a limit 0\n  "
                                          "First supply over its limit: not within 600 s; first GPUs to throttle: "
                                          "not within 600 s")));
    QVERIFY2(r.out.contains(QStringLiteral("Failure of CDU 1: racks losing flow 2, racks over a limit 2\n  First "
                                           "supply over its limit: not within 600 s; first GPUs to throttle: after")),
        qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("Failure of power: racks losing flow 2")));
    // The budget: 200 kW on a 300 kW CDU, one pump fewer still gives each rack more than its 180 L/min.
    QVERIFY2(r.out.contains(QStringLiteral(
                 "  TCS 1: racks 200 kW to liquid, CDU 300 kW; flow 512 of 360 L/min needed from 2 pumps, N+1 holds")),
        qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("    Rack L1-02: flow margin 42 % (256.0 of 180.0 L/min)")));

    // A rack short of flow is a finding, and one pump fewer breaks N+1.
    const Run needy = run({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("liquid"), writePlan(true),
        QStringLiteral("--fail"), QStringLiteral("TCS 1/pumps") });
    QVERIFY2(needy.exitCode == 0, qPrintable(needy.err));
    QVERIFY(needy.out.contains(QStringLiteral("Rack L1-02 is short of flow: 256.0 of 300.0 L/min.")));
    QVERIFY(needy.out.contains(QStringLiteral("N+1 does NOT hold")));
    QCOMPARE(needy.out.count(QStringLiteral("Failure of ")), 1);
}

void TestCliLiquid::planJson()
{
    const Run r = run({ QStringLiteral("liquid"), writePlan(), QStringLiteral("--fail"), QStringLiteral("CDU 1"),
        QStringLiteral("--run-down"), QStringLiteral("0"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray racks = o.value(QStringLiteral("racks")).toArray();
    QCOMPARE(racks.size(), 2);
    QVERIFY(std::abs(racks.at(0).toObject().value(QStringLiteral("flowLPerMin")).toDouble() - 255.99) < 0.3);
    const QJsonArray loops = o.value(QStringLiteral("loops")).toArray();
    QCOMPARE(loops.size(), 1);
    const QJsonObject loop = loops.at(0).toObject();
    QCOMPARE(loop.value(QStringLiteral("id")).toString(), QStringLiteral("TCS 1"));
    QCOMPARE(loop.value(QStringLiteral("capacityKw")).toDouble(), 300.0);
    QVERIFY(loop.value(QStringLiteral("pumpRedundant")).toBool());
    const QJsonObject failure = o.value(QStringLiteral("failures")).toArray().at(0).toObject();
    QCOMPARE(failure.value(QStringLiteral("fail")).toString(), QStringLiteral("CDU 1"));
    // The CDU's pumps stop: the racks stand still and heat their 33.6 L and 40 kJ/K of plates to 65 °C from
    // about 45.7 °C: (65 - 45.7) K x (33.6 L x 4.14 kJ/(L K) + 40 kJ/K) / 100 kW, about 34.6 s.
    const double seconds = failure.value(QStringLiteral("shortestSecondsToLimit")).toDouble();
    QVERIFY2(seconds > 30.0 && seconds < 40.0, qPrintable(QString::number(seconds)));
    QCOMPARE(failure.value(QStringLiteral("shortestSecondsToThrottle")).toDouble(), seconds);
    QVERIFY(failure.value(QStringLiteral("shortestSecondsToInletLimit")).isNull());
    const QJsonObject rack = failure.value(QStringLiteral("racks")).toArray().at(0).toObject();
    QCOMPARE(rack.value(QStringLiteral("secondsToThrottle")).toDouble(), seconds);
    // The default run-down (half flow after 2 s) carries heat into the loop while the pumps coast: later.
    const Run coasting = run({ QStringLiteral("liquid"), writePlan(), QStringLiteral("--fail"), QStringLiteral("CDU 1"),
        QStringLiteral("--json") });
    const QJsonObject later = QJsonDocument::fromJson(coasting.out.toUtf8()).object();
    QCOMPARE(later.value(QStringLiteral("pumpRunDownS")).toDouble(), 2.0);
    QVERIFY(later.value(QStringLiteral("failures"))
                .toArray()
                .at(0)
                .toObject()
                .value(QStringLiteral("shortestSecondsToThrottle"))
                .toDouble()
        > seconds);

    // The weather year (typical Munich year): 200 kW to liquid every hour, 1,752 MWh.
    const Run year = run({ QStringLiteral("liquid"), writePlan(), QStringLiteral("--year"), QStringLiteral("--json") });
    QVERIFY2(year.exitCode == 0, qPrintable(year.err));
    const QJsonObject annual = QJsonDocument::fromJson(year.out.toUtf8()).object();
    QVERIFY(std::abs(annual.value(QStringLiteral("heatToLiquidMWh")).toDouble() - 1752.0) < 1e-6);
    QCOMPARE(annual.value(QStringLiteral("hoursWithoutSteadyState")).toInt(), 0);
}

void TestCliLiquid::text()
{
    const Run r = run(
        { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("liquid"), QStringLiteral("--case"), kCase });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("CDU cdu-1: 260 of 300 kW, supply 40.0 °C")));
    QVERIFY(r.out.contains(QStringLiteral("Findings: none.")));
    QVERIFY(r.out.contains(QStringLiteral("Failure of cdu-1: racks losing flow 2, racks over a limit 2")));
    QVERIFY(r.out.contains(QStringLiteral("Failure of tcs-1-pumps: racks losing flow 0, racks over a limit 0\n  First "
                                          "supply over its limit: not within 600 s; first GPUs to throttle: not "
                                          "within 600 s")));
}

void TestCliLiquid::json()
{
    const Run r = run({ QStringLiteral("liquid"), QStringLiteral("--case"), kCase, QStringLiteral("--fail"),
        QStringLiteral("power"), QStringLiteral("--run-down"), QStringLiteral("0"), QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY(o.value(QStringLiteral("steadyState")).toBool());
    QCOMPARE(o.value(QStringLiteral("racks")).toArray().size(), 2);
    const QJsonArray failures = o.value(QStringLiteral("failures")).toArray();
    QCOMPARE(failures.size(), 1);
    const QJsonObject power = failures.at(0).toObject();
    QCOMPARE(power.value(QStringLiteral("fail")).toString(), QStringLiteral("power"));
    QCOMPARE(power.value(QStringLiteral("racksLosingFlow")).toInt(), 2);
    // Stagnant rack: (65 - 47 °C) x (33.6 L PG25 + 41.6 kJ/K plates) / 130 kW, about 24 s.
    const double seconds = power.value(QStringLiteral("shortestSecondsToLimit")).toDouble();
    QVERIFY2(seconds > 20.0 && seconds < 28.0, qPrintable(QString::number(seconds)));
}

void TestCliLiquid::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a plan without loops") << QStringList { QStringLiteral("liquid"), QStringLiteral("demo") }
                                          << QStringLiteral("The plan has no coolant loops.");
    QTest::newRow("a plan and a case") << QStringList { QStringLiteral("liquid"), QStringLiteral("demo"),
        QStringLiteral("--case"), kCase }
                                       << QStringLiteral("one plan (PLAN) or one liquid case");
    QTest::newRow("no such plan") << QStringList { QStringLiteral("liquid"), QStringLiteral("/nonexistent/plan.json") }
                                  << QStringLiteral("plan.json");
    QTest::newRow("missing file") << QStringList { QStringLiteral("liquid"), QStringLiteral("--case"),
        QStringLiteral("/nonexistent/case.json") }
                                  << QStringLiteral("Cannot read");
    QTest::newRow("unknown failure") << QStringList { QStringLiteral("liquid"), QStringLiteral("--case"), kCase,
        QStringLiteral("--fail"), QStringLiteral("r1") }
                                     << QStringLiteral("--fail names no running pump set");
    QTest::newRow("bad run-down") << QStringList { QStringLiteral("liquid"), QStringLiteral("--case"), kCase,
        QStringLiteral("--run-down"), QStringLiteral("-1") }
                                  << QStringLiteral("--run-down takes the pumps' time to half flow in seconds");
    QTest::newRow("bad standby start") << QStringList { QStringLiteral("liquid"), QStringLiteral("--case"), kCase,
        QStringLiteral("--standby-start"), QStringLiteral("x") }
                                       << QStringLiteral("--standby-start takes the seconds a standby pump needs");
    QTest::newRow("a year of a case") << QStringList { QStringLiteral("liquid"), QStringLiteral("--case"), kCase,
        QStringLiteral("--year") } << QStringLiteral("liquid --year needs a plan");
}

void TestCliLiquid::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Run r = run(QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
}

void TestCliLiquid::german()
{
    const Run r = run({ QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("liquid"),
        QStringLiteral("--case"), kCase, QStringLiteral("--fail"), QStringLiteral("cdu-1") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Befunde: keine.")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("260 von 300 kW")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("erste GPUs, die drosseln müssen: nach")), qPrintable(r.out));
}

void TestCliLiquid::attachRacks()
{
    // Off the loop and on again, through LiquidEdits as the GUI does; each a plan written with -o.
    const QString plan = writePlan();
    const QString off = mDir.filePath(QStringLiteral("off.json"));
    const Run detached = run({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("attach-racks"), plan,
        QStringLiteral("--loop"), QStringLiteral("0"), QStringLiteral("--racks"), QStringLiteral("10,11"),
        QStringLiteral("-o"), off });
    QVERIFY2(detached.exitCode == 0, qPrintable(detached.err));
    QVERIFY(detached.out.contains(QStringLiteral("Take 2 racks off their coolant loop")));
    const Run none = run({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("liquid"), off });
    QCOMPARE(none.exitCode, 2);
    QVERIFY2(none.err.contains(QStringLiteral("Coolant loop TCS 1 has no racks.")), qPrintable(none.err));

    const QString on = mDir.filePath(QStringLiteral("on.json"));
    const Run attached = run(
        { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("attach-racks"), off, QStringLiteral("--loop"),
            QStringLiteral("40"), QStringLiteral("--racks"), QStringLiteral("10"), QStringLiteral("-o"), on });
    QVERIFY2(attached.exitCode == 0, qPrintable(attached.err));
    QVERIFY(attached.out.contains(QStringLiteral("Put 1 rack on TCS 1")));
    const Run one = run({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("liquid"), on });
    QVERIFY2(one.exitCode == 0, qPrintable(one.err));
    QVERIFY(one.out.contains(QStringLiteral("Rack L1-01: ")));
    QVERIFY(!one.out.contains(QStringLiteral("Rack L1-02: ")));

    // A loop that does not exist is refused with one line, and nothing is written.
    const QString refused = mDir.filePath(QStringLiteral("refused.json"));
    const Run bad = run({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("attach-racks"), plan,
        QStringLiteral("--loop"), QStringLiteral("999"), QStringLiteral("--racks"), QStringLiteral("10"),
        QStringLiteral("-o"), refused });
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(QStringLiteral("The coolant loop does not exist.")));
    QVERIFY(!QFile::exists(refused));
}

void TestCliLiquid::reportChapter()
{
    // The report's liquid chapter: the loop's budget and the worst single failure (the CDU: its pumps stop).
    const QString csv = mDir.filePath(QStringLiteral("csv"));
    QVERIFY(QDir().mkpath(csv));
    const Run r = run({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("report"), writePlan(),
        QStringLiteral("--csv"), csv });
    QVERIFY2(r.exitCode == 0 || r.exitCode == 3, qPrintable(r.err));
    QFile table(csv + QStringLiteral("/liquid-cooling.csv"));
    QVERIFY2(table.open(QIODevice::ReadOnly), qPrintable(r.out + r.err));
    const QString text = QString::fromUtf8(table.readAll());
    QVERIFY2(text.contains(QStringLiteral("TCS 1")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("CDU 1: first rack limit after")), qPrintable(text));
}

QString TestCliLiquid::writeStandbyCase(int standby)
{
    QFile fixture(kCase);
    if (!fixture.open(QIODevice::ReadOnly))
        return {};
    QJsonObject c = QJsonDocument::fromJson(fixture.readAll()).object();
    QJsonArray links = c.value(QStringLiteral("links")).toArray();
    for (int i = 0; i < links.size(); ++i) {
        QJsonObject link = links.at(i).toObject();
        if (link.value(QStringLiteral("id")).toString() == QLatin1String("tcs-1-pumps")) {
            link.insert(QStringLiteral("running"), 1);
            link.insert(QStringLiteral("standby"), standby);
            links.replace(i, link);
        }
    }
    c.insert(QStringLiteral("links"), links);
    const QString path = mDir.filePath(QStringLiteral("standby-%1.json").arg(standby));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(c).toJson()) < 0)
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

/// The CDU loop's only running pump fails and stops at once: with a standby that starts after 2 s the racks stagnate
/// for 2 s only and reach no limit; without it they stagnate until they throttle. Text in both languages.
void TestCliLiquid::standbyFailover()
{
    const QStringList failure { QStringLiteral("--fail"), QStringLiteral("tcs-1-pumps"), QStringLiteral("--run-down"),
        QStringLiteral("0"), QStringLiteral("--standby-start"), QStringLiteral("2") };
    Run r = run(QStringList { QStringLiteral("liquid"), QStringLiteral("--case"), writeStandbyCase(1) } + failure
        + QStringList { QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("standbyStartS")).toDouble(), 2.0);
    const QJsonObject withStandby = o.value(QStringLiteral("failures")).toArray().at(0).toObject();
    QCOMPARE(withStandby.value(QStringLiteral("standbyStartsS")).toDouble(), 2.0);
    QVERIFY(withStandby.value(QStringLiteral("racks"))
                .toArray()
                .at(0)
                .toObject()
                .value(QStringLiteral("shortOfFlow"))
                .toBool());
    QVERIFY2(withStandby.value(QStringLiteral("shortestSecondsToThrottle")).isNull(), qPrintable(r.out));

    r = run(QStringList { QStringLiteral("liquid"), QStringLiteral("--case"), writeStandbyCase(0) } + failure
        + QStringList { QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject without = o.value(QStringLiteral("failures")).toArray().at(0).toObject();
    QVERIFY(!without.contains(QStringLiteral("standbyStartsS")));
    QVERIFY2(without.value(QStringLiteral("shortestSecondsToThrottle")).toDouble() > 2.0, qPrintable(r.out));

    r = run(QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("liquid"),
                QStringLiteral("--case"), writeStandbyCase(1) }
        + failure);
    QVERIFY2(r.out.contains(QStringLiteral("a standby pump starts after 2.0 s: the flow dips until then and recovers")),
        qPrintable(r.out));
    r = run(QStringList { QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("liquid"),
                QStringLiteral("--case"), writeStandbyCase(1) }
        + failure);
    QVERIFY2(r.out.contains(QStringLiteral("eine Reservepumpe läuft nach 2,0 s an")), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCliLiquid)
#include "tst_cliliquid.moc"
