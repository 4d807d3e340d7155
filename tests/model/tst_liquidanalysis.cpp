// SPDX-License-Identifier: GPL-3.0-or-later
// The liquid engine run from a case: steady figures of the two-rack fixture checked by hand, findings for
// racks short of flow or over a limit, named failures and the engine's refusals translated with the ids.
#include "analysis/liquidanalysis.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <cmath>

using namespace rw;
using namespace rw::engine::liquid;

namespace {

LiquidCase load(const std::function<void(QJsonObject &)> &edit = {})
{
    QFile file(QStringLiteral(RW_TEST_FIXTURES "/liquid/two-racks.json"));
    file.open(QIODevice::ReadOnly);
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (edit)
        edit(root);
    LiquidCase c;
    QString error;
    if (!LiquidCaseJson::fromBytes(QJsonDocument(root).toJson(), &c, &error))
        qWarning("%s", qPrintable(error));
    return c;
}

void setMember(QJsonObject &root, const QString &array, int index, const QString &key, const QJsonValue &value)
{
    QJsonArray items = root.value(array).toArray();
    QJsonObject item = items.at(index).toObject();
    item.insert(key, value);
    items.replace(index, item);
    root.insert(array, items);
}

}  // namespace

class TstLiquidAnalysis : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void steadyFiguresOfTheFixture();
    void findings();
    void namedFailures();
    void engineRefusalsNameTheElement();
};

void TstLiquidAnalysis::steadyFiguresOfTheFixture()
{
    const LiquidCase c = load();
    const LiquidAnalysis::Result result = LiquidAnalysis::run(c);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY2(result.findings.isEmpty(), qPrintable(result.findings.join(QLatin1Char('\n'))));
    // Dry cooler: 32 °C (its setpoint; 25 + 5 K is below). CDU: max(40, 32 + 4) = 40 °C supply.
    QVERIFY(std::abs(result.steady.rejections[0].outletC - 32.0) < 1e-6);
    QVERIFY(std::abs(result.steady.racks[0].inletC - 40.0) < 1e-6);
    // Each rack: outlet = 40 + 130 kW / (rho q cp) with the loop's properties.
    for (int r = 0; r < 2; ++r) {
        const RackState &s = result.steady.racks[r];
        const double rise
            = 130e3 / (result.steady.loopDensityKgPerM3[1] * s.flowM3PerS * result.steady.loopHeatCapacityJPerKgK[1]);
        QVERIFY(std::abs(s.outletC - (40.0 + rise)) < 1e-6);
    }
    QVERIFY(std::abs(result.steady.cdus[0].loadW - 260e3) < 1e-3);
    QVERIFY(std::abs(result.steady.rejections[0].loadW - 260e3) < 1e-3);
    // Every single failure: 1 FWS pump set + 1 TCS pump set + 1 CDU + 1 dry cooler + 2 power cases.
    QCOMPARE(int(result.failures.size()), 6);
    const QJsonObject json = LiquidAnalysis::toJson(c, result);
    QCOMPARE(json.value(QStringLiteral("racks")).toArray().size(), 2);
    QCOMPARE(json.value(QStringLiteral("failures")).toArray().size(), 6);
}

void TstLiquidAnalysis::findings()
{
    // Rack r1 asks for more flow than it gets, r2 takes only 38 °C; the CDU is too small for both racks.
    const LiquidCase c = load([](QJsonObject &root) {
        setMember(root, QStringLiteral("racks"), 0, QStringLiteral("minFlowLPerMin"), 900);
        setMember(root, QStringLiteral("racks"), 1, QStringLiteral("inletLimitC"), 38);
    });
    const LiquidAnalysis::Result result = LiquidAnalysis::run(c);
    QVERIFY(result.ok);
    QCOMPARE(result.findings.size(), 2);
    QVERIFY(result.findings.at(0).startsWith(QStringLiteral("Rack r1 is short of flow: ")));
    QCOMPARE(result.findings.at(1), QStringLiteral("Rack r2 gets coolant at 40.0 °C, above its limit of 38.0 °C."));
    const LiquidCase small = load(
        [](QJsonObject &root) { setMember(root, QStringLiteral("cdus"), 0, QStringLiteral("capacityKw"), 200); });
    const LiquidAnalysis::Result shortCdu = LiquidAnalysis::run(small);
    QVERIFY(shortCdu.ok);
    QVERIFY(shortCdu.findings.contains(
        QStringLiteral("No steady state: the racks' heat exceeds what the CDUs or the heat rejection can take.")));
    QVERIFY(shortCdu.findings.contains(QStringLiteral("CDU cdu-1 runs at its capacity of 200 kW.")));
}

