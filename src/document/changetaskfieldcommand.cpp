// SPDX-License-Identifier: GPL-3.0-or-later
#include "changetaskfieldcommand.h"

#include "commandids.h"
#include "taskfieldtext.h"

namespace cutover {

ChangeTaskFieldCommand::ChangeTaskFieldCommand(Document *document, int index, Document::TaskField field,
                                               QVariant value, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_index(index)
    , m_field(field)
    , m_old(document->taskField(index, field))
    , m_new(std::move(value))
{
    setText(tr("Change %1 of \"%2\"").arg(TaskFieldText::title(field).toLower(), document->plan().tasks.at(index).id));
}

void ChangeTaskFieldCommand::redo()
{
    m_document->setTaskField(m_index, m_field, m_new);
}

void ChangeTaskFieldCommand::undo()
{
    m_document->setTaskField(m_index, m_field, m_old);
}

int ChangeTaskFieldCommand::id() const
{
    return ChangeTaskFieldId;
}

bool ChangeTaskFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeTaskFieldCommand *>(other);
    if (o->m_index != m_index || o->m_field != m_field || o->m_document != m_document)
        return false;
    m_new = o->m_new;
    setObsolete(m_new == m_old);
    return true;
}

} // namespace cutover
