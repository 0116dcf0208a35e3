// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cutover::cli {

class Console;

/** Whether `name` is a subcommand (or --help, --version). */
bool isCommand(const QString &name);
/**
 * Whether main() runs the command line for a first argument `first` instead of opening the
 * desktop: a subcommand, and also anything that is neither empty, nor an option for Qt
 * ("-style ..."), nor an existing file, so that `cutover-planner frobnicate x` is a usage error
 * (exit 2, "unknown command") rather than a desktop window (which headless never ends).
 */
bool runsHeadless(const QString &first);
/** Whether the subcommand paints (charts, PDF) and so needs a QApplication (Qt Charts). */
bool commandNeedsGui(const QString &name);

/**
 * Runs a subcommand. `arguments` are the process arguments: [program, command, args...],
 * or [program, "--help"|"--version"]. Returns the process exit code.
 */
int run(const QStringList &arguments, Console &console);
int run(const QStringList &arguments);

} // namespace cutover::cli
