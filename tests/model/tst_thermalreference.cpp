// SPDX-License-Identifier: GPL-3.0-or-later
// The thermal engine against the OpenFOAM references (k-epsilon; buoyantBoussinesqSimpleFoam, or the
// time mean of buoyantBoussinesqPimpleFoam where the steady solver cannot settle) on the same case
// JSON: for every tests/fixtures/thermal/NAME.openfoam.json with its NAME.case.json, the rack inlet
// temperatures as a user gets them (default model and cell size). Target: mean absolute difference
// <= 1.0 K, largest <= 2.5 K. A reference that did not settle (steady: rack inlets swinging by more
// than 1 K over its last iterations; transient: time means of the two halves of its span differing
// by more than 0.5 K) is too weak to assert that on, and a known gap is named below: both are
// expected failures that report the figures (and turn into test failures once they pass, so the
// expectation gets revisited). See docs/thermal-design.md. Skipped while no reference fixtures are present.
#include "analysis/thermalcasejson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>

using namespace rw;

namespace {
/// A steady reference whose rack inlets swing by more than this over its last iterations has not settled.
constexpr double kWeakReferenceSwingK = 1.0;
/// A transient reference whose time means over the two halves of its span differ by more than this.
constexpr double kWeakReferenceDriftK = 0.5;

/// References that Rackwerk's default does not yet meet, and why (docs/thermal-design.md).
const char *knownGap(const QString &name)
{
    if (name == QLatin1String("open_aisles_fanwall"))
        return "open aisles: Rackwerk's flow settles where OpenFOAM's keeps swinging; the second row's inlets "
               "come out 2-3 K too cool";
    return nullptr;
}

/// The issue 22 family (one supply wall blowing along the rows, ceiling returns; docs/openfoam-reference.md)
/// is compared at the reference's own 0.2 m: the default cell for these halls is 0.1 m, half a million
/// cells, too long for a test. They miss the aim, so each asserts the gap measured when it was added (7 Dec
/// 2026, CPU engine, 2 threads) plus a margin for thread-count rounding (0.1 K MAE, 0.25 K max) as a
/// regression bound, and the aim as an expected failure that reports the figures.
struct MeasuredGap {
    const char *name;
    double maeK, maxK;
    const char *why;
};
constexpr MeasuredGap kMeasuredGaps[] = {
    { "three_rows_ceiling_returns", 1.29, 4.32,
        "the far ends of rows A and B come out 2-4 K too cool (A07 -4.1 K, B01 -4.3 K); the reference swings by "
        "up to 6.6 K and its heat balance is -5.9 %" },
    { "long_rows_end_supply", 2.60, 7.37,
        "against the time mean of a transient reference (240 s, halves within 0.08 K, its heat balance -8.5 %): "
        "both rows agree within 0.8 K up to A12 and B05, the far ends come out 3-7.4 K too cool (A14-A16, "
        "B10-B12): OpenFOAM's floor jet along the hot aisle carries the exhaust past the row ends and back along "
        "the cold aisle, Rackwerk's decays before the row ends; cause not fixed" },
    { "four_rows_plenum_unit_failed", 3.11, 6.63,
        "one of three fan walls off: too cool at 31 of 32 racks (B01 -6.6 K, C01 -6.2 K); the reference is steady "
        "and weak, swinging by up to 10.2 K with a heat balance of +7.0 %" },
    { "four_rows_plenum", 1.70, 4.42,
        "too cool almost everywhere (B01-B04 -3.9 to -4.4 K, A06-A08 -3 to -4 K); the reference swings by up to "
        "8.6 K and its heat balance is +6.3 %" },
};

const MeasuredGap *measuredGap(const QString &name)
{
    for (const MeasuredGap &gap : kMeasuredGaps)
        if (name == QLatin1String(gap.name))
            return &gap;
    return nullptr;
}

struct Comparison {
    double mae = 0, worst = 0;
    int count = 0;
};

Comparison compareInlets(const QJsonObject &reference, const engine::ThermalResult &r)
{
    Comparison c;
    double sum = 0;
    for (const QJsonValue &v : reference.value(QStringLiteral("racks")).toArray()) {
        const QJsonObject rack = v.toObject();
        const long long id = rack.value(QStringLiteral("id")).toInteger();
        const auto it = std::find_if(r.racks.begin(), r.racks.end(), [id](const auto &x) { return x.id == id; });
        if (it == r.racks.end())
            return {};
        const double d = std::fabs(it->inletMeanC - rack.value(QStringLiteral("inletMeanC")).toDouble());
        sum += d;
        c.worst = std::max(c.worst, d);
        ++c.count;
    }
    c.mae = c.count > 0 ? sum / c.count : 0;
    return c;
}
}  // namespace

