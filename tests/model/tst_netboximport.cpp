// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue/netboxexport.h"
#include "catalogue/netboximport.h"
#include "demo/demoplan.h"
#include "plan/planfiller.h"
#include "catalogue/yamlsubset.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#ifndef RW_TEST_FIXTURES
#error "RW_TEST_FIXTURES must name the fixtures directory (a string literal)"
#endif

using namespace rw;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(RW_TEST_FIXTURES "/netbox/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

/// A parsed value as compact JSON, wrapped in a list so that scalars and null can be written too.
QString json(const QVariant &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{QJsonValue::fromVariant(value)}).toJson(QJsonDocument::Compact));
}

QByteArray nestedMappings(int depth)
{
    QByteArray text;
    for (int i = 0; i < depth; ++i)
        text += QByteArray(i, ' ') + "k" + QByteArray::number(i) + ":\n";
    return text + QByteArray(depth, ' ') + "leaf: 1\n";
}

}  // namespace

class TestNetBoxImport : public QObject {
    Q_OBJECT

private slots:
    void parsesSubset_data();
    void parsesSubset();
    void rejectsYaml_data();
    void rejectsYaml();
    void nestingLimit();
    void importsFile_data();
    void importsFile();
    void keepsTextFields();
    void rejectsFile_data();
    void rejectsFile();
    void survivesMutations();
    void halfUnitIsTakenAsWholeWithWarning();
    void readsLibraryFolder();
    void exportedTypesReadBack();
    void exportsPlanForBulkImport();
};

void TestNetBoxImport::halfUnitIsTakenAsWholeWithWarning()
{
    const NetBoxImportResult result = NetBoxImport::fromYaml(fixture(QStringLiteral("half-u.yaml")), {});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.type.heightU, 1);
    QVERIFY2(result.warnings.join(u'\n').contains(QStringLiteral("The height of 0.5 U is taken as 1 U")),
             qPrintable(result.warnings.join(u'\n')));
}

