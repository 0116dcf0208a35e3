// SPDX-License-Identifier: GPL-3.0-or-later
#include "planlinter.h"

#include "criteria/criteriaevaluator.h"
#include "model/durationtext.h"
#include "model/enumnames.h"
#include "model/planlimits.h"
#include "schedule/compiledgraph.h"
#include "schedule/scheduler.h"

#include <QHash>

#include <optional>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace cutover {

namespace {

using Severity = PlanIssue::Severity;

PlanIssue finding(Severity severity, const char *code, QString message, QStringList ids)
{
    return PlanIssue{severity, QString::fromLatin1(code), std::move(message), std::move(ids)};
}

/** Every task (runbook and rollback) by id, built once so each lookup is constant time. */
QHash<QString, const Task *> tasksById(const Plan &plan)
{
    QHash<QString, const Task *> byId;
    byId.reserve(plan.tasks.size() + plan.rollbackTasks.size());
    for (const QList<Task> *list : {&plan.tasks, &plan.rollbackTasks}) {
        for (const Task &t : *list)
            byId.insert(t.id, &t);
    }
    return byId;
}

bool waitsOn(const QHash<QString, const Task *> &byId, const QString &task, const QString &predecessor)
{
    const Task *t = byId.value(task);
    if (!t)
        return false;
    return std::any_of(t->after.cbegin(), t->after.cend(), [&](const Dependency &d) { return d.task == predecessor; });
}

/** How many leading ids of a findCycles() tangle form the cycle itself (the rest only share the tangle). */
qsizetype cycleLength(const QHash<QString, const Task *> &byId, const QStringList &tangle)
{
    qsizetype n = 1;
    while (n < tangle.size() && waitsOn(byId, tangle.at(n), tangle.at(n - 1)))
        ++n;
    // The cycle closes where the first task waits on the last one of the chain.
    while (n > 1 && !waitsOn(byId, tangle.first(), tangle.at(n - 1)))
        --n;
    return n;
}

QString wallClock(const Plan &plan, double minutes)
{
    return QLocale().toString(scheduleTimeToDateTime(plan, minutes), QStringLiteral("ddd yyyy-MM-dd HH:mm"));
}

void lintCycles(const Plan &plan, QList<PlanIssue> &out)
{
    const QList<QStringList> tangles = Scheduler::findCycles(plan);
    if (tangles.isEmpty())
        return;
    const QHash<QString, const Task *> byId = tasksById(plan);
    const QString arrow = QStringLiteral(" → ");
    for (const QStringList &tangle : tangles) {
        if (tangle.size() == 1)
            continue; // a task waiting on itself: PlanValidator's "self-dependency" says so already
        const qsizetype n = cycleLength(byId, tangle);
        const QStringList cycle = tangle.mid(0, n);
        // At most PlanLimits::idsShown ids on the line: a 5,000-task cycle is one readable line.
        QString text = n > PlanLimits::idsShown
            ? PlanLinter::tr("Dependency cycle of %1 tasks: %2 → %3 (each task waits for the one before it).")
                  .arg(n).arg(PlanLimits::cappedList(cycle, arrow), cycle.first())
            : PlanLinter::tr("Dependency cycle: %1 → %2 (each task waits for the one before it).")
                  .arg(cycle.join(arrow), cycle.first());
        if (n < tangle.size())
            text += PlanLinter::tr(" Also caught in it: %1.").arg(PlanLimits::cappedList(tangle.mid(n), QStringLiteral(", ")));
        out.append(finding(Severity::Error, "cycle", text, tangle));
    }
}

void lintMarks(const Plan &plan, QList<PlanIssue> &out)
{
    for (const Mark mark : {Mark::FreezeStart, Mark::TrafficSwitched, Mark::PointOfNoReturn}) {
        if (plan.taskWithMark(mark))
            continue;
        const QString why = mark == Mark::PointOfNoReturn
            ? PlanLinter::tr("nobody can see until when a rollback is still possible")
            : PlanLinter::tr("downtime and the window fit cannot be computed");
        out.append(finding(Severity::Warning, "missing-mark",
                           PlanLinter::tr("No task carries the mark \"%1\"; %2.").arg(toString(mark), why), {}));
    }
}

void lintTasks(const Plan &plan, QList<PlanIssue> &out)
{
    for (const QList<Task> *list : {&plan.tasks, &plan.rollbackTasks}) {
        const bool rollback = list == &plan.rollbackTasks;
        for (const Task &t : *list) {
            if (t.owner.trimmed().isEmpty()) {
                out.append(finding(Severity::Warning, "missing-owner",
                                   rollback ? PlanLinter::tr("Rollback step has no owner: nobody is named to run it.")
                                            : PlanLinter::tr("Task has no owner: nobody is named to run it."),
                                   {t.id}));
            }
            const Estimate &e = t.duration;
            if ((e.optimistic && *e.optimistic > e.likely) || (e.pessimistic && *e.pessimistic < e.likely)
                || (e.optimistic && e.pessimistic && *e.optimistic > *e.pessimistic)) {
                const QString o = e.optimistic ? DurationText::format(*e.optimistic) : QStringLiteral("–");
                const QString p = e.pessimistic ? DurationText::format(*e.pessimistic) : QStringLiteral("–");
                out.append(finding(Severity::Error, "estimate-order",
                                   PlanLinter::tr("Estimates out of order: optimistic %1, likely %2, pessimistic %3 "
                                                  "(expected optimistic ≤ likely ≤ pessimistic).")
                                       .arg(o, DurationText::format(e.likely), p),
                                   {t.id}));
            }
            if (e.likely < 0 || (e.optimistic && *e.optimistic < 0) || (e.pessimistic && *e.pessimistic < 0))
                out.append(finding(Severity::Error, "negative-duration", PlanLinter::tr("A duration is negative."), {t.id}));
            if (t.kind == TaskKind::Milestone && (e.likely != 0 || e.high() != 0))
                out.append(finding(Severity::Warning, "milestone-duration",
                                   PlanLinter::tr("Milestone has a duration (%1); milestones take no time and are scheduled as 0.")
                                       .arg(DurationText::format(e.high())),
                                   {t.id}));
        }
    }
}

void lintCriteria(const Plan &plan, QList<PlanIssue> &out)
{
    // The same rule as the evaluator, so `check` and `criteria` always agree on "no data".
    const auto hasData = [&plan](const QString &selector) {
        return std::any_of(plan.series.cbegin(), plan.series.cend(), [&selector](const MetricSeries &s) {
            return !s.times.isEmpty() && CriteriaEvaluator::matches(selector, s);
        });
    };
    for (const Criterion &c : plan.criteria) {
        if (c.kind == CriterionKind::Metric) {
            if (c.metric.trimmed().isEmpty())
                out.append(finding(Severity::Error, "criterion-without-metric",
                                   PlanLinter::tr("Criterion names no metric to watch."), {c.id}));
            else if (!hasData(c.metric))
                out.append(finding(Severity::Warning, "criterion-no-data",
                                   PlanLinter::tr("No imported series has metric \"%1\"; the criterion cannot be evaluated yet "
                                                  "(import a monitoring export).").arg(c.metric),
                                   {c.id}));
        } else if (c.kind == CriterionKind::Validation && plan.validation.isEmpty()) {
            out.append(finding(Severity::Warning, "criterion-no-data",
                               PlanLinter::tr("No validation results are imported; the criterion cannot be evaluated yet."), {c.id}));
        }
    }
}

void lintSchedule(const Plan &plan, bool graphBroken, const Result<Schedule> *known, QList<PlanIssue> &out)
{
    const MaintenanceWindow &w = plan.window;
    if (!w.start.isValid() || !w.end.isValid()) {
        out.append(finding(Severity::Warning, "missing-window",
                           PlanLinter::tr("The plan has no maintenance window; the freeze cannot be checked against it."), {}));
    } else if (w.end <= w.start) {
        out.append(finding(Severity::Error, "window-invalid",
                           PlanLinter::tr("The maintenance window ends (%1) before it starts (%2).")
                               .arg(w.end.toString(Qt::ISODate), w.start.toString(Qt::ISODate)),
                           {}));
    }
    if (graphBroken)
        return; // cycles or unknown predecessors were reported; there is no schedule to check
    std::optional<Result<Schedule>> own;
    if (!known)
        known = &own.emplace(Scheduler::schedule(plan));
    const Result<Schedule> &schedule = *known;
    if (!schedule) {
        out.append(finding(Severity::Error, "schedule-error",
                           PlanLinter::tr("The plan cannot be scheduled: %1").arg(schedule.errorString()), {}));
        return;
    }
    const Task *freeze = plan.taskWithMark(Mark::FreezeStart);
    const Task *traffic = plan.taskWithMark(Mark::TrafficSwitched);
    if (freeze && traffic && schedule->freezeStart && schedule->trafficSwitched
        && *schedule->trafficSwitched < *schedule->freezeStart) {
        out.append(finding(Severity::Error, "marks-out-of-order",
                           PlanLinter::tr("Traffic is switched (%1) before the write freeze starts (%2).")
                               .arg(wallClock(plan, *schedule->trafficSwitched), wallClock(plan, *schedule->freezeStart)),
                           {traffic->id, freeze->id}));
    }
    if (!w.isValid() || !plan.start.isValid())
        return;
    const double windowStart = minutesSince(plan.start, w.start);
    const double windowEnd = minutesSince(plan.start, w.end);
    if (freeze && schedule->freezeStart && *schedule->freezeStart < windowStart - 1e-9) {
        out.append(finding(Severity::Error, "freeze-before-window",
                           PlanLinter::tr("The write freeze starts at %1, %2 before the window opens at %3.")
                               .arg(wallClock(plan, *schedule->freezeStart),
                                    DurationText::format(windowStart - *schedule->freezeStart), wallClock(plan, windowStart)),
                           {freeze->id}));
    }
    if (traffic && schedule->trafficSwitched && *schedule->trafficSwitched > windowEnd + 1e-9) {
        out.append(finding(Severity::Error, "traffic-after-window",
                           PlanLinter::tr("Traffic is switched at %1, %2 after the window closes at %3.")
                               .arg(wallClock(plan, *schedule->trafficSwitched),
                                    DurationText::format(*schedule->trafficSwitched - windowEnd), wallClock(plan, windowEnd)),
                           {traffic->id}));
    }
}

} // namespace

