// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 15, "Proof": a few hundred random but plausible plans (fixed seeds), drawn through the editor,
// and what must hold on each: budget totals equal an independent sum, no check passes on undeclared
// data, no finding-free plan with a missing subsystem, no unit counted above its rating, "not
// assessable" where a subsystem is missing; and on small halls at 0.5 m cells (CPU engine) a thermal run
// with finite inlets, a closed energy balance and a reason for every rack outside the allowable range.
#include "plangenerator.h"
#include "planinvariants.h"

#include "i18n/language.h"

#include <QtTest>

using namespace rw;
using namespace rwtest;

namespace {
constexpr std::uint64_t kFirstSeed = 20261206;
constexpr int kPlans = 300;
}  // namespace

class TestPlanInvariants : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(Language::apply(QStringLiteral("en"))); }
    void sameSeedSamePlan();
    void generatorCoversTheCases();
    void invariantsHoldOnGeneratedPlans();
    void invariantsHoldInGerman();
    void thermalRunsOnSmallHalls();
};

void TestPlanInvariants::sameSeedSamePlan()
{
    Plan a, b;
    PlanGenerator(kFirstSeed + 7).generate(a);
    PlanGenerator(kFirstSeed + 7).generate(b);
    QCOMPARE(a.all<Rack>().size(), b.all<Rack>().size());
    QCOMPARE(a.all<MountedDevice>().size(), b.all<MountedDevice>().size());
    QCOMPARE(a.all<PowerNode>().size(), b.all<PowerNode>().size());
    QVERIFY(a.site() == b.site());
}

void TestPlanInvariants::generatorCoversTheCases()
{
    // The plans must reach what the invariants are about, or the invariants prove nothing.
    int noChain = 0, partial = 0, full = 0, shrunk = 0, liquid = 0, noCooling = 0, undeclared = 0, declared = 0;
    for (int i = 0; i < kPlans; ++i) {
        Plan plan;
        const GeneratedPlan g = PlanGenerator(kFirstSeed + std::uint64_t(i)).generate(plan);
        noChain += g.chain == GeneratedPlan::PowerChain::None && !plan.all<Rack>().empty();
        partial += g.chain == GeneratedPlan::PowerChain::Partial;
        full += g.chain == GeneratedPlan::PowerChain::FullAB;
        shrunk += g.hallShrunk;
        bool anyLiquid = false;
        for (const auto &[key, device] : plan.all<MountedDevice>())
            anyLiquid = anyLiquid || plan.find<DeviceType>(device.typeKey)->liquidHeatShare > 0;
        liquid += anyLiquid;
        noCooling += plan.all<CoolingUnit>().empty();
        undeclared += !plan.site().pueTarget && !plan.site().startOfOperation.isValid();
        declared += plan.site().pueTarget && plan.site().renewableShare && plan.site().declaredAvailabilityClass;
    }
    const QString counts = QStringLiteral("no chain %1, partial %2, full A/B %3, shrunk %4, liquid %5, no cooling %6, "
                                          "undeclared %7, declared %8")
                               .arg(noChain)
                               .arg(partial)
                               .arg(full)
                               .arg(shrunk)
                               .arg(liquid)
                               .arg(noCooling)
                               .arg(undeclared)
                               .arg(declared);
    for (int count : { noChain, partial, full, shrunk, liquid, noCooling, undeclared, declared })
        QVERIFY2(count >= 10, qPrintable(counts));
}

void TestPlanInvariants::invariantsHoldOnGeneratedPlans()
{
    QStringList failures;
    for (int i = 0; i < kPlans; ++i) {
        Plan plan;
        const GeneratedPlan g = PlanGenerator(kFirstSeed + std::uint64_t(i)).generate(plan);
        const QStringList violations = checkPlanInvariants(plan, g.review);
        if (!violations.isEmpty())
            failures << g.describe() + QStringLiteral(":\n    ") + violations.join(QStringLiteral("\n    "));
    }
    QVERIFY2(failures.isEmpty(),
        qPrintable(QStringLiteral("%1 of %2 plans fail:\n").arg(failures.size()).arg(kPlans)
            + failures.mid(0, 20).join(QLatin1Char('\n'))));
}

void TestPlanInvariants::invariantsHoldInGerman()
{
    // The texts checked for internal names and empty brackets, in the other language.
    QVERIFY(Language::apply(QStringLiteral("de")));
    QStringList failures;
    for (int i = 0; i < 40; ++i) {
        Plan plan;
        const GeneratedPlan g = PlanGenerator(kFirstSeed + 1000 + std::uint64_t(i)).generate(plan);
        const QStringList violations = checkPlanInvariants(plan, g.review);
        if (!violations.isEmpty())
            failures << g.describe() + QStringLiteral(":\n    ") + violations.join(QStringLiteral("\n    "));
    }
    QVERIFY(Language::apply(QStringLiteral("en")));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.mid(0, 10).join(QLatin1Char('\n'))));
}

void TestPlanInvariants::thermalRunsOnSmallHalls()
{
    // A run takes well under a second at 0.5 m on these halls (up to 12 x 9 x 3 m, two rows of six).
    constexpr int kThermalPlans = 24;
    PlanGeneratorOptions options;
    options.thermalSized = true;
    QStringList failures;
    int ran = 0;
    for (int i = 0; i < kThermalPlans; ++i) {
        Plan plan;
        const GeneratedPlan g = PlanGenerator(kFirstSeed + 5000 + std::uint64_t(i), options).generate(plan);
        QStringList violations = checkPlanInvariants(plan, g.review);
        ThermalRunFacts facts;
        violations += checkThermalInvariants(plan, 0.5f, 1, &facts);
        ran += facts.ran;
        if (!violations.isEmpty())
            failures << g.describe() + QStringLiteral(" [thermal-sized]:\n    ")
                    + violations.join(QStringLiteral("\n    "));
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    // Most runs must go through, or the thermal invariants would hold on nothing.
    QVERIFY2(ran >= kThermalPlans * 3 / 4,
        qPrintable(QStringLiteral("%1 of %2 runs went through").arg(ran).arg(kThermalPlans)));
}

QTEST_GUILESS_MAIN(TestPlanInvariants)
#include "tst_planinvariants.moc"
