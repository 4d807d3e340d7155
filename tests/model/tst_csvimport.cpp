// SPDX-License-Identifier: GPL-3.0-or-later
// CSV bulk import of racks and devices: the parser's refusals line by line, the German form, hostile files,
// and the import as one undo step.
#include "editfixture.h"

#include "commands/csvimportedits.h"
#include "exchange/csvimport.h"
#include "i18n/language.h"

#include <QtTest>

using namespace rw;
using namespace rwtest;

namespace {

CsvImportFile parse(const char *text)
{
    return CsvImport::parse(QByteArray(text));
}

QString errorList(const std::vector<CsvLineError> &errors)
{
    QStringList lines;
    for (const CsvLineError &e : errors)
        lines << e.message();
    return lines.join(QLatin1Char('\n'));
}

const Rack *rackNamed(const Plan &plan, const QString &name)
{
    for (const auto &[id, rack] : plan.all<Rack>()) {
        if (rack.name == name)
            return &rack;
    }
    return nullptr;
}

}  // namespace

class TestCsvImport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { Language::apply(QStringLiteral("en")); }

    void validEnglishFile()
    {
        EditFixture f;
        const CsvImportFile sheet = parse("rack,row,x (m),y (m),facing,width (mm),depth (mm),height (U),"
                                          "power budget (kW),cooling,zone,device type,position (U),label\n"
                                          "C1,R2,5,6,south,800,1200,48,40.5,liquid,Z1,,,\n"
                                          "C1,,,,,,,,,,,test-server-2u,1,srv1\n"
                                          "C1,,,,,,,,,,,test-server-2u,3,\"srv \"\"two\"\"\"\n"
                                          "\n"
                                          ",,,,,,,,,,,,,\n"
                                          "B,R1,,,,,,,,,,test-switch-1u,48,tor-b\n");
        QVERIFY2(sheet.ok(), qPrintable(errorList(sheet.errors)));
        QCOMPARE(sheet.separator, QLatin1Char(','));
        QCOMPARE(sheet.records.size(), std::size_t(4));
        const CsvImportPreview preview = CsvImportEdits::preview(f.plan, sheet);
        QVERIFY2(preview.ok(), qPrintable(errorList(preview.errors)));
        QCOMPARE(preview.racks, 1);
        QCOMPARE(preview.rows, 1);
        QCOMPARE(preview.devices, 3);
        QCOMPARE(planDifference(f.plan, f.before), QString());  // the preview leaves the plan alone

        QCOMPARE(f.oneUndoableStep(CsvImportEdits::apply(f.editor, sheet)), QString());
        QCOMPARE(f.stack.text(0), QStringLiteral("Import 4 lines from CSV"));
        const Rack *rack = rackNamed(f.plan, QStringLiteral("C1"));
        QVERIFY(rack);
        QCOMPARE(rack->xM, 5.0);
        QCOMPARE(rack->facing, Facing::South);
        QCOMPARE(rack->widthMm, 800.0);
        QCOMPARE(rack->maxPowerKw, 40.5);
        QCOMPARE(rack->cooling, RackCooling::Liquid);
        QCOMPARE(rack->zone, QStringLiteral("Z1"));
        QCOMPARE(f.plan.find<Row>(rack->rowId)->name, QStringLiteral("R2"));
        const auto devices = f.plan.devicesInRack(rack->id);
        QCOMPARE(devices.size(), std::size_t(2));
        QCOMPARE(devices[1]->label, QStringLiteral("srv \"two\""));
        QCOMPARE(
            f.plan.devicesInRack(rackNamed(f.plan, QStringLiteral("B"))->id).back()->label, QStringLiteral("tor-b"));
    }

    void germanFile()
    {
        EditFixture f;
        // What German Excel writes: a byte order mark, semicolons, decimal commas, CRLF, German headers.
        const CsvImportFile sheet = CsvImport::parse(
            QByteArray("\xef\xbb\xbfHalle;Reihe;Rack;x (m);y (m);Ausrichtung;K\xc3\xbchlung;Leistungsbudget (kW);"
                       "Ger\xc3\xa4tetyp;Position (HE);Beschriftung\r\n"
                       "Hall T;R9;D1;7,5;3,25;S\xc3\xbc"
                       "d;Fl\xc3\xbcssig;12,5;test-server-2u;5;K\xc3\xbchler\r\n"
                       "Hall T;R9;D2;8;3,25;west;luft;;;;\r\n"));
        QVERIFY2(sheet.ok(), qPrintable(errorList(sheet.errors)));
        QVERIFY(sheet.decimalComma);
        QCOMPARE(f.oneUndoableStep(CsvImportEdits::apply(f.editor, sheet)), QString());
        const Rack *d1 = rackNamed(f.plan, QStringLiteral("D1"));
        QVERIFY(d1);
        QCOMPARE(d1->xM, 7.5);
        QCOMPARE(d1->yM, 3.25);
        QCOMPARE(d1->facing, Facing::South);
        QCOMPARE(d1->cooling, RackCooling::Liquid);
        QCOMPARE(d1->maxPowerKw, 12.5);
        QCOMPARE(f.plan.devicesInRack(d1->id).front()->label, QStringLiteral("K\u00fchler"));
        QCOMPARE(rackNamed(f.plan, QStringLiteral("D2"))->facing, Facing::West);
        QCOMPARE(rackNamed(f.plan, QStringLiteral("D2"))->rowId, d1->rowId);
    }

    void fileErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown column") << QByteArray("rack,colour\n")
                                        << "Line 1, column \"colour\": is not a known column.";
        QTest::newRow("column twice") << QByteArray("rack,x (m),X (M)\n")
                                      << "Line 1, column \"X (M)\": is named twice.";
        QTest::newRow("no rack column") << QByteArray("x (m),y (m)\n1,2\n") << "Line 1: the header has no rack column.";
        QTest::newRow("empty") << QByteArray("\n\n")
                               << "The file cannot be imported: the file is empty: it needs a "
                                  "header line and a line per rack or device.";
        QTest::newRow("not a number") << QByteArray("rack,x (m),y (m)\nA1,one,2\n")
                                      << "Line 2, column \"x (m)\": \"one\" is not a number.";
        QTest::newRow("decimal comma in comma file") << QByteArray("rack,x (m),y (m)\nA1,\"1,5\",2\n")
                                                     << "Line 2, column \"x (m)\": \"1,5\" is not a number in a file "
                                                        "separated by commas: write the decimal point (1.5), and no "
                                                        "thousands separators.";
        QTest::newRow("decimal point in semicolon file")
            << QByteArray("rack;x (m);y (m)\nA1;1.500;2\n")
            << "Line 2, column \"x (m)\": \"1.500\" is not a number in a file separated by semicolons: write the "
               "decimal comma (1,5), and no thousands separators.";
        QTest::newRow("out of range") << QByteArray("rack,x (m),y (m),height (U)\nA1,1,2,61\n")
                                      << "Line 2, column \"height (U)\": must be between 1 and 60.";
        QTest::newRow("fraction of a unit") << QByteArray("rack,x (m),y (m),height (U)\nA1,1,2,42.5\n")
                                            << "Line 2, column \"height (U)\": must be a whole number.";
        QTest::newRow("unknown choice") << QByteArray("rack,x (m),y (m),facing\nA1,1,2,up\n")
                                        << "Line 2, column \"facing\": \"up\" is not one of north, east, south, west.";
        QTest::newRow("empty rack") << QByteArray("rack,x (m),y (m)\n,1,2\n")
                                    << "Line 2, column \"rack\": is empty: every line names its rack.";
        QTest::newRow("x without y") << QByteArray("rack,x (m),y (m)\nA1,1,\n")
                                     << "Line 2, column \"x (m)\": x is given without y: a rack is placed by both.";
        QTest::newRow("rack value without place")
            << QByteArray("rack,width (mm),device type,position (U)\nA1,800,t,1\n")
            << "Line 2, column \"width (mm)\": rack values are taken only on a line that places the rack (with x "
               "and y).";
        QTest::newRow("position without type") << QByteArray("rack,position (U)\nA1,3\n")
                                               << "Line 2, column \"position (U)\": is given without a device type.";
        QTest::newRow("type without position") << QByteArray("rack,device type,position (U)\nA1,t,\n")
                                               << "Line 2, column \"position (U)\": a device needs its position: the "
                                                  "lowest rack unit it occupies.";
        QTest::newRow("nothing to do") << QByteArray("rack,zone\nA1,\n")
                                       << "Line 2: places no rack (x and y) and mounts no device (device type).";
        QTest::newRow("too many cells") << QByteArray("rack,x (m)\nA1,1,2\n")
                                        << "Line 2: 3 cells, but the header names 2 columns.";
        QTest::newRow("open quote") << QByteArray("rack,x (m),y (m)\n\"A1,1,2\n")
                                    << "Line 2: a quoted cell is not closed on this line (cells cannot span lines).";
        QTest::newRow("stray quote") << QByteArray("rack,x (m),y (m)\nA\"1,1,2\n")
                                     << "Line 2: a quote inside an unquoted cell; quote the whole cell and double "
                                        "the quote.";
        QTest::newRow("text after quote")
            << QByteArray("rack,x (m),y (m)\n\"A1\"x,1,2\n") << "Line 2: text follows a quoted cell's closing quote.";
        QTest::newRow("not UTF-8") << QByteArray("rack,x (m),y (m)\nK\xfchler,1,2\n")
                                   << "Line 2: the line is not UTF-8 text; save the spreadsheet as \"CSV UTF-8\".";
        QTest::newRow("name too long") << (QByteArray("rack,x (m),y (m)\n") + QByteArray(201, 'n') + ",1,2\n")
                                       << "Line 2, column \"rack\": is longer than 200 characters.";
    }

    void fileErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        const CsvImportFile sheet = CsvImport::parse(text);
        QVERIFY(!sheet.ok());
        QCOMPARE(sheet.errors.front().message(), message);
        QVERIFY(sheet.records.empty());
        EditFixture f;
        QCOMPARE(f.refusedWithoutChange(CsvImportEdits::apply(f.editor, sheet)), QString());
    }

    void planErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("rack exists") << QByteArray("rack,x (m),y (m)\nA,1,2\n")
                                     << "Line 2, column \"rack\": a rack named A stands in hall Hall T already.";
        QTest::newRow("placed twice differently") << QByteArray("rack,x (m),y (m)\nN,1,2\nN,1,3\n")
                                                  << "Line 3, column \"rack\": the rack's values differ from line "
                                                     "2, which places it.";
        QTest::newRow("unknown rack") << QByteArray("rack,device type,position (U)\nZZ,test-server-2u,1\n")
                                      << "Line 2, column \"rack\": no rack named ZZ stands in hall Hall T; give x "
                                         "and y to place it.";
        QTest::newRow("unknown hall") << QByteArray("hall,rack,x (m),y (m)\nHall 9,N,1,2\n")
                                      << "Line 2, column \"hall\": no hall is named Hall 9.";
        QTest::newRow("unknown type") << QByteArray("rack,device type,position (U)\nA,no-such-type,20\n")
                                      << "Line 2, column \"device type\": the device type no-such-type is in "
                                         "neither the plan nor the catalogue.";
        QTest::newRow("wrong row") << QByteArray("rack,row,device type,position (U)\nA,R7,test-server-2u,20\n")
                                   << "Line 2, column \"row\": rack A does not stand in row R7.";
        QTest::newRow("slot taken") << QByteArray("rack,device type,position (U)\nA,test-server-2u,2\n")
                                    << "Line 2, column \"position (U)\": ";
    }

    void planErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        EditFixture f;
        const CsvImportFile sheet = CsvImport::parse(text);
        QVERIFY2(sheet.ok(), qPrintable(errorList(sheet.errors)));
        const CsvImportPreview preview = CsvImportEdits::preview(f.plan, sheet);
        QVERIFY(!preview.ok());
        QVERIFY2(preview.errors.front().message().startsWith(message), qPrintable(preview.errors.front().message()));
        QVERIFY(!preview.errors.front().message().contains(QLatin1Char('\n')));
        QCOMPARE(preview.lines.back().error, preview.errors.back().message());
        QCOMPARE(f.refusedWithoutChange(CsvImportEdits::apply(f.editor, sheet)), QString());
    }

    void previewListsEveryLine()
    {
        EditFixture f;
        const CsvImportFile sheet = parse("rack,x (m),y (m),device type,position (U)\n"
                                          "N1,5,5,test-server-2u,1\n"
                                          "N1,5,5,test-server-2u,1\n"  // the same slot again: refused
                                          "N2,x,5,,\n"  // refused by the parser
                                          "N1,5,5,test-server-2u,3\n");
        const CsvImportPreview preview = CsvImportEdits::preview(f.plan, sheet);
        QCOMPARE(preview.lines.size(), std::size_t(4));
        QCOMPARE(preview.lines[0].error, QString());
        QVERIFY(preview.lines[0].addsRack);
        QVERIFY(!preview.lines[1].error.isEmpty());
        QCOMPARE(preview.lines[2].line, 4);
        QVERIFY(!preview.lines[2].error.isEmpty());
        QCOMPARE(preview.lines[3].error, QString());
        QCOMPARE(preview.errors.size(), std::size_t(2));
        QCOMPARE(preview.devices, 2);
    }

    void hostileFile()
    {
        // Formula cells, control characters, a huge line, and a huge file of them: refused, no crash.
        const CsvImportFile formulas = parse("rack,x (m),y (m),zone,label,device type,position (U)\n"
                                             "=HYPERLINK(1),1,2,,,,\n"
                                             "N,1,2,+cmd,,,\n"
                                             "N,1,2,,@SUM(A1),test-server-2u,1\n"
                                             "N,1,2,,-1+1,test-server-2u,1\n"
                                             "N,=1+1,2,,,,\n");
        QCOMPARE(formulas.errors.size(), std::size_t(5));
        QVERIFY(formulas.errors[0].reason.contains(QStringLiteral("formula")));
        QCOMPARE(formulas.errors[1].column, QStringLiteral("zone"));
        QCOMPARE(formulas.errors[2].column, QStringLiteral("label"));
        QCOMPARE(formulas.errors[3].column, QStringLiteral("label"));
        QCOMPARE(formulas.errors[4].message(), QStringLiteral("Line 6, column \"x (m)\": \"=1+1\" is not a number."));

        const CsvImportFile control = CsvImport::parse(QByteArray("rack,x (m),y (m)\nA\x1b[31m,1,2\nB\tC,1,2\n"));
        QCOMPARE(control.errors.size(), std::size_t(2));
        QCOMPARE(control.errors[0].message(),
            QStringLiteral("Line 2, column \"rack\": contains the control character \\x1b."));
        QCOMPARE(control.errors[1].message(),
            QStringLiteral("Line 3, column \"rack\": contains the control character \\t."));

        QByteArray huge("rack,x (m),y (m)\n");
        huge += QByteArray(5 * 1024 * 1024, 'A') + ",1,2\n";
        huge += "N,1,2\n";
        const CsvImportFile longLine = CsvImport::parse(huge);
        QCOMPARE(longLine.errors.size(), std::size_t(1));
        QCOMPARE(longLine.errors[0].message(), QStringLiteral("Line 2: the line is longer than 10,000 characters."));
        QCOMPARE(longLine.records.size(), std::size_t(1));

        QByteArray tooBig(CsvImport::kMaxBytes + 1, '\n');
        QCOMPARE(CsvImport::parse(tooBig).errors.front().message(),
            QStringLiteral("The file cannot be imported: the file is larger than 64 MiB."));

        QByteArray manyErrors("rack,x (m),y (m)\n");
        for (int i = 0; i < 3000; ++i)
            manyErrors += "=x,1,2\n";
        const CsvImportFile many = CsvImport::parse(manyErrors);
        QCOMPARE(qsizetype(many.errors.size()), CsvImport::kMaxErrors);
        QCOMPARE(many.unlistedErrors, 3000 - CsvImport::kMaxErrors);
        // A cell's text is echoed on one line, whatever it holds.
        for (const CsvLineError &e : control.errors)
            QVERIFY(!e.message().contains(QLatin1Char('\x1b')));
    }

    void undoRestoresThePlan()
    {
        EditFixture f;
        QByteArray text("rack,row,x (m),y (m),device type,position (U)\n");
        for (int i = 0; i < 20; ++i)
            text += QStringLiteral("Q%1,RQ,%2,8,test-server-2u,1\n").arg(i).arg(1 + i * 0.6).toUtf8();
        const CsvImportFile sheet = CsvImport::parse(text);
        QVERIFY2(sheet.ok(), qPrintable(errorList(sheet.errors)));
        QCOMPARE(f.oneUndoableStep(CsvImportEdits::apply(f.editor, sheet)), QString());
        QCOMPARE(f.plan.all<Rack>().size(), f.before.all<Rack>().size() + 20);
        f.stack.undo();
        QCOMPARE(planDifference(f.plan, f.before), QString());
    }

    void germanMessages()
    {
        Language::apply(QStringLiteral("de"));
        const CsvImportFile sheet = parse("Rack;x (m);y (m)\nA1;eins;2\n");
        const QString message = sheet.errors.front().message();
        Language::apply(QStringLiteral("en"));
        QCOMPARE(message, QStringLiteral("Zeile 2, Spalte \u201ex (m)\u201c: \u201eeins\u201c ist keine Zahl."));
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
