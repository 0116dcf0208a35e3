// SPDX-License-Identifier: GPL-3.0-or-later
#include "planvalidation.h"

#include "enumnames.h"
#include "planlimits.h"

#include <QHash>
#include <QSet>

#include <cmath>

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

/** An id or name short enough to quote in a one-line message. */
QString quoted(const QString &text)
{
    return text.size() <= 60 ? text : text.left(57) + QStringLiteral("...");
}

} // namespace

void PlanValidator::checkLimits(const Plan &plan, QList<PlanIssue> &issues)
{
    const auto tooLong = [&](const QString &what, const QString &text, qsizetype limit, const QString &id) {
        if (const auto why = PlanLimits::lengthError(what, text, limit))
            issues.append(error(QStringLiteral("too-long"), *why + u'.', id.isEmpty() ? QStringList() : QStringList{quoted(id)}));
    };
    const auto checkTask = [&](const Task &t, const QString &list) {
        // Messages are built only for a field beyond its limit: plans hold tens of thousands of tasks.
        const auto who = [&] { return tr("%1 \"%2\"").arg(list, quoted(t.id)); };
        const auto field = [&](const char *what, const QString &text, qsizetype limit, const QString &id) {
            if (text.size() > limit)
                tooLong(tr(what).arg(who()), text, limit, id);
        };
        field(QT_TR_NOOP("the id of %1"), t.id, PlanLimits::maxIdLength, QString());
        field(QT_TR_NOOP("the name of %1"), t.name, PlanLimits::maxNameLength, t.id);
        field(QT_TR_NOOP("the owner of %1"), t.owner, PlanLimits::maxNameLength, t.id);
        field(QT_TR_NOOP("the notes of %1"), t.notes, PlanLimits::maxNotesLength, t.id);
        const std::pair<const char *, std::optional<double>> estimates[] = {
            {QT_TR_NOOP("optimistic"), t.duration.optimistic}, {QT_TR_NOOP("likely"), t.duration.likely},
            {QT_TR_NOOP("pessimistic"), t.duration.pessimistic}};
        for (const auto &[name, value] : estimates) {
            if (!value || (*value < 0 && std::isfinite(*value)))
                continue; // a negative one is the linter's "negative-duration"
            if (const auto why = PlanLimits::durationError(*value))
                issues.append(error(QStringLiteral("duration-out-of-range"),
                                    tr("The %1 duration of %2: %3.").arg(tr(name), who(), *why), {quoted(t.id)}));
        }
        for (const Dependency &d : t.after) {
            if (const auto why = PlanLimits::lagError(d.lag))
                issues.append(error(QStringLiteral("lag-out-of-range"),
                                    tr("The link of %1 to \"%2\": %3.").arg(who(), quoted(d.task), *why), {quoted(t.id)}));
        }
    };
    tooLong(tr("the plan name"), plan.name, PlanLimits::maxNameLength, QString());
    tooLong(tr("the plan author"), plan.author, PlanLimits::maxNameLength, QString());
    tooLong(tr("the plan description"), plan.description, PlanLimits::maxNotesLength, QString());
    for (const Phase &p : plan.phases) {
        tooLong(tr("a phase id"), p.id, PlanLimits::maxIdLength, QString());
        tooLong(tr("the name of phase \"%1\"").arg(quoted(p.id)), p.name, PlanLimits::maxNameLength, p.id);
        tooLong(tr("the description of phase \"%1\"").arg(quoted(p.id)), p.description, PlanLimits::maxNotesLength, p.id);
    }
    const QString task = tr("task");
    for (const Task &t : plan.tasks)
        checkTask(t, task);
    const QString rollbackTask = tr("rollback task");
    for (const Task &t : plan.rollbackTasks)
        checkTask(t, rollbackTask);
    for (const Criterion &c : plan.criteria) {
        tooLong(tr("a criterion id"), c.id, PlanLimits::maxIdLength, QString());
        tooLong(tr("the name of criterion \"%1\"").arg(quoted(c.id)), c.name, PlanLimits::maxNameLength, c.id);
        tooLong(tr("the metric of criterion \"%1\"").arg(quoted(c.id)), c.metric, PlanLimits::maxMetricLength, c.id);
        tooLong(tr("the notes of criterion \"%1\"").arg(quoted(c.id)), c.notes, PlanLimits::maxNotesLength, c.id);
        if (std::isfinite(c.forSeconds) && c.forSeconds > PlanLimits::maxSeconds)
            issues.append(error(QStringLiteral("duration-out-of-range"),
                                tr("Criterion \"%1\" is sustained for %2 s; the limit is %3 s (10 years).")
                                    .arg(quoted(c.id)).arg(c.forSeconds).arg(PlanLimits::maxSeconds, 0, 'f', 0),
                                {quoted(c.id)}));
    }
    for (const GateDecision &d : plan.decisions) {
        tooLong(tr("the decider at gate \"%1\"").arg(quoted(d.gate)), d.decidedBy, PlanLimits::maxNameLength, QString());
        tooLong(tr("the rationale at gate \"%1\"").arg(quoted(d.gate)), d.rationale, PlanLimits::maxNotesLength, QString());
    }
    for (const ReadinessItem &r : plan.readiness) {
        tooLong(tr("a readiness item id"), r.id, PlanLimits::maxIdLength, QString());
        tooLong(tr("the text of readiness item \"%1\"").arg(quoted(r.id)), r.text, PlanLimits::maxNotesLength, QString());
        tooLong(tr("the evidence of readiness item \"%1\"").arg(quoted(r.id)), r.evidence, PlanLimits::maxNotesLength, QString());
    }
    const Hypercare &h = plan.hypercare;
    if (!std::isfinite(h.durationHours) || h.durationHours < 0 || h.durationHours > PlanLimits::maxHours)
        issues.append(error(QStringLiteral("duration-out-of-range"),
                            tr("Hypercare lasts %1 h; expected 0 to %2 h (10 years).").arg(h.durationHours).arg(PlanLimits::maxHours, 0, 'f', 0),
                            {}));
    for (const SlaTarget &sla : h.slas) {
        for (const double minutes : {sla.responseMinutes, sla.resolveMinutes}) {
            if (const auto why = PlanLimits::durationError(minutes))
                issues.append(error(QStringLiteral("duration-out-of-range"),
                                    tr("SLA \"%1\": %2.").arg(quoted(sla.severity), *why), {}));
        }
    }
    for (const MetricSeries &s : plan.series) {
        const QString who = tr("series \"%1\"").arg(quoted(s.id));
        tooLong(tr("a series id"), s.id, PlanLimits::maxIdLength, QString());
        tooLong(tr("the name of %1").arg(who), s.name, PlanLimits::maxSeriesNameLength, QString());
        tooLong(tr("the metric of %1").arg(who), s.metric, PlanLimits::maxMetricLength, QString());
        tooLong(tr("the unit of %1").arg(who), s.unit, PlanLimits::maxNameLength, QString());
        if (s.labels.size() > PlanLimits::maxLabels)
            issues.append(error(QStringLiteral("too-long"),
                                tr("%1 has %2 labels; the limit is %3.").arg(who).arg(s.labels.size()).arg(PlanLimits::maxLabels), {}));
        for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it) {
            tooLong(tr("a label name of %1").arg(who), it.key(), PlanLimits::maxLabelKeyLength, QString());
            tooLong(tr("label \"%1\" of %2").arg(quoted(it.key()), who), it.value(), PlanLimits::maxLabelValueLength, QString());
        }
    }
}

QList<PlanIssue> PlanValidator::validate(const Plan &plan)
{
    QList<PlanIssue> issues;
    checkLimits(plan, issues);

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

    for (const Mark mark : {Mark::FreezeStart, Mark::TrafficSwitched, Mark::PointOfNoReturn, Mark::FinalSync}) {
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
        // The index Plan::taskIndex() gives, from the ids collected above (a scan per decision
        // was quadratic); empty ids are not collected.
        qsizetype i = -1;
        if (d.gate.isEmpty()) {
            i = plan.taskIndex(d.gate);
        } else if (const auto it = firstUse.constFind(d.gate); it != firstUse.cend() && it->collection == Collection::Task) {
            i = it->index;
        }
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
