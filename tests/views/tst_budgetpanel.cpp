// SPDX-License-Identifier: GPL-3.0-or-later
// The budget panel says "not assessable" for a subsystem the plan does not draw, never "every budget holds".

#include "../common/campusplan.h"
#include "../common/testplans.h"

#include "analysis/capacitysearch.h"
#include "i18n/language.h"
#include "panels/budgetpanel.h"
#include "plan/planfiller.h"

#include <QListWidget>
#include <QPushButton>
#include <QtTest>

#include <memory>

using namespace rw;
using namespace rwtest;

namespace {

QStringList listedTexts(const QWidget &panel)
{
    QStringList texts;
    for (const QListWidget *list : panel.findChildren<QListWidget *>()) {
        for (int i = 0; i < list->count(); ++i)
            texts << list->item(i)->text();
    }
    return texts;
}

/// The small plan with room in both racks for a switch: its one air handler may carry the load alone.
void buildPlanWithRoom(Plan &plan)
{
    buildSmallPlan(plan);
    Hall hall = *plan.find<Hall>(small::kHall);
    hall.coolingRedundancy = Redundancy::N;
    PlanFiller(plan).replace(hall);
}

QPushButton *buttonNamed(const QWidget &panel, const QString &text)
{
    for (QPushButton *button : panel.findChildren<QPushButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

}  // namespace

class TestBudgetPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void planWithoutPowerChain();
    void hallWithoutCooling();
    void germanWording();
    void campusIsAnalysedInTheBackground();
    void capacitySearchRunsOnAWorker();
    void capacitySearchOfAnEditedPlanIsDropped();
    void capacitySearchCancels();
};

void TestBudgetPanel::initTestCase()
{
    QVERIFY(Language::apply(QStringLiteral("en")));
}

void TestBudgetPanel::planWithoutPowerChain()
{
    Plan plan;
    buildUnpoweredHall(plan);
    BudgetPanel panel(plan);
    const QString availability = panel.availabilityText();
    QVERIFY2(availability.contains(QStringLiteral("Supported availability class (EN 50600): not assessable")),
        qPrintable(availability));
    QVERIFY2(availability.contains(QStringLiteral("no class declared")), qPrintable(availability));
    QVERIFY2(availability.contains(QStringLiteral("The plan has no power chain: 50 racks with up to 2,860.0 kW")),
        qPrintable(availability));
    const QStringList texts = listedTexts(panel);
    QVERIFY2(!texts.join(QLatin1Char('\n')).contains(QStringLiteral("Every budget holds")),
        qPrintable(texts.join(QLatin1Char('\n'))));
    QVERIFY2(texts.first().startsWith(QStringLiteral("Power budgets not assessable: The plan has no power chain")),
        qPrintable(texts.join(QLatin1Char('\n'))));
}

void TestBudgetPanel::hallWithoutCooling()
{
    Plan plan;
    buildUnpoweredHall(plan);
    std::vector<Id> units;
    for (const auto &[id, unit] : plan.all<CoolingUnit>())
        units.push_back(id);
    for (Id id : units)
        PlanFiller(plan).take<CoolingUnit>(id);
    BudgetPanel panel(plan);
    const QString all = listedTexts(panel).join(QLatin1Char('\n'));
    QVERIFY2(
        all.contains(QStringLiteral("Cooling budget not assessable: Hall 1: the racks release up to 2,860.0 kW into "
                                    "the air, and the hall has no air cooling unit")),
        qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("air cooling carries")), qPrintable(all));  // no budget judged on nothing
}

void TestBudgetPanel::germanWording()
{
    QVERIFY(Language::apply(QStringLiteral("de")));
    Plan plan;
    buildUnpoweredHall(plan);
    Site site = plan.site();
    site.declaredAvailabilityClass = 3;
    PlanFiller(plan).setSite(site);
    BudgetPanel panel(plan);
    const QString availability = panel.availabilityText();
    QVERIFY2(availability.contains(QStringLiteral("nicht bewertbar")), qPrintable(availability));
    QVERIFY2(availability.contains(QStringLiteral("angegeben: Klasse 3")), qPrintable(availability));
    QVERIFY2(availability.contains(QStringLiteral("2.860,0 kW")), qPrintable(availability));
    QVERIFY(Language::apply(QStringLiteral("en")));
}

