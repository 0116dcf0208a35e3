// SPDX-License-Identifier: GPL-3.0-or-later
#include "plansummary.h"

#include "model/durationtext.h"
#include "schedule/compiledgraph.h"
#include "verdictguard.h"

#include <QSet>

#include <cmath>

namespace cutover {

namespace {

/** Rounded down to the whole minute (seconds and milliseconds dropped; earlier is the safe side). */
QDateTime floorToMinute(const QDateTime &t)
{
    if (!t.isValid())
        return t;
    const qint64 ms = t.toMSecsSinceEpoch();
    const qint64 minute = 60000;
    const qint64 floored = (ms >= 0 ? ms / minute : (ms - minute + 1) / minute) * minute;
    return QDateTime::fromMSecsSinceEpoch(floored, t.timeZone());
}

std::optional<double> wholeMinutesBetween(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return std::nullopt;
    return std::floor(double(from.msecsTo(to)) / 60000.0 + 1e-9);
}

void countContents(const Plan &plan, PlanSummary &s)
{
    QSet<QString> owners;
    for (const Task &t : plan.tasks) {
        if (!t.owner.trimmed().isEmpty())
            owners.insert(t.owner.trimmed());
        s.tasksDone += t.status == TaskStatus::Done ? 1 : 0;
        s.gates += t.kind == TaskKind::Gate ? 1 : 0;
    }
    s.tasks = int(plan.tasks.size());
    s.rollbackSteps = int(plan.rollbackTasks.size());
    s.owners = int(owners.size());
    s.readinessTotal = int(plan.readiness.size());
    for (const ReadinessItem &r : plan.readiness)
        s.readinessOpen += (r.status == ReadinessStatus::Open || r.status == ReadinessStatus::InProgress) ? 1 : 0;
    s.decisions = int(plan.decisions.size());
    for (const GateDecision &d : plan.decisions) {
        s.decisionsGo += d.outcome == GateOutcome::Go ? 1 : 0;
        s.decisionsPending += d.outcome == GateOutcome::Pending ? 1 : 0;
    }
    for (const Task &t : plan.tasks) {
        if (t.kind != TaskKind::Gate || !s.holdingGate.isEmpty())
            continue;
        const GateDecision *latest = nullptr;
        for (const GateDecision &g : plan.decisions) {
            if (g.gate == t.id && (!latest || g.decidedAt >= latest->decidedAt))
                latest = &g;
        }
        if (latest && (latest->outcome == GateOutcome::NoGo || latest->outcome == GateOutcome::Hold)) {
            s.holdingGate = t.name;
            s.holdingIsNoGo = latest->outcome == GateOutcome::NoGo;
        }
    }
}

void countCriteria(const Plan &plan, const QList<CriterionResult> &criteria, PlanSummary &s)
{
    s.criteriaTotal = int(plan.criteria.size());
    for (const Criterion &c : plan.criteria) {
        s.criteriaRollback += c.action == CriterionAction::Rollback ? 1 : 0;
        s.criteriaHold += c.action == CriterionAction::Hold ? 1 : 0;
        s.criteriaWarn += c.action == CriterionAction::Warn ? 1 : 0;
        if (c.kind == CriterionKind::Manual) {
            s.manualBreached += c.answer == ManualAnswer::Yes ? 1 : 0;
            s.manualUnanswered += c.answer == ManualAnswer::Unknown ? 1 : 0;
        }
    }
    for (const CriterionResult &r : criteria) {
        s.criteriaOk += r.state == CriterionState::Ok ? 1 : 0;
        s.criteriaBreached += r.state == CriterionState::Breached ? 1 : 0;
        s.criteriaNoData += r.state == CriterionState::NoData ? 1 : 0;
        s.criteriaBreachedRollback += r.state == CriterionState::Breached && r.action == CriterionAction::Rollback ? 1 : 0;
    }
}

} // namespace

PlanSummary PlanSummary::compute(const Plan &plan, const Result<Schedule> &schedule, const QList<PlanIssue> &findings,
                                 const QList<CriterionResult> &criteria, const SimulationResult *simulation,
                                 bool simulationCurrent)
{
    PlanSummary s;
    countContents(plan, s);
    countCriteria(plan, criteria, s);
    for (const PlanIssue &f : findings) {
        s.errorCount += f.severity == PlanIssue::Severity::Error ? 1 : 0;
        s.warningCount += f.severity == PlanIssue::Severity::Warning ? 1 : 0;
    }
    s.errors = VerdictGuard::blockingErrors(findings);
    s.start = plan.start.isValid() ? plan.toDisplayTime(plan.start) : QDateTime();
    s.hasRollback = !plan.rollbackTasks.isEmpty();
    s.simulated = simulation != nullptr;
    s.simulationCurrent = simulation && simulationCurrent;
    if (simulation) {
        s.iterations = simulation->iterations;
        s.seed = simulation->seed;
    }
    s.scheduled = schedule.ok();
    if (!schedule.ok()) {
        s.scheduleError = schedule.errorString();
        s.withheldReason = s.errors.isEmpty() ? tr("not computed: %1").arg(s.scheduleError) : VerdictGuard::notComputed(s.errors);
        return s;
    }
    const Schedule &sc = schedule.value();
    s.finishMinutes = sc.finish;
    s.finish = plan.start.isValid() ? scheduleTimeToDateTime(plan, sc.finish) : QDateTime();
    s.criticalPath = sc.criticalPath;
    s.rollbackLikely = sc.rollbackDuration;
    if (!s.errors.isEmpty()) {
        s.withheldReason = VerdictGuard::notComputed(s.errors);
        return s; // no downtime, fit, deadline or margin for a plan whose numbers are absurd
    }
    const SimulationResult *current = s.simulationCurrent ? simulation : nullptr;
    if (current)
        s.finishSimulated = current->duration;

    if (sc.freezeStart && plan.start.isValid())
        s.freezeStart = scheduleTimeToDateTime(plan, *sc.freezeStart);
    if (sc.trafficSwitched && plan.start.isValid())
        s.trafficSwitched = scheduleTimeToDateTime(plan, *sc.trafficSwitched);
    s.downtime = sc.downtime;
    s.fitsWindow = sc.fitsWindow;
    if (sc.fitsWindow && plan.window.isValid() && plan.start.isValid()) {
        const double windowStart = minutesSince(plan.start, plan.window.start);
        const double windowEnd = minutesSince(plan.start, plan.window.end);
        s.freezeEarly = std::max(0.0, windowStart - *sc.freezeStart);
        s.trafficLate = std::max(0.0, *sc.trafficSwitched - windowEnd);
    }
    if (current) {
        s.probabilityWithinWindow = current->probabilityWithinWindow;
        s.downtimeSimulated = current->downtime;
    }

    // The one rollback rule.
    if (s.hasRollback) {
        if (current && !current->rollbackSamples.isEmpty())
            s.rollbackP80 = current->rollbackDuration.p80;
        if (plan.window.isValid()) {
            s.deadlineLikely = floorToMinute(sc.rollbackDeadline);
            if (current)
                s.deadlineP80 = floorToMinute(current->rollbackDeadlineP80);
        }
    }
    const Task *anchor = plan.taskWithMark(Mark::PointOfNoReturn);
    s.marginAnchor = anchor ? MarginAnchor::PointOfNoReturn : MarginAnchor::None;
    if (!anchor) {
        anchor = plan.taskWithMark(Mark::TrafficSwitched);
        s.marginAnchor = anchor ? MarginAnchor::TrafficSwitched : MarginAnchor::None;
    }
    if (anchor && plan.start.isValid()) {
        s.marginTask = anchor->id;
        s.marginTaskName = anchor->name;
        s.marginFrom = scheduleTimeToDateTime(plan, sc.tasks.at(plan.taskIndex(anchor->id)).ef);
        s.marginLikely = wholeMinutesBetween(s.marginFrom, s.deadlineLikely);
        s.marginP80 = wholeMinutesBetween(s.marginFrom, s.deadlineP80);
    }
    return s;
}

QString PlanSummary::fitText() const
{
    if (verdictWithheld())
        return withheldReason;
    if (!fitsWindow) {
        if (!downtime)
            return tr("unknown (needs tasks marked freeze-start and traffic-switched)");
        return tr("unknown (needs a maintenance window)");
    }
    if (*fitsWindow)
        return tr("yes");
    QStringList why;
    if (freezeEarly > 0)
        why << tr("the write freeze starts %1 before the window opens").arg(DurationText::format(freezeEarly));
    if (trafficLate > 0)
        why << tr("traffic is switched %1 after the window closes").arg(DurationText::format(trafficLate));
    return tr("no: %1").arg(why.join(tr("; ")));
}

QString PlanSummary::marginValueText(const std::optional<double> &margin)
{
    if (!margin)
        return {};
    return *margin >= 0 ? DurationText::format(*margin) : tr("%1 too late").arg(DurationText::format(-*margin));
}

QString PlanSummary::marginAnchorText() const
{
    switch (marginAnchor) {
    case MarginAnchor::PointOfNoReturn: return tr("the point of no return (“%1”)").arg(marginTaskName);
    case MarginAnchor::TrafficSwitched: return tr("the traffic switch (“%1”)").arg(marginTaskName);
    case MarginAnchor::None: break;
    }
    return {};
}

QString PlanSummary::marginMissingText() const
{
    if (verdictWithheld())
        return withheldReason;
    if (!hasRollback)
        return tr("no rollback steps planned");
    if (!deadlineLikely.isValid())
        return tr("needs a maintenance window");
    if (marginAnchor == MarginAnchor::None)
        return tr("needs a task marked point-of-no-return or traffic-switched");
    if (!marginFrom.isValid())
        return tr("needs a plan start");
    return {};
}

} // namespace cutover
