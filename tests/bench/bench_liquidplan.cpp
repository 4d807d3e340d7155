// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long the liquid analysis of a plan takes: a hall of 10 CDU loops x 20 racks of 100 kW to liquid on a
// facility water system with two dry coolers (tests/common/liquidplans.h's racks and loops, repeated). The
// builder from the plan, the steady solve, the N-1 sweep with transients, the budgets and the validator's check.
// A benchmark, not a test: run it on a quiet machine and read the figures.
//   build/tests/bench/bench_liquidplan [repetitions]
#include "../common/liquidplans.h"

#include "analysis/liquidbudget.h"
#include "analysis/liquidcasebuilder.h"
#include "analysis/liquidfindings.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace rw;

namespace {

void measure(const char *name, int repetitions, const std::function<void()> &work)
{
    std::vector<double> ms;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%-44s min %9.1f ms  median %9.1f ms  max %9.1f ms  (%d runs)\n", name, ms.front(), ms[ms.size() / 2],
        ms.back(), repetitions);
}

/// 10 CDUs of 2,400 kW with 20 racks each, on one facility water system with two dry coolers of 12 MW.
void buildHall(Plan &plan)
{
    rwtest::liquid::buildLiquidRacks(plan);
    PlanFiller(plan).take<MountedDevice>(rwtest::liquid::kDeviceA);
    PlanFiller(plan).take<MountedDevice>(rwtest::liquid::kDeviceB);
    PlanFiller(plan).take<Rack>(rwtest::liquid::kRackA);
    PlanFiller(plan).take<Rack>(rwtest::liquid::kRackB);
    PlanFiller(plan).take<CoolingUnit>(rwtest::liquid::kCdu);
    Hall hall = *plan.find<Hall>(rwtest::liquid::kHall);
    hall.widthM = 60.0;
    hall.depthM = 40.0;
    PlanFiller(plan).replace(hall);
    Id next = 1000;
    CoolantLoop facility = rwtest::liquid::technologyLoop();
    facility.id = next++;
    facility.name = QStringLiteral("FWS");
    facility.kind = CoolantLoopKind::FacilityWater;
    facility.cduId = kNoId;
    facility.headerDiameterMm = 600.0;
    facility.pumpCount = 3;
    facility.pumpShutoffKpa = 400.0;
    facility.pumpRatedKpa = 300.0;
    facility.pumpRatedFlowLPerMin = 12000.0;
    PlanFiller(plan).insert(facility);
    for (int d = 0; d < 2; ++d) {
        CoolingUnit dry = *plan.find<CoolingUnit>(rwtest::liquid::kDryCooler);
        dry.id = next++;
        dry.name = QStringLiteral("Dry cooler %1").arg(d + 2);
        dry.capacityKw = 12000.0;
        PlanFiller(plan).insert(dry);
        LoopRejection stage;
        stage.id = next++;
        stage.loopId = facility.id;
        stage.coolingUnitId = dry.id;
        stage.stage = d + 1;
        stage.dropFlowLPerMin = 30000.0;
        PlanFiller(plan).insert(stage);
    }
    for (int c = 0; c < 10; ++c) {
        CoolingUnit cdu;
        cdu.id = next++;
        cdu.hallId = rwtest::liquid::kHall;
        cdu.name = QStringLiteral("CDU %1").arg(c + 1);
        cdu.kind = CoolingKind::Cdu;
        cdu.capacityKw = 2400.0;
        cdu.supplyTempC = 40.0;
        cdu.returnTempC = 50.0;
        PlanFiller(plan).insert(cdu);
        CoolantLoop loop = rwtest::liquid::technologyLoop();
        loop.id = next++;
        loop.name = QStringLiteral("TCS %1").arg(c + 1);
        loop.cduId = cdu.id;
        loop.facilityLoopId = facility.id;
        loop.headerDiameterMm = 200.0;
        loop.pumpCount = 3;
        loop.pumpRatedFlowLPerMin = 3000.0;
        loop.secondaryFlowLPerMin = 6000.0;
        loop.primaryFlowLPerMin = 3000.0;
        PlanFiller(plan).insert(loop);
        for (int r = 0; r < 20; ++r) {
            Rack rack;
            rack.id = next++;
            rack.hallId = rwtest::liquid::kHall;
            rack.name = QStringLiteral("C%1-%2").arg(c + 1).arg(r + 1);
            rack.xM = 2.0 + 0.6 * r;
            rack.yM = 2.0 + 3.5 * c;
            rack.maxPowerKw = 140.0;
            rack.staticLoadKg = 2000.0;
            rack.cooling = RackCooling::Liquid;
            PlanFiller(plan).insert(rack);
            MountedDevice device;
            device.id = next++;
            device.rackId = rack.id;
            device.typeKey = rwtest::liquid::kType;
            PlanFiller(plan).insert(device);
            LoopRack onLoop = rwtest::liquid::rackFigures();
            onLoop.id = next++;
            onLoop.rackId = rack.id;
            onLoop.loopId = loop.id;
            PlanFiller(plan).insert(onLoop);
        }
    }
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int repetitions = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    Plan plan;
    buildHall(plan);
    PlanLiquidCase built;
    QString error;
    if (!LiquidCaseBuilder::build(plan, &built, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const LiquidAnalysis::Result check = LiquidAnalysis::run(built.liquidCase);
    std::printf("%zu racks, %zu nodes, %zu links, %zu failure cases; steady state %s, %lld findings\n",
        built.liquidCase.network.racks.size(), built.liquidCase.network.hydraulics.nodes.size(),
        built.liquidCase.network.hydraulics.links.size(), check.failures.size(),
        check.steady.ok() ? "found" : "NOT found", qlonglong(check.findings.size()));
    for (const QString &finding : check.findings)
        std::printf("  finding: %s\n", qPrintable(finding));
    measure("build the network from the plan", repetitions, [&] { LiquidCaseBuilder::build(plan, &built, &error); });
    measure("steady state", repetitions, [&] { engine::liquid::solveLiquid(built.liquidCase.network); });
    measure("steady state and every single failure", repetitions, [&] { LiquidAnalysis::run(built.liquidCase); });
    measure("budgets (one pump fewer per loop)", repetitions, [&] { LiquidBudget::compute(built, check); });
    measure("validator's liquid check (build and solve)", repetitions, [&] { LiquidFindings::check(plan); });
    return 0;
}
