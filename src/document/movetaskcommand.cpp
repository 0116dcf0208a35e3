// SPDX-License-Identifier: GPL-3.0-or-later
#include "movetaskcommand.h"

namespace cutover {

MoveTaskCommand::MoveTaskCommand(Document *document, int from, int to, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_from(from)
    , m_to(to)
{
    const QString id = document->plan().tasks.at(from).id;
    setText(to < from ? tr("Move \"%1\" up").arg(id) : tr("Move \"%1\" down").arg(id));
}

void MoveTaskCommand::redo()
{
    m_document->moveTask(m_from, m_to);
}

void MoveTaskCommand::undo()
{
    m_document->moveTask(m_to, m_from);
}

} // namespace cutover
