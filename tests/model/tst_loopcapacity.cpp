// SPDX-License-Identifier: GPL-3.0-or-later
// The capacity search honours the coolant loops: a device with heat to liquid fits only in a rack on a CDU loop,
// within the loop's CDU and its facility heat rejection without the largest stage, and within what the rack's
// coolant flow with one pump fewer carries up to its return limit. Each case is set so that the halls' liquid
// budget alone would let more in.
#include "../common/liquidplans.h"

#include "analysis/capacitysearch.h"
#include "analysis/loopheadroom.h"
#include "plan/planfiller.h"

#include <QtTest>

using namespace rw;
using namespace rwtest;

namespace {

const QString kSmall = QStringLiteral("test-liquid-10kw");
constexpr Id kFeed = 60;
constexpr Id kSecondCdu = 32;
constexpr Id kLooseRack = 12;

/// The liquid plan (two racks of 100 kW to liquid on a 300 kW CDU loop) with room everywhere but in the loops:
/// N cooling redundancy, a second 300 kW CDU without a loop in the hall, racks of 1,000 kW fed by an unrated PDU,
/// and a 1U device of 10 kW, all to liquid.
void buildPlan(Plan &plan)
{
    liquid::buildLiquidPlan(plan);
    Hall hall = *plan.find<Hall>(liquid::kHall);
    hall.coolingRedundancy = Redundancy::N;
    PlanFiller(plan).replace(hall);
    PowerNode feed;
    feed.id = kFeed;
    feed.name = QStringLiteral("PDU");
    PlanFiller(plan).insert(feed);
    for (Id id : { liquid::kRackA, liquid::kRackB }) {
        Rack rack = *plan.find<Rack>(id);
        rack.maxPowerKw = 1000.0;
        rack.staticLoadKg = 0.0;
        rack.feedA = kFeed;
        PlanFiller(plan).replace(rack);
    }
    CoolingUnit cdu = *plan.find<CoolingUnit>(liquid::kCdu);
    cdu.id = kSecondCdu;
    cdu.name = QStringLiteral("CDU 2");
    PlanFiller(plan).insert(cdu);
    DeviceType small = *plan.find<DeviceType>(liquid::kType);
    small.key = kSmall;
    small.heightU = 1;
    small.weightKg = 1.0;
    small.maxPowerW = 10000;
    small.typicalPowerW = 8000;
    small.liquidHeatShare = 1.0;
    PlanFiller(plan).insert(small);
}

void setReturnLimit(Plan &plan, double limitC)
{
    for (Id id : { liquid::kOnLoopA, liquid::kOnLoopB }) {
        LoopRack attachment = *plan.find<LoopRack>(id);
        attachment.returnLimitC = limitC;
        PlanFiller(plan).replace(attachment);
    }
}

}  // namespace

class TestLoopCapacity : public QObject {
    Q_OBJECT
private slots:
    void theLoopsCduBinds();
    void theRacksFlowWithOnePumpFewerBinds();
    void noRedundantPumpNoRoom();
    void aRackOffTheLoopsTakesNoLiquidDevice();
};

void TestLoopCapacity::theLoopsCduBinds()
{
    // The hall: 600 kW of CDUs, 200 kW used: 40 devices. The loop's CDU: 300 - 200 = 100 kW: 10 devices. The racks'
    // flows with one pump fewer carry far more (65 °C return limit), so the CDU stops them.
    Plan plan;
    buildPlan(plan);
    const LoopHeadroom room = LoopHeadroom::compute(plan);
    QVERIFY2(room.flowError.isEmpty(), qPrintable(room.flowError));
    QCOMPARE(room.loopKw.at(liquid::kLoop), 100.0);
    QVERIFY(room.rackFlowKw.at(liquid::kRackA) > 150.0);
    const CapacityResult r = CapacitySearch::run(plan, kSmall);
    QCOMPARE(r.fits, 10);
    QCOMPARE(r.racksStoppedBy.at(CapacityLimit::CoolantLoop), 2);
    QCOMPARE(CapacitySearch::limitKey(r.mainLimit), QStringLiteral("coolant-loop"));
}

void TestLoopCapacity::theRacksFlowWithOnePumpFewerBinds()
{
    // Return limit 50 °C. With one of the two pumps the loop still delivers q > 180 L/min a rack; from the CDU's
    // 40 °C supply that carries rho cp q (50 - 40), less the 100 kW each rack gives now. Worked from the engine's
    // flow: the room is the same figure the search uses, and it takes floor(room / 10 kW) devices per rack.
    Plan plan;
    buildPlan(plan);
    setReturnLimit(plan, 50.0);
    const LoopHeadroom room = LoopHeadroom::compute(plan);
    QVERIFY2(room.flowError.isEmpty(), qPrintable(room.flowError));
    const double roomA = room.rackFlowKw.at(liquid::kRackA);
    // 180 to 256 L/min of water at 40 °C (992 kg/m³, 4.18 kJ/(kg K)) over 10 K: 124 to 177 kW, less 100.
    QVERIFY2(roomA > 24.0 && roomA < 77.0, qPrintable(QString::number(roomA)));
    const int perRack = int(std::floor(roomA / 10.0 + 1e-9));
    const CapacityResult r = CapacitySearch::run(plan, kSmall);
    QCOMPARE(r.fits, 2 * perRack);
    QVERIFY(r.fits < 10);  // the CDU's 100 kW would let 10 in
    QCOMPARE(r.racksStoppedBy.at(CapacityLimit::CoolantFlow), 2);
}

void TestLoopCapacity::noRedundantPumpNoRoom()
{
    // One pump only: without it no coolant flows, so with the loop's redundancy nothing more fits.
    Plan plan;
    buildPlan(plan);
    CoolantLoop loop = *plan.find<CoolantLoop>(liquid::kLoop);
    loop.pumpCount = 1;
    loop.pumpRatedFlowLPerMin = 600.0;
    PlanFiller(plan).replace(loop);
    QCOMPARE(LoopHeadroom::compute(plan).rackFlowKw.at(liquid::kRackA), 0.0);
    const CapacityResult r = CapacitySearch::run(plan, kSmall);
    QCOMPARE(r.fits, 0);
    QCOMPARE(r.racksStoppedBy.at(CapacityLimit::CoolantFlow), 2);
}

void TestLoopCapacity::aRackOffTheLoopsTakesNoLiquidDevice()
{
    Plan plan;
    buildPlan(plan);
    Rack loose = *plan.find<Rack>(liquid::kRackA);
    loose.id = kLooseRack;
    loose.name = QStringLiteral("L1-03");
    loose.xM = 6.2;
    PlanFiller(plan).insert(loose);
    const CapacityResult r = CapacitySearch::run(plan, kSmall);
    QCOMPARE(r.racksStoppedBy.at(CapacityLimit::NoLiquidCooling), 1);
    for (const CapacityPlacement &p : r.placements)
        QVERIFY(p.rackId != kLooseRack);
    QCOMPARE(r.fits, 10);  // the loop's CDU as before
}

QTEST_MAIN(TestLoopCapacity)
#include "tst_loopcapacity.moc"
