// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbookmodel.h"

#include "model/durationtext.h"
#include "model/enumnames.h"
#include "taskedits.h"
#include "taskfieldtext.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <array>

namespace cutover {

using TaskField = Document::TaskField;

namespace {

constexpr std::array<std::pair<RunbookModel::Column, TaskField>, 16> kColumnFields{{
    {RunbookModel::IdColumn, TaskField::Id},
    {RunbookModel::NameColumn, TaskField::Name},
    {RunbookModel::PhaseColumn, TaskField::Phase},
    {RunbookModel::OwnerColumn, TaskField::Owner},
    {RunbookModel::KindColumn, TaskField::Kind},
    {RunbookModel::OptimisticColumn, TaskField::Optimistic},
    {RunbookModel::LikelyColumn, TaskField::Likely},
    {RunbookModel::PessimisticColumn, TaskField::Pessimistic},
    {RunbookModel::DistributionColumn, TaskField::Distribution},
    {RunbookModel::PredecessorsColumn, TaskField::Predecessors},
    {RunbookModel::NotBeforeColumn, TaskField::NotBefore},
    {RunbookModel::MarksColumn, TaskField::Marks},
    {RunbookModel::StatusColumn, TaskField::Status},
    {RunbookModel::ActualStartColumn, TaskField::ActualStart},
    {RunbookModel::ActualFinishColumn, TaskField::ActualFinish},
    {RunbookModel::NotesColumn, TaskField::Notes},
}};

} // namespace

RunbookModel::RunbookModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &Document::taskChanged, this, &RunbookModel::onTaskChanged);
    connect(document, &Document::tasksAboutToBeInserted, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(document, &Document::tasksInserted, this, [this] { endInsertRows(); });
    connect(document, &Document::tasksAboutToBeRemoved, this,
            [this](int first, int last) { beginRemoveRows({}, first, last); });
    connect(document, &Document::tasksRemoved, this, [this] { endRemoveRows(); });
    connect(document, &Document::taskAboutToBeMoved, this, [this](int from, int to) {
        beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
    });
    connect(document, &Document::taskMoved, this, [this] { endMoveRows(); });
    connect(document, &Document::planAboutToBeReset, this, [this] { beginResetModel(); });
    connect(document, &Document::planReset, this, [this] { endResetModel(); });
    auto allChanged = [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    };
    connect(document, &Document::scheduleChanged, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, EarlyStartColumn), index(rowCount() - 1, CriticalColumn));
    });
    connect(document, &Document::planPropertyChanged, this, [allChanged](Document::PlanProperty p) {
        if (p == Document::PlanProperty::Timezone || p == Document::PlanProperty::Start)
            allChanged();
    });
    connect(document, &Document::sectionChanged, this, [this](Document::Section s) {
        if (s == Document::Section::Phases && rowCount() > 0)
            emit dataChanged(index(0, PhaseColumn), index(rowCount() - 1, PhaseColumn));
    });
}

std::optional<TaskField> RunbookModel::fieldOf(int column)
{
    for (const auto &[c, f] : kColumnFields) {
        if (c == column)
            return f;
    }
    return std::nullopt;
}

int RunbookModel::columnOf(TaskField field)
{
    for (const auto &[c, f] : kColumnFields) {
        if (f == field)
            return c;
    }
    return -1;
}

QList<TaskField> RunbookModel::editableFields()
{
    QList<TaskField> out;
    for (int c = 0; c < ColumnCount; ++c) {
        if (const auto f = fieldOf(c))
            out.append(*f);
    }
    return out;
}

bool RunbookModel::isDerived(int column)
{
    return column >= EarlyStartColumn && column <= CriticalColumn;
}

int RunbookModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document->plan().tasks.size());
}

int RunbookModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void RunbookModel::onTaskChanged(int row, TaskField field)
{
    const int column = columnOf(field);
    emit dataChanged(index(row, column), index(row, column));
    if (field == TaskField::Kind || field == TaskField::Marks)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::FontRole, Qt::ToolTipRole});
}

QVariant RunbookModel::displayData(int row, int column) const
{
    const Plan &plan = m_document->plan();
    const Task &task = plan.tasks.at(row);
    const TaskField field = *fieldOf(column);
    if (field == TaskField::Phase) {
        for (const Phase &p : plan.phases) {
            if (p.id == task.phase)
                return p.name.isEmpty() ? p.id : p.name;
        }
        return task.phase;
    }
    if (field == TaskField::Notes)
        return task.notes.section(QLatin1Char('\n'), 0, 0);
    return TaskFieldText::format(plan, field, Document::taskFieldValue(task, field));
}

