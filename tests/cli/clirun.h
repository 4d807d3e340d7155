// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// rackwerk-cli as a separate process, for the CLI suites: exit code, standard output and error.
#include <QProcess>
#include <QStringList>

#include <initializer_list>

#ifndef RW_CLI_PATH
#error "RW_CLI_PATH must name the rackwerk-cli executable (a string literal)"
#endif

namespace rwtest {

struct CliRun {
    int exitCode = -1;  ///< -1: the program did not finish normally within the time
    QString out;
    QString err;
};

/// Runs rackwerk-cli with `args` in `workingDirectory` (empty: the test's own) and waits up to `timeoutMs`.
inline CliRun runCli(const QStringList &args, const QString &workingDirectory = {}, int timeoutMs = 120000)
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(QStringLiteral(RW_CLI_PATH), args);
    CliRun r;
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        r.err = QStringLiteral("rackwerk-cli did not finish normally: ") + process.errorString();
        return r;
    }
    r.exitCode = process.exitCode();
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

inline QStringList words(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *word : list)
        result << QString::fromUtf8(word);
    return result;
}

}  // namespace rwtest
