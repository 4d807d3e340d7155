// SPDX-License-Identifier: GPL-3.0-or-later
// Edits that say no: a value outside its field's range (from the field table) is refused with a
// translated message next to the field and in the status bar, stays as typed and red until it is fixed
// or Escape takes it back; it is never corrected (-3 m does not become 3 m, 0.5 m does not fall back to
// the old value). The same in the dialogs built from the field table, whose OK refuses such input.
#include "dialogs/numberfield.h"
#include "dialogs/powernodedialog.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanview.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "panels/propertypanel.h"
#include "plan/entitytraits.h"
#include "plan/planfiller.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QtTest>

using namespace rw;

namespace {

Id openHall(MainWindow &window)
{
    Plan plan;
    Hall hall;
    hall.id = plan.allocateId();
    hall.name = QStringLiteral("Test hall");
    hall.widthM = 30;
    hall.depthM = 24;
    PlanFiller(plan).insert(hall);
    window.undoStack().clear();
    window.plan().assign(plan);
    return hall.id;
}

NumberField *hallField(MainWindow &window, const QString &name)
{
    return window.propertyPanel()->findChild<NumberField *>(name);
}

void typeAndEnter(NumberField *field, const QString &text)
{
    QLineEdit *edit = field->lineEdit();
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

template <class T> const FieldDef<T> &fieldNamed(const QString &name)
{
    for (const FieldDef<T> &f : EntityTraits<T>::fields()) {
        if (f.name == name)
            return f;
    }
    qFatal("no field %s", qPrintable(name));
}

}  // namespace

class TestNumberField : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(Language::apply(QStringLiteral("en"))); }
    void propertyPanelRefusesOutOfRange();
    void wholeNumbersAndText();
    void germanNumbersAndMessages();
    void dialogRefusesOutOfRange();
    void screenshots();
};

void TestNumberField::propertyPanelRefusesOutOfRange()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const Id hallId = openHall(window);
    NumberField *width = nullptr;
    QTRY_VERIFY((width = hallField(window, QStringLiteral("widthM"))));
    QCOMPARE(width->lineEdit()->text(), QStringLiteral("30"));
    const double min = fieldNamed<Hall>(QStringLiteral("widthM")).min;  // the field table's range
    QCOMPARE(min, 1.0);

    // -3 m: refused, not turned into 3 m; the reason next to the field and in the status bar.
    typeAndEnter(width, QStringLiteral("-3"));
    QCOMPARE(window.plan().find<Hall>(hallId)->widthM, 30.0);
    QCOMPARE(width->lineEdit()->text(), QStringLiteral("-3"));
    QCOMPARE(width->shownProblem(), QStringLiteral("Width must be between 1 m and 1,000 m."));
    QCOMPARE(window.statusBar()->currentMessage(), width->shownProblem());
    QVERIFY(width->lineEdit()->styleSheet().contains(QLatin1String("color")));
    QCOMPARE(window.undoStack().count(), 0);

    // 0.5 m: refused too, and it stays as typed (it does not fall back to 30 m) while the plan changes.
    typeAndEnter(width, QStringLiteral("0.5"));
    QCOMPARE(width->lineEdit()->text(), QStringLiteral("0.5"));
    QVERIFY(!width->shownProblem().isEmpty());
    window.floorPlanView()->setFocus();  // leaving the field does not take the value either
    QCOMPARE(width->lineEdit()->text(), QStringLiteral("0.5"));
    QCOMPARE(window.plan().find<Hall>(hallId)->widthM, 30.0);
    Hall renamed = *window.plan().find<Hall>(hallId);
    renamed.name = QStringLiteral("Renamed");
    QVERIFY(window.editor().update(renamed).ok);
    QTest::qWait(50);
    QCOMPARE(hallField(window, QStringLiteral("widthM")), width);  // not rebuilt away
    QCOMPARE(width->lineEdit()->text(), QStringLiteral("0.5"));

    // Fixing the text takes the mark away as it is typed; Escape brings back the value the hall has.
    width->lineEdit()->setFocus();
    width->lineEdit()->selectAll();
    QTest::keyClicks(width->lineEdit(), QStringLiteral("2"));
    QVERIFY(width->shownProblem().isEmpty());
    QTest::keyClicks(width->lineEdit(), QStringLiteral("-"));
    QTest::keyClick(width->lineEdit(), Qt::Key_Return);
    QVERIFY(!width->shownProblem().isEmpty());
    QTest::keyClick(width->lineEdit(), Qt::Key_Escape);
    QCOMPARE(width->lineEdit()->text(), QStringLiteral("30"));
    QVERIFY(width->shownProblem().isEmpty());
    QVERIFY(width->lineEdit()->styleSheet().isEmpty());

    // A value in range is taken, as one undo step.
    const int steps = window.undoStack().count();
    typeAndEnter(width, QStringLiteral("25.5"));
    QCOMPARE(window.plan().find<Hall>(hallId)->widthM, 25.5);
    QCOMPARE(window.undoStack().count(), steps + 1);
}

