// SPDX-License-Identifier: GPL-3.0-or-later
// Reading EPW files and DWD test reference years: hours, wet bulb, strict refusals, the stored form, and the
// named operation that makes a file the site's weather.
#include "commands/weatheredits.h"
#include "plan/planfiller.h"
#include "weather/psychrometrics.h"
#include "weather/siteweather.h"
#include "weather/weatherfilereader.h"

#include <QFile>
#include <QUndoStack>
#include <QtTest>

#include <array>
#include <cmath>

using namespace rw;

namespace {

const QString kFixtures = QStringLiteral(RW_TEST_FIXTURES "/weather");

QByteArray fixture(const char *name)
{
    QFile file(kFixtures + QLatin1Char('/') + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

constexpr std::array<int, 12> kDays { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

/// Calls f(hourOfYear, month, day, hour 1..24) for every hour of a year from firstHour on.
template <class F> void forHours(int firstHour, bool leap, F &&f)
{
    int hourOfYear = 0;
    for (int m = 0; m < 12; ++m) {
        for (int d = 1; d <= kDays[std::size_t(m)] + (leap && m == 1 ? 1 : 0); ++d) {
            for (int h = 1; h <= 24; ++h, ++hourOfYear) {
                if (hourOfYear >= firstHour)
                    f(hourOfYear, m + 1, d, h);
            }
        }
    }
}

/// The fixture's header and first 48 hours, completed to a year by hours of the same format (dry bulb 12 °C,
/// dew point 6 °C).
QByteArray fullEpw(bool leap = false)
{
    QByteArray text = fixture("frankfurt_head.epw");
    forHours(48, leap, [&](int, int m, int d, int h) {
        text += QStringLiteral("1999,%1,%2,%3,60,A7A7A7A7*0?9?9?9?9?9?9?9A7A7A7A7A7A7*0E8*0*0,12.0,6.0,67,100000,0,0,"
                               "300,0,0,0,0,0,0,0,180,2.0,5,5,20.0,77777,9,999999999,0,0.1,0,88,0.000,0.0,0.0\r\n")
                    .arg(m)
                    .arg(d)
                    .arg(h)
                    .toLatin1();
    });
    return text;
}

QByteArray fullTry()
{
    QByteArray text = fixture("try2015_head.dat");
    forHours(48, false, [&](int, int m, int d, int h) {
        text += QStringLiteral("4201500 2848500 %1 %2 %3  12.0  950 180  3.1 8  6.0  70    0    0 316 -326  1\r\n")
                    .arg(m, 2)
                    .arg(d, 2)
                    .arg(h, 2)
                    .toLatin1();
    });
    return text;
}

/// Replaces line `number` (1-based) of the text.
QByteArray withLine(const QByteArray &text, int number, const QByteArray &line)
{
    QList<QByteArray> lines = text.split('\n');
    lines[number - 1] = line + '\r';
    return lines.join('\n');
}

}  // namespace

class TestWeatherFiles : public QObject {
    Q_OBJECT
private slots:
    void wetBulbMatchesPsychrometricTables_data();
    void wetBulbMatchesPsychrometricTables();
    void wetBulbOfSaturatedAirIsTheDryBulb();
    void readsEpwHoursAndWetBulb();
    void dropsTheLeapDayOfAnEpw();
    void refusesBadEpw_data();
    void refusesBadEpw();
    void readsDwdTestReferenceYear();
    void refusesBadTry_data();
    void refusesBadTry();
    void recognisesTheFormat();
    void storedFormRoundTrips();
    void storedFormRefusesDamagedHours();
    void siteWeatherIsANamedUndoableOperation();
};

void TestWeatherFiles::wetBulbMatchesPsychrometricTables_data()
{
    QTest::addColumn<double>("dryC");
    QTest::addColumn<double>("relativeHumidity");
    QTest::addColumn<double>("expectedWetC");
    // Sea-level values read off the ASHRAE psychrometric chart no. 1 (to 0.1 K).
    QTest::newRow("25 °C, 50 %") << 25.0 << 50.0 << 17.9;
    QTest::newRow("35 °C, 40 %") << 35.0 << 40.0 << 24.0;
    QTest::newRow("20 °C, 50 %") << 20.0 << 50.0 << 13.8;
    QTest::newRow("30 °C, 60 %") << 30.0 << 60.0 << 23.8;
}

void TestWeatherFiles::wetBulbMatchesPsychrometricTables()
{
    QFETCH(double, dryC);
    QFETCH(double, relativeHumidity);
    QFETCH(double, expectedWetC);
    const double wet
        = psychrometrics::wetBulbFromRelativeHumidityC(dryC, relativeHumidity, psychrometrics::kSeaLevelPa);
    QVERIFY2(std::abs(wet - expectedWetC) <= 0.15, qPrintable(QString::number(wet)));
}

void TestWeatherFiles::wetBulbOfSaturatedAirIsTheDryBulb()
{
    for (double t : { -15.0, 0.0, 10.0, 30.0 })
        QVERIFY(std::abs(psychrometrics::wetBulbFromDewPointC(t, t, 101325) - t) < 0.01);
    // Drier air at the same dry bulb has a lower wet bulb.
    QVERIFY(psychrometrics::wetBulbFromDewPointC(20, 0, 101325) < psychrometrics::wetBulbFromDewPointC(20, 10, 101325));
    QVERIFY(psychrometrics::wetBulbFromDewPointC(-5, -10, 101325) < -5.0);
}

void TestWeatherFiles::readsEpwHoursAndWetBulb()
{
    WeatherFile file;
    QString error;
    QVERIFY2(WeatherFileReader::readEpw(fullEpw(), QStringLiteral("fra.epw"), &file, &error), qPrintable(error));
    QCOMPARE(file.format, WeatherFormat::Epw);
    QCOMPARE(file.station, QStringLiteral("Frankfurt Main, DEU (106370)"));
    QCOMPARE(int(file.year.temperatureC().size()), WeatherYear::kHours);
    QCOMPARE(int(file.year.wetBulbC().size()), WeatherYear::kHours);
    QCOMPARE(file.year.temperatureC()[0], 25.0f);
    // 25 °C with a dew point of 13.9 °C is 50 % RH: 17.9 °C wet bulb on the chart.
    QVERIFY2(std::abs(file.year.wetBulbC()[0] - 17.9) < 0.15, qPrintable(QString::number(file.year.wetBulbC()[0])));
    QCOMPARE(file.year.wetBulbC()[1], 10.0f);  // saturated
    QCOMPARE(file.year.temperatureC()[8759], 12.0f);
    QVERIFY(file.year.wetBulbC()[8759] > 6.0f && file.year.wetBulbC()[8759] < 12.0f);
}

void TestWeatherFiles::dropsTheLeapDayOfAnEpw()
{
    QByteArray text = fullEpw(true);
    // Mark 29 February and 1 March, midnight, to see which hours were kept.
    QList<QByteArray> lines = text.split('\n');
    const int feb29 = 8 + 59 * 24, march1 = 8 + 60 * 24;
    lines[feb29].replace(",12.0,6.0,", ",-7.0,-9.0,");
    lines[march1].replace(",12.0,6.0,", ",3.0,1.0,");
    WeatherFile file;
    QString error;
    QVERIFY2(
        WeatherFileReader::readEpw(lines.join('\n'), QStringLiteral("leap.epw"), &file, &error), qPrintable(error));
    QCOMPARE(int(file.year.temperatureC().size()), WeatherYear::kHours);
    QCOMPARE(file.year.temperatureC()[59 * 24], 3.0f);
}

void TestWeatherFiles::refusesBadEpw_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("mentions");
    const QByteArray good = fullEpw();
    QTest::newRow("truncated") << fixture("frankfurt_head.epw") << QStringLiteral("48");
    QTest::newRow("no location") << good.mid(good.indexOf('\n') + 1) << QStringLiteral("LOCATION");
    QTest::newRow("hour out of order") << withLine(good, 20, "1999,1,1,13,60,x,5.0,1.0,75,100000,0,0,0,0,0,0,0,0,0,0")
                                       << QStringLiteral("line 20");
    QTest::newRow("missing dry bulb") << withLine(good, 30, "1999,1,1,22,60,x,99.9,1.0,75,100000,0,0,0,0,0,0,0,0,0,0")
                                      << QStringLiteral("line 30");
    QTest::newRow("dew point above dry bulb")
        << withLine(good, 31, "1999,1,1,23,60,x,5.0,9.0,75,100000,0,0,0,0,0,0,0,0,0,0") << QStringLiteral("line 31");
    QTest::newRow("no humidity") << withLine(good, 32, "1999,1,1,24,60,x,5.0,99.9,999,100000,0,0,0,0,0,0,0,0,0,0")
                                 << QStringLiteral("line 32");
    QTest::newRow("too few fields") << withLine(good, 40, "1999,1,2,8,60,x,5.0") << QStringLiteral("line 40");
    QTest::newRow("not a number") << withLine(good, 41, "1999,1,2,9,60,x,warm,1.0,75,100000,0,0,0,0,0,0,0,0,0,0")
                                  << QStringLiteral("line 41");
}

void TestWeatherFiles::refusesBadEpw()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, mentions);
    WeatherFile file;
    file.station = QStringLiteral("untouched");
    QString error;
    QVERIFY(!WeatherFileReader::readEpw(text, QStringLiteral("bad.epw"), &file, &error));
    QVERIFY2(error.contains(mentions) && error.contains(QLatin1String("bad.epw")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QCOMPARE(file.station, QStringLiteral("untouched"));
}

void TestWeatherFiles::readsDwdTestReferenceYear()
{
    WeatherFile file;
    QString error;
    QVERIFY2(WeatherFileReader::readDwdTry(fullTry(), QStringLiteral("TRY2015.dat"), &file, &error), qPrintable(error));
    QCOMPARE(file.format, WeatherFormat::DwdTry);
    QVERIFY2(file.station.contains(QLatin1String("4201500")) && file.station.contains(QLatin1String("mittleres Jahr")),
        qPrintable(file.station));
    QCOMPARE(int(file.year.temperatureC().size()), WeatherYear::kHours);
    QCOMPARE(file.year.temperatureC()[0], 25.0f);
    // 25 °C with 9.9 g/kg at 1013 hPa is 50 % RH: 17.9 °C wet bulb.
    QVERIFY2(std::abs(file.year.wetBulbC()[0] - 17.9) < 0.15, qPrintable(QString::number(file.year.wetBulbC()[0])));
    // 2.8 g/kg at 950 hPa and about -4 °C is close to saturation: the wet bulb is a little below the dry bulb.
    QVERIFY(file.year.wetBulbC()[2] < file.year.temperatureC()[2]);
    QVERIFY(file.year.wetBulbC()[2] > file.year.temperatureC()[2] - 1.0f);
}

void TestWeatherFiles::refusesBadTry_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("mentions");
    const QByteArray good = fullTry();
    QByteArray noMarker = good;
    noMarker.replace("\n***", "\n+++");
    QTest::newRow("truncated") << fixture("try2015_head.dat") << QStringLiteral("48");
    QTest::newRow("no header end") << noMarker << QStringLiteral("***");
    QTest::newRow("missing column") << withLine(
        good, 40, "4201500 2848500  1  1  6  -3.0  950 180  3.1 8  2.8  85    0    0 316 -326")
                                    << QStringLiteral("line 40");
    QTest::newRow("hour skipped") << withLine(
        good, 41, "4201500 2848500  1  1  9  -3.0  950 180  3.1 8  2.8  85    0    0 316 -326  1")
                                  << QStringLiteral("line 41");
    QTest::newRow("pressure out of range")
        << withLine(good, 42, "4201500 2848500  1  1  9  -3.0   95 180  3.1 8  2.8  85    0    0 316 -326  1")
        << QStringLiteral("line 42");
}

void TestWeatherFiles::refusesBadTry()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, mentions);
    WeatherFile file;
    QString error;
    QVERIFY(!WeatherFileReader::readDwdTry(text, QStringLiteral("bad.dat"), &file, &error));
    QVERIFY2(error.contains(mentions) && error.contains(QLatin1String("bad.dat")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
}

void TestWeatherFiles::recognisesTheFormat()
{
    WeatherFile file;
    QString error;
    QVERIFY(WeatherFileReader::read(fullEpw(), QStringLiteral("a"), &file, &error));
    QCOMPARE(file.format, WeatherFormat::Epw);
    QVERIFY(WeatherFileReader::read(fullTry(), QStringLiteral("b"), &file, &error));
    QCOMPARE(file.format, WeatherFormat::DwdTry);
    QByteArray csv;
    for (int h = 0; h < WeatherYear::kHours; ++h)
        csv += "7.5\n";
    QVERIFY(WeatherFileReader::read(csv, QStringLiteral("c"), &file, &error));
    QCOMPARE(file.format, WeatherFormat::HourlyCsv);
    QVERIFY(file.year.wetBulbC().empty());
}

void TestWeatherFiles::storedFormRoundTrips()
{
    WeatherFile file;
    QString error;
    QVERIFY(WeatherFileReader::readEpw(fullEpw(), QStringLiteral("fra.epw"), &file, &error));
    const SiteWeather stored = SiteWeatherCodec::encode(file, QStringLiteral("fra.epw"));
    QCOMPARE(stored.name, QStringLiteral("fra.epw"));
    QCOMPARE(stored.station, file.station);
    WeatherYear back;
    QVERIFY2(SiteWeatherCodec::decode(stored, &back, &error), qPrintable(error));
    QCOMPARE(back.temperatureC().size(), file.year.temperatureC().size());
    for (std::size_t h = 0; h < back.temperatureC().size(); ++h) {
        QVERIFY(std::abs(back.temperatureC()[h] - file.year.temperatureC()[h]) <= 0.005f);
        QVERIFY(std::abs(back.wetBulbC()[h] - file.year.wetBulbC()[h]) <= 0.005f);
    }
}

void TestWeatherFiles::storedFormRefusesDamagedHours()
{
    SiteWeather stored;
    stored.name = QStringLiteral("x.epw");
    stored.hours = QStringLiteral("5.0;4.0\n").repeated(WeatherYear::kHours - 1);
    WeatherYear year;
    QString error;
    QVERIFY(!SiteWeatherCodec::decode(stored, &year, &error));
    QVERIFY(error.contains(QLatin1String("8,759")) || error.contains(QLatin1String("8759")));
    stored.hours += QStringLiteral("5.0;9.0\n");  // a wet bulb above the dry bulb
    QVERIFY(!SiteWeatherCodec::decode(stored, &year, &error));
    QVERIFY2(error.contains(QLatin1String("8760")), qPrintable(error));
}

void TestWeatherFiles::siteWeatherIsANamedUndoableOperation()
{
    Plan plan;
    QUndoStack stack;
    PlanEditor editor(plan, stack);
    QVERIFY(!SiteWeatherCodec::storedIn(plan));
    QVERIFY(!WeatherEdits::useTypicalMunichYear(editor).ok);  // nothing to drop

    WeatherFile file;
    QString error;
    QVERIFY(WeatherFileReader::readDwdTry(fullTry(), QStringLiteral("TRY2015.dat"), &file, &error));
    const EditResult used = WeatherEdits::useWeatherFile(editor, file, QStringLiteral("TRY2015.dat"));
    QVERIFY2(used.ok, qPrintable(used.error));
    QCOMPARE(stack.undoText(), QStringLiteral("Use weather file TRY2015.dat"));
    QVERIFY(SiteWeatherCodec::storedIn(plan));
    QCOMPARE(SiteWeatherCodec::yearFor(plan).temperatureC()[0], 25.0f);
    QVERIFY(SiteWeatherCodec::describe(plan).contains(QLatin1String("TRY2015.dat")));

    // A second file replaces the first in one step.
    QVERIFY(WeatherFileReader::readEpw(fullEpw(), QStringLiteral("fra.epw"), &file, &error));
    QVERIFY(WeatherEdits::useWeatherFile(editor, file, QStringLiteral("fra.epw")).ok);
    QCOMPARE(int(plan.all<SiteWeather>().size()), 1);
    QCOMPARE(SiteWeatherCodec::storedIn(plan)->name, QStringLiteral("fra.epw"));

    stack.undo();
    QCOMPARE(SiteWeatherCodec::storedIn(plan)->name, QStringLiteral("TRY2015.dat"));
    QVERIFY(WeatherEdits::useTypicalMunichYear(editor).ok);
    QVERIFY(!SiteWeatherCodec::storedIn(plan));
    QCOMPARE(SiteWeatherCodec::yearFor(plan).temperatureC(), WeatherYear::munichTypical().temperatureC());
    stack.undo();
    stack.undo();
    QVERIFY(!SiteWeatherCodec::storedIn(plan));
    stack.redo();
    QCOMPARE(SiteWeatherCodec::storedIn(plan)->format, WeatherFormat::DwdTry);
}

QTEST_GUILESS_MAIN(TestWeatherFiles)
#include "tst_weatherfiles.moc"
