// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testplans.h"

#include "i18n/language.h"
#include "plan/planfiller.h"
#include "review/plandiff.h"
#include "review/reviewjson.h"

#include <QtTest>

#include <algorithm>

using namespace rw;
using namespace rwtest;

namespace {

const EntityChange *find(const PlanDiff &diff, EntityKind kind, const QString &name)
{
    for (const EntityChange &e : diff.entities)
        if (e.entity == kind && e.name == name)
            return &e;
    return nullptr;
}

double figure(const PlanDiff &diff, const QString &key, bool second)
{
    for (const FigureChange &f : diff.figures)
        if (f.key == key)
            return second ? f.b : f.a;
    qFatal("no figure %s", qPrintable(key));
}

}  // namespace

class TestPlanDiff : public QObject {
    Q_OBJECT

private slots:
    void identicalPlans();
    void knownDifferences();
    void idsDoNotMatter();
    void fieldsAndValuesReadAsWords();
};

void TestPlanDiff::identicalPlans()
{
    Plan a;
    Plan b;
    buildSmallPlan(a);
    buildSmallPlan(b);
    const PlanDiff diff = PlanDiffer::compare(a, b);
    QVERIFY(diff.identical());
    QVERIFY(diff.entities.empty());
    QCOMPARE(figure(diff, QStringLiteral("gpus"), false), 12.0);
    QCOMPARE(figure(diff, QStringLiteral("gpus"), true), 12.0);
}

void TestPlanDiff::knownDifferences()
{
    Plan a;
    Plan b;
    buildSmallPlan(a);
    buildSmallPlan(b);
    // B: rack B and its server gone, an empty rack C added, rack A with a larger budget fed from the UPS,
    // the busway re-rated, a higher PUE declared.
    PlanFiller(b).take<MountedDevice>(small::kServerB10);
    PlanFiller(b).take<Rack>(small::kRackB);
    Rack c = *b.find<Rack>(small::kRackA);
    c.id = 99;
    c.name = QStringLiteral("C");
    c.xM = 5;
    PlanFiller(b).insert(c);
    Rack rackA = *b.find<Rack>(small::kRackA);
    rackA.maxPowerKw = 25;
    rackA.feedA = small::kUps;
    PlanFiller(b).replace(rackA);
    PowerNode busway = *b.find<PowerNode>(small::kBusway);
    busway.ratingKw = 250;
    PlanFiller(b).replace(busway);
    Site site = b.site();
    site.pueTarget = 1.3;
    PlanFiller(b).setSite(site);

    const PlanDiff diff = PlanDiffer::compare(a, b);
    QVERIFY(!diff.identical());
    QCOMPARE(diff.site.size(), std::size_t(1));
    QCOMPARE(diff.site.front().field, QStringLiteral("pueTarget"));
    QCOMPARE(diff.site.front().before, QStringLiteral("not declared"));  // plan A declares no PUE target
    QCOMPARE(diff.site.front().after, QStringLiteral("1.3"));

    QVERIFY(find(diff, EntityKind::Rack, QStringLiteral("B")));
    QCOMPARE(find(diff, EntityKind::Rack, QStringLiteral("B"))->change, EntityChange::Kind::Removed);
    QVERIFY(find(diff, EntityKind::Rack, QStringLiteral("C")));
    QCOMPARE(find(diff, EntityKind::Rack, QStringLiteral("C"))->change, EntityChange::Kind::Added);
    const EntityChange *changedA = find(diff, EntityKind::Rack, QStringLiteral("A"));
    QVERIFY(changedA);
    QCOMPARE(changedA->change, EntityChange::Kind::Changed);
    QCOMPARE(changedA->fields.size(), std::size_t(2));
    QCOMPARE(changedA->fields[0].field, QStringLiteral("maxPowerKw"));
    QCOMPARE(changedA->fields[0].before, QStringLiteral("20"));
    QCOMPARE(changedA->fields[0].after, QStringLiteral("25"));
    // References are compared by what they name, not by id.
    QCOMPARE(changedA->fields[1].field, QStringLiteral("feedA"));
    QCOMPARE(changedA->fields[1].before, QStringLiteral("Busway"));
    QCOMPARE(changedA->fields[1].after, QStringLiteral("UPS"));

    const EntityChange *device = find(diff, EntityKind::Device, QStringLiteral("B / U10 (b10)"));
    QVERIFY(device);
    QCOMPARE(device->change, EntityChange::Kind::Removed);
    const EntityChange *node = find(diff, EntityKind::PowerNode, QStringLiteral("Busway"));
    QVERIFY(node);
    QCOMPARE(node->fields.size(), std::size_t(1));
    QCOMPARE(node->fields[0].field, QStringLiteral("ratingKw"));
    QCOMPARE(diff.entities.size(), std::size_t(5));
    QCOMPARE(diff.count(EntityChange::Kind::Added), 1);
    QCOMPARE(diff.count(EntityChange::Kind::Removed), 2);

    QCOMPARE(figure(diff, QStringLiteral("gpus"), false), 12.0);
    QCOMPARE(figure(diff, QStringLiteral("gpus"), true), 8.0);
    QCOMPARE(figure(diff, QStringLiteral("racks"), true), 2.0);
    QCOMPARE(figure(diff, QStringLiteral("nameplateItKw"), false), 4.7);
    QCOMPARE(figure(diff, QStringLiteral("nameplateItKw"), true), 3.2);
    // A PUE only one plan states has no figure to compare: the site's fields show "not declared".
    QVERIFY(std::none_of(
        diff.figures.begin(), diff.figures.end(), [](const FigureChange &f) { return f.key == QLatin1String("pue"); }));
    Site declared = a.site();
    declared.pueTarget = 1.2;
    PlanFiller(a).setSite(declared);
    const PlanDiff withPue = PlanDiffer::compare(a, b);
    QCOMPARE(withPue.site.front().before, QStringLiteral("1.2"));
    QCOMPARE(figure(withPue, QStringLiteral("pue"), false), 1.2);
    QCOMPARE(figure(withPue, QStringLiteral("pue"), true), 1.3);

    const QJsonObject json = ReviewJson::toJson(diff);
    QCOMPARE(json.value(QStringLiteral("counts")).toObject().value(QStringLiteral("changed")).toInt(), 2);
    QCOMPARE(json.value(QStringLiteral("figures"))
                 .toObject()
                 .value(QStringLiteral("gpus"))
                 .toObject()
                 .value(QStringLiteral("difference"))
                 .toDouble(),
        -4.0);
}

