// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testplans.h"

#include "plan/planfiller.h"
#include "review/reviewfile.h"
#include "store/planstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#ifndef RW_CLI_PATH
#error "RW_CLI_PATH must name the rackwerk-cli executable (a string literal)"
#endif

using namespace rw;
using namespace rwtest;

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout:\n%2--- stderr:\n%3").arg(exitCode).arg(out, err);
    }
};

QStringList words(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *word : list)
        result << QString::fromUtf8(word);
    return result;
}

QJsonObject results(const QJsonObject &check)
{
    QJsonObject byRule;
    for (const QJsonValue &v : check.value(QStringLiteral("results")).toArray())
        byRule.insert(v.toObject().value(QStringLiteral("rule")).toString(), v);
    return byRule;
}

}  // namespace

class TestReviewCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void checkJsonAndText();
    void checkUsesReviewNextToPlan();
    void checkWithLoadProjection();
    void corruptReview();
    void amendedRulesAndExemption();
    void diff();
    void reportPdfInGerman();
    void reportCsv();
    void reportNeedsTarget();

private:
    CliRun run(
        const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) const;
    QString path(const QString &name) const { return mDir.filePath(name); }

    QTemporaryDir mDir;
    QString mPlan;
    QString mOther;
};

CliRun TestReviewCli::run(const QStringList &args, const QProcessEnvironment &env) const
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(mDir.path());
    process.start(QStringLiteral(RW_CLI_PATH), args);
    CliRun result;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        result.err = QStringLiteral("rackwerk-cli did not finish normally: ") + process.errorString();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestReviewCli::initTestCase()
{
    QVERIFY(mDir.isValid());
    Plan plan;
    buildSmallPlan(plan);
    Site site = plan.site();
    site.startOfOperation = QDate(2026, 9, 1);
    site.connectedPowerKw = 400;  // § 11 EnEfG applies from 300 kW (§ 3 no. 24)
    site.pueTarget = 1.3;
    PlanFiller(plan).setSite(site);
    mPlan = path(QStringLiteral("bid.rackwerk"));
    QVERIFY(PlanStore::save(plan, mPlan).ok);
    site.pueTarget = 1.15;
    PlanFiller(plan).setSite(site);
    PlanFiller(plan).take<MountedDevice>(small::kServerB10);
    mOther = path(QStringLiteral("bid-v2.rackwerk"));
    QVERIFY(PlanStore::save(plan, mOther).ok);
}

void TestReviewCli::checkJsonAndText()
{
    // The declared PUE target of 1.3 fails the new-site limit: a failed check exits with 3.
    CliRun r = run(words({ "--lang", "en", "check" }) << mPlan << QStringLiteral("--json"));
    QVERIFY2(r.exitCode == 3 && r.err.isEmpty(), qPrintable(r.describe()));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("ruleSet")).toString(), QStringLiteral("de-enefg-2023"));
    const QJsonObject pue = results(o).value(QStringLiteral("enefg-11-pue-new")).toObject();
    QCOMPARE(pue.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QCOMPARE(pue.value(QStringLiteral("value")).toDouble(), 1.3);
    QCOMPARE(results(o).value(QStringLiteral("ashrae-inlet")).toObject().value(QStringLiteral("status")).toString(),
        QStringLiteral("notAssessable"));

    r = run(words({ "--lang", "de", "check" }) << mPlan);
    QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QStringLiteral("[Nicht erfüllt] Jahres-PUE höchstens 1,20")), qPrintable(r.out));
    // German citations as German law cites: § 11 Abs. 2 Satz 1 Nr. 1 EnEfG (issue 19).
    QVERIFY2(r.out.contains(QStringLiteral("Quelle: § 11 Abs. 2 Satz 1 Nr. 1 EnEfG")), qPrintable(r.out));
}

