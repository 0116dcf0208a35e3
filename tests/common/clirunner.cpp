// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "cli/cli.h"
#include "cli/console.h"

#include <QBuffer>
#include <QProcess>

namespace cutover {

CliOutcome runCli(const QStringList &args)
{
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CliOutcome outcome;
    {
        cli::Console console(&out, &err);
        outcome.code = cli::run(QStringList{QStringLiteral("cutover-planner")} + args, console);
        console.out().flush();
        console.err().flush();
    }
    outcome.out = QString::fromUtf8(out.data());
    outcome.err = QString::fromUtf8(err.data());
    return outcome;
}

CliOutcome runProgram(const QStringList &args, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(CUTOVER_PLANNER_BINARY), args);
    CliOutcome outcome;
    if (!process.waitForStarted(timeoutMs)) {
        outcome.err = process.errorString();
        return outcome;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(-1);
        outcome.code = kCliHung;
    } else {
        outcome.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

} // namespace cutover
