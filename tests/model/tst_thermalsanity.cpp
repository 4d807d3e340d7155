// SPDX-License-Identifier: GPL-3.0-or-later
// The checks of a hall's air paths before a thermal run (docs/cooling-budget.md): rack fronts facing a
// contained hot aisle or another rack's rear, rears blowing into a contained cold aisle, contained aisles
// without a return or a supply, cooling airflow below rack airflow, and ratings that the units' airflow
// does not carry; each on a small hall, and none on a sound one.
#include "../common/airpathplans.h"

#include "analysis/coolingbudget.h"
#include "analysis/thermalsanity.h"
#include "i18n/language.h"
#include "plan/planfiller.h"
#include "plan/validation.h"

#include <QtTest>

using namespace rw;
using rwtest::AirPathBuilder;
using Kind = ThermalSanityIssue::Kind;

namespace {

std::vector<ThermalSanityIssue> ofKind(const std::vector<ThermalSanityIssue> &issues, Kind kind)
{
    std::vector<ThermalSanityIssue> out;
    for (const ThermalSanityIssue &issue : issues)
        if (issue.kind == kind)
            out.push_back(issue);
    return out;
}

QString listed(const std::vector<ThermalSanityIssue> &issues)
{
    QStringList lines;
    for (const ThermalSanityIssue &issue : issues)
        lines << issue.message;
    return lines.join(QLatin1Char('\n'));
}

std::vector<Id> racksOf(const Plan &plan, Id rowId)
{
    std::vector<Id> out;
    for (const auto &[id, rack] : plan.all<Rack>())
        if (rack.rowId == rowId)
            out.push_back(id);
    return out;
}

}  // namespace

class TestThermalSanity : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(Language::apply(QStringLiteral("en"))); }
    void frontFacingAContainedHotAisle();
    void frontFacingAnotherRacksRear();
    void rearBlowingIntoAContainedColdAisle();
    void hotAisleNeedsAReturnPath();
    void coldAisleNeedsSupplyAir();
    void unitBlowingAtTheAislesPanelsFeedsNothing();
    void coolingAirflowBelowRackAirflow();
    void ratingAndAirflowMustAgree();
    void standbyUnitsRatingAndAirflowMustAgree();
    void soundHallHasNoIssues();
    void newUserPlanSaysWhatIsWrong();
};

void TestThermalSanity::frontFacingAContainedHotAisle()
{
    Plan plan;
    AirPathBuilder b(plan, 10, 8);
    const Id rowA = b.row(QStringLiteral("A"), 2, 3, 5, Facing::North, Containment::HotAisle);
    const Id rowB = b.row(QStringLiteral("B"), 2, 5.4, 5, Facing::North, Containment::HotAisle);
    b.unit(QStringLiteral("FW"), CoolingKind::FanWall, 0.45, 4, Facing::East);
    const auto issues = ofKind(ThermalSanity::check(plan, b.hallId), Kind::FrontInHotAisle);
    QCOMPARE(issues.size(), std::size_t(1));
    QCOMPARE(issues.front().racks, racksOf(plan, rowB));
    QCOMPARE(issues.front().otherRowId, rowA);
    QCOMPARE(issues.front().entityKind, EntityKind::Rack);
    QVERIFY2(issues.front().message.contains(QLatin1String("5 racks of B (B-01 to B-05)"))
            && issues.front().message.contains(QLatin1String("contained hot aisle of A")),
        qPrintable(issues.front().message));
    // Turned round, the second row shares the hot aisle with the first: nothing faces into it.
    for (Id id : racksOf(plan, rowB)) {
        Rack rack = *plan.find<Rack>(id);
        rack.facing = Facing::South;
        PlanFiller(plan).replace(rack);
    }
    QVERIFY(ofKind(ThermalSanity::check(plan, b.hallId), Kind::FrontInHotAisle).empty());
}

void TestThermalSanity::frontFacingAnotherRacksRear()
{
    Plan plan;
    AirPathBuilder b(plan, 10, 8);
    const Id rowA = b.row(QStringLiteral("A"), 2, 3, 5, Facing::North, Containment::None);
    const Id rowB = b.row(QStringLiteral("B"), 2, 5.4, 5, Facing::North, Containment::None);
    b.unit(QStringLiteral("FW"), CoolingKind::FanWall, 0.45, 4, Facing::East);
    const auto all = ThermalSanity::check(plan, b.hallId);
    const auto issues = ofKind(all, Kind::FrontFacesExhaust);
    QCOMPARE(issues.size(), std::size_t(1));
    QCOMPARE(issues.front().racks, racksOf(plan, rowB));
    QCOMPARE(issues.front().otherRowId, rowA);
    QVERIFY2(issues.front().message.contains(QLatin1String("rear of A across 1.2 m")), qPrintable(listed(all)));
    // The first row faces open floor: it is not reported.
    for (const ThermalSanityIssue &issue : all)
        for (Id id : racksOf(plan, rowA))
            QVERIFY(std::find(issue.racks.begin(), issue.racks.end(), id) == issue.racks.end());
}

