// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace cutover {

/**
 * Reads a whole Plan from a current-version schema. Every stored value is checked (enum
 * spellings, times, series chunk sizes and hashes); the error's path names the place, e.g.
 * "tasks[12].kind" or "series[0].chunk[3]".
 */
class PlanReader
{
    Q_DECLARE_TR_FUNCTIONS(PlanReader)
public:
    static Result<Plan> readPlan(const QSqlDatabase &db);
};

} // namespace cutover
