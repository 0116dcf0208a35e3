// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbookview.h"
#include "views/headerfit.h"

#include "statuscolors.h"

#include "choicedelegate.h"
#include "document/document.h"
#include "document/runbookclipboard.h"
#include "document/runbookmodel.h"
#include "document/sectionadapters.h"
#include "document/taskedits.h"
#include "messagebanner.h"
#include "model/displaynames.h"
#include "model/enumnames.h"
#include "sectiontableview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <set>

namespace cutover::gui {

namespace {

QAction *makeAction(QWidget *owner, const QString &text, const QKeySequence &key, const QString &tip)
{
    auto *action = new QAction(text, owner);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    owner->addAction(action);
    return action;
}

} // namespace

RunbookView::RunbookView(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new RunbookModel(document, this))
    , m_table(new QTableView(this))
    , m_banner(new MessageBanner(this))
    , m_scheduleNotice(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_phases(new SectionTableView(tr("Phases"), document, SectionAdapters::phases(), this))
    , m_phaseMenu(new QMenu(tr("Move to phase"), this))
{
    m_add = makeAction(m_table, tr("Add task"), QKeySequence(Qt::CTRL | Qt::Key_Return), tr("Add a task below the current one"));
    m_duplicate = makeAction(m_table, tr("Duplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), tr("Duplicate the selected tasks"));
    m_delete = makeAction(m_table, tr("Delete"), QKeySequence::Delete, tr("Delete the selected tasks"));
    m_moveUp = makeAction(m_table, tr("Move up"), QKeySequence(Qt::ALT | Qt::Key_Up), tr("Move the selected tasks up"));
    m_moveDown = makeAction(m_table, tr("Move down"), QKeySequence(Qt::ALT | Qt::Key_Down), tr("Move the selected tasks down"));
    m_copy = makeAction(m_table, tr("Copy"), QKeySequence::Copy, tr("Copy the selected rows as tab-separated text"));
    m_paste = makeAction(m_table, tr("Paste"), QKeySequence::Paste,
                         tr("Paste cells, or rows with a header line, from a spreadsheet"));
    m_moveToPhase = m_phaseMenu->menuAction();
    m_moveToPhase->setToolTip(tr("Move the selected tasks to another phase"));

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_add);
    toolbar->addAction(m_duplicate);
    toolbar->addAction(m_delete);
    toolbar->addSeparator();
    toolbar->addAction(m_moveUp);
    toolbar->addAction(m_moveDown);
    toolbar->addAction(m_moveToPhase);
    if (auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(m_moveToPhase)))
        button->setPopupMode(QToolButton::InstantPopup);
    toolbar->addSeparator();
    toolbar->addAction(m_copy);
    toolbar->addAction(m_paste);

    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("runbookTable"));
    m_table->setAccessibleName(tr("Runbook"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const QList<std::pair<int, double>> widths = {
        {RunbookModel::IdColumn, 11}, {RunbookModel::NameColumn, 26}, {RunbookModel::PhaseColumn, 12},
        {RunbookModel::OwnerColumn, 10}, {RunbookModel::KindColumn, 6}, {RunbookModel::OptimisticColumn, 8},
        {RunbookModel::LikelyColumn, 6}, {RunbookModel::PessimisticColumn, 8}, {RunbookModel::DistributionColumn, 8},
        {RunbookModel::PredecessorsColumn, 15}, {RunbookModel::NotBeforeColumn, 11}, {RunbookModel::EarlyStartColumn, 8.5},
        {RunbookModel::EarlyFinishColumn, 8.5}, {RunbookModel::FloatColumn, 7}, {RunbookModel::CriticalColumn, 6},
        {RunbookModel::MarksColumn, 11}, {RunbookModel::StatusColumn, 8}, {RunbookModel::ActualStartColumn, 11},
        {RunbookModel::ActualFinishColumn, 11}};
    for (const auto &[column, ems] : widths)
        m_table->setColumnWidth(column, int(ems * em));
    views::fitHeaderTitles(m_table->horizontalHeader()); // "Wahrscheinlich" is wider than 6 em
    m_table->setItemDelegate(new ChoiceDelegate(
        [this](int column) -> QStringList {
            switch (column) {
            case RunbookModel::KindColumn: return DisplayNames::all<TaskKind>();
            case RunbookModel::DistributionColumn: return DisplayNames::all<Distribution>();
            case RunbookModel::StatusColumn: return DisplayNames::all<TaskStatus>();
            case RunbookModel::PhaseColumn: {
                QStringList ids;
                for (const Phase &p : m_document->plan().phases)
                    ids.append(p.id);
                return ids;
            }
            default: return {};
            }
        },
        this));

    m_scheduleNotice->setWordWrap(true);
    m_scheduleNotice->setStyleSheet(StatusColors::labelStyle(StatusColors::Kind::Problem, palette()));
    m_scheduleNotice->hide();

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(toolbar);
    leftLayout->addWidget(m_scheduleNotice);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_banner);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_phases);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({1200, 340}); // the phases list shows its ID and Name columns whole

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    setFocusProxy(m_table);

    connect(m_add, &QAction::triggered, this, &RunbookView::addTask);
    connect(m_duplicate, &QAction::triggered, this, &RunbookView::duplicateTasks);
    connect(m_delete, &QAction::triggered, this, &RunbookView::deleteTasks);
    connect(m_moveUp, &QAction::triggered, this, [this] { moveTasks(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveTasks(+1); });
    connect(m_copy, &QAction::triggered, this, &RunbookView::copySelection);
    connect(m_paste, &QAction::triggered, this, &RunbookView::paste);
    connect(m_phaseMenu, &QMenu::aboutToShow, this, &RunbookView::rebuildPhaseMenu);
    connect(m_model, &RunbookModel::editRefused, this, [this](const QModelIndex &, const QString &reason) { refuse(reason); });
    connect(m_document, &Document::changed, m_banner, &MessageBanner::clearMessage);
    connect(m_document, &Document::scheduleChanged, this, &RunbookView::updateScheduleNotice);
    connect(m_document, &Document::readOnlyChanged, this, &RunbookView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RunbookView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &RunbookView::updateActions);
    connect(m_phases, &SectionTableView::statusMessage, this, &RunbookView::statusMessage);
    updateActions();
    updateScheduleNotice();
}

QList<QAction *> RunbookView::editActions() const
{
    return {m_add, m_duplicate, m_delete, m_moveUp, m_moveDown, m_moveToPhase, m_copy, m_paste};
}

QList<int> RunbookView::selectedRows() const
{
    std::set<int> rows;
    const auto indexes = m_table->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : indexes)
        rows.insert(index.row());
    if (rows.empty() && m_table->currentIndex().isValid())
        rows.insert(m_table->currentIndex().row());
    return QList<int>(rows.begin(), rows.end());
}

void RunbookView::selectRows(const QList<int> &rows)
{
    QItemSelection selection;
    for (int r : rows)
        selection.select(m_model->index(r, 0), m_model->index(r, RunbookModel::ColumnCount - 1));
    if (rows.isEmpty())
        return;
    const int column = std::max(0, m_table->currentIndex().column());
    m_table->selectionModel()->setCurrentIndex(m_model->index(rows.first(), column), QItemSelectionModel::NoUpdate);
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_table->scrollTo(m_model->index(rows.first(), column));
}

void RunbookView::refuse(const QString &reason)
{
    m_banner->showError(reason);
    // A refused push (read-only plan) is already in the status bar: Document::editRefused.
    if (m_document->refusalReason().isEmpty())
        emit statusMessage(reason);
}

void RunbookView::updateActions()
{
    const bool writable = !m_document->isReadOnly();
    const bool any = !selectedRows().isEmpty();
    m_add->setEnabled(writable);
    m_duplicate->setEnabled(writable && any);
    m_delete->setEnabled(writable && any);
    m_moveUp->setEnabled(writable && any);
    m_moveDown->setEnabled(writable && any);
    m_moveToPhase->setEnabled(writable && any);
    m_copy->setEnabled(any);
    m_paste->setEnabled(writable);
}

void RunbookView::updateScheduleNotice()
{
    const auto &schedule = m_document->schedule();
    m_scheduleNotice->setVisible(!schedule.ok());
    if (!schedule.ok())
        m_scheduleNotice->setText(tr("The plan cannot be scheduled: %1").arg(schedule.errorString()));
}

void RunbookView::addTask()
{
    // After the current row (else the last selected one, else at the end), linked to it.
    const QModelIndex current = m_table->currentIndex();
    const QList<int> rows = selectedRows();
    const int after = current.isValid() ? current.row() : rows.isEmpty() ? -1 : rows.last();
    auto at = TaskEdits::addTaskAfter(*m_document, after);
    if (!at) {
        refuse(at.errorString());
        return;
    }
    m_table->setFocus();
    selectRows({at.value()});
    const QModelIndex name = m_model->index(at.value(), RunbookModel::NameColumn);
    m_table->setCurrentIndex(name);
    m_table->edit(name);
}

void RunbookView::duplicateTasks()
{
    auto rows = TaskEdits::duplicateTasks(*m_document, selectedRows());
    if (!rows)
        refuse(rows.errorString());
    else
        selectRows(rows.value());
}

RunbookView::DeleteChoice RunbookView::askDelete(const QStringList &deleted, const QStringList &successors)
{
    if (m_askDelete)
        return m_askDelete(deleted, successors);
    const auto quoted = [](const QStringList &ids) {
        QStringList out;
        for (const QString &id : ids)
            out.append(tr("\"%1\"").arg(id));
        return out.join(QStringLiteral(", "));
    };
    QMessageBox box(QMessageBox::Question, tr("Delete tasks"),
                    tr("Tasks that wait on %1: %2.").arg(quoted(deleted), quoted(successors)),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("Reconnect them to the deleted tasks' predecessors, so the order of the plan "
                              "stays as it was? Just deleting drops their links, and they may start too early."));
    QPushButton *reconnect = box.addButton(tr("&Reconnect"), QMessageBox::AcceptRole);
    QPushButton *justDelete = box.addButton(tr("&Just delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(reconnect);
    box.exec();
    if (box.clickedButton() == reconnect)
        return DeleteChoice::Reconnect;
    if (box.clickedButton() == justDelete)
        return DeleteChoice::JustDelete;
    return DeleteChoice::Cancel;
}

void RunbookView::deleteTasks()
{
    const QList<int> rows = selectedRows();
    const Plan &plan = m_document->plan();
    QStringList deleted;
    for (int r : rows) {
        if (r >= 0 && r < plan.tasks.size())
            deleted.append(plan.tasks.at(r).id);
    }
    QStringList successors;
    for (int r : TaskEdits::successorRows(plan, rows))
        successors.append(plan.tasks.at(r).id);
    auto links = TaskListRules::LinkPolicy::Drop;
    if (!successors.isEmpty() && m_document->refusalReason().isEmpty()) { // no question for an edit push() refuses
        const DeleteChoice choice = askDelete(deleted, successors);
        if (choice == DeleteChoice::Cancel)
            return;
        if (choice == DeleteChoice::Reconnect)
            links = TaskListRules::LinkPolicy::Reconnect;
    }
    const auto result = TaskEdits::removeTasks(*m_document, rows, links);
    if (!result) {
        refuse(result.errorString());
        return;
    }
    // Say what happened to the tasks that waited on the deleted ones.
    QString what = deleted.size() == 1 ? tr("Deleted \"%1\"").arg(deleted.first())
                                       : tr("Deleted %n tasks", nullptr, int(deleted.size()));
    QStringList reconnected;
    for (const TaskListRules::Reconnection &r : result.value()) {
        QStringList follows;
        for (const QString &id : r.nowFollows)
            follows.append(tr("\"%1\"").arg(id));
        reconnected.append(tr("\"%1\" now follows %2").arg(r.task, follows.join(QStringLiteral(", "))));
    }
    if (!reconnected.isEmpty())
        what += QStringLiteral("; ") + reconnected.join(QStringLiteral("; "));
    else if (links == TaskListRules::LinkPolicy::Drop && !successors.isEmpty())
        what += deleted.size() == 1 ? tr("; %n tasks no longer wait on it", nullptr, int(successors.size()))
                                    : tr("; %n tasks no longer wait on them", nullptr, int(successors.size()));
    m_banner->showInfo(what);
    emit statusMessage(what);
    const int next = std::min(rows.first(), m_model->rowCount() - 1);
    if (next >= 0)
        selectRows({next});
}

void RunbookView::moveTasks(int delta)
{
    auto rows = TaskEdits::moveTasks(*m_document, selectedRows(), delta);
    if (!rows)
        refuse(rows.errorString());
    else
        selectRows(rows.value());
}

void RunbookView::rebuildPhaseMenu()
{
    m_phaseMenu->clear();
    for (const Phase &phase : m_document->plan().phases) {
        const QString label = phase.name.isEmpty() ? phase.id : phase.name;
        QAction *action = m_phaseMenu->addAction(label);
        const QString id = phase.id;
        connect(action, &QAction::triggered, this, [this, id] {
            const QList<int> rows = selectedRows();
            const Status status = TaskEdits::moveToPhase(*m_document, rows, id);
            if (!status)
                refuse(status.errorString());
        });
    }
    if (m_document->plan().phases.isEmpty())
        m_phaseMenu->addAction(tr("(the plan has no phases)"))->setEnabled(false);
}

void RunbookView::copySelection()
{
    const QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    QList<Document::TaskField> fields = RunbookModel::editableFields();
    QApplication::clipboard()->setText(RunbookClipboard::toTsv(m_document->plan(), rows, fields));
    emit statusMessage(tr("Copied %n rows", nullptr, int(rows.size())));
}

void RunbookView::paste()
{
    const QString text = QApplication::clipboard()->text();
    const QModelIndex current = m_table->currentIndex();
    const QList<Document::TaskField> fields = RunbookModel::editableFields();
    // The column under the cursor as an index into the editable fields.
    int column = 0;
    if (current.isValid()) {
        const auto field = RunbookModel::fieldOf(current.column());
        if (!field) {
            refuse(tr("paste into an editable column (not a computed one)"));
            return;
        }
        column = int(fields.indexOf(*field));
    }
    // Cells paste left to right in the table's column order; the editable fields skip the
    // computed columns, which is also how a pasted block of cells is laid out.
    auto rows = RunbookClipboard::paste(*m_document, current.isValid() ? current.row() : -1, column, fields, text);
    if (!rows) {
        refuse(rows.errorString());
        return;
    }
    selectRows(rows.value());
    emit statusMessage(tr("Pasted %n rows", nullptr, int(rows.value().size())));
}

void RunbookView::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("runbook/header"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("runbook/splitter"), m_splitter->saveState());
    m_phases->saveSettings(settings, QStringLiteral("runbook/phases"));
}

void RunbookView::restoreSettings(const QSettings &settings)
{
    const QByteArray header = settings.value(QStringLiteral("runbook/header")).toByteArray();
    if (!header.isEmpty()) {
        m_table->horizontalHeader()->restoreState(header);
        views::fitHeaderTitles(m_table->horizontalHeader()); // saved in another language
    }
    const QByteArray splitter = settings.value(QStringLiteral("runbook/splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    m_phases->restoreSettings(settings, QStringLiteral("runbook/phases"));
}

} // namespace cutover::gui
