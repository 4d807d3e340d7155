// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testplans.h"

#include "plan/dcdistribution.h"
#include "plan/planfiller.h"
#include "plan/powergraph.h"

#include <QtTest>

#include <cmath>
#include <functional>
#include <limits>
#include <set>

using namespace rw;
using namespace rwtest;

namespace {

using Subject = std::pair<EntityKind, QString>;  // what a finding is about; the key as text

std::set<Subject> subjects(const std::vector<Finding> &findings, Finding::Severity severity)
{
    std::set<Subject> result;
    for (const Finding &f : findings) {
        if (f.severity == severity)
            result.emplace(f.kind, f.key.toString());
    }
    return result;
}

Subject about(EntityKind kind, const QVariant &key)
{
    return { kind, key.toString() };
}

int count(const std::vector<Finding> &findings, Finding::Severity severity, EntityKind kind, const QVariant &key)
{
    return int(std::count_if(findings.begin(), findings.end(), [&](const Finding &f) {
        return f.severity == severity && f.kind == kind && f.key.toString() == key.toString();
    }));
}

QString listed(const std::vector<Finding> &findings)
{
    QString text;
    for (const Finding &f : findings)
        text += (f.severity == Finding::Severity::Error ? QStringLiteral("\n  error: ")
                                                        : QStringLiteral("\n  warning: "))
            + f.message;
    return text;
}

template <class T> const FieldDef<T> &fieldNamed(const QString &name)
{
    for (const auto &f : EntityTraits<T>::fields()) {
        if (f.name == name)
            return f;
    }
    qFatal("no field %s", qPrintable(name));
}

/// The small plan made complete: its servers put no heat into liquid, since its hall has no CDU. (The small
/// plan as it is gets exactly that completeness finding; see smallPlanLacksOnlyACdu.)
void buildCompleteSmallPlan(Plan &plan)
{
    buildSmallPlan(plan);
    DeviceType server = *plan.find<DeviceType>(small::kServer);
    server.liquidHeatShare = 0.0;
    PlanFiller(plan).replace(server);
}

constexpr auto kError = Finding::Severity::Error;
constexpr auto kWarning = Finding::Severity::Warning;

}  // namespace

class TestValidation : public QObject {
    Q_OBJECT

private slots:
    void smallPlanLacksOnlyACdu();
    void everyFieldPlanHasNoErrors();
    void devicePlacement_data();
    void devicePlacement();
    void deviceDeeperThanRack();
    void danglingReferences();
    void powerLoops();
    void crossFieldErrors();
    void warnings();
    void labels();
    void fieldRanges_data();
    void fieldRanges();
    void findingsOfAKindAreCounted();
    void duplicateDevicesAreCounted();
    void firstErrorSkipsWarnings();
    void dcDistributionMismatches();
    void echoedValuesStayOnOneLine();
};

void TestValidation::smallPlanLacksOnlyACdu()
{
    // The small plan's servers put 25 % of their heat into liquid, and its hall has no CDU: that is its only
    // finding, a warning.
    Plan plan;
    buildSmallPlan(plan);
    auto findings = PlanValidator::validate(plan);
    QCOMPARE(findings.size(), std::size_t(1));
    QCOMPARE(findings.front().severity, kWarning);
    QCOMPARE(findings.front().kind, EntityKind::Hall);
    QVERIFY2(findings.front().message.contains(QStringLiteral("the hall has no CDU")), qPrintable(listed(findings)));

    buildCompleteSmallPlan(plan);
    findings = PlanValidator::validate(plan);
    QVERIFY2(findings.empty(), qPrintable(listed(findings)));
    QVERIFY(!PlanValidator::hasErrors(findings));
    QVERIFY(!findPowerLoop(plan));
    for (const auto &[id, device] : plan.all<MountedDevice>())
        QVERIFY(PlanValidator::checkDevicePlacement(plan, device).empty());
}

void TestValidation::everyFieldPlanHasNoErrors()
{
    Plan plan;
    buildEveryFieldPlan(plan);
    const auto findings = PlanValidator::validate(plan);
    QVERIFY2(!PlanValidator::hasErrors(findings), qPrintable(listed(findings)));
}

