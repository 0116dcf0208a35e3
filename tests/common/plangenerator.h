// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

namespace cutover {

/** What generatePlan() builds; the same options always give the same plan. */
struct PlanGeneratorOptions
{
    int tasks = 100;             ///< runbook tasks, spread over the six template phases
    quint32 seed = 1;
    qint64 seriesPoints = 0;     ///< total points over all series (0: no series)
    int seriesCount = 4;         ///< how many series share seriesPoints
    int rollbackTasks = 6;
    int validationRows = 24;
    /**
     * Hostile values for round-trip tests: every double the model allows in each field (-0,
     * subnormals, the largest and smallest doubles, infinities and NaN where allowed, random bit
     * patterns), odd strings (quotes, backslashes, control characters, non-BMP text, empty),
     * every enum value, odd time offsets and milliseconds. The structure stays valid.
     */
    bool hostile = false;
};

/**
 * A large, realistic plan: tasks in the six phases of an online migration, 1-3 predecessors
 * each (all dependency types, positive and negative lags), three-point and single-point
 * estimates, milestones and gates with decisions, the freeze-start and traffic-switched marks,
 * a rollback graph, criteria of every kind, readiness items, hypercare, validation results and
 * optionally series with NaN gaps every 997th point. Every predecessor is an earlier task, so
 * the graph has no cycle.
 */
Plan generatePlan(const PlanGeneratorOptions &options);

} // namespace cutover
