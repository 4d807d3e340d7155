// SPDX-License-Identifier: GPL-3.0-or-later
#include "../common/testplans.h"

#include "demo/demoplan.h"
#include "floorplan/floorplanscene.h"
#include "floorplan/rackitem.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "panels/summarypanel.h"
#include "store/planstore.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QGraphicsItem>
#include <QImage>
#include <QMessageBox>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <set>

#ifndef RW_GUI_PATH
#error "RW_GUI_PATH must name the rackwerk executable (a string literal)"
#endif

using namespace rw;
using namespace rwtest;

namespace {

/// Answers every modal message box while it lives (QMessageBox::critical blocks in exec()), and keeps
/// what they said: a test can then check that the user was told.
class MessageBoxAnswerer : public QObject {
public:
    MessageBoxAnswerer()
    {
        connect(&mTimer, &QTimer::timeout, this, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                texts << box->text();
                box->reject();
            }
        });
        mTimer.start(20);
    }
    QStringList texts;

private:
    QTimer mTimer;
};

int rackItemCount(const FloorPlanScene *scene)
{
    const auto items = scene->items();
    return int(std::count_if(
        items.begin(), items.end(), [](const QGraphicsItem *item) { return item->type() == RackItem::kType; }));
}

QAction *actionWithShortcut(const QWidget &window, QKeySequence::StandardKey key)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (!action->shortcut().isEmpty() && action->shortcut() == QKeySequence(key))
            return action;
    }
    return nullptr;
}

QAction *actionWithText(const QWidget &window, const QString &text)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

QAction *languageAction(const QWidget &window, const QString &code)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->isCheckable() && action->data().toString() == code)
            return action;
    }
    return nullptr;
}

/// Distinct colours on a coarse grid: a blank or black grab has one or two.
int distinctColours(const QImage &image)
{
    std::set<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    return int(colours.size());
}

}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void openDemo();
    void numbersFollowTheLanguage();
    void languageMenu();
    void corruptFileKeepsThePlan();
    void readOnlyDisablesEditing();
    void screenshot_data();
    void screenshot();

private:
    QTemporaryDir mDir;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(mDir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("Rackwerk"));
    QCoreApplication::setApplicationName(QStringLiteral("Rackwerk"));
}

void TestMainWindow::init()
{
    QVERIFY(Language::apply(QStringLiteral("en")));
}

void TestMainWindow::openDemo()
{
    MainWindow window;
    window.show();
    window.openDemo();

    // 1,100 DGX B200 x 8 + 150 RTX PRO servers x 8 GPUs, written the English way.
    QTRY_COMPARE(window.summaryPanel()->value(QStringLiteral("gpus")), QStringLiteral("10,000"));
    QCOMPARE(window.summaryPanel()->value(QStringLiteral("racks")), QStringLiteral("360"));
    QCOMPARE(window.summaryPanel()->value(QStringLiteral("halls")), QStringLiteral("1"));

    // The floor plan shows every rack of the hall once: 2 blocks x 10 rows x 18 racks.
    QTRY_COMPARE(rackItemCount(window.floorPlanScene()), 360);
    std::set<Id> shown;
    for (const QGraphicsItem *item : window.floorPlanScene()->items()) {
        if (item->type() == RackItem::kType) {
            const Id rackId = static_cast<const RackItem *>(item)->rackId();
            QVERIFY(window.plan().find<Rack>(rackId));
            QVERIFY(shown.insert(rackId).second);
        }
    }

    // Opening is no edit: nothing to undo, nothing unsaved.
    QVERIFY(window.undoStack().isClean());
    QCOMPARE(window.undoStack().count(), 0);
    QVERIFY(!window.isWindowModified());
    QVERIFY(!window.isReadOnly());

    Plan demo;
    buildDemoPlan(demo);
    QCOMPARE(planDifference(window.plan(), demo), QString());
}

void TestMainWindow::numbersFollowTheLanguage()
{
    MainWindow window;
    window.show();
    window.openDemo();
    QTRY_COMPARE(window.summaryPanel()->value(QStringLiteral("gpus")), QStringLiteral("10,000"));

    // Language::apply installs the translator; Qt sends LanguageChange to the widgets, and the panel
    // formats its numbers again for the new default locale.
    QVERIFY(Language::apply(QStringLiteral("de")));
    QTRY_COMPARE(window.summaryPanel()->value(QStringLiteral("gpus")), QStringLiteral("10.000"));
    QVERIFY(Language::apply(QStringLiteral("en")));
    QTRY_COMPARE(window.summaryPanel()->value(QStringLiteral("gpus")), QStringLiteral("10,000"));
}

