// SPDX-License-Identifier: GPL-3.0-or-later
#include "changesectioncommand.h"

#include "commandids.h"

namespace cutover {

ChangeSectionCommand::ChangeSectionCommand(Document *document, Document::Section section, QVariant value,
                                           const QString &text, int mergeKey, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_section(section)
    , m_old(document->section(section))
    , m_new(std::move(value))
    , m_mergeKey(mergeKey)
{
}

void ChangeSectionCommand::redo()
{
    m_document->setSection(m_section, m_new);
}

void ChangeSectionCommand::undo()
{
    m_document->setSection(m_section, m_old);
}

int ChangeSectionCommand::id() const
{
    return m_mergeKey >= 0 ? ChangeSectionId : -1;
}

bool ChangeSectionCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeSectionCommand *>(other);
    if (o->m_section != m_section || o->m_mergeKey != m_mergeKey || o->m_document != m_document)
        return false;
    m_new = o->m_new;
    setObsolete(m_new == m_old);
    return true;
}

} // namespace cutover