void TestValidation::devicePlacement_data()
{
    using namespace small;
    QTest::addColumn<Id>("rackId");
    QTest::addColumn<QString>("typeKey");
    QTest::addColumn<int>("positionU");
    QTest::addColumn<int>("newDeviceErrors");
    QTest::addColumn<QList<Id>>("othersWithErrors");

    // Rack A (42U): servers at U1-2 and U3-4, switch at U42, 0U PDU. Rack B (48U): server at U10-11.
    QTest::newRow("server over two servers") << kRackA << kServer << 2 << 2 << QList<Id> { kServerA1, kServerA3 };
    QTest::newRow("server over the upper server") << kRackA << kServer << 4 << 1 << QList<Id> { kServerA3 };
    QTest::newRow("server touching from above") << kRackA << kServer << 5 << 0 << QList<Id> {};
    QTest::newRow("switch right below the switch") << kRackA << kSwitch << 41 << 0 << QList<Id> {};
    QTest::newRow("switch on the switch") << kRackA << kSwitch << 42 << 1 << QList<Id> { kSwitchA42 };
    // U42-43: sticks out of the 42U rack and overlaps the switch at U42.
    QTest::newRow("server at the top of A") << kRackA << kServer << 42 << 2 << QList<Id> { kSwitchA42 };
    QTest::newRow("server in the last two U of B") << kRackB << kServer << 47 << 0 << QList<Id> {};
    QTest::newRow("server one U too high in B") << kRackB << kServer << 48 << 1 << QList<Id> {};
    QTest::newRow("switch in the last U of B") << kRackB << kSwitch << 48 << 0 << QList<Id> {};
    QTest::newRow("server on the server in B") << kRackB << kServer << 10 << 1 << QList<Id> { kServerB10 };
    QTest::newRow("server below, one U shared") << kRackB << kServer << 9 << 1 << QList<Id> { kServerB10 };
    QTest::newRow("server touching from below") << kRackB << kServer << 8 << 0 << QList<Id> {};
    // 0U devices take no U slots: they neither overlap nor stick out.
    QTest::newRow("0U PDU beside a server") << kRackB << kPdu << 10 << 0 << QList<Id> {};
    QTest::newRow("0U PDU above the top") << kRackB << kPdu << 60 << 0 << QList<Id> {};
}

void TestValidation::devicePlacement()
{
    QFETCH(Id, rackId);
    QFETCH(QString, typeKey);
    QFETCH(int, positionU);
    QFETCH(int, newDeviceErrors);
    QFETCH(QList<Id>, othersWithErrors);

    Plan plan;
    buildCompleteSmallPlan(plan);
    const MountedDevice device { 90, rackId, typeKey, positionU, QStringLiteral("new") };

    // Checked before it is placed (as the editor does) and after.
    const auto before = PlanValidator::checkDevicePlacement(plan, device);
    QVERIFY2(int(before.size()) == newDeviceErrors, qPrintable(listed(before)));
    PlanFiller(plan).insert(device);
    const auto after = PlanValidator::checkDevicePlacement(plan, device);  // ignores its own id
    QVERIFY2(int(after.size()) == newDeviceErrors, qPrintable(listed(after)));

    const auto findings = PlanValidator::validate(plan);
    QCOMPARE(count(findings, kError, EntityKind::Device, QVariant::fromValue(Id(90))), newDeviceErrors);
    std::set<Subject> expected;
    if (newDeviceErrors > 0)
        expected.insert(about(EntityKind::Device, QVariant::fromValue(Id(90))));
    for (Id other : othersWithErrors)
        expected.insert(about(EntityKind::Device, QVariant::fromValue(other)));
    QVERIFY2(subjects(findings, kError) == expected, qPrintable(listed(findings)));
    // An overlap is symmetric: each device the new one overlaps gets exactly one finding.
    for (Id other : othersWithErrors)
        QCOMPARE(count(findings, kError, EntityKind::Device, QVariant::fromValue(other)), 1);
}

void TestValidation::deviceDeeperThanRack()
{
    Plan plan;
    buildCompleteSmallPlan(plan);
    DeviceType deep = *plan.find<DeviceType>(small::kSwitch);
    deep.key = QStringLiteral("deep");
    deep.depthMm = 1200;  // as deep as the racks (1,200 mm): fits
    PlanFiller(plan).insert(deep);
    PlanFiller(plan).insert(MountedDevice { 90, small::kRackB, deep.key, 30, QString() });
    QVERIFY2(PlanValidator::validate(plan).empty(), qPrintable(listed(PlanValidator::validate(plan))));

    deep.depthMm = 1201;
    PlanFiller(plan).replace(deep);
    const auto findings = PlanValidator::validate(plan);
    QVERIFY2(subjects(findings, kError) == std::set<Subject> { about(EntityKind::Device, QVariant::fromValue(Id(90))) },
        qPrintable(listed(findings)));
    QVERIFY(findings.front().message.contains(QLatin1String("1201")));
}

