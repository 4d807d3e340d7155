// SPDX-License-Identifier: GPL-3.0-or-later
// The liquid loops on the floor plan: the property panel shows a selected rack's attachment and loop; the
// coolant-margin colour mode: racks on a coolant loop coloured by their flow against need at
// design load, from the model's solve of the plan's loops (tests/common/liquidplans.h, worked out by hand in
// tst_liquidcasebuilder: 256.0 L/min per rack).
#include "../common/liquidplans.h"

#include "commands/planeditor.h"
#include "dialogs/numberfield.h"
#include "floorplan/floorplanscene.h"
#include "panels/propertypanel.h"

#include <QGraphicsRectItem>
#include <QUndoStack>
#include <QtTest>

using namespace rw;

namespace {

QColor rackFill(const FloorPlanScene &scene, Id rackId)
{
    const auto *item = dynamic_cast<const QGraphicsRectItem *>(scene.itemFor({ EntityKind::Rack, rackId }));
    return item ? item->brush().color() : QColor();
}

}  // namespace

class TestCoolantMarginColours : public QObject {
    Q_OBJECT

private slots:
    void coloursFollowTheFlowMargin();
    void propertyPanelShowsTheLoop();
};

void TestCoolantMarginColours::coloursFollowTheFlowMargin()
{
    Plan plan;
    rwtest::liquid::buildLiquidPlan(plan);
    // Rack A needs 250 L/min (2 % margin: thin), rack B 300 (short).
    LoopRack thin = *plan.find<LoopRack>(rwtest::liquid::kOnLoopA);
    thin.minFlowLPerMin = 250.0;
    PlanFiller(plan).replace(thin);
    LoopRack shortOfFlow = *plan.find<LoopRack>(rwtest::liquid::kOnLoopB);
    shortOfFlow.minFlowLPerMin = 300.0;
    PlanFiller(plan).replace(shortOfFlow);

    FloorPlanScene scene(plan);
    scene.setHall(rwtest::liquid::kHall);
    scene.rebuild();
    scene.setColourMode(RackColourMode::CoolantMargin);
    const std::vector<LegendEntry> legend = scene.legend();
    QCOMPARE(legend.size(), std::size_t(4));
    const QColor ample = legend[0].colour, thinColour = legend[1].colour, shortColour = legend[2].colour,
                 none = legend[3].colour;
    QCOMPARE(rackFill(scene, rwtest::liquid::kRackA), thinColour);
    QCOMPARE(rackFill(scene, rwtest::liquid::kRackB), shortColour);

    // Off the loop: no colour of its own; a rebuild after the change solves again.
    PlanFiller(plan).take<LoopRack>(rwtest::liquid::kOnLoopB);
    scene.rebuild();
    QCOMPARE(rackFill(scene, rwtest::liquid::kRackB), none);
    // Rack A alone on the loop gets more flow: well above its 250 L/min.
    QCOMPARE(rackFill(scene, rwtest::liquid::kRackA), ample);
}

void TestCoolantMarginColours::propertyPanelShowsTheLoop()
{
    Plan plan;
    rwtest::liquid::buildLiquidPlan(plan);
    FloorPlanScene scene(plan);
    scene.setHall(rwtest::liquid::kHall);
    scene.rebuild();
    PropertyPanel panel(plan, &scene);
    QUndoStack stack;
    PlanEditor editor(plan, stack);
    panel.setEditor(&editor);
    QCOMPARE(scene.selectRacks({ rwtest::liquid::kRackA }), 1);
    QTRY_VERIFY(panel.findChild<NumberField *>(QStringLiteral("minFlowLPerMin")));
    QVERIFY(panel.findChild<NumberField *>(QStringLiteral("pumpCount")));  // the loop's own fields
    QVERIFY(!panel.findChild<QWidget *>(QStringLiteral("loopId")));  // the attachment is not moved here

    // An edit in the panel is one undo step through FieldEdits; a value out of range is refused.
    NumberField *minFlow = panel.findChild<NumberField *>(QStringLiteral("minFlowLPerMin"));
    emit minFlow->valueEdited(150.0);
    QCOMPARE(plan.find<LoopRack>(rwtest::liquid::kOnLoopA)->minFlowLPerMin, 150.0);
    QCOMPARE(stack.count(), 1);
    stack.undo();
    QCOMPARE(plan.find<LoopRack>(rwtest::liquid::kOnLoopA)->minFlowLPerMin, 180.0);
}

QTEST_MAIN(TestCoolantMarginColours)
#include "tst_coolantmargincolours.moc"