void TestMainWindow::languageMenu()
{
    MainWindow window;
    window.show();
    window.openDemo();
    QAction *german = languageAction(window, QStringLiteral("de"));
    QAction *english = languageAction(window, QStringLiteral("en"));
    QVERIFY(german && english);
    QVERIFY(english->isChecked());

    german->trigger();
    QCOMPARE(Language::current(), QStringLiteral("de"));
    QVERIFY(german->isChecked() && !english->isChecked());
    QTRY_COMPARE(window.summaryPanel()->value(QStringLiteral("gpus")), QStringLiteral("10.000"));
    // Changing the language is no edit either.
    QVERIFY(window.undoStack().isClean());

    english->trigger();
    QTRY_COMPARE(window.summaryPanel()->value(QStringLiteral("gpus")), QStringLiteral("10,000"));
    QVERIFY(english->isChecked() && !german->isChecked());
}

void TestMainWindow::corruptFileKeepsThePlan()
{
    const QString corrupt = mDir.filePath(QStringLiteral("corrupt.rackwerk"));
    QFile file(corrupt);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("SQLite format 3\0", 16) + QByteArray(8192, '\x5a'));
    file.close();

    MainWindow window;
    window.show();
    window.openDemo();
    Plan demo;
    buildDemoPlan(demo);

    bool opened = true;
    {
        MessageBoxAnswerer answerer;
        opened = window.openPlan(corrupt, false);
        // The reason was shown to the user, naming the file.
        QCOMPARE(answerer.texts.size(), 1);
        QVERIFY2(
            answerer.texts.first().contains(QLatin1String("corrupt.rackwerk")), qPrintable(answerer.texts.first()));
    }
    QVERIFY(!opened);
    QCOMPARE(planDifference(window.plan(), demo), QString());
    QVERIFY(window.undoStack().isClean());
    QVERIFY(!window.isReadOnly());
    QTRY_COMPARE(window.summaryPanel()->value(QStringLiteral("gpus")), QStringLiteral("10,000"));

    // A file that is not there at all: the same.
    {
        MessageBoxAnswerer answerer;
        QVERIFY(!window.openPlan(mDir.filePath(QStringLiteral("missing.rackwerk")), true));
        QCOMPARE(answerer.texts.size(), 1);
    }
    QCOMPARE(planDifference(window.plan(), demo), QString());
    QVERIFY(!window.isReadOnly());  // a failed read-only open does not make the current plan read-only
}

void TestMainWindow::readOnlyDisablesEditing()
{
    Plan small;
    buildSmallPlan(small);
    const QString path = mDir.filePath(QStringLiteral("small.rackwerk"));
    const SaveReport saved = PlanStore::save(small, path);
    QVERIFY2(saved.ok, qPrintable(saved.error));

    MainWindow window;
    window.show();
    window.openDemo();
    QAction *save = actionWithShortcut(window, QKeySequence::Save);
    QAction *undo = actionWithShortcut(window, QKeySequence::Undo);
    QAction *importJson = actionWithText(window, QStringLiteral("&Import JSON..."));
    QVERIFY(save && undo && importJson);
    QVERIFY(save->isEnabled());
    QVERIFY(importJson->isEnabled());

    QVERIFY(window.openPlan(path, true));
    QVERIFY(window.isReadOnly());
    QCOMPARE(planDifference(window.plan(), small), QString());
    QTRY_COMPARE(window.summaryPanel()->value(QStringLiteral("gpus")), QStringLiteral("12"));  // 3 servers x 4
    QVERIFY(!save->isEnabled());
    QVERIFY(!importJson->isEnabled());
    QVERIFY(!undo->isEnabled());
    QVERIFY(window.windowTitle().contains(QLatin1String("small.rackwerk")));

    // Opened again for editing, everything is back.
    QVERIFY(window.openPlan(path, false));
    QVERIFY(!window.isReadOnly());
    QVERIFY(save->isEnabled());
    QVERIFY(importJson->isEnabled());
}

void TestMainWindow::screenshot_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
}

void TestMainWindow::screenshot()
{
    QFETCH(QString, language);
    const QString png = mDir.filePath(QStringLiteral("screenshot-%1.png").arg(language));

    QProcess gui;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    gui.setProcessEnvironment(environment);
    gui.start(QStringLiteral(RW_GUI_PATH), { QStringLiteral("--lang"), language, QStringLiteral("--screenshot"), png });
    QVERIFY2(gui.waitForFinished(120000), qPrintable(gui.errorString()));
    QCOMPARE(gui.exitStatus(), QProcess::NormalExit);
    QVERIFY2(gui.exitCode() == 0, gui.readAllStandardError().constData());

    QVERIFY(QFileInfo(png).size() > 0);
    QImage image;
    QVERIFY(image.load(png, "PNG"));
    // The main window opens at 1440 x 900 (device pixel ratio 1 offscreen).
    QVERIFY2(std::abs(image.width() - 1440) <= 72 && std::abs(image.height() - 900) <= 45,
        qPrintable(QStringLiteral("%1 x %2").arg(image.width()).arg(image.height())));
    QVERIFY2(distinctColours(image) >= 10, "the screenshot is nearly blank");

    // The two languages give two different pictures (menus and panels are translated).
    if (language == QLatin1String("de")) {
        QImage english;
        QVERIFY(english.load(mDir.filePath(QStringLiteral("screenshot-en.png")), "PNG"));
        QVERIFY(english != image);
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
