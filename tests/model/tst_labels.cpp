// SPDX-License-Identifier: GPL-3.0-or-later
// Every name the user sees comes from Labels and is a real, translated word: no stored field name
// ("operatorName"), no stored enum name ("hot-aisle", "Utility-feed"), nothing empty, German that
// differs from English where the languages differ.
#include "catalogue/catalogue.h"
#include "i18n/datetext.h"
#include "i18n/labels.h"
#include "i18n/language.h"
#include "plan/enumnames.h"

#include <QRegularExpression>
#include <QtTest>

using namespace rw;

namespace {

/// Names that read the same in English and German.
const QStringList kSameInBothLanguages { // field labels
    QStringLiteral("Name"), QStringLiteral("Position"), QStringLiteral("Position x"), QStringLiteral("Position y"),
    QStringLiteral("Zone"), QStringLiteral("Text"), QStringLiteral("Standby"), QStringLiteral("GPUs"),
    QStringLiteral("WUE"), QStringLiteral("Rack"), QStringLiteral("Phase"),
    // enum values: abbreviations, classes, redundancy schemes and sides
    QStringLiteral("West"), QStringLiteral("Hybrid"), QStringLiteral("Management"), QStringLiteral("CDU"),
    QStringLiteral("PDU"), QStringLiteral("RPP"), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("N"),
    QStringLiteral("N+1"), QStringLiteral("N+2"), QStringLiteral("2N"), QStringLiteral("A1"), QStringLiteral("A2"),
    QStringLiteral("A3"), QStringLiteral("A4"), QStringLiteral("H1"),
    // a voltage and its current type, written alike in German technical texts
    QStringLiteral("800 V DC")
};

/// Stored names that are also the display names, in every language.
const QStringList kStoredNameIsLabel { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("N"),
    QStringLiteral("N+1"), QStringLiteral("N+2"), QStringLiteral("2N"), QStringLiteral("A1"), QStringLiteral("A2"),
    QStringLiteral("A3"), QStringLiteral("A4"), QStringLiteral("H1") };

struct NamedField {
    EntityKind entity;
    QString name;
    FieldType type;
    QStringList enumValues;
};

std::vector<NamedField> everyField()
{
    std::vector<NamedField> fields;
    for (const auto &f : siteFields())
        fields.push_back({ EntityKind::Site, f.name, f.type, f.enumValues });
    forEachEntityType([&]<class T>() {
        for (const auto &f : EntityTraits<T>::fields())
            fields.push_back({ EntityTraits<T>::kind, f.name, f.type, f.enumValues });
    });
    return fields;
}

/// A stored name written as a word: "operatorName", "hot-aisle" and "Hot-aisle" all look like one.
bool looksLikeStoredName(const QString &label)
{
    static const QRegularExpression camel(QStringLiteral("^[a-z]+[A-Z0-9]\\w*$"));
    static const QRegularExpression hyphenated(QStringLiteral("^[A-Za-z]+(-[a-z]+)+$"));
    return camel.match(label).hasMatch() || hyphenated.match(label).hasMatch();
}

}  // namespace

class TestLabels : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { QVERIFY(Language::apply(QStringLiteral("en"))); }

    void everyFieldHasATranslatedLabel();
    void everyEnumValueHasATranslatedLabel();
    void entityKindsAreTranslated();
    void unknownNamesAreMarkedNotHidden();
    void datesHaveFourDigitYears();
    void builtInDeviceNamesAndSourcesInGerman();
};

