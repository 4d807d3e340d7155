// SPDX-License-Identifier: GPL-3.0-or-later
#include "editfixture.h"

#include "commands/planbatch.h"

#include <QtTest>

using namespace rw;
using namespace rwtest;

class TestUndoGroup : public QObject {
    Q_OBJECT

private slots:
    void childrenRunAsTheyAreAdded();
    void refusalRollsBackWhatWasDone();
    void uncommittedBatchRollsBack();
    void sameMergeKeyMerges();
    void mergedDragBackToTheStartLeavesNoStep();
};

void TestUndoGroup::childrenRunAsTheyAreAdded()
{
    EditFixture f;
    PlanBatch batch(f.editor, QStringLiteral("two rows"));
    Row first;
    first.hallId = small::kHall;
    first.name = QStringLiteral("R1");
    QVERIFY(batch.add(first));
    QVERIFY(f.plan.find<Row>(first.id));  // carried out before the step is pushed
    Rack rack = *f.plan.find<Rack>(small::kRackB);
    rack.rowId = first.id;  // refers to the row added just before: checked against the plan as it is now
    QVERIFY(batch.update(rack));
    const EditResult result = batch.commit();
    QCOMPARE(f.stack.text(0), QStringLiteral("two rows"));
    QCOMPARE(f.oneUndoableStep(result), QString());
}

void TestUndoGroup::refusalRollsBackWhatWasDone()
{
    EditFixture f;
    PlanBatch batch(f.editor, QStringLiteral("refused"));
    Row row;
    row.hallId = small::kHall;
    QVERIFY(batch.add(row));
    Rack rack = *f.plan.find<Rack>(small::kRackA);
    rack.maxPowerKw = -1;
    QVERIFY(!batch.update(rack));
    QVERIFY(!f.plan.find<Row>(row.id));  // rolled back at once
    QCOMPARE(f.refusedWithoutChange(batch.commit()), QString());
}

void TestUndoGroup::uncommittedBatchRollsBack()
{
    EditFixture f;
    {
        PlanBatch batch(f.editor, QStringLiteral("dropped"));
        Row row;
        row.hallId = small::kHall;
        QVERIFY(batch.add(row));
    }
    QCOMPARE(planDifference(f.plan, f.before), QString());
    QCOMPARE(f.stack.count(), 0);
}

void TestUndoGroup::sameMergeKeyMerges()
{
    EditFixture f;
    for (double x : { 3.0, 4.0 }) {
        PlanBatch batch(f.editor, QStringLiteral("nudge"));
        Rack rack = *f.plan.find<Rack>(small::kRackA);
        rack.xM = x;
        QVERIFY(batch.update(rack));
        QVERIFY(batch.commit(QStringLiteral("key")).ok);
    }
    PlanBatch other(f.editor, QStringLiteral("other"));
    Rack rack = *f.plan.find<Rack>(small::kRackA);
    rack.yM = 5.0;
    QVERIFY(other.update(rack));
    QVERIFY(other.commit(QStringLiteral("another key")).ok);
    QCOMPARE(f.stack.count(), 2);
    f.stack.undo();
    f.stack.undo();
    QCOMPARE(planDifference(f.plan, f.before), QString());
}

void TestUndoGroup::mergedDragBackToTheStartLeavesNoStep()
{
    EditFixture f;
    Rack rack = *f.plan.find<Rack>(small::kRackA);
    const double start = rack.xM;
    for (double x : { start + 1.0, start }) {
        rack.xM = x;
        QVERIFY(f.editor.update(rack, true).ok);
    }
    QCOMPARE(f.stack.count(), 0);
    QCOMPARE(planDifference(f.plan, f.before), QString());
}

QTEST_GUILESS_MAIN(TestUndoGroup)
#include "tst_undogroup.moc"
