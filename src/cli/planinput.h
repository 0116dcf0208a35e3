// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"
#include "model/result.h"
#include "workbench/planio.h"

#include <QString>

namespace cutover::cli {

class Console;

/** Reads a plan from a .cutover or .json file, detected by content (PlanIo::open); prints JSON
    warnings to the console; errors are one line naming the file. */
Result<Plan> readPlan(const QString &path, Console &console, PlanChecks checks = PlanChecks::Full);

/** Whether `path` names a file type writePlan() can write (.cutover or .json, any case). */
bool isWritablePlanPath(const QString &path);

/** Writes a .cutover or .json plan, chosen by extension, never half-written, as a command-line
    writer: it waits for another writer of the plan (saying so on stderr) and refuses while the
    desktop has the plan open (PlanIo::commandLineOptions). */
Status writePlan(const Plan &plan, const QString &path, Console *console = nullptr);

/** The save options of every command that writes a plan, telling `console` (if any) when it waits. */
SaveOptions writerOptions(const QString &path, Console *console);

} // namespace cutover::cli
