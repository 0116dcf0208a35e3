// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportoptions.h"

#include "analysis/plansummary.h"

#include "criteria/criteriaevaluator.h"
#include "model/plan.h"
#include "model/result.h"
#include "schedule/montecarlo.h"
#include "schedule/scheduler.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace cutover::report {

/**
 * Everything a report shows, computed once: the plan, its schedule, a Monte Carlo run (when a
 * section needs one), the criteria evaluated on the imported data. Building it is the slow part
 * (the simulation); rendering it again (print preview, page size change) is cheap.
 */
struct ReportData
{
    Q_DECLARE_TR_FUNCTIONS(ReportData)
public:
    /**
     * Fails when the plan cannot be scheduled (cycles, unknown predecessors), the options are
     * out of range, or the simulation is cancelled. `progress` and `cancel` are passed to
     * MonteCarlo::run. `shown` is the simulation the desktop shows for this plan: used instead
     * of a new run when its iterations and seed are the options' (the report then quotes the
     * same figures as the screen). The figures come from a PlanAnalysis of the plan; a plan
     * whose errors withhold the verdict is not simulated and its summary says so.
     */
    static Result<ReportData> build(const Plan &plan, const ReportOptions &options,
                                    const std::function<void(int done, int total)> &progress = {},
                                    const std::atomic_bool *cancel = nullptr,
                                    std::shared_ptr<const SimulationResult> shown = {});

    Plan plan;
    QTimeZone zone;                           ///< the plan's zone (UTC when unknown)
    Schedule schedule;
    std::optional<SimulationResult> simulation;
    QList<CriterionResult> criteria;          ///< parallel to plan.criteria
    PlanSummary summary;                      ///< the figures quoted (the analysis's one rule)
    QDateTime generatedAt;
    SeriesSelection seriesSelection;          ///< ReportOptions::seriesSelection

    /** A plan time in the plan's zone. */
    QDateTime local(const QDateTime &t) const;
    QDateTime at(double minutes) const { return local(schedule.toDateTime(plan, minutes)); }
    /** "Sat 4 Jan 2026 22:00 (UTC)"-style long form, and "22:00" / "Sat 22:00" short forms. */
    QString dateTimeText(const QDateTime &t) const;
    QString timeText(const QDateTime &t) const;
    /** Rollback criteria currently breached, readiness items still open. */
    int breachedRollbackCriteria() const;
    int openReadinessItems() const;
};

} // namespace cutover::report
