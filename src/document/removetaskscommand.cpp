// SPDX-License-Identifier: GPL-3.0-or-later
#include "removetaskscommand.h"

#include <algorithm>

namespace cutover {

RemoveTasksCommand::RemoveTasksCommand(Document *document, QList<int> rows, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_rows(std::move(rows))
{
    std::sort(m_rows.begin(), m_rows.end());
    m_rows.erase(std::unique(m_rows.begin(), m_rows.end()), m_rows.end());
    for (int row : std::as_const(m_rows))
        m_removed.append(document->plan().tasks.at(row));
    if (m_removed.size() == 1)
        setText(tr("Delete task \"%1\"").arg(m_removed.first().id));
    else
        setText(tr("Delete %n tasks", nullptr, int(m_removed.size())));
}

void RemoveTasksCommand::redo()
{
    // From the bottom up, one contiguous block at a time, so earlier rows keep their index.
    qsizetype i = m_rows.size() - 1;
    while (i >= 0) {
        qsizetype first = i;
        while (first > 0 && m_rows.at(first - 1) == m_rows.at(first) - 1)
            --first;
        m_document->removeTasks(m_rows.at(first), int(i - first + 1));
        i = first - 1;
    }
}

void RemoveTasksCommand::undo()
{
    qsizetype i = 0;
    while (i < m_rows.size()) {
        qsizetype last = i;
        while (last + 1 < m_rows.size() && m_rows.at(last + 1) == m_rows.at(last) + 1)
            ++last;
        m_document->insertTasks(m_rows.at(i), m_removed.mid(i, last - i + 1));
        i = last + 1;
    }
}

} // namespace cutover
