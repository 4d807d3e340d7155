// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report on the page: no heading left at the foot of a page, words never broken inside (German
// "Nennleistung" in a narrow column), table headers repeated, page numbers, and floor plans with a
// legend and a scale bar. Reads the PDF back with pdftotext (poppler-utils).
#include "demo/demoplan.h"
#include "floorplan/floorplanscene.h"
#include "i18n/language.h"
#include "review/floorplanimage.h"
#include "review/reviewreport.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QtTest>

using namespace rw;

namespace {

QString pageText(const QString &pdf, int page)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
        { QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
            QString::number(page), pdf, QStringLiteral("-") });
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pageCount(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), { pdf });
    process.waitForFinished(60000);
    const QString info = QString::fromUtf8(process.readAllStandardOutput());
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

bool isLetter(QChar c)
{
    return c.isLetterOrNumber();
}

}  // namespace

class TestReportLayout : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup() { QVERIFY(Language::apply(QStringLiteral("en"))); }
    void pages_data();
    void pages();
    void floorPlanHasLegendAndScaleBar();

private:
    QTemporaryDir mDir;
};

void TestReportLayout::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
        QSKIP("pdftotext and pdfinfo (poppler-utils) are not installed");
    QVERIFY(mDir.isValid());
}

void TestReportLayout::pages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("pageWord");
    QTest::addColumn<QStringList>("wholeWords");
    QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("Page")
                             << QStringList { QStringLiteral("Headroom"), QStringLiteral("Expected"),
                                    QStringLiteral("Generator") };
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("Seite")
                            << QStringList { QStringLiteral("Ungünstigster"), QStringLiteral("Nennleistung"),
                                   QStringLiteral(
                                       "Netzersatzanlage") };  // "Schlimmster" is "Ungünstigster" now (glossary)
}

void TestReportLayout::pages()
{
    QFETCH(QString, language);
    QFETCH(QString, pageWord);
    QFETCH(QStringList, wholeWords);
    QVERIFY(Language::apply(language));
    Plan plan;
    buildDemoPlan(plan);
    ReviewReport report(plan, QString(), {}, Review {});
    report.setFloorPlans(renderFloorPlans(plan));
    const QString pdf = mDir.filePath(QStringLiteral("demo-%1.pdf").arg(language));
    QString error;
    QVERIFY2(report.writePdf(pdf, &error), qPrintable(error));

    // The headings, as the document has them.
    QTextDocument document;
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    report.layOut(&document, &writer);
    QStringList headings;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0)
            headings << block.text().simplified();
        // No line of any block ends inside a word.
        const QTextLayout *lines = block.layout();
        for (int n = 1; lines && n < lines->lineCount(); ++n) {
            const int at = lines->lineAt(n).textStart();
            const QString text = block.text();
            QVERIFY2(!(at > 0 && at < text.size() && isLetter(text.at(at - 1)) && isLetter(text.at(at))),
                qPrintable(QStringLiteral("\"%1\" broken at %2").arg(text, QString::number(at))));
        }
    }
    QVERIFY(headings.size() >= 8);

    const int pages = pageCount(pdf);
    QVERIFY(pages >= 5);
    QString all;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pageText(pdf, page);
        all += text;
        QStringList lines;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                lines << line.simplified();
        }
        QVERIFY(!lines.isEmpty());
        // The page number at the foot, then the last line of content: never a heading.
        QVERIFY2(lines.last().contains(QStringLiteral("%1 %2").arg(pageWord).arg(page)), qPrintable(lines.last()));
        lines.removeLast();
        if (lines.isEmpty())
            continue;
        for (const QString &heading : headings) {
            QVERIFY2(!(lines.last().size() >= 6 && heading.endsWith(lines.last())),
                qPrintable(QStringLiteral("page %1 ends with the heading \"%2\"").arg(page).arg(heading)));
        }
    }
    // Column headers and names are whole (pdftotext keeps the lines of a cell apart).
    for (const QString &word : wholeWords)
        QVERIFY2(all.contains(word), qPrintable(QStringLiteral("\"%1\" is broken or missing").arg(word)));
    // A long table's header comes again on each page: the power budget (the first word is in its header
    // only) runs over several pages.
    QVERIFY2(all.count(wholeWords.first()) >= 3, qPrintable(QString::number(all.count(wholeWords.first()))));
}

void TestReportLayout::floorPlanHasLegendAndScaleBar()
{
    Plan plan;
    buildDemoPlan(plan);
    const std::vector<ReportImage> images = renderFloorPlans(plan, 2000);
    QCOMPARE(images.size(), std::size_t(1));
    const QImage &image = images.front().image;
    FloorPlanScene scene(plan);
    scene.setHall(plan.all<Hall>().begin()->first);
    const QRectF source = scene.itemsBoundingRect().adjusted(-0.5, -0.5, 0.5, 0.5);
    const int planHeight = int(2000 * source.height() / source.width());
    QVERIFY2(image.height() >= planHeight + int(2000 * FloorPlanImage::kLegendShare) - 2,
        qPrintable(QStringLiteral("%1 x %2").arg(image.width()).arg(image.height())));
    const QImage legend = image.copy(0, planHeight + 2, image.width(), image.height() - planHeight - 2);

    // Every colour the legend explains is in the strip under the drawing.
    std::vector<LegendEntry> entries = scene.legend();
    for (const LegendEntry &e : scene.symbolLegend())
        entries.push_back(e);
    for (const LegendEntry &e : entries) {
        bool found = false;
        for (int y = 0; y < legend.height() && !found; ++y) {
            for (int x = 0; x < legend.width() && !found; ++x)
                found = legend.pixelColor(x, y).rgb() == e.colour.rgb();
        }
        QVERIFY2(found, qPrintable(e.text));
    }
    // The scale bar: its outline runs black over the chosen length, at the drawing's scale.
    const double pixelsPerMetre = std::min(2000 / source.width(), planHeight / source.height());
    const double barM = FloorPlanImage::scaleBarMetres(2000 * 0.25 / pixelsPerMetre);
    QVERIFY(barM >= 1);
    int longestBlackRun = 0;
    for (int y = 0; y < legend.height(); ++y) {
        int run = 0;
        for (int x = 0; x < legend.width(); ++x) {
            run = qGray(legend.pixel(x, y)) < 40 ? run + 1 : 0;
            longestBlackRun = std::max(longestBlackRun, run);
        }
    }
    QVERIFY2(std::abs(longestBlackRun - barM * pixelsPerMetre) <= 6,
        qPrintable(
            QStringLiteral("%1 px black for %2 m at %3 px/m").arg(longestBlackRun).arg(barM).arg(pixelsPerMetre)));
    QCOMPARE(FloorPlanImage::scaleBarMetres(7.9), 5.0);
    QCOMPARE(FloorPlanImage::scaleBarMetres(0.7), 0.5);
}

QTEST_MAIN(TestReportLayout)
#include "tst_reportlayout.moc"
