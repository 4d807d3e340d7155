// SPDX-License-Identifier: GPL-3.0-or-later
// What users expect of a desktop program: recent files in the File menu, the last plan and the docks'
// layout back at the next start, plans opened by drag and drop, F1 for help (the bundled README), an About
// dialog with the licences, and --help / --version that work without a display.
#include "../common/testplans.h"

#include "aboutdialog.h"
#include "buildinfo/buildinfo.h"
#include "floorplan/floorplanview.h"
#include "helpdialog.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "plandrop.h"
#include "recentplans.h"
#include "store/planstore.h"
#include "windowsession.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QDropEvent>
#include <QFile>
#include <QMenu>
#include <QMimeData>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

#ifndef RW_GUI_PATH
#error "RW_GUI_PATH must name the rackwerk executable (a string literal)"
#endif

using namespace rw;
using namespace rwtest;

namespace {

QStringList actionTexts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions())
        texts << action->text();
    return texts;
}

QMimeData *urlsOf(const QStringList &paths)
{
    auto *mime = new QMimeData;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls << QUrl::fromLocalFile(path);
    mime->setUrls(urls);
    return mime;
}

/// Drops the files on a widget as a file manager would; returns whether the drop was accepted.
bool drop(QWidget *target, const QStringList &paths)
{
    std::unique_ptr<QMimeData> mime(urlsOf(paths));
    const QPoint centre = target->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent dropped(QPointF(centre), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &dropped);
    return dropped.isAccepted();
}

/// With RW_SCREENSHOT_DIR set, keeps a picture of the widget there (for a look at both languages).
void keepPicture(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("RW_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")), "PNG");
}

struct ProgramRun {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the GUI program without any display (no DISPLAY, no offscreen platform).
ProgramRun runGui(const QStringList &arguments)
{
    QProcess gui;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY" })
        environment.remove(QString::fromLatin1(name));
    gui.setProcessEnvironment(environment);
    gui.start(QStringLiteral(RW_GUI_PATH), arguments);
    ProgramRun run;
    if (!gui.waitForFinished(60000))
        return run;
    run.exitCode = gui.exitStatus() == QProcess::NormalExit ? gui.exitCode() : -1;
    run.out = QString::fromLocal8Bit(gui.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(gui.readAllStandardError());
    return run;
}

}  // namespace

class TestDesktopHabits : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void recentPlansInTheFileMenu();
    void lastPlanAndLayoutComeBack();
    void layoutRestoredOnTheStartPageWaitsForThePlan();
    void movedLastPlanLeavesTheStartPage();
    void plansOpenByDragAndDrop();
    void f1OpensTheReadme();
    void aboutListsTheLicences();
    void helpAndVersionWithoutDisplay();

private:
    QString savePlan(const QString &name);

    QTemporaryDir mDir;
};

void TestDesktopHabits::initTestCase()
{
    QVERIFY(mDir.isValid());
    // Settings of their own, so that no other suite (or the GUI program they run) sees this session.
    QCoreApplication::setOrganizationName(QStringLiteral("Rackwerk"));
    QCoreApplication::setApplicationName(QStringLiteral("RackwerkDesktopHabitsTest"));
}

void TestDesktopHabits::init()
{
    QVERIFY(Language::apply(QStringLiteral("en")));
    QSettings().clear();
}

QString TestDesktopHabits::savePlan(const QString &name)
{
    Plan plan;
    buildSmallPlan(plan);
    const QString path = mDir.filePath(name);
    const SaveReport saved = PlanStore::save(plan, path);
    return saved.ok ? path : QString();
}

void TestDesktopHabits::recentPlansInTheFileMenu()
{
    const QString first = savePlan(QStringLiteral("first.rackwerk"));
    const QString second = savePlan(QStringLiteral("second.rackwerk"));
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    MainWindow window;
    QMenu *recent = window.recentMenu();
    emit recent->aboutToShow();
    QCOMPARE(actionTexts(recent), QStringList { QStringLiteral("No recent plans") });
    QVERIFY(!recent->actions().first()->isEnabled());

    QVERIFY(window.openPlan(first, false));
    QVERIFY(window.openPlan(second, true));
    emit recent->aboutToShow();
    // Newest first; a plan opened for review says so.
    QCOMPARE(actionTexts(recent),
        (QStringList { QStringLiteral("second.rackwerk (read-only)"), QStringLiteral("first.rackwerk") }));
    recent->adjustSize();
    keepPicture(recent, QStringLiteral("recent-en"));
    recent->actions().at(1)->trigger();
    QCOMPARE(window.planPath(), first);
    QVERIFY(!window.isReadOnly());

    QVERIFY(Language::apply(QStringLiteral("de")));
    emit recent->aboutToShow();
    QCOMPARE(actionTexts(recent).size(), 2);
    QCOMPARE(actionTexts(recent).at(1), QStringLiteral("second.rackwerk (schreibgeschützt)"));
    recent->adjustSize();
    keepPicture(recent, QStringLiteral("recent-de"));
    QSettings().remove(QStringLiteral("recentPlans"));
    emit recent->aboutToShow();
    QCOMPARE(actionTexts(recent), QStringList { QStringLiteral("Keine zuletzt geöffneten Pläne") });
}