void TestNetBoxImport::readsLibraryFolder()
{
    const NetBoxFolderResult library = NetBoxImport::fromFolder(QStringLiteral(RW_TEST_FIXTURES "/netbox-library"));
    QVERIFY2(library.refusals.isEmpty(), qPrintable(library.refusals.join(u'\n')));
    QCOMPARE(library.files, 12);
    QCOMPARE(library.types.size(), std::size_t(12));
    // Every airflow NetBox knows is read; the 1.5 U types take 2 U.
    int generic = 0;
    for (const DeviceType &type : library.types) {
        if (type.manufacturer != u"Generic")
            continue;
        ++generic;
        QCOMPARE(type.heightU, 2);
        QCOMPARE(type.maxPowerW, 250.0);
        const Airflow expected = type.key == u"generic-airflow-rear-to-front" ? Airflow::RearToFront
                                 : type.key == u"generic-airflow-passive"     ? Airflow::Passive
                                                                               : Airflow::FrontToRear;
        QCOMPARE(type.airflow, expected);
    }
    QCOMPARE(generic, 10);

    // A file that repeats a slug, and one that is not a device type, are refused by name.
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("device-types/X"))));
    for (const char *name : {"device-types/X/a.yaml", "device-types/X/b.yaml"}) {
        QFile file(dir.filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("manufacturer: X\nmodel: Same\nslug: x-same\nu_height: 1\n");
    }
    QFile broken(dir.filePath(QStringLiteral("device-types/X/c.yml")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("- not a device type\n");
    broken.close();
    const NetBoxFolderResult mixed = NetBoxImport::fromFolder(dir.path());
    QCOMPARE(mixed.files, 3);
    QCOMPARE(mixed.types.size(), std::size_t(1));
    QCOMPARE(mixed.refusals.size(), 2);
    QVERIFY2(mixed.refusals[0].startsWith(QStringLiteral("device-types/X/b.yaml: the slug x-same")),
             qPrintable(mixed.refusals[0]));
    QVERIFY2(mixed.refusals[1].startsWith(QStringLiteral("device-types/X/c.yml: ")), qPrintable(mixed.refusals[1]));
}

void TestNetBoxImport::exportedTypesReadBack()
{
    Plan demo;
    buildDemoPlan(demo);
    QVERIFY(!demo.all<DeviceType>().empty());
    for (const auto &[key, type] : demo.all<DeviceType>()) {
        const QByteArray yaml = NetBoxExport::deviceTypeYaml(type);
        const NetBoxImportResult back = NetBoxImport::fromYaml(yaml, key);
        QVERIFY2(back.ok, qPrintable(key + QStringLiteral(": ") + back.error + QStringLiteral("\n") + QString::fromUtf8(yaml)));
        QCOMPARE(back.type.key, NetBoxExport::slug(type.key));
        QCOMPARE(back.type.manufacturer, type.manufacturer);
        QCOMPARE(back.type.model, type.model);
        QCOMPARE(back.type.heightU, type.heightU);
        QCOMPARE(back.type.fullDepth, type.fullDepth);
        QVERIFY(qAbs(back.type.weightKg - type.weightKg) < 1e-9);
        QCOMPARE(back.type.psuCount, type.psuCount);
        // Power is carried by the power ports: a type without supplies has none to carry it.
        QCOMPARE(back.type.maxPowerW, type.psuCount > 0 ? double(qRound64(type.maxPowerW)) : 0.0);
        QCOMPARE(back.type.typicalPowerW, type.psuCount > 0 ? double(qRound64(type.typicalPowerW)) : 0.0);
        QCOMPARE(back.type.airflow, type.airflow == Airflow::LiquidOnly ? Airflow::Passive : type.airflow);
    }
}

void TestNetBoxImport::exportsPlanForBulkImport()
{
    Plan demo;
    buildDemoPlan(demo);
    const auto files = NetBoxExport::files(demo);
    for (const char *name : {"01-sites.csv", "02-locations.csv", "03-manufacturers.csv", "04-device-roles.csv",
                             "05-racks.csv", "06-devices.csv", "07-power-panels.csv", "08-power-feeds.csv"})
        QVERIFY2(files.count(QLatin1String(name)), name);
    auto lines = [&](const char *name) {
        return QString::fromUtf8(files.at(QLatin1String(name))).split(u'\n', Qt::SkipEmptyParts);
    };
    QCOMPARE(lines("05-racks.csv").size(), qsizetype(demo.all<Rack>().size()) + 1);
    QCOMPARE(lines("06-devices.csv").size(), qsizetype(demo.all<MountedDevice>().size()) + 1);
    QVERIFY(lines("05-racks.csv").first().startsWith(QStringLiteral("site,location,name,status,width,u_height")));
    // Each rack's A side is a primary feed, its B side a redundant one.
    qsizetype fed = 0;
    for (const auto &[id, rack] : demo.all<Rack>())
        fed += (rack.feedA != kNoId) + (rack.feedB != kNoId);
    const QStringList feeds = lines("08-power-feeds.csv");
    QCOMPARE(feeds.size(), fed + 1);
    QVERIFY(feeds.filter(QStringLiteral(",primary,")).size() > 0);
    QCOMPARE(feeds.filter(QStringLiteral(",primary,")).size() + feeds.filter(QStringLiteral(",redundant,")).size(), fed);
    for (const auto &[name, bytes] : files) {
        if (name.startsWith(QLatin1String("device-types/")))
            QVERIFY2(NetBoxImport::fromYaml(bytes, name).ok, qPrintable(name));
    }

    // A name that a spreadsheet would run as a formula is neutralised.
    Plan hostile;
    buildDemoPlan(hostile);
    Site site = hostile.site();
    site.name = QStringLiteral("=cmd|' /C calc'!A0");
    PlanFiller(hostile).setSite(site);
    const QString sites = QString::fromUtf8(NetBoxExport::files(hostile).at(QStringLiteral("01-sites.csv")));
    QVERIFY2(sites.contains(QStringLiteral("\n'=cmd")), qPrintable(sites));
}

void TestNetBoxImport::parsesSubset_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty flow") << QByteArray("a: 1\nb: [ ]\nc: {}  # none\n") << R"([{"a":"1","b":[],"c":{}}])";
    QTest::newRow("sequence at key indent") << QByteArray("l:\n- x\n- y\nk: v\n") << R"([{"k":"v","l":["x","y"]}])";
    QTest::newRow("nested sequences") << QByteArray("- - a\n  - b\n- c\n") << R"([[["a","b"],"c"]])";
    QTest::newRow("sequence of mappings")
        << QByteArray("ports:\n  - name: a\n    type: b\n\n  - name: c\n")
        << R"([{"ports":[{"name":"a","type":"b"},{"name":"c"}]}])";
    QTest::newRow("literal chomping") << QByteArray("a: |-\n  x\n   y\n\nb: |\n  x\n\n\nc: |+\n  x\n\nd: x\n")
                                      << R"([{"a":"x\n y","b":"x\n","c":"x\n\n","d":"x"}])";
    QTest::newRow("folded") << QByteArray("a: >\n  one\n  two\n\n  three\n    indented\n  four\n")
                            << R"([{"a":"one two\nthree\n  indented\nfour\n"}])";
    QTest::newRow("quoted") << QByteArray("a: 'it''s # not a comment'\nb: \"tab\\tx \\u00e9 \\\"q\\\"\"\n")
                            << R"([{"a":"it's # not a comment","b":"tab\tx é \"q\""}])";
    QTest::newRow("multi-line quoted") << QByteArray("c: 'multi  \n  line\n\n  para'\nd: \"a\\\n  b\"\n")
                                       << R"([{"c":"multi line\npara","d":"ab"}])";
    QTest::newRow("multi-line plain") << QByteArray("a: one\n  two\nb: x # comment\n") << R"([{"a":"one two","b":"x"}])";
    QTest::newRow("nulls") << QByteArray("a:\nb: ~\nc: null\nd: 'null'\n") << R"([{"a":null,"b":null,"c":null,"d":"null"}])";
    QTest::newRow("markers and comments") << QByteArray("--- # doc\n# c\n\na: b\n...\n# end\n") << R"([{"a":"b"}])";
    QTest::newRow("quoted keys") << QByteArray("'my key': v\n\"k2\" : w\n") << R"([{"k2":"w","my key":"v"}])";
    QTest::newRow("colon and hash inside") << QByteArray("u: https://x.y/z?a=b#frag\nt: 10:30\n")
                                           << R"([{"t":"10:30","u":"https://x.y/z?a=b#frag"}])";
    QTest::newRow("byte order mark and CRLF") << QByteArray("\xef\xbb\xbf" "a: 1\r\nb: 2\r\n") << R"([{"a":"1","b":"2"}])";
    QTest::newRow("empty") << QByteArray() << "[null]";
    QTest::newRow("only comments") << QByteArray("# nothing\n\n") << "[null]";
    QTest::newRow("scalar document") << QByteArray("just text\n") << R"(["just text"])";
}

void TestNetBoxImport::parsesSubset()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, expected);
    const YamlResult result = YamlSubset::parse(yaml);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(json(result.value), expected);
}

