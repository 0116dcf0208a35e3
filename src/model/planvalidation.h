// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"

#include <QCoreApplication>
#include <QList>

namespace cutover {

/**
 * Where in the plan an issue is: which list, which item of it and which field of the
 * item, named as in the plan format (spec/plan-format.md), so a reader can turn it into
 * a JSON path ("tasks[3].after[0].task") and a view can select the item.
 */
struct PlanIssueLocation
{
    enum class Collection { None, Phase, Task, RollbackTask, Criterion, Readiness, Decision };
    Collection collection = Collection::None;
    qsizetype index = -1;      ///< the item in the collection
    QString field;             ///< "id", "phase", "after", "marks", "for", "gate"; empty: the whole item
    qsizetype fieldIndex = -1; ///< the entry of a list field (the predecessor in "after"), or -1
    bool isValid() const { return collection != Collection::None && index >= 0; }
    friend bool operator==(const PlanIssueLocation &, const PlanIssueLocation &) = default;
};

/** One structural problem of a plan, with the ids it concerns and where it is. */
struct PlanIssue
{
    enum class Severity { Error, Warning };
    using Location = PlanIssueLocation;

    PlanIssue() = default;
    /** Positional construction as before the location existed: `PlanIssue{severity, code, message, ids}`. */
    PlanIssue(Severity severity, QString code, QString message, QStringList ids, Location location = {},
              QString detail = {}, Location firstUse = {})
        : severity(severity)
        , code(std::move(code))
        , message(std::move(message))
        , ids(std::move(ids))
        , location(std::move(location))
        , detail(std::move(detail))
        , firstUse(std::move(firstUse))
    {
    }

    Severity severity = Severity::Error;
    QString code;        ///< stable machine-readable id, e.g. "duplicate-id"
    QString message;     ///< translated, one line, readable without a location
    QStringList ids;     ///< task / phase / criterion ids concerned
    Location location;   ///< where it is; Collection::None when it concerns the plan as a whole
    QString detail;      ///< translated, what is wrong at `location` ("unknown task \"x\""); empty: use `message`
    Location firstUse;   ///< for a duplicate task id: the task that has it first
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
