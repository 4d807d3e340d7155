// SPDX-License-Identifier: GPL-3.0-or-later
// The Liquid cooling menu and its dialogs: a CDU loop, a facility water system, a heat-rejection stage and racks on
// a loop are created with the starting figures of LiquidDefaults, each as one undo step through LiquidEdits;
// impossible numbers (a negative length, a zero diameter) keep the dialog open with the reason shown; an edit the
// plan refuses says why and brings the dialog back with what was typed.
#include "../common/dialoganswers.h"
#include "../common/liquidplans.h"

#include "analysis/liquiddefaults.h"
#include "commands/liquidedits.h"
#include "commands/planeditor.h"
#include "dialogs/numberfield.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/floorplanview.h"
#include "liquid/attachracksdialog.h"
#include "liquid/coolantloopdialog.h"
#include "liquid/liquidmenu.h"
#include "liquid/loopstagedialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include <functional>

using namespace rw;
using namespace rwtest;

namespace {

/// A window-less floor plan of the liquid test plan with its editor and the menu.
struct MenuFixture {
    Plan plan;
    QUndoStack stack;
    PlanEditor editor { plan, stack };
    FloorPlanScene scene { plan };
    FloorPlanView view { &scene };
    LiquidMenu menu { editor, view, [] { return false; } };

    MenuFixture()
    {
        liquid::buildLiquidRacks(plan);
        plan.reserveIds(100);
        scene.setHall(liquid::kHall);
    }
};

QString shown(QDialog *dialog, const QString &field)
{
    return dialog->findChild<NumberField *>(field)->lineEdit()->text();
}

}  // namespace

class TestLiquidMenu : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void newCduLoopWithDefaultsIsOneUndoStep();
    void impossibleNumbersKeepTheDialogOpen();
    void facilityLoopHasNoCduRows();
    void refusedLoopComesBackAsTyped();
    void newStageTakesAFreeHeatRejectionUnit();
    void selectedRacksGoOnALoop();
    void noCduNoLoop();
};

void TestLiquidMenu::newCduLoopWithDefaultsIsOneUndoStep()
{
    MenuFixture f;
    QString offeredCdu;
    double offeredFlow = 0;
    whenShown<CoolantLoopDialog>([&](CoolantLoopDialog *dialog) {
        offeredCdu = dialog->findChild<QComboBox *>(QStringLiteral("cdu"))->currentText();
        offeredFlow = dialog->loop().pumpRatedFlowLPerMin;
        clickOk(dialog);
    });
    QCOMPARE(f.menu.newLoopAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    f.menu.newLoopAction()->trigger();
    QCOMPARE(offeredCdu, QStringLiteral("CDU 1"));
    QCOMPARE(offeredFlow, 450.0);  // 300 kW at 1.5 L/min per kW, on one pump of two (N+1)
    QCOMPARE(f.plan.all<CoolantLoop>().size(), std::size_t(1));
    const CoolantLoop &loop = f.plan.all<CoolantLoop>().begin()->second;
    QCOMPARE(loop.name, QStringLiteral("TCS CDU 1"));
    QCOMPARE(loop.cduId, liquid::kCdu);
    QCOMPARE(loop.kind, CoolantLoopKind::Technology);
    QCOMPARE(f.stack.count(), 1);
    f.stack.undo();
    QVERIFY(f.plan.all<CoolantLoop>().empty());
}

void TestLiquidMenu::impossibleNumbersKeepTheDialogOpen()
{
    Plan plan;
    liquid::buildLiquidRacks(plan);
    CoolantLoopDialog dialog(plan, LiquidDefaults::technologyLoop(plan));
    dialog.show();
    type(&dialog, QStringLiteral("headerLengthM"), QStringLiteral("-5"));
    clickOk(&dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.findChild<NumberField *>(QStringLiteral("headerLengthM"))->shownProblem().isEmpty());
    QCOMPARE(shown(&dialog, QStringLiteral("headerLengthM")), QStringLiteral("-5"));  // kept as typed
    type(&dialog, QStringLiteral("headerLengthM"), QStringLiteral("25"));
    type(&dialog, QStringLiteral("headerDiameterMm"), QStringLiteral("0"));
    clickOk(&dialog);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.findChild<NumberField *>(QStringLiteral("headerDiameterMm"))->shownProblem().isEmpty());
    type(&dialog, QStringLiteral("headerDiameterMm"), QStringLiteral("150"));
    clickOk(&dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.loop().headerLengthM, 25.0);
    QCOMPARE(dialog.loop().headerDiameterMm, 150.0);

    // The same for a rack's branch pipe.
    AttachRacksDialog attach(plan, { liquid::kRackA }, LiquidDefaults::attachment(plan, { liquid::kRackA }));
    attach.show();
    type(&attach, QStringLiteral("branchDiameterMm"), QStringLiteral("0"));
    clickOk(&attach);
    QVERIFY(attach.isVisible());
    QVERIFY(!attach.findChild<NumberField *>(QStringLiteral("branchDiameterMm"))->shownProblem().isEmpty());
}

void TestLiquidMenu::facilityLoopHasNoCduRows()
{
    Plan plan;
    liquid::buildLiquidRacks(plan);
    CoolantLoopDialog dialog(plan, LiquidDefaults::technologyLoop(plan));
    dialog.show();
    auto *form = dialog.findChild<QFormLayout *>();
    auto *cdu = dialog.findChild<QComboBox *>(QStringLiteral("cdu"));
    QVERIFY(form->isRowVisible(cdu));
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kind"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("facility-water")));
    QVERIFY(!form->isRowVisible(cdu));
    QVERIFY(!form->isRowVisible(dialog.findChild<QWidget *>(QStringLiteral("approachK"))));
    QCOMPARE(dialog.loop().cduId, kNoId);  // not kept from the hidden row
    QCOMPARE(dialog.loop().kind, CoolantLoopKind::FacilityWater);
}

