// SPDX-License-Identifier: GPL-3.0-or-later
#include "planvalidation.h"

#include "enumnames.h"

#include <QHash>
#include <QSet>

namespace cutover {

namespace {

PlanIssue error(QString code, QString message, QStringList ids)
{
    return PlanIssue{PlanIssue::Severity::Error, std::move(code), std::move(message), std::move(ids)};
}

} // namespace

QList<PlanIssue> PlanValidator::validate(const Plan &plan)
{
    QList<PlanIssue> issues;

    QSet<QString> phaseIds;
    for (const Phase &phase : plan.phases) {
        if (phase.id.isEmpty())
            issues.append(error(QStringLiteral("empty-id"), tr("A phase has no id."), {}));
        else if (phaseIds.contains(phase.id))
            issues.append(error(QStringLiteral("duplicate-id"), tr("Phase id \"%1\" is used more than once.").arg(phase.id), {phase.id}));
        phaseIds.insert(phase.id);
    }

    // Which list each task id lives in: true = rollback plan.
    QHash<QString, bool> inRollback;
    inRollback.reserve(plan.tasks.size() + plan.rollbackTasks.size());
    auto collect = [&](const QList<Task> &tasks, bool rollback) {
        for (const Task &task : tasks) {
            if (task.id.isEmpty()) {
                issues.append(error(QStringLiteral("empty-id"), tr("Task \"%1\" has no id.").arg(task.name), {}));
                continue;
            }
            if (inRollback.contains(task.id)) {
                issues.append(error(QStringLiteral("duplicate-id"),
                                    tr("Task id \"%1\" is used more than once.").arg(task.id), {task.id}));
                continue;
            }
            inRollback.insert(task.id, rollback);
        }
    };
    collect(plan.tasks, false);
    collect(plan.rollbackTasks, true);

    auto checkTasks = [&](const QList<Task> &tasks, bool rollback) {
        for (const Task &task : tasks) {
            if (!rollback && !task.phase.isEmpty() && !phaseIds.contains(task.phase)) {
                issues.append(error(QStringLiteral("unknown-phase"),
                                    tr("Task \"%1\" is in unknown phase \"%2\".").arg(task.id, task.phase), {task.id}));
            }
            if (rollback && task.marks != Marks()) {
                issues.append(error(QStringLiteral("mark-on-rollback"),
                                    tr("Rollback task \"%1\" carries a mark; marks belong to runbook tasks.").arg(task.id),
                                    {task.id}));
            }
            for (const Dependency &dep : task.after) {
                if (dep.task == task.id) {
                    issues.append(error(QStringLiteral("self-dependency"),
                                        tr("Task \"%1\" depends on itself.").arg(task.id), {task.id}));
                    continue;
                }
                const auto it = inRollback.constFind(dep.task);
                if (it == inRollback.cend()) {
                    issues.append(error(QStringLiteral("unknown-predecessor"),
                                        tr("Task \"%1\" waits on unknown task \"%2\".").arg(task.id, dep.task),
                                        {task.id, dep.task}));
                } else if (*it != rollback) {
                    issues.append(error(QStringLiteral("cross-plan-dependency"),
                                        rollback ? tr("Rollback task \"%1\" depends on runbook task \"%2\"; rollback tasks may depend only on rollback tasks.").arg(task.id, dep.task)
                                                 : tr("Runbook task \"%1\" depends on rollback task \"%2\".").arg(task.id, dep.task),
                                        {task.id, dep.task}));
                }
            }
        }
    };
    checkTasks(plan.tasks, false);
    checkTasks(plan.rollbackTasks, true);

    for (const Mark mark : {Mark::FreezeStart, Mark::TrafficSwitched, Mark::PointOfNoReturn}) {
        QStringList carriers;
        for (const Task &task : plan.tasks) {
            if (task.marks.testFlag(mark))
                carriers.append(task.id);
        }
        if (carriers.size() > 1) {
            issues.append(error(QStringLiteral("duplicate-mark"),
                                tr("Mark \"%1\" is on %2 tasks (%3); it may be on one task only.")
                                    .arg(toString(mark)).arg(carriers.size()).arg(carriers.join(QStringLiteral(", "))),
                                carriers));
        }
    }

    QSet<QString> criterionIds;
    for (const Criterion &c : plan.criteria) {
        if (c.id.isEmpty())
            issues.append(error(QStringLiteral("empty-id"), tr("Criterion \"%1\" has no id.").arg(c.name), {}));
        else if (criterionIds.contains(c.id))
            issues.append(error(QStringLiteral("duplicate-id"), tr("Criterion id \"%1\" is used more than once.").arg(c.id), {c.id}));
        criterionIds.insert(c.id);
        if (c.forSeconds < 0)
            issues.append(error(QStringLiteral("negative-duration"), tr("Criterion \"%1\" has a negative sustain time.").arg(c.id), {c.id}));
    }

    QSet<QString> readinessIds;
    for (const ReadinessItem &item : plan.readiness) {
        if (!item.id.isEmpty() && readinessIds.contains(item.id))
            issues.append(error(QStringLiteral("duplicate-id"), tr("Readiness item id \"%1\" is used more than once.").arg(item.id), {item.id}));
        readinessIds.insert(item.id);
    }

    for (const GateDecision &d : plan.decisions) {
        const qsizetype i = plan.taskIndex(d.gate);
        if (i < 0)
            issues.append(error(QStringLiteral("unknown-gate"), tr("A decision refers to unknown gate \"%1\".").arg(d.gate), {d.gate}));
        else if (plan.tasks.at(i).kind != TaskKind::Gate)
            issues.append(error(QStringLiteral("not-a-gate"), tr("A decision refers to \"%1\", which is not a gate.").arg(d.gate), {d.gate}));
    }

    return issues;
}

} // namespace cutover
