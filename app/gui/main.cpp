// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildinfo/buildinfo.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "store/planstore.h"
#include "thermal/thermalpanel.h"
#include "windowsession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTimer>

#include <cstring>

namespace {

/// The command line of the GUI program; described once for --help and for the real run.
struct GuiOptions {
    QCommandLineOption readOnly { QStringLiteral("read-only"), QStringLiteral("Open the plan for review only") };
    QCommandLineOption lang { QStringLiteral("lang"), QStringLiteral("User interface language: de or en"),
        QStringLiteral("code") };
    QCommandLineOption screenshot { QStringLiteral("screenshot"),
        QStringLiteral("Render the main window to a PNG file and exit"), QStringLiteral("file") };
    QCommandLineOption thermalCell { QStringLiteral("thermal-cell"),
        QStringLiteral("With --screenshot: run the thermal projection at this cell size (m) first and show its dock"),
        QStringLiteral("metres") };
    QCommandLineOption demo { QStringLiteral("demo"),
        QStringLiteral("Open the bundled demo plan (as an unsaved copy) instead of the start page") };
    QCommandLineOption gigafactory { QStringLiteral("gigafactory"),
        QStringLiteral("Open the bundled gigafactory campus (as an unsaved copy) instead of the start page") };

    void describe(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QStringLiteral(
            "Rackwerk: capacity planner for AI data halls. Without a plan it reopens the plan the last session "
            "closed with, or shows the start page."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("plan"), QStringLiteral("Plan file (.rackwerk) to open"));
        parser.addOptions({ readOnly, lang, screenshot, thermalCell, demo, gigafactory });
    }
};

/// --help and --version print and exit; they must work without a display (help2man, a terminal over ssh).
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : { "-h", "--help", "-?", "--help-all", "-v", "--version" }) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Rackwerk"));
    QCoreApplication::setApplicationName(QStringLiteral("Rackwerk"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(rw::buildinfo::versionLine()));
    const GuiOptions options;
    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication console(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("rackwerk"));
        QCommandLineParser parser;
        options.describe(parser);
        parser.process(console);  // prints and exits with 0
        return 0;
    }

    QApplication app(argc, argv);
    // The desktop file and the icon the package installs (resources/desktop).
    QGuiApplication::setDesktopFileName(QStringLiteral("de.rackwerk.Rackwerk"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("de.rackwerk.Rackwerk")));
    QCommandLineParser parser;
    options.describe(parser);
    parser.process(app);

    const QString code = parser.isSet(options.lang)
        ? parser.value(options.lang)
        : QSettings().value(QStringLiteral("language"), rw::Language::systemDefault()).toString();
    if (!rw::Language::apply(code)) {
        fprintf(stderr, "rackwerk: unknown language \"%s\"; use de or en\n", qPrintable(code));
        return 2;
    }

    rw::MainWindow window;
    const bool screenshotRun = parser.isSet(options.screenshot);
    if (!screenshotRun)
        rw::WindowSession::restoreLayout(window);
    const QStringList plans = parser.positionalArguments();
    // Without a plan: the plan the last session closed with, else the start page (new plan, open, recent
    // plans, the demo). A screenshot shows the program as shipped, without an earlier session.
    if (parser.isSet(options.demo)) {
        window.openDemo();
    } else if (parser.isSet(options.gigafactory)) {
        window.openGigafactory();
    } else if (plans.isEmpty()) {
        if (!screenshotRun)
            rw::WindowSession::reopenLastPlan(window);
    } else if (!window.openPlan(plans.first(), parser.isSet(options.readOnly)) && screenshotRun) {
        return 2;
    }

    if (screenshotRun) {
        window.show();
        auto grab = [&window, &parser, &options] {
            const bool ok = window.grab().save(parser.value(options.screenshot), "PNG");
            QCoreApplication::exit(ok ? 0 : 1);
        };
        if (parser.isSet(options.thermalCell)) {
            rw::ThermalPanel *thermal = window.thermalPanel();
            thermal->setCellM(parser.value(options.thermalCell).toDouble());
            QObject::connect(thermal->runner(), &rw::ThermalRunner::finished, &window,
                [grab, thermal](bool ok, const QString &error) {
                    if (!ok)
                        fprintf(stderr, "rackwerk: %s\n", qPrintable(error));
                    fprintf(stderr, "rackwerk: %s\n", qPrintable(thermal->engineLine()));
                    QTimer::singleShot(300, grab);
                });
            thermal->runProjection();  // the cell size is given: no settings dialog
            if (!thermal->runner()->isRunning()) {
                fprintf(stderr, "rackwerk: %s\n", qPrintable(thermal->errorText()));
                QTimer::singleShot(300, &window, grab);
            }
            return app.exec();
        }
        QTimer::singleShot(300, &window, grab);
        return app.exec();
    }
    window.show();
    QTimer::singleShot(0, &window, &rw::MainWindow::offerRecovery);
    return app.exec();
}
