// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/checkresults.h"
#include "../common/testplans.h"

#include "analysis/thermalrunner.h"
#include "plan/planfiller.h"
#include "projection/loadprojection.h"
#include "review/compliancechecker.h"
#include "review/projectionsummarizers.h"

#include <QtTest>

using namespace rw;
using namespace rwtest;

namespace {

void newSite(Plan &plan)
{
    Site site = plan.site();
    site.startOfOperation = QDate(2026, 9, 1);
    site.connectedPowerKw = 400;  // § 11 EnEfG applies from 300 kW
    site.pueTarget = 1.15;
    PlanFiller(plan).setSite(site);
}

}  // namespace

/// The projections reach the review's checks through the summarizers (one line each in the GUI).
class TestProjectionSummaries : public QObject {
    Q_OBJECT
private slots:
    void energyTakesTheWorstYear();
    void energyFromARealProjectionDrivesThePueCheck();
    void thermalTakesEachRacksHighestInlet();
    void rackWithoutAirflowHasNoInlet();
};

void TestProjectionSummaries::energyTakesTheWorstYear()
{
    LoadProjectionResult result;
    result.trials = 40;
    for (int year = 1; year <= 3; ++year) {
        AnnualEfficiency e;
        e.year = year;
        e.pueP50 = year == 2 ? 1.31 : 1.12;
        e.pueP95 = e.pueP50 + 0.02;
        e.erfP50 = 0.05 * year;
        result.efficiency.push_back(e);
    }
    const EnergySummary s = summarizeEnergy(result);
    QCOMPARE(s.annualPueP50, 1.31);
    QCOMPARE(s.annualPueP95, 1.33);
    QCOMPARE(s.erfByYear, (std::vector<double> { 0.05, 0.10, 0.15000000000000002 }));
    QCOMPARE(s.pueP50ByYear, (std::vector<double> { 1.12, 1.31, 1.12 }));
    QCOMPARE(s.pueP95ByYear.size(), std::size_t(3));
    QCOMPARE(s.samples, 40);
    QCOMPARE(s.monthlyPueP50.size(), std::size_t(12));
}

void TestProjectionSummaries::energyFromARealProjectionDrivesThePueCheck()
{
    Plan plan;
    buildSmallPlan(plan);
    newSite(plan);
    const CheckResult declared = result(ComplianceChecker::run(plan, {}, {}), QStringLiteral("enefg-11-pue-new"));
    QCOMPARE(declared.basis, CheckBasis::Declared);
    QCOMPARE(declared.value, 1.15);

    LoadProjectionOptions options;
    options.trials = 8;
    options.seed = 5;
    options.engine = engine::BackendRequest::Cpu;
    options.model.years = 3;  // § 11(2): the PUE is judged in every operating year from year 2
    LoadProjectionResult projection;
    QString error;
    QVERIFY2(LoadProjection::run(plan, options, {}, &projection, &error), qPrintable(error));
    QVERIFY(!projection.efficiency.empty());
    ProjectionInputs inputs;
    inputs.energy = summarizeEnergy(projection);
    const CheckResult projected = result(ComplianceChecker::run(plan, inputs, {}), QStringLiteral("enefg-11-pue-new"));
    QCOMPARE(projected.basis, CheckBasis::Projected);
    QCOMPARE(projected.value, std::max(projection.efficiency[1].pueP50, projection.efficiency[2].pueP50));
    QVERIFY(projected.value >= 1.0);  // facility energy is never below the IT energy
    QCOMPARE(projected.status, projected.value <= 1.2 ? CheckStatus::Pass : CheckStatus::Fail);

    // The grid connection check takes the worst year's P95 of the hourly facility peak from the same run.
    QCOMPARE(inputs.energy->peakFacilityKwP95ByYear.size(), projection.perYear.size());
    double worstPeak = 0.0;
    for (const ProjectedYear &year : projection.perYear)
        worstPeak = std::max(worstPeak, year.peakFacilityKw.p95);
    QVERIFY(worstPeak > 0.0);
    const CheckResult grid = result(ComplianceChecker::run(plan, inputs, {}), QStringLiteral("grid-connection"));
    QCOMPARE(grid.basis, CheckBasis::Projected);
    QCOMPARE(grid.value, worstPeak);
    QCOMPARE(grid.status, worstPeak <= *plan.site().connectedPowerKw ? CheckStatus::Pass : CheckStatus::Fail);

    // The ramp check takes the worst year's P95 of the training swing within the hour from the same run.
    QCOMPARE(inputs.energy->trainingSwingKwP95ByYear.size(), projection.perYear.size());
    double worstSwing = 0.0;
    for (const ProjectedYear &year : projection.perYear) {
        QVERIFY(year.trainingSwingKw.p95 < year.peakFacilityKw.max);  // a swing, not the whole load
        worstSwing = std::max(worstSwing, year.trainingSwingKw.p95);
    }
    QVERIFY(worstSwing > 0.0);  // the default phase trains: its jobs swing
    const CheckResult ramp = result(ComplianceChecker::run(plan, inputs, {}), QStringLiteral("grid-ramp"));
    QCOMPARE(ramp.basis, CheckBasis::Projected);
    QCOMPARE(ramp.status, CheckStatus::NotAssessable);  // the bundled limits are placeholders: shown, not judged
    QCOMPARE(ramp.figure(QStringLiteral("swingMw")), worstSwing / 1000.0);
    QCOMPARE(ramp.value, 2.0 * worstSwing / 1000.0);  // trough to peak within a second
}

