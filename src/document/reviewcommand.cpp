// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewcommand.h"

#include "model/displaynames.h"
#include "model/signoff.h"

namespace cutover {

ReviewCommand::ReviewCommand(Document *document, const QString &text, State after)
    : QUndoCommand(text), m_document(document), m_before(stateOf(document->plan())), m_after(std::move(after))
{
}

ReviewCommand::State ReviewCommand::stateOf(const Plan &plan)
{
    return State{plan.baselines, plan.approval, plan.status};
}

Result<std::unique_ptr<ReviewCommand>> ReviewCommand::addBaseline(Document *document, Baseline baseline)
{
    State after = stateOf(document->plan());
    const QString name = baseline.name.trimmed();
    if (name.isEmpty())
        return Error(tr("a baseline needs a name"));
    if (document->plan().findBaseline(name))
        return Error(tr("the plan already has a baseline named \u201c%1\u201d").arg(name));
    baseline.name = name;
    after.baselines.append(std::move(baseline));
    return std::unique_ptr<ReviewCommand>(
        new ReviewCommand(document, tr("Take baseline \u201c%1\u201d").arg(name), std::move(after)));
}

Result<std::unique_ptr<ReviewCommand>> ReviewCommand::moveTo(Document *document, PlanStatus status)
{
    const PlanStatus from = document->plan().status;
    if (status == PlanStatus::Approved)
        return Error(tr("approve the plan as of a baseline (Plan > Approve)"));
    if (Status s = SignOff::checkMove(from, status); !s)
        return s.error();
    State after = stateOf(document->plan());
    after.status = status;
    return std::unique_ptr<ReviewCommand>(
        new ReviewCommand(document, tr("Set status to %1").arg(DisplayNames::of(status)), std::move(after)));
}

Result<std::unique_ptr<ReviewCommand>> ReviewCommand::approve(Document *document, const QString &baseline,
                                                              const QString &by, const QDateTime &at)
{
    Plan copy = document->plan();
    if (Status s = SignOff::approve(&copy, baseline, by, at); !s)
        return s.error();
    return std::unique_ptr<ReviewCommand>(
        new ReviewCommand(document, tr("Approve as of \u201c%1\u201d").arg(baseline), stateOf(copy)));
}

void ReviewCommand::redo()
{
    m_document->setReview(m_after.baselines, m_after.approval, m_after.status);
}

void ReviewCommand::undo()
{
    m_document->setReview(m_before.baselines, m_before.approval, m_before.status);
}

} // namespace cutover
