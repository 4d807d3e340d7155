// SPDX-License-Identifier: GPL-3.0-or-later
#include "editfixture.h"

#include "commands/arrangeedits.h"

#include <QtTest>

using namespace rw;
using namespace rwtest;

class TestArrangeEdits : public QObject {
    Q_OBJECT

private slots:
    void movesASelectionInOneStep();
    void nudgesWithOneKeyMerge();
    void refusedMoveChangesNothing();
    void rotatesAQuarterTurn();
    void alignsLeftEdges();
    void distributeNeedsThreeItems();

private:
    static const std::vector<PlanItemRef> kBothRacks;
};

const std::vector<PlanItemRef> TestArrangeEdits::kBothRacks
    = { { EntityKind::Rack, small::kRackA }, { EntityKind::Rack, small::kRackB } };

void TestArrangeEdits::movesASelectionInOneStep()
{
    EditFixture f;
    const Rack a = *f.plan.find<Rack>(small::kRackA);
    const Rack b = *f.plan.find<Rack>(small::kRackB);
    const EditResult result = ArrangeEdits::move(f.editor, kBothRacks, QPointF(1.0, 0.5));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(f.plan.find<Rack>(small::kRackA)->xM, a.xM + 1.0);
    QCOMPARE(f.plan.find<Rack>(small::kRackB)->yM, b.yM + 0.5);
    QCOMPARE(f.oneUndoableStep(result), QString());
}

void TestArrangeEdits::nudgesWithOneKeyMerge()
{
    EditFixture f;
    const double x = f.plan.find<Rack>(small::kRackA)->xM;
    const std::vector<PlanItemRef> rackA { { EntityKind::Rack, small::kRackA } };
    for (int i = 0; i < 3; ++i)
        QVERIFY(ArrangeEdits::move(f.editor, rackA, QPointF(0.1, 0), QStringLiteral("nudge")).ok);
    QCOMPARE(f.stack.count(), 1);
    QVERIFY(std::abs(f.plan.find<Rack>(small::kRackA)->xM - (x + 0.3)) < 1e-9);
    f.stack.undo();
    QCOMPARE(planDifference(f.plan, f.before), QString());
}

void TestArrangeEdits::refusedMoveChangesNothing()
{
    EditFixture f;
    // Racks 20 km west are out of the range a position may take: neither rack moves.
    const EditResult result = ArrangeEdits::move(f.editor, kBothRacks, QPointF(-20000.0, 0));
    QCOMPARE(f.refusedWithoutChange(result), QString());
}

void TestArrangeEdits::rotatesAQuarterTurn()
{
    EditFixture f;
    const Facing before = f.plan.find<Rack>(small::kRackA)->facing;
    const EditResult result = ArrangeEdits::rotate(f.editor, { { EntityKind::Rack, small::kRackA } });
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(f.plan.find<Rack>(small::kRackA)->facing != before);
    QCOMPARE(f.oneUndoableStep(result), QString());
}

void TestArrangeEdits::alignsLeftEdges()
{
    EditFixture f;
    const EditResult result = ArrangeEdits::align(f.editor, kBothRacks, ArrangeEdits::Align::Left);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(ArrangeEdits::bounds(f.plan, kBothRacks.front()).left(),
        ArrangeEdits::bounds(f.plan, kBothRacks.back()).left());
}

void TestArrangeEdits::distributeNeedsThreeItems()
{
    EditFixture f;
    QCOMPARE(f.refusedWithoutChange(ArrangeEdits::distribute(f.editor, kBothRacks, Qt::Horizontal)), QString());
}

QTEST_GUILESS_MAIN(TestArrangeEdits)
#include "tst_arrangeedits.moc"
