// SPDX-License-Identifier: GPL-3.0-or-later
// The named operations on coolant loops: each one undo step that undo and redo restore exactly, refusals that
// change nothing, and what goes with a removed loop, rack or cooling unit.
#include "../common/liquidplans.h"
#include "editfixture.h"

#include "commands/liquidedits.h"
#include "commands/removaledits.h"

#include <QtTest>

using namespace rw;
using namespace rwtest;

namespace {

/// The edit fixture on the liquid racks (no loops yet), or on the whole liquid plan.
struct LiquidFixture : EditFixture {
    explicit LiquidFixture(bool withLoop = false)
    {
        if (withLoop)
            liquid::buildLiquidPlan(plan);
        else
            liquid::buildLiquidRacks(plan);
        before.assign(plan);
    }
};

int racksOn(const Plan &plan, Id loopId)
{
    int count = 0;
    for (const auto &[id, attachment] : plan.all<LoopRack>())
        count += attachment.loopId == loopId ? 1 : 0;
    return count;
}

}  // namespace

class TestLiquidEdits : public QObject {
    Q_OBJECT

private slots:
    void addsALoop();
    void refusesALoopWithoutACdu();
    void editsALoop();
    void attachesRacksAsOneStep();
    void movesARackToAnotherLoop();
    void detachesRacks();
    void removesALoopWithItsRacksAndStages();
    void refusesRemovingAFacilityLoopThatFeedsCdus();
    void stagesSitOnFacilityLoops();
    void removedRackTakesItsAttachment();
    void refusesDeletingACduInUse();
};

void TestLiquidEdits::addsALoop()
{
    LiquidFixture f;
    CoolantLoop loop = liquid::technologyLoop();
    loop.id = kNoId;
    const EditResult result = LiquidEdits::addLoop(f.editor, loop);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(f.plan.find<CoolantLoop>(result.id));
    QCOMPARE(f.plan.find<CoolantLoop>(result.id)->cduId, liquid::kCdu);
    QCOMPARE(f.stack.text(0), QStringLiteral("Add coolant loop TCS 1"));
    QCOMPARE(f.oneUndoableStep(result), QString());
}

void TestLiquidEdits::refusesALoopWithoutACdu()
{
    LiquidFixture f;
    CoolantLoop loop = liquid::technologyLoop();
    loop.cduId = liquid::kDryCooler;  // not a CDU
    QCOMPARE(f.refusedWithoutChange(LiquidEdits::addLoop(f.editor, loop)), QString());
    loop.cduId = liquid::kCdu;
    loop.pumpRatedKpa = loop.pumpShutoffKpa;  // a pump curve that does not fall
    QCOMPARE(f.refusedWithoutChange(LiquidEdits::addLoop(f.editor, loop)), QString());
    loop = liquid::technologyLoop();
    loop.headerDiameterMm = 0.0;  // below the field's range
    QCOMPARE(f.refusedWithoutChange(LiquidEdits::addLoop(f.editor, loop)), QString());
    loop = liquid::technologyLoop();
    loop.facilityLoopId = 999;
    QCOMPARE(f.refusedWithoutChange(LiquidEdits::addLoop(f.editor, loop)), QString());
}

void TestLiquidEdits::editsALoop()
{
    LiquidFixture f(true);
    CoolantLoop loop = *f.plan.find<CoolantLoop>(liquid::kLoop);
    loop.pumpCount = 3;
    const EditResult result = LiquidEdits::editLoop(f.editor, loop);
    QCOMPARE(f.plan.find<CoolantLoop>(liquid::kLoop)->pumpCount, 3);
    QCOMPARE(f.oneUndoableStep(result), QString());
    // A technology loop with racks cannot become a facility loop.
    f.stack.clear();
    f.before.assign(f.plan);
    loop.kind = CoolantLoopKind::FacilityWater;
    loop.cduId = kNoId;
    QCOMPARE(f.refusedWithoutChange(LiquidEdits::editLoop(f.editor, loop)), QString());
}