void TestThermalSanity::rearBlowingIntoAContainedColdAisle()
{
    Plan plan;
    AirPathBuilder b(plan, 10, 8);
    const Id rowA = b.row(QStringLiteral("A"), 2, 3, 5, Facing::North, Containment::None);
    const Id rowB = b.row(QStringLiteral("B"), 2, 5.4, 5, Facing::North, Containment::ColdAisle);
    b.unit(QStringLiteral("FW"), CoolingKind::FanWall, 0.45, 4, Facing::East);
    const auto all = ThermalSanity::check(plan, b.hallId);
    const auto issues = ofKind(all, Kind::ExhaustInColdAisle);
    QCOMPARE(issues.size(), std::size_t(1));
    QCOMPARE(issues.front().racks, racksOf(plan, rowA));
    QCOMPARE(issues.front().otherRowId, rowB);
    QVERIFY2(issues.front().message.contains(QLatin1String("contained cold aisle of B")), qPrintable(listed(all)));
    // Row B's fronts are in its own cold aisle: they are not said to face A's exhaust as well.
    QVERIFY2(ofKind(all, Kind::FrontFacesExhaust).empty(), qPrintable(listed(all)));
}

void TestThermalSanity::hotAisleNeedsAReturnPath()
{
    Plan plan;
    AirPathBuilder b(plan, 10, 8, 5.0);
    const Id rowA = b.row(QStringLiteral("A"), 2, 3, 5, Facing::North, Containment::HotAisle);
    b.row(QStringLiteral("B"), 2, 5.4, 5, Facing::South, Containment::HotAisle);
    CoolingUnit fanWall = b.unit(QStringLiteral("FW"), CoolingKind::FanWall, 0.45, 4, Facing::East);
    // Both rows contain the aisle between them: one finding, and it asks for a return plenum.
    auto issues = ofKind(ThermalSanity::check(plan, b.hallId), Kind::HotAisleWithoutReturn);
    QCOMPARE(issues.size(), std::size_t(1));
    QCOMPARE(issues.front().otherRowId, rowA);
    QVERIFY2(issues.front().message.contains(QLatin1String("no return plenum")), qPrintable(issues.front().message));

    b.editHall([](Hall &h) { h.returnPlenumM = 1.0; });  // the chimney opens into a plenum the fan wall uses
    QVERIFY(ofKind(ThermalSanity::check(plan, b.hallId), Kind::HotAisleWithoutReturn).empty());
    fanWall.standby = true;  // ... unless nothing runs to take it
    PlanFiller(plan).replace(fanWall);
    issues = ofKind(ThermalSanity::check(plan, b.hallId), Kind::HotAisleWithoutReturn);
    QCOMPARE(issues.size(), std::size_t(1));
    QVERIFY2(issues.front().message.contains(QLatin1String("no fan wall or CRAH")), qPrintable(issues.front().message));

    // No plenum, but an in-row cooler in row A takes the aisle's air at its rear.
    b.editHall([](Hall &h) { h.returnPlenumM = 0.0; });
    const Rack middle = *plan.find<Rack>(racksOf(plan, rowA)[2]);
    PlanFiller(plan).take<Rack>(middle.id);
    b.unit(QStringLiteral("IR"), CoolingKind::InRow, middle.xM, middle.yM, Facing::North);
    QVERIFY(ofKind(ThermalSanity::check(plan, b.hallId), Kind::HotAisleWithoutReturn).empty());
}

