// SPDX-License-Identifier: GPL-3.0-or-later
#include "baselines.h"

namespace cutover {

BaselineFigures Baselines::figuresOf(const PlanAnalysis &analysis)
{
    return figuresOf(analysis.summary());
}

BaselineFigures Baselines::figuresOf(const PlanSummary &s)
{
    BaselineFigures f;
    if (s.scheduled)
        f.finish = s.finish;
    f.downtimeMinutes = s.downtime;
    if (s.simulationCurrent) {
        f.seed = s.seed;
        f.iterations = s.iterations;
        if (s.finishSimulated) {
            f.durationP50 = s.finishSimulated->p50;
            f.durationP80 = s.finishSimulated->p80;
            f.durationP95 = s.finishSimulated->p95;
        }
        if (s.downtimeSimulated) {
            f.downtimeP50 = s.downtimeSimulated->p50;
            f.downtimeP80 = s.downtimeSimulated->p80;
            f.downtimeP95 = s.downtimeSimulated->p95;
        }
        f.probabilityWithinWindow = s.probabilityWithinWindow;
        f.rollbackDeadlineP80 = s.deadlineP80;
    }
    return f;
}

Baseline Baselines::snapshot(const Plan &plan, const QString &name, const QString &note, const QString &by,
                             const QDateTime &at, const BaselineFigures &figures)
{
    Baseline b;
    b.name = name.trimmed();
    b.note = note;
    b.takenBy = by;
    b.takenAt = at;
    b.tasks = plan.tasks;
    b.rollbackTasks = plan.rollbackTasks;
    b.criteria = plan.criteria;
    for (QList<Task> *list : {&b.tasks, &b.rollbackTasks}) {
        for (Task &t : *list) {
            t.status = TaskStatus::NotStarted;
            t.actualStart = {};
            t.actualFinish = {};
        }
    }
    b.figures = figures;
    return b;
}

Status Baselines::add(Plan *plan, Baseline baseline)
{
    if (baseline.name.isEmpty())
        return Error(tr("a baseline needs a name"));
    if (plan->findBaseline(baseline.name))
        return Error(tr("the plan already has a baseline named \"%1\"").arg(baseline.name));
    plan->baselines.append(std::move(baseline));
    return Ok{};
}

Plan Baselines::planAt(const Plan &plan, const Baseline &baseline)
{
    Plan at = plan;
    at.tasks = baseline.tasks;
    at.rollbackTasks = baseline.rollbackTasks;
    at.criteria = baseline.criteria;
    at.decisions.clear();
    return at;
}

} // namespace cutover
