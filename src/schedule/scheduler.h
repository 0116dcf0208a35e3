// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace cutover {

/** Earliest/latest start and finish of one task, in minutes since Plan::start. */
struct TaskTiming
{
    double es = 0, ef = 0, ls = 0, lf = 0, totalFloat = 0;
    bool critical = false;
    friend bool operator==(const TaskTiming &, const TaskTiming &) = default;
};

/**
 * The deterministic (critical path method) schedule of a plan at its likely durations.
 * All times are minutes since Plan::start; use toDateTime() for wall-clock times.
 */
struct Schedule
{
    QList<TaskTiming> tasks;               ///< parallel to Plan::tasks
    double finish = 0;                     ///< max EF (0 for an empty plan)
    QStringList criticalPath;              ///< ids in order: zero-float tasks linked by driving dependencies
    std::optional<double> freezeStart;     ///< ES of the task marked freeze-start
    std::optional<double> trafficSwitched; ///< EF of the task marked traffic-switched
    std::optional<double> downtime;        ///< trafficSwitched - freezeStart
    std::optional<bool> fitsWindow;        ///< nullopt without a valid window, start or the two marks
    QList<TaskTiming> rollbackTasks;       ///< parallel to Plan::rollbackTasks, scheduled alone from zero
    double rollbackDuration = 0;           ///< finish of the rollback graph
    QDateTime rollbackDeadline;            ///< window.end - rollbackDuration; invalid without a window

    /** The wall-clock time `minutes` after the plan's start, in the plan's time zone. */
    QDateTime toDateTime(const Plan &plan, double minutes) const;
};

/** `minutes` after plan.start, shown in plan.timezone (or the start's own offset if unknown). */
QDateTime scheduleTimeToDateTime(const Plan &plan, double minutes);

/**
 * Critical path method exactly as spec/plan-format.md defines it.
 *
 * Forward pass: ES = max(0, notBefore, FS: EF_p+L, SS: ES_p+L, FF: EF_p+L-d, SF: ES_p+L-d).
 * Backward pass, its exact mirror: LF = min(Finish, FS: LS_s-L, SS: LS_s-L+d, FF: LF_s-L,
 * SF: LF_s-L+d), LS = LF - d. The cap LF <= Finish applies to every task (the mirror of
 * ES >= 0), not only to tasks without successors: a long task that only feeds an SS link
 * still may not finish after the plan does.
 *
 * Float = LS - ES, and is never negative: the early schedule satisfies every constraint the
 * backward pass enforces. Lower bounds (0 and notBefore) have no mirror in the backward pass,
 * so a task whose ES is pinned by notBefore (or by 0 where a negative lag or FF/SF would pull
 * it earlier) gets float measured against the finish only; if it lies on the longest path it
 * is critical, and the critical path then starts at that pinned task. Floats within 1e-9
 * minutes of zero are reported as exactly 0 and mark the task critical.
 *
 * The critical path ends at the last (in topological order) critical task that finishes at
 * Finish and walks back through driving dependencies (the predecessor link whose constraint
 * equals ES, the first such link in Task::after order) while the predecessor is critical.
 *
 * Cheap enough for every edit: compiling and both passes are linear in tasks + links.
 */
class Scheduler
{
    Q_DECLARE_TR_FUNCTIONS(Scheduler)
public:
    /** Errors: unknown predecessors, bad durations/lags, and cycles (naming every task on them). */
    static Result<Schedule> schedule(const Plan &plan);
    /** Every dependency cycle of the runbook, then of the rollback plan (see CompiledGraph::findCycles). */
    static QList<QStringList> findCycles(const Plan &plan);
};

} // namespace cutover
