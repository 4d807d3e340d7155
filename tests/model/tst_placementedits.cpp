// SPDX-License-Identifier: GPL-3.0-or-later
#include "editfixture.h"

#include "commands/placementedits.h"
#include "i18n/labels.h"
#include "plan/drawingdefaults.h"

#include <QtTest>

using namespace rw;
using namespace rwtest;

class TestPlacementEdits : public QObject {
    Q_OBJECT

private slots:
    void placesACoolingUnitWithTheNextName();
    void coolingUnitRefusals_data();
    void coolingUnitRefusals();
    void placesAPowerNode();
    void refusesANegativeRating();
    void addsTilesInOneStep();
    void obstaclesRefusedAsAWhole();
};

void TestPlacementEdits::placesACoolingUnitWithTheNextName()
{
    EditFixture f;
    CoolingUnit unit = DrawingDefaults::coolingUnit(CoolingKind::Crah);
    unit.hallId = small::kHall;
    unit.xM = 3.0, unit.yM = 1.5;
    const EditResult result = PlacementEdits::placeCoolingUnit(f.editor, unit);
    QVERIFY2(result.ok, qPrintable(result.error));
    const CoolingUnit *placed = f.plan.find<CoolingUnit>(result.id);
    QVERIFY(placed);
    QCOMPARE(placed->name, DrawingDefaults::nextName<CoolingUnit>(f.before, Labels::of(CoolingKind::Crah)));
    QCOMPARE(placed->xM, 3.0);
    QCOMPARE(f.oneUndoableStep(result), QString());
}

void TestPlacementEdits::coolingUnitRefusals_data()
{
    QTest::addColumn<Id>("hallId");
    QTest::addColumn<double>("capacityKw");
    QTest::addColumn<double>("returnTempC");
    QTest::newRow("no hall") << Id(999) << 100.0 << 35.0;
    QTest::newRow("negative capacity") << small::kHall << -1.0 << 35.0;
    QTest::newRow("return not above supply") << small::kHall << 100.0 << 10.0;
}

void TestPlacementEdits::coolingUnitRefusals()
{
    QFETCH(Id, hallId);
    QFETCH(double, capacityKw);
    QFETCH(double, returnTempC);
    EditFixture f;
    CoolingUnit unit = DrawingDefaults::coolingUnit(CoolingKind::Crah);
    unit.hallId = hallId;
    unit.capacityKw = capacityKw;
    unit.returnTempC = returnTempC;
    QCOMPARE(f.refusedWithoutChange(PlacementEdits::placeCoolingUnit(f.editor, unit)), QString());
}

void TestPlacementEdits::placesAPowerNode()
{
    EditFixture f;
    PowerNode node = DrawingDefaults::powerNode(PowerNodeKind::Pdu);
    node.hallId = small::kHall;
    node.xM = 5.0, node.yM = 5.0;
    const EditResult result = PlacementEdits::placePowerNode(f.editor, node);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(f.plan.find<PowerNode>(result.id));
    QVERIFY(!f.plan.find<PowerNode>(result.id)->name.isEmpty());
    QCOMPARE(f.oneUndoableStep(result), QString());
}

void TestPlacementEdits::refusesANegativeRating()
{
    EditFixture f;
    PowerNode node = DrawingDefaults::powerNode(PowerNodeKind::Pdu);
    node.hallId = small::kHall;
    node.ratingKw = -10.0;
    QCOMPARE(f.refusedWithoutChange(PlacementEdits::placePowerNode(f.editor, node)), QString());
}

void TestPlacementEdits::addsTilesInOneStep()
{
    EditFixture f;
    std::vector<Id> created;
    const EditResult result = PlacementEdits::addObstacles(f.editor, small::kHall, ObstacleKind::PerforatedTile,
        { QRectF(0.6, 0.6, 0.6, 0.6), QRectF(1.2, 0.6, 0.6, 0.6) }, &created);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(int(created.size()), 2);
    const Obstacle *tile = f.plan.find<Obstacle>(created.back());
    QVERIFY(tile);
    QCOMPARE(tile->kind, ObstacleKind::PerforatedTile);
    QCOMPARE(tile->xM, 1.5);
    QCOMPARE(f.oneUndoableStep(result), QString());
}

void TestPlacementEdits::obstaclesRefusedAsAWhole()
{
    EditFixture f;
    // The second wall has no length: the first is not added either.
    const EditResult result = PlacementEdits::addObstacles(
        f.editor, small::kHall, ObstacleKind::Wall, { QRectF(0, 0, 5.0, 0.2), QRectF(0, 1.0, -1.0, 0.2) });
    QCOMPARE(f.refusedWithoutChange(result), QString());
    QCOMPARE(f.refusedWithoutChange(
                 PlacementEdits::addObstacles(f.editor, 999, ObstacleKind::Column, { QRectF(0, 0, 0.5, 0.5) })),
        QString());
}

QTEST_GUILESS_MAIN(TestPlacementEdits)
#include "tst_placementedits.moc"
