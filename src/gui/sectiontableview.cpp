// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectiontableview.h"
#include "views/headerfit.h"

#include "choicedelegate.h"
#include "document/document.h"
#include "document/sectiontablemodel.h"
#include "messagebanner.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

namespace cutover::gui {

SectionTableView::SectionTableView(const QString &title, Document *document, std::unique_ptr<SectionAdapter> adapter,
                                   QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new SectionTableModel(document, std::move(adapter), this))
    , m_table(new QTableView(this))
    , m_banner(new MessageBanner(this))
{
    auto *heading = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    auto *add = new QPushButton(tr("Add"), this);
    auto *remove = new QPushButton(tr("Delete"), this);
    add->setToolTip(tr("Add a row below the current one"));
    remove->setToolTip(tr("Delete the selected rows"));
    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addStretch();
    top->addWidget(add);
    top->addWidget(remove);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setItemDelegate(new ChoiceDelegate(
        [this](int column) { return m_model->adapter().choices(m_document->plan(), column); }, this));
    m_table->setAccessibleName(title);
    setFocusProxy(m_table);

    fitColumns();
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_restored)
            fitColumns();
    });

    auto *deleteAction = new QAction(tr("Delete rows"), m_table);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(deleteAction);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_banner);

    connect(add, &QPushButton::clicked, this, &SectionTableView::addRow);
    connect(remove, &QPushButton::clicked, this, &SectionTableView::removeSelected);
    connect(deleteAction, &QAction::triggered, this, &SectionTableView::removeSelected);
    connect(m_model, &SectionTableModel::editRefused, this, [this](const QModelIndex &, const QString &reason) {
        m_banner->showError(reason);
        // A refused push (read-only plan) is already in the status bar: Document::editRefused.
        if (m_document->refusalReason().isEmpty())
            emit statusMessage(reason);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, m_banner, &MessageBanner::clearMessage);
    auto updateButtons = [this, add, remove] {
        add->setEnabled(!m_document->isReadOnly());
        remove->setEnabled(!m_document->isReadOnly() && m_table->selectionModel()->hasSelection());
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateButtons);
    connect(m_document, &Document::readOnlyChanged, this, updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateButtons);
    updateButtons();
}

void SectionTableView::addRow()
{
    const QModelIndex current = m_table->currentIndex();
    const int row = m_model->addRow(current.isValid() ? current.row() + 1 : -1);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_table->edit(m_model->index(row, std::min(1, m_model->columnCount() - 1)));
}

void SectionTableView::removeSelected()
{
    QList<int> rows;
    const auto selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows.append(m_table->currentIndex().row());
    if (!rows.isEmpty())
        m_model->removeRowsAt(rows);
}

void SectionTableView::fitColumns()
{
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int c = 0; c + 1 < m_model->columnCount(); ++c) {
        m_table->resizeColumnToContents(c);
        m_table->setColumnWidth(c, std::clamp(m_table->columnWidth(c) + em, 6 * em, 22 * em));
    }
    views::fitHeaderTitles(m_table->horizontalHeader()); // the clamp may cut a long title
}

void SectionTableView::saveSettings(QSettings &settings, const QString &key) const
{
    settings.setValue(key + QStringLiteral("/header"), m_table->horizontalHeader()->saveState());
}

void SectionTableView::restoreSettings(const QSettings &settings, const QString &key)
{
    const QByteArray state = settings.value(key + QStringLiteral("/header")).toByteArray();
    if (!state.isEmpty())
        m_restored = m_table->horizontalHeader()->restoreState(state);
    if (m_restored)
        views::fitHeaderTitles(m_table->horizontalHeader()); // saved in another language
}

} // namespace cutover::gui
