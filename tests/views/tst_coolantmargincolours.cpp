// SPDX-License-Identifier: GPL-3.0-or-later
// The floor plan's coolant-margin colour mode: racks on a coolant loop coloured by their flow against need at
// design load, from the model's solve of the plan's loops (tests/common/liquidplans.h, worked out by hand in
// tst_liquidcasebuilder: 264.8 L/min per rack).
#include "../common/liquidplans.h"

#include "floorplan/floorplanscene.h"

#include <QGraphicsRectItem>
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
};

void TestCoolantMarginColours::coloursFollowTheFlowMargin()
{
    Plan plan;
    rwtest::liquid::buildLiquidPlan(plan);
    // Rack A needs 250 L/min (6 % margin: thin), rack B 300 (short).
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

QTEST_MAIN(TestCoolantMarginColours)
#include "tst_coolantmargincolours.moc"
