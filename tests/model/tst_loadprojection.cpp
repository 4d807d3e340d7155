// SPDX-License-Identifier: GPL-3.0-or-later
// The load projection in plan terms: the typical weather year and CSV import, the mapping of a plan onto the
// engine's model (groups, job slots, node shares from the power routing), and results on cases built for them.
#include "demo/demoplan.h"
#include "i18n/language.h"
#include "plan/planfiller.h"
#include "projection/loadmodelbuilder.h"
#include "projection/loadprojection.h"
#include "projection/weatheryear.h"

#include <rackwerk/engine/loadprojection.h>

#include <QRegularExpression>
#include <QtTest>

#include <cmath>

using namespace rw;

namespace {

/// Two (or three) racks with a 10 kW server each on PDU A and B, UPS A and B, and one utility feed.
struct SmallPlan {
    Plan plan;
    Id pduA = 0, pduB = 0, upsA = 0, upsB = 0, utility = 0, scenario = 0;

    explicit SmallPlan(bool thirdRackOtherServer = false, int phaseStartMonth = 1)
    {
        DeviceType server;
        server.key = QStringLiteral("test-server");
        server.category = DeviceCategory::Compute;
        server.heightU = 2;
        server.idlePowerW = 1000;
        server.typicalPowerW = 6000;
        server.maxPowerW = 10000;
        server.psuCount = 2;
        server.psuRequired = 1;
        server.psuRatingW = 10000;
        PlanFiller(plan).insert(server);
        DeviceType other = server;
        other.key = QStringLiteral("test-server-2");
        other.maxPowerW = 5000;
        PlanFiller(plan).insert(other);
        utility = node(QStringLiteral("Utility"), PowerNodeKind::UtilityFeed, 1000, { 1, 1, 1, 1 });
        upsA = node(QStringLiteral("UPS A"), PowerNodeKind::Ups, 100, { 0.95, 0.95, 0.95, 0.95 });
        upsB = node(QStringLiteral("UPS B"), PowerNodeKind::Ups, 100, { 0.95, 0.95, 0.95, 0.95 });
        pduA = node(QStringLiteral("PDU A"), PowerNodeKind::Pdu, 30, { 1, 1, 1, 1 });
        pduB = node(QStringLiteral("PDU B"), PowerNodeKind::Pdu, 30, { 1, 1, 1, 1 });
        link(utility, upsA);
        link(utility, upsB);
        link(upsA, pduA);
        link(upsB, pduB);
        for (int i = 0; i < (thirdRackOtherServer ? 3 : 2); ++i) {
            Rack rack;
            rack.id = plan.allocateId();
            rack.name = QStringLiteral("R%1").arg(i + 1);
            rack.feedA = pduA;
            rack.feedB = pduB;
            PlanFiller(plan).insert(rack);
            MountedDevice device;
            device.id = plan.allocateId();
            device.rackId = rack.id;
            device.typeKey = i == 2 ? other.key : server.key;
            PlanFiller(plan).insert(device);
        }
        Scenario s;
        s.id = plan.allocateId();
        s.name = QStringLiteral("Test");
        s.startDate = QDate(2027, 1, 1);
        s.horizonYears = 1;
        PlanFiller(plan).insert(s);
        scenario = s.id;
        Phase phase;
        phase.id = plan.allocateId();
        phase.scenarioId = s.id;
        phase.startMonth = phaseStartMonth;
        phase.installedShare = 1.0;
        phase.trainingShare = 0.0;
        phase.inferenceShare = 1.0;
        PlanFiller(plan).insert(phase);
    }

    Id node(const QString &name, PowerNodeKind kind, double kw, std::array<double, 4> efficiency)
    {
        PowerNode n;
        n.id = plan.allocateId();
        n.name = name;
        n.kind = kind;
        n.ratingKw = kw;
        n.efficiency25 = efficiency[0];
        n.efficiency50 = efficiency[1];
        n.efficiency75 = efficiency[2];
        n.efficiency100 = efficiency[3];
        PlanFiller(plan).insert(n);
        return n.id;
    }

