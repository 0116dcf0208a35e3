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

/** The exit code runProgram() reports for a process it had to kill after `timeoutMs`. */
constexpr int kCliHung = -2;

/**
 * Runs the real `cutover-planner` binary (as built) with ARGS, stdin closed, and waits at most
 * `timeoutMs`: a hang guard (the process is killed, code kCliHung), not a timing assertion.
 */
CliOutcome runProgram(const QStringList &args, int timeoutMs = 60000);

} // namespace cutover