void TestNetBoxImport::rejectsYaml_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("line");

    QTest::newRow("anchor") << QByteArray("a: &x 1\n") << "anchors" << 1;
    QTest::newRow("alias") << QByteArray("a: 1\nb: *x\n") << "aliases" << 2;
    QTest::newRow("tag") << QByteArray("a: !!str 1\n") << "tags" << 1;
    QTest::newRow("second document") << QByteArray("a: 1\n---\nb: 2\n") << "several documents" << 2;
    QTest::newRow("content after end") << QByteArray("a: 1\n...\nb: 2\n") << "several documents" << 3;
    QTest::newRow("tab indent") << QByteArray("a:\n\tb: 1\n") << "tabs" << 2;
    QTest::newRow("duplicate key") << QByteArray("a: 1\nb: 2\na: 3\n") << "duplicate key \"a\"" << 3;
    QTest::newRow("inconsistent indent") << QByteArray("a:\n    b: 1\n  c: 2\n") << "inconsistent indentation" << 3;
    QTest::newRow("flow sequence") << QByteArray("a: [1, 2]\n") << "flow collections" << 1;
    QTest::newRow("flow mapping") << QByteArray("a: {b: 1}\n") << "flow collections" << 1;
    QTest::newRow("colon in plain") << QByteArray("a: b: c\n") << "quote the value" << 1;
    QTest::newRow("unclosed quote") << QByteArray("a: 'x\nb: 1\n") << "not closed" << 1;
    QTest::newRow("text after quote") << QByteArray("a: 'x' y\n") << "after a quoted value" << 1;
    QTest::newRow("bad escape") << QByteArray("a: \"\\q\"\n") << "unsupported escape" << 1;
    QTest::newRow("NUL escape") << QByteArray("a: \"\\u0000\"\n") << "invalid character escape" << 1;
    QTest::newRow("complex key") << QByteArray("? a\n: b\n") << "complex keys" << 1;
    QTest::newRow("indentation indicator") << QByteArray("a: |2\n  x\n") << "indentation indicators" << 1;
    QTest::newRow("sequence in mapping") << QByteArray("a: 1\n- b\n") << "where a key was expected" << 2;
    QTest::newRow("sequence after key") << QByteArray("a: - b\n") << "may not start on the line" << 1;
    QTest::newRow("invalid UTF-8") << QByteArray("a: 1\nb: \xc3\x28\n") << "not valid UTF-8" << 2;
    QTest::newRow("control character") << QByteArray("a: 1\x01\n") << "control characters" << 1;
    QTest::newRow("too large") << QByteArray(YamlSubset::kMaxBytes + 1, 'a') << "larger than 1 MiB" << 0;
}

