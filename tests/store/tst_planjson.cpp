// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON form of a plan (docs/plan-json.md): lossless round trips, and imports that report the first bad
// value with its JSON path and leave the open plan alone.

#include "../common/testplans.h"
#include "demo/demoplan.h"
#include "store/planjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace rw;
using rwtest::planDifference;

namespace {

QJsonObject everyFieldJson()
{
    Plan plan;
    rwtest::buildEveryFieldPlan(plan);
    return PlanJson::toJson(plan);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// `node` with the member at `steps` (object keys and array indices) set to `value`, or removed when
/// `value` is undefined.
QJsonValue withMember(const QJsonValue &node, QStringList steps, const QJsonValue &value)
{
    if (steps.isEmpty())
        return value;
    const QString step = steps.takeFirst();
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const int index = step.toInt();
        array[index] = withMember(array.at(index), steps, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (steps.isEmpty() && value.isUndefined())
        object.remove(step);
    else
        object[step] = withMember(object.value(step), steps, value);
    return object;
}

}  // namespace

class TestPlanJson : public QObject {
    Q_OBJECT

private slots:
    void everyFieldRoundTrips();
    void demoPlanRoundTrips();
    void exportIsStable();
    void refusesNextIdNotAboveEveryId();
    void refusalsAreOneLine();

    void readsVersion1WithoutLabels();
    void readsVersion2WithoutReturnPlenum();
    void readsVersion5WithoutCoolantLoops();
    void readsVersion6DeviceTypesAsTakingAc();
    void declarationsLeftOutOrNullAreNotDeclared();
    void undeclaredSiteWritesNull();
    void readsVersion3DeclarationsAsNotDeclared();
    void reportsBadValueWithItsPath_data();
    void reportsBadValueWithItsPath();
    void reportsRepeatedEntityKey_data();
    void reportsRepeatedEntityKey();
    void reportsRepeatedMemberName_data();
    void reportsRepeatedMemberName();
    void refusesWhatIsNoPlanObject_data();
    void refusesWhatIsNoPlanObject();

private:
    /// Imports `bytes` into a plan that holds the small test plan and checks that the import failed at
    /// `expectedPath` with an error that shows the path and `reason`, and that the plan is unchanged.
    enum class PathInText { Required, Optional };
    void verifyRefused(const QByteArray &bytes, const QString &expectedPath, const QString &reason,
        PathInText pathInText = PathInText::Required);
};

void TestPlanJson::verifyRefused(
    const QByteArray &bytes, const QString &expectedPath, const QString &reason, PathInText pathInText)
{
    Plan plan;
    rwtest::buildSmallPlan(plan);
    Plan reference;
    rwtest::buildSmallPlan(reference);
    QSignalSpy resets(&plan, &Plan::reset);

    const JsonImportReport report = PlanJson::fromBytes(bytes, &plan);

    QVERIFY2(!report.ok, "a bad plan was imported");
    QCOMPARE(report.path, expectedPath);
    QVERIFY2(pathInText == PathInText::Optional || report.error.contains(expectedPath),
        qPrintable(QStringLiteral("\"%1\" does not show the path %2").arg(report.error, expectedPath)));
    QVERIFY2(report.error.contains(reason, Qt::CaseInsensitive),
        qPrintable(QStringLiteral("\"%1\" does not say \"%2\"").arg(report.error, reason)));
    QVERIFY2(!report.error.contains(QLatin1Char('\n')), qPrintable(report.error));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(planDifference(plan, reference), QString());
    QCOMPARE(plan.nextId(), reference.nextId());
}

void TestPlanJson::everyFieldRoundTrips()
{
    Plan original;
    rwtest::buildEveryFieldPlan(original);
    Plan imported;
    rwtest::buildSmallPlan(imported);  // importing replaces everything that was there
    const JsonImportReport report = PlanJson::fromBytes(PlanJson::toBytes(original), &imported);
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(report.path.isEmpty());
    QCOMPARE(planDifference(original, imported), QString());
    QCOMPARE(imported.nextId(), original.nextId());
}

void TestPlanJson::demoPlanRoundTrips()
{
    Plan original;
    buildDemoPlan(original);
    Plan imported;
    const JsonImportReport report = PlanJson::fromBytes(PlanJson::toBytes(original), &imported);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(planDifference(original, imported), QString());
    QCOMPARE(imported.nextId(), original.nextId());
}

void TestPlanJson::exportIsStable()
{
    // Exporting an imported plan gives the same text, so that exports can be kept under version control.
    Plan original;
    rwtest::buildEveryFieldPlan(original);
    const QByteArray exported = PlanJson::toBytes(original);
    Plan imported;
    QVERIFY(PlanJson::fromBytes(exported, &imported).ok);
    QCOMPARE(PlanJson::toBytes(imported), exported);
}

void TestPlanJson::refusesNextIdNotAboveEveryId()
{
    // docs/plan-json.md: every id is below nextId. A document that breaks it is refused, not repaired.
    Plan original;
    rwtest::buildEveryFieldPlan(original);
    Id largest = 0;
    forEachEntityType([&]<class T>() {
        if constexpr (std::is_same_v<typename EntityTraits<T>::Key, Id>) {
            for (const auto &[id, entity] : original.all<T>())
                largest = std::max(largest, id);
        }
    });
    Plan imported;
    const JsonImportReport fine = PlanJson::fromBytes(
        compact(withMember(everyFieldJson(), { QStringLiteral("nextId") }, double(largest + 1)).toObject()), &imported);
    QVERIFY2(fine.ok, qPrintable(fine.error));
    QCOMPARE(imported.nextId(), largest + 1);
    for (const Id next : { largest, Id(1) })
        verifyRefused(compact(withMember(everyFieldJson(), { QStringLiteral("nextId") }, double(next)).toObject()),
            QStringLiteral("$.nextId"), QString::number(largest));
}

void TestPlanJson::refusalsAreOneLine()
{
    // Keys and values from the file are echoed in the refusal; their line breaks are shown, not kept.
    QJsonObject json = withMember(everyFieldJson(),
        { QStringLiteral("racks"), QStringLiteral("0"), QStringLiteral("evil\nrackwerk-cli: forged") }, 1)
                           .toObject();
    Plan plan;
    JsonImportReport report = PlanJson::fromBytes(compact(json), &plan);
    QVERIFY(!report.ok);
    QVERIFY2(!report.error.contains(QLatin1Char('\n')), qPrintable(report.error));
    QVERIFY2(report.error.contains(QLatin1String("evil\\nrackwerk-cli: forged")), qPrintable(report.error));
    json = withMember(everyFieldJson(), { QStringLiteral("devices"), QStringLiteral("0"), QStringLiteral("typeKey") },
        QStringLiteral("type\r\nwith a break"))
               .toObject();
    report = PlanJson::fromBytes(compact(json), &plan);
    QVERIFY(!report.ok);
    QVERIFY2(report.error.contains(QLatin1String("type\\r\\nwith a break")), qPrintable(report.error));
}

void TestPlanJson::readsVersion1WithoutLabels()
{
    // Documents written before labels existed have no "labels" array: they read as a plan without labels.
    QJsonObject json = everyFieldJson();
    json.insert(QStringLiteral("formatVersion"), 1);
    json.remove(QStringLiteral("labels"));
    Plan imported;
    const JsonImportReport report = PlanJson::fromBytes(compact(json), &imported);
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(imported.all<Label>().empty());
    QVERIFY(!imported.all<Rack>().empty());
    // Only the newer array is optional there: a version 1 document still needs every other one.
    json.remove(QStringLiteral("phases"));
    verifyRefused(compact(json), QStringLiteral("$.phases"), QStringLiteral("missing"));
}

void TestPlanJson::readsVersion5WithoutCoolantLoops()
{
    // Documents written before format 6 have no liquid cooling: they read as a plan without coolant loops.
    QJsonObject json = everyFieldJson();
    json.insert(QStringLiteral("formatVersion"), 5);
    for (const char *array : { "coolantLoops", "loopRejections", "loopRacks" })
        json.remove(QLatin1String(array));
    Plan imported;
    const JsonImportReport report = PlanJson::fromBytes(compact(json), &imported);
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(imported.all<CoolantLoop>().empty());
    QVERIFY(imported.all<LoopRack>().empty());
    QVERIFY(!imported.all<Rack>().empty());
}

void TestPlanJson::readsVersion6DeviceTypesAsTakingAc()
{
    // Device types of documents written before format 7 have no powerInput: they take AC, as every type did.
    QJsonObject json = everyFieldJson();
    json.insert(QStringLiteral("formatVersion"), 6);
    QJsonArray types = json.value(QStringLiteral("deviceTypes")).toArray();
    QVERIFY(!types.isEmpty());
    for (qsizetype i = 0; i < types.size(); ++i) {
        QJsonObject type = types.at(i).toObject();
        QVERIFY(type.contains(QStringLiteral("powerInput")));
        type.remove(QStringLiteral("powerInput"));
        types.replace(i, type);
    }
    json.insert(QStringLiteral("deviceTypes"), types);
    Plan imported;
    const JsonImportReport report = PlanJson::fromBytes(compact(json), &imported);
    QVERIFY2(report.ok, qPrintable(report.error));
    for (const auto &[key, type] : imported.all<DeviceType>())
        QCOMPARE(type.powerInput, PowerInput::Ac);
}

void TestPlanJson::readsVersion2WithoutReturnPlenum()
{
    // Halls of documents written before format 3 have no returnPlenumM: they read as halls without one.
    QJsonObject json = everyFieldJson();
    json.insert(QStringLiteral("formatVersion"), 2);
    QJsonArray halls = json.value(QStringLiteral("halls")).toArray();
    QJsonObject hall = halls.first().toObject();
    QVERIFY(hall.contains(QStringLiteral("returnPlenumM")));
    hall.remove(QStringLiteral("returnPlenumM"));
    halls.replace(0, hall);
    json.insert(QStringLiteral("halls"), halls);
    Plan imported;
    const JsonImportReport report = PlanJson::fromBytes(compact(json), &imported);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(imported.all<Hall>().begin()->second.returnPlenumM, 0.0);
    // Only that field: a version 2 hall still needs every other one.
    hall.remove(QStringLiteral("ceilingHeightM"));
    halls.replace(0, hall);
    json.insert(QStringLiteral("halls"), halls);
    verifyRefused(compact(json), QStringLiteral("$.halls[0].ceilingHeightM"), QStringLiteral("missing"));
}

void TestPlanJson::declarationsLeftOutOrNullAreNotDeclared()
{
    QJsonObject json = everyFieldJson();
    QJsonObject site = json.value(QStringLiteral("site")).toObject();
    site.insert(QStringLiteral("pueTarget"), QJsonValue::Null);
    site.remove(QStringLiteral("renewableShare"));
    site.insert(QStringLiteral("startOfOperation"), QJsonValue::Null);
    site.insert(QStringLiteral("wueLitrePerKWh"), 0);  // a declared 0 stays declared
    json.insert(QStringLiteral("site"), site);
    Plan imported;
    const JsonImportReport report = PlanJson::fromBytes(compact(json), &imported);
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(!imported.site().pueTarget);
    QVERIFY(!imported.site().renewableShare);
    QVERIFY(!imported.site().startOfOperation.isValid());
    QCOMPARE(imported.site().wueLitrePerKWh, std::optional<double>(0.0));
    // The others keep their declared values.
    Plan original;
    rwtest::buildEveryFieldPlan(original);
    QCOMPARE(imported.site().declaredAvailabilityClass, original.site().declaredAvailabilityClass);
    QCOMPARE(imported.site().plannedHeatReuseShare, original.site().plannedHeatReuseShare);
    QVERIFY(imported.site().plannedHeatReuseShare.has_value());
}

void TestPlanJson::undeclaredSiteWritesNull()
{
    // A new plan declares nothing; its JSON says so with null, and reads back the same.
    Plan plan;
    rwtest::buildSmallPlan(plan);
    const QJsonObject site = PlanJson::toJson(plan).value(QStringLiteral("site")).toObject();
    for (const char *field : { "startOfOperation", "declaredAvailabilityClass", "renewableShare",
             "plannedHeatReuseShare", "pueTarget", "wueLitrePerKWh" })
        QVERIFY2(site.value(QLatin1String(field)).isNull(), field);
    QCOMPARE(site.value(QStringLiteral("designOutdoorTempC")).toDouble(), 29.5);  // a design figure, not a declaration
    Plan imported;
    QVERIFY(PlanJson::fromBytes(PlanJson::toBytes(plan), &imported).ok);
    QCOMPARE(planDifference(plan, imported), QString());

    // Declared values, the demo's among them, survive the round trip.
    Plan demo;
    buildDemoPlan(demo);
    QVERIFY(PlanJson::fromBytes(PlanJson::toBytes(demo), &imported).ok);
    QCOMPARE(imported.site().pueTarget, std::optional<double>(1.25));
    QCOMPARE(imported.site().declaredAvailabilityClass, std::optional<int>(3));
    QCOMPARE(imported.site().renewableShare, std::optional<double>(1.0));
    QCOMPARE(imported.site().plannedHeatReuseShare, std::optional<double>(0.10));
    QVERIFY(!imported.site().wueLitrePerKWh);
}

void TestPlanJson::readsVersion3DeclarationsAsNotDeclared()
{
    // A version 3 document cannot tell a figure someone entered from the program's old defaults: like plan
    // files of schema 4, its declarations read as not declared; the start of operation was never pre-filled.
    QJsonObject json = everyFieldJson();
    json.insert(QStringLiteral("formatVersion"), 3);
    Plan imported;
    const JsonImportReport report = PlanJson::fromBytes(compact(json), &imported);
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(!imported.site().declaredAvailabilityClass);
    QVERIFY(!imported.site().renewableShare);
    QVERIFY(!imported.site().plannedHeatReuseShare);
    QVERIFY(!imported.site().pueTarget);
    QVERIFY(!imported.site().wueLitrePerKWh);
    QCOMPARE(imported.site().startOfOperation, QDate(2031, 7, 19));
    // Their values are still checked: an old document with a PUE of 0.9 is refused, not quietly dropped.
    verifyRefused(compact(withMember(json, { QStringLiteral("site"), QStringLiteral("pueTarget") }, 0.9).toObject()),
        QStringLiteral("$.site.pueTarget"), QStringLiteral("1"));
}

void TestPlanJson::reportsBadValueWithItsPath_data()
{
    // A change to the JSON of the every-field plan (each array holds one entity; powerNodes two, coolingUnits two:
    // a unit and a CDU, coolantLoops two: a facility water system and a CDU loop), the path
    // the import must report and a word of the reason.
    QTest::addColumn<QString>("member");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");
    const QJsonValue removed(QJsonValue::Undefined);
    auto row = [](const char *name, const char *member, const QJsonValue &value, const char *path, const char *reason) {
        QTest::newRow(name) << QString::fromLatin1(member) << value << QString::fromLatin1(path)
                            << QString::fromUtf8(reason);
    };

    row("text for a number", "racks/0/maxPowerKw", QStringLiteral("60"), "$.racks[0].maxPowerKw", "number");
    row("below the range", "racks/0/maxPowerKw", -5, "$.racks[0].maxPowerKw", "2,000");
    row("above the range", "racks/0/maxPowerKw", 2000.5, "$.racks[0].maxPowerKw", "2,000");
    row("fraction for an integer", "racks/0/heightU", 42.5, "$.racks[0].heightU", "whole");
    row("null for a number", "halls/0/widthM", QJsonValue(QJsonValue::Null), "$.halls[0].widthM", "number");
    row("array for a number", "halls/0/widthM", QJsonArray { 10 }, "$.halls[0].widthM", "number");
    row("number for text", "racks/0/name", 7, "$.racks[0].name", "text");
    row("object for text", "site/name", QJsonObject {}, "$.site.name", "text");
    row("text too long", "rows/0/name", QString(201, QLatin1Char('x')), "$.rows[0].name", "200");
    row("unknown enum value", "racks/0/facing", QStringLiteral("up"), "$.racks[0].facing", "north");
    row("enum value in the wrong case", "powerNodes/1/kind", QStringLiteral("UPS"), "$.powerNodes[1].kind", "ups");
    row("text for a boolean", "coolingUnits/0/standby", QStringLiteral("yes"), "$.coolingUnits[0].standby", "true");
    row("impossible date", "scenarios/0/startDate", QStringLiteral("2031-02-30"), "$.scenarios[0].startDate",
        "YYYY-MM-DD");
    row("site value out of range", "site/pueTarget", 0.9, "$.site.pueTarget", "1");
    row("missing member", "racks/0/zone", removed, "$.racks[0].zone", "missing");
    row("missing site member", "site/assumptions", removed, "$.site.assumptions", "missing");
    row("unknown member", "racks/0/colour", QStringLiteral("red"), "$.racks[0].colour", "not a known field");
    row("misspelt member", "devices/0/positionu", 3, "$.devices[0].positionu", "not a known field");
    row("unknown top-level member", "comments", QStringLiteral("hi"), "$.comments", "not a known field");
    row("entity not an object", "racks/0", 5, "$.racks[0]", "object");
    row("array not an array", "racks", QJsonObject {}, "$.racks", "array");
    row("array missing", "phases", removed, "$.phases", "missing");
    row("site missing", "site", removed, "$.site", "missing");
    row("site not an object", "site", QStringLiteral("Munich"), "$.site", "object");
    row("id 0", "halls/0/id", 0, "$.halls[0].id", "at least 1");
    row("negative id", "phases/0/id", -3, "$.phases[0].id", "0");
    row("id beyond 2^53", "phases/0/id", 9007199254740992.0, "$.phases[0].id", "between");
    row("format missing", "format", removed, "$.format", "rackwerk-plan");
    row("format of another document", "format", QStringLiteral("rackwerk-catalogue"), "$.format", "rackwerk-plan");
    row("newer format version", "formatVersion", 8, "$.formatVersion", "7");  // PlanJson::kFormatVersion + 1
    row("power input missing in a version 7 document", "deviceTypes/0/powerInput", removed,
        "$.deviceTypes[0].powerInput", "missing");
    row("unknown power input", "deviceTypes/0/powerInput", QStringLiteral("dc-48"), "$.deviceTypes[0].powerInput",
        "dc-800");
    row("labels missing in a version 4 document", "labels", removed, "$.labels", "missing");
    row("return plenum missing in a version 4 document", "halls/0/returnPlenumM", removed, "$.halls[0].returnPlenumM",
        "missing");
    row("declaration as text", "site/renewableShare", QStringLiteral("100 %"), "$.site.renewableShare", "number");
    row("declared class 5", "site/declaredAvailabilityClass", 5, "$.site.declaredAvailabilityClass", "4");
    row("null for a design figure", "site/designOutdoorTempC", QJsonValue(QJsonValue::Null),
        "$.site.designOutdoorTempC", "number");
    row("negative return plenum", "halls/0/returnPlenumM", -0.5, "$.halls[0].returnPlenumM", "0");
    row("label without text", "labels/0/text", QString(), "$.labels[0]", "text");
    row("label turned 360 degrees", "labels/0/rotationDeg", 360, "$.labels[0].rotationDeg", "359");
    row("label of no height", "labels/0/heightM", 0, "$.labels[0].heightM", "0.01");
    row("label in a missing hall", "labels/0/hallId", 999994, "$.labels[0]", "hall");
    row("format version as text", "formatVersion", QStringLiteral("1"), "$.formatVersion", "version");
    row("format version missing", "formatVersion", removed, "$.formatVersion", "version");
    row("format version between versions", "formatVersion", 2.5, "$.formatVersion", "version");
    row("next id 0", "nextId", 0, "$.nextId", "at least 1");
    row("next id a fraction", "nextId", 5000.5, "$.nextId", "whole");
    row("next id beyond 2^53", "nextId", 9007199254740994.0, "$.nextId", "whole");
    row("device in a missing rack", "devices/0/rackId", 999999, "$.devices[0]", "999999");
    row("device of a missing type", "devices/0/typeKey", QStringLiteral("no-such-type"), "$.devices[0]",
        "no-such-type");
    row("rack fed by a missing node", "racks/0/feedA", 999997, "$.racks[0]", "999997");
    row("phase of a missing scenario", "phases/0/scenarioId", 999996, "$.phases[0]", "scenario");
    row("power link from a missing node", "powerLinks/0/fromId", 999995, "$.powerLinks[0]", "does not exist");
    row("cooling return below supply", "coolingUnits/0/returnTempC", -20, "$.coolingUnits[0]", "return");
    row("workload shares above 100 %", "phases/0/trainingShare", 0.9, "$.phases[0]", "100");
    row("unknown coolant", "coolantLoops/0/coolant", QStringLiteral("glycol"), "$.coolantLoops[0].coolant", "pg25");
    row("no pumps", "coolantLoops/0/pumpCount", 0, "$.coolantLoops[0].pumpCount", "1");
    row("header of no diameter", "coolantLoops/1/headerDiameterMm", 0, "$.coolantLoops[1].headerDiameterMm", "1");
    row("unknown member of a loop", "coolantLoops/1/flowRate", 5, "$.coolantLoops[1].flowRate", "not a known field");
    row("loop of a missing CDU", "coolantLoops/1/cduId", 999991, "$.coolantLoops[1]", "CDU");
    row("pump curve that does not fall", "coolantLoops/1/pumpRatedKpa", 5000, "$.coolantLoops[1]", "shut-off");
    row("unknown heat-rejection kind", "loopRejections/0/kind", QStringLiteral("river"), "$.loopRejections[0].kind",
        "dry-cooler");
    row("stage of a missing loop", "loopRejections/0/loopId", 999992, "$.loopRejections[0]", "facility water");
    row("rack on a missing loop", "loopRacks/0/loopId", 999993, "$.loopRacks[0]", "technology loop");
    row("rack missing on a loop", "loopRacks/0/rackId", 999994, "$.loopRacks[0]", "does not exist");
    row("negative flow need", "loopRacks/0/minFlowLPerMin", -1, "$.loopRacks[0].minFlowLPerMin", "0");
    row("coolant loops missing in a version 6 document", "coolantLoops", removed, "$.coolantLoops", "missing");
}

void TestPlanJson::reportsBadValueWithItsPath()
{
    QFETCH(QString, member);
    QFETCH(QJsonValue, value);
    QFETCH(QString, path);
    QFETCH(QString, reason);
    const QJsonObject original = everyFieldJson();
    const QJsonObject changed = withMember(original, member.split(QLatin1Char('/')), value).toObject();
    QVERIFY(changed != original);
    verifyRefused(compact(changed), path, reason);
}

void TestPlanJson::reportsRepeatedEntityKey_data()
{
    QTest::addColumn<QString>("array");
    QTest::addColumn<QString>("keyField");
    QTest::newRow("device type key") << QStringLiteral("deviceTypes") << QStringLiteral("key");
    QTest::newRow("hall id") << QStringLiteral("halls") << QStringLiteral("id");
    QTest::newRow("rack id") << QStringLiteral("racks") << QStringLiteral("id");
    QTest::newRow("phase id") << QStringLiteral("phases") << QStringLiteral("id");
}

void TestPlanJson::reportsRepeatedEntityKey()
{
    QFETCH(QString, array);
    QFETCH(QString, keyField);
    QJsonObject json = everyFieldJson();
    QJsonArray entities = json.value(array).toArray();
    QCOMPARE(entities.size(), 1);
    entities.append(entities.at(0));
    json[array] = entities;
    verifyRefused(compact(json), QStringLiteral("$.%1[1].%2").arg(array, keyField), QStringLiteral("key"));
}

void TestPlanJson::reportsRepeatedMemberName_data()
{
    // Where a member is written a second time, with its path; Qt's parser would silently keep only the last.
    QTest::addColumn<QStringList>("object");
    QTest::addColumn<QByteArray>("repeated");
    QTest::addColumn<QString>("path");
    QTest::newRow("rack power") << QStringList { QStringLiteral("racks"), QStringLiteral("0") }
                                << QByteArray("\"maxPowerKw\":5") << QStringLiteral("$.racks[0].maxPowerKw");
    QTest::newRow("site name") << QStringList { QStringLiteral("site") } << QByteArray("\"name\":\"Other\"")
                               << QStringLiteral("$.site.name");
    QTest::newRow("whole array") << QStringList {} << QByteArray("\"racks\":[]") << QStringLiteral("$.racks");
    QTest::newRow("name written with an escape") << QStringList { QStringLiteral("halls"), QStringLiteral("0") }
                                                 << QByteArray("\"\\u0069d\":77") << QStringLiteral("$.halls[0].id");
}

void TestPlanJson::reportsRepeatedMemberName()
{
    QFETCH(QStringList, object);
    QFETCH(QByteArray, repeated);
    QFETCH(QString, path);
    // A placeholder member marks where the repetition goes; it is then replaced in the text.
    QStringList placeholderAt = object;
    placeholderAt << QStringLiteral("placeholder");
    const QJsonObject json = withMember(everyFieldJson(), placeholderAt, 0).toObject();
    QByteArray bytes = compact(json);
    QCOMPARE(bytes.count("\"placeholder\":0"), 1);
    bytes.replace("\"placeholder\":0", repeated);
    verifyRefused(bytes, path, QStringLiteral("more than once"));
}

void TestPlanJson::refusesWhatIsNoPlanObject_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("nothing") << QByteArray() << QStringLiteral("JSON");
    QTest::newRow("plain text") << QByteArray("Rack A1: 60 kW") << QStringLiteral("JSON");
    QTest::newRow("cut short") << compact(everyFieldJson()).left(500) << QStringLiteral("JSON");
    QTest::newRow("binary") << QByteArray("\xff\xfe\x00\x01", 4) << QStringLiteral("JSON");
    QTest::newRow("top-level array") << QByteArray("[{\"format\":\"rackwerk-plan\"}]") << QStringLiteral("object");
}

void TestPlanJson::refusesWhatIsNoPlanObject()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    // A parse error is located by its byte offset rather than a path.
    verifyRefused(bytes, QStringLiteral("$"), reason, PathInText::Optional);
}

QTEST_GUILESS_MAIN(TestPlanJson)
#include "tst_planjson.moc"