void TestNumberField::wholeNumbersAndText()
{
    NumberField field(QStringLiteral("Height"), QStringLiteral("U"), 1, 60, true);
    field.setValue(42);
    QCOMPARE(field.lineEdit()->text(), QStringLiteral("42"));
    QSignalSpy edited(&field, &NumberField::valueEdited);
    QSignalSpy refused(&field, &NumberField::refused);
    typeAndEnter(&field, QStringLiteral("42.5"));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(refused.first().first().toString(), QStringLiteral("Height must be a whole number."));
    typeAndEnter(&field, QStringLiteral("forty"));
    QCOMPARE(refused.last().first().toString(), QStringLiteral("Height: \"forty\" is not a number."));
    typeAndEnter(&field, QStringLiteral("61"));
    QCOMPARE(refused.last().first().toString(), QStringLiteral("Height must be between 1 U and 60 U."));
    QVERIFY(edited.isEmpty());
    QCOMPARE(field.value(), 42.0);
    typeAndEnter(&field, QStringLiteral("44 U"));  // typed with its unit
    QCOMPARE(edited.count(), 1);
    QCOMPARE(field.value(), 44.0);

    // A value only shown rounded is not changed by confirming it untouched.
    NumberField share(QStringLiteral("Share"), QString(), 0, 1, false);
    share.setValue(1.0 / 3.0);
    QSignalSpy shareEdited(&share, &NumberField::valueEdited);
    share.lineEdit()->setFocus();
    QTest::keyClick(share.lineEdit(), Qt::Key_Return);
    QVERIFY(shareEdited.isEmpty());
    QCOMPARE(share.value(), 1.0 / 3.0);
}

void TestNumberField::germanNumbersAndMessages()
{
    QVERIFY(Language::apply(QStringLiteral("de")));
    NumberField field(QStringLiteral("Breite"), QStringLiteral("m"), 1, 1000, false);
    field.setValue(1234.5);
    QCOMPARE(field.lineEdit()->text(), QStringLiteral("1.234,5"));
    QSignalSpy refused(&field, &NumberField::refused);
    typeAndEnter(&field, QStringLiteral("0,5"));
    QCOMPARE(refused.count(), 1);
    QCOMPARE(refused.first().first().toString(), QStringLiteral("Breite muss zwischen 1 m und 1.000 m liegen."));
    typeAndEnter(&field, QStringLiteral("12,5"));
    QCOMPARE(field.value(), 12.5);
    QVERIFY(Language::apply(QStringLiteral("en")));
}

void TestNumberField::dialogRefusesOutOfRange()
{
    PowerNode node;
    node.name = QStringLiteral("UPS 1");
    node.ratingKw = 500;
    PowerNodeDialog dialog(node, false);
    dialog.show();
    auto *rating = dialog.findChild<NumberField *>(QStringLiteral("ratingKw"));
    QVERIFY(rating);
    rating->lineEdit()->selectAll();
    QTest::keyClicks(rating->lineEdit(), QStringLiteral("-5"));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    ok->click();
    QVERIFY2(dialog.isVisible() && dialog.result() != QDialog::Accepted, "OK took an out-of-range rating");
    QCOMPARE(rating->lineEdit()->text(), QStringLiteral("-5"));
    QVERIFY(rating->shownProblem().contains(QLatin1String("between 0")));
    QCOMPARE(dialog.node().ratingKw, 500.0);  // what the dialog hands back was never corrected
    rating->lineEdit()->selectAll();
    QTest::keyClicks(rating->lineEdit(), QStringLiteral("750"));
    ok->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.node().ratingKw, 750.0);
}

/// RW_SCREENSHOT_DIR: the window with a refused hall width (-3 m), in English and German.
void TestNumberField::screenshots()
{
    const QByteArray dir = qgetenv("RW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("RW_SCREENSHOT_DIR is not set");
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("de") }) {
        QVERIFY(Language::apply(language));
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openHall(window);
        NumberField *width = nullptr;
        QTRY_VERIFY((width = hallField(window, QStringLiteral("widthM"))));
        typeAndEnter(width, QStringLiteral("-3"));
        QVERIFY(!width->shownProblem().isEmpty());
        QTest::qWait(200);
        QVERIFY(
            window.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/refused-value-%1.png").arg(language)));
    }
    QVERIFY(Language::apply(QStringLiteral("en")));
}

QTEST_MAIN(TestNumberField)
#include "tst_numberfield.moc"
