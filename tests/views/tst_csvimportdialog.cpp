// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV import preview: every line shown, refused lines highlighted with their reason, Import only for a
// file without refusals.
#include "../common/testplans.h"

#include "dialogs/csvimportdialog.h"
#include "i18n/language.h"

#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace rw;

class TestCsvImportDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { Language::apply(QStringLiteral("en")); }

    void refusedLinesAreHighlighted()
    {
        Plan plan;
        rwtest::buildSmallPlan(plan);
        const CsvImportFile sheet = CsvImport::parse("rack,x (m),y (m),device type,position (U)\n"
                                                     "N1,5,5,test-server-2u,1\n"
                                                     "A,1,1,,\n");
        CsvImportDialog dialog(CsvImportEdits::preview(plan, sheet), QStringLiteral("racks.csv"));
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Add rack and mount device"));
        QCOMPARE(table->item(0, 7)->text(), QString());
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("Refused"));
        QVERIFY(table->item(1, 7)->text().contains(QStringLiteral("a rack named A stands in hall Hall T already")));
        QCOMPARE(table->item(1, 0)->background().color(), QColor(255, 220, 220));
        QVERIFY(table->item(0, 0)->background().style() == Qt::NoBrush);
        QVERIFY(!dialog.importButton()->isEnabled());
        QVERIFY(dialog.summary().contains(QStringLiteral("1 line is refused")));
    }

    void cleanFileCanBeImported()
    {
        Plan plan;
        rwtest::buildSmallPlan(plan);
        const CsvImportFile sheet = CsvImport::parse("rack,x (m),y (m)\nN1,5,5\nN2,6,5\n");
        CsvImportDialog dialog(CsvImportEdits::preview(plan, sheet), QStringLiteral("racks.csv"));
        QVERIFY(dialog.importButton()->isEnabled());
        QVERIFY2(dialog.summary().contains(QStringLiteral("adds 2 racks, 0 rows and 0 devices")),
            qPrintable(dialog.summary()));
    }
};

QTEST_MAIN(TestCsvImportDialog)
#include "tst_csvimportdialog.moc"
