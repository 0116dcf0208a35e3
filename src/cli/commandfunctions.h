// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace cutover::cli {

class Console;

// One function per subcommand, each in its own cmd_<name>.cpp.
int cmdNew(const QStringList &args, Console &console);
int cmdConvert(const QStringList &args, Console &console);
int cmdCheck(const QStringList &args, Console &console);
int cmdSchedule(const QStringList &args, Console &console);
int cmdSimulate(const QStringList &args, Console &console);
int cmdImport(const QStringList &args, Console &console);
int cmdCriteria(const QStringList &args, Console &console);
int cmdForecast(const QStringList &args, Console &console);
int cmdChart(const QStringList &args, Console &console);
int cmdReport(const QStringList &args, Console &console);
int cmdBaseline(const QStringList &args, Console &console);
int cmdDiff(const QStringList &args, Console &console);

} // namespace cutover::cli
