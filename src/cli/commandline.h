// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

namespace cutover::cli {

class Console;

/**
 * Parses a subcommand's arguments with `--help` support and without QCommandLineParser's
 * process() (which would exit the process). Returns an exit code when the command should stop
 * here (help printed: 0; bad usage reported on stderr: 2), nullopt when it should run.
 */
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &args, Console &console,
                                    const QString &synopsis, qsizetype minPositional, qsizetype maxPositional);

} // namespace cutover::cli
