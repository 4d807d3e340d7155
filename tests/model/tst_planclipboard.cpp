// SPDX-License-Identifier: GPL-3.0-or-later
#include "editfixture.h"

#include "commands/planclipboard.h"
#include "commands/removaledits.h"

#include <QtTest>

using namespace rw;
using namespace rwtest;

class TestPlanClipboard : public QObject {
    Q_OBJECT

private slots:
    void pastesRacksIntoANewRowWithDevices();
    void pastesAfterTheOriginalsAreGone();
    void duplicateKeepsTheClipboard();
    void pasteIntoAMissingHallRefused();
};

void TestPlanClipboard::pastesRacksIntoANewRowWithDevices()
{
    EditFixture f;
    PlanClipboard clipboard;
    clipboard.copy(f.plan, { { EntityKind::Rack, small::kRackA } });
    QVERIFY(clipboard.canPaste());
    std::vector<PlanItemRef> created;
    const EditResult result = clipboard.paste(f.editor, QPointF(1.0, 1.0), &created);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(int(created.size()), 1);
    const Rack *copy = f.plan.find<Rack>(created.front().id);
    const Rack &original = *f.plan.find<Rack>(small::kRackA);
    QVERIFY(copy);
    QCOMPARE(copy->xM, original.xM + 1.0);
    QVERIFY(copy->rowId != original.rowId);
    QCOMPARE(f.plan.devicesInRack(copy->id).size(), f.plan.devicesInRack(original.id).size());
    QCOMPARE(f.oneUndoableStep(result), QString());
}

void TestPlanClipboard::pastesAfterTheOriginalsAreGone()
{
    EditFixture f;
    PlanClipboard clipboard;
    clipboard.copy(f.plan, { { EntityKind::CoolingUnit, small::kCoolingUnit } });
    QVERIFY(RemovalEdits::removeItems(f.editor, { { EntityKind::CoolingUnit, small::kCoolingUnit } }).ok);
    std::vector<PlanItemRef> created;
    QVERIFY(clipboard.paste(f.editor, QPointF(), &created).ok);
    QCOMPARE(int(created.size()), 1);
    QCOMPARE(f.stack.count(), 2);
}

void TestPlanClipboard::duplicateKeepsTheClipboard()
{
    EditFixture f;
    PlanClipboard clipboard;
    clipboard.copy(f.plan, { { EntityKind::Obstacle, small::kObstacle } });
    std::vector<PlanItemRef> created;
    QVERIFY(clipboard.duplicate(f.editor, { { EntityKind::PowerNode, small::kUps } }, QPointF(1, 1), &created).ok);
    QCOMPARE(created.front().kind, EntityKind::PowerNode);
    QVERIFY(clipboard.paste(f.editor, QPointF(2, 2), &created).ok);
    QCOMPARE(created.front().kind, EntityKind::Obstacle);
}

void TestPlanClipboard::pasteIntoAMissingHallRefused()
{
    Plan source;
    buildSmallPlan(source);
    PlanClipboard clipboard;
    clipboard.copy(source, { { EntityKind::Rack, small::kRackB } });
    // Pasted into a plan without the copied rack's hall: refused, nothing added, no undo step.
    Plan empty;
    QUndoStack stack;
    PlanEditor editor(empty, stack);
    const EditResult result = clipboard.paste(editor, QPointF(), nullptr);
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(stack.count(), 0);
    QVERIFY(empty.all<Rack>().empty());
    QVERIFY(empty.all<Row>().empty());
}

QTEST_GUILESS_MAIN(TestPlanClipboard)
#include "tst_planclipboard.moc"