void TestDesktopHabits::lastPlanAndLayoutComeBack()
{
    const QString path = savePlan(QStringLiteral("session.rackwerk"));
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openPlan(path, true));
        // The user moved the power chain to the left and closed the thermal dock.
        window.addDockWidget(Qt::LeftDockWidgetArea, window.powerChainDock());
        auto *thermal = window.findChild<QDockWidget *>(QStringLiteral("thermalDock"));
        QVERIFY(thermal);
        thermal->hide();
        QVERIFY(window.close());  // saves the session
    }
    MainWindow window;
    QVERIFY(window.isStartPageShown());
    WindowSession::restoreLayout(window);
    QVERIFY(WindowSession::reopenLastPlan(window));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.planPath(), path);
    QVERIFY(window.isReadOnly());
    QVERIFY(!window.isStartPageShown());
    QCOMPARE(window.dockWidgetArea(window.powerChainDock()), Qt::LeftDockWidgetArea);
    QVERIFY(window.powerChainDock()->isVisible());
    QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("thermalDock"))->isVisible());
}

void TestDesktopHabits::layoutRestoredOnTheStartPageWaitsForThePlan()
{
    QByteArray layout;
    {
        MainWindow window;
        window.openDemo();
        window.addDockWidget(Qt::LeftDockWidgetArea, window.powerChainDock());
        layout = window.dockLayout();
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.restoreDockLayout(QByteArray("not a layout")));
    QVERIFY(window.restoreDockLayout(layout));
    // The start page keeps its room: no dock shows until a plan opens.
    QVERIFY(window.isStartPageShown());
    for (QDockWidget *dock : window.findChildren<QDockWidget *>())
        QVERIFY2(!dock->isVisible(), qPrintable(dock->objectName()));
    QCOMPARE(window.dockLayout(), layout);
    window.openDemo();
    QVERIFY(window.powerChainDock()->isVisible());
    QCOMPARE(window.dockWidgetArea(window.powerChainDock()), Qt::LeftDockWidgetArea);
}

void TestDesktopHabits::movedLastPlanLeavesTheStartPage()
{
    const QString path = savePlan(QStringLiteral("moved.rackwerk"));
    {
        MainWindow window;
        QVERIFY(window.openPlan(path, false));
        QVERIFY(window.close());
    }
    QCOMPARE(WindowSession::lastPlanPath(), path);
    QVERIFY(QFile::remove(path));
    MainWindow window;
    QVERIFY(!WindowSession::reopenLastPlan(window));
    QVERIFY(window.isStartPageShown());

    // A session that ended on the start page or with an unsaved plan has no plan to reopen.
    {
        MainWindow demo;
        demo.openDemo();
        QVERIFY(demo.close());
    }
    QVERIFY(WindowSession::lastPlanPath().isEmpty());
}

void TestDesktopHabits::plansOpenByDragAndDrop()
{
    const QString path = savePlan(QStringLiteral("dropped.rackwerk"));
    const QString other = mDir.filePath(QStringLiteral("notes.txt"));
    QFile notes(other);
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not a plan");
    notes.close();

    QCOMPARE(PlanDrop::planIn(std::unique_ptr<QMimeData>(urlsOf({ other, path })).get()), path);
    QVERIFY(PlanDrop::planIn(std::unique_ptr<QMimeData>(urlsOf({ other })).get()).isEmpty());

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isStartPageShown());
    QVERIFY(!drop(&window, { other }));  // not taken: the window stays as it is
    QVERIFY(window.isStartPageShown());
    QVERIFY(drop(&window, { path }));
    QCOMPARE(window.planPath(), path);
    QVERIFY(!window.isStartPageShown());

    // On the floor plan too, which takes drops of its own (devices from the catalogue).
    const QString second = savePlan(QStringLiteral("dropped-again.rackwerk"));
    QVERIFY(drop(window.floorPlanView()->viewport(), { second }));
    QCOMPARE(window.planPath(), second);
}

