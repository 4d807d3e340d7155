// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/reviewfile.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace rw;

class TestReviewFile : public QObject {
    Q_OBJECT

private slots:
    void pathNextToPlan();
    void roundTrip();
    void corrupt_data();
    void corrupt();
    void tooLarge();
    void missingFile();
};

void TestReviewFile::pathNextToPlan()
{
    QCOMPARE(ReviewFile::pathFor(QStringLiteral("/bids/acme.rackwerk")), QStringLiteral("/bids/acme.rackwerk-review"));
    QCOMPARE(
        ReviewFile::pathFor(QStringLiteral("/bids/acme.v2.rackwerk")), QStringLiteral("/bids/acme.v2.rackwerk-review"));
}

void TestReviewFile::roundTrip()
{
    Review review;
    review.planSha256 = QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    review.reviewer = QStringLiteral("Dr. Müller \"Prüfstelle\"\n2. Zeile");
    review.tender = QStringLiteral("2026/S 123-456789; DROP TABLE x; --");
    review.notes = QStringLiteral("Ünïcödé ✓ 😀");
    review.thresholds[QStringLiteral("maxPue")] = 1.15;
    review.thresholds[QStringLiteral("minRenewableShare")] = 0.31830988618379067;
    review.thresholds[QStringLiteral("minAvailabilityClass")] = 3;
    review.confirmations[QStringLiteral("enefg-12-energy-management")] = QStringLiteral("ISO 50001, seen 2026-11-30");

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bid.rackwerk-review"));
    QString error;
    QVERIFY2(ReviewFile::save(review, path, &error), qPrintable(error));
    Review loaded;
    QVERIFY2(ReviewFile::load(path, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded, review);
}

void TestReviewFile::corrupt_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");  // part of the reason
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("truncated") << QByteArray(R"({"format":"rackwerk-review","vers)")
                               << QStringLiteral("not valid JSON");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4) << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not valid JSON");
    QTest::newRow("plan json") << QByteArray(R"({"format":"rackwerk-plan","version":1})")
                               << QStringLiteral("not a Rackwerk review");
    QTest::newRow("future version") << QByteArray(R"({"format":"rackwerk-review","version":2})")
                                    << QStringLiteral("version 2");
    QTest::newRow("version text") << QByteArray(R"({"format":"rackwerk-review","version":"1"})")
                                  << QStringLiteral("this Rackwerk reads version 1");
    QTest::newRow("unknown entry") << QByteArray(R"({"format":"rackwerk-review","version":1,"evil":true})")
                                   << QStringLiteral("unknown entry \"evil\"");
    QTest::newRow("unknown threshold") << QByteArray(
        R"({"format":"rackwerk-review","version":1,"thresholds":{"maxFun":1}})")
                                       << QStringLiteral("unknown threshold \"maxFun\"");
    QTest::newRow("threshold out of range")
        << QByteArray(R"({"format":"rackwerk-review","version":1,"thresholds":{"maxPue":0.5}})")
        << QStringLiteral("Threshold \"maxPue\"");
    QTest::newRow("threshold text") << QByteArray(
        R"({"format":"rackwerk-review","version":1,"thresholds":{"minRenewableShare":"all"}})")
                                    << QStringLiteral("must be a number");
    QTest::newRow("huge number") << QByteArray(
        R"({"format":"rackwerk-review","version":1,"thresholds":{"maxInletTempC":1e999}})")
                                 << QStringLiteral("not valid JSON");
    QTest::newRow("thresholds list") << QByteArray(R"({"format":"rackwerk-review","version":1,"thresholds":[1]})")
                                     << QStringLiteral("must be an object");
    QTest::newRow("reviewer number") << QByteArray(R"({"format":"rackwerk-review","version":1,"reviewer":7})")
                                     << QStringLiteral("\"reviewer\"");
    QTest::newRow("bad hash") << QByteArray(R"({"format":"rackwerk-review","version":1,"planSha256":"xyz"})")
                              << QStringLiteral("SHA-256");
    QTest::newRow("confirmation number") << QByteArray(
        R"({"format":"rackwerk-review","version":1,"confirmations":{"a":1}})")
                                         << QStringLiteral("Confirmation \"a\"");
}

void TestReviewFile::corrupt()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    Review review;
    review.reviewer = QStringLiteral("kept");
    QString error;
    QVERIFY(!ReviewFile::fromBytes(bytes, &review, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(review.reviewer, QStringLiteral("kept"));

    // Through a file, the reason names the file.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.rackwerk-review"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    QVERIFY(!ReviewFile::load(path, &review, &error));
    QVERIFY2(error.contains(path) && error.contains(expected), qPrintable(error));
    QCOMPARE(review.reviewer, QStringLiteral("kept"));
}

void TestReviewFile::tooLarge()
{
    QByteArray bytes(ReviewFile::kMaxBytes + 1, ' ');
    Review review;
    QString error;
    QVERIFY(!ReviewFile::fromBytes(bytes, &review, &error));
    QVERIFY(error.contains(QStringLiteral("larger than")));
}

void TestReviewFile::missingFile()
{
    Review review;
    QString error;
    QVERIFY(!ReviewFile::load(QStringLiteral("/nonexistent/x.rackwerk-review"), &review, &error));
    QVERIFY(error.contains(QStringLiteral("/nonexistent/x.rackwerk-review")));
}

QTEST_MAIN(TestReviewFile)
#include "tst_reviewfile.moc"
