// SPDX-License-Identifier: GPL-3.0-or-later
#include "editfixture.h"

#include "commands/halledits.h"

#include <QtTest>

using namespace rw;
using namespace rwtest;

class TestHallEdits : public QObject {
    Q_OBJECT

private slots:
    void resizesOnlyTheSize();
    void refusesASizeOutOfRange_data();
    void refusesASizeOutOfRange();
    void refusesAMissingHall();
};

void TestHallEdits::resizesOnlyTheSize()
{
    EditFixture f;
    const Hall original = *f.plan.find<Hall>(small::kHall);
    const EditResult result = HallEdits::resize(f.editor, small::kHall, 24.6, 18.0, 1);
    QVERIFY2(result.ok, qPrintable(result.error));
    Hall expected = original;
    expected.widthM = 24.6;
    expected.depthM = 18.0;
    QVERIFY(*f.plan.find<Hall>(small::kHall) == expected);
    QCOMPARE(f.stack.text(0), QStringLiteral("Resize hall to 24.6 x 18.0 m"));
    QCOMPARE(f.oneUndoableStep(result), QString());
}

void TestHallEdits::refusesASizeOutOfRange_data()
{
    QTest::addColumn<double>("widthM");
    QTest::addColumn<double>("depthM");
    QTest::newRow("negative width") << -4.0 << 18.0;
    QTest::newRow("zero depth") << 20.0 << 0.0;
    QTest::newRow("too wide") << 5000.0 << 18.0;
}

void TestHallEdits::refusesASizeOutOfRange()
{
    QFETCH(double, widthM);
    QFETCH(double, depthM);
    EditFixture f;
    QCOMPARE(f.refusedWithoutChange(HallEdits::resize(f.editor, small::kHall, widthM, depthM)), QString());
}

void TestHallEdits::refusesAMissingHall()
{
    EditFixture f;
    QCOMPARE(f.refusedWithoutChange(HallEdits::resize(f.editor, 999, 20.0, 20.0)), QString());
}

QTEST_GUILESS_MAIN(TestHallEdits)
#include "tst_halledits.moc"