void TestReviewCli::checkWithLoadProjection()
{
    // With --load-trials the PUE check judges the projected figure, not the bidder's declared 1.3.
    CliRun r = run(words({ "--lang", "en", "check" }) << mPlan << words({ "--load-trials", "4", "--json" }));
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const int failed = report.value(QStringLiteral("counts")).toObject().value(QStringLiteral("fail")).toInt();
    QVERIFY2(r.exitCode == (failed > 0 ? 3 : 0) && r.err.isEmpty(), qPrintable(r.describe()));
    const QJsonObject pue = results(report).value(QStringLiteral("enefg-11-pue-new")).toObject();
    QCOMPARE(pue.value(QStringLiteral("basis")).toString(), QStringLiteral("projected"));
    QVERIFY(pue.value(QStringLiteral("value")).toDouble() >= 1.0);
    QVERIFY(pue.value(QStringLiteral("value")).toDouble() != 1.3);
    // Bad trial counts are bad input with one translated line.
    for (const char *bad : { "0", "many", "100001" }) {
        r = run(words({ "--lang", "de", "check" }) << mPlan << words({ "--load-trials", bad }));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--load-trials")), qPrintable(r.describe()));
    }
}

void TestReviewCli::checkUsesReviewNextToPlan()
{
    Review review;
    review.thresholds[QStringLiteral("maxPue")] = 1.35;
    QString error;
    QVERIFY(ReviewFile::save(review, ReviewFile::pathFor(mOther), &error));
    const CliRun r = run(words({ "check" }) << mOther << QStringLiteral("--json"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject tender
        = results(QJsonDocument::fromJson(r.out.toUtf8()).object()).value(QStringLiteral("tender-maxPue")).toObject();
    QCOMPARE(tender.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
    QVERIFY(QFile::remove(ReviewFile::pathFor(mOther)));
}

void TestReviewCli::amendedRulesAndExemption()
{
    // The 2026 draft (new sites: PUE 1.3) is applied from its file: the declared 1.3 passes there.
    const QString draft = QStringLiteral(RW_RULES_DIR "/de-enefg-2026-draft.json");
    CliRun r = run(
        words({ "--lang", "en", "check" }) << mPlan << QStringLiteral("--rules") << draft << QStringLiteral("--json"));
    QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY2(r.err.isEmpty(), qPrintable(r.describe()));
    QCOMPARE(o.value(QStringLiteral("ruleSet")).toString(), QStringLiteral("de-enefg-2026-draft"));
    QVERIFY(o.value(QStringLiteral("ruleSetDraft")).toBool());
    QCOMPARE(results(o).value(QStringLiteral("enefg-11-pue-new")).toObject().value(QStringLiteral("status")).toString(),
        QStringLiteral("pass"));
    r = run(words({ "--lang", "en", "check" }) << mPlan << QStringLiteral("--rules") << draft);
    QVERIFY2(r.out.contains(QStringLiteral("DRAFT, not law")), qPrintable(r.out));

    // A hostile rule file is refused with one translated line.
    const QString broken = path(QStringLiteral("broken-rules.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "rackwerk-rules", "formatVersion": 2, "id": "x\ny"})");
    file.close();
    r = run(words({ "--lang", "de", "check" }) << mPlan << QStringLiteral("--rules") << broken);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.trimmed().count(QLatin1Char('\n')) == 0 && r.err.contains(QStringLiteral("Regelwerk")),
        qPrintable(r.describe()));

    // An exemption recorded on the console exempts the ERF rule; a bad one is refused.
    const QString review = path(QStringLiteral("exempt.rackwerk-review"));
    r = run(words({ "exempt" }) << mPlan
                                << words({ "--exemption", "enefg-11-3-heat-agreement", "--evidence", "agreement",
                                       "--reference", "SWM-1", "--date", "2026-03-02", "--review" })
                                << review);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = run(words({ "check" }) << mPlan << QStringLiteral("--review") << review << QStringLiteral("--json"));
    o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject erf = results(o).value(QStringLiteral("enefg-11-erf-2026")).toObject();
    QCOMPARE(erf.value(QStringLiteral("status")).toString(), QStringLiteral("exempt"));
    QVERIFY(erf.value(QStringLiteral("exemption")).toString().contains(QStringLiteral("SWM-1")));
    r = run(words({ "exempt" }) << mPlan
                                << words({ "--exemption", "made-up", "--evidence", "a", "--reference", "b", "--date",
                                       "2026-03-02", "--review" })
                                << review);
    QCOMPARE(r.exitCode, 2);
}

void TestReviewCli::corruptReview()
{
    const QString bad = path(QStringLiteral("bad.rackwerk-review"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\":\"rackwerk-review\",\"version\":1,\"thresholds\":{\"maxPue\":\"low\"}}");
    file.close();
    const QByteArray planBefore = [&] {
        QFile plan(mPlan);
        return plan.open(QIODevice::ReadOnly) ? plan.readAll() : QByteArray();
    }();
    for (const char *lang : { "en", "de" }) {
        const CliRun r = run(words({ "--lang", lang, "check" }) << mPlan << QStringLiteral("--review") << bad);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(bad), qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QLatin1String(lang) == QLatin1String("de") ? QStringLiteral("muss eine Zahl")
                                                                           : QStringLiteral("must be a number")),
            qPrintable(r.describe()));
    }
    QFile plan(mPlan);
    QVERIFY(plan.open(QIODevice::ReadOnly));
    QCOMPARE(plan.readAll(), planBefore);  // the bidder's plan is never touched
}

void TestReviewCli::diff()
{
    CliRun r = run(words({ "diff" }) << mPlan << mOther << QStringLiteral("--json"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("identical")).toBool(), false);
    const QJsonArray entities = o.value(QStringLiteral("entities")).toArray();
    QCOMPARE(entities.size(), 1);
    QCOMPARE(entities.at(0).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("devices"));
    QCOMPARE(entities.at(0).toObject().value(QStringLiteral("change")).toString(), QStringLiteral("removed"));
    QCOMPARE(entities.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("B / U10 (b10)"));
    const QJsonObject gpus = o.value(QStringLiteral("figures")).toObject().value(QStringLiteral("gpus")).toObject();
    QCOMPARE(gpus.value(QStringLiteral("a")).toDouble(), 12.0);
    QCOMPARE(gpus.value(QStringLiteral("b")).toDouble(), 8.0);

    r = run(words({ "--lang", "de", "diff" }) << mPlan << mOther);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QStringLiteral("Standort: PUE-Zielwert: 1,3 -> 1,15")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Gerät B / U10 (b10): entfernt")), qPrintable(r.out));

    r = run(words({ "diff" }) << mPlan);
    QCOMPARE(r.exitCode, 2);
    r = run(words({ "diff" }) << mPlan << path(QStringLiteral("missing.rackwerk")));
    QCOMPARE(r.exitCode, 2);
}

void TestReviewCli::reportPdfInGerman()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    // No display at all: the report switches to the offscreen platform by itself.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    const QString pdf = path(QStringLiteral("bericht.pdf"));
    const CliRun r = run(words({ "--lang", "de", "report" }) << mPlan << QStringLiteral("--pdf") << pdf, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    QVERIFY(text.waitForFinished(60000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(content.contains(QStringLiteral("Grundriss: Hall T")), qPrintable(content.left(3000)));
    // The unit in the row's name, the number in German: 4,7.
    static const QRegularExpression nameplate(QStringLiteral("IT-Leistung laut Typenschild \\(kW\\)\\s+4,7\\b"));
    QVERIFY2(content.contains(nameplate), qPrintable(content.left(3000)));
    QVERIFY2(content.contains(QStringLiteral("Jahres-PUE höchstens 1,20")), qPrintable(content.left(3000)));
    QVERIFY2(content.contains(QStringLiteral(RW_VERSION)), qPrintable(content.left(3000)));
}

void TestReviewCli::reportCsv()
{
    const QString dir = path(QStringLiteral("tables"));
    const CliRun r = run(words({ "--lang", "en", "report" }) << mPlan << QStringLiteral("--csv") << dir);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QFile checks(dir + QStringLiteral("/compliance.csv"));
    QVERIFY(checks.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(checks.readAll());
    QVERIFY2(content.startsWith(QStringLiteral("Rule,Result,Basis,Value,Limit,Details,Source,In force from\r\n")),
        qPrintable(content));
    QVERIFY(content.contains(QStringLiteral("Annual PUE at most 1.20 from 01/07/2026,Fail,declared,1.300,1.20")));
}

void TestReviewCli::reportNeedsTarget()
{
    CliRun r = run(words({ "report" }) << mPlan);
    QCOMPARE(r.exitCode, 2);
    r = run(words({ "report" }) << mPlan << QStringLiteral("--pdf") << QStringLiteral("/nonexistent-dir/x.pdf"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("/nonexistent-dir/x.pdf")), qPrintable(r.describe()));
}

QTEST_MAIN(TestReviewCli)
#include "tst_reviewcli.moc"
