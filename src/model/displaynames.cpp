// SPDX-License-Identifier: GPL-3.0-or-later
#include "displaynames.h"

namespace cutover {

// The English source texts are the file spellings (enumnames.cpp); the disambiguation says
// which enum a word belongs to, since "hold", "done" and "unknown" name values of several.

QString DisplayNames::of(TaskKind v)
{
    switch (v) {
    case TaskKind::Task: return tr("task", "task kind");
    case TaskKind::Milestone: return tr("milestone", "task kind");
    case TaskKind::Gate: return tr("gate", "task kind");
    }
    return toString(v);
}

QString DisplayNames::of(Distribution v)
{
    switch (v) {
    case Distribution::Triangular: return tr("triangular", "duration distribution");
    case Distribution::Pert: return tr("pert", "duration distribution");
    case Distribution::Fixed: return tr("fixed", "duration distribution");
    }
    return toString(v);
}

QString DisplayNames::of(DependencyType v)
{
    return toString(v); // FS, SS, FF, SF: the scheduling notation, the same in every language
}

QString DisplayNames::of(TaskStatus v)
{
    switch (v) {
    case TaskStatus::NotStarted: return tr("not-started", "task status");
    case TaskStatus::InProgress: return tr("in-progress", "task status");
    case TaskStatus::Done: return tr("done", "task status");
    case TaskStatus::Skipped: return tr("skipped", "task status");
    case TaskStatus::Blocked: return tr("blocked", "task status");
    }
    return toString(v);
}

QString DisplayNames::of(PlanStatus v)
{
    switch (v) {
    case PlanStatus::Draft: return tr("draft", "plan status");
    case PlanStatus::InReview: return tr("in-review", "plan status");
    case PlanStatus::Approved: return tr("approved", "plan status");
    case PlanStatus::InProgress: return tr("in-progress", "plan status");
    case PlanStatus::Completed: return tr("completed", "plan status");
    case PlanStatus::RolledBack: return tr("rolled-back", "plan status");
    case PlanStatus::Cancelled: return tr("cancelled", "plan status");
    }
    return toString(v);
}

QString DisplayNames::of(CompareOp v)
{
    return toString(v); // >, >=, <, <=
}

QString DisplayNames::of(CriterionAction v)
{
    switch (v) {
    case CriterionAction::Rollback: return tr("rollback", "criterion action");
    case CriterionAction::Hold: return tr("hold", "criterion action");
    case CriterionAction::Warn: return tr("warn", "criterion action");
    }
    return toString(v);
}

QString DisplayNames::of(CriterionKind v)
{
    switch (v) {
    case CriterionKind::Metric: return tr("metric", "criterion kind");
    case CriterionKind::Validation: return tr("validation", "criterion kind");
    case CriterionKind::Manual: return tr("manual", "criterion kind");
    }
    return toString(v);
}

QString DisplayNames::of(ManualAnswer v)
{
    switch (v) {
    case ManualAnswer::Unknown: return tr("unknown", "manual criterion answer");
    case ManualAnswer::Yes: return tr("yes", "manual criterion answer");
    case ManualAnswer::No: return tr("no", "manual criterion answer");
    }
    return toString(v);
}

QString DisplayNames::of(GateOutcome v)
{
    switch (v) {
    case GateOutcome::Pending: return tr("pending", "gate decision");
    case GateOutcome::Go: return tr("go", "gate decision");
    case GateOutcome::NoGo: return tr("no-go", "gate decision");
    case GateOutcome::Hold: return tr("hold", "gate decision");
    }
    return toString(v);
}

QString DisplayNames::of(ReadinessStatus v)
{
    switch (v) {
    case ReadinessStatus::Open: return tr("open", "readiness status");
    case ReadinessStatus::InProgress: return tr("in-progress", "readiness status");
    case ReadinessStatus::Done: return tr("done", "readiness status");
    case ReadinessStatus::Waived: return tr("waived", "readiness status");
    }
    return toString(v);
}

QString DisplayNames::of(ValidationStatus v)
{
    switch (v) {
    case ValidationStatus::Passed: return tr("passed", "validation status");
    case ValidationStatus::Failed: return tr("failed", "validation status");
    case ValidationStatus::Unknown: return tr("unknown", "validation status");
    }
    return toString(v);
}

} // namespace cutover