void TestLabels::everyFieldHasATranslatedLabel()
{
    const std::vector<NamedField> fields = everyField();
    QVERIFY(fields.size() > 100);
    std::vector<FieldLabel> english;
    QVERIFY(Language::apply(QStringLiteral("en")));
    for (const NamedField &f : fields)
        english.push_back(Labels::field(f.entity, f.name));
    QVERIFY(Language::apply(QStringLiteral("de")));
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const NamedField &f = fields[i];
        const FieldLabel en = english[i];
        const FieldLabel de = Labels::field(f.entity, f.name);
        const QString where = Labels::of(f.entity) + QLatin1Char('.') + f.name;
        for (const FieldLabel &label : { en, de }) {
            QVERIFY2(!label.text.isEmpty(), qPrintable(where));
            QVERIFY2(label.text != f.name, qPrintable(where));
            QVERIFY2(!label.text.startsWith(QLatin1Char('(')), qPrintable(where + QStringLiteral(": no label")));
            QVERIFY2(!looksLikeStoredName(label.text), qPrintable(where + QStringLiteral(": ") + label.text));
        }
        QVERIFY2(de.text != en.text || kSameInBothLanguages.contains(en.text),
            qPrintable(where + QStringLiteral(": not translated: ") + en.text));
        QCOMPARE(de.unit.isEmpty(), en.unit.isEmpty());
        QCOMPARE(de.tip.isEmpty(), en.tip.isEmpty());
        QVERIFY2(de.tip.isEmpty() || de.tip != en.tip, qPrintable(where + QStringLiteral(": tip not translated")));
    }
    // Fields of one entity are told apart: two "Rating" rows differ by their unit.
    QCOMPARE(Labels::field(EntityKind::PowerNode, QStringLiteral("ratingKw")).withUnit(),
        QStringLiteral("Nennleistung (kW)"));
    QCOMPARE(Labels::field(EntityKind::PowerNode, QStringLiteral("ratingKva")).withUnit(),
        QStringLiteral("Nennleistung (kVA)"));
    QCOMPARE(Labels::field<Site>(QStringLiteral("operatorName")).text, QStringLiteral("Betreiber"));
}

void TestLabels::everyEnumValueHasATranslatedLabel()
{
    std::vector<std::pair<QStringList, QString>> values;  // (the field's list of names, one name)
    for (const NamedField &f : everyField())
        if (f.type == FieldType::Enum)
            for (const QString &name : f.enumValues)
                values.push_back({ f.enumValues, name });
    QVERIFY(values.size() > 40);
    QStringList english;
    QVERIFY(Language::apply(QStringLiteral("en")));
    for (const auto &[names, name] : values)
        english << Labels::enumValue(names, name);
    QVERIFY(Language::apply(QStringLiteral("de")));
    for (std::size_t i = 0; i < values.size(); ++i) {
        const QString &name = values[i].second;
        const QString en = english[qsizetype(i)];
        const QString de = Labels::enumValue(values[i].first, name);
        for (const QString &label : { en, de }) {
            QVERIFY2(!label.isEmpty(), qPrintable(name));
            QVERIFY2(!label.startsWith(QLatin1Char('(')), qPrintable(name + QStringLiteral(": no label")));
            QVERIFY2(label != name || kStoredNameIsLabel.contains(name), qPrintable(name));
            QVERIFY2(!looksLikeStoredName(label), qPrintable(name + QStringLiteral(": ") + label));
        }
        QVERIFY2(de != en || kSameInBothLanguages.contains(en), qPrintable(name + QStringLiteral(": ") + en));
    }
    // The names issue 15 saw on screen.
    QVERIFY(Language::apply(QStringLiteral("en")));
    const QStringList kinds = enumNameList<PowerNodeKind>();
    QCOMPARE(Labels::enumValue(kinds, QStringLiteral("utility-feed")), QStringLiteral("Utility feed"));
    QCOMPARE(Labels::enumValue(kinds, QStringLiteral("ups")), QStringLiteral("UPS"));
    QCOMPARE(Labels::enumValue(kinds, QStringLiteral("rack-pdu")), QStringLiteral("Rack PDU"));
    QCOMPARE(Labels::enumValue(enumNameList<CoolingKind>(), QStringLiteral("fan-wall")), QStringLiteral("Fan wall"));
    QCOMPARE(Labels::enumValue(enumNameList<Containment>(), QStringLiteral("hot-aisle")), QStringLiteral("Hot aisle"));
    // "none" means different things in different enums.
    QVERIFY(Labels::enumValue(enumNameList<FeedSide>(), QStringLiteral("none"))
        != Labels::enumValue(enumNameList<Containment>(), QStringLiteral("none")));
    // Every enum value also has its short form (drawings) and its typed form, the same text.
    QVERIFY(Language::apply(QStringLiteral("de")));
    QCOMPARE(Labels::of(PowerNodeKind::Ups), QStringLiteral("USV"));
    QCOMPARE(Labels::enumValue(kinds, QStringLiteral("ups")), Labels::of(PowerNodeKind::Ups));
    for (int k = 0; k <= int(CoolingKind::WaterHeatExchanger); ++k)
        QVERIFY(!Labels::shortOf(CoolingKind(k)).isEmpty());
    for (int k = 0; k <= int(PowerNodeKind::RackPdu); ++k)
        QVERIFY(!Labels::shortOf(PowerNodeKind(k)).isEmpty());
}