    void link(Id from, Id to)
    {
        PowerLink l;
        l.id = plan.allocateId();
        l.fromId = from;
        l.toId = to;
        PlanFiller(plan).insert(l);
    }
};

/// Workload without randomness: inference at a constant utilisation.
engine::WorkloadParameters steadyInference(double utilisation)
{
    engine::WorkloadParameters w;
    w.inferenceMean = float(utilisation);
    w.inferenceDailyAmplitude = 0;
    w.inferenceWeekendFactor = 1;
    w.inferenceHallNoise = 0;
    w.inferenceGroupNoise = 0;
    return w;
}

double shareOf(const BuiltLoadModel &b, Id nodeId, int group)
{
    for (const engine::NodeShare &s : b.shares) {
        if (b.nodeIds[std::size_t(s.node)] == nodeId && s.group == group)
            return s.share;
    }
    return 0.0;
}

int indexOf(const BuiltLoadModel &b, Id nodeId)
{
    const auto it = std::find(b.nodeIds.begin(), b.nodeIds.end(), nodeId);
    return it == b.nodeIds.end() ? -1 : int(it - b.nodeIds.begin());
}

QByteArray csvOf(int rows, const QByteArray &header = {})
{
    QByteArray bytes = header;
    for (int i = 0; i < rows; ++i)
        bytes += QByteArray::number(5.0 + (i % 24) * 0.5) + '\n';
    return bytes;
}

}  // namespace

class TestLoadProjection : public QObject {
    Q_OBJECT
private slots:
    void typicalMunichYear();
    void csvImport();
    void csvErrors_data();
    void csvErrors();
    void groupsAndShares();
    void phasesOverTime();
    void scenarioChoice();
    void steadyLoadFigures();
    void reproducible();
    void demoPlan();
    void tooManyTrialsForTheMemoryAreRefused();
};

void TestLoadProjection::typicalMunichYear()
{
    const WeatherYear year = WeatherYear::munichTypical();
    QCOMPARE(int(year.temperatureC().size()), WeatherYear::kHours);
    QVERIFY(year.temperatureC() == WeatherYear::munichTypical().temperatureC());  // the same on every run
    // Mean of the normals' daily mean (min + max) / 2 is 9.2 °C; design values from ASHRAE 2021.
    QVERIFY2(std::abs(year.meanC() - 9.2) < 0.6, qPrintable(QString::number(year.meanC())));
    const double cooling = year.exceededInShare(0.004);
    QVERIFY2(std::abs(cooling - 29.5) < 1.0, qPrintable(QStringLiteral("0.4 %: %1").arg(cooling)));
    const double heating = year.exceededInShare(0.996);
    qInfo("typical Munich year: mean %.2f °C, 0.4 %% %.2f °C, 99.6 %% %.2f °C", year.meanC(), cooling, heating);
    QVERIFY2(std::abs(heating + 11.9) < 1.0, qPrintable(QStringLiteral("99.6 %: %1").arg(heating)));
    double january = 0, july = 0;
    for (int h = 0; h < 31 * 24; ++h) {
        january += year.temperatureC()[std::size_t(h)];
        july += year.temperatureC()[std::size_t(181 * 24 + h)];
    }
    // Monthly means stay on the normals (the interpolation between mid-month anchors shifts them a little).
    QVERIFY(std::abs(january / (31 * 24) - 0.0) < 0.7);
    QVERIFY(std::abs(july / (31 * 24) - 18.5) < 0.7);
}