QVariant RunbookModel::derivedData(int row, int column, int role) const
{
    const auto &schedule = m_document->schedule();
    if (!schedule) {
        if (role == Qt::ToolTipRole)
            return tr("No schedule: %1").arg(schedule.errorString());
        return {};
    }
    const Plan &plan = m_document->plan();
    if (row >= schedule->tasks.size())
        return {};
    const TaskTiming &t = schedule->tasks.at(row);
    if (role == CriticalRole)
        return t.critical;
    if (role == MinutesRole) {
        switch (column) {
        case EarlyStartColumn: return t.es;
        case EarlyFinishColumn: return t.ef;
        case FloatColumn: return t.totalFloat;
        default: return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case EarlyStartColumn: return QLocale().toString(TaskFieldText::scheduleTime(plan, t.es), QStringLiteral("ddd HH:mm"));
        case EarlyFinishColumn: return QLocale().toString(TaskFieldText::scheduleTime(plan, t.ef), QStringLiteral("ddd HH:mm"));
        case FloatColumn: return DurationText::format(t.totalFloat);
        case CriticalColumn: return t.critical ? tr("critical") : QString();
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && (column == EarlyStartColumn || column == EarlyFinishColumn)) {
        const double minutes = column == EarlyStartColumn ? t.es : t.ef;
        return tr("%1, %2 after the plan start (latest: %3)")
            .arg(TaskFieldText::formatTime(plan, TaskFieldText::scheduleTime(plan, minutes)), DurationText::format(minutes),
                 DurationText::format(column == EarlyStartColumn ? t.ls : t.lf));
    }
    if (role == Qt::ForegroundRole && column == CriticalColumn && t.critical)
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role == Qt::TextAlignmentRole && column != CriticalColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RunbookModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const Task &task = m_document->plan().tasks.at(row);
    if (role == TaskIdRole)
        return task.id;
    if (isDerived(column) || role == CriticalRole)
        return derivedData(row, isDerived(column) ? column : int(CriticalColumn), role);
    const TaskField field = *fieldOf(column);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::EditRole:
        return TaskFieldText::format(m_document->plan(), field, Document::taskFieldValue(task, field));
    case Qt::ToolTipRole:
        if (field == TaskField::Notes && !task.notes.isEmpty())
            return task.notes;
        if (field == TaskField::Optimistic || field == TaskField::Likely || field == TaskField::Pessimistic) {
            const QVariant v = Document::taskFieldValue(task, field);
            return v.isNull() ? QVariant() : QVariant(DurationText::format(v.toDouble()));
        }
        return {};
    case Qt::FontRole:
        if (task.kind != TaskKind::Task || task.marks != Marks()) {
            QFont font;
            font.setBold(task.marks != Marks());
            font.setItalic(task.kind == TaskKind::Milestone);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column >= OptimisticColumn && column <= PessimisticColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

bool RunbookModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const auto field = fieldOf(index.column());
    if (!field) {
        m_lastError = tr("this column is computed from the schedule");
        emit editRefused(index, m_lastError);
        return false;
    }
    const Status status = TaskEdits::setFieldText(*m_document, index.row(), *field, value.toString());
    if (!status) {
        m_lastError = tr("%1: %2").arg(TaskFieldText::title(*field), status.error().message);
        emit editRefused(index, m_lastError);
        return false;
    }
    m_lastError.clear();
    return true;
}

Qt::ItemFlags RunbookModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (!isDerived(index.column()) && !m_document->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RunbookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole)
            return section + 1;
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case OptimisticColumn:
        case LikelyColumn:
        case PessimisticColumn:
            return tr("Minutes, or e.g. 1h30, 1:30, 1.5h");
        case PredecessorsColumn:
            return tr("Task IDs with type and lag, e.g. \"freeze FS+5m; sync-ok SS\"");
        case EarlyStartColumn:
        case EarlyFinishColumn:
        case FloatColumn:
        case CriticalColumn:
            return tr("Computed from the schedule at likely durations");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    if (const auto field = fieldOf(section))
        return TaskFieldText::title(*field);
    switch (section) {
    case EarlyStartColumn: return tr("Early start");
    case EarlyFinishColumn: return tr("Early finish");
    case FloatColumn: return tr("Float");
    case CriticalColumn: return tr("Critical");
    default: return {};
    }
}

} // namespace cutover
