// SPDX-License-Identifier: GPL-3.0-or-later
// The findings panel never calls a plan with racks and no power chain consistent.

#include "../common/testplans.h"

#include "i18n/language.h"
#include "panels/findingspanel.h"

#include <QListWidget>
#include <QSignalSpy>
#include <QtTest>

using namespace rw;
using namespace rwtest;

class TestUnpoweredFindings : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void planWithoutPowerChain();
};

void TestUnpoweredFindings::initTestCase()
{
    QVERIFY(Language::apply(QStringLiteral("en")));
}

void TestUnpoweredFindings::planWithoutPowerChain()
{
    Plan plan;
    buildUnpoweredHall(plan);
    FindingsPanel panel(plan);
    auto *list = panel.findChild<QListWidget *>();
    QVERIFY(list);
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    QVERIFY2(!texts.join(QLatin1Char('\n')).contains(QStringLiteral("the plan is consistent")),
        qPrintable(texts.join(QLatin1Char('\n'))));
    QVERIFY2(texts.join(QLatin1Char('\n'))
                 .contains(QStringLiteral("The plan has no power chain: 50 racks draw up to 2,860.0 kW")),
        qPrintable(texts.join(QLatin1Char('\n'))));

    // The finding leads to a rack of the plan.
    QSignalSpy activated(&panel, &FindingsPanel::entityActivated);
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().contains(QStringLiteral("no power chain")))
            emit list->itemClicked(list->item(i));  // a click shows the entity (a double-click opens it)
    }
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(0).value<EntityKind>(), EntityKind::Rack);
    QVERIFY(plan.find<Rack>(activated.first().at(1).toLongLong()));
}

QTEST_MAIN(TestUnpoweredFindings)
#include "tst_unpoweredfindings.moc"
