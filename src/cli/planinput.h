// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"
#include "model/result.h"

#include <QString>

namespace cutover::cli {

class Console;

/** How much readPlan() checks a JSON plan before handing it over. */
enum class PlanChecks {
    Full,          ///< types, shapes and the plan's invariants (first problem is an error)
    StructureOnly, ///< types and shapes only; `check` reports the rest as findings
};

/** Reads a plan from a .cutover (via PlanFile::read) or .json file, detected by content; prints
    JSON warnings to the console; errors are one line naming the file. */
Result<Plan> readPlan(const QString &path, Console &console, PlanChecks checks = PlanChecks::Full);

/** Whether `path` names a file type writePlan() can write (.cutover or .json, any case). */
bool isWritablePlanPath(const QString &path);

/** Writes a .cutover (PlanFile::write) or .json plan, chosen by extension; never half-written. */
Status writePlan(const Plan &plan, const QString &path);

} // namespace cutover::cli
