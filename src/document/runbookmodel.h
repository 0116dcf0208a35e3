// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"

#include <QAbstractTableModel>

namespace cutover {

/**
 * The runbook as a flat table: one row per task in plan order, the phase as a column. Edits
 * through setData() push undo commands (TaskEdits) and never touch the plan directly; text is
 * read as a planner types it ("1h30", "freeze FS+5m; sync-ok SS"). Refused input makes
 * setData() return false and emits editRefused() with the reason.
 *
 * The derived columns (early start/finish, float, critical) come from the document's
 * schedule and update after every change.
 */
class RunbookModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn, NameColumn, PhaseColumn, OwnerColumn, KindColumn,
        OptimisticColumn, LikelyColumn, PessimisticColumn, DistributionColumn, PredecessorsColumn,
        NotBeforeColumn, EarlyStartColumn, EarlyFinishColumn, FloatColumn, CriticalColumn,
        MarksColumn, StatusColumn, ActualStartColumn, ActualFinishColumn, NotesColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        TaskIdRole = Qt::UserRole + 1, ///< QString: the row's task id
        CriticalRole,                  ///< bool: on the critical path
        MinutesRole,                   ///< double: derived columns as minutes since plan start
    };

    explicit RunbookModel(Document *document, QObject *parent = nullptr);

    Document *document() const { return m_document; }

    /** The task field a column edits, or nullopt for a derived column. */
    static std::optional<Document::TaskField> fieldOf(int column);
    static int columnOf(Document::TaskField field);
    /** The editable columns as task fields, in column order (for copy and paste). */
    static QList<Document::TaskField> editableFields();
    static bool isDerived(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Why the last setData() was refused ("" after a successful edit). */
    QString lastError() const { return m_lastError; }

signals:
    void editRefused(const QModelIndex &index, const QString &reason);

private:
    QVariant displayData(int row, int column) const;
    QVariant derivedData(int row, int column, int role) const;
    void onTaskChanged(int row, Document::TaskField field);

    Document *m_document;
    QString m_lastError;
};

} // namespace cutover
