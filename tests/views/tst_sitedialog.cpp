// SPDX-License-Identifier: GPL-3.0-or-later
// The site dialog declares a value or leaves it "not declared", and clears a declaration again.

#include "commands/planeditor.h"
#include "dialogs/numberfield.h"
#include "dialogs/sitedialog.h"
#include "i18n/language.h"
#include "plan/planfiller.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QUndoStack>
#include <QtTest>

using namespace rw;

class TestSiteDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void newSiteDeclaresNothing();
    void declareAndClear();
    void clearedDeclarationIsOneUndoStep();
    void readOnlyCannotDeclare();
};

namespace {

QCheckBox *declared(const SiteDialog &dialog, const char *field)
{
    return dialog.findChild<QCheckBox *>(QLatin1String(field) + QStringLiteral("Declared"));
}

}  // namespace

void TestSiteDialog::initTestCase()
{
    QVERIFY(Language::apply(QStringLiteral("en")));
}

void TestSiteDialog::newSiteDeclaresNothing()
{
    Site site;
    site.name = QStringLiteral("New site");
    SiteDialog dialog(site, false);
    for (const char *field : { "operatorRole", "connectedPowerKw", "publicOwnership", "startOfOperation",
             "declaredAvailabilityClass", "renewableShare", "plannedHeatReuseShare", "pueTarget", "wueLitrePerKWh" }) {
        QCheckBox *box = declared(dialog, field);
        QVERIFY2(box, field);
        QVERIFY2(!box->isChecked(), field);
        auto *editor = dialog.findChild<QWidget *>(QLatin1String(field));
        QVERIFY2(editor && !editor->isEnabled(), field);
    }
    // Not a pre-filled 1.20 or class 3: the editors say so.
    for (const char *field : { "pueTarget", "declaredAvailabilityClass" }) {
        QLineEdit *edit = dialog.findChild<NumberField *>(QLatin1String(field))->lineEdit();
        QVERIFY2(edit->text().isEmpty(), field);
        QCOMPARE(edit->placeholderText(), QStringLiteral("not declared"));
    }
    QCOMPARE(dialog.findChild<QDateEdit *>(QStringLiteral("startOfOperation"))->text(), QStringLiteral("not declared"));
    // A role nobody chose shows none, not a greyed first entry.
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("operatorRole"))->currentIndex(), -1);
    // Design figures that are no declarations keep their editors.
    QVERIFY(!declared(dialog, "designOutdoorTempC"));
    QVERIFY(dialog.site() == site);

    // RW_SCREENSHOT_DIR: the dialog of a new plan, in English and German, with one value declared.
    if (!qEnvironmentVariableIsEmpty("RW_SCREENSHOT_DIR")) {
        for (const char *language : { "en", "de" }) {
            QVERIFY(Language::apply(QLatin1String(language)));
            Site some = site;
            some.pueTarget = 1.25;
            SiteDialog shown(some, false);
            shown.show();
            QVERIFY(QTest::qWaitForWindowExposed(&shown));
            shown.grab().save(QDir(qEnvironmentVariable("RW_SCREENSHOT_DIR"))
                                  .filePath(QStringLiteral("site-dialog-%1.png").arg(QLatin1String(language))));
        }
        QVERIFY(Language::apply(QStringLiteral("en")));
    }
}

void TestSiteDialog::declareAndClear()
{
    Site site;
    site.pueTarget = 1.3;
    SiteDialog dialog(site, false);
    QVERIFY(declared(dialog, "pueTarget")->isChecked());
    auto *pue = dialog.findChild<NumberField *>(QStringLiteral("pueTarget"));
    QVERIFY(pue->isEnabled());
    QCOMPARE(pue->value(), 1.3);

    // Declare a class and a renewable share of 0 (a declaration, not "none").
    declared(dialog, "declaredAvailabilityClass")->setChecked(true);
    auto *cls = dialog.findChild<NumberField *>(QStringLiteral("declaredAvailabilityClass"));
    QVERIFY(cls->isEnabled());
    cls->setValue(2);
    declared(dialog, "renewableShare")->setChecked(true);
    dialog.findChild<NumberField *>(QStringLiteral("renewableShare"))->setValue(0.0);
    // Clear the PUE target back to "not declared".
    declared(dialog, "pueTarget")->setChecked(false);
    QVERIFY(!pue->isEnabled());
    QVERIFY(pue->lineEdit()->text().isEmpty());
    QCOMPARE(pue->lineEdit()->placeholderText(), QStringLiteral("not declared"));

    const Site edited = dialog.site();
    QCOMPARE(edited.declaredAvailabilityClass, std::optional<int>(2));
    QCOMPARE(edited.renewableShare, std::optional<double>(0.0));
    QVERIFY(!edited.pueTarget);
    QVERIFY(!edited.wueLitrePerKWh);

    // What the law's scope needs (issue 19): the role, the site's size and a declared "not public".
    declared(dialog, "operatorRole")->setChecked(true);
    auto *role = dialog.findChild<QComboBox *>(QStringLiteral("operatorRole"));
    role->setCurrentIndex(role->findData(QStringLiteral("colocation-operator")));
    declared(dialog, "connectedPowerKw")->setChecked(true);
    dialog.findChild<NumberField *>(QStringLiteral("connectedPowerKw"))->setValue(950);
    declared(dialog, "publicOwnership")->setChecked(true);
    QCOMPARE(dialog.site().operatorRole, std::optional<OperatorRole>(OperatorRole::ColocationOperator));
    QCOMPARE(dialog.site().connectedPowerKw, std::optional<double>(950));
    QCOMPARE(dialog.site().publicOwnership, std::optional<bool>(false));

    // A start of operation ticked is a date; unticked again it is none.
    declared(dialog, "startOfOperation")->setChecked(true);
    QVERIFY(dialog.site().startOfOperation.isValid());
    declared(dialog, "startOfOperation")->setChecked(false);
    QVERIFY(!dialog.site().startOfOperation.isValid());
}

void TestSiteDialog::clearedDeclarationIsOneUndoStep()
{
    Plan plan;
    Site site;
    site.pueTarget = 1.2;
    site.declaredAvailabilityClass = 3;
    PlanFiller(plan).setSite(site);
    QUndoStack stack;
    PlanEditor editor(plan, stack);

    SiteDialog dialog(plan.site(), false);
    declared(dialog, "pueTarget")->setChecked(false);
    declared(dialog, "declaredAvailabilityClass")->setChecked(false);
    QVERIFY(editor.setSite(dialog.site()).ok);
    QCOMPARE(stack.count(), 1);
    QVERIFY(!plan.site().pueTarget);
    QVERIFY(!plan.site().declaredAvailabilityClass);
    stack.undo();
    QVERIFY(plan.site() == site);
}

void TestSiteDialog::readOnlyCannotDeclare()
{
    Site site;
    site.pueTarget = 1.3;
    SiteDialog dialog(site, true);
    QVERIFY(!declared(dialog, "pueTarget")->isEnabled());
    QVERIFY(!declared(dialog, "renewableShare")->isEnabled());
    QVERIFY(dialog.site() == site);
}

QTEST_MAIN(TestSiteDialog)
#include "tst_sitedialog.moc"
