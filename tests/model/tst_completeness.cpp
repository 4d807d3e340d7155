// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/checkresults.h"
#include "../common/testplans.h"

#include "analysis/contingency.h"
#include "i18n/language.h"
#include "plan/completenesschecks.h"
#include "plan/planfiller.h"
#include "review/compliancechecker.h"

#include <QtTest>

using namespace rw;
using namespace rwtest;

namespace {

QString listed(const std::vector<Finding> &findings)
{
    QStringList lines;
    for (const Finding &f : findings)
        lines << f.message;
    return lines.join(QLatin1Char('\n'));
}

/// The findings whose message contains `text`.
std::vector<Finding> mentioning(const std::vector<Finding> &findings, const QString &text)
{
    std::vector<Finding> out;
    for (const Finding &f : findings)
        if (f.message.contains(text))
            out.push_back(f);
    return out;
}

/// A power chain for the unpowered hall: a utility feed, a UPS and one busway per row feeding side A.
void addChain(Plan &plan, bool feedEveryRack)
{
    PowerNode utility;
    utility.id = plan.allocateId();
    utility.name = QStringLiteral("Utility");
    utility.kind = PowerNodeKind::UtilityFeed;
    utility.ratingKw = 4000;
    PlanFiller(plan).insert(utility);
    PowerNode ups = utility;
    ups.id = plan.allocateId();
    ups.name = QStringLiteral("UPS");
    ups.kind = PowerNodeKind::Ups;
    PlanFiller(plan).insert(ups);
    PlanFiller(plan).insert(PowerLink { plan.allocateId(), utility.id, ups.id });
    std::map<Id, Id> buswayOfRow;
    for (const auto &[rowId, row] : plan.all<Row>()) {
        PowerNode busway = utility;
        busway.id = plan.allocateId();
        busway.name = QStringLiteral("Busway %1").arg(row.name);
        busway.kind = PowerNodeKind::Busway;
        busway.ratingKw = 2000;
        PlanFiller(plan).insert(busway);
        PlanFiller(plan).insert(PowerLink { plan.allocateId(), ups.id, busway.id });
        buswayOfRow[rowId] = busway.id;
    }
    bool first = true;
    for (const auto &[rackId, stored] : plan.all<Rack>()) {
        if (!feedEveryRack && first) {
            first = false;
            continue;  // the first rack stays unfed
        }
        Rack rack = stored;
        rack.feedA = buswayOfRow[rack.rowId];
        PlanFiller(plan).replace(rack);
    }
    for (const auto &[unitId, stored] : plan.all<CoolingUnit>()) {
        CoolingUnit unit = stored;
        unit.feedId = ups.id;
        PlanFiller(plan).replace(unit);
    }
}

}  // namespace

class TestCompleteness : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void planWithoutPowerChainHasFindings();
    void planWithoutPowerChainIsNotAssessable();
    void complianceSaysNotAssessable();
    void unfedRackInAChain();
    void completeChainHasNoPowerFindings();
    void coolingUnitWithoutFeed();
    void hallWithoutCooling();
    void liquidRackWithoutCdu();
    void chainWithoutSupply();
};

void TestCompleteness::initTestCase()
{
    QVERIFY(Language::apply(QStringLiteral("en")));  // British number format and English plural forms
}

void TestCompleteness::planWithoutPowerChainHasFindings()
{
    Plan plan;
    buildUnpoweredHall(plan);
    const std::vector<Finding> findings = PlanValidator::validate(plan);
    QVERIFY(!PlanValidator::hasErrors(findings));
    // One finding for the missing chain, naming the load, not one per rack; the fan walls are in it too.
    const std::vector<Finding> chain = mentioning(findings, QStringLiteral("no power chain"));
    QCOMPARE(chain.size(), std::size_t(1));
    QVERIFY2(chain.front().message.contains(QStringLiteral("50 racks draw up to 2,860.0 kW")),
        qPrintable(chain.front().message));
    QVERIFY2(chain.front().message.contains(QStringLiteral("6 cooling units")), qPrintable(chain.front().message));
    QCOMPARE(chain.front().severity, Finding::Severity::Warning);
    QCOMPARE(chain.front().kind, EntityKind::Rack);
    QVERIFY(plan.find<Rack>(chain.front().key.toLongLong()));
}

