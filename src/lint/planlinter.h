// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"
#include "model/planvalidation.h"
#include "schedule/scheduler.h"

#include <QCoreApplication>
#include <QList>

namespace cutover {

/**
 * The `check` lints (docs/check.md): PlanValidator's invariants, dependency cycles, missing
 * marks, tasks without owner, estimates out of order, criteria without data, and the write
 * freeze against the maintenance window per the deterministic schedule. Each finding has a
 * severity, a stable code, the ids it concerns and a one-line message.
 */
class PlanLinter
{
    Q_DECLARE_TR_FUNCTIONS(PlanLinter)
public:
    static QList<PlanIssue> lint(const Plan &plan);
    /**
     * The same findings, from a deterministic schedule of `plan` already computed (the plan
     * analysis has one): not scheduled again, and a schedule that succeeded proves there is no
     * cycle, so none is searched for. `schedule` must be Scheduler::schedule(plan).
     */
    static QList<PlanIssue> lint(const Plan &plan, const Result<Schedule> &schedule);

    static qsizetype count(const QList<PlanIssue> &findings, PlanIssue::Severity severity);
    /** What the ids name, for a report line: `task "a"`, `tasks "a", "b"`, `criterion "lag"`. */
    static QString subject(const PlanIssue &finding, const Plan &plan);
    /** subject() of every finding, in one pass (linear in the plan and the ids); at most
        PlanLimits::idsShown ids each, then "… and N more". */
    static QStringList subjects(const QList<PlanIssue> &findings, const Plan &plan);

private:
    static QList<PlanIssue> lintWith(const Plan &plan, const Result<Schedule> *known);
};

} // namespace cutover
