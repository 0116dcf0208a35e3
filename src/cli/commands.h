// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cutover::cli {

class Console;

/**
 * Each subcommand is one function in its own file (cmd_<name>.cpp). `args` start with the
 * program name followed by the command name, as QCommandLineParser::process expects.
 */
using CommandFunction = int (*)(const QStringList &args, Console &console);

struct CommandInfo
{
    const char *name;
    const char *summary;   ///< one line for the top-level --help (translated at use)
    CommandFunction run;
    bool needsGui;
};

/** The table of subcommands, in the order --help lists them. */
const QList<CommandInfo> &commands();

} // namespace cutover::cli