void TestLiquidMenu::refusedLoopComesBackAsTyped()
{
    MenuFixture f;
    QString refusal;
    QString retyped;
    whenShown<CoolantLoopDialog>([&](CoolantLoopDialog *dialog) {
        type(dialog, QStringLiteral("pumpRatedKpa"), QStringLiteral("350"));  // above the shut-off: refused
        whenShown<QMessageBox>([&](QMessageBox *box) {
            refusal = box->text();
            whenShown<CoolantLoopDialog>([&](CoolantLoopDialog *again) {
                retyped = shown(again, QStringLiteral("pumpRatedKpa"));
                again->reject();
            });
            box->accept();
        });
        clickOk(dialog);
    });
    f.menu.newTechnologyLoop();
    QVERIFY2(refusal.contains(QStringLiteral("shut-off")), qPrintable(refusal));
    QCOMPARE(retyped, QStringLiteral("350"));
    QVERIFY(f.plan.all<CoolantLoop>().empty());
    QCOMPARE(f.stack.count(), 0);
}

void TestLiquidMenu::newStageTakesAFreeHeatRejectionUnit()
{
    MenuFixture f;
    whenShown<CoolantLoopDialog>([](CoolantLoopDialog *dialog) { clickOk(dialog); });
    f.menu.newFacilityLoop();
    QCOMPARE(f.plan.all<CoolantLoop>().size(), std::size_t(1));
    const Id facility = f.plan.all<CoolantLoop>().begin()->first;
    QCOMPARE(f.plan.find<CoolantLoop>(facility)->kind, CoolantLoopKind::FacilityWater);
    QCOMPARE(f.plan.find<CoolantLoop>(facility)->coolant, CoolantKind::Water);
    QString offeredUnit;
    whenShown<LoopStageDialog>([&](LoopStageDialog *dialog) {
        offeredUnit = dialog->findChild<QComboBox *>(QStringLiteral("coolingUnit"))->currentText();
        clickOk(dialog);
    });
    f.menu.newStage();
    QCOMPARE(offeredUnit, QStringLiteral("Dry cooler 1"));
    QCOMPARE(f.plan.all<LoopRejection>().size(), std::size_t(1));
    const LoopRejection &stage = f.plan.all<LoopRejection>().begin()->second;
    QCOMPARE(stage.loopId, facility);
    QCOMPARE(stage.coolingUnitId, liquid::kDryCooler);
    QCOMPARE(stage.kind, HeatRejectionKind::DryCooler);
    QCOMPARE(f.stack.count(), 2);
    // The new CDU loop drains to the only facility water system.
    QCOMPARE(LiquidDefaults::technologyLoop(f.plan).facilityLoopId, facility);
}

void TestLiquidMenu::selectedRacksGoOnALoop()
{
    MenuFixture f;
    CoolantLoop loop = liquid::technologyLoop();
    loop.id = kNoId;
    const Id loopId = LiquidEdits::addLoop(f.editor, loop).id;
    QCOMPARE(f.scene.selectRacks({ liquid::kRackA, liquid::kRackB }), 2);
    double offeredFlow = 0;
    Id offeredLoop = kNoId;
    whenShown<AttachRacksDialog>([&](AttachRacksDialog *dialog) {
        offeredFlow = dialog->figures().minFlowLPerMin;
        offeredLoop = dialog->loopId();
        type(dialog, QStringLiteral("inletLimitC"), QStringLiteral("42"));
        clickOk(dialog);
    });
    QCOMPARE(f.menu.attachAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    f.menu.attachAction()->trigger();
    QCOMPARE(offeredFlow, 150.0);  // 100 kW to liquid at 1.5 L/min per kW
    QCOMPARE(offeredLoop, loopId);
    QCOMPARE(f.plan.all<LoopRack>().size(), std::size_t(2));
    for (const auto &[id, attachment] : f.plan.all<LoopRack>()) {
        QCOMPARE(attachment.loopId, loopId);
        QCOMPARE(attachment.inletLimitC, 42.0);
        QCOMPARE(attachment.minFlowLPerMin, 150.0);
    }
    QCOMPARE(f.stack.count(), 2);  // the loop, then the racks as one step
    f.menu.detachSelectedRacks();
    QVERIFY(f.plan.all<LoopRack>().empty());
    f.stack.undo();
    QCOMPARE(f.plan.all<LoopRack>().size(), std::size_t(2));
}

void TestLiquidMenu::noCduNoLoop()
{
    MenuFixture f;
    CoolantLoop loop = liquid::technologyLoop();
    loop.id = kNoId;
    QVERIFY(LiquidEdits::addLoop(f.editor, loop).ok);  // the only CDU has its loop now
    QString said;
    whenShown<QMessageBox>([&](QMessageBox *box) {
        said = box->text();
        box->accept();
    });
    f.menu.newTechnologyLoop();
    QVERIFY2(said.contains(QStringLiteral("CDU")), qPrintable(said));
    QCOMPARE(f.plan.all<CoolantLoop>().size(), std::size_t(1));
}

QTEST_MAIN(TestLiquidMenu)
#include "tst_liquidmenu.moc"
