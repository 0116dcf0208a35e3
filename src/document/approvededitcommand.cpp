// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvededitcommand.h"

#include "document.h"

namespace cutover {

ApprovedEditCommand::ApprovedEditCommand(Document *document, QUndoCommand *edit)
    : QUndoCommand(edit->text()), m_document(document), m_edit(edit)
{
}

ApprovedEditCommand::~ApprovedEditCommand() = default;

void ApprovedEditCommand::redo()
{
    const quint64 before = m_document->reviewedEdits();
    m_edit->redo();
    if (!m_done) {
        m_done = true;
        m_withdrew = m_document->reviewedEdits() != before && m_document->plan().status == PlanStatus::Approved;
    }
    if (m_withdrew) {
        m_document->setPlanProperty(Document::PlanProperty::Status, QVariant::fromValue(PlanStatus::InReview));
        m_document->announceApprovalWithdrawn();
    }
}

void ApprovedEditCommand::undo()
{
    if (m_withdrew)
        m_document->setPlanProperty(Document::PlanProperty::Status, QVariant::fromValue(PlanStatus::Approved));
    m_edit->undo();
}

} // namespace cutover