void TestLoadProjection::csvImport()
{
    WeatherYear year;
    QString error;
    QVERIFY2(WeatherYear::fromCsv(csvOf(8760, "temperature_c\n"), QStringLiteral("w.csv"), &year, &error),
        qPrintable(error));
    QCOMPARE(year.temperatureC()[1], 5.5f);
    QCOMPARE(year.source(), QStringLiteral("w.csv"));
    // Time stamp and temperature; a leap year loses 29 February.
    QByteArray stamped = "time;temp\n";
    for (int i = 0; i < 8784; ++i)
        stamped += "2024-01-01T00:00;" + QByteArray::number(i / 24 == 59 ? 50.0 : 1.0) + "\r\n";
    QVERIFY2(WeatherYear::fromCsv(stamped, QStringLiteral("leap.csv"), &year, &error), qPrintable(error));
    QCOMPARE(int(year.temperatureC().size()), 8760);
    QVERIFY(std::all_of(year.temperatureC().begin(), year.temperatureC().end(), [](float t) { return t == 1.0f; }));
    // Blank lines at the end are not hours; the last line needs no line break; fields may be padded.
    QByteArray padded = csvOf(8760) + "\n \r\n\t\n";
    QVERIFY2(WeatherYear::fromCsv(padded, QStringLiteral("tail.csv"), &year, &error), qPrintable(error));
    QByteArray unterminated = csvOf(8760);
    unterminated.chop(1);
    unterminated.replace("\n6\n", "\nx ; 6 \n");
    QVERIFY2(WeatherYear::fromCsv(unterminated, QStringLiteral("open.csv"), &year, &error), qPrintable(error));
    QCOMPARE(year.temperatureC()[2], 6.0f);
}

void TestLoadProjection::csvErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("too few rows") << csvOf(8000) << QStringLiteral("8,000 hourly values");
    QTest::newRow("too many rows") << csvOf(8761) << QStringLiteral("8,761 hourly values");
    QByteArray word = csvOf(8760);
    word.replace("\n6\n", "\nwarm\n");  // line 3 holds 6
    QTest::newRow("not a number") << word << QStringLiteral("line 3: \"warm\"");
    QByteArray hot = csvOf(8760, "t\n");
    hot.replace("\n9.5\n", "\n75\n");  // first 9.5 is the 10th value: line 11 after the header
    QTest::newRow("out of range") << hot << QStringLiteral("line 11: 75 °C");
    QByteArray gap = csvOf(8760);
    gap.replace("\n7\n", "\n\n");
    QTest::newRow("empty line") << gap << QStringLiteral("line 5: the line is empty");
    QTest::newRow("blank first line") << QByteArray("\n" + csvOf(8760)) << QStringLiteral("line 1: the line is empty");
    QTest::newRow("only blanks") << QByteArray(" \n\r\n") << QStringLiteral("0 hourly values");
}

