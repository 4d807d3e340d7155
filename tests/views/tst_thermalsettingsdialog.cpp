// SPDX-License-Identifier: GPL-3.0-or-later
// Thermal runs open their settings first: Ctrl+T (the menu action) shows the cell size with the cells,
// memory and time the run will take, from the engine's own prediction; nothing runs before the user's
// OK, Cancel runs nothing, and a grid too large for the memory limit cannot be started.
#include "../common/testplans.h"

#include "analysis/thermalcasebuilder.h"
#include "analysis/thermalestimate.h"
#include "dialogs/numberfield.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "thermal/thermalpanel.h"
#include "thermal/thermalsettingsdialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

#include <functional>

using namespace rw;

namespace {

/// Runs `check` on the settings dialog once it is shown (it is modal), then leaves it with `button`.
void answerSettings(ThermalPanel *panel, std::function<void(ThermalSettingsDialog *)> check,
    QDialogButtonBox::StandardButton button, bool *seen)
{
    QTimer::singleShot(50, panel, [=] {
        auto *dialog = qobject_cast<ThermalSettingsDialog *>(panel->settingsDialog());
        if (!dialog) {
            answerSettings(panel, check, button, seen);  // not open yet
            return;
        }
        *seen = true;
        check(dialog);
        dialog->findChild<QDialogButtonBox *>()->button(button)->click();
        if (dialog->isVisible())
            dialog->reject();  // refused by the dialog (tests say so): leave anyway
    });
}

void typeCell(ThermalSettingsDialog *dialog, const QString &text)
{
    QLineEdit *edit = dialog->cellField()->lineEdit();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

}  // namespace

class TestThermalSettingsDialog : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(Language::apply(QStringLiteral("en")));
        QSettings().remove(QStringLiteral("thermal"));  // no speed measured yet
    }
    void shortcutOpensTheSettingsBeforeAnyRun();
    void runStartsOnOkWithTheChosenCell();
    void tooLargeGridCannotStart();
    void germanTexts();
    void screenshots();
};

void TestThermalSettingsDialog::shortcutOpensTheSettingsBeforeAnyRun()
{
    MainWindow window;
    window.show();
    Plan plan;
    rwtest::buildSmallPlan(plan);
    window.plan().assign(plan);
    ThermalPanel *panel = window.thermalPanel();
    const ThermalCaseBuild build = ThermalCaseBuilder::build(window.plan(), rwtest::small::kHall);
    QVERIFY(build.ok());
    const float defaultCell = engine::defaultCellSizeM(build.thermalCase);

    bool seen = false;
    bool ranWhileOpen = true;
    ThermalRunEstimate shown;
    QString grid, memory, time;
    answerSettings(
        panel,
        [&](ThermalSettingsDialog *dialog) {
            ranWhileOpen = panel->runner()->isRunning();
            shown = dialog->estimate();
            grid = dialog->gridText();
            memory = dialog->memoryText();
            time = dialog->timeText();
        },
        QDialogButtonBox::Cancel, &seen);
    window.thermalAction()->trigger();  // Ctrl+T
    QVERIFY(seen);
    QVERIFY2(!ranWhileOpen, "the run started before the user chose its settings");
    QVERIFY(!panel->runner()->isRunning());
    QVERIFY(!panel->outcome()->run());

    // The figures are the engine's: its grid for the default cell and its memory prediction.
    QCOMPARE(shown.cellM, defaultCell);
    const engine::ThermalGrid expected = engine::thermalGridFor(build.thermalCase, defaultCell);
    QCOMPARE(shown.grid.cellCount(), expected.cellCount());
    QCOMPARE(shown.memoryBytes, engine::predictThermalMemoryBytes(build.thermalCase, defaultCell));
    QVERIFY2(grid.contains(QLocale().toString(qulonglong(expected.cellCount()))), qPrintable(grid));
    QVERIFY2(memory.contains(QLocale().formattedDataSize(qint64(shown.memoryBytes))), qPrintable(memory));
    // Not measured here yet: the estimate says it uses the benchmark's speed.
    QCOMPARE(shown.speed.source, ThermalSpeed::Source::Reference);
    QVERIFY2(
        time.startsWith(QLatin1String("estimate:")) && time.contains(QLatin1String("benchmark")), qPrintable(time));
    QVERIFY(shown.secondsFor(shown.typicalStepsLow) > 0);
    QVERIFY(shown.secondsFor(shown.maxSteps) > shown.secondsFor(shown.typicalStepsHigh));
}

