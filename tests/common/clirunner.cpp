// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirunner.h"

#include "cli/cli.h"
#include "cli/console.h"

#include <QBuffer>

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

} // namespace cutover
