// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace cutover {

/**
 * Removes runbook tasks at any set of rows (a multi-row selection need not be contiguous).
 * Undo puts every task back at its old row. References to the removed tasks are cleaned up
 * by TaskEdits::removeTasks, which wraps this command with the reference changes.
 */
class RemoveTasksCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveTasksCommand)
public:
    RemoveTasksCommand(Document *document, QList<int> rows, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    QList<int> m_rows;      ///< ascending, unique
    QList<Task> m_removed;  ///< parallel to m_rows
};

} // namespace cutover
