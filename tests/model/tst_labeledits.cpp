// SPDX-License-Identifier: GPL-3.0-or-later
#include "editfixture.h"

#include "commands/labeledits.h"

#include <QtTest>

using namespace rw;
using namespace rwtest;

class TestLabelEdits : public QObject {
    Q_OBJECT

private slots:
    void addsALabel();
    void refusesEmptyTextAndAMissingHall();
    void changesTheText();
    void textChangeRefusals();
};

void TestLabelEdits::addsALabel()
{
    EditFixture f;
    const EditResult result = LabelEdits::add(f.editor, small::kHall, QPointF(4.0, 2.0), QStringLiteral("Hot aisle 1"));
    QVERIFY2(result.ok, qPrintable(result.error));
    const Label *label = f.plan.find<Label>(result.id);
    QVERIFY(label);
    QCOMPARE(label->text, QStringLiteral("Hot aisle 1"));
    QCOMPARE(QPointF(label->xM, label->yM), QPointF(4.0, 2.0));
    QCOMPARE(f.oneUndoableStep(result), QString());
}

void TestLabelEdits::refusesEmptyTextAndAMissingHall()
{
    EditFixture f;
    QCOMPARE(f.refusedWithoutChange(LabelEdits::add(f.editor, small::kHall, QPointF(1, 1), QStringLiteral("  "))),
        QString());
    QCOMPARE(f.refusedWithoutChange(LabelEdits::add(f.editor, 999, QPointF(1, 1), QStringLiteral("Exit"))), QString());
}

void TestLabelEdits::changesTheText()
{
    EditFixture f;
    const Id id = LabelEdits::add(f.editor, small::kHall, QPointF(1, 1), QStringLiteral("Exit")).id;
    f.stack.clear();
    f.before.assign(f.plan);
    const EditResult result = LabelEdits::setText(f.editor, id, QStringLiteral("Emergency exit"));
    QCOMPARE(f.plan.find<Label>(id)->text, QStringLiteral("Emergency exit"));
    QCOMPARE(f.oneUndoableStep(result), QString());
}

void TestLabelEdits::textChangeRefusals()
{
    EditFixture f;
    const Id id = LabelEdits::add(f.editor, small::kHall, QPointF(1, 1), QStringLiteral("Exit")).id;
    f.stack.clear();
    f.before.assign(f.plan);
    QCOMPARE(f.refusedWithoutChange(LabelEdits::setText(f.editor, id, QString())), QString());
    QCOMPARE(f.refusedWithoutChange(LabelEdits::setText(f.editor, 999, QStringLiteral("Exit"))), QString());
}

QTEST_GUILESS_MAIN(TestLabelEdits)
#include "tst_labeledits.moc"
