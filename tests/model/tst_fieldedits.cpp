// SPDX-License-Identifier: GPL-3.0-or-later
#include "editfixture.h"

#include "commands/fieldedits.h"

#include <QtTest>

using namespace rw;
using namespace rwtest;

class TestFieldEdits : public QObject {
    Q_OBJECT

private slots:
    void setsAFieldOnSeveralEntities();
    void refusesAValueOutOfRangeForAll();
    void refusesAnUnknownField();

private:
    static int fieldIndex(const char *name);
};

int TestFieldEdits::fieldIndex(const char *name)
{
    const auto &fields = EntityTraits<Rack>::fields();
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].name == QLatin1String(name))
            return int(i);
    }
    return -1;
}

void TestFieldEdits::setsAFieldOnSeveralEntities()
{
    EditFixture f;
    const int budget = fieldIndex("maxPowerKw");
    QVERIFY(budget >= 0);
    const EditResult result
        = FieldEdits::set<Rack>(f.editor, { small::kRackA, small::kRackB, 999 }, budget, QVariant(35.0));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(f.plan.find<Rack>(small::kRackA)->maxPowerKw, 35.0);
    QCOMPARE(f.plan.find<Rack>(small::kRackB)->maxPowerKw, 35.0);
    QCOMPARE(f.oneUndoableStep(result), QString());
}

void TestFieldEdits::refusesAValueOutOfRangeForAll()
{
    EditFixture f;
    const EditResult result
        = FieldEdits::set<Rack>(f.editor, { small::kRackA, small::kRackB }, fieldIndex("maxPowerKw"), QVariant(-1.0));
    QCOMPARE(f.refusedWithoutChange(result), QString());
}

void TestFieldEdits::refusesAnUnknownField()
{
    EditFixture f;
    QCOMPARE(f.refusedWithoutChange(FieldEdits::set<Rack>(f.editor, { small::kRackA }, 9999, QVariant(1))), QString());
}

QTEST_GUILESS_MAIN(TestFieldEdits)
#include "tst_fieldedits.moc"
