// SPDX-License-Identifier: GPL-3.0-or-later
// Without a file the window opens its start page (new plan, open, recent plans, the demo), not the demo
// under another name; the demo opens as an unsaved copy, so titled; recent plans come from QSettings and
// open again from the start page. The GUI program shows the demo with --demo (scripts/dev.sh run).
#include "../common/testplans.h"

#include "demo/demoplan.h"
#include "floorplan/floorplantoolbar.h"
#include "floorplan/floorplanview.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "recentplans.h"
#include "startpage.h"
#include "store/planstore.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QDockWidget>
#include <QListWidget>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#ifndef RW_GUI_PATH
#error "RW_GUI_PATH must name the rackwerk executable (a string literal)"
#endif

using namespace rw;
using namespace rwtest;

namespace {

QAction *saveAction(const QWidget &window)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Save))
            return action;
    }
    return nullptr;
}

}  // namespace

class TestStartPage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void withoutAFileTheStartPageShows();
    void demoOpensAsAnUnsavedCopy();
    void newPlanFromTheStartPage();
    void recentPlansOpenAgain();
    void guiProgramStartsOnTheStartPageOrTheDemo();
    void screenshots();

private:
    QTemporaryDir mDir;
};

void TestStartPage::initTestCase()
{
    QVERIFY(mDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("Rackwerk"));
    QCoreApplication::setApplicationName(QStringLiteral("Rackwerk"));
}

void TestStartPage::init()
{
    QVERIFY(Language::apply(QStringLiteral("en")));
    QSettings().remove(QStringLiteral("recentPlans"));
}

void TestStartPage::withoutAFileTheStartPageShows()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isStartPageShown());
    QVERIFY(window.startPage()->isVisible());
    QVERIFY(!window.floorPlanView()->isVisible());
    // No plan behind it, and nothing that pretends there is one.
    QVERIFY(window.plan().all<Rack>().empty());
    QVERIFY(window.plan().all<Hall>().empty());
    QCOMPARE(window.windowTitle(), QStringLiteral("Rackwerk"));
    QVERIFY(!window.windowTitle().contains(QLatin1String("Untitled")));
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        QVERIFY2(!dock->isVisible(), qPrintable(dock->objectName()));
    QVERIFY(!saveAction(window)->isEnabled());
    QVERIFY(window.startPage()->newButton()->isVisible());
    QVERIFY(window.startPage()->demoButton()->isVisible());
    // The second demo, the gigafactory campus (opening it runs the campus's N-1 analysis, about a minute of CPU, so
    // tst_gigafactoryplan checks the plan and the GUI is looked at by hand).
    QVERIFY(window.startPage()->gigafactoryButton()->isVisible());

    // German too.
    QVERIFY(Language::apply(QStringLiteral("de")));
    QTRY_COMPARE(window.startPage()->newButton()->text(), QStringLiteral("&Neuer Plan"));
    QCOMPARE(window.startPage()->gigafactoryButton()->text(), QStringLiteral("Die &Gigafactory-Demo öffnen"));
    QVERIFY(Language::apply(QStringLiteral("en")));
}

void TestStartPage::demoOpensAsAnUnsavedCopy()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.startPage()->demoButton()->click();
    QVERIFY(!window.isStartPageShown());
    QVERIFY(window.floorPlanView()->isVisible());
    Plan demo;
    buildDemoPlan(demo);
    QCOMPARE(planDifference(window.plan(), demo), QString());
    QVERIFY(!window.isReadOnly());
    QVERIFY2(
        window.windowTitle().startsWith(QLatin1String("Demo plan (unsaved copy)")), qPrintable(window.windowTitle()));
    QVERIFY(saveAction(window)->isEnabled());
    // The docks that belong to a plan are back.
    QVERIFY(window.powerChainDock()->isVisible());
    QVERIFY(window.floorPlanToolBar()->isVisible());
}

void TestStartPage::newPlanFromTheStartPage()
{
    MainWindow window;
    window.show();
    window.startPage()->newButton()->click();
    QVERIFY(!window.isStartPageShown());
    QCOMPARE(window.plan().all<Hall>().size(), std::size_t(1));
    QVERIFY(window.plan().all<Rack>().empty());
    QVERIFY2(window.windowTitle().startsWith(QLatin1String("Untitled plan")), qPrintable(window.windowTitle()));
}

void TestStartPage::recentPlansOpenAgain()
{
    Plan small;
    buildSmallPlan(small);
    const QString path = mDir.filePath(QStringLiteral("recent.rackwerk"));
    QVERIFY(PlanStore::save(small, path).ok);
    {
        MainWindow window;
        QVERIFY(window.openPlan(path, true));
    }
    QCOMPARE(RecentPlans::entries().size(), 1);
    QCOMPARE(RecentPlans::entries().front().path, QFileInfo(path).absoluteFilePath());
    QVERIFY(RecentPlans::entries().front().readOnly);

    MainWindow window;
    window.show();
    QListWidget *recent = window.startPage()->recentList();
    QCOMPARE(recent->count(), 1);
    QVERIFY(recent->item(0)->text().contains(QLatin1String("recent.rackwerk")));
    emit recent->itemActivated(recent->item(0));
    QVERIFY(!window.isStartPageShown());
    QCOMPARE(planDifference(window.plan(), small), QString());
    QVERIFY(window.isReadOnly());  // opened the way it was opened last
    QVERIFY(window.windowTitle().contains(QLatin1String("recent.rackwerk")));
}

void TestStartPage::guiProgramStartsOnTheStartPageOrTheDemo()
{
    // The picture of the start page and the one of the demo differ; both come out (scripts/dev.sh run
    // passes --demo).
    QImage pictures[2];
    const QStringList modes[2] = { {}, { QStringLiteral("--demo") } };
    for (int n = 0; n < 2; ++n) {
        const QString png = mDir.filePath(QStringLiteral("start-%1.png").arg(n));
        QProcess gui;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        gui.setProcessEnvironment(environment);
        gui.start(QStringLiteral(RW_GUI_PATH), modes[n] + QStringList { QStringLiteral("--screenshot"), png });
        QVERIFY2(gui.waitForFinished(120000), qPrintable(gui.errorString()));
        QVERIFY2(gui.exitCode() == 0, gui.readAllStandardError().constData());
        QVERIFY(pictures[n].load(png, "PNG"));
    }
    QVERIFY(pictures[0] != pictures[1]);
}

/// RW_SCREENSHOT_DIR: the start page in English and German.
void TestStartPage::screenshots()
{
    const QByteArray dir = qgetenv("RW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("RW_SCREENSHOT_DIR is not set");
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("de") }) {
        QVERIFY(Language::apply(language));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(200);
        QVERIFY(window.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/start-page-%1.png").arg(language)));
    }
    QVERIFY(Language::apply(QStringLiteral("en")));
}

QTEST_MAIN(TestStartPage)
#include "tst_startpage.moc"