void TestValidation::danglingReferences()
{
    using namespace small;
    auto id = [](Id value) { return QVariant::fromValue(value); };
    const struct {
        const char *what;
        std::function<void(Plan &)> change;
        std::set<Subject> errors;
    } cases[] = {
        { "rack in a missing hall",
            [](Plan &p) {
                Rack r = *p.find<Rack>(kRackB);
                r.hallId = 99;
                PlanFiller(p).replace(r);
            },
            { about(EntityKind::Rack, id(kRackB)) } },
        { "rack in a missing row",
            [](Plan &p) {
                Rack r = *p.find<Rack>(kRackB);
                r.rowId = 99;
                PlanFiller(p).replace(r);
            },
            { about(EntityKind::Rack, id(kRackB)) } },
        { "rack fed by a missing node",
            [](Plan &p) {
                Rack r = *p.find<Rack>(kRackA);
                r.feedB = 99;
                PlanFiller(p).replace(r);
            },
            { about(EntityKind::Rack, id(kRackA)) } },
        { "device of an unknown type",
            [](Plan &p) {
                MountedDevice d = *p.find<MountedDevice>(kServerB10);
                d.typeKey = QStringLiteral("no-such-type");
                PlanFiller(p).replace(d);
            },
            { about(EntityKind::Device, id(kServerB10)) } },
        { "device in a missing rack",
            [](Plan &p) {
                MountedDevice d = *p.find<MountedDevice>(kServerB10);
                d.rackId = 99;
                PlanFiller(p).replace(d);
            },
            { about(EntityKind::Device, id(kServerB10)) } },
        { "obstacle in a missing hall",
            [](Plan &p) {
                Obstacle o = *p.find<Obstacle>(kObstacle);
                o.hallId = 99;
                PlanFiller(p).replace(o);
            },
            { about(EntityKind::Obstacle, id(kObstacle)) } },
        // The row moves away from its racks' hall: the row and both racks are wrong.
        { "row in a missing hall",
            [](Plan &p) {
                Row r = *p.find<Row>(kRow);
                r.hallId = 99;
                PlanFiller(p).replace(r);
            },
            { about(EntityKind::Row, id(kRow)), about(EntityKind::Rack, id(kRackA)),
                about(EntityKind::Rack, id(kRackB)) } },
        { "hall removed", [](Plan &p) { PlanFiller(p).take<Hall>(kHall); },
            { about(EntityKind::Obstacle, id(kObstacle)), about(EntityKind::Row, id(kRow)),
                about(EntityKind::Rack, id(kRackA)), about(EntityKind::Rack, id(kRackB)),
                about(EntityKind::CoolingUnit, id(kCoolingUnit)) } },
        { "cooling unit fed by a missing node",
            [](Plan &p) {
                CoolingUnit u = *p.find<CoolingUnit>(kCoolingUnit);
                u.feedId = 99;
                PlanFiller(p).replace(u);
            },
            { about(EntityKind::CoolingUnit, id(kCoolingUnit)) } },
        { "power node in a missing hall",
            [](Plan &p) {
                PowerNode n = *p.find<PowerNode>(kUtility);
                n.hallId = 99;
                PlanFiller(p).replace(n);
            },
            { about(EntityKind::PowerNode, id(kUtility)) } },
        { "power link to a missing node",
            [](Plan &p) {
                PowerLink l = *p.find<PowerLink>(kLinkUpsBusway);
                l.toId = 99;
                PlanFiller(p).replace(l);
            },
            { about(EntityKind::PowerLink, id(kLinkUpsBusway)) } },
        // Both links touch the UPS, and the cooling unit is fed by it.
        { "UPS removed", [](Plan &p) { PlanFiller(p).take<PowerNode>(kUps); },
            { about(EntityKind::PowerLink, id(kLinkUtilityUps)), about(EntityKind::PowerLink, id(kLinkUpsBusway)),
                about(EntityKind::CoolingUnit, id(kCoolingUnit)) } },
        { "phase of a missing scenario",
            [](Plan &p) {
                Phase ph = *p.find<Phase>(kPhase);
                ph.scenarioId = 99;
                PlanFiller(p).replace(ph);
            },
            { about(EntityKind::Phase, id(kPhase)) } },
    };

    for (const auto &c : cases) {
        Plan plan;
        buildCompleteSmallPlan(plan);
        c.change(plan);
        const auto findings = PlanValidator::validate(plan);
        QVERIFY2(subjects(findings, kError) == c.errors, qPrintable(QLatin1String(c.what) + listed(findings)));
        QVERIFY2(PlanValidator::hasErrors(findings), c.what);
        for (const Finding &f : findings)
            QVERIFY2(!f.message.isEmpty(), c.what);
        // Opening and importing stop at the first error: the same one that validate() lists first.
        const auto first = PlanValidator::firstError(plan);
        QVERIFY2(first, c.what);
        const auto listedFirst
            = std::find_if(findings.begin(), findings.end(), [](const Finding &f) { return f.severity == kError; });
        QCOMPARE(first->message, listedFirst->message);
    }
}