void TestLabels::entityKindsAreTranslated()
{
    for (int k = 0; k <= int(EntityKind::Underlay); ++k) {
        QVERIFY(Language::apply(QStringLiteral("en")));
        const QString en = Labels::of(EntityKind(k));
        QVERIFY(Language::apply(QStringLiteral("de")));
        const QString de = Labels::of(EntityKind(k));
        QVERIFY(!en.isEmpty());
        QVERIFY2(de != en || kSameInBothLanguages.contains(en), qPrintable(en));
    }
}

void TestLabels::unknownNamesAreMarkedNotHidden()
{
    // A field or value without a label shows that it has none instead of passing for a label.
    QCOMPARE(Labels::field(EntityKind::Rack, QStringLiteral("noSuchField")).text, QStringLiteral("(noSuchField)"));
    QCOMPARE(Labels::enumValue(enumNameList<Facing>(), QStringLiteral("up")), QStringLiteral("(up)"));
}

void TestLabels::datesHaveFourDigitYears()
{
    const QDate date(2026, 7, 1);
    QVERIFY(Language::apply(QStringLiteral("de")));
    QCOMPARE(DateText::of(date), QStringLiteral("01.07.2026"));
    QCOMPARE(DateText::of(QDateTime(date, QTime(9, 5))), QStringLiteral("01.07.2026 09:05"));
    QVERIFY(Language::apply(QStringLiteral("en")));
    QCOMPARE(DateText::of(date), QStringLiteral("01/07/2026"));
    QVERIFY(DateText::format().contains(QStringLiteral("yyyy")));
    QCOMPARE(DateText::of(QDate()), QString());
}

void TestLabels::builtInDeviceNamesAndSourcesInGerman()
{
    const DeviceType *blanking = Catalogue::findBuiltIn(QStringLiteral("generic-1u-blanking-panel"));
    const DeviceType *dgx = Catalogue::findBuiltIn(QStringLiteral("nvidia-dgx-b200"));
    QVERIFY(blanking && dgx);
    QVERIFY(Language::apply(QStringLiteral("de")));
    QCOMPARE(Catalogue::modelText(*blanking), QStringLiteral("1-HE-Blindplatte"));
    QCOMPARE(Catalogue::modelText(*dgx), dgx->model);  // a product's name stays as the vendor writes it
    // Every built-in source and note has its German text.
    for (const DeviceType &type : Catalogue::builtIn()) {
        QVERIFY2(type.source.isEmpty() || Catalogue::sourceText(type) != type.source, qPrintable(type.key));
        QVERIFY2(type.notes.isEmpty() || Catalogue::notesText(type) != type.notes, qPrintable(type.key));
    }
    // A name the user changed is the user's, in every language.
    DeviceType renamed = *blanking;
    renamed.model = QStringLiteral("Blind 1U");
    QCOMPARE(Catalogue::modelText(renamed), QStringLiteral("Blind 1U"));
    QVERIFY(Language::apply(QStringLiteral("en")));
    QCOMPARE(Catalogue::modelText(*blanking), blanking->model);
}

QTEST_GUILESS_MAIN(TestLabels)
#include "tst_labels.moc"
