// SPDX-License-Identifier: GPL-3.0-or-later
// rackwerk-cli weather and underlay: which weather a site uses, choosing another, importing a floor plan.
#include "clirun.h"

#include "store/planstore.h"
#include "weather/siteweather.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace rwtest;

namespace {

/// A DWD test reference year in the exact format: the fixture's header and 48 hours, completed with hours of
/// 12 °C.
QByteArray testReferenceYear()
{
    QFile head(QStringLiteral(RW_TEST_FIXTURES "/weather/try2015_head.dat"));
    if (!head.open(QIODevice::ReadOnly))
        return {};
    QByteArray text = head.readAll();
    const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    int hour = 0;
    for (int m = 1; m <= 12; ++m) {
        for (int d = 1; d <= days[m - 1]; ++d) {
            for (int h = 1; h <= 24; ++h, ++hour) {
                if (hour >= 48)
                    text += QStringLiteral(
                        "4201500 2848500 %1 %2 %3  12.0  950 180  3.1 8  6.0  70    0    0 316 -326  1\r\n")
                                .arg(m, 2)
                                .arg(d, 2)
                                .arg(h, 2)
                                .toLatin1();
            }
        }
    }
    return text;
}

}  // namespace

class TestCliSiteFiles : public QObject {
    Q_OBJECT
private slots:
    void showsTheWeatherTheSiteUses();
    void choosesAndDropsAWeatherFile();
    void refusesABadWeatherFile();
    void importsAScaledUnderlay();
    void refusesABadUnderlay();
    void tracesWallsAndColumns();

private:
    QTemporaryDir mDir;
};

void TestCliSiteFiles::showsTheWeatherTheSiteUses()
{
    const CliRun info = runCli(words({ "--lang", "en", "info", "demo" }));
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains(QLatin1String("Weather: typical Munich year")), qPrintable(info.out));
    const CliRun weather = runCli(words({ "--lang", "de", "weather", "demo" }));
    QCOMPARE(weather.exitCode, 0);
    QVERIFY2(weather.out.contains(QStringLiteral("Wetter: typisches Münchner Jahr")), qPrintable(weather.out));
}

void TestCliSiteFiles::choosesAndDropsAWeatherFile()
{
    const QString tryPath = mDir.filePath(QStringLiteral("TRY2015_test.dat"));
    QFile file(tryPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(testReferenceYear());
    file.close();
    const QString plan = mDir.filePath(QStringLiteral("site.rackwerk"));
    const CliRun used = runCli(QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("weather"),
        QStringLiteral("demo"), QStringLiteral("--use"), tryPath, QStringLiteral("-o"), plan });
    QCOMPARE(used.exitCode, 0);
    QVERIFY2(used.out.contains(QLatin1String("TRY2015_test.dat (DWD test reference year")), qPrintable(used.out));
    QVERIFY2(used.out.contains(QLatin1String("Wet bulb exceeded")), qPrintable(used.out));

    rw::Plan stored;
    QVERIFY(rw::PlanStore::load(plan, &stored).ok);
    QCOMPARE(rw::SiteWeatherCodec::storedIn(stored)->format, rw::WeatherFormat::DwdTry);
    QCOMPARE(rw::SiteWeatherCodec::yearFor(stored).temperatureC()[0], 25.0f);

    const CliRun info = runCli(words({ "--lang", "en", "info" }) << plan);
    QVERIFY2(info.out.contains(QLatin1String("Weather: TRY2015_test.dat")), qPrintable(info.out));
    const CliRun load = runCli(words({ "--lang", "en", "load", "--trials", "1", "--years", "1" }) << plan);
    QCOMPARE(load.exitCode, 0);
    QVERIFY2(load.out.contains(QLatin1String("weather: TRY2015_test.dat")), qPrintable(load.out));

    const CliRun munich = runCli(
        words({ "--lang", "en", "weather" }) << plan << QStringLiteral("--munich") << QStringLiteral("-o") << plan);
    QCOMPARE(munich.exitCode, 0);
    QVERIFY(rw::PlanStore::load(plan, &stored).ok);
    QVERIFY(!rw::SiteWeatherCodec::storedIn(stored));
}