void TestNetBoxImport::rejectsYaml()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, error);
    QFETCH(int, line);
    const YamlResult result = YamlSubset::parse(yaml);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(error), qPrintable(result.error));
    QCOMPARE(result.line, line);
    if (line > 0)
        QVERIFY2(result.error.startsWith(QStringLiteral("Line %1: ").arg(line)), qPrintable(result.error));
}

void TestNetBoxImport::nestingLimit()
{
    QVERIFY(YamlSubset::parse(nestedMappings(YamlSubset::kMaxDepth - 1)).ok);  // + the leaf's mapping
    const YamlResult deep = YamlSubset::parse(nestedMappings(YamlSubset::kMaxDepth));
    QVERIFY(!deep.ok);
    QVERIFY2(deep.error.contains(QStringLiteral("deeper than 32")), qPrintable(deep.error));
    QCOMPARE(deep.line, YamlSubset::kMaxDepth + 1);
}

void TestNetBoxImport::importsFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("heightU");
    QTest::addColumn<double>("weightKg");
    QTest::addColumn<Airflow>("airflow");
    QTest::addColumn<bool>("fullDepth");
    QTest::addColumn<int>("psuCount");
    QTest::addColumn<double>("maxPowerW");
    QTest::addColumn<double>("typicalPowerW");
    QTest::addColumn<double>("psuRatingW");
    QTest::addColumn<QStringList>("warnings");  // a piece of each warning that must be there

    const QStringList always{QStringLiteral("category is set to Other"), QStringLiteral("Idle power is unknown")};
    QTest::newRow("DGX-like, 6 PSUs") << "dgx-like.yaml" << "nvidia-dgx-h100" << "DGX H100" << 8 << 130.45
                                      << Airflow::FrontToRear << true << 6 << 19800.0 << 10200.0 << 3300.0
                                      << always + QStringList{QStringLiteral("all 6 power supplies")};
    QTest::newRow("1U switch, left-to-right")
        << "switch-left-to-right.yaml" << "edgecore-as7326-56x" << "AS7326-56X" << 1 << 9.6 << Airflow::FrontToRear
        << false << 2 << 700.0 << 0.0 << 350.0
        << always + QStringList{QStringLiteral("\"left-to-right\" is taken as front-to-rear"),
                                QStringLiteral("typical power is unknown")};
    QTest::newRow("storage in lb, CRLF") << "storage-lb.yaml" << "supermicro-ssg-640p-e1cr36l" << "SSG-640P-E1CR36L"
                                         << 4 << 115 * 0.45359237 << Airflow::RearToFront << true << 2 << 2400.0
                                         << 1200.0 << 1200.0 << always;
    QTest::newRow("0U PDU, no slug") << "pdu-0u.yaml" << "apc-ap8886-rack-pdu-2g" << "AP8886 Rack PDU 2G" << 0 << 6.0
                                     << Airflow::Passive << false << 1 << 0.0 << 0.0 << 0.0
                                     << always + QStringList{QStringLiteral("maximum power and the PSU rating are unknown"),
                                                             QStringLiteral("typical power is unknown")};
}