class TestThermalReference : public QObject {
    Q_OBJECT
private slots:
    void compare_data();
    void compare();
    void zeroEquation_data();
    void zeroEquation();
    void swingingFlowIsReportedAsItsMean();
};

void TestThermalReference::compare_data()
{
    QTest::addColumn<QString>("name");
    const QDir dir(QStringLiteral(RW_TEST_FIXTURES "/thermal"));
    const QStringList references = dir.entryList({ QStringLiteral("*.openfoam.json") }, QDir::Files, QDir::Name);
    if (references.isEmpty())
        QSKIP("no OpenFOAM reference fixtures in tests/fixtures/thermal");
    for (const QString &file : references) {
        const QString name = file.chopped(int(qstrlen(".openfoam.json")));
        QTest::newRow(qPrintable(name)) << name;
    }
}

namespace {

bool loadReference(const QString &name, engine::ThermalCase *c, QJsonObject *reference, QString *error)
{
    const QString base = QStringLiteral(RW_TEST_FIXTURES "/thermal/") + name;
    QFile caseFile(base + QStringLiteral(".case.json"));
    QFile referenceFile(base + QStringLiteral(".openfoam.json"));
    if (!caseFile.open(QIODevice::ReadOnly) || !referenceFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the fixtures of ") + name;
        return false;
    }
    *reference = QJsonDocument::fromJson(referenceFile.readAll()).object();
    return ThermalCaseJson::fromBytes(caseFile.readAll(), c, error);
}

/// Why a reference is too weak to assert on, or empty.
QString weakness(const QJsonObject &reference)
{
    const bool transient = reference.value(QStringLiteral("solver")).toString().contains(QLatin1String("Pimple"));
    if (transient) {
        const double drift = reference.value(QStringLiteral("meanDriftK")).toDouble(1e9);
        if (drift > kWeakReferenceDriftK)
            return QStringLiteral("its time means over the two halves of its span differ by up to %1 K")
                .arg(drift, 0, 'f', 1);
        return {};
    }
    const double swing = reference.value(QStringLiteral("maxInletSwingK")).toDouble(0);
    if (swing > kWeakReferenceSwingK)
        return QStringLiteral("its rack inlets swing by up to %1 K over its last iterations").arg(swing, 0, 'f', 1);
    return {};
}

}  // namespace

// The default model at the default cell size, as a user runs it (the issue 22 family at the reference's
// 0.2 m, see kMeasuredGaps).
void TestThermalReference::compare()
{
    QFETCH(QString, name);
    engine::ThermalCase c;
    QJsonObject reference;
    QString error;
    QVERIFY2(loadReference(name, &c, &reference, &error), qPrintable(error));
    engine::ThermalSettings settings;
    settings.keepFields = false;
    const MeasuredGap *gap = measuredGap(name);
    if (gap)
        settings.cellM = float(reference.value(QStringLiteral("cellSizeM")).toDouble(0.2));
    const engine::ThermalResult r = engine::solveThermal(c, settings);
    QVERIFY2(r.ok(), r.message.c_str());
    const Comparison cmp = compareInlets(reference, r);
    QVERIFY2(cmp.count > 0, "a rack of the reference is missing");
    qInfo("%s: %d racks at %.2f m, inlet MAE %.3f K, max %.3f K (Rackwerk %d iterations, %s, mean of the last %d "
          "steps, swing %.2f K, energy balance %.3f %%)",
        qPrintable(name), cmp.count, double(r.grid.cellM), cmp.mae, cmp.worst, r.iterations,
        r.converged ? "converged" : "NOT converged", r.averagedIterations, r.inletSwingK,
        100.0 * r.energyBalanceError());
    QVERIFY(r.converged);
    QVERIFY(std::fabs(r.energyBalanceError()) < 0.01);
    const QString figures = QStringLiteral("MAE %1 K, max %2 K").arg(cmp.mae, 0, 'f', 2).arg(cmp.worst, 0, 'f', 2);
    if (gap && gap->maeK >= 0) {
        QVERIFY2(cmp.mae <= gap->maeK + 0.1 && cmp.worst <= gap->maxK + 0.25,
            qPrintable(QStringLiteral("%1, worse than the %2 / %3 K measured when the reference was added")
                           .arg(figures)
                           .arg(gap->maeK)
                           .arg(gap->maxK)));
        QEXPECT_FAIL("", qPrintable(QStringLiteral("%1: known gap, %2").arg(figures, QLatin1String(gap->why))), Abort);
    } else if (const QString weak = weakness(reference); !weak.isEmpty())
        QEXPECT_FAIL("",
            qPrintable(QStringLiteral("%1 against a reference that did not settle (%2)").arg(figures, weak)), Abort);
    else if (const char *known = knownGap(name))
        QEXPECT_FAIL("", qPrintable(QStringLiteral("%1: known gap, %2").arg(figures, QLatin1String(known))), Abort);
    QVERIFY2(cmp.mae <= 1.0 && cmp.worst <= 2.5, qPrintable(figures));
}

