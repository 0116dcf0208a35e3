// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"

#include "model/plan.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <memory>

namespace cutover {

/**
 * The review state of the plan as one undo step (docs/review.md): its baselines, its
 * approval and its status, replaced together. create*() check the sign-off rules
 * (SignOff) and refuse what they forbid; nothing should be pushed then.
 */
class ReviewCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cutover::ReviewCommand)
public:
    /** Adds `baseline` (refused when its name is empty or taken). */
    static Result<std::unique_ptr<ReviewCommand>> addBaseline(Document *document, Baseline baseline);
    /** Moves the status along SignOff's transitions (Approved only through approve()). */
    static Result<std::unique_ptr<ReviewCommand>> moveTo(Document *document, PlanStatus status);
    /** Approves the plan as of `baseline`, by `by` at `at` (SignOff::approve). */
    static Result<std::unique_ptr<ReviewCommand>> approve(Document *document, const QString &baseline,
                                                          const QString &by, const QDateTime &at);

    void redo() override;
    void undo() override;

private:
    struct State
    {
        QList<Baseline> baselines;
        Approval approval;
        PlanStatus status = PlanStatus::Draft;
    };
    ReviewCommand(Document *document, const QString &text, State after);
    static State stateOf(const Plan &plan);

    Document *m_document;
    State m_before;
    State m_after;
};

} // namespace cutover