void TestDesktopHabits::f1OpensTheReadme()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.helpAction()->shortcut(), QKeySequence(Qt::Key_F1));
    QVERIFY(!window.helpDialog());
    QTest::keyClick(&window, Qt::Key_F1);
    HelpDialog *help = window.helpDialog();
    QVERIFY(help);
    QVERIFY(QTest::qWaitForWindowExposed(help));
    QCOMPARE(help->browser()->source(), HelpDialog::readmeUrl());
    const QString text = help->browser()->toPlainText();
    QVERIFY2(text.startsWith(QStringLiteral("Rackwerk")), qPrintable(text.left(200)));
    QVERIFY2(text.contains(QStringLiteral("scripts/dev.sh test")), qPrintable(text.left(2000)));
    // The documents the README links to are bundled too.
    QVERIFY(QFile::exists(QStringLiteral(":/rackwerk/help/docs/plan-json.md")));
    QVERIFY(QFile::exists(QStringLiteral(":/rackwerk/help/docs/screenshot-en.png")));
    help->browser()->setSource(QUrl(QStringLiteral("docs/plan-json.md")), QTextDocument::MarkdownResource);
    QVERIFY2(help->browser()->toPlainText().size() > 1000, qPrintable(help->browser()->toPlainText().left(200)));

    QVERIFY(Language::apply(QStringLiteral("de")));
    QTRY_COMPARE(help->windowTitle(), QStringLiteral("Rackwerk-Hilfe"));  // at the language change event
}

void TestDesktopHabits::aboutListsTheLicences()
{
    const QString version = QString::fromLatin1(buildinfo::versionLine());
    const QString english = AboutDialog::html(QStringLiteral("CPU engine"));
    for (const QString &expected : { version, QStringLiteral("GPL-3.0-or-later"), QStringLiteral("Qt Charts"),
             QStringLiteral("SQLite"), QStringLiteral("Boost.Graph"), QStringLiteral("dxflib"),
             QStringLiteral("Qt SVG"), QStringLiteral("Qt PDF (with PDFium)"), QStringLiteral("DejaVu Sans"),
             QStringLiteral("Components of this build"), QStringLiteral("NOTICE.md") })
        QVERIFY2(english.contains(expected), qPrintable(expected + QStringLiteral(" missing in ") + english));
    // The CUDA runtime is listed exactly when this build has the CUDA engine.
    const bool cuda = !QString::fromLatin1(buildinfo::cudaRuntimeVersion()).isEmpty();
    QCOMPARE(english.contains(QStringLiteral("cudart_static")), cuda);

    {
        AboutDialog dialog(QStringLiteral("CPU engine"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        keepPicture(&dialog, QStringLiteral("about-en"));
    }
    QVERIFY(Language::apply(QStringLiteral("de")));
    const QString german = AboutDialog::html(QStringLiteral("CPU-Engine"));
    QVERIFY2(german.contains(QStringLiteral("Komponenten dieses Builds")), qPrintable(german));
    QVERIFY2(german.contains(QStringLiteral("GNU General Public License")), qPrintable(german));
    QVERIFY2(german.contains(QStringLiteral("Diagramme der Prognosen")), qPrintable(german));
    AboutDialog dialog(QStringLiteral("CPU-Engine"));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Über Rackwerk"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    keepPicture(&dialog, QStringLiteral("about-de"));
}

void TestDesktopHabits::helpAndVersionWithoutDisplay()
{
    const ProgramRun help = runGui({ QStringLiteral("--help") });
    QVERIFY2(help.exitCode == 0, qPrintable(help.err));
    QVERIFY2(help.out.contains(QStringLiteral("--read-only")), qPrintable(help.out));
    const ProgramRun version = runGui({ QStringLiteral("--version") });
    QVERIFY2(version.exitCode == 0, qPrintable(version.err));
    QCOMPARE(version.out.trimmed(), QStringLiteral("rackwerk %1").arg(QLatin1String(buildinfo::versionLine())));
}

QTEST_MAIN(TestDesktopHabits)
#include "tst_desktophabits.moc"
