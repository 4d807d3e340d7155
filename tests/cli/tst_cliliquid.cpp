// SPDX-License-Identifier: GPL-3.0-or-later
// rackwerk-cli liquid as a process: text and JSON output, one named failure, bad input (exit 2, one translated
// line), German output.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include "clirun.h"

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
};

void TestCliLiquid::text()
{
    const Run r = run(
        { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("liquid"), QStringLiteral("--case"), kCase });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("CDU cdu-1: 260 of 300 kW, supply 40.0 °C")));
    QVERIFY(r.out.contains(QStringLiteral("Findings: none.")));
    QVERIFY(r.out.contains(
        QStringLiteral("Failure of cdu-1: racks losing flow 2, racks over a limit 2, first limit after")));
    QVERIFY(r.out.contains(QStringLiteral(
        "Failure of tcs-1-pumps: racks losing flow 0, racks over a limit 0, no limit reached within 600 s")));
}

void TestCliLiquid::json()
{
    const Run r = run({ QStringLiteral("liquid"), QStringLiteral("--case"), kCase, QStringLiteral("--fail"),
        QStringLiteral("power"), QStringLiteral("--json") });
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
    QTest::newRow("a plan") << QStringList { QStringLiteral("liquid"), QStringLiteral("demo") }
                            << QStringLiteral("plans do not carry liquid loops yet");
    QTest::newRow("missing file") << QStringList { QStringLiteral("liquid"), QStringLiteral("--case"),
        QStringLiteral("/nonexistent/case.json") }
                                  << QStringLiteral("Cannot read");
    QTest::newRow("unknown failure") << QStringList { QStringLiteral("liquid"), QStringLiteral("--case"), kCase,
        QStringLiteral("--fail"), QStringLiteral("r1") }
                                     << QStringLiteral("--fail names no running pump set");
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
}

QTEST_GUILESS_MAIN(TestCliLiquid)
#include "tst_cliliquid.moc"
