// SPDX-License-Identifier: GPL-3.0-or-later
// The rule-set shape (the source of docs/schemas/rule-set.schema.json) against the rule-set reader: the bundled
// rule sets fit it, and what it refuses the reader refuses too, each naming the same place.
#include "review/checkkinds.h"
#include "review/ruleset.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <functional>

using namespace rw;

namespace {

QJsonObject bundled()
{
    QFile file(QStringLiteral(RW_RULES_DIR "/de-enefg-2023.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/// The bundled rule set with one change made by `edit`.
QJsonObject edited(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = bundled();
    edit(root);
    return root;
}

/// Member `key` of entry `index` of the array `array` set to `value`, or removed for an undefined value.
void setIn(QJsonObject &root, const QString &array, int index, const QString &key, const QJsonValue &value)
{
    QJsonArray items = root.value(array).toArray();
    QJsonObject item = items.at(index).toObject();
    if (value.isUndefined())
        item.remove(key);
    else
        item.insert(key, value);
    items.replace(index, item);
    root.insert(array, items);
}

void setParameter(QJsonObject &root, int rule, const QString &key, const QJsonValue &value)
{
    QJsonObject parameters = root.value(QStringLiteral("rules"))
                                 .toArray()
                                 .at(rule)
                                 .toObject()
                                 .value(QStringLiteral("parameters"))
                                 .toObject();
    parameters.insert(key, value);
    setIn(root, QStringLiteral("rules"), rule, QStringLiteral("parameters"), parameters);
}

}  // namespace

class TestRuleSetShape : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void bundledRuleSetsFit_data();
    void bundledRuleSetsFit();
    void refusedByShapeAndReader_data();
    void refusedByShapeAndReader();
    void schemaHasOneCasePerCheck();
};

void TestRuleSetShape::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(!bundled().isEmpty());
    QCOMPARE(bundled().value(QStringLiteral("rules")).toArray().at(0).toObject().value(QStringLiteral("check")),
        QJsonValue(QStringLiteral("pueLimit")));  // the rows below edit this rule's parameters
}

void TestRuleSetShape::bundledRuleSetsFit_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("law") << QStringLiteral(RW_RULES_DIR "/de-enefg-2023.json");
    QTest::newRow("draft") << QStringLiteral(RW_RULES_DIR "/de-enefg-2026-draft.json");
}

void TestRuleSetShape::bundledRuleSetsFit()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    QCOMPARE(JsonShapeCheck::check(document.object(), RuleSetLoader::shape()), QString());
}