void TestBudgetPanel::campusIsAnalysedInTheBackground()
{
    // A campus's N-1 takes a minute: the window must not freeze, and the figures must be those of the plan.
    Plan plan;
    buildDemoCampus(plan, 4);
    QVERIFY(int(plan.all<PowerNode>().size()) > BudgetPanel::kBackgroundNodes);
    BudgetPanel panel(plan);
    QVERIFY(panel.isAnalysing());
    QVERIFY2(panel.availabilityText().contains(QStringLiteral("Analysing the power chain")),
        qPrintable(panel.availabilityText()));
    QVERIFY(panel.powerAnalysis().contingencies.empty());
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isAnalysing(), 600000);
    const PowerAnalysis direct = PowerAnalyzer::analyze(plan);
    QCOMPARE(panel.powerAnalysis().contingencies.size(), direct.contingencies.size());
    QCOMPARE(panel.powerAnalysis().worstIndex, direct.worstIndex);
    QCOMPARE(panel.powerAnalysis().availability.supportedClass, direct.availability.supportedClass);
    QVERIFY2(panel.availabilityText().contains(QStringLiteral("Supported availability class")),
        qPrintable(panel.availabilityText()));

    // An edit while the worker runs: the panel ends with the analysis of the edited plan, not the one before.
    Rack rack;
    for (const auto &[id, candidate] : plan.all<Rack>())
        if (candidate.feedB != kNoId && !plan.devicesInRack(id).empty()) {
            rack = candidate;
            break;
        }
    QVERIFY(rack.id != kNoId);
    rack.feedB = kNoId;  // one feed fewer: that rack loses power when side A fails
    const Id rackId = rack.id;
    PlanFiller(plan).replace(rack);
    QTRY_VERIFY_WITH_TIMEOUT(panel.isAnalysing(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isAnalysing(), 600000);
    const PowerAnalysis edited = PowerAnalyzer::analyze(plan);
    QCOMPARE(panel.powerAnalysis().availability.supportedClass, edited.availability.supportedClass);
    const auto losesRack = [rackId](const PowerAnalysis &a) {
        for (const PowerState &c : a.contingencies)
            if (std::find(c.racksLost.begin(), c.racksLost.end(), rackId) != c.racksLost.end())
                return true;
        return false;
    };
    QVERIFY(losesRack(edited));
    QVERIFY(losesRack(panel.powerAnalysis()));
}

void TestBudgetPanel::capacitySearchRunsOnAWorker()
{
    // The search runs the N-1 of the plan: on a campus a minute, so never on the GUI thread.
    Plan plan;
    buildPlanWithRoom(plan);
    BudgetPanel panel(plan);
    QSignalSpy chosen(&panel, &BudgetPanel::capacityRacksChosen);
    panel.searchCapacity(small::kSwitch);
    QVERIFY(panel.isSearching());
    QVERIFY(panel.capacityText().startsWith(QStringLiteral("Searching")));
    QPushButton *cancel = buttonNamed(panel, QStringLiteral("&Cancel"));
    QVERIFY(cancel && !cancel->isHidden());
    QTRY_VERIFY(!panel.isSearching());
    QVERIFY(cancel->isHidden());

    const CapacityResult direct = CapacitySearch::run(plan, small::kSwitch);
    QVERIFY(direct.fits > 0);
    QCOMPARE(panel.capacityPlacements().size(), direct.placements.size());
    for (std::size_t i = 0; i < direct.placements.size(); ++i) {
        QCOMPARE(panel.capacityPlacements()[i].rackId, direct.placements[i].rackId);
        QCOMPARE(panel.capacityPlacements()[i].positionsU, direct.placements[i].positionsU);
    }
    QVERIFY2(panel.capacityText().startsWith(QStringLiteral("%1 more fit").arg(direct.fits)),
        qPrintable(panel.capacityText()));
    QCOMPARE(chosen.size(), 1);
}

void TestBudgetPanel::capacitySearchOfAnEditedPlanIsDropped()
{
    Plan plan;
    buildPlanWithRoom(plan);
    BudgetPanel panel(plan);
    QSignalSpy chosen(&panel, &BudgetPanel::capacityRacksChosen);
    panel.searchCapacity(small::kSwitch);
    Rack rack = *plan.find<Rack>(small::kRackA);
    rack.maxPowerKw += 1.0;
    PlanFiller(plan).replace(rack);  // while the worker searches the plan as it was
    QTRY_VERIFY(!panel.isSearching());
    QVERIFY(panel.capacityPlacements().empty());
    QCOMPARE(chosen.size(), 0);
    QVERIFY2(panel.capacityText().contains(QStringLiteral("The plan changed during the search")),
        qPrintable(panel.capacityText()));
}

void TestBudgetPanel::capacitySearchCancels()
{
    Plan plan;
    buildPlanWithRoom(plan);
    BudgetPanel panel(plan);
    panel.searchCapacity(small::kSwitch);
    buttonNamed(panel, QStringLiteral("&Cancel"))->click();
    QTRY_VERIFY(!panel.isSearching());
    QVERIFY(panel.capacityPlacements().empty());
    QCOMPARE(panel.capacityText(), QStringLiteral("Search cancelled."));

    // Closing the window mid-run: the panel goes, its worker stops first.
    auto closing = std::make_unique<BudgetPanel>(plan);
    closing->searchCapacity(small::kSwitch);
    QVERIFY(closing->isSearching());
    closing.reset();

    // The model's search itself stops when asked.
    AnalysisProgress progress;
    progress.cancel = true;
    QVERIFY(CapacitySearch::run(plan, small::kSwitch, 1000000, &progress).cancelled);
}

QTEST_MAIN(TestBudgetPanel)
#include "tst_budgetpanel.moc"
