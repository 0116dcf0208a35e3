// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace cutover {

/**
 * Sets one field of one runbook task. Consecutive edits of the same cell merge into one
 * undo step (typing a duration, then correcting it). Holds a pointer to the Document, which
 * must outlive the command (the Document's undo stack owns it).
 */
class ChangeTaskFieldCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeTaskFieldCommand)
public:
    ChangeTaskFieldCommand(Document *document, int index, Document::TaskField field, QVariant value,
                           QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    int m_index;
    Document::TaskField m_field;
    QVariant m_old;
    QVariant m_new;
};

} // namespace cutover