void TestPlanDiff::idsDoNotMatter()
{
    // The same content under other ids (an independently made plan) is no difference.
    Plan a;
    buildSmallPlan(a);
    Plan b;
    PlanFiller(b).setSite(a.site());
    for (const auto &[key, type] : a.all<DeviceType>())
        PlanFiller(b).insert(type);
    const Id shift = 1000;
    for (const auto &[id, e] : a.all<Hall>()) {
        Hall h = e;
        h.id += shift;
        PlanFiller(b).insert(h);
    }
    for (const auto &[id, e] : a.all<Row>()) {
        Row r = e;
        r.id += shift;
        r.hallId += shift;
        PlanFiller(b).insert(r);
    }
    for (const auto &[id, e] : a.all<PowerNode>()) {
        PowerNode n = e;
        n.id += shift;
        PlanFiller(b).insert(n);
    }
    for (const auto &[id, e] : a.all<PowerLink>())
        PlanFiller(b).insert(PowerLink { e.id + shift, e.fromId + shift, e.toId + shift });
    for (const auto &[id, e] : a.all<Rack>()) {
        Rack r = e;
        r.id += shift;
        r.hallId += shift;
        r.rowId += shift;
        r.feedA = r.feedA ? r.feedA + shift : kNoId;
        r.feedB = r.feedB ? r.feedB + shift : kNoId;
        PlanFiller(b).insert(r);
    }
    for (const auto &[id, e] : a.all<MountedDevice>()) {
        MountedDevice d = e;
        d.id += shift;
        d.rackId += shift;
        PlanFiller(b).insert(d);
    }
    for (const auto &[id, e] : a.all<CoolingUnit>()) {
        CoolingUnit u = e;
        u.id += shift;
        u.hallId += shift;
        u.feedId += shift;
        PlanFiller(b).insert(u);
    }
    for (const auto &[id, e] : a.all<Obstacle>()) {
        Obstacle o = e;
        o.id += shift;
        o.hallId += shift;
        PlanFiller(b).insert(o);
    }
    for (const auto &[id, e] : a.all<Scenario>()) {
        Scenario s = e;
        s.id += shift;
        PlanFiller(b).insert(s);
    }
    for (const auto &[id, e] : a.all<Phase>()) {
        Phase p = e;
        p.id += shift;
        p.scenarioId += shift;
        PlanFiller(b).insert(p);
    }
    const PlanDiff diff = PlanDiffer::compare(a, b);
    QVERIFY2(diff.identical(), diff.entities.empty() ? "" : qPrintable(diff.entities.front().name));
}

