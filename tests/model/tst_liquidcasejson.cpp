// SPDX-License-Identifier: GPL-3.0-or-later
// The liquid case JSON: a case file in people's units becomes the engine's network in SI units; whatever the
// format forbids is refused with a one-line reason that names its JSON path.
#include "analysis/liquidcasejson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace rw;
using namespace rw::engine::liquid;

namespace {

QJsonObject fixture()
{
    QFile file(QStringLiteral(RW_TEST_FIXTURES "/liquid/two-racks.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// Replaces member `key` of element `index` of array `array` (or removes it for an undefined value).
QByteArray edited(const QString &array, int index, const QString &key, const QJsonValue &value)
{
    QJsonObject root = fixture();
    QJsonArray items = root.value(array).toArray();
    QJsonObject item = items.at(index).toObject();
    if (value.isUndefined())
        item.remove(key);
    else
        item.insert(key, value);
    items.replace(index, item);
    root.insert(array, items);
    return QJsonDocument(root).toJson();
}

}  // namespace

class TstLiquidCaseJson : public QObject {
    Q_OBJECT

private slots:
    void readsTheFixtureInSiUnits();
    void refusals_data();
    void refusals();
    void refusesOtherFormatsAndVersions();
    void theShapeTakesTheFixture();
    void theShapeRefusesByKind_data();
    void theShapeRefusesByKind();
};

void TstLiquidCaseJson::readsTheFixtureInSiUnits()
{
    LiquidCase c;
    QString error;
    QVERIFY2(LiquidCaseJson::fromBytes(QJsonDocument(fixture()).toJson(), &c, &error), qPrintable(error));
    const HydraulicNetwork &h = c.network.hydraulics;
    QCOMPARE(int(h.loops.size()), 2);
    QCOMPARE(h.loops[1].coolant, Coolant::Pg25);
    QCOMPARE(int(h.nodes.size()), 14);
    QVERIFY(h.nodes[0].fixedPressure);
    QCOMPARE(h.nodes[0].pressurePa, 200e3);
    const int hose = int(c.linkIds.indexOf(QStringLiteral("r1-hose-in")));
    QCOMPARE(h.links[hose].diameterM, 0.0525);
    QCOMPARE(h.links[hose].roughnessM, 0.046e-3);
    QCOMPARE(h.links[hose].holdUpM3, -1.0);  // from the geometry
    const int plates = int(c.linkIds.indexOf(QStringLiteral("r1-plates")));
    QCOMPARE(h.links[plates].refDropPa, 55e3);
    QVERIFY(qAbs(h.links[plates].refFlowM3PerS - 200.0 / 60000.0) < 1e-15);
    QVERIFY(qAbs(h.links[plates].holdUpM3 - 0.0336) < 1e-15);
    const int pumps = int(c.linkIds.indexOf(QStringLiteral("tcs-1-pumps")));
    QCOMPARE(h.links[pumps].runningPumps, 3);
    QVERIFY(qAbs(h.links[pumps].pumpCoeffPaS2PerM6 - 140e3 / std::pow(195.0 / 60000.0, 2)) < 1e-3);
    QCOMPARE(c.network.racks[1].heatToLiquidW, 130e3);
    QCOMPARE(c.network.cdus[0].pumpLinks, std::vector<int> { pumps });
    QVERIFY(c.network.rejections[0].sinkLimited);
    QCOMPARE(c.rackIds, (QStringList { QStringLiteral("r1"), QStringLiteral("r2") }));
}

void TstLiquidCaseJson::refusals_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const int hose = 8;  // r1-hose-in
    QTest::newRow("negative diameter") << edited(QStringLiteral("links"), hose, QStringLiteral("diameterMm"), -52.5)
                                       << QStringLiteral("$.links[8].diameterMm must be greater than 0.");
    QTest::newRow("zero diameter") << edited(QStringLiteral("links"), hose, QStringLiteral("diameterMm"), 0)
                                   << QStringLiteral("$.links[8].diameterMm must be greater than 0.");
    QTest::newRow("negative length") << edited(QStringLiteral("links"), hose, QStringLiteral("lengthM"), -3)
                                     << QStringLiteral("$.links[8].lengthM must not be negative.");
    QTest::newRow("missing roughness") << edited(
        QStringLiteral("links"), hose, QStringLiteral("roughnessMm"), QJsonValue(QJsonValue::Undefined))
                                       << QStringLiteral("$.links[8].roughnessMm is missing.");
    QTest::newRow("unknown member") << edited(QStringLiteral("links"), hose, QStringLiteral("colour"), 1)
                                    << QStringLiteral("$.links[8].colour is not part of the format.");
    QTest::newRow("unknown node") << edited(QStringLiteral("links"), hose, QStringLiteral("to"),
        QStringLiteral("nowhere")) << QStringLiteral("$.links[8].to names nothing defined: \"nowhere\".");
    QTest::newRow("duplicate id") << edited(
        QStringLiteral("links"), hose, QStringLiteral("id"), QStringLiteral("r1-plates"))
                                  << QStringLiteral("$.links[9].id repeats the id \"r1-plates\".");
    QTest::newRow("rated above shut-off") << edited(QStringLiteral("links"), 6, QStringLiteral("ratedKpa"), 500)
                                          << QStringLiteral("$.links[6].ratedKpa must be below the shut-off pressure.");
    QTest::newRow("half a pump") << edited(QStringLiteral("links"), 6, QStringLiteral("running"), 2.5)
                                 << QStringLiteral("$.links[6].running must be a whole number of pumps up to 64.");
    QTest::newRow("across loops") << edited(
        QStringLiteral("links"), hose, QStringLiteral("to"), QStringLiteral("fws-supply"))
                                  << QStringLiteral("$.links[8].to lies in another loop than \"from\".");
    QTest::newRow("coolant") << edited(QStringLiteral("loops"), 1, QStringLiteral("coolant"), QStringLiteral("pg40"))
                             << QStringLiteral("$.loops[1].coolant must be water or pg25.");
    QTest::newRow("too hot") << edited(QStringLiteral("loops"), 1, QStringLiteral("temperatureC"),
        75) << QStringLiteral("$.loops[1].temperatureC must lie between 20 and 60 °C for this coolant.");
    QTest::newRow("negative heat") << edited(QStringLiteral("racks"), 0, QStringLiteral("heatKw"), -1)
                                   << QStringLiteral("$.racks[0].heatKw must not be negative.");
    QTest::newRow("pump that is a pipe") << edited(
        QStringLiteral("cdus"), 0, QStringLiteral("pumps"), QJsonArray { QStringLiteral("r1-hose-in") })
                                         << QStringLiteral("$.cdus[0].pumps[0] is not a pump: \"r1-hose-in\".");
    QTest::newRow("both sides in one loop")
        << edited(QStringLiteral("cdus"), 0, QStringLiteral("primary"), QStringLiteral("r1-hose-in"))
        << QStringLiteral("$.cdus[0].primary lies in the same loop as the secondary side.");
    QTest::newRow("negative hold-up") << edited(QStringLiteral("links"), 9, QStringLiteral("holdUpL"), -1)
                                      << QStringLiteral("$.links[9].holdUpL must not be negative.");
    // -1000 once stood for "not given" inside the reader and slipped through from files.
    QTest::newRow("hold-up of -1000 L") << edited(QStringLiteral("links"), 9, QStringLiteral("holdUpL"), -1000)
                                        << QStringLiteral("$.links[9].holdUpL must not be negative.");
    QTest::newRow("unit kind")
        << edited(QStringLiteral("heatRejection"), 0, QStringLiteral("kind"), QStringLiteral("lake"))
        << QStringLiteral("$.heatRejection[0].kind must be dry-cooler, chiller, cooling-tower or heat-reuse.");
}

void TstLiquidCaseJson::refusals()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    LiquidCase c;
    c.rackIds << QStringLiteral("untouched");
    QString error;
    QVERIFY(!LiquidCaseJson::fromBytes(bytes, &c, &error));
    QCOMPARE(error, expected);
    QCOMPARE(c.rackIds, QStringList { QStringLiteral("untouched") });  // a refusal changes nothing
}

void TstLiquidCaseJson::refusesOtherFormatsAndVersions()
{
    LiquidCase c;
    QString error;
    QVERIFY(!LiquidCaseJson::fromBytes("{", &c, &error));
    QVERIFY(error.startsWith(QStringLiteral("The liquid case is not valid JSON")));
    QJsonObject root = fixture();
    root.insert(QStringLiteral("version"), 2);
    QVERIFY(!LiquidCaseJson::fromBytes(QJsonDocument(root).toJson(), &c, &error));
    QCOMPARE(error, QStringLiteral("The liquid case has version 2; this Rackwerk reads version 1."));
    root.insert(QStringLiteral("format"), QStringLiteral("rackwerk-thermal-case"));
    QVERIFY(!LiquidCaseJson::fromBytes(QJsonDocument(root).toJson(), &c, &error));
    QCOMPARE(error, QStringLiteral("The file is not a Rackwerk liquid case."));
}

void TstLiquidCaseJson::theShapeTakesTheFixture()
{
    QCOMPARE(JsonShapeCheck::check(fixture(), LiquidCaseJson::shape()), QString());
}

void TstLiquidCaseJson::theShapeRefusesByKind_data()
{
    // The members a link takes depend on its kind; the shape (and so the schema) knows them per kind, and the
    // reader refuses the same documents.
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("shapeSays");
    const int pumps = 6;  // tcs-1-pumps
    const int hose = 8;  // r1-hose-in
    QTest::newRow("pump with a diameter") << edited(QStringLiteral("links"), pumps, QStringLiteral("diameterMm"), 50)
                                          << QStringLiteral("$.links[6].diameterMm is not a known field.");
    QTest::newRow("pipe without a diameter") << edited(QStringLiteral("links"), hose, QStringLiteral("diameterMm"),
        QJsonValue(QJsonValue::Undefined)) << QStringLiteral("$.links[8].diameterMm is missing.");
    QTest::newRow("pipe of no diameter") << edited(QStringLiteral("links"), hose, QStringLiteral("diameterMm"), 0)
                                         << QStringLiteral("$.links[8].diameterMm must be greater than 0.");
    QTest::newRow("unknown kind") << edited(QStringLiteral("links"), hose, QStringLiteral("kind"),
        QStringLiteral("valve")) << QStringLiteral("$.links[8].kind must be one of: pipe, resistance, pump.");
    QTest::newRow("37 pumps and a half") << edited(QStringLiteral("links"), pumps, QStringLiteral("running"), 37.5)
                                         << QStringLiteral("$.links[6].running must be a whole number.");
    QTest::newRow("empty id") << edited(QStringLiteral("nodes"), 1, QStringLiteral("id"), QString())
                              << QStringLiteral("$.nodes[1].id must not be empty.");
}

void TstLiquidCaseJson::theShapeRefusesByKind()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, shapeSays);
    QCOMPARE(JsonShapeCheck::check(QJsonDocument::fromJson(bytes).object(), LiquidCaseJson::shape()), shapeSays);
    LiquidCase c;
    QString error;
    QVERIFY(!LiquidCaseJson::fromBytes(bytes, &c, &error));
}

QTEST_GUILESS_MAIN(TstLiquidCaseJson)
#include "tst_liquidcasejson.moc"
