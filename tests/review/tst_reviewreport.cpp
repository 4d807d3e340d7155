// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testplans.h"

#include "buildinfo/buildinfo.h"
#include "i18n/language.h"
#include "plan/planfiller.h"
#include "review/reviewreport.h"
#include "store/planstore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace rw;
using namespace rwtest;

namespace {

/// The small plan with figures that show the number format: 1,234.7 kW nameplate (three servers of
/// 411.5 kW and a 0.2 kW switch).
void buildReportPlan(Plan &plan)
{
    buildSmallPlan(plan);
    DeviceType server = *plan.find<DeviceType>(small::kServer);
    server.maxPowerW = 411500;
    server.typicalPowerW = 300000;
    server.source = QStringLiteral("https://example.com/test-server-datasheet");
    PlanFiller(plan).replace(server);
    Site site = plan.site();
    site.startOfOperation = QDate(2026, 9, 1);
    site.connectedPowerKw = 1600;  // § 11 EnEfG applies from 300 kW of the whole site (issue 19)
    site.pueTarget = 1.25;
    site.assumptions = QStringLiteral("Assumed chilled water at 18 °C (source: bidder's letter).");
    PlanFiller(plan).setSite(site);
}

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("pdftotext failed: ") + QString::fromLocal8Bit(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput());
}

}  // namespace

class TestReviewReport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void pdf_data();
    void pdf();
    void charts();
    void csv();
    void unwritable();

private:
    QTemporaryDir mDir;
    QString mPlanPath;
    QString mSha256;
};

void TestReviewReport::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    Plan plan;
    buildReportPlan(plan);
    mPlanPath = mDir.filePath(QStringLiteral("bid.rackwerk"));
    const SaveReport saved = PlanStore::save(plan, mPlanPath);
    QVERIFY2(saved.ok, qPrintable(saved.error));
    QString error;
    mSha256 = ReviewReport::sha256OfFile(mPlanPath, &error);
    QCOMPARE(mSha256.size(), 64);
}

void TestReviewReport::cleanup()
{
    Language::apply(QStringLiteral("en"));
}

void TestReviewReport::pdf_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList { QStringLiteral("IT power, nameplate (kW) 1,234.7"), QStringLiteral("Bill of materials"),
                               // The rule column is narrow: its title wraps after "at" (pdftotext -layout
                               // puts the other columns between the two halves).
                               QStringLiteral("Annual PUE at"), QStringLiteral("most 1.20 from"),
                               QStringLiteral("Fail"), QStringLiteral("Not assessable"), QStringLiteral("EnEfG"),
                               QStringLiteral("No thermal projection has been run."), QStringLiteral("01/09/2026"),
                               QStringLiteral("Assumed chilled water"), QStringLiteral("Rule set applied"),
                               QStringLiteral("de-enefg-2023"), QStringLiteral("EUR 100,000") };
    QTest::newRow("de") << QStringLiteral("de")
                        << QStringList { QStringLiteral("IT-Leistung laut Typenschild (kW) 1.234,7"), QStringLiteral("Stückliste"),
                               QStringLiteral("Jahres-PUE höchstens 1,20"), QStringLiteral("Nicht erfüllt"),
                               QStringLiteral("Nicht bewertbar"), QStringLiteral("EnEfG"),
                               QStringLiteral("Es wurde keine thermische Prognose gerechnet."),
                               QStringLiteral("01.09.2026"), QStringLiteral("Assumed chilled water"),
                               QStringLiteral("Angewandtes Regelwerk"), QStringLiteral("100.000 Euro") };
}

void TestReviewReport::pdf()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    QVERIFY(Language::apply(language));
    Plan plan;
    const LoadReport loaded = PlanStore::load(mPlanPath, &plan);
    QVERIFY2(loaded.ok, qPrintable(loaded.error));
    ReviewReport report(plan, mPlanPath, {}, Review {});
    QImage floor(400, 300, QImage::Format_ARGB32);
    floor.fill(Qt::gray);
    report.setFloorPlans({ { QStringLiteral("Hall T"), floor, {} } });
    const QString pdf = mDir.filePath(language + QStringLiteral(".pdf"));
    QString error;
    QVERIFY2(report.writePdf(pdf, &error), qPrintable(error));
    // Fonts set "fi" and "ff" as ligatures, which pdftotext keeps: compare the decomposed text, with
    // line breaks inside cells as spaces.
    const QString text = pdfText(pdf).normalized(QString::NormalizationForm_KC).simplified();
    // pdftotext may break a long line anywhere; the hash and figures are short enough to stay whole
    // except the hash, which is checked without line breaks.
    QString flat = text;
    flat.remove(QRegularExpression(QStringLiteral("\\s")));
    QVERIFY2(flat.contains(mSha256), qPrintable(text.left(3000)));
    // The version and the commit it was built from.
    QVERIFY2(text.contains(QString::fromLatin1(buildinfo::versionLine())), qPrintable(text.left(3000)));
    QVERIFY2(text.contains(QString::fromLatin1(buildinfo::gitCommit())), qPrintable(text.left(3000)));
    // PDF/A-1b for archiving: Qt writes the identification into the XMP metadata.
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("pdfaid:part=\"1\""));
    QVERIFY(bytes.contains("pdfaid:conformance=\"B\""));
    QVERIFY(bytes.contains("/S/GTS_PDFA1"));  // the output intent PDF/A asks for
    for (const QString &e : expected)
        QVERIFY2(text.contains(e), qPrintable(QStringLiteral("missing \"%1\" in:\n%2").arg(e, text.left(6000))));
}

