// SPDX-License-Identifier: GPL-3.0-or-later
#include "editfixture.h"

#include "commands/rackrowedits.h"
#include "plan/drawingdefaults.h"

#include <QtTest>

using namespace rw;
using namespace rwtest;

class TestRackRowEdits : public QObject {
    Q_OBJECT

private slots:
    void drawsANamedRowInOneStep();
    void refusesAMissingHall();
    void refusesANegativeBudget();
};

namespace {

RackRowDraft sixMetresEast()
{
    RackRowDraft draft;
    draft.hallId = small::kHall;
    draft.start = QPointF(2.0, 4.0);
    draft.end = QPointF(8.0, 4.0);
    draft.prototype = DrawingDefaults::rackTemplates().front().prototype;
    draft.facing = Facing::North;
    draft.containment = Containment::ColdAisle;
    return draft;
}

}  // namespace

void TestRackRowEdits::drawsANamedRowInOneStep()
{
    EditFixture f;
    std::vector<Id> racks;
    const EditResult result = RackRowEdits::draw(f.editor, sixMetresEast(), &racks);
    QVERIFY2(result.ok, qPrintable(result.error));
    const Row *row = f.plan.find<Row>(result.id);
    QVERIFY(row);
    QCOMPARE(row->containment, Containment::ColdAisle);
    QCOMPARE(int(racks.size()), 10);  // 6 m of 600 mm racks
    const Rack *first = f.plan.find<Rack>(racks.front());
    QVERIFY(first);
    QCOMPARE(first->rowId, row->id);
    QCOMPARE(first->name, row->name + QStringLiteral("-01"));
    QCOMPARE(f.plan.find<Rack>(racks.back())->name, row->name + QStringLiteral("-10"));
    QCOMPARE(f.stack.text(0), QStringLiteral("Draw a row of 10 rack(s)"));
    QCOMPARE(f.oneUndoableStep(result), QString());
}

void TestRackRowEdits::refusesAMissingHall()
{
    EditFixture f;
    RackRowDraft draft = sixMetresEast();
    draft.hallId = 999;
    std::vector<Id> racks;
    QCOMPARE(f.refusedWithoutChange(RackRowEdits::draw(f.editor, draft, &racks)), QString());
    QVERIFY(racks.empty());
}

void TestRackRowEdits::refusesANegativeBudget()
{
    EditFixture f;
    RackRowDraft draft = sixMetresEast();
    draft.prototype.maxPowerKw = -5.0;
    QCOMPARE(f.refusedWithoutChange(RackRowEdits::draw(f.editor, draft)), QString());
}

QTEST_GUILESS_MAIN(TestRackRowEdits)
#include "tst_rackrowedits.moc"
