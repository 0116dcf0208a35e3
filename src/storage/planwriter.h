// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace cutover {

/** Inserts a whole Plan into an empty, current-version schema with prepared statements. */
class PlanWriter
{
    Q_DECLARE_TR_FUNCTIONS(PlanWriter)
public:
    /** Runs inside the caller's transaction; the error says which part could not be stored. */
    static Status insertPlan(const QSqlDatabase &db, const Plan &plan);
};

} // namespace cutover