void TestValidation::powerLoops()
{
    using namespace small;
    const std::set<QString> chain { QString::number(kUtility), QString::number(kUps), QString::number(kBusway) };

    {
        // Utility -> UPS -> busway -> utility.
        Plan plan;
        buildCompleteSmallPlan(plan);
        PlanFiller(plan).insert(PowerLink { 90, kBusway, kUtility });
        const auto loop = findPowerLoop(plan);
        QVERIFY(loop);
        QVERIFY(chain.count(QString::number(*loop)));
        const auto findings = PlanValidator::validate(plan);
        QCOMPARE(int(findings.size()), 1);
        QCOMPARE(findings.front().kind, EntityKind::PowerNode);
        QVERIFY(chain.count(findings.front().key.toString()));
        QVERIFY2(findings.front().message.contains(plan.find<PowerNode>(*loop)->name), qPrintable(listed(findings)));
    }
    {
        // Two nodes feeding each other.
        Plan plan;
        buildCompleteSmallPlan(plan);
        PlanFiller(plan).insert(PowerLink { 90, kUps, kUtility });
        const auto loop = findPowerLoop(plan);
        QVERIFY(loop && (*loop == kUps || *loop == kUtility));
    }
    {
        // A node feeding itself is both a bad link and a loop.
        Plan plan;
        buildCompleteSmallPlan(plan);
        PlanFiller(plan).insert(PowerLink { 90, kBusway, kBusway });
        QCOMPARE(findPowerLoop(plan), std::optional<Id>(kBusway));
        const auto findings = PlanValidator::validate(plan);
        QVERIFY2((subjects(findings, kError)
                     == std::set<Subject> { about(EntityKind::PowerLink, QVariant::fromValue(Id(90))),
                         about(EntityKind::PowerNode, QVariant::fromValue(kBusway)) }),
            qPrintable(listed(findings)));
    }
    {
        // A diamond (utility feeds the busway directly and through the UPS) joins paths without a loop.
        Plan plan;
        buildCompleteSmallPlan(plan);
        PlanFiller(plan).insert(PowerLink { 90, kUtility, kBusway });
        QVERIFY(!findPowerLoop(plan));
        QVERIFY2(PlanValidator::validate(plan).empty(), qPrintable(listed(PlanValidator::validate(plan))));
    }
    {
        // A loop among nodes unconnected to the rest of the chain is found as well.
        Plan plan;
        buildCompleteSmallPlan(plan);
        PowerNode a;
        a.id = 33;
        a.name = QStringLiteral("island A");
        PlanFiller(plan).insert(a);
        PowerNode b = a;
        b.id = 34;
        b.name = QStringLiteral("island B");
        PlanFiller(plan).insert(b);
        PlanFiller(plan).insert(PowerLink { 90, 33, 34 });
        QVERIFY(!findPowerLoop(plan));
        PlanFiller(plan).insert(PowerLink { 91, 34, 33 });
        const auto loop = findPowerLoop(plan);
        QVERIFY(loop && (*loop == 33 || *loop == 34));
    }
}

void TestValidation::crossFieldErrors()
{
    using namespace small;
    const QVariant server(kServer);
    auto errorsAfter = [](const std::function<void(Plan &)> &change) {
        Plan plan;
        buildCompleteSmallPlan(plan);
        change(plan);
        return PlanValidator::validate(plan);
    };
    auto editServer = [](const std::function<void(DeviceType &)> &edit) {
        return [edit](Plan &p) {
            DeviceType t = *p.find<DeviceType>(kServer);
            edit(t);
            PlanFiller(p).replace(t);
        };
    };

    // The server draws 300 W idle, 1,000 W typical, 1,500 W max.
    auto f = errorsAfter(editServer([](DeviceType &t) { t.idlePowerW = 1001; }));
    QVERIFY2(count(f, kError, EntityKind::DeviceType, server) == 1, qPrintable(listed(f)));
    f = errorsAfter(editServer([](DeviceType &t) { t.idlePowerW = 1000; }));  // idle == typical is allowed
    QVERIFY2(f.empty(), qPrintable(listed(f)));
    f = errorsAfter(editServer([](DeviceType &t) { t.maxPowerW = 999; }));
    QVERIFY2(count(f, kError, EntityKind::DeviceType, server) == 1, qPrintable(listed(f)));
    // Two PSUs fitted, one required: requiring three is impossible.
    f = errorsAfter(editServer([](DeviceType &t) { t.psuRequired = 3; }));
    QVERIFY2(count(f, kError, EntityKind::DeviceType, server) == 1, qPrintable(listed(f)));
    // One required PSU of 1,400 W cannot carry 1,500 W: a warning, not an error.
    f = errorsAfter(editServer([](DeviceType &t) { t.psuRatingW = 1400; }));
    QVERIFY2(
        count(f, kWarning, EntityKind::DeviceType, server) == 1 && !PlanValidator::hasErrors(f), qPrintable(listed(f)));
    f = errorsAfter(editServer([](DeviceType &t) { t.psuRatingW = 1500; }));
    QVERIFY2(f.empty(), qPrintable(listed(f)));

    // The CRAH supplies 20 degC and expects 32 degC back.
    auto editCrah = [](double returnTempC) {
        return [returnTempC](Plan &p) {
            CoolingUnit u = *p.find<CoolingUnit>(kCoolingUnit);
            u.returnTempC = returnTempC;
            PlanFiller(p).replace(u);
        };
    };
    f = errorsAfter(editCrah(20.0));  // equal to supply: no heat carried away
    QVERIFY2(count(f, kError, EntityKind::CoolingUnit, QVariant::fromValue(kCoolingUnit)) == 1, qPrintable(listed(f)));
    f = errorsAfter(editCrah(20.5));
    QVERIFY2(f.empty(), qPrintable(listed(f)));

    // Phase defaults: 70 % training + 20 % inference.
    auto editPhase = [](double inference) {
        return [inference](Plan &p) {
            Phase ph = *p.find<Phase>(kPhase);
            ph.inferenceShare = inference;
            PlanFiller(p).replace(ph);
        };
    };
    f = errorsAfter(editPhase(0.31));  // 101 %
    QVERIFY2(count(f, kError, EntityKind::Phase, QVariant::fromValue(kPhase)) == 1, qPrintable(listed(f)));
    f = errorsAfter(editPhase(0.3));  // exactly 100 %
    QVERIFY2(f.empty(), qPrintable(listed(f)));

    const DeviceType nameless;
    QVERIFY(PlanValidator::hasErrors(PlanValidator::checkDeviceType(nameless)));  // a type needs a key
}