void TestNetBoxImport::importsFile()
{
    QFETCH(QString, file);
    const NetBoxImportResult result = NetBoxImport::fromYaml(fixture(file), file);
    QVERIFY2(result.ok, qPrintable(result.error));
    const DeviceType &t = result.type;
    QTEST(t.key, "key");
    QTEST(t.model, "model");
    QTEST(t.heightU, "heightU");
    QFETCH(double, weightKg);
    QVERIFY2(qAbs(t.weightKg - weightKg) < 1e-9, qPrintable(QString::number(t.weightKg)));
    QTEST(t.airflow, "airflow");
    QTEST(t.fullDepth, "fullDepth");
    QTEST(t.psuCount, "psuCount");
    QCOMPARE(t.psuRequired, t.psuCount);
    QTEST(t.maxPowerW, "maxPowerW");
    QTEST(t.typicalPowerW, "typicalPowerW");
    QTEST(t.psuRatingW, "psuRatingW");
    QCOMPARE(t.idlePowerW, 0.0);
    QCOMPARE(t.category, DeviceCategory::Other);
    QCOMPARE(t.source, QStringLiteral("NetBox device-type library: ") + file);

    QFETCH(QStringList, warnings);
    const QString all = result.warnings.join(u'\n');
    for (const QString &piece : warnings)
        QVERIFY2(all.contains(piece), qPrintable(QStringLiteral("no warning with \"%1\" in:\n%2").arg(piece, all)));
}

void TestNetBoxImport::keepsTextFields()
{
    const NetBoxImportResult dgx = NetBoxImport::fromYaml(fixture(QStringLiteral("dgx-like.yaml")), QStringLiteral("x"));
    QVERIFY2(dgx.ok, qPrintable(dgx.error));
    QCOMPARE(dgx.type.manufacturer, QStringLiteral("NVIDIA"));
    QCOMPARE(dgx.type.notes, QStringLiteral("[Data sheet](https://resources.nvidia.com/en-us-dgx-systems/ai-enterprise-dgx)\n"
                                            "8x H100 SXM5; 10.2 kW maximum system power.\n"));

    const NetBoxImportResult sw = NetBoxImport::fromYaml(fixture(QStringLiteral("switch-left-to-right.yaml")), {});
    QVERIFY2(sw.ok, qPrintable(sw.error));
    QCOMPARE(sw.type.notes, QStringLiteral("48x 25G SFP28 and 8x 100G QSFP28.\nIt's a data-centre leaf switch.  "));

    const NetBoxImportResult lb = NetBoxImport::fromYaml(fixture(QStringLiteral("storage-lb.yaml")), {});
    QVERIFY2(lb.ok, qPrintable(lb.error));
    QCOMPARE(lb.type.notes, QStringLiteral("4U storage server with 36 hot-swap 3.5\" bays, two redundant 1200 W supplies.\n"));
}

