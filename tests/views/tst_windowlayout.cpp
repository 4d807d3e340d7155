// SPDX-License-Identifier: GPL-3.0-or-later
// The window on a 1600 x 1000 screen: with every dock open (the load projection and the review checks
// too) it does not grow past the screen, no dock is squeezed below its minimum, the floor plan keeps
// room, and the floor-plan tools and their options are all in sight, none in a toolbar's overflow.
// RW_SCREENSHOT_DIR: saves the window with every dock open.
#include "floorplan/floorplantoolbar.h"
#include "floorplan/floorplanview.h"
#include "i18n/language.h"
#include "mainwindow.h"

#include <QAction>
#include <QDockWidget>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

using namespace rw;

namespace {

constexpr int kScreenWidth = 1600;
constexpr int kScreenHeight = 1000;

/// Every action of the bar has its widget in sight, and the overflow button is hidden.
QString hiddenInOverflow(QToolBar *bar)
{
    QStringList hidden;
    for (QAction *action : bar->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        QWidget *widget = bar->widgetForAction(action);
        if (!widget || !widget->isVisible() || !bar->rect().contains(widget->geometry()))
            hidden << (action->text().isEmpty() ? (widget ? widget->objectName() : QStringLiteral("?"))
                                                : action->text());
    }
    for (QToolButton *button : bar->findChildren<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"))) {
        if (button->isVisible())
            hidden << QStringLiteral("(overflow button shown)");
    }
    return hidden.join(QStringLiteral(", "));
}

}  // namespace

class TestWindowLayout : public QObject {
    Q_OBJECT
private slots:
    void everyDockOpenFitsTheScreen_data();
    void everyDockOpenFitsTheScreen();
};

void TestWindowLayout::everyDockOpenFitsTheScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
}

void TestWindowLayout::everyDockOpenFitsTheScreen()
{
    QFETCH(QString, language);
    QVERIFY(Language::apply(language));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openDemo();
    const QSize opened = window.frameGeometry().size();
    QVERIFY(opened.width() <= kScreenWidth && opened.height() <= kScreenHeight);

    // Open every dock as a user does, from the View menu (the load projection, the review checks...).
    const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
    QVERIFY(docks.size() >= 10);
    for (QDockWidget *dock : docks) {
        if (!dock->toggleViewAction()->isChecked())
            dock->toggleViewAction()->trigger();
    }
    QTest::qWait(200);
    for (QDockWidget *dock : docks)
        QVERIFY2(!dock->isHidden(), qPrintable(dock->objectName()));

    const QSize frame = window.frameGeometry().size();
    QVERIFY2(frame.width() <= kScreenWidth && frame.height() <= kScreenHeight,
        qPrintable(QStringLiteral("the window grew to %1 x %2").arg(frame.width()).arg(frame.height())));
    const QSize least = window.minimumSizeHint();
    QVERIFY2(least.width() <= kScreenWidth && least.height() <= kScreenHeight,
        qPrintable(QStringLiteral("the window needs %1 x %2").arg(least.width()).arg(least.height())));

    // Each dock on screen keeps its minimum; tabbed docks behind the one in front are checked when raised.
    for (QDockWidget *dock : docks) {
        dock->raise();
        QTest::qWait(20);
        const Qt::DockWidgetArea area = window.dockWidgetArea(dock);
        const QString where
            = QStringLiteral("%1: %2 x %3").arg(dock->objectName()).arg(dock->width()).arg(dock->height());
        QVERIFY2(dock->isVisible(), qPrintable(where));
        QVERIFY2(dock->width() >= dock->minimumSizeHint().width() && dock->height() >= dock->minimumSizeHint().height(),
            qPrintable(where));
        if (area == Qt::BottomDockWidgetArea)
            QVERIFY2(dock->height() >= MainWindow::kMinBottomDockHeight, qPrintable(where));
        else
            QVERIFY2(dock->width() >= MainWindow::kMinSideDockWidth, qPrintable(where));
    }
    const QSize plan = window.floorPlanView()->size();
    QVERIFY2(plan.width() >= 400 && plan.height() >= 250,
        qPrintable(QStringLiteral("floor plan %1 x %2").arg(plan.width()).arg(plan.height())));

    // At the screen's width the floor-plan tools and their options are all reachable.
    window.resize(kScreenWidth, kScreenHeight);
    QTest::qWait(50);
    FloorPlanToolBar *tools = window.floorPlanToolBar();
    QCOMPARE(hiddenInOverflow(tools), QString());
    QCOMPARE(hiddenInOverflow(tools->optionsBar()), QString());

    if (const QByteArray dir = qgetenv("RW_SCREENSHOT_DIR"); !dir.isEmpty()) {
        window.resize(kScreenWidth, kScreenHeight);
        QTest::qWait(100);
        QVERIFY(window.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/all-docks-%1.png").arg(language)));
    }
    QVERIFY(Language::apply(QStringLiteral("en")));
}

QTEST_MAIN(TestWindowLayout)
#include "tst_windowlayout.moc"
