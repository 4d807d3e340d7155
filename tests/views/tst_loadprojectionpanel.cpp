// SPDX-License-Identifier: GPL-3.0-or-later
// The load projection panel offscreen: a run in the background fills the charts and tables and says which
// engine ran; Cancel stops a long run and keeps the window responsive.
#include "charts/chartadapter.h"
#include "demo/demoplan.h"
#include "i18n/language.h"
#include "panels/loadprojectionpanel.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

using namespace rw;

class TestLoadProjectionPanel : public QObject {
    Q_OBJECT
private slots:
    void runShowsFigures();
    void cancelKeepsPrevious();
};

void TestLoadProjectionPanel::runShowsFigures()
{
    Plan plan;
    buildDemoPlan(plan);
    LoadProjectionPanel panel(plan);
    panel.resize(1200, 700);
    panel.show();
    panel.setTrials(3);
    panel.setYears(1);
    QSignalSpy finished(&panel, &LoadProjectionPanel::finished);
    panel.start();
    QVERIFY(panel.isRunning());
    QVERIFY(finished.wait(240000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(panel.hasResult());
    QVERIFY2(panel.statusText().contains(QStringLiteral("engine: CPU")), qPrintable(panel.statusText()));
    QCOMPARE(int(panel.result().perYear.size()), 1);
    const auto tables = panel.findChildren<QTableWidget *>();
    QCOMPARE(tables.size(), 2);
    for (QTableWidget *table : tables)
        QVERIFY(table->rowCount() > 0);
    // The year table carries water use and the training swing the grid ramp check judges, through the locale.
    QTableWidget *years = tables.first()->columnCount() > tables.last()->columnCount() ? tables.first() : tables.last();
    const auto column = [&](const QString &header) {
        for (int c = 0; c < years->columnCount(); ++c)
            if (years->horizontalHeaderItem(c)->text() == header)
                return c;
        return -1;
    };
    const ProjectedYear &year = panel.result().perYear.front();
    const int wue = column(QStringLiteral("WUE l/kWh (P50)"));
    const int swing = column(QStringLiteral("Training swing MW (P95)"));
    QVERIFY(wue >= 0 && swing >= 0);
    QCOMPARE(years->item(0, wue)->text(), QLocale().toString(year.wue.p50, 'f', 3));
    QVERIFY(year.trainingSwingKw.p95 > 0);  // the demo's default phase trains
    QCOMPARE(years->item(0, swing)->text(), QLocale().toString(year.trainingSwingKw.p95 / 1000.0, 'f', 2));
    auto *chart = panel.findChild<ChartAdapter *>();
    auto *choice = panel.findChildren<QComboBox *>().last();
    for (int i = 0; i < choice->count(); ++i) {
        choice->setCurrentIndex(i);
        QVERIFY2(chart->seriesCount() > 0, qPrintable(chart->title()));
    }
    choice->setCurrentIndex(0);
    const QString dir = qEnvironmentVariable("RW_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QTest::qWait(200);  // let the chart lay out its axes and legend
        panel.grab().save(dir + QStringLiteral("/load-en.png"));
        Language::apply(QStringLiteral("de"));
        QTest::qWait(200);
        panel.grab().save(dir + QStringLiteral("/load-de.png"));
        Language::apply(QStringLiteral("en"));
    }
}

void TestLoadProjectionPanel::cancelKeepsPrevious()
{
    Plan plan;
    buildDemoPlan(plan);
    LoadProjectionPanel panel(plan);
    panel.setTrials(100000);
    panel.setYears(10);
    QSignalSpy finished(&panel, &LoadProjectionPanel::finished);
    panel.start();
    QTest::qWait(300);  // the event loop runs while the worker computes
    panel.cancel();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!panel.isRunning());
    QVERIFY(!panel.hasResult());
    QVERIFY2(panel.statusText().contains(QStringLiteral("Cancelled")), qPrintable(panel.statusText()));
}

QTEST_MAIN(TestLoadProjectionPanel)
#include "tst_loadprojectionpanel.moc"
