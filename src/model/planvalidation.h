// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"

#include <QCoreApplication>
#include <QList>

namespace cutover {

/** One structural problem of a plan, with the ids it concerns. */
struct PlanIssue
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString code;        ///< stable machine-readable id, e.g. "duplicate-id"
    QString message;     ///< translated, one line
    QStringList ids;     ///< task / phase / criterion ids concerned
};

/**
 * The model's own invariants: non-empty unique ids across runbook and rollback tasks, known
 * phases and predecessors, no self-dependency, each mark on at most one task and only on
 * runbook tasks, rollback tasks depending only on rollback tasks (and runbook tasks only on
 * runbook tasks), unique criterion and readiness ids, decisions referring to gate tasks.
 * Also every limit of PlanLimits: durations and lags within ±10 years, text lengths, labels
 * per series (codes "duration-out-of-range", "lag-out-of-range", "too-long").
 * Scheduling lints (cycles, window) live in the lint library.
 */
class PlanValidator
{
    Q_DECLARE_TR_FUNCTIONS(PlanValidator)
public:
    static QList<PlanIssue> validate(const Plan &plan);
    /** Only the PlanLimits part of validate(), appended to `issues`. */
    static void checkLimits(const Plan &plan, QList<PlanIssue> &issues);
};

} // namespace cutover