void TestPlanDiff::fieldsAndValuesReadAsWords()
{
    // Issue 15 saw "operatorName" and "plannedHeatReuseShare" in Compare: every changed field is shown by
    // its label with its unit, every enum value by its name, in the language of the interface.
    Plan a;
    Plan b;
    buildSmallPlan(a);
    buildSmallPlan(b);
    Site site = b.site();
    site.operatorName = QStringLiteral("Other operator");
    site.plannedHeatReuseShare = 0.25;
    PlanFiller(b).setSite(site);
    Row row = *b.find<Row>(small::kRow);
    row.containment = Containment::HotAisle;
    PlanFiller(b).replace(row);
    PowerNode busway = *b.find<PowerNode>(small::kBusway);
    busway.ratingKva += 10;
    PlanFiller(b).replace(busway);

    const QLocale initial;
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("de") }) {
        QVERIFY(Language::apply(language));
        const PlanDiff diff = PlanDiffer::compare(a, b);
        QStringList siteLabels;
        for (const FieldChange &f : diff.site) {
            QVERIFY2(f.label != f.field, qPrintable(f.field));
            siteLabels << f.label;
        }
        const EntityChange *changedRow = nullptr;
        const EntityChange *changedNode = nullptr;
        for (const EntityChange &e : diff.entities) {
            changedRow = e.entity == EntityKind::Row ? &e : changedRow;
            changedNode = e.entity == EntityKind::PowerNode ? &e : changedNode;
        }
        QVERIFY(changedRow && changedNode);
        QCOMPARE(changedRow->fields.size(), std::size_t(1));
        QCOMPARE(changedRow->fields[0].field, QStringLiteral("containment"));
        QCOMPARE(changedNode->fields[0].field, QStringLiteral("ratingKva"));
        if (language == QLatin1String("en")) {
            QCOMPARE(
                siteLabels, (QStringList { QStringLiteral("Operator"), QStringLiteral("Planned energy reuse share") }));
            QCOMPARE(changedRow->fields[0].label, QStringLiteral("Containment"));
            QCOMPARE(changedRow->fields[0].before, QStringLiteral("None"));
            QCOMPARE(changedRow->fields[0].after, QStringLiteral("Hot aisle"));
            QCOMPARE(changedNode->fields[0].label, QStringLiteral("Rating (kVA)"));
        } else {
            QCOMPARE(siteLabels,
                (QStringList {
                    QStringLiteral("Betreiber"), QStringLiteral("Geplanter Anteil wiederverwendeter Energie") }));
            QCOMPARE(changedRow->fields[0].label, QStringLiteral("Einhausung"));
            QCOMPARE(changedRow->fields[0].before, QStringLiteral("Keine"));
            QCOMPARE(changedRow->fields[0].after, QStringLiteral("Warmgang"));
            QCOMPARE(changedNode->fields[0].label, QStringLiteral("Nennleistung (kVA)"));
            QCOMPARE(PlanDiffer::entityName(EntityKind::Row), QStringLiteral("Reihe"));
        }
    }
    QVERIFY(Language::apply(QStringLiteral("en")));
    QLocale::setDefault(initial);
}

QTEST_MAIN(TestPlanDiff)
#include "tst_plandiff.moc"