QList<PlanIssue> PlanLinter::lint(const Plan &plan)
{
    return lintWith(plan, nullptr);
}

QList<PlanIssue> PlanLinter::lint(const Plan &plan, const Result<Schedule> &schedule)
{
    return lintWith(plan, &schedule);
}

QList<PlanIssue> PlanLinter::lintWith(const Plan &plan, const Result<Schedule> *known)
{
    QList<PlanIssue> out = PlanValidator::validate(plan);
    // Problems that leave no dependency graph to schedule (reported above, not again below).
    static const QStringList graphCodes = {QStringLiteral("empty-id"), QStringLiteral("duplicate-id"),
                                           QStringLiteral("unknown-predecessor"), QStringLiteral("self-dependency"),
                                           QStringLiteral("cross-plan-dependency")};
    bool graphBroken = std::any_of(out.cbegin(), out.cend(), [](const PlanIssue &i) { return graphCodes.contains(i.code); });
    const qsizetype before = out.size();
    if (!known || !known->ok()) // a schedule that succeeded has no cycle
        lintCycles(plan, out);
    graphBroken = graphBroken || out.size() > before;
    lintMarks(plan, out);
    lintTasks(plan, out);
    lintCriteria(plan, out);
    lintSchedule(plan, graphBroken, known, out);
    return out;
}