void TestCompleteness::planWithoutPowerChainIsNotAssessable()
{
    Plan plan;
    buildUnpoweredHall(plan);
    // No class "1", no "holds": the failure analysis has nothing to analyse.
    const PowerAnalysis analysis = PowerAnalyzer::analyze(plan);
    QCOMPARE(analysis.availability.supportedClass, 0);
    QVERIFY2(analysis.availability.reason.contains(QStringLiteral("no power chain")),
        qPrintable(analysis.availability.reason));
    const Completeness c = CompletenessChecks::assess(plan);
    QVERIFY(!c.hasPowerChain);
    QCOMPARE(c.unfedRacks.size(), std::size_t(50));
    QCOMPARE(c.unfedLoadKw, 50 * 4 * 14.3);
    QCOMPARE(c.unfedCoolingUnits.size(), std::size_t(6));
    QVERIFY(!c.powerGap().isEmpty());
    QVERIFY(c.coolingGaps.empty());  // six fan walls: the air heat has somewhere to go
}

void TestCompleteness::complianceSaysNotAssessable()
{
    Plan plan;
    buildUnpoweredHall(plan);
    const ComplianceReport report = ComplianceChecker::run(plan, {}, {});
    for (const char *rule : { "power-headroom", "en50600-availability" }) {
        const CheckResult &r = result(report, QLatin1String(rule));
        QVERIFY2(r.status == CheckStatus::NotAssessable, rule);
        QVERIFY2(r.detail.contains(QStringLiteral("no power chain"))
                || r.detail.contains(QStringLiteral("not declared"))
                || r.detail.contains(QStringLiteral("declares no")),
            qPrintable(r.detail));
    }
    Review review;
    review.thresholds[QStringLiteral("minPowerHeadroomShare")] = 0.1;
    const ComplianceReport tenderReport = ComplianceChecker::run(plan, {}, review);  // outlives the reference
    const CheckResult &tender = result(tenderReport, QStringLiteral("tender-minPowerHeadroomShare"));
    QCOMPARE(tender.status, CheckStatus::NotAssessable);
    QVERIFY2(tender.detail.contains(QStringLiteral("no power chain")), qPrintable(tender.detail));
    // What passes is computed from what is drawn (floor load, the fan walls against the heat), never a declaration.
    for (const CheckResult &r : report.results) {
        if (r.status == CheckStatus::Pass)
            QVERIFY2(r.basis == CheckBasis::Computed, qPrintable(r.ruleId));
    }
    QCOMPARE(result(report, QStringLiteral("cooling-headroom")).status, CheckStatus::Pass);
}

void TestCompleteness::unfedRackInAChain()
{
    Plan plan;
    buildUnpoweredHall(plan);
    addChain(plan, false);
    const std::vector<Finding> findings = PlanValidator::validate(plan);
    QVERIFY2(mentioning(findings, QStringLiteral("no power chain")).empty(), qPrintable(listed(findings)));
    const std::vector<Finding> unfed = mentioning(findings, QStringLiteral("has no power feed"));
    QCOMPARE(unfed.size(), std::size_t(1));
    QCOMPARE(unfed.front().kind, EntityKind::Rack);
    QCOMPARE(unfed.front().message, QStringLiteral("Rack R1-01 draws up to 57.2 kW but has no power feed."));
    // The analysis judges the part that is fed, but does not call the whole plan assessed.
    const PowerAnalysis analysis = PowerAnalyzer::analyze(plan);
    QCOMPARE(analysis.availability.supportedClass, 0);
    QVERIFY2(analysis.availability.reason.contains(QStringLiteral("1 rack with up to 57.2 kW has no power feed")),
        qPrintable(analysis.availability.reason));
    const ComplianceReport report = ComplianceChecker::run(plan, {}, {});
    const CheckResult &headroom = result(report, QStringLiteral("power-headroom"));
    QCOMPARE(headroom.status, CheckStatus::NotAssessable);
}

void TestCompleteness::completeChainHasNoPowerFindings()
{
    Plan plan;
    buildUnpoweredHall(plan);
    addChain(plan, true);
    const std::vector<Finding> completeness = CompletenessChecks::check(plan);
    QVERIFY2(completeness.empty(), qPrintable(listed(completeness)));
    const PowerAnalysis analysis = PowerAnalyzer::analyze(plan);
    QCOMPARE(analysis.availability.supportedClass, 1);  // one feed per rack: a single point of failure
    QCOMPARE(CompletenessChecks::assess(plan).powerGap(), QString());
}

