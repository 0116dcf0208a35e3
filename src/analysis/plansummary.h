// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "criteria/criteriaevaluator.h"
#include "model/plan.h"
#include "model/planvalidation.h"
#include "model/result.h"
#include "schedule/montecarlo.h"
#include "schedule/scheduler.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <optional>

namespace cutover {

/**
 * The figures everyone quotes about one plan version, computed in one place (PlanAnalysis) so
 * that the overview, the pages, the report and the CLI never disagree.
 *
 * Guardrail: when the plan has an error that makes its figures meaningless (VerdictGuard), or
 * cannot be scheduled, the verdict is withheld: downtime, fit, deadlines and margins are left
 * empty and `withheldReason` says why ("not computed: <first error>").
 *
 * The one rollback rule (docs/analysis.md):
 * - rollback deadline = window end − rollback duration, rounded down to the whole minute
 *   (a rollback started then still finishes inside the window); "likely" from the
 *   deterministic schedule, "P80" from the current simulation's P80 rollback duration;
 * - margin = deadline − the planned finish of the anchor task, in whole minutes rounded down;
 *   the anchor is the task marked point-of-no-return, or without one the task marked
 *   traffic-switched. Likely margin against the likely deadline, P80 margin against the P80
 *   deadline. Negative: the anchor finishes after the deadline.
 */
struct PlanSummary
{
    Q_DECLARE_TR_FUNCTIONS(PlanSummary)
public:
    enum class MarginAnchor { None, PointOfNoReturn, TrafficSwitched };

    // --- the guardrail
    bool scheduled = false;          ///< the plan has a deterministic schedule
    QString scheduleError;           ///< why not (the scheduler's message)
    QList<PlanIssue> errors;         ///< findings that withhold the verdict (VerdictGuard), plan order
    int errorCount = 0;              ///< all error findings of `check`
    int warningCount = 0;
    /** No fit, downtime or margin may be shown. */
    bool verdictWithheld() const { return !scheduled || !errors.isEmpty(); }
    /** "not computed: <first error>" (empty unless withheld). */
    QString withheldReason;

    // --- the deterministic schedule (likely durations)
    QDateTime start;
    QDateTime finish;                ///< invalid without a schedule
    double finishMinutes = 0;        ///< after the start
    QStringList criticalPath;
    QDateTime freezeStart, trafficSwitched;
    std::optional<double> downtime;  ///< minutes; empty without both marks or when withheld
    std::optional<bool> fitsWindow;  ///< empty without window and marks, or when withheld
    double freezeEarly = 0;          ///< minutes the write freeze starts before the window opens (0: inside)
    double trafficLate = 0;          ///< minutes traffic is switched after the window closes (0: inside)

    // --- rollback
    bool hasRollback = false;        ///< the plan has rollback steps
    double rollbackLikely = 0;       ///< minutes, deterministic
    std::optional<double> rollbackP80; ///< minutes, from the current simulation only
    QDateTime deadlineLikely;        ///< invalid without window or rollback steps, or when withheld
    QDateTime deadlineP80;           ///< also invalid without a current simulation
    MarginAnchor marginAnchor = MarginAnchor::None;
    QString marginTask;              ///< id of the anchor task
    QString marginTaskName;
    QDateTime marginFrom;            ///< the anchor task's planned finish
    std::optional<double> marginLikely; ///< whole minutes, deadlineLikely − marginFrom
    std::optional<double> marginP80;    ///< whole minutes, deadlineP80 − marginFrom

    // --- simulation
    bool simulated = false;          ///< a simulation result exists (it may be stale)
    bool simulationCurrent = false;  ///< ... and it is of this plan version
    int iterations = 0;
    quint64 seed = 0;
    std::optional<double> probabilityWithinWindow; ///< current simulation only, not when withheld
    std::optional<Percentiles> finishSimulated;    ///< current simulation only
    std::optional<Percentiles> downtimeSimulated;  ///< current simulation only, not when withheld

    // --- contents, readiness, criteria, decisions
    int tasks = 0, tasksDone = 0, rollbackSteps = 0, owners = 0;
    int readinessTotal = 0, readinessOpen = 0;  ///< open or in progress
    int criteriaTotal = 0, criteriaRollback = 0, criteriaHold = 0, criteriaWarn = 0;
    int criteriaBreached = 0, criteriaBreachedRollback = 0, criteriaOk = 0, criteriaNoData = 0;
    int manualBreached = 0, manualUnanswered = 0;
    int gates = 0, decisions = 0, decisionsGo = 0, decisionsPending = 0;
    QString holdingGate;             ///< name of the first gate whose latest decision is no-go or hold
    bool holdingIsNoGo = false;

    static PlanSummary compute(const Plan &plan, const Result<Schedule> &schedule, const QList<PlanIssue> &findings,
                               const QList<CriterionResult> &criteria, const SimulationResult *simulation,
                               bool simulationCurrent);

    // --- the wording every surface uses (times are formatted by the caller)
    /** "yes" / "no: traffic is switched 1 h 20 min after the window closes" / "unknown (…)" / "not computed: …". */
    QString fitText() const;
    /** "1 h 20 min" / "45 min too late", or empty when that margin is not known. */
    static QString marginValueText(const std::optional<double> &margin);
    /** What the margin is measured from: "the point of no return (“Open target for writes”)". */
    QString marginAnchorText() const;
    /** Why there is no likely margin ("needs a maintenance window", ...); empty when there is one. */
    QString marginMissingText() const;
};

} // namespace cutover
