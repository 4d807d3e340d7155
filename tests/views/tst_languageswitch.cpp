// SPDX-License-Identifier: GPL-3.0-or-later
// Switching the language at run time reaches every widget: texts the panels set themselves ("Fertig."),
// texts that name the engine, numbers in editors (decimal commas become points), and the names of
// rows and power nodes in the plan tree read as words, not as stored names.
#include "../common/testplans.h"

#include "floorplan/floorplanscene.h"
#include "i18n/language.h"
#include "panels/plantree.h"
#include "plan/planfiller.h"
#include "review/comparedialog.h"
#include "thermal/thermalpanel.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QSignalSpy>
#include <QtTest>

using namespace rw;

namespace {

QLabel *labelWithText(const QWidget &parent, const QString &text)
{
    for (QLabel *label : parent.findChildren<QLabel *>())
        if (label->text() == text)
            return label;
    return nullptr;
}

QDoubleSpinBox *spinBoxWithValue(const QWidget &parent, double value)
{
    for (QDoubleSpinBox *spin : parent.findChildren<QDoubleSpinBox *>())
        if (spin->value() == value)
            return spin;
    return nullptr;
}

QStringList treeTexts(const QTreeWidget &tree)
{
    QStringList texts;
    for (QTreeWidgetItemIterator it(const_cast<QTreeWidget *>(&tree)); *it; ++it)
        texts << (*it)->text(0) + QStringLiteral(" | ") + (*it)->text(1);
    return texts;
}

}  // namespace

class TestLanguageSwitch : public QObject {
    Q_OBJECT
private slots:
    void init() { QVERIFY(Language::apply(QStringLiteral("de"))); }
    void cleanup() { QVERIFY(Language::apply(QStringLiteral("en"))); }
    void thermalPanelFollowsTheSwitch();
    void planTreeNamesAreWords();
    void compareCountsHaveSeparators();
};

void TestLanguageSwitch::thermalPanelFollowsTheSwitch()
{
    Plan plan;
    rwtest::buildSmallPlan(plan);
    FloorPlanScene scene(plan);
    scene.setHall(rwtest::small::kHall);
    scene.rebuild();
    ThermalPanel panel(plan, &scene);
    panel.resize(520, 760);
    panel.show();
    panel.setCellM(0.5);
    panel.setEngine(engine::BackendRequest::Cpu);
    QSignalSpy finished(panel.runner(), &ThermalRunner::finished);
    QVERIFY(panel.runProjection());
    QVERIFY(finished.wait(600 * 1000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

    QLabel *status = labelWithText(panel, QStringLiteral("Fertig."));
    QVERIFY(status);
    QDoubleSpinBox *cell = spinBoxWithValue(panel, 0.5);
    QVERIFY(cell);
    QCOMPARE(cell->text(), QStringLiteral("0,50 m"));
    QVERIFY(panel.engineLine().startsWith(QStringLiteral("Thermische Prognose: CPU-Rechenkern")));

    QVERIFY(Language::apply(QStringLiteral("en")));
    QTRY_COMPARE(status->text(), QStringLiteral("Finished."));
    QTRY_COMPARE(cell->text(), QStringLiteral("0.50 m"));
    QVERIFY2(panel.engineLine().startsWith(QStringLiteral("Thermal: CPU engine")), qPrintable(panel.engineLine()));
    // The run's reason for the CPU (if any) follows the language too: no German word is left.
    QVERIFY2(!panel.engineLine().contains(QStringLiteral("kein")), qPrintable(panel.engineLine()));

    QVERIFY(Language::apply(QStringLiteral("de")));
    QTRY_COMPARE(status->text(), QStringLiteral("Fertig."));
    QTRY_COMPARE(cell->text(), QStringLiteral("0,50 m"));
}

void TestLanguageSwitch::planTreeNamesAreWords()
{
    Plan plan;
    rwtest::buildSmallPlan(plan);
    Row row = *plan.find<Row>(rwtest::small::kRow);
    row.name = QStringLiteral("Row 1");  // the name a new row gets in English
    row.containment = Containment::HotAisle;
    PlanFiller(plan).replace(row);
    PlanTree tree(plan);
    QVERIFY(Language::apply(QStringLiteral("en")));
    QTRY_VERIFY(treeTexts(tree).contains(QStringLiteral("Row 1 | Row, containment: Hot aisle")));
    const QString all = treeTexts(tree).join(QLatin1Char('\n'));
    QVERIFY2(!all.contains(QStringLiteral("Row Row")), qPrintable(all));
    QVERIFY2(!all.contains(QStringLiteral("hot-aisle")), qPrintable(all));
    QVERIFY(Language::apply(QStringLiteral("de")));
    QTRY_VERIFY2(treeTexts(tree).contains(QStringLiteral("Row 1 | Reihe, Einhausung: Warmgang")),
        qPrintable(treeTexts(tree).join(QLatin1Char('\n'))));
}

void TestLanguageSwitch::compareCountsHaveSeparators()
{
    // Issue 15 saw "2751 entfernt": counts in Compare's summary follow DIN 1333.
    PlanDiff diff;
    for (int i = 0; i < 2751; ++i)
        diff.entities.push_back({ EntityKind::Device, QStringLiteral("R / U%1").arg(i), EntityChange::Kind::Removed, {},
            Id(i + 1), kNoId });
    diff.site.push_back(
        { QStringLiteral("pueTarget"), QStringLiteral("PUE-Zielwert"), QStringLiteral("1,2"), QStringLiteral("1,3") });
    const CompareDialog german(diff, QStringLiteral("a"), QStringLiteral("b"));
    QVERIFY(labelWithText(
        german, QStringLiteral("0 hinzugefügt, 2.751 entfernt, 0 geändert; 1 Standortfeld unterscheidet sich.")));
    QVERIFY(Language::apply(QStringLiteral("en")));
    const CompareDialog english(diff, QStringLiteral("a"), QStringLiteral("b"));
    bool found = false;
    for (const QLabel *label : english.findChildren<QLabel *>())
        found = found || label->text().startsWith(QStringLiteral("0 added, 2,751 removed, 0 changed; 1 site field"));
    QVERIFY(found);
}

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