void TestThermalSanity::coldAisleNeedsSupplyAir()
{
    Plan plan;
    AirPathBuilder b(plan, 10, 8);
    const Id rowA = b.row(QStringLiteral("A"), 2, 3, 5, Facing::South, Containment::ColdAisle);
    b.row(QStringLiteral("B"), 2, 5.4, 5, Facing::North, Containment::ColdAisle);
    b.unit(QStringLiteral("FW"), CoolingKind::FanWall, 0.45, 1.5, Facing::East);
    const auto issues = ofKind(ThermalSanity::check(plan, b.hallId), Kind::ColdAisleWithoutSupply);
    QCOMPARE(issues.size(), std::size_t(1));
    QCOMPARE(issues.front().otherRowId, rowA);

    // A raised floor with a perforated tile in the aisle, fed by a CRAH.
    b.editHall([](Hall &h) {
        h.floorType = FloorType::RaisedFloor;
        h.raisedFloorHeightM = 0.6;
    });
    Obstacle tile = DrawingDefaults::obstacle(ObstacleKind::PerforatedTile);
    tile.id = plan.allocateId();
    tile.hallId = b.hallId;
    tile.xM = 3;
    tile.yM = 4.2;
    PlanFiller(plan).insert(tile);
    QCOMPARE(ofKind(ThermalSanity::check(plan, b.hallId), Kind::ColdAisleWithoutSupply).size(), std::size_t(1));
    b.unit(QStringLiteral("CRAH"), CoolingKind::Crah, 9.5, 1.5, Facing::West);
    QVERIFY(ofKind(ThermalSanity::check(plan, b.hallId), Kind::ColdAisleWithoutSupply).empty());
}

void TestThermalSanity::unitBlowingAtTheAislesPanelsFeedsNothing()
{
    // Found by the plan invariants: one row with a contained cold aisle whose panel wall (at the hall's
    // minimum aisle width) stands right at a CRAH's supply face. The thermal case closes the aisle with
    // the panels and the engine refuses the shut-in air; the check before the run must say so.
    Plan plan;
    AirPathBuilder b(plan, 8, 8, 3.0);
    const Id row = b.row(QStringLiteral("A"), 1.2, 2.7, 2, Facing::North, Containment::ColdAisle);
    b.unit(QStringLiteral("CRAH"), CoolingKind::Crah, 1.75, 0.45, Facing::South);
    const auto issues = ofKind(ThermalSanity::check(plan, b.hallId), Kind::ColdAisleWithoutSupply);
    QCOMPARE(issues.size(), std::size_t(1));
    QCOMPARE(issues.front().otherRowId, row);
}

void TestThermalSanity::coolingAirflowBelowRackAirflow()
{
    Plan plan;
    AirPathBuilder b(plan, 10, 8);
    b.row(QStringLiteral("A"), 2, 3, 5, Facing::North, Containment::None);
    b.unit(QStringLiteral("CRAH 1"), CoolingKind::Crah, 5, 7, Facing::North);
    // Five racks of 4 x 2,633.5 m³/h against one CRAH of 38,000 m³/h: 72 %.
    auto issues = ofKind(ThermalSanity::check(plan, b.hallId), Kind::AirflowShort);
    QCOMPARE(issues.size(), std::size_t(1));
    QCOMPARE(issues.front().entityKind, EntityKind::Hall);
    QVERIFY2(issues.front().message.contains(QStringLiteral("38,000 m³/h"))
            && issues.front().message.contains(QStringLiteral("52,670 m³/h"))
            && issues.front().message.contains(QLatin1String("(72 %)")),
        qPrintable(issues.front().message));
    b.unit(QStringLiteral("CRAH 2"), CoolingKind::Crah, 8, 7, Facing::North);
    QVERIFY(ofKind(ThermalSanity::check(plan, b.hallId), Kind::AirflowShort).empty());
}

void TestThermalSanity::ratingAndAirflowMustAgree()
{
    Plan plan;
    AirPathBuilder b(plan, 10, 8);
    b.row(QStringLiteral("A"), 2, 3, 5, Facing::North, Containment::None);
    CoolingUnit unit = b.unit(QStringLiteral("FW"), CoolingKind::FanWall, 0.45, 4, Facing::East);
    QVERIFY(ThermalSanity::check(plan, b.hallId).empty());  // the defaults agree
    QCOMPARE(CoolingBudgeter::capacityKw(unit), 600.0);

    // 120,000 m³/h from 32 °C down to 20 °C carry 482 kW: the budget counts that, and says so.
    unit.airflowM3PerH = 120000;
    PlanFiller(plan).replace(unit);
    auto issues = ofKind(ThermalSanity::check(plan, b.hallId), Kind::RatingBeyondAirflow);
    QCOMPARE(issues.size(), std::size_t(1));
    QCOMPARE(issues.front().entityId, unit.id);
    QVERIFY2(issues.front().message.contains(QLatin1String("counts 482 kW")), qPrintable(issues.front().message));
    QVERIFY(std::fabs(CoolingBudgeter::capacityKw(unit) - 482.4 * 1.01) < 0.5);
    QVERIFY(std::fabs(CoolingBudgeter::compute(plan).halls.front().airHeat.installedKw - 482.4 * 1.01) < 0.5);

    // 200,000 m³/h would carry 804 kW: the coil is asked for more than its 600 kW at its design return.
    unit.airflowM3PerH = 200000;
    PlanFiller(plan).replace(unit);
    issues = ofKind(ThermalSanity::check(plan, b.hallId), Kind::CoilOverRating);
    QCOMPARE(issues.size(), std::size_t(1));
    QVERIFY2(issues.front().message.contains(QLatin1String("804 kW, more than its rating of 600 kW")),
        qPrintable(issues.front().message));
    QCOMPARE(CoolingBudgeter::capacityKw(unit), 600.0);
}

