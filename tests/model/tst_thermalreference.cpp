// The thermal engine against the OpenFOAM reference (buoyantBoussinesqSimpleFoam, k-epsilon) on the
// same case JSON: for every tests/fixtures/thermal/NAME.openfoam.json with its NAME.case.json, the
// rack inlet temperatures at the reference's cell size. Target: mean absolute difference <= 1.0 K,
// largest <= 2.5 K. A reference whose own rack inlets still swing by more than 1 K over its last
// iterations (OpenFOAM did not settle) is too weak to assert that on: there the comparison is an
// expected failure that reports the figures (and turns into a test failure once it passes, so the
// expectation gets revisited). See docs/thermal-design.md. Skipped while no reference fixtures are present.
#include "analysis/thermalcasebuilder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>

using namespace rw;

namespace {
/// A reference whose rack inlets swing by more than this over its last iterations has not settled.
constexpr double kWeakReferenceSwingK = 1.0;
}  // namespace

class TestThermalReference : public QObject {
    Q_OBJECT
private slots:
    void compare_data();
    void compare();
    void kEpsilon_data();
    void kEpsilon();
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

void TestThermalReference::compare()
{
    QFETCH(QString, name);
    const QString base = QStringLiteral(RW_TEST_FIXTURES "/thermal/") + name;
    QFile caseFile(base + QStringLiteral(".case.json"));
    QFile referenceFile(base + QStringLiteral(".openfoam.json"));
    QVERIFY2(caseFile.open(QIODevice::ReadOnly), qPrintable(caseFile.fileName()));
    QVERIFY(referenceFile.open(QIODevice::ReadOnly));
    engine::ThermalCase c;
    QString error;
    QVERIFY2(ThermalCaseJson::fromBytes(caseFile.readAll(), &c, &error), qPrintable(error));
    const QJsonObject reference = QJsonDocument::fromJson(referenceFile.readAll()).object();
    engine::ThermalSettings settings;
    settings.cellM = float(reference.value(QStringLiteral("cellSizeM")).toDouble(0.2));
    settings.keepFields = false;
    const engine::ThermalResult r = engine::solveThermal(c, settings);
    QVERIFY2(r.ok(), r.message.c_str());
    double sum = 0, worst = 0;
    int count = 0;
    for (const QJsonValue &v : reference.value(QStringLiteral("racks")).toArray()) {
        const QJsonObject rack = v.toObject();
        const long long id = rack.value(QStringLiteral("id")).toInteger();
        const auto it = std::find_if(r.racks.begin(), r.racks.end(), [id](const auto &x) { return x.id == id; });
        QVERIFY2(it != r.racks.end(), qPrintable(QStringLiteral("rack %1 missing").arg(id)));
        const double d = std::fabs(it->inletMeanC - rack.value(QStringLiteral("inletMeanC")).toDouble());
        sum += d;
        worst = std::max(worst, d);
        ++count;
    }
    QVERIFY(count > 0);
    const double mae = sum / count;
    qInfo("%s: %d racks, inlet MAE %.3f K, max %.3f K (Rackwerk %d iterations, %s, energy balance %.3f %%)",
        qPrintable(name), count, mae, worst, r.iterations, r.converged ? "converged" : "NOT converged",
        100.0 * r.energyBalanceError());
    const double referenceSwingK = reference.value(QStringLiteral("maxInletSwingK")).toDouble(0);
    const bool weakReference = referenceSwingK > kWeakReferenceSwingK;
    const QString figures = QStringLiteral("MAE %1 K, max %2 K").arg(mae, 0, 'f', 2).arg(worst, 0, 'f', 2);
    if (weakReference)
        QEXPECT_FAIL("",
            qPrintable(QStringLiteral("%1 against a reference that did not settle (its rack inlets "
                                      "swing by up to %2 K over its last iterations)")
                           .arg(figures)
                           .arg(referenceSwingK, 0, 'f', 1)),
            Abort);
    QVERIFY2(mae <= 1.0 && worst <= 2.5, qPrintable(figures));
}

void TestThermalReference::kEpsilon_data()
{
    compare_data();
}

// The optional k-epsilon model on the same references: the figures go to the log (and into
// docs/thermal-design.md); asserted are a result, a steady state (settled, or a settled mean for a
// flow that swings) and the energy balance.
void TestThermalReference::kEpsilon()
{
    QFETCH(QString, name);
    const QString base = QStringLiteral(RW_TEST_FIXTURES "/thermal/") + name;
    QFile caseFile(base + QStringLiteral(".case.json"));
    QFile referenceFile(base + QStringLiteral(".openfoam.json"));
    QVERIFY(caseFile.open(QIODevice::ReadOnly) && referenceFile.open(QIODevice::ReadOnly));
    engine::ThermalCase c;
    QString error;
    QVERIFY2(ThermalCaseJson::fromBytes(caseFile.readAll(), &c, &error), qPrintable(error));
    const QJsonObject reference = QJsonDocument::fromJson(referenceFile.readAll()).object();
    engine::ThermalSettings settings;
    settings.turbulence = engine::TurbulenceModel::KEpsilon;
    settings.cellM = float(reference.value(QStringLiteral("cellSizeM")).toDouble(0.2));
    settings.keepFields = false;
    const engine::ThermalResult r = engine::solveThermal(c, settings);
    QVERIFY2(r.ok(), r.message.c_str());
    double sum = 0, worst = 0;
    int count = 0;
    for (const QJsonValue &v : reference.value(QStringLiteral("racks")).toArray()) {
        const QJsonObject rack = v.toObject();
        const long long id = rack.value(QStringLiteral("id")).toInteger();
        const auto it = std::find_if(r.racks.begin(), r.racks.end(), [id](const auto &x) { return x.id == id; });
        QVERIFY(it != r.racks.end());
        const double d = std::fabs(it->inletMeanC - rack.value(QStringLiteral("inletMeanC")).toDouble());
        sum += d;
        worst = std::max(worst, d);
        ++count;
    }
    qInfo("%s, k-epsilon: inlet MAE %.3f K, max %.3f K (%d iterations, %s, mean of the last %d steps, swing %.2f K, "
          "energy balance %.3f %%)",
        qPrintable(name), sum / count, worst, r.iterations, r.converged ? "converged" : "NOT converged",
        r.averagedIterations, r.inletSwingK, 100.0 * r.energyBalanceError());
    QVERIFY(r.converged);
    QVERIFY(std::fabs(r.energyBalanceError()) < 0.01);
    QVERIFY(r.averagedIterations == 0 || r.inletSwingK > 0);
}

QTEST_GUILESS_MAIN(TestThermalReference)
#include "tst_thermalreference.moc"
