// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, item 12: one German term per concept (docs/glossary.md). translations_complete checks that
// every text is translated; this checks that the translations keep to the glossary's terms for the
// concepts the issue found with two names: "Prognose" (not "Projektion") for a projection, "angegeben"
// (not "erklärt") for what the bidder declared, "erreicht" (not "getragen") for a supported class.
#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Message {
    QString source;
    QString translation;
};

std::vector<Message> germanMessages()
{
    std::vector<Message> out;
    QFile file(QStringLiteral(RW_GERMAN_TS));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", RW_GERMAN_TS);
    QXmlStreamReader xml(&file);
    Message current;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("message"))
            current = {};
        else if (xml.name() == QLatin1String("source"))
            current.source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            // Plural forms are <numerusform> children; their texts are joined.
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            out.push_back(current);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", RW_GERMAN_TS, qPrintable(xml.errorString()));
    return out;
}

/// Messages whose source matches `subject` and whose translation does not match `term`.
QStringList offTheGlossary(
    const std::vector<Message> &messages, const QRegularExpression &subject, const QRegularExpression &term)
{
    QStringList out;
    int matched = 0;
    for (const Message &m : messages) {
        if (!m.source.contains(subject))
            continue;
        ++matched;
        if (!m.translation.contains(term))
            out << m.source + QStringLiteral(" => ") + m.translation;
    }
    if (matched < 3)  // the concept must be there, or the check holds on nothing
        out << QStringLiteral("only %1 texts name %2").arg(matched).arg(subject.pattern());
    return out;
}

}  // namespace

class TestGlossary : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void projectionIsPrognose();
    void declaredIsAngegeben();
    void supportedClassIsErreicht();
    void wordsTheGlossaryRulesOut();

private:
    std::vector<Message> mMessages;
};

void TestGlossary::initTestCase()
{
    mMessages = germanMessages();
    QVERIFY(mMessages.size() > 1000);
}

void TestGlossary::projectionIsPrognose()
{
    const QStringList off = offTheGlossary(mMessages,
        QRegularExpression(QStringLiteral("\\bproject"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("[Pp]rognos")));
    QVERIFY2(off.isEmpty(), qPrintable(off.join(QLatin1Char('\n'))));
}

void TestGlossary::declaredIsAngegeben()
{
    // "The plan declares no class" reads "Der Plan gibt keine Klasse an".
    const QStringList off = offTheGlossary(mMessages,
        QRegularExpression(QStringLiteral("\\bdeclar"), QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("[Aa]ngeg|Angabe|\\bgibt\\b.*\\ban\\b")));
    QVERIFY2(off.isEmpty(), qPrintable(off.join(QLatin1Char('\n'))));
}

void TestGlossary::supportedClassIsErreicht()
{
    const QStringList off = offTheGlossary(mMessages,
        QRegularExpression(QStringLiteral("class %1 supported|supports class|class supported|chain supports$")),
        QRegularExpression(QStringLiteral("erreich")));
    QVERIFY2(off.isEmpty(), qPrintable(off.join(QLatin1Char('\n'))));
}

void TestGlossary::wordsTheGlossaryRulesOut()
{
    const QRegularExpression ruledOut(QStringLiteral("Projektion|getragen|\\b[Ee]rklärte[nrs]?\\b|nicht erklärt"));
    QStringList found;
    for (const Message &m : mMessages)
        if (m.translation.contains(ruledOut))
            found << m.translation;
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestGlossary)
#include "tst_glossary.moc"
