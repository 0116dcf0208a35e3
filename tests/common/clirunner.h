// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace cutover {

/** What a subcommand run in-process returned and printed. */
struct CliOutcome
{
    int code = -1;
    QString out;
    QString err;
};

/** Runs `cutover-planner ARGS...` in this process with stdout and stderr captured. */
CliOutcome runCli(const QStringList &args);

} // namespace cutover
