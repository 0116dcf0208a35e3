// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plananalysis.h"

#include "model/plan.h"
#include "model/result.h"

#include <QCoreApplication>

namespace cutover {

/**
 * Taking baselines (docs/review.md): the snapshot of a plan's runbook, rollback plan and
 * criteria with the figures its PlanAnalysis gives at that moment (never a second formula).
 */
class Baselines
{
    Q_DECLARE_TR_FUNCTIONS(Baselines)
public:
    /**
     * The figures of the analysis' plan version: deterministic finish and downtime from the
     * summary; percentiles, probability and P80 deadline only when its simulation is current
     * (iterations 0 otherwise). Empty where the summary withholds the verdict.
     */
    static BaselineFigures figuresOf(const PlanAnalysis &analysis);
    /** The same from a summary (the report keeps the summary, not the analysis). */
    static BaselineFigures figuresOf(const PlanSummary &summary);

    /**
     * A baseline of `plan` named `name`, taken by `by` at `at`, with `figures`. Run state
     * (task status, actual times) is not part of it.
     */
    static Baseline snapshot(const Plan &plan, const QString &name, const QString &note, const QString &by,
                             const QDateTime &at, const BaselineFigures &figures);

    /** Adds `baseline` to `plan`; refused when the name is empty or already taken. */
    static Status add(Plan *plan, Baseline baseline);

    /** `plan` with the runbook, rollback plan and criteria of `baseline` (for diffs and views). */
    static Plan planAt(const Plan &plan, const Baseline &baseline);
};

} // namespace cutover