void TestValidation::warnings()
{
    using namespace small;
    auto after = [](const std::function<void(Rack &)> &edit, Id rackId) {
        Plan plan;
        buildCompleteSmallPlan(plan);
        Rack r = *plan.find<Rack>(rackId);
        edit(r);
        PlanFiller(plan).replace(r);
        return PlanValidator::validate(plan);
    };
    const QVariant rackA = QVariant::fromValue(kRackA);
    const QVariant rackB = QVariant::fromValue(kRackB);

    // Rack B holds one 1,500 W server.
    auto f = after([](Rack &r) { r.maxPowerKw = 1.4; }, kRackB);
    QVERIFY2(count(f, kWarning, EntityKind::Rack, rackB) == 1 && !PlanValidator::hasErrors(f), qPrintable(listed(f)));
    QVERIFY(f.front().message.contains(QLatin1String("1.5")));
    f = after([](Rack &r) { r.maxPowerKw = 1.5; }, kRackB);
    QVERIFY2(f.empty(), qPrintable(listed(f)));

    // Rack A carries 2 x 30 + 8 + 5 = 73 kg of equipment.
    f = after([](Rack &r) { r.staticLoadKg = 72; }, kRackA);
    QVERIFY2(count(f, kWarning, EntityKind::Rack, rackA) == 1 && !PlanValidator::hasErrors(f), qPrintable(listed(f)));
    f = after([](Rack &r) { r.staticLoadKg = 73; }, kRackA);
    QVERIFY2(f.empty(), qPrintable(listed(f)));

    // The hall is 10 x 10 m; a north-facing rack is 0.6 m wide along x, so its centre may go up to x = 9.7.
    f = after([](Rack &r) { r.xM = 9.8; }, kRackA);  // 9.8 + 0.3 > 10
    QVERIFY2(count(f, kWarning, EntityKind::Rack, rackA) == 1 && !PlanValidator::hasErrors(f), qPrintable(listed(f)));
    // (Further south than CRAH 1 at (9, 1), which a rack at (9.5, 2) would overlap.)
    f = after(
        [](Rack &r) {
            r.xM = 9.5;
            r.yM = 5;
        },
        kRackA);
    QVERIFY2(f.empty(), qPrintable(listed(f)));
    f = after([](Rack &r) { r.xM = 9.5; }, kRackA);
    QVERIFY2(count(f, kWarning, EntityKind::Rack, rackA) == 1 && f.front().message.contains(QLatin1String("CRAH 1")),
        qPrintable(listed(f)));
    // Turned east, the 1.2 m depth lies along x: at x = 0.5 it reaches 0.1 m beyond the west wall.
    f = after(
        [](Rack &r) {
            r.xM = 0.5;
            r.facing = Facing::East;
        },
        kRackA);
    QVERIFY2(count(f, kWarning, EntityKind::Rack, rackA) == 1, qPrintable(listed(f)));
    f = after([](Rack &r) { r.xM = 0.5; }, kRackA);  // facing north: 0.5 - 0.3 >= 0
    QVERIFY2(f.empty(), qPrintable(listed(f)));
}