void TstLiquidAnalysis::namedFailures()
{
    const LiquidCase c = load();
    LiquidAnalysis::Result result = LiquidAnalysis::run(c, QStringLiteral("cdu-1"));
    QVERIFY(result.ok);
    QCOMPARE(int(result.failures.size()), 1);
    QCOMPARE(result.failures[0].racksLosingFlow, 2);  // the CDU's pumps stop with it
    QVERIFY(std::isfinite(result.failures[0].racks[0].secondsToLimit));
    result = LiquidAnalysis::run(c, QStringLiteral("tcs-1-pumps"));
    QVERIFY(result.ok && result.failures[0].racksOverLimit == 0);  // 2+1 pumps
    const LiquidAnalysis::Result ups = LiquidAnalysis::run(c, LiquidAnalysis::kPowerLostPumpsOnUps);
    const LiquidAnalysis::Result off = LiquidAnalysis::run(c, LiquidAnalysis::kPowerLost);
    QVERIFY(ups.failures[0].racks[0].secondsToLimit > off.failures[0].racks[0].secondsToLimit);
    result = LiquidAnalysis::run(c, QStringLiteral("r1-plates"));
    QVERIFY(!result.ok);
    QCOMPARE(result.error,
        QStringLiteral("--fail names no running pump set, CDU (or CDU/facility-water), heat-rejection unit or "
                       "power node of the case, nor power or power-ups: \"r1-plates\"."));
}

void TstLiquidAnalysis::engineRefusalsNameTheElement()
{
    // A pump pushing into a dead end, and a node cut off from its loop's expansion tank.
    const LiquidCase deadHead = load([](QJsonObject &root) {
        QJsonArray nodes = root.value(QStringLiteral("nodes")).toArray();
        nodes.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("dead-end") },
            { QStringLiteral("loop"), QStringLiteral("tcs-1") } });
        root.insert(QStringLiteral("nodes"), nodes);
        QJsonArray links = root.value(QStringLiteral("links")).toArray();
        links.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("stray-pump") },
            { QStringLiteral("from"), QStringLiteral("tcs-1-supply") },
            { QStringLiteral("to"), QStringLiteral("dead-end") }, { QStringLiteral("kind"), QStringLiteral("pump") },
            { QStringLiteral("shutoffKpa"), 100 }, { QStringLiteral("ratedKpa"), 50 },
            { QStringLiteral("ratedFlowLPerMin"), 100 }, { QStringLiteral("running"), 1 } });
        root.insert(QStringLiteral("links"), links);
    });
    LiquidAnalysis::Result result = LiquidAnalysis::run(deadHead);
    QVERIFY(!result.ok);
    QCOMPARE(result.error, QStringLiteral("The pumps \"stray-pump\" cannot deliver any flow (dead-head)."));
    const LiquidCase noTank = load([](QJsonObject &root) {
        QJsonArray nodes = root.value(QStringLiteral("nodes")).toArray();
        nodes.append(QJsonObject {
            { QStringLiteral("id"), QStringLiteral("lost") }, { QStringLiteral("loop"), QStringLiteral("tcs-1") } });
        root.insert(QStringLiteral("nodes"), nodes);
    });
    result = LiquidAnalysis::run(noTank);
    QVERIFY(!result.ok);
    QCOMPARE(result.error, QStringLiteral("Node \"lost\" has no path to an expansion tank of its loop."));
}

QTEST_GUILESS_MAIN(TstLiquidAnalysis)
#include "tst_liquidanalysis.moc"
