#include "i18n/language.h"
#include "mainwindow.h"
#include "store/planstore.h"
#include "thermal/thermalpanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Rackwerk"));
    QCoreApplication::setApplicationName(QStringLiteral("Rackwerk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RW_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Rackwerk: capacity planner for AI data halls"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("plan"), QStringLiteral("Plan file (.rackwerk) to open"));
    const QCommandLineOption readOnly(QStringLiteral("read-only"), QStringLiteral("Open the plan for review only"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("User interface language: de or en"),
                                  QStringLiteral("code"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the main window to a PNG file and exit"),
                                        QStringLiteral("file"));
    const QCommandLineOption thermalCell(QStringLiteral("thermal-cell"),
        QStringLiteral("With --screenshot: run the thermal projection at this cell "
                       "size (m) first and show its dock"),
        QStringLiteral("metres"));
    const QCommandLineOption demo(QStringLiteral("demo"),
        QStringLiteral("Open the bundled demo plan (as an unsaved copy) instead of the start page"));
    parser.addOptions({ readOnly, lang, screenshot, thermalCell, demo });
    parser.process(app);

    const QString code = parser.isSet(lang)
        ? parser.value(lang)
        : QSettings().value(QStringLiteral("language"), rw::Language::systemDefault()).toString();
    if (!rw::Language::apply(code)) {
        fprintf(stderr, "rackwerk: unknown language \"%s\"; use de or en\n", qPrintable(code));
        return 2;
    }

    rw::MainWindow window;
    const QStringList plans = parser.positionalArguments();
    // Without a plan the window shows its start page: new plan, open, recent plans, the demo.
    if (parser.isSet(demo))
        window.openDemo();
    else if (!plans.isEmpty() && !window.openPlan(plans.first(), parser.isSet(readOnly)) && parser.isSet(screenshot))
        return 2;

    if (parser.isSet(screenshot)) {
        window.show();
        auto grab = [&window, &parser, &screenshot] {
            const bool ok = window.grab().save(parser.value(screenshot), "PNG");
            QCoreApplication::exit(ok ? 0 : 1);
        };
        if (parser.isSet(thermalCell)) {
            rw::ThermalPanel *thermal = window.thermalPanel();
            thermal->setCellM(parser.value(thermalCell).toDouble());
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