void TestCompleteness::coolingUnitWithoutFeed()
{
    Plan plan;
    buildUnpoweredHall(plan);
    addChain(plan, true);
    CoolingUnit unit = plan.all<CoolingUnit>().begin()->second;
    unit.feedId = kNoId;
    PlanFiller(plan).replace(unit);
    const std::vector<Finding> findings = CompletenessChecks::check(plan);
    QCOMPARE(findings.size(), std::size_t(1));
    QCOMPARE(findings.front().kind, EntityKind::CoolingUnit);
    QCOMPARE(findings.front().key.toLongLong(), unit.id);
    QVERIFY2(findings.front().message.startsWith(QStringLiteral("Cooling unit FW-1 has no power feed")),
        qPrintable(findings.front().message));

    // A passive rear door needs no power; one with fans does.
    unit.kind = CoolingKind::RearDoor;
    unit.powerDrawKw = 0;
    PlanFiller(plan).replace(unit);
    QVERIFY(CompletenessChecks::check(plan).empty());
    unit.powerDrawKw = 1.5;
    PlanFiller(plan).replace(unit);
    QCOMPARE(CompletenessChecks::check(plan).size(), std::size_t(1));
}

void TestCompleteness::hallWithoutCooling()
{
    Plan plan;
    buildUnpoweredHall(plan);
    addChain(plan, true);
    for (const Id id : [&] {
             std::vector<Id> ids;
             for (const auto &[unitId, unit] : plan.all<CoolingUnit>())
                 ids.push_back(unitId);
             return ids;
         }())
        PlanFiller(plan).take<CoolingUnit>(id);
    const std::vector<Finding> findings = CompletenessChecks::check(plan);
    QCOMPARE(findings.size(), std::size_t(1));
    QCOMPARE(findings.front().kind, EntityKind::Hall);
    QCOMPARE(findings.front().message,
        QStringLiteral("Hall 1: the racks release up to 2,860.0 kW into the air, and the hall has no air cooling unit "
                       "(CRAH, fan wall, in-row cooler or rear door)."));
    const CheckResult cooling = result(ComplianceChecker::run(plan, {}, {}), QStringLiteral("cooling-headroom"));
    QCOMPARE(cooling.status, CheckStatus::NotAssessable);
    QCOMPARE(cooling.detail, findings.front().message);
}

void TestCompleteness::liquidRackWithoutCdu()
{
    Plan plan;
    buildUnpoweredHall(plan);
    addChain(plan, true);
    DeviceType server = plan.all<DeviceType>().begin()->second;
    server.liquidHeatShare = 0.8;
    PlanFiller(plan).replace(server);
    std::vector<Finding> findings = CompletenessChecks::check(plan);
    QCOMPARE(findings.size(), std::size_t(1));
    QVERIFY2(findings.front().message.contains(QStringLiteral("2,288.0 kW into liquid, and the hall has no CDU")),
        qPrintable(findings.front().message));

    // A rack marked liquid-cooled needs a CDU even when its devices give no liquid share.
    server.liquidHeatShare = 0.0;
    PlanFiller(plan).replace(server);
    Rack rack = plan.all<Rack>().begin()->second;
    rack.cooling = RackCooling::Hybrid;
    PlanFiller(plan).replace(rack);
    findings = CompletenessChecks::check(plan);
    QCOMPARE(findings.size(), std::size_t(1));
    QCOMPARE(findings.front().message,
        QStringLiteral("Hall 1: 1 rack is liquid-cooled or hybrid, and the hall has no CDU."));

    CoolingUnit cdu;
    cdu.id = plan.allocateId();
    cdu.hallId = rack.hallId;
    cdu.name = QStringLiteral("CDU 1");
    cdu.kind = CoolingKind::Cdu;
    cdu.capacityKw = 1000;
    cdu.supplyTempC = 30;
    cdu.returnTempC = 40;
    cdu.feedId = plan.all<PowerNode>().begin()->first;
    PlanFiller(plan).insert(cdu);
    QVERIFY2(CompletenessChecks::check(plan).empty(), qPrintable(listed(CompletenessChecks::check(plan))));
}

void TestCompleteness::chainWithoutSupply()
{
    Plan plan;
    buildUnpoweredHall(plan);
    addChain(plan, true);
    // Drop the utility feed: the UPS is now the top of the chain, and nothing says where its power comes from.
    Id utility = kNoId;
    for (const auto &[id, node] : plan.all<PowerNode>())
        if (node.kind == PowerNodeKind::UtilityFeed)
            utility = id;
    for (const auto &[id, link] : std::map<Id, PowerLink>(plan.all<PowerLink>().begin(), plan.all<PowerLink>().end()))
        if (link.fromId == utility)
            PlanFiller(plan).take<PowerLink>(id);
    PlanFiller(plan).take<PowerNode>(utility);
    const std::vector<Finding> findings = CompletenessChecks::check(plan);
    QCOMPARE(findings.size(), std::size_t(1));
    QCOMPARE(findings.front().kind, EntityKind::PowerNode);
    QVERIFY2(
        findings.front().message.startsWith(QStringLiteral("Power node UPS")), qPrintable(findings.front().message));
}

QTEST_MAIN(TestCompleteness)
#include "tst_completeness.moc"
