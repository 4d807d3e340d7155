#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace rw::cli {

/// Exit codes of rackwerk-cli.
enum ExitCode { kOk = 0, kFailed = 1, kBadInput = 2 };

/// Runs one rackwerk-cli command line (without the program name). Results go to out, the one-line
/// reason for a failure to err.
class CliCommands {
    Q_DECLARE_TR_FUNCTIONS(rw::CliCommands)
public:
    CliCommands(QTextStream &out, QTextStream &err) : mOut(out), mErr(err) {}
    int run(QStringList args);

private:
    int info(const QStringList &args);
    int exportJson(const QStringList &args);
    int importJson(const QStringList &args);
    int validate(const QStringList &args);
    int demo(const QStringList &args);
    int engines(const QStringList &args);
    int budget(const QStringList &args);
    int contingency(const QStringList &args);
    int capacity(const QStringList &args);
    int thermal(const QStringList &args);
    int usage(const QString &problem = {});
    int fail(int code, const QString &reason);

    QTextStream &mOut;
    QTextStream &mErr;
};

}  // namespace rw::cli
