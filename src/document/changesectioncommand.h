// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"

#include <QUndoCommand>

namespace cutover {

/**
 * Replaces one of the plan's smaller lists (phases, rollback tasks, criteria, decisions,
 * readiness, hypercare SLAs and contacts) with a new value. Edits with the same non-negative
 * `mergeKey` (e.g. row * 100 + column of a table cell) in a row merge into one undo step.
 * The lists are implicitly shared, so old and new values cost little.
 */
class ChangeSectionCommand : public QUndoCommand
{
public:
    ChangeSectionCommand(Document *document, Document::Section section, QVariant value, const QString &text,
                         int mergeKey = -1, QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    Document::Section m_section;
    QVariant m_old;
    QVariant m_new;
    int m_mergeKey;
};

} // namespace cutover