void TestValidation::labels()
{
    using namespace small;
    auto with = [](const std::function<void(Label &)> &edit) {
        Plan plan;
        buildCompleteSmallPlan(plan);
        Label label;
        label.id = 90;
        label.hallId = kHall;
        label.xM = 5.0;
        label.yM = 5.0;
        label.text = QStringLiteral("Cold aisle");
        edit(label);
        PlanFiller(plan).insert(label);
        return PlanValidator::validate(plan);
    };
    const QVariant key = QVariant::fromValue(Id(90));
    auto f = with([](Label &) {});
    QVERIFY2(f.empty(), qPrintable(listed(f)));
    // The hall is 10 x 10 m: its edges are still inside, a centimetre beyond is not.
    f = with([](Label &l) { l.xM = 10.0, l.yM = 0.0; });
    QVERIFY2(f.empty(), qPrintable(listed(f)));
    for (const QPointF outside : { QPointF(10.01, 5), QPointF(5, -0.01), QPointF(-3, -3), QPointF(5, 10.5) }) {
        f = with([outside](Label &l) { l.xM = outside.x(), l.yM = outside.y(); });
        QVERIFY2(
            count(f, kWarning, EntityKind::Label, key) == 1 && !PlanValidator::hasErrors(f), qPrintable(listed(f)));
        QVERIFY(f.front().message.contains(QLatin1String("Cold aisle")));
        QVERIFY(f.front().message.contains(QLatin1String("Hall T")));
    }
    f = with([](Label &l) { l.text.clear(); });
    QVERIFY2(count(f, kError, EntityKind::Label, key) == 1 && f.size() == 1, qPrintable(listed(f)));
    f = with([](Label &l) { l.text = QStringLiteral(" \t "); });
    QVERIFY2(count(f, kError, EntityKind::Label, key) == 1 && f.size() == 1, qPrintable(listed(f)));
    f = with([](Label &l) { l.hallId = 99; });
    QVERIFY2(count(f, kError, EntityKind::Label, key) == 1 && f.size() == 1, qPrintable(listed(f)));
}

void TestValidation::fieldRanges_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QVariant>("normalised");
    QTest::addColumn<QString>("why");

    const QVariant none;
    QTest::newRow("negative rack budget")
        << "rack"
        << "maxPowerKw" << QVariant(-1.0) << false << none << "must be between 0 and 2,000";
    QTest::newRow("rack budget at the limit") << "rack"
                                              << "maxPowerKw" << QVariant(2000.0) << true << QVariant(2000.0) << "";
    QTest::newRow("rack budget over the limit")
        << "rack"
        << "maxPowerKw" << QVariant(2000.5) << false << none << "must be between 0 and 2,000";
    QTest::newRow("rack budget as an integer") << "rack"
                                               << "maxPowerKw" << QVariant(20) << true << QVariant(20.0) << "";
    QTest::newRow("NaN") << "rack"
                         << "maxPowerKw" << QVariant(std::numeric_limits<double>::quiet_NaN()) << false << none
                         << "must be a finite number";
    QTest::newRow("infinity") << "rack"
                              << "staticLoadKg" << QVariant(std::numeric_limits<double>::infinity()) << false << none
                              << "must be a finite number";
    QTest::newRow("number as text") << "rack"
                                    << "maxPowerKw" << QVariant(QStringLiteral("20")) << false << none
                                    << "must be a number";
    QTest::newRow("rack of 0U") << "rack"
                                << "heightU" << QVariant(0) << false << none << "must be between 1 and 60";
    QTest::newRow("rack of 61U") << "rack"
                                 << "heightU" << QVariant(61) << false << none << "must be between 1 and 60";
    QTest::newRow("fractional U") << "rack"
                                  << "heightU" << QVariant(42.5) << false << none << "must be a whole number";
    QTest::newRow("whole double for U") << "rack"
                                        << "heightU" << QVariant(42.0) << true << QVariant(42) << "";
    QTest::newRow("negative id") << "rack"
                                 << "hallId" << QVariant(qint64(-1)) << false << none << "must be between";
    QTest::newRow("unknown facing") << "rack"
                                    << "facing" << QVariant(QStringLiteral("up")) << false << none
                                    << "must be one of: north, east, south, west";
    QTest::newRow("long name") << "rack"
                               << "name" << QVariant(QString(201, QLatin1Char('x'))) << false << none
                               << "is longer than 200 characters";
    QTest::newRow("name at the limit") << "rack"
                                       << "name" << QVariant(QString(200, QLatin1Char('x'))) << true
                                       << QVariant(QString(200, QLatin1Char('x'))) << "";
    QTest::newRow("device at U0") << "device"
                                  << "positionU" << QVariant(0) << false << none << "must be between 1 and 60";
    QTest::newRow("negative device power")
        << "type"
        << "maxPowerW" << QVariant(-0.5) << false << none << "must be between 0 and 500,000";
    QTest::newRow("liquid share over 1") << "type"
                                         << "liquidHeatShare" << QVariant(1.01) << false << none
                                         << "must be between 0 and 1";
    QTest::newRow("boolean as 1") << "type"
                                  << "fullDepth" << QVariant(1) << true << QVariant(true) << "";
    QTest::newRow("boolean as 2") << "type"
                                  << "fullDepth" << QVariant(2) << false << none << "must be true or false";
    QTest::newRow("impossible date") << "scenario"
                                     << "startDate" << QVariant(QStringLiteral("2026-02-30")) << false << none
                                     << "must be a date written as YYYY-MM-DD";
    QTest::newRow("no date") << "scenario"
                             << "startDate" << QVariant(QString()) << true << QVariant(QString()) << "";
    QTest::newRow("label of no height") << "label"
                                        << "heightM" << QVariant(0.0) << false << none
                                        << "must be between 0.01 and 100";
    QTest::newRow("label 1 cm high") << "label"
                                     << "heightM" << QVariant(0.01) << true << QVariant(0.01) << "";
    QTest::newRow("label turned 359 degrees") << "label"
                                              << "rotationDeg" << QVariant(359) << true << QVariant(359) << "";
    QTest::newRow("label turned a full circle")
        << "label"
        << "rotationDeg" << QVariant(360) << false << none << "must be between 0 and 359";
    QTest::newRow("label turned backwards")
        << "label"
        << "rotationDeg" << QVariant(-90) << false << none << "must be between 0 and 359";
    QTest::newRow("long label text") << "label"
                                     << "text" << QVariant(QString(201, QLatin1Char('x'))) << false << none
                                     << "is longer than 200 characters";
}

