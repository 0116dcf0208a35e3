// SPDX-License-Identifier: GPL-3.0-or-later
#include "signoff.h"

#include "displaynames.h"

namespace cutover {

QList<PlanStatus> SignOff::nextStatuses(PlanStatus from)
{
    using S = PlanStatus;
    switch (from) {
    case S::Draft: return {S::InReview, S::Cancelled};
    case S::InReview: return {S::Approved, S::Draft, S::Cancelled};
    case S::Approved: return {S::InProgress, S::InReview, S::Cancelled};
    case S::InProgress: return {S::Completed, S::RolledBack};
    case S::Completed:
    case S::RolledBack:
    case S::Cancelled: return {};
    }
    return {};
}

bool SignOff::canMove(PlanStatus from, PlanStatus to)
{
    return nextStatuses(from).contains(to);
}

Status SignOff::checkMove(PlanStatus from, PlanStatus to)
{
    if (canMove(from, to))
        return Ok{};
    return Error(tr("a plan that is %1 cannot move to %2").arg(DisplayNames::of(from), DisplayNames::of(to)));
}

Status SignOff::approve(Plan *plan, const QString &baseline, const QString &by, const QDateTime &at)
{
    if (by.trimmed().isEmpty())
        return Error(tr("an approval needs the name of who approves"));
    if (!plan->findBaseline(baseline))
        return Error(tr("the plan has no baseline \"%1\"").arg(baseline));
    if (plan->status != PlanStatus::Draft && plan->status != PlanStatus::InReview)
        return Error(tr("a plan that is %1 cannot be approved (only a draft or a plan in review)")
                         .arg(DisplayNames::of(plan->status)));
    plan->status = PlanStatus::Approved;
    plan->approval = Approval{by.trimmed(), at, baseline};
    return Ok{};
}

bool SignOff::changedSinceApproval(const Plan &plan)
{
    if (!plan.approval.isValid())
        return false;
    const Baseline *b = plan.findBaseline(plan.approval.baseline);
    if (!b)
        return true;
    const auto stripRun = [](QList<Task> tasks) {
        // Progress of a run (status, actual times) is not a change of the approved plan.
        for (Task &t : tasks) {
            t.status = TaskStatus::NotStarted;
            t.actualStart = {};
            t.actualFinish = {};
        }
        return tasks;
    };
    return stripRun(plan.tasks) != stripRun(b->tasks) || stripRun(plan.rollbackTasks) != stripRun(b->rollbackTasks)
        || plan.criteria != b->criteria;
}

} // namespace cutover
