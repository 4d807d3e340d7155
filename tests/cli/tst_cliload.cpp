// SPDX-License-Identifier: GPL-3.0-or-later
// rackwerk-cli load as a process: JSON and text output, reproducibility, and bad input (exit 2, translated).
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "clirun.h"

using namespace rwtest;

namespace {

using Run = CliRun;

}  // namespace

class TestCliLoad : public QObject {
    Q_OBJECT
private slots:
    void json();
    void sameSeedSameFigures();
    void text();
    void badInput_data();
    void badInput();
    void badWeather();
    void german();

private:
    Run run(const QStringList &args) const;
    QTemporaryDir mDir;
};

Run TestCliLoad::run(const QStringList &args) const
{
    return runCli(args, mDir.path(), 300000);
}

void TestCliLoad::json()
{
    const Run r = run(words({ "--lang", "en", "load", "demo", "--trials", "3", "--years", "2", "--seed", "9",
        "--engine", "cpu", "--json" }));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("engine")).toString(), QStringLiteral("cpu"));
    QCOMPARE(o.value(QStringLiteral("trials")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("years")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("racks")).toInt(), 343);
    QCOMPARE(o.value(QStringLiteral("seed")).toString(), QStringLiteral("9"));
    const QJsonArray yearly = o.value(QStringLiteral("yearly")).toArray();
    QCOMPARE(yearly.size(), 2);
    const QJsonObject pue = yearly.at(1).toObject().value(QStringLiteral("pue")).toObject();
    QVERIFY(pue.value(QStringLiteral("p50")).toDouble() > 1.0);
    QVERIFY(pue.value(QStringLiteral("p95")).toDouble() >= pue.value(QStringLiteral("p50")).toDouble());
    QCOMPARE(yearly.at(0).toObject().value(QStringLiteral("durationCurveKw")).toArray().size(), 101);
    QCOMPARE(o.value(QStringLiteral("daily")).toArray().size(), 2 * 365);
    QCOMPARE(o.value(QStringLiteral("pueByMonth")).toArray().size(), 12);
    QVERIFY(!o.value(QStringLiteral("nodes")).toArray().isEmpty());
    QVERIFY(
        o.value(QStringLiteral("percentileAccuracy")).toObject().value(QStringLiteral("facilityKw")).toDouble() > 0);
}

void TestCliLoad::sameSeedSameFigures()
{
    const QStringList args
        = words({ "load", "demo", "--trials", "2", "--years", "1", "--seed", "5", "--engine", "cpu", "--json" });
    auto figures = [&](const QStringList &a) {
        QJsonObject o = QJsonDocument::fromJson(run(a).out.toUtf8()).object();
        o.remove(QStringLiteral("seconds"));
        o.remove(QStringLiteral("rackHoursPerSecond"));
        return o;
    };
    const QJsonObject first = figures(args);
    QVERIFY(!first.isEmpty());
    QCOMPARE(figures(args), first);
    QStringList other = args;
    other[other.indexOf(QStringLiteral("5"))] = QStringLiteral("6");
    QVERIFY(figures(other) != first);
}

void TestCliLoad::text()
{
    const Run r = run(words({ "--lang", "en", "load", "demo", "--trials", "2", "--years", "1", "--engine", "cpu" }));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("Engine: cpu")));
    QVERIFY(r.out.contains(QStringLiteral("PUE P50")));
    QVERIFY(r.out.contains(QStringLiteral("Power nodes most at risk")));
}

void TestCliLoad::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("trials zero") << words({ "load", "demo", "--trials", "0" }) << QStringLiteral("--trials must be");
    QTest::newRow("trials word") << words({ "load", "demo", "--trials", "many" }) << QStringLiteral("\"many\"");
    QTest::newRow("years 11") << words({ "load", "demo", "--years", "11" }) << QStringLiteral("--years must be");
    QTest::newRow("seed negative") << words({ "load", "demo", "--seed", "-1" }) << QStringLiteral("--seed must be");
    QTest::newRow("engine") << words({ "load", "demo", "--engine", "gpu" }) << QStringLiteral("Unknown engine");
    QTest::newRow("scenario") << words({ "load", "demo", "--scenario", "999999", "--trials", "1" })
                              << QStringLiteral("no scenario with id 999999");
    QTest::newRow("missing plan") << words({ "load", "nowhere.rackwerk" }) << QStringLiteral("nowhere.rackwerk");
    QTest::newRow("missing weather") << words({ "load", "demo", "--weather", "nowhere.csv" })
                                     << QStringLiteral("nowhere.csv");
    QTest::newRow("option without value")
        << words({ "load", "demo", "--trials" }) << QStringLiteral("--trials needs a value");
}

void TestCliLoad::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const Run r = run(QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
}

void TestCliLoad::badWeather()
{
    QByteArray bytes = "temperature\n";
    for (int i = 0; i < 8760; ++i)
        bytes += i == 41 ? QByteArray("n/a\n") : QByteArray("12.5\n");
    const QString path = mDir.filePath(QStringLiteral("weather.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const Run r = run(words({ "--lang", "en", "load", "demo", "--trials", "1", "--weather" }) << path);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("line 43")), qPrintable(r.err));
    // A good file is used, and the result names it.
    bytes.replace("n/a", "12.5");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();
    const Run good = run(
        words({ "load", "demo", "--trials", "1", "--years", "1", "--engine", "cpu", "--json", "--weather" }) << path);
    QVERIFY2(good.exitCode == 0, qPrintable(good.err));
    QCOMPARE(QJsonDocument::fromJson(good.out.toUtf8()).object().value(QStringLiteral("weather")).toString(), path);
}

void TestCliLoad::german()
{
    const Run r = run(words({ "--lang", "de", "load", "demo", "--trials", "0" }));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--trials muss")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliLoad)
#include "tst_cliload.moc"