void TestRuleSetShape::refusedByShapeAndReader_data()
{
    QTest::addColumn<QJsonObject>("document");
    QTest::addColumn<QString>("shapeSays");
    QTest::addColumn<QString>("readerNames");  // what the reader's one-line reason must contain
    QTest::newRow("PUE limit out of range")
        << edited([](QJsonObject &r) { setParameter(r, 0, QStringLiteral("maxPue"), 9); })
        << QStringLiteral("$.rules[0].parameters.maxPue must be between 1 and 5.") << QStringLiteral("maxPue");
    QTest::newRow("parameter of another check")
        << edited([](QJsonObject &r) { setParameter(r, 0, QStringLiteral("minShare"), 0.5); })
        << QStringLiteral("$.rules[0].parameters.minShare is not a known field.") << QStringLiteral("minShare");
    QTest::newRow("whole number with a fraction")
        << edited([](QJsonObject &r) { setParameter(r, 0, QStringLiteral("graceYears"), 1.5); })
        << QStringLiteral("$.rules[0].parameters.graceYears must be a whole number.") << QStringLiteral("graceYears");
    QTest::newRow("unknown check") << edited([](QJsonObject &r) {
        setIn(r, QStringLiteral("rules"), 0, QStringLiteral("check"), QStringLiteral("magic"));
    }) << QStringLiteral("$.rules[0].check must be one of: %1.").arg(RuleSet::knownChecks().join(QStringLiteral(", ")))
                                   << QStringLiteral("check");
    QTest::newRow("parameters missing") << edited([](QJsonObject &r) {
        setIn(r, QStringLiteral("rules"), 0, QStringLiteral("parameters"), QJsonValue::Undefined);
    }) << QStringLiteral("$.rules[0].parameters is missing.")
                                        << QStringLiteral("parameters");
    QTest::newRow("upper-case id") << edited([](QJsonObject &r) {
        setIn(r, QStringLiteral("laws"), 0, QStringLiteral("id"), QStringLiteral("EnEfG"));
    }) << QStringLiteral("$.laws[0].id does not have the required form.")
                                   << QStringLiteral("id");
    QTest::newRow("date without leading zeros")
        << edited([](QJsonObject &r) { r.insert(QStringLiteral("date"), QStringLiteral("2026-1-7")); })
        << QStringLiteral("$.date does not have the required form.") << QStringLiteral("date");
    QTest::newRow("blank title") << edited([](QJsonObject &r) {
        r.insert(QStringLiteral("title"), QStringLiteral("  "));
    }) << QStringLiteral("$.title does not have the required form.")
                                 << QStringLiteral("title");
    QTest::newRow("address that is no web address") << edited([](QJsonObject &r) {
        setIn(r, QStringLiteral("laws"), 0, QStringLiteral("url"), QStringLiteral("ftp://example.org"));
    }) << QStringLiteral("$.laws[0].url does not have the required form.")
                                                    << QStringLiteral("url");
    QTest::newRow("unknown member") << edited(
        [](QJsonObject &r) { r.insert(QStringLiteral("author"), QStringLiteral("me")); })
                                    << QStringLiteral("$.author is not a known field.") << QStringLiteral("author");
    QTest::newRow("version of the format")
        << edited([](QJsonObject &r) { r.insert(QStringLiteral("formatVersion"), 1); })
        << QStringLiteral("$.formatVersion must be between 2 and 2.") << QStringLiteral("format version");
}

void TestRuleSetShape::refusedByShapeAndReader()
{
    QFETCH(QJsonObject, document);
    QFETCH(QString, shapeSays);
    QFETCH(QString, readerNames);
    QCOMPARE(JsonShapeCheck::check(document, RuleSetLoader::shape()), shapeSays);
    RuleSet set;
    QString error;
    QVERIFY(!RuleSetLoader::fromBytes(QJsonDocument(document).toJson(), &set, &error));
    QVERIFY2(error.contains(readerNames), qPrintable(error));
    QVERIFY(set.rules.empty());
}

void TestRuleSetShape::schemaHasOneCasePerCheck()
{
    const QJsonObject schema = RuleSetLoader::shape().toSchemaDocument(QStringLiteral("x"), QStringLiteral("y"));
    const QJsonObject rule = schema.value(QStringLiteral("properties"))
                                 .toObject()
                                 .value(QStringLiteral("rules"))
                                 .toObject()
                                 .value(QStringLiteral("items"))
                                 .toObject();
    const QJsonArray cases = rule.value(QStringLiteral("allOf")).toArray();
    QCOMPARE(cases.size(), qsizetype(checkKinds().size()));
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const QJsonObject then = cases.at(i).toObject().value(QStringLiteral("then")).toObject();
        QCOMPARE(then.value(QStringLiteral("additionalProperties")), QJsonValue(false));
        const QJsonObject check = cases.at(i)
                                      .toObject()
                                      .value(QStringLiteral("if"))
                                      .toObject()
                                      .value(QStringLiteral("properties"))
                                      .toObject()
                                      .value(QStringLiteral("check"))
                                      .toObject();
        QCOMPARE(check.value(QStringLiteral("const")).toString(), checkKinds()[size_t(i)].name);
    }
}

QTEST_GUILESS_MAIN(TestRuleSetShape)
#include "tst_rulesetshape.moc"