void TestNetBoxImport::rejectsFile_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("line");

    QTest::newRow("anchor and alias") << fixture(QStringLiteral("anchor-alias.yaml")) << "anchors (&)" << 5;
    QTest::newRow("tab indent") << fixture(QStringLiteral("tab-indent.yaml")) << "tabs" << 5;
    QTest::newRow("duplicate key") << fixture(QStringLiteral("duplicate-key.yaml")) << "duplicate key \"u_height\"" << 5;
    QTest::newRow("missing model") << fixture(QStringLiteral("missing-model.yaml")) << "required key \"model\"" << 0;
    QTest::newRow("u_height 0.3") << QByteArray("manufacturer: x\nmodel: y\nu_height: 0.3\n")
                                  << "whole or half rack units" << 3;
    QTest::newRow("negative draw") << fixture(QStringLiteral("negative-draw.yaml")) << "\"maximum_draw\" must not be negative"
                                   << 12;

    // Generated rather than stored: binary and megabyte fixtures do not belong in the repository.
    QByteArray garbage(4096, '\0');
    QRandomGenerator random(7);
    for (char &c : garbage)
        c = char(random.bounded(256));
    QTest::newRow("garbage bytes") << garbage << "Line 1: " << 1;
    QByteArray big = "manufacturer: x\nmodel: y\nu_height: 1\ncomments: '";
    big += QByteArray(2 * 1024 * 1024, 'a') + "'\n";
    QTest::newRow("2 MiB file") << big << "larger than 1 MiB" << 0;
    QTest::newRow("1000-deep mappings") << nestedMappings(1000) << "deeper than 32" << 33;
    QByteArray dashes;
    for (int i = 0; i < 1000; ++i)
        dashes += "- ";
    QTest::newRow("1000-deep sequences") << QByteArray("manufacturer: x\nmodel:\n  " + dashes + "y\n")
                                         << "deeper than 32" << 3;
    QTest::newRow("empty file") << QByteArray() << "empty" << 0;
    QTest::newRow("only a comment") << QByteArray("---\n# nothing yet\n") << "empty" << 0;
    QTest::newRow("not a mapping") << QByteArray("- manufacturer: x\n") << "mapping of keys" << 1;

    const QByteArray head = "manufacturer: Dell\nmodel: R760\n";
    QTest::newRow("missing u_height") << head << "required key \"u_height\"" << 0;
    QTest::newRow("u_height out of range") << head + "u_height: 61\n" << "u_height must be between 0 and 60" << 3;
    QTest::newRow("u_height not a number") << head + "u_height: two\n" << "\"u_height\" must be a number, not \"two\"" << 3;
    QTest::newRow("u_height a list") << head + "u_height: []\n" << "\"u_height\" must be a number" << 3;
    QTest::newRow("weight without unit") << head + "u_height: 1\nweight: 20\n" << "without \"weight_unit\"" << 4;
    QTest::newRow("unknown weight unit") << head + "u_height: 1\nweight: 20\nweight_unit: stone\n"
                                         << "unknown weight unit \"stone\"" << 5;
    QTest::newRow("unknown airflow") << head + "u_height: 1\nairflow: sideways-ish\n" << "unknown airflow" << 4;
    QTest::newRow("bad is_full_depth") << head + "u_height: 1\nis_full_depth: yes\n" << "must be true or false" << 4;
    QTest::newRow("model a mapping") << QByteArray("manufacturer: Dell\nmodel:\n  name: R760\nu_height: 1\n")
                                     << "\"model\" must be text" << 2;
    QTest::newRow("power-ports a mapping") << head + "u_height: 1\npower-ports:\n  name: PSU1\n"
                                           << "\"power-ports\" must be a list" << 4;
    QTest::newRow("power port a scalar") << head + "u_height: 1\npower-ports:\n  - PSU1\n"
                                         << "must be a mapping" << 5;
    QTest::newRow("draw in kW") << head + "u_height: 1\npower-ports:\n  - name: PSU1\n    maximum_draw: 1.4 kW\n"
                                << "\"maximum_draw\" must be a number, not \"1.4 kW\"" << 6;
    QTest::newRow("draw infinite") << head + "u_height: 1\npower-ports:\n  - name: PSU1\n    allocated_draw: inf\n"
                                   << "\"allocated_draw\" must be a number" << 6;
    QTest::newRow("draw above range")
        << head + "u_height: 1\npower-ports:\n  - name: PSU1\n    maximum_draw: 600000\n"
        << "the sum of maximum_draw must be between 0 and 500,000" << 4;
}

void TestNetBoxImport::rejectsFile()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, error);
    QFETCH(int, line);
    const NetBoxImportResult result = NetBoxImport::fromYaml(yaml, QStringLiteral("bad.yaml"));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(error), qPrintable(result.error));
    QCOMPARE(result.line, line);
}

/// Random edits of a real file must end in a result or an error, never a crash or a hang.
void TestNetBoxImport::survivesMutations()
{
    const QByteArray original = fixture(QStringLiteral("dgx-like.yaml"));
    const QByteArray interesting = ":-#'\"\n\t &*![]{}|>\\ 0.5";
    QRandomGenerator random(42);
    int accepted = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray text = original;
        if (round % 10 == 0)
            text.truncate(random.bounded(1, int(text.size())));
        for (int edits = random.bounded(1, 5); edits > 0; --edits) {
            const int at = random.bounded(int(text.size()));
            text[at] = random.bounded(3) == 0 ? char(random.bounded(256))
                                              : interesting[random.bounded(int(interesting.size()))];
        }
        const NetBoxImportResult result = NetBoxImport::fromYaml(text, QStringLiteral("fuzz.yaml"));
        QVERIFY(result.ok != !result.error.isEmpty());
        accepted += result.ok;
    }
    QVERIFY(accepted > 0);  // the edits do not all break the file: the parser is not just refusing
}

QTEST_GUILESS_MAIN(TestNetBoxImport)
#include "tst_netboximport.moc"
