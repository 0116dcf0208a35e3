// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace cutover {

/** Inserts runbook tasks as one block starting at `index` (add, duplicate, paste). */
class InsertTasksCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(InsertTasksCommand)
public:
    InsertTasksCommand(Document *document, int index, QList<Task> tasks, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    int m_index;
    QList<Task> m_tasks;
};

} // namespace cutover
