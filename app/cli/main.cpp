#include "clicommands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rackwerk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RW_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    rw::cli::CliCommands commands(out, err);
    return commands.run(app.arguments().mid(1));
}