void TestValidation::fieldRanges()
{
    QFETCH(QString, entity);
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    QFETCH(bool, accepted);
    QFETCH(QVariant, normalised);
    QFETCH(QString, why);

    QVariant out;
    QString reason;
    bool ok = false;
    if (entity == QLatin1String("rack"))
        ok = FieldCheck::check(fieldNamed<Rack>(field), value, &out, &reason);
    else if (entity == QLatin1String("device"))
        ok = FieldCheck::check(fieldNamed<MountedDevice>(field), value, &out, &reason);
    else if (entity == QLatin1String("type"))
        ok = FieldCheck::check(fieldNamed<DeviceType>(field), value, &out, &reason);
    else if (entity == QLatin1String("label"))
        ok = FieldCheck::check(fieldNamed<Label>(field), value, &out, &reason);
    else
        ok = FieldCheck::check(fieldNamed<Scenario>(field), value, &out, &reason);

    QCOMPARE(ok, accepted);
    if (accepted) {
        QCOMPARE(out, normalised);
        QCOMPARE(out.typeId(), normalised.typeId());
        QVERIFY(reason.isEmpty());
    } else {
        QVERIFY2(reason.startsWith(why), qPrintable(reason));
    }
}

void TestValidation::findingsOfAKindAreCounted()
{
    // 2,001 racks on one spot: 2,001,000 overlapping pairs. The first 100 are listed, then one finding
    // stands for the rest, with its count in the user's locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Plan plan;
    buildSmallPlan(plan);
    for (int n = 0; n < 2001; ++n) {
        Rack rack = *plan.find<Rack>(small::kRackB);
        rack.id = plan.allocateId();
        rack.name = QStringLiteral("S%1").arg(n);
        rack.xM = 15.0;
        rack.yM = 15.0;
        PlanFiller(plan).insert(rack);
    }
    const auto findings = PlanValidator::validate(plan);
    int overlaps = 0;
    const Finding *summary = nullptr;
    for (const Finding &f : findings) {
        overlaps += f.message.contains(QLatin1String(" overlaps S")) && f.unlisted == 0 ? 1 : 0;
        if (f.unlisted > 0 && f.message.contains(QLatin1String("overlaps")))
            summary = &f;
    }
    QCOMPARE(overlaps, 100);
    QVERIFY2(summary, qPrintable(listed(findings)));
    QCOMPARE(summary->unlisted, std::int64_t(2001) * 2000 / 2 - 100);
    QCOMPARE(summary->severity, kWarning);
    QVERIFY2(summary->message.startsWith(QLatin1String("...and 2,000,900 more like this: Rack S")),
        qPrintable(summary->message));
    QVERIFY(findings.size() < 500);
    QLocale::setDefault(QLocale::c());
}

void TestValidation::duplicateDevicesAreCounted()
{
    // 3,000 servers in the same two units of one rack: each of the 4,498,500 pairs is an error for both
    // devices. Listed up to the limit, counted beyond it; the first error alone is found at once.
    Plan plan;
    buildSmallPlan(plan);
    for (int n = 0; n < 3000; ++n)
        PlanFiller(plan).insert(MountedDevice { plan.allocateId(), small::kRackB, small::kServer, 30, QString() });
    const auto findings = PlanValidator::validate(plan);
    std::int64_t errors = 0;
    for (const Finding &f : findings)
        errors += f.severity == kError ? std::max<std::int64_t>(1, f.unlisted) : 0;
    QCOMPARE(errors, std::int64_t(3000) * 2999);
    QVERIFY(findings.size() <= 101 + 10);
    const auto first = PlanValidator::firstError(plan);
    QVERIFY(first);
    QVERIFY2(first->message.contains(QLatin1String("overlaps")), qPrintable(first->message));
    // A rack's own checks (the elevation) count the same way.
    const auto inRack = PlanValidator::checkDevicesInRack(plan, small::kRackB);
    QVERIFY(inRack.size() <= 101);
    QCOMPARE(inRack.back().unlisted, std::int64_t(3000) * 2999 - 100);
}

void TestValidation::firstErrorSkipsWarnings()
{
    Plan plan;
    buildSmallPlan(plan);
    QVERIFY(!PlanValidator::firstError(plan));
    Rack outside = *plan.find<Rack>(small::kRackB);
    outside.xM = -50;  // a warning only
    PlanFiller(plan).replace(outside);
    QVERIFY(!PlanValidator::validate(plan).empty());
    QVERIFY(!PlanValidator::firstError(plan));
}

