// SPDX-License-Identifier: GPL-3.0-or-later
#include "planvalidation.h"

#include "enumnames.h"

#include <QHash>
#include <QSet>

namespace cutover {

namespace {

using Location = PlanIssue::Location;
using Collection = PlanIssue::Location::Collection;

PlanIssue error(QString code, QString message, QStringList ids, Location location = {}, QString detail = {})
{
    return PlanIssue{PlanIssue::Severity::Error, std::move(code), std::move(message), std::move(ids),
                     std::move(location), std::move(detail), {}};
}

/**
 * The short form of a problem at its location (marked with QT_TRANSLATE_NOOP). The texts are
 * those the JSON reader used before it took its checks from here, in its translation context.
 */
QString detail(const char *text)
{
    return QCoreApplication::translate("PlanJson", text);
}

} // namespace

QList<PlanIssue> PlanValidator::validate(const Plan &plan)
{
    QList<PlanIssue> issues;

    QSet<QString> phaseIds;
    for (qsizetype i = 0; i < plan.phases.size(); ++i) {
        const Phase &phase = plan.phases.at(i);
        const Location where{Collection::Phase, i, QStringLiteral("id")};
        if (phase.id.isEmpty())
            issues.append(error(QStringLiteral("empty-id"), tr("A phase has no id."), {}, where, detail(QT_TRANSLATE_NOOP("PlanJson", "must not be empty"))));
        else if (phaseIds.contains(phase.id))
            issues.append(error(QStringLiteral("duplicate-id"), tr("Phase id \"%1\" is used more than once.").arg(phase.id), {phase.id},
                                where, detail(QT_TRANSLATE_NOOP("PlanJson", "duplicate phase id \"%1\"")).arg(phase.id)));
        phaseIds.insert(phase.id);
    }

    // Where each task id is first used (and so which list it lives in).
    QHash<QString, Location> firstUse;
    firstUse.reserve(plan.tasks.size() + plan.rollbackTasks.size());
    auto collect = [&](const QList<Task> &tasks, bool rollback) {
        const Collection collection = rollback ? Collection::RollbackTask : Collection::Task;
        for (qsizetype i = 0; i < tasks.size(); ++i) {
            const Task &task = tasks.at(i);
            const Location where{collection, i, QStringLiteral("id")};
            if (task.id.isEmpty()) {
                issues.append(error(QStringLiteral("empty-id"), tr("Task \"%1\" has no id.").arg(task.name), {}, where,
                                    detail(QT_TRANSLATE_NOOP("PlanJson", "must not be empty"))));
                continue;
            }
            if (const auto it = firstUse.constFind(task.id); it != firstUse.cend()) {
                PlanIssue issue = error(QStringLiteral("duplicate-id"), tr("Task id \"%1\" is used more than once.").arg(task.id),
                                        {task.id}, where, detail(QT_TRANSLATE_NOOP("PlanJson", "duplicate task id \"%1\"")).arg(task.id));
                issue.firstUse = *it;
                issues.append(issue);
                continue;
            }
            firstUse.insert(task.id, Location{collection, i, {}});
        }
    };
    collect(plan.tasks, false);
    collect(plan.rollbackTasks, true);

    auto checkTasks = [&](const QList<Task> &tasks, bool rollback) {
        const Collection collection = rollback ? Collection::RollbackTask : Collection::Task;
        for (qsizetype i = 0; i < tasks.size(); ++i) {
            const Task &task = tasks.at(i);
            if (!rollback && !task.phase.isEmpty() && !phaseIds.contains(task.phase)) {
                issues.append(error(QStringLiteral("unknown-phase"),
                                    tr("Task \"%1\" is in unknown phase \"%2\".").arg(task.id, task.phase), {task.id},
                                    {collection, i, QStringLiteral("phase")}, detail(QT_TRANSLATE_NOOP("PlanJson", "unknown phase \"%1\"")).arg(task.phase)));
            }
            if (rollback && task.marks != Marks()) {
                issues.append(error(QStringLiteral("mark-on-rollback"),
                                    tr("Rollback task \"%1\" carries a mark; marks belong to runbook tasks.").arg(task.id),
                                    {task.id}, {collection, i, QStringLiteral("marks")},
                                    detail(QT_TRANSLATE_NOOP("PlanJson", "marks belong to runbook tasks, not to the rollback plan"))));
            }
            for (qsizetype k = 0; k < task.after.size(); ++k) {
                const Dependency &dep = task.after.at(k);
                const Location where{collection, i, QStringLiteral("after"), k};
                if (dep.task == task.id) {
                    issues.append(error(QStringLiteral("self-dependency"),
                                        tr("Task \"%1\" depends on itself.").arg(task.id), {task.id}, where,
                                        detail(QT_TRANSLATE_NOOP("PlanJson", "task \"%1\" cannot wait on itself")).arg(task.id)));
                    continue;
                }
                const auto it = firstUse.constFind(dep.task);
                if (it == firstUse.cend()) {
                    issues.append(error(QStringLiteral("unknown-predecessor"),
                                        tr("Task \"%1\" waits on unknown task \"%2\".").arg(task.id, dep.task),
                                        {task.id, dep.task}, where, detail(QT_TRANSLATE_NOOP("PlanJson", "unknown task \"%1\"")).arg(dep.task)));
                } else if ((it->collection == Collection::RollbackTask) != rollback) {
                    issues.append(error(QStringLiteral("cross-plan-dependency"),
                                        rollback ? tr("Rollback task \"%1\" depends on runbook task \"%2\"; rollback tasks may depend only on rollback tasks.").arg(task.id, dep.task)
                                                 : tr("Runbook task \"%1\" depends on rollback task \"%2\".").arg(task.id, dep.task),
                                        {task.id, dep.task}, where,
                                        rollback ? detail(QT_TRANSLATE_NOOP("PlanJson", "rollback tasks may wait only on rollback tasks; \"%1\" is a runbook task")).arg(dep.task)
                                                 : detail(QT_TRANSLATE_NOOP("PlanJson", "runbook tasks may not wait on rollback task \"%1\"")).arg(dep.task)));
                }
            }
        }
    };
    checkTasks(plan.tasks, false);
    checkTasks(plan.rollbackTasks, true);

    for (const Mark mark : {Mark::FreezeStart, Mark::TrafficSwitched, Mark::PointOfNoReturn}) {
        QStringList carriers;
        qsizetype second = -1; // located at the second carrier: the first one is not wrong
        for (qsizetype i = 0; i < plan.tasks.size(); ++i) {
            if (!plan.tasks.at(i).marks.testFlag(mark))
                continue;
            carriers.append(plan.tasks.at(i).id);
            if (carriers.size() == 2)
                second = i;
        }
        if (carriers.size() > 1) {
            issues.append(error(QStringLiteral("duplicate-mark"),
                                tr("Mark \"%1\" is on %2 tasks (%3); it may be on one task only.")
                                    .arg(toString(mark)).arg(carriers.size()).arg(carriers.join(QStringLiteral(", "))),
                                carriers, {Collection::Task, second, QStringLiteral("marks")},
                                detail(QT_TRANSLATE_NOOP("PlanJson", "mark \"%1\" is already on task \"%2\"; each mark may be on one task only"))
                                    .arg(toString(mark), carriers.first())));
        }
    }

    QSet<QString> criterionIds;
    for (qsizetype i = 0; i < plan.criteria.size(); ++i) {
        const Criterion &c = plan.criteria.at(i);
        const Location where{Collection::Criterion, i, QStringLiteral("id")};
        if (c.id.isEmpty())
            issues.append(error(QStringLiteral("empty-id"), tr("Criterion \"%1\" has no id.").arg(c.name), {}, where,
                                detail(QT_TRANSLATE_NOOP("PlanJson", "must not be empty"))));
        else if (criterionIds.contains(c.id))
            issues.append(error(QStringLiteral("duplicate-id"), tr("Criterion id \"%1\" is used more than once.").arg(c.id), {c.id},
                                where, detail(QT_TRANSLATE_NOOP("PlanJson", "duplicate criterion id \"%1\"")).arg(c.id)));
        criterionIds.insert(c.id);
        if (c.forSeconds < 0)
            issues.append(error(QStringLiteral("negative-duration"), tr("Criterion \"%1\" has a negative sustain time.").arg(c.id), {c.id},
                                {Collection::Criterion, i, QStringLiteral("for")}));
    }

    QSet<QString> readinessIds;
    for (qsizetype i = 0; i < plan.readiness.size(); ++i) {
        const ReadinessItem &item = plan.readiness.at(i);
        if (!item.id.isEmpty() && readinessIds.contains(item.id))
            issues.append(error(QStringLiteral("duplicate-id"), tr("Readiness item id \"%1\" is used more than once.").arg(item.id), {item.id},
                                {Collection::Readiness, i, QStringLiteral("id")},
                                detail(QT_TRANSLATE_NOOP("PlanJson", "duplicate readiness item id \"%1\"")).arg(item.id)));
        readinessIds.insert(item.id);
    }

    for (qsizetype k = 0; k < plan.decisions.size(); ++k) {
        const GateDecision &d = plan.decisions.at(k);
        const Location where{Collection::Decision, k, QStringLiteral("gate")};
        const qsizetype i = plan.taskIndex(d.gate);
        if (i < 0)
            issues.append(error(QStringLiteral("unknown-gate"), tr("A decision refers to unknown gate \"%1\".").arg(d.gate), {d.gate},
                                where, detail(QT_TRANSLATE_NOOP("PlanJson", "unknown gate \"%1\"")).arg(d.gate)));
        else if (plan.tasks.at(i).kind != TaskKind::Gate)
            issues.append(error(QStringLiteral("not-a-gate"), tr("A decision refers to \"%1\", which is not a gate.").arg(d.gate), {d.gate},
                                where, detail(QT_TRANSLATE_NOOP("PlanJson", "task \"%1\" is not a gate (its kind is \"%2\")")).arg(d.gate, toString(plan.tasks.at(i).kind))));
    }

    return issues;
}

} // namespace cutover
