// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

#include <memory>

namespace cutover {

class Document;

/**
 * Wraps an edit pushed while the plan is Approved (docs/review.md, "Sign-off"): when the edit
 * touches the runbook, the rollback plan or the criteria, the plan returns to In review in the
 * same undo step, and undo restores Approved with the edit. Document::push() does the wrapping;
 * an edit of anything else (readiness, decisions, properties, run state) leaves the status.
 * Owns the wrapped command.
 */
class ApprovedEditCommand : public QUndoCommand
{
public:
    ApprovedEditCommand(Document *document, QUndoCommand *edit);
    ~ApprovedEditCommand() override;

    void undo() override;
    void redo() override;

    /** Whether this edit returned the plan to In review. */
    bool withdrewApproval() const { return m_withdrew; }

private:
    Document *m_document;
    std::unique_ptr<QUndoCommand> m_edit;
    bool m_done = false;
    bool m_withdrew = false;
};

} // namespace cutover
