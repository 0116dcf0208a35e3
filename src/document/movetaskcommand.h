// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace cutover {

/** Moves one runbook task from row `from` to row `to` (its index after the move). */
class MoveTaskCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveTaskCommand)
public:
    MoveTaskCommand(Document *document, int from, int to, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document *m_document;
    int m_from;
    int m_to;
};

} // namespace cutover
