// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "model/result.h"

#include <QAbstractTableModel>

#include <functional>
#include <memory>

namespace cutover {

/**
 * How one of the plan's smaller lists (criteria, decisions, readiness, ...) appears as a table:
 * its columns and how a row is added, removed or edited. Edits produce the section's new
 * value; SectionTableModel pushes it as a ChangeSectionCommand (changevaluecommand.h).
 */
class SectionAdapter
{
public:
    virtual ~SectionAdapter() = default;
    virtual Document::Section section() const = 0;
    virtual int rowCount(const Plan &plan) const = 0;
    virtual int columnCount() const = 0;
    virtual QString header(int column) const = 0;
    virtual QString toolTip(int column) const { Q_UNUSED(column); return {}; }
    /** Display text (role Qt::DisplayRole) or the editable text (Qt::EditRole). */
    virtual QString text(const Plan &plan, int row, int column, int role) const = 0;
    /** The section with the cell set from `text`, or why the text is refused. */
    virtual Result<QVariant> withText(const Plan &plan, int row, int column, const QString &text) const = 0;
    /** The section with a new, valid row at `row`. */
    virtual QVariant withNewRow(const Plan &plan, int row) const = 0;
    /** The section without `rows` (ascending), or why they cannot go (still referenced). */
    virtual Result<QVariant> withoutRows(const Plan &plan, const QList<int> &rows) const = 0;
    /** Undo texts: "Add criterion", "Edit criterion", "Delete criteria". */
    virtual QString addText() const = 0;
    virtual QString editText() const = 0;
    virtual QString removeText(int count) const = 0;
    /** Values a column offers in a drop-down (enum spellings); empty for free text. */
    virtual QStringList choices(const Plan &plan, int column) const { Q_UNUSED(plan); Q_UNUSED(column); return {}; }
};

/**
 * A table over one plan section. setData() pushes a ChangeSectionCommand through
 * Document::push() (never edits directly); refused text, or a refused push (read-only plan),
 * makes it return false and emit editRefused() with the reason.
 */
class SectionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /** Takes ownership of `adapter`. */
    SectionTableModel(Document *document, std::unique_ptr<SectionAdapter> adapter, QObject *parent = nullptr);
    ~SectionTableModel() override;

    Document *document() const { return m_document; }
    const SectionAdapter &adapter() const { return *m_adapter; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Pushes a command adding a row at `row` (appends when out of range); returns its row. */
    int addRow(int row = -1);
    /** Pushes a command removing the rows; false (with editRefused) when refused. */
    bool removeRowsAt(const QList<int> &rows);

    QString lastError() const { return m_lastError; }

signals:
    void editRefused(const QModelIndex &index, const QString &reason);

private:
    void onSectionChanged(Document::Section section);
    /** Document::push(); a refusal sets lastError() and emits editRefused() at `where`. */
    bool pushEdit(const QModelIndex &where, QUndoCommand *command);

    Document *m_document;
    std::unique_ptr<SectionAdapter> m_adapter;
    int m_rows = 0;
    QString m_lastError;
};

} // namespace cutover