void TestThermalSettingsDialog::runStartsOnOkWithTheChosenCell()
{
    MainWindow window;
    window.show();
    Plan plan;
    rwtest::buildSmallPlan(plan);
    window.plan().assign(plan);
    ThermalPanel *panel = window.thermalPanel();
    panel->setEngine(engine::BackendRequest::Cpu);

    // A cell size outside the range is refused in the dialog, and the figures follow what is typed.
    bool seen = false;
    std::size_t cellsAtHalfMetre = 0;
    bool refusedTooSmall = false;
    answerSettings(
        panel,
        [&](ThermalSettingsDialog *dialog) {
            typeCell(dialog, QStringLiteral("0.01"));
            refusedTooSmall = !dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
            typeCell(dialog, QStringLiteral("0.5"));
            cellsAtHalfMetre = dialog->estimate().grid.cellCount();
        },
        QDialogButtonBox::Ok, &seen);
    QSignalSpy finished(panel->runner(), &ThermalRunner::finished);
    window.thermalAction()->trigger();
    QVERIFY(seen);
    QVERIFY(refusedTooSmall);
    QVERIFY(panel->runner()->isRunning() || !finished.isEmpty());
    QVERIFY(finished.wait(600 * 1000) || !finished.isEmpty());
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    const ThermalRun *run = panel->outcome()->run();
    QVERIFY(run);
    QCOMPARE(run->result.grid.cellM, 0.5f);
    QCOMPARE(run->result.grid.cellCount(), cellsAtHalfMetre);

    // The run measured this computer's speed: the next estimate uses it.
    const ThermalSpeed speed = ThermalEstimator::speed(run->result.backend, run->result.turbulence);
    QCOMPARE(speed.source, ThermalSpeed::Source::MeasuredHere);
    QVERIFY(speed.cellUpdatesPerSecond > 0);
    seen = false;
    QString time;
    answerSettings(
        panel, [&](ThermalSettingsDialog *dialog) { time = dialog->timeText(); }, QDialogButtonBox::Cancel, &seen);
    QVERIFY(!panel->runWithSettings());
    QVERIFY(seen);
    QVERIFY2(time.contains(QLatin1String("last run on this computer")), qPrintable(time));
}

void TestThermalSettingsDialog::tooLargeGridCannotStart()
{
    MainWindow window;
    window.show();
    Plan plan;
    rwtest::buildSmallPlan(plan);
    window.plan().assign(plan);
    ThermalPanel *panel = window.thermalPanel();
    panel->runner()->setMemoryLimitBytes(1 << 20);
    bool seen = false;
    bool runEnabled = true;
    QString memory;
    answerSettings(
        panel,
        [&](ThermalSettingsDialog *dialog) {
            typeCell(dialog, QStringLiteral("0.05"));
            runEnabled = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
            memory = dialog->memoryText();
        },
        QDialogButtonBox::Ok, &seen);
    QVERIFY(!panel->runWithSettings());
    QVERIFY(seen);
    QVERIFY(!runEnabled);
    QVERIFY2(memory.contains(QLatin1String("choose larger cells")), qPrintable(memory));
    QVERIFY(!panel->runner()->isRunning());
}

void TestThermalSettingsDialog::germanTexts()
{
    QVERIFY(Language::apply(QStringLiteral("de")));
    Plan plan;
    rwtest::buildSmallPlan(plan);
    const ThermalCaseBuild build = ThermalCaseBuilder::build(plan, rwtest::small::kHall);
    ThermalRunRequest request;
    request.cellM = 0.25f;
    ThermalSettingsDialog dialog(build.thermalCase, request, {}, std::size_t(8) << 30);
    QVERIFY(!dialog.windowTitle().contains(QLatin1String("settings")));
    QVERIFY2(dialog.gridText().contains(QLatin1String("0,25 m")), qPrintable(dialog.gridText()));
    QVERIFY2(dialog.timeText().startsWith(QStringLiteral("Schätzung")), qPrintable(dialog.timeText()));
    QCOMPARE(dialog.cellField()->lineEdit()->text(), QStringLiteral("0,25"));
    QVERIFY(Language::apply(QStringLiteral("en")));
}

/// RW_SCREENSHOT_DIR: the settings of a run on the demo hall, in English and German.
void TestThermalSettingsDialog::screenshots()
{
    const QByteArray dir = qgetenv("RW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("RW_SCREENSHOT_DIR is not set");
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("de") }) {
        QVERIFY(Language::apply(language));
        MainWindow window;
        window.show();
        window.openDemo();
        bool seen = false;
        bool saved = false;
        answerSettings(
            window.thermalPanel(),
            [&](ThermalSettingsDialog *dialog) {
                QTest::qWait(100);
                saved = dialog->grab().save(
                    QString::fromLocal8Bit(dir) + QStringLiteral("/thermal-settings-%1.png").arg(language));
            },
            QDialogButtonBox::Cancel, &seen);
        window.thermalAction()->trigger();
        QVERIFY(seen && saved);
    }
    QVERIFY(Language::apply(QStringLiteral("en")));
}

QTEST_MAIN(TestThermalSettingsDialog)
#include "tst_thermalsettingsdialog.moc"
