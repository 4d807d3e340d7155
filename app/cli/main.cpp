// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "buildinfo/buildinfo.h"
#include "review/floorplanimage.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    // Only the report draws; it gets a GUI application, offscreen when there is no display, so that the
    // other commands keep running anywhere without one.
    std::unique_ptr<QCoreApplication> app;
    if (rw::cli::CliCommands::needsGui(args)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("rackwerk-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(rw::buildinfo::versionLine()));
    QTextStream out(stdout);
    QTextStream err(stderr);
    rw::cli::CliCommands commands(out, err);
    commands.setFloorPlanRenderer([](const rw::Plan &plan) { return rw::renderFloorPlans(plan); });
    return commands.run(QCoreApplication::arguments().mid(1));
}
