// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

namespace cutover {

/**
 * The sign-off rules of docs/review.md: the status moves Draft → In review → Approved
 * (→ In progress → Completed / Rolled back); a plan may go back from In review to Draft, from
 * Approved to In review, and be cancelled before it runs. Approving binds the approval to a
 * baseline of the plan. Any edit of the runbook, rollback plan or criteria of an approved
 * plan returns it to In review (Document does that in its edit path, undoable with the edit).
 */
class SignOff
{
    Q_DECLARE_TR_FUNCTIONS(SignOff)
public:
    /** The statuses `from` may move to, in the order a menu offers them. */
    static QList<PlanStatus> nextStatuses(PlanStatus from);
    static bool canMove(PlanStatus from, PlanStatus to);
    /** Why `from` cannot move to `to` ("a completed plan cannot move to draft"), or Ok. */
    static Status checkMove(PlanStatus from, PlanStatus to);

    /**
     * Approves `plan` as of its baseline `baseline`, by `by` at `at`: from Draft (through
     * In review) or In review. Refused when the baseline does not exist, `by` is empty or the
     * plan is past approval (In progress, Completed, Rolled back, Cancelled) or already approved.
     */
    static Status approve(Plan *plan, const QString &baseline, const QString &by, const QDateTime &at);

    /** Whether the plan's runbook, rollback plan or criteria differ from the approved baseline. */
    static bool changedSinceApproval(const Plan &plan);
};

} // namespace cutover