void TestLiquidEdits::attachesRacksAsOneStep()
{
    LiquidFixture f;
    CoolantLoop loop = liquid::technologyLoop();
    QVERIFY(LiquidEdits::addLoop(f.editor, loop).ok);
    f.stack.clear();
    f.before.assign(f.plan);
    const EditResult result
        = LiquidEdits::attachRacks(f.editor, { liquid::kRackA, liquid::kRackB }, liquid::kLoop, liquid::rackFigures());
    QCOMPARE(racksOn(f.plan, liquid::kLoop), 2);
    QCOMPARE(f.oneUndoableStep(result), QString());
    // A rack that does not exist refuses the whole step.
    f.stack.clear();
    f.before.assign(f.plan);
    QCOMPARE(f.refusedWithoutChange(
                 LiquidEdits::attachRacks(f.editor, { liquid::kRackA, 999 }, liquid::kLoop, liquid::rackFigures())),
        QString());
    // Limits that contradict each other are refused.
    LoopRack bad = liquid::rackFigures();
    bad.returnLimitC = bad.inletLimitC;
    QCOMPARE(
        f.refusedWithoutChange(LiquidEdits::attachRacks(f.editor, { liquid::kRackA }, liquid::kLoop, bad)), QString());
}

void TestLiquidEdits::movesARackToAnotherLoop()
{
    LiquidFixture f(true);
    CoolingUnit secondCdu = *f.plan.find<CoolingUnit>(liquid::kCdu);
    secondCdu.id = kNoId;
    secondCdu.name = QStringLiteral("CDU 2");
    QVERIFY(f.editor.add(secondCdu).ok);
    CoolantLoop second = liquid::technologyLoop();
    second.id = kNoId;
    second.name = QStringLiteral("TCS 2");
    second.cduId = f.plan.nextId() - 1;
    const EditResult added = LiquidEdits::addLoop(f.editor, second);
    QVERIFY2(added.ok, qPrintable(added.error));
    // The same CDU cannot serve two loops.
    second.cduId = liquid::kCdu;
    second.id = kNoId;
    QVERIFY(!LiquidEdits::addLoop(f.editor, second).ok);
    f.stack.clear();
    f.before.assign(f.plan);
    const EditResult moved = LiquidEdits::attachRacks(f.editor, { liquid::kRackB }, added.id, liquid::rackFigures());
    QCOMPARE(racksOn(f.plan, liquid::kLoop), 1);
    QCOMPARE(racksOn(f.plan, added.id), 1);
    QCOMPARE(f.plan.all<LoopRack>().size(), std::size_t(2));
    QCOMPARE(f.oneUndoableStep(moved), QString());
}

void TestLiquidEdits::detachesRacks()
{
    LiquidFixture f(true);
    const EditResult result = LiquidEdits::detachRacks(f.editor, { liquid::kRackA });
    QCOMPARE(racksOn(f.plan, liquid::kLoop), 1);
    QCOMPARE(f.oneUndoableStep(result), QString());
}

void TestLiquidEdits::removesALoopWithItsRacksAndStages()
{
    LiquidFixture f(true);
    const EditResult result = LiquidEdits::removeLoop(f.editor, liquid::kLoop);
    QVERIFY(f.plan.all<CoolantLoop>().empty());
    QVERIFY(f.plan.all<LoopRack>().empty());
    QCOMPARE(f.plan.all<Rack>().size(), std::size_t(2));  // the racks stay, off the loop
    QCOMPARE(f.oneUndoableStep(result), QString());
    f.stack.clear();
    f.before.assign(f.plan);
    QCOMPARE(f.refusedWithoutChange(LiquidEdits::removeLoop(f.editor, liquid::kLoop)), QString());
}

