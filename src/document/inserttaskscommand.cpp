// SPDX-License-Identifier: GPL-3.0-or-later
#include "inserttaskscommand.h"

namespace cutover {

InsertTasksCommand::InsertTasksCommand(Document *document, int index, QList<Task> tasks, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_index(index)
    , m_tasks(std::move(tasks))
{
    if (m_tasks.size() == 1)
        setText(tr("Add task \"%1\"").arg(m_tasks.first().id));
    else
        setText(tr("Add %n tasks", nullptr, int(m_tasks.size())));
}

void InsertTasksCommand::redo()
{
    m_document->insertTasks(m_index, m_tasks);
}

void InsertTasksCommand::undo()
{
    m_document->removeTasks(m_index, int(m_tasks.size()));
}

} // namespace cutover