void TestProjectionSummaries::thermalTakesEachRacksHighestInlet()
{
    ThermalRun run;
    engine::RackThermalResult a;
    a.id = 11;
    a.inletMeanC = 24.0f;
    a.inletMaxC = 33.5f;
    engine::RackThermalResult b;
    b.id = 12;
    b.inletMeanC = 21.0f;
    b.inletMaxC = 22.25f;
    run.result.racks = { a, b };
    const ThermalSummary s = summarizeThermal(run);
    QCOMPARE(s.maxInletCByRack.size(), std::size_t(2));
    QCOMPARE(s.maxInletCByRack.at(11), 33.5);
    QCOMPARE(s.maxInletCByRack.at(12), 22.25);
    QCOMPARE(s.engine, QStringLiteral("cpu"));
    // What was projected travels with the figures (the inlet check names it; issue 15 saw "()").
    QCOMPARE(s.hall, QString());
    run.thermalCase.name = "Hall 1";
    run.result.grid.cellM = 0.25f;
    const ThermalSummary named = summarizeThermal(run);
    QCOMPARE(named.hall, QStringLiteral("Hall 1"));
    QCOMPARE(named.cellM, 0.25);
    QVERIFY2(named.scenario().startsWith(QStringLiteral("Hall 1, steady state")), qPrintable(named.scenario()));
    QVERIFY2(named.scenario().contains(QStringLiteral("0.25 m")), qPrintable(named.scenario()));
    QVERIFY(!ThermalSummary {}.scenario().isEmpty());
}

void TestProjectionSummaries::rackWithoutAirflowHasNoInlet()
{
    // Found by the plan invariants: the engine reports NaN for a rack whose devices move no air. It used
    // to reach the summary, where the report's histogram took floor(NaN) as its first bin.
    Plan plan;
    buildEveryFieldPlan(plan);
    const Rack &rack = plan.all<Rack>().begin()->second;
    ThermalRun run;
    engine::RackThermalResult empty;
    empty.id = rack.id;
    empty.inletMeanC = empty.inletMaxC = empty.exhaustC = std::nanf("");
    run.result.racks = { empty };
    const ThermalSummary s = summarizeThermal(run);
    QVERIFY(s.maxInletCByRack.empty());
    ProjectionInputs inputs;
    inputs.thermal = s;
    const CheckResult inlet = result(ComplianceChecker::run(plan, inputs, {}), QStringLiteral("ashrae-inlet"));
    QCOMPARE(inlet.status, CheckStatus::NotAssessable);  // no rack with an inlet: nothing to judge
}

QTEST_GUILESS_MAIN(TestProjectionSummaries)
#include "tst_projectionsummaries.moc"
