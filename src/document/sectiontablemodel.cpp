// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectiontablemodel.h"

#include "changevaluecommand.h"

#include <algorithm>

namespace cutover {

SectionTableModel::SectionTableModel(Document *document, std::unique_ptr<SectionAdapter> adapter, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_adapter(std::move(adapter))
    , m_rows(m_adapter->rowCount(document->plan()))
{
    connect(document, &Document::sectionChanged, this, &SectionTableModel::onSectionChanged);
    connect(document, &Document::planAboutToBeReset, this, [this] { beginResetModel(); });
    connect(document, &Document::planReset, this, [this] {
        m_rows = m_adapter->rowCount(m_document->plan());
        endResetModel();
    });
    connect(document, &Document::readOnlyChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(document, &Document::changed, this, [this] {
        // Other sections (task ids, phases) feed some columns' display text.
        if (m_rows > 0)
            emit dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1), {Qt::DisplayRole, Qt::ToolTipRole});
    });
}

SectionTableModel::~SectionTableModel() = default;

void SectionTableModel::onSectionChanged(Document::Section section)
{
    if (section != m_adapter->section())
        return;
    const int rows = m_adapter->rowCount(m_document->plan());
    if (rows != m_rows) {
        // A whole-section replacement: the rows in between are not tracked individually.
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    if (rows > 0)
        emit dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
}

int SectionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int SectionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_adapter->columnCount();
}

QVariant SectionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return m_adapter->text(m_document->plan(), index.row(), index.column(), role);
    case Qt::ToolTipRole: {
        const QString full = m_adapter->text(m_document->plan(), index.row(), index.column(), Qt::EditRole);
        return full.size() > 40 || full.contains(QLatin1Char('\n')) ? QVariant(full) : QVariant();
    }
    default:
        return {};
    }
}

bool SectionTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Plan &plan = m_document->plan();
    const QString text = value.toString();
    if (text == m_adapter->text(plan, index.row(), index.column(), Qt::EditRole))
        return true;
    auto next = m_adapter->withText(plan, index.row(), index.column(), text);
    if (!next) {
        m_lastError = tr("%1: %2").arg(m_adapter->header(index.column()), next.error().message);
        emit editRefused(index, m_lastError);
        return false;
    }
    return pushEdit(index, new ChangeSectionCommand(m_document, {m_adapter->section(), index.row(), index.column()},
                                                    next.value(), m_adapter->editText(), Merge::Consecutive));
}

Qt::ItemFlags SectionTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (!m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant SectionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::DisplayRole)
        return m_adapter->header(section);
    if (role == Qt::ToolTipRole) {
        const QString tip = m_adapter->toolTip(section);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    return {};
}

int SectionTableModel::addRow(int row)
{
    const int at = row < 0 || row > m_rows ? m_rows : row;
    const bool pushed = pushEdit(index(std::min(at, m_rows - 1), 0),
                                 new ChangeSectionCommand(m_document, {m_adapter->section()},
                                                          m_adapter->withNewRow(m_document->plan(), at),
                                                          m_adapter->addText(), Merge::Never));
    return pushed ? at : -1;
}

bool SectionTableModel::removeRowsAt(const QList<int> &rows)
{
    QList<int> valid;
    for (int r : rows) {
        if (r >= 0 && r < m_rows && !valid.contains(r))
            valid.append(r);
    }
    if (valid.isEmpty())
        return false;
    std::sort(valid.begin(), valid.end());
    auto next = m_adapter->withoutRows(m_document->plan(), valid);
    if (!next) {
        m_lastError = next.error().message;
        emit editRefused(index(valid.first(), 0), m_lastError);
        return false;
    }
    return pushEdit(index(valid.first(), 0),
                    new ChangeSectionCommand(m_document, {m_adapter->section()}, next.value(),
                                             m_adapter->removeText(int(valid.size())), Merge::Never));
}

bool SectionTableModel::pushEdit(const QModelIndex &where, QUndoCommand *command)
{
    if (!m_document->push(command)) {
        m_lastError = m_document->refusalReason();
        emit editRefused(where, m_lastError);
        return false;
    }
    m_lastError.clear();
    return true;
}

} // namespace cutover