void TestReviewReport::charts()
{
    Plan plan;
    buildReportPlan(plan);
    ProjectionInputs projections;
    QCOMPARE(ReviewReport(plan, QString(), projections, Review {}).charts().size(), std::size_t(0));
    projections.thermal = ThermalSummary { { { small::kRackA, 24.2 }, { small::kRackB, 26.9 } }, QStringLiteral("cpu"),
        QStringLiteral("Hall 1"), 0.3 };
    projections.energy = EnergySummary {};
    projections.energy->annualPueP50 = 1.18;
    projections.energy->annualPueP95 = 1.22;
    projections.energy->erfByYear = { 0.05, 0.1, 0.2 };
    projections.energy->monthlyPueP50 = std::vector<double>(12, 1.2);
    const ReviewReport report(plan, QString(), projections, Review {});
    const auto charts = report.charts();
    QCOMPARE(charts.size(), std::size_t(3));
    for (const ReportImage &chart : charts)
        QVERIFY(!chart.image.isNull());
    // In the PDF the charts are vectors: their texts are text, and the PDF holds no picture at all (this
    // report has no floor plans).
    const QString pdf = mDir.filePath(QStringLiteral("charts.pdf"));
    QString error;
    QVERIFY2(report.writePdf(pdf, &error), qPrintable(error));
    const QString text = pdfText(pdf).simplified();
    QVERIFY2(text.contains(QStringLiteral("Monthly PUE (P50)")), qPrintable(text.right(3000)));
    QVERIFY2(text.contains(QStringLiteral("Energy reuse factor by operating year (%)")), qPrintable(text.right(3000)));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count("/Subtype /Image"), 0);
    const QString html = report.html();
    QVERIFY(html.contains(QStringLiteral("annual PUE P50 1.180, P95 1.220")));
    QVERIFY(html.contains(QStringLiteral("highest rack inlet 26.9")));
}

void TestReviewReport::csv()
{
    Plan plan;
    buildReportPlan(plan);
    const ReviewReport report(plan, mPlanPath, {}, Review {});
    QStringList keys;
    for (const ReportTable &t : report.tables())
        keys << t.key;
    QCOMPARE(keys,
        (QStringList { QStringLiteral("summary"), QStringLiteral("bill-of-materials"), QStringLiteral("power-budget"),
            QStringLiteral("cooling-budget"), QStringLiteral("failure-analysis"), QStringLiteral("projections"),
            QStringLiteral("compliance"), QStringLiteral("sources") }));
    const ReportTable quoting { QStringLiteral("t"), QStringLiteral("T"),
        { QStringLiteral("a"), QStringLiteral("b,c") },
        { { QStringLiteral("say \"hi\""), QStringLiteral("line\nbreak") } } };
    QCOMPARE(ReviewReport::csv(quoting), QStringLiteral("a,\"b,c\"\r\n\"say \"\"hi\"\"\",\"line\nbreak\"\r\n"));

    const QString dir = mDir.filePath(QStringLiteral("csv"));
    QStringList written;
    QString error;
    QVERIFY2(report.writeCsv(dir, &written, &error), qPrintable(error));
    QCOMPARE(written.size(), keys.size());
    QFile bom(dir + QStringLiteral("/bill-of-materials.csv"));
    QVERIFY(bom.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(bom.readAll());
    // Numbers plain, their unit in the header.
    QVERIFY2(content.contains(QStringLiteral("Compute,Test Server 2U,3,12,411.50\r\n")), qPrintable(content));

    // German spreadsheets read "," as the decimal mark: cells are separated by ";" there.
    QVERIFY(Language::apply(QStringLiteral("de")));
    QCOMPARE(ReviewReport::csvSeparator(), QLatin1Char(';'));
    QCOMPARE(ReviewReport::csv(quoting), QStringLiteral("a;b,c\r\n\"say \"\"hi\"\"\";\"line\nbreak\"\r\n"));
    const ReviewReport german(plan, mPlanPath, {}, Review {});
    const QString germanDir = mDir.filePath(QStringLiteral("csv-de"));
    written.clear();
    QVERIFY2(german.writeCsv(germanDir, &written, &error), qPrintable(error));
    QFile germanBom(germanDir + QStringLiteral("/bill-of-materials.csv"));
    QVERIFY(germanBom.open(QIODevice::ReadOnly));
    const QString germanContent = QString::fromUtf8(germanBom.readAll());
    QVERIFY2(germanContent.contains(QStringLiteral("Rechenknoten;Test Server 2U;3;12;411,50\r\n")),
        qPrintable(germanContent));
    QFile germanSummary(germanDir + QStringLiteral("/summary.csv"));
    QVERIFY(germanSummary.open(QIODevice::ReadOnly));
    const QString summary = QString::fromUtf8(germanSummary.readAll());
    QVERIFY2(summary.contains(QStringLiteral("Betriebsbeginn;01.09.2026\r\n")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("IT-Leistung laut Typenschild (kW);1234,7\r\n")), qPrintable(summary));
}

void TestReviewReport::unwritable()
{
    Plan plan;
    buildReportPlan(plan);
    const ReviewReport report(plan, QString(), {}, Review {});
    QString error;
    QVERIFY(!report.writePdf(QStringLiteral("/nonexistent-dir/x.pdf"), &error));
    QVERIFY(error.contains(QStringLiteral("/nonexistent-dir/x.pdf")));
}

QTEST_MAIN(TestReviewReport)
#include "tst_reviewreport.moc"