void TestLiquidEdits::refusesRemovingAFacilityLoopThatFeedsCdus()
{
    LiquidFixture f(true);
    CoolantLoop facility = liquid::technologyLoop();
    facility.id = kNoId;
    facility.name = QStringLiteral("FWS");
    facility.kind = CoolantLoopKind::FacilityWater;
    facility.cduId = kNoId;
    const EditResult added = LiquidEdits::addLoop(f.editor, facility);
    QVERIFY2(added.ok, qPrintable(added.error));
    CoolantLoop loop = *f.plan.find<CoolantLoop>(liquid::kLoop);
    loop.facilityLoopId = added.id;
    QVERIFY(LiquidEdits::editLoop(f.editor, loop).ok);
    f.stack.clear();
    f.before.assign(f.plan);
    QCOMPARE(f.refusedWithoutChange(LiquidEdits::removeLoop(f.editor, added.id)), QString());
}

void TestLiquidEdits::stagesSitOnFacilityLoops()
{
    LiquidFixture f(true);
    LoopRejection stage;
    stage.loopId = liquid::kLoop;  // a technology loop: refused
    stage.coolingUnitId = liquid::kDryCooler;
    QCOMPARE(f.refusedWithoutChange(LiquidEdits::addStage(f.editor, stage)), QString());
    CoolantLoop facility = liquid::technologyLoop();
    facility.id = kNoId;
    facility.name = QStringLiteral("FWS");
    facility.kind = CoolantLoopKind::FacilityWater;
    facility.cduId = kNoId;
    const Id facilityId = LiquidEdits::addLoop(f.editor, facility).id;
    f.stack.clear();
    f.before.assign(f.plan);
    stage.loopId = facilityId;
    stage.coolingUnitId = liquid::kCdu;  // a CDU rejects no heat from facility water
    QCOMPARE(f.refusedWithoutChange(LiquidEdits::addStage(f.editor, stage)), QString());
    stage.coolingUnitId = liquid::kDryCooler;
    const EditResult added = LiquidEdits::addStage(f.editor, stage);
    QCOMPARE(f.oneUndoableStep(added), QString());
    // One unit is one stage; edits go through too.
    f.stack.clear();
    f.before.assign(f.plan);
    LoopRejection again = stage;
    again.stage = 2;
    QCOMPARE(f.refusedWithoutChange(LiquidEdits::addStage(f.editor, again)), QString());
    LoopRejection edited = *f.plan.find<LoopRejection>(added.id);
    edited.approachK = 6.0;
    const EditResult editResult = LiquidEdits::editStage(f.editor, edited);
    QCOMPARE(f.oneUndoableStep(editResult), QString());
    f.stack.clear();
    f.before.assign(f.plan);
    // And the stage goes again.
    QCOMPARE(f.oneUndoableStep(LiquidEdits::removeStage(f.editor, added.id)), QString());
}

void TestLiquidEdits::removedRackTakesItsAttachment()
{
    LiquidFixture f(true);
    const EditResult result = f.editor.removeRacks({ liquid::kRackA });
    QCOMPARE(racksOn(f.plan, liquid::kLoop), 1);
    QCOMPARE(f.oneUndoableStep(result), QString());
    f.stack.clear();
    f.before.assign(f.plan);
    const EditResult removed = RemovalEdits::removeItems(f.editor, { { EntityKind::Rack, liquid::kRackB } });
    QCOMPARE(racksOn(f.plan, liquid::kLoop), 0);
    QCOMPARE(f.oneUndoableStep(removed), QString());
    QVERIFY(!PlanValidator::firstError(f.plan));
}

void TestLiquidEdits::refusesDeletingACduInUse()
{
    LiquidFixture f(true);
    const EditResult result = RemovalEdits::removeItems(f.editor, { { EntityKind::CoolingUnit, liquid::kCdu } });
    QCOMPARE(f.refusedWithoutChange(result), QString());
    QVERIFY(result.error.contains(QStringLiteral("TCS 1")));
}

QTEST_GUILESS_MAIN(TestLiquidEdits)
#include "tst_liquidedits.moc"
