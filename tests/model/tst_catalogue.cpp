// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in device catalogue's liquid-cooled generation (issue 18): GB300 NVL72, Vera Rubin NVL72 Max-P and
// Max-Q, DGX B300, each with its liquid / air split and tagged sources from
// ../shared/notes/liquid-and-campus-facts.md (sections A1, A2).

#include "catalogue/catalogue.h"

#include <QtTest>

using namespace rw;

class TstCatalogue : public QObject {
    Q_OBJECT

private slots:
    void liquidGenerationFigures_data();
    void liquidGenerationFigures();
    void airflowCarriesOnlyTheAirShare();
    void rubinNotesKeepTheFlowTable();
    void powerInputOf800VoltDc();
};

void TstCatalogue::liquidGenerationFigures_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("maxPowerW");
    QTest::addColumn<double>("liquidHeatShare");
    QTest::addColumn<int>("gpuCount");
    // Notes A1: GB300 132-140 kW, ~94 % to the loop [S]; VR Max-P 227 kW, Max-Q 187 kW [S], <2 % to air [E];
    // DGX B300 ~14.5 kW, air-cooled [S].
    QTest::newRow("GB300 NVL72") << QStringLiteral("nvidia-gb300-nvl72") << 140000.0 << 0.94 << 72;
    QTest::newRow("VR NVL72 Max-P") << QStringLiteral("nvidia-vera-rubin-nvl72-max-p") << 227000.0 << 0.985 << 72;
    QTest::newRow("VR NVL72 Max-Q") << QStringLiteral("nvidia-vera-rubin-nvl72-max-q") << 187000.0 << 0.985 << 72;
    QTest::newRow("DGX B300") << QStringLiteral("nvidia-dgx-b300") << 14500.0 << 0.0 << 8;
}

void TstCatalogue::liquidGenerationFigures()
{
    QFETCH(QString, key);
    QFETCH(double, maxPowerW);
    QFETCH(double, liquidHeatShare);
    QFETCH(int, gpuCount);
    const DeviceType *type = Catalogue::findBuiltIn(key);
    QVERIFY2(type, qPrintable(key));
    QCOMPARE(type->maxPowerW, maxPowerW);
    QCOMPARE(type->liquidHeatShare, liquidHeatShare);
    QCOMPARE(type->gpuCount, gpuCount);
    QVERIFY(type->typicalPowerW <= type->maxPowerW && type->idlePowerW < type->typicalPowerW);
    // Every figure carries its source: the notes' section, and tags for what is secondary or estimated.
    QVERIFY(type->source.contains(QLatin1String("liquid-and-campus-facts.md, section")));
    QVERIFY(type->notes.contains(QLatin1String("[S]")) && type->notes.contains(QLatin1String("[E]")));
    QVERIFY(type->source.contains(QLatin1String("https://")) || type->source.contains(QLatin1String("github.com")));
}

void TstCatalogue::airflowCarriesOnlyTheAirShare()
{
    // Air units are sized for the heat that stays in the air: (1 - liquid share) x max at the design rise,
    // rho 1.2 kg/m3, cp 1005 J/(kg K). GB300: 0.06 x 140 kW at 15 K = 1671.6 m3/h. Rubin: 440 CFM = 747.6 m3/h
    // for the air-cooled power shelves (notes A1 [E]), within 15 % of 1.5 % of the TDP at 15 K.
    for (const char *key : { "nvidia-gb300-nvl72", "nvidia-vera-rubin-nvl72-max-p", "nvidia-dgx-b300" }) {
        const DeviceType *type = Catalogue::findBuiltIn(QLatin1String(key));
        QVERIFY(type);
        const double airHeatW = (1.0 - type->liquidHeatShare) * type->maxPowerW;
        const double expected = airHeatW / (1.2 * 1005.0 * type->designDeltaTK) * 3600.0;
        QVERIFY2(std::abs(type->airflowM3PerH - expected) <= 0.15 * expected,
            qPrintable(QStringLiteral("%1: %2 m3/h, air share needs %3")
                           .arg(QLatin1String(key))
                           .arg(type->airflowM3PerH)
                           .arg(expected)));
    }
}

void TstCatalogue::rubinNotesKeepTheFlowTable()
{
    // Notes A2: flow versus inlet temperature and the rack's pressure drop (firmus, citing NVIDIA's rack-level
    // thermal model v07) [S], until plans carry liquid loops.
    const DeviceType *maxP = Catalogue::findBuiltIn(QStringLiteral("nvidia-vera-rubin-nvl72-max-p"));
    const DeviceType *maxQ = Catalogue::findBuiltIn(QStringLiteral("nvidia-vera-rubin-nvl72-max-q"));
    QVERIFY(maxP && maxQ);
    QVERIFY(maxP->notes.contains(QLatin1String("150 / 170 / 200 / 250 / 320 L/min")));
    QVERIFY(maxP->notes.contains(QLatin1String("34 / 41 / 55 / 83 / 131 kPa")));
    QVERIFY(maxQ->notes.contains(QLatin1String("120 / 140 / 160 / 205 / 280 L/min")));
    QVERIFY(maxQ->notes.contains(QLatin1String("33.6 L")));
    // 3 of 4 shelves at 110 kW carry the TDP (3+1).
    QCOMPARE(maxP->psuRequired, 3);
    QVERIFY(maxP->psuRequired * maxP->psuRatingW >= maxP->maxPowerW);
}

void TstCatalogue::powerInputOf800VoltDc()
{
    // Notes D1: an 800 V DC rack is optional for Vera Rubin from Q3 2026 [S]; every other entry takes AC.
    for (const DeviceType &type : Catalogue::builtIn()) {
        const bool rubin = type.key.startsWith(QLatin1String("nvidia-vera-rubin"));
        QCOMPARE(type.powerInput, rubin ? PowerInput::AcOrDc800 : PowerInput::Ac);
        if (rubin)
            QVERIFY(type.notes.contains(QLatin1String("800 V DC")));
    }
    // A catalogue file of version 1 written before device types had a power input reads as AC.
    const CatalogueReport old
        = Catalogue::fromBytes(QByteArray(R"({"format": "rackwerk-catalogue", "version": 1, "deviceTypes": [
        {"key": "old-1u", "manufacturer": "", "model": "Old 1U", "category": "compute", "heightU": 1, "depthMm": 700,
         "widthMm": 482.6, "weightKg": 12, "idlePowerW": 100, "typicalPowerW": 300, "maxPowerW": 400,
         "liquidHeatShare": 0, "airflow": "front-to-rear", "airflowM3PerH": 0, "designDeltaTK": 15, "gpuCount": 0,
         "gpuModel": "", "psuCount": 2, "psuRequired": 1, "psuRatingW": 800, "fullDepth": true, "source": "user",
         "notes": ""}]})"));
    QVERIFY2(old.ok, qPrintable(old.error));
    QCOMPARE(old.types.size(), std::size_t(1));
    QCOMPARE(old.types.front().powerInput, PowerInput::Ac);
}

QTEST_GUILESS_MAIN(TstCatalogue)
#include "tst_catalogue.moc"