qsizetype PlanLinter::count(const QList<PlanIssue> &findings, PlanIssue::Severity severity)
{
    return std::count_if(findings.cbegin(), findings.cend(), [&](const PlanIssue &f) { return f.severity == severity; });
}

QString PlanLinter::subject(const PlanIssue &finding, const Plan &plan)
{
    return subjects({finding}, plan).constFirst();
}

QStringList PlanLinter::subjects(const QList<PlanIssue> &findings, const Plan &plan)
{
    // One index for all findings: linear in plan size + ids however many findings there are.
    const QHash<QString, const Task *> tasks = tasksById(plan);
    QSet<QString> criteria, phases, readiness;
    for (const Criterion &c : plan.criteria)
        criteria.insert(c.id);
    for (const Phase &p : plan.phases)
        phases.insert(p.id);
    for (const ReadinessItem &r : plan.readiness)
        readiness.insert(r.id);
    const auto kindOf = [&](const QString &id) -> int {
        if (tasks.contains(id))
            return 0;
        if (criteria.contains(id))
            return 1;
        if (phases.contains(id))
            return 2;
        if (readiness.contains(id))
            return 3;
        return 0; // unknown ids (e.g. a missing predecessor) are task ids
    };
    static const char *const singular[] = {QT_TRANSLATE_NOOP("PlanLinter", "task"), QT_TRANSLATE_NOOP("PlanLinter", "criterion"),
                                           QT_TRANSLATE_NOOP("PlanLinter", "phase"), QT_TRANSLATE_NOOP("PlanLinter", "readiness item")};
    static const char *const plural[] = {QT_TRANSLATE_NOOP("PlanLinter", "tasks"), QT_TRANSLATE_NOOP("PlanLinter", "criteria"),
                                         QT_TRANSLATE_NOOP("PlanLinter", "phases"), QT_TRANSLATE_NOOP("PlanLinter", "readiness items")};
    QStringList out;
    out.reserve(findings.size());
    for (const PlanIssue &finding : findings) {
        // The line names at most PlanLimits::idsShown ids (the JSON output keeps them all).
        const qsizetype shown = std::min(finding.ids.size(), PlanLimits::idsShown);
        QStringList parts;
        qsizetype i = 0;
        while (i < shown) {
            const int kind = kindOf(finding.ids.at(i));
            QStringList quoted;
            while (i < shown && kindOf(finding.ids.at(i)) == kind)
                quoted.append(u'"' + finding.ids.at(i++) + u'"');
            parts.append(tr(quoted.size() == 1 ? singular[kind] : plural[kind]) + u' ' + quoted.join(QStringLiteral(", ")));
        }
        if (finding.ids.size() > shown)
            parts.append(PlanLimits::tr("… and %1 more").arg(finding.ids.size() - shown));
        out.append(parts.join(QStringLiteral(", ")));
    }
    return out;
}

} // namespace cutover
