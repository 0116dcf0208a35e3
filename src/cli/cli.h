// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cutover::cli {

class Console;

/** Whether `name` is a subcommand (so main() runs headless instead of opening the GUI). */
bool isCommand(const QString &name);
/** Whether the subcommand paints (charts, PDF) and so needs a QGuiApplication. */
bool commandNeedsGui(const QString &name);

/**
 * Runs a subcommand. `arguments` are the process arguments: [program, command, args...],
 * or [program, "--help"|"--version"]. Returns the process exit code.
 */
int run(const QStringList &arguments, Console &console);
int run(const QStringList &arguments);

} // namespace cutover::cli
