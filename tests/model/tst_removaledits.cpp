// SPDX-License-Identifier: GPL-3.0-or-later
#include "editfixture.h"

#include "commands/removaledits.h"

#include <QtTest>

using namespace rw;
using namespace rwtest;

class TestRemovalEdits : public QObject {
    Q_OBJECT

private slots:
    void racksGoWithDevicesAndTheirEmptiedRow();
    void feedingNodeRefused();
    void unusedNodeGoesWithItsLinks();
};

void TestRemovalEdits::racksGoWithDevicesAndTheirEmptiedRow()
{
    EditFixture f;
    const Id rowId = f.plan.find<Rack>(small::kRackA)->rowId;
    int racksInRow = 0;
    std::vector<PlanItemRef> items;
    for (const auto &[id, rack] : f.plan.all<Rack>()) {
        if (rack.rowId == rowId && rowId != kNoId) {
            ++racksInRow;
            items.push_back({ EntityKind::Rack, id });
        }
    }
    QVERIFY(racksInRow > 0);
    const EditResult result = RemovalEdits::removeItems(f.editor, items);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(!f.plan.find<Rack>(small::kRackA));
    QVERIFY(!f.plan.find<MountedDevice>(small::kServerA1));
    QVERIFY(!f.plan.find<Row>(rowId));
    QCOMPARE(f.oneUndoableStep(result), QString());
}

void TestRemovalEdits::feedingNodeRefused()
{
    EditFixture f;
    Id feeding = kNoId;
    for (const auto &[id, rack] : f.plan.all<Rack>())
        feeding = rack.feedA != kNoId ? rack.feedA : feeding;
    QVERIFY(feeding != kNoId);
    QCOMPARE(
        f.refusedWithoutChange(RemovalEdits::removeItems(f.editor, { { EntityKind::PowerNode, feeding } })), QString());
}

void TestRemovalEdits::unusedNodeGoesWithItsLinks()
{
    EditFixture f;
    PowerNode spare;
    spare.hallId = small::kHall;
    spare.name = QStringLiteral("Spare");
    spare.kind = PowerNodeKind::Pdu;
    const Id spareId = f.editor.add(spare).id;
    QVERIFY(f.editor.connectPower(small::kUps, spareId).ok);
    f.stack.clear();
    f.before.assign(f.plan);
    const EditResult result = RemovalEdits::removeItems(f.editor, { { EntityKind::PowerNode, spareId } });
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(!f.plan.find<PowerNode>(spareId));
    for (const auto &[id, link] : f.plan.all<PowerLink>())
        QVERIFY(link.toId != spareId);
    QCOMPARE(f.oneUndoableStep(result), QString());
}

QTEST_GUILESS_MAIN(TestRemovalEdits)
#include "tst_removaledits.moc"