void TestThermalReference::zeroEquation_data()
{
    compare_data();
}

// The Chen-Xu zero-equation model at the reference's cell size: the figures go to the log (and into
// docs/thermal-design.md); asserted are a result, a steady state and the energy balance.
void TestThermalReference::zeroEquation()
{
    QFETCH(QString, name);
    engine::ThermalCase c;
    QJsonObject reference;
    QString error;
    QVERIFY2(loadReference(name, &c, &reference, &error), qPrintable(error));
    engine::ThermalSettings settings;
    settings.turbulence = engine::TurbulenceModel::ChenXu;
    settings.cellM = float(reference.value(QStringLiteral("cellSizeM")).toDouble(0.2));
    settings.keepFields = false;
    const engine::ThermalResult r = engine::solveThermal(c, settings);
    QVERIFY2(r.ok(), r.message.c_str());
    const Comparison cmp = compareInlets(reference, r);
    QVERIFY2(cmp.count > 0, "a rack of the reference is missing");
    qInfo("%s, zero-equation at %.2f m: inlet MAE %.3f K, max %.3f K (%d iterations, %s, energy balance %.3f %%)",
        qPrintable(name), double(r.grid.cellM), cmp.mae, cmp.worst, r.iterations,
        r.converged ? "converged" : "NOT converged", 100.0 * r.energyBalanceError());
    QVERIFY(r.converged);
    QVERIFY(std::fabs(r.energyBalanceError()) < 0.01);
}

// The open-aisle hall at 0.2 m: the k-epsilon flow keeps swinging around the row ends (as it does in
// OpenFOAM), so the solver reports the mean of its last 500 steps once two successive windows agree.
void TestThermalReference::swingingFlowIsReportedAsItsMean()
{
    engine::ThermalCase c;
    QJsonObject reference;
    QString error;
    QVERIFY2(loadReference(QStringLiteral("open_aisles_fanwall"), &c, &reference, &error), qPrintable(error));
    engine::ThermalSettings settings;
    settings.cellM = 0.2f;
    settings.keepFields = false;
    const engine::ThermalResult r = engine::solveThermal(c, settings);
    QVERIFY2(r.ok(), r.message.c_str());
    qInfo("open aisles, k-epsilon at 0.2 m: %d iterations, mean of the last %d steps, swing %.2f K", r.iterations,
        r.averagedIterations, r.inletSwingK);
    QVERIFY(r.converged);
    QCOMPARE(r.averagedIterations, settings.averagingIterations);
    QVERIFY(r.iterations >= settings.minIterationsBeforeAveraging && r.iterations < settings.maxIterations);
    QVERIFY(r.inletSwingK > settings.averagedInletToleranceK);  // it does swing, beyond the window tolerance
    QVERIFY(std::fabs(r.energyBalanceError()) < 0.01);  // the means balance too
    // A run that may not average reports its last step instead, and is not converged.
    settings.maxIterations = 900;
    const engine::ThermalResult cut = engine::solveThermal(c, settings);
    QVERIFY(cut.ok() && !cut.converged);
    QCOMPARE(cut.averagedIterations, 0);
}

QTEST_GUILESS_MAIN(TestThermalReference)
#include "tst_thermalreference.moc"