void TestCliSiteFiles::refusesABadWeatherFile()
{
    const QString path = mDir.filePath(QStringLiteral("short.epw"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QFile head(QStringLiteral(RW_TEST_FIXTURES "/weather/frankfurt_head.epw"));
    QVERIFY(head.open(QIODevice::ReadOnly));
    file.write(head.readAll());
    file.close();
    const QString plan = mDir.filePath(QStringLiteral("never.rackwerk"));
    const CliRun r = runCli(QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("weather"),
        QStringLiteral("demo"), QStringLiteral("--use"), path, QStringLiteral("-o"), plan });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("48 hourly lines")), qPrintable(r.err));
    QVERIFY(!QFile::exists(plan));
}

void TestCliSiteFiles::importsAScaledUnderlay()
{
    const QString plan = mDir.filePath(QStringLiteral("underlay.rackwerk"));
    // The fixture's wall line runs from (0, 0) to (10, 0) in drawing units: make it 20 m.
    const CliRun r = runCli(words({ "--lang", "en", "underlay", "demo", RW_TEST_FIXTURES "/underlay/hall.dxf",
                                "--scale", "0,0,10,0,20", "--origin", "1,2", "--opacity", "0.3", "-o" })
        << plan);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("Underlay hall.dxf imported")), qPrintable(r.out));
    rw::Plan stored;
    QVERIFY(rw::PlanStore::load(plan, &stored).ok);
    QCOMPARE(int(stored.all<rw::Underlay>().size()), 1);
    const rw::Underlay &u = stored.all<rw::Underlay>().begin()->second;
    QCOMPARE(u.metresPerUnit, 2.0);
    QCOMPARE(u.originXM, 1.0);
    QCOMPARE(u.originYM, 2.0);
    QCOMPARE(u.opacity, 0.3);
}

void TestCliSiteFiles::refusesABadUnderlay()
{
    const QString plan = mDir.filePath(QStringLiteral("never2.rackwerk"));
    const CliRun r = runCli(
        words({ "--lang", "en", "underlay", "demo", RW_TEST_FIXTURES "/weather/try2015_head.dat", "-o" }) << plan);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("DXF, SVG, PDF, PNG or JPEG")), qPrintable(r.err));
    QVERIFY(!QFile::exists(plan));
}

void TestCliSiteFiles::tracesWallsAndColumns()
{
    // The data hall drawing placed with its inner north-west corner on the demo hall's origin: its columns
    // (eight square, two round), and walls from its straight lines along the axes (its grid lines too: the
    // reader keeps no layers).
    const QString plan = mDir.filePath(QStringLiteral("traced.rackwerk"));
    const CliRun r = runCli(words({ "--lang", "en", "underlay", "demo", RW_TEST_FIXTURES "/underlay/data-hall.dxf",
                                "--origin", "-4680,1274", "--trace-walls", "0.2", "--trace-columns", "1.5", "-o" })
        << plan);
    QCOMPARE(r.exitCode, 0);
    rw::Plan stored;
    QVERIFY(rw::PlanStore::load(plan, &stored).ok);
    int columns = 0, walls = 0;
    for (const auto &[id, o] : stored.all<rw::Obstacle>()) {
        columns += o.kind == rw::ObstacleKind::Column && o.widthM < 0.7;
        walls += o.kind == rw::ObstacleKind::Wall;
    }
    // The demo hall has no obstacles of its own and is 32 m wide: the round column at x = 33 m lies beyond it.
    QCOMPARE(columns, 9);
    QVERIFY2(walls >= 4, qPrintable(QString::number(walls)));
    const CliRun refused = runCli(words({ "--lang", "en", "underlay", "demo", RW_TEST_FIXTURES "/underlay/hall.dxf",
                                      "--trace-columns", "0.4", "-o" })
        << mDir.filePath(QStringLiteral("never3.rackwerk")));
    QCOMPARE(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QLatin1String("no closed figure")), qPrintable(refused.err));
    QVERIFY(!QFile::exists(mDir.filePath(QStringLiteral("never3.rackwerk"))));
}

QTEST_GUILESS_MAIN(TestCliSiteFiles)
#include "tst_clisitefiles.moc"