void TestLoadProjection::csvErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    WeatherYear year = WeatherYear::munichTypical();
    const std::vector<float> before = year.temperatureC();
    QString error;
    QVERIFY(!WeatherYear::fromCsv(bytes, QStringLiteral("bad.csv"), &year, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(error.startsWith(QStringLiteral("bad.csv")));
    QVERIFY(year.temperatureC() == before);  // a bad file changes nothing
}

void TestLoadProjection::groupsAndShares()
{
    SmallPlan small(true);
    BuiltLoadModel b;
    QString error;
    LoadModelRequest request;
    QVERIFY2(LoadModelBuilder::build(small.plan, request, &b, &error), qPrintable(error));
    // Two racks with the same server on the same feeds form one group; the third has another server.
    QCOMPARE(int(b.groups.size()), 2);
    QCOMPARE(b.groups[0].racks, 2.0f);
    QCOMPARE(b.groups[0].computeIdleKwPerRack, 1.0f);
    QCOMPARE(b.groups[0].computeMaxKwPerRack, 10.0f);
    QCOMPARE(b.groups[1].racks, 1.0f);
    QCOMPARE(b.racks, 3);
    // Two PSUs alternate A, B: half of each rack's load on each side, all the way up; the utility carries all.
    for (int g = 0; g < 2; ++g) {
        QCOMPARE(shareOf(b, small.pduA, g), 0.5);
        QCOMPARE(shareOf(b, small.pduB, g), 0.5);
        QCOMPARE(shareOf(b, small.upsA, g), 0.5);
        QCOMPARE(shareOf(b, small.upsB, g), 0.5);
        QCOMPARE(shareOf(b, small.utility, g), 1.0);
    }
    // Children before parents; each UPS sends its losses to the utility.
    QVERIFY(indexOf(b, small.pduA) < indexOf(b, small.upsA));
    QVERIFY(indexOf(b, small.upsA) < indexOf(b, small.utility));
    const engine::ChainNode &ups = b.nodes[std::size_t(indexOf(b, small.upsA))];
    QCOMPARE(ups.lossLinkCount, 1);
    QCOMPARE(b.lossLinks[std::size_t(ups.firstLossLink)].parent, indexOf(b, small.utility));
    QCOMPARE(b.model.years(), 1);
    QCOMPARE(b.model.hours, 8760);
    QVERIFY(engine::validateLoadModel(b.model, { 10, 1, 24 }).empty());
}

void TestLoadProjection::phasesOverTime()
{
    SmallPlan small(false, 3);  // live from the third month
    Phase training;
    training.id = small.plan.allocateId();
    training.scenarioId = small.scenario;
    training.startMonth = 6;
    training.installedShare = 1.0;
    training.trainingShare = 1.0;
    training.inferenceShare = 0.0;
    PlanFiller(small.plan).insert(training);
    BuiltLoadModel b;
    QString error;
    QVERIFY2(LoadModelBuilder::build(small.plan, {}, &b, &error), qPrintable(error));
    QCOMPARE(b.phaseOfHour[0], -1);  // January, February: empty
    QCOMPARE(b.phaseOfHour[(31 + 28) * 24 - 1], -1);
    QCOMPARE(b.phaseOfHour[(31 + 28) * 24], 0);  // 1 March
    QCOMPARE(b.phaseOfHour[(31 + 28 + 31 + 30 + 31 + 30) * 24], 1);  // 1 June
    QCOMPARE(b.monthOfHour[8759], 11);
    // The training phase puts both racks in one job slot (fewer racks than a job spans).
    QCOMPARE(b.model.jobSlots, 1);
    QCOMPARE(b.phases[1].memberCount, 1);
    QCOMPARE(b.members[std::size_t(b.phases[1].firstMember)].racks, 2.0f);
}

void TestLoadProjection::scenarioChoice()
{
    SmallPlan small;
    BuiltLoadModel b;
    QString error;
    LoadModelRequest request;
    request.scenarioId = 9999;
    QVERIFY(!LoadModelBuilder::build(small.plan, request, &b, &error));
    QVERIFY(error.contains(QStringLiteral("9999")));
    request.scenarioId = kNoId;
    request.years = 11;
    QVERIFY(!LoadModelBuilder::build(small.plan, request, &b, &error));
    QVERIFY(error.contains(QStringLiteral("1 to 10 years")));
    // Without any scenario the hall is live from the start, and the result says so.
    Plan bare;
    bare.assign(small.plan);
    for (const auto &[id, phase] : small.plan.all<Phase>())
        PlanFiller(bare).take<Phase>(id);
    PlanFiller(bare).take<Scenario>(small.scenario);
    QVERIFY2(LoadModelBuilder::build(bare, {}, &b, &error), qPrintable(error));
    QCOMPARE(b.phaseOfHour[0], 0);
    QVERIFY(b.notes.front().text().contains(QStringLiteral("no deployment scenario")));
    // The notes are translated when shown: a result made in English reads German after a switch.
    const QLocale initial;
    QVERIFY(Language::apply(QStringLiteral("de")));
    QVERIFY2(b.notes.front().text().startsWith(QStringLiteral("Der Plan hat kein Ausbauszenario")),
        qPrintable(b.notes.front().text()));
    QVERIFY(Language::apply(QStringLiteral("en")));
    QLocale::setDefault(initial);
    Plan empty;
    QVERIFY(!LoadModelBuilder::build(empty, {}, &b, &error));
    QVERIFY(error.contains(QStringLiteral("no racks")));
}

void TestLoadProjection::steadyLoadFigures()
{
    SmallPlan small;
    Site site = small.plan.site();
    site.plannedHeatReuseShare = 0.2;
    PlanFiller(small.plan).setSite(site);
    LoadProjectionOptions options;
    options.trials = 3;
    options.engine = engine::BackendRequest::Cpu;
    options.model.workload = steadyInference(0.5);
    LoadProjectionResult r;
    QString error;
    QVERIFY2(LoadProjection::run(small.plan, options, {}, &r, &error), qPrintable(error));
    // IT: 2 racks x (1 + 9 x 0.5) kW = 11 kW; each UPS carries 5.5 kW at 95 %; no cooling units.
    const double itKw = 11.0;
    const double facilityKw = itKw / double(0.95f);
    QCOMPARE(int(r.perYear.size()), 1);
    const ProjectedYear &y = r.perYear[0];
    QVERIFY(std::abs(y.itEnergyMWh.p50 - itKw * 8760 / 1000) < 1e-6);
    QVERIFY(std::abs(y.facilityEnergyMWh.p50 - facilityKw * 8760 / 1000) < 1e-6);
    QVERIFY(std::abs(y.pue.p95 - double(0.95f) * 0 - 1 / double(0.95f)) < 1e-9);
    QVERIFY(std::abs(y.erf.p50 - 0.2 * double(0.95f)) < 1e-6);  // ERF = reused / facility = 0.2 IT / facility
    QVERIFY(std::abs(y.peakFacilityKw.max - facilityKw) < 1e-3);
    const SlotStatistics &day = r.of(ProjectedMetric::ItPower)[100];
    QVERIFY(std::abs(day.p50 - itKw) <= r.binWidth[0]);
    QVERIFY(std::abs(day.max - itKw) < 1e-4);
    QCOMPARE(r.efficiency.size(), std::size_t(1));
    QVERIFY(std::abs(r.efficiency[0].pueP95 - 1 / double(0.95f)) < 1e-9);
    QCOMPARE(r.efficiency[0].periodStart, QDate(2027, 1, 1));
    // The PDUs (30 kW) carry 5.5 kW: 18 %, never near the rating.
    for (const NodeRisk &n : r.nodes) {
        QCOMPARE(n.expectedHoursOver80, 0.0);
        QVERIFY(n.peakUtilisationMax < 0.8);
    }
    const auto pdu
        = std::find_if(r.nodes.begin(), r.nodes.end(), [&](const NodeRisk &n) { return n.nodeId == small.pduA; });
    QVERIFY(pdu != r.nodes.end());
    QVERIFY(std::abs(pdu->peakUtilisationMax - 5.5 / 30) < 1e-5);
    QCOMPARE(int(r.perYear[0].durationCurveKw.size()), 101);

    // Overload: 20 kW of servers at full power put 10 kW on each PDU; PDU A rated 8 kW is over every hour.
    options.model.workload = steadyInference(1.0);
    PowerNode pdu2 = *small.plan.find<PowerNode>(small.pduA);
    pdu2.ratingKw = 8;
    PlanFiller(small.plan).replace(pdu2);
    QVERIFY2(LoadProjection::run(small.plan, options, {}, &r, &error), qPrintable(error));
    QCOMPARE(r.nodes.front().nodeId, small.pduA);
    QCOMPARE(r.nodes.front().probabilityOverRating, 1.0);
    QCOMPARE(r.nodes.front().expectedHoursOverRating, 8760.0);
}

void TestLoadProjection::reproducible()
{
    Plan plan;
    buildDemoPlan(plan);
    LoadProjectionOptions options;
    options.trials = 4;
    options.seed = 77;
    options.engine = engine::BackendRequest::Cpu;
    options.model.years = 1;
    LoadProjectionResult a, b;
    QString error;
    QVERIFY2(LoadProjection::run(plan, options, {}, &a, &error), qPrintable(error));
    QVERIFY2(LoadProjection::run(plan, options, {}, &b, &error), qPrintable(error));
    QCOMPARE(a.perYear[0].facilityEnergyMWh.mean, b.perYear[0].facilityEnergyMWh.mean);
    QCOMPARE(a.perYear[0].pueOfTrial, b.perYear[0].pueOfTrial);
    QCOMPARE(a.of(ProjectedMetric::FacilityPower)[200].p95, b.of(ProjectedMetric::FacilityPower)[200].p95);
    options.seed = 78;
    QVERIFY2(LoadProjection::run(plan, options, {}, &b, &error), qPrintable(error));
    QVERIFY(a.perYear[0].pueOfTrial != b.perYear[0].pueOfTrial);
    // Cancel from the progress callback.
    bool cancelled = false;
    QVERIFY(!LoadProjection::run(
        plan, options, [](int, int) { return false; }, &b, &error, &cancelled));
    QVERIFY(cancelled);
}

void TestLoadProjection::demoPlan()
{
    Plan plan;
    buildDemoPlan(plan);
    BuiltLoadModel b;
    QString error;
    QVERIFY2(LoadModelBuilder::build(plan, {}, &b, &error), qPrintable(error));
    QCOMPARE(b.racks, 343);
    QCOMPARE(b.years, 5);
    QCOMPARE(b.startDate, QDate(2026, 2, 1));
    // Generators are standby sources: they carry nothing in normal operation and are left out.
    for (Id id : b.nodeIds)
        QVERIFY(plan.find<PowerNode>(id)->kind != PowerNodeKind::Generator);
    // Every group's load reaches both utility feeds, half each (2N).
    double utilityShare = 0;
    for (const engine::NodeShare &s : b.shares) {
        if (plan.find<PowerNode>(b.nodeIds[std::size_t(s.node)])->kind == PowerNodeKind::UtilityFeed && s.group == 0)
            utilityShare += s.share;
    }
    QVERIFY(std::abs(utilityShare - 1.0) < 1e-3);
    // The Eisbach heat exchangers carry the heat on most hours; the chillers trim.
    QVERIFY(b.model.cooling.freeCapacityKw == 18000.0f);
    QVERIFY(b.model.cooling.chillerCapacityKw == 6000.0f);
    LoadProjectionOptions options;
    options.trials = 2;
    options.engine = engine::BackendRequest::Cpu;
    options.model.years = 1;
    LoadProjectionResult r;
    QVERIFY2(LoadProjection::run(plan, options, {}, &r, &error), qPrintable(error));
    const ProjectedYear &y = r.perYear[0];
    // Sanity: below the 18 MW nameplate, above the idle floor, PUE of a river-cooled hall.
    QVERIFY(y.peakFacilityKw.max < 18500);
    QVERIFY(y.itEnergyMWh.p50 > 40000 && y.itEnergyMWh.p50 < 18000 * 8.76);
    QVERIFY2(y.pue.p50 > 1.02 && y.pue.p50 < 1.25, qPrintable(QString::number(y.pue.p50)));
    QCOMPARE(int(r.of(ProjectedMetric::Pue).size()), 365);
    for (std::size_t i = 1; i < y.durationCurveKw.size(); ++i)
        QVERIFY(y.durationCurveKw[i] <= y.durationCurveKw[i - 1]);
}

void TestLoadProjection::tooManyTrialsForTheMemoryAreRefused()
{
    // 100,000 trials of the demo (five years, 128 power nodes) need gigabytes; under a 64 MiB limit the
    // run is refused before it allocates, saying what it needs, what there is and how many trials fit.
    Plan plan;
    buildDemoPlan(plan);
    LoadProjectionOptions options;
    options.trials = 100000;
    options.engine = engine::BackendRequest::Cpu;
    options.memoryLimitBytes = std::size_t(64) << 20;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    LoadProjectionResult r;
    QString error;
    QVERIFY(!LoadProjection::run(plan, options, {}, &r, &error));
    QVERIFY2(error.startsWith(QLatin1String("A load projection of 100,000 trials needs about ")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("only 64.00 MiB available")), qPrintable(error));
    const QRegularExpression fitting(QStringLiteral("run at most ([\\d,]+) trials"));
    const QRegularExpressionMatch match = fitting.match(error);
    QVERIFY2(match.hasMatch(), qPrintable(error));
    const int most = match.captured(1).remove(QLatin1Char(',')).toInt();
    QVERIFY(most > 0 && most < 100000);
    // That many do run.
    options.trials = std::min(most, 8);
    options.model.years = 1;
    QVERIFY2(LoadProjection::run(plan, options, {}, &r, &error), qPrintable(error));
    QLocale::setDefault(QLocale::c());
}

QTEST_GUILESS_MAIN(TestLoadProjection)
#include "tst_loadprojection.moc"