void TestValidation::echoedValuesStayOnOneLine()
{
    // A type key from a file with a line break and an escape sequence: the finding names it, escaped.
    Plan plan;
    buildSmallPlan(plan);
    PlanFiller(plan).insert(MountedDevice { 90, small::kRackB, QStringLiteral("evil\nerror: forged\x1b[2J"), 20, QString() });
    const auto first = PlanValidator::firstError(plan);
    QVERIFY(first);
    QVERIFY2(!first->message.contains(QLatin1Char('\n')) && !first->message.contains(QChar(0x1b)),
        qPrintable(first->message));
    QVERIFY2(first->message.contains(QLatin1String("evil\\nerror: forged\\x1b[2J")), qPrintable(first->message));
}

void TestValidation::dcDistributionMismatches()
{
    using namespace small;
    auto id = [](Id value) { return QVariant::fromValue(value); };
    // The small plan: utility -> UPS -> busway -> racks A and B (servers, a switch, a 0 W PDU); CRAH on the UPS.
    auto setKind = [](Plan &p, Id nodeId, PowerNodeKind kind) {
        PowerNode node = *p.find<PowerNode>(nodeId);
        node.kind = kind;
        PlanFiller(p).replace(node);
    };
    auto setInput = [](Plan &p, const QString &key, PowerInput input) {
        DeviceType type = *p.find<DeviceType>(key);
        type.powerInput = input;
        PlanFiller(p).replace(type);
    };
    {
        // A DC busway under the (AC) UPS: no rectifier above it; the racks' AC-only servers on DC.
        Plan plan;
        buildSmallPlan(plan);
        setKind(plan, kBusway, PowerNodeKind::DcBusway);
        const auto findings = PlanValidator::validate(plan);
        const std::set<Subject> expected { about(EntityKind::PowerNode, id(kBusway)),
            about(EntityKind::Rack, id(kRackA)), about(EntityKind::Rack, id(kRackB)) };
        QVERIFY2(subjects(findings, kError) == expected, qPrintable(listed(findings)));
        QVERIFY2(listed(findings).contains(QLatin1String("needs a rectifier")), qPrintable(listed(findings)));
        QVERIFY2(listed(findings).contains(QLatin1String("takes AC only")), qPrintable(listed(findings)));
        // Edits can leave this behind, so the plan still opens, to be fixed: it is not what opening refuses.
        QVERIFY(!PlanValidator::firstError(plan));
    }
    {
        // UPS made a rectifier, the busway a DC busway, servers and switch take either: the racks are fine, the
        // 0 W PDU draws nothing; the CRAH on the rectifier takes AC.
        Plan plan;
        buildSmallPlan(plan);
        setKind(plan, kUps, PowerNodeKind::Rectifier);
        setKind(plan, kBusway, PowerNodeKind::DcBusway);
        setInput(plan, kServer, PowerInput::AcOrDc800);
        setInput(plan, kSwitch, PowerInput::AcOrDc800);
        const auto findings = PlanValidator::validate(plan);
        QVERIFY2(subjects(findings, kError) == std::set<Subject> { about(EntityKind::CoolingUnit, id(kCoolingUnit)) },
            qPrintable(listed(findings)));
        // With the CRAH on the utility (AC), no error is left.
        CoolingUnit crah = *plan.find<CoolingUnit>(kCoolingUnit);
        crah.feedId = kUtility;
        PlanFiller(plan).replace(crah);
        QVERIFY2(!PlanValidator::hasErrors(PlanValidator::validate(plan)),
            qPrintable(listed(PlanValidator::validate(plan))));
        // An AC busway below the rectifier takes AC but gets 800 V DC.
        setKind(plan, kBusway, PowerNodeKind::Busway);
        const auto acBelowDc = PlanValidator::validate(plan);
        QVERIFY2(subjects(acBelowDc, kError) == std::set<Subject> { about(EntityKind::PowerNode, id(kBusway)) },
            qPrintable(listed(acBelowDc)));
        QVERIFY2(
            listed(acBelowDc).contains(QLatin1String("takes AC but is fed 800 V DC")), qPrintable(listed(acBelowDc)));
    }
    {
        // A server that takes 800 V DC only, on the AC chain: its racks have no rectifier.
        Plan plan;
        buildSmallPlan(plan);
        setInput(plan, kServer, PowerInput::Dc800);
        const auto findings = PlanValidator::validate(plan);
        QVERIFY2(subjects(findings, kError)
                == (std::set<Subject> { about(EntityKind::Rack, id(kRackA)), about(EntityKind::Rack, id(kRackB)) }),
            qPrintable(listed(findings)));
        QVERIFY2(listed(findings).contains(QLatin1String("takes 800 V DC only")), qPrintable(listed(findings)));
    }
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