void TestThermalSanity::standbyUnitsRatingAndAirflowMustAgree()
{
    // Found by tst_planinvariants: a standby unit's rating counts towards redundancy and it runs when a
    // duty unit fails, so its rating and airflow must agree as well (the budget counts the smaller).
    Plan plan;
    AirPathBuilder b(plan, 10, 8);
    b.row(QStringLiteral("A"), 2, 3, 5, Facing::North, Containment::None);
    b.unit(QStringLiteral("FW 1"), CoolingKind::FanWall, 0.45, 2.5, Facing::East);
    CoolingUnit standby = b.unit(QStringLiteral("FW 2"), CoolingKind::FanWall, 0.45, 6, Facing::East);
    standby.standby = true;
    standby.airflowM3PerH = 120000;
    PlanFiller(plan).replace(standby);
    auto issues = ofKind(ThermalSanity::check(plan, b.hallId), Kind::RatingBeyondAirflow);
    QCOMPARE(issues.size(), std::size_t(1));
    QCOMPARE(issues.front().entityId, standby.id);
    standby.airflowM3PerH = 200000;
    PlanFiller(plan).replace(standby);
    issues = ofKind(ThermalSanity::check(plan, b.hallId), Kind::CoilOverRating);
    QCOMPARE(issues.size(), std::size_t(1));
    QCOMPARE(issues.front().entityId, standby.id);
}

void TestThermalSanity::soundHallHasNoIssues()
{
    // Back to back around a hot aisle that opens into a return plenum, fan walls with the defaults.
    Plan plan;
    AirPathBuilder b(plan, 12, 10, 5.0);
    b.editHall([](Hall &h) { h.returnPlenumM = 1.0; });
    b.row(QStringLiteral("A"), 3, 3.5, 10, Facing::North, Containment::HotAisle);
    b.row(QStringLiteral("B"), 3, 5.9, 10, Facing::South, Containment::HotAisle);
    b.unit(QStringLiteral("FW 1"), CoolingKind::FanWall, 0.45, 2.5, Facing::East);
    b.unit(QStringLiteral("FW 2"), CoolingKind::FanWall, 0.45, 7.0, Facing::East);
    const auto issues = ThermalSanity::check(plan);
    QVERIFY2(issues.empty(), qPrintable(listed(issues)));
    const auto findings = PlanValidator::validate(plan);
    for (const Finding &finding : findings)
        QVERIFY2(
            finding.kind != EntityKind::Hall && finding.kind != EntityKind::CoolingUnit, qPrintable(finding.message));
}

void TestThermalSanity::newUserPlanSaysWhatIsWrong()
{
    Plan plan;
    rwtest::buildNewUserPlan(plan);
    const auto issues = ThermalSanity::check(plan);
    // Both rows drawn with fronts north: the second faces the first's hot aisle; and neither hot aisle has
    // a return path in a hall without a return plenum.
    QCOMPARE(ofKind(issues, Kind::FrontInHotAisle).size(), std::size_t(1));
    QCOMPARE(ofKind(issues, Kind::FrontInHotAisle).front().racks.size(), std::size_t(25));
    QCOMPARE(ofKind(issues, Kind::HotAisleWithoutReturn).size(), std::size_t(2));
    QVERIFY2(ofKind(issues, Kind::AirflowShort).empty(), qPrintable(listed(issues)));
    QVERIFY2(ofKind(issues, Kind::RatingBeyondAirflow).empty(), qPrintable(listed(issues)));
    // The same sentences are findings of the plan.
    const auto findings = PlanValidator::validate(plan);
    for (const ThermalSanityIssue &issue : issues)
        QVERIFY2(std::any_of(findings.begin(), findings.end(),
                     [&](const Finding &f) {
                         return f.message == issue.message && f.severity == Finding::Severity::Warning;
                     }),
            qPrintable(issue.message));
    // In German as well.
    QVERIFY(Language::apply(QStringLiteral("de")));
    const auto german = ThermalSanity::check(plan);
    QVERIFY2(ofKind(german, Kind::FrontInHotAisle).front().message.contains(QStringLiteral("Warmgang")),
        qPrintable(ofKind(german, Kind::FrontInHotAisle).front().message));
}

QTEST_GUILESS_MAIN(TestThermalSanity)
#include "tst_thermalsanity.moc"
