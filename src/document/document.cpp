// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include "approvededitcommand.h"

#include <memory>

namespace cutover {

namespace {

QVariant optionalMinutes(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

std::optional<double> toOptionalMinutes(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return std::nullopt;
    return v.toDouble();
}

} // namespace

Document::Document(Plan plan, QObject *parent)
    : QObject(parent)
    , m_plan(std::move(plan))
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, &Document::emitModifiedIfChanged);
    connect(&m_undoStack, &QUndoStack::indexChanged, this, &Document::emitModifiedIfChanged);
    // What each edit invalidates in the analysis (docs/analysis.md).
    using A = PlanAnalysis;
    connect(this, &Document::taskChanged, this, [this] { m_analysis.invalidate(A::Tasks); });
    connect(this, &Document::tasksInserted, this, [this] { m_analysis.invalidate(A::Tasks); });
    connect(this, &Document::tasksRemoved, this, [this] { m_analysis.invalidate(A::Tasks); });
    connect(this, &Document::taskMoved, this, [this] { m_analysis.invalidate(A::Tasks); });
    connect(this, &Document::planPropertyChanged, this, [this](PlanProperty p) {
        const bool timing = p == PlanProperty::Start || p == PlanProperty::WindowStart || p == PlanProperty::WindowEnd
            || p == PlanProperty::Timezone;
        m_analysis.invalidate(timing ? A::Timing : A::Checklist);
    });
    connect(this, &Document::sectionChanged, this, [this](Section section) {
        m_analysis.invalidate(section == Section::RollbackTasks ? A::Rollback
                              : section == Section::Criteria    ? A::Criteria
                                                                : A::Checklist);
    });
    connect(this, &Document::importedDataChanged, this, [this] { m_analysis.invalidate(A::Series); });
    connect(this, &Document::reviewChanged, this, [this] { m_analysis.invalidate(A::Checklist); });
    connect(this, &Document::planReset, this, [this] { m_analysis.invalidate(A::Everything); });
    connect(&m_analysis, &PlanAnalysis::changed, this, [this](PlanAnalysis::Inputs what) {
        if (what & ~PlanAnalysis::Inputs(PlanAnalysis::Simulation))
            emit scheduleChanged();
    });
}

Document::~Document()
{
    // Commands may refer to the document while being deleted; clear them first. Nobody hears
    // from a dying document: its owner (the main window) may be half destroyed already, and
    // the stack's indexChanged() would reach its slots (UBSan: downcast of a QWidget).
    m_undoStack.blockSignals(true);
    blockSignals(true);
    m_undoStack.clear();
}

void Document::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(path);
}

bool Document::isModified() const
{
    return m_forcedUnsaved || !m_undoStack.isClean();
}

void Document::markSaved()
{
    m_forcedUnsaved = false;
    m_undoStack.setClean();
    emitModifiedIfChanged();
}

void Document::markUnsaved()
{
    m_forcedUnsaved = true;
    emitModifiedIfChanged();
}

void Document::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    emit readOnlyChanged(readOnly);
}

QString Document::refusalReason() const
{
    return m_readOnly ? tr("the plan is open read-only") : QString();
}

bool Document::push(QUndoCommand *command)
{
    std::unique_ptr<QUndoCommand> owned(command);
    if (!owned)
        return false;
    if (const QString reason = refusalReason(); !reason.isEmpty()) {
        emit editRefused(reason);
        return false;
    }
    // An approved plan may be edited, but an edit of what was approved returns it to review
    // in the same undo step (ApprovedEditCommand, docs/review.md).
    if (m_plan.status == PlanStatus::Approved)
        m_undoStack.push(new ApprovedEditCommand(this, owned.release()));
    else
        m_undoStack.push(owned.release());
    return true;
}

void Document::setReview(const QList<Baseline> &baselines, const Approval &approval, PlanStatus status)
{
    m_plan.baselines = baselines;
    m_plan.approval = approval;
    const bool statusChanged = m_plan.status != status;
    m_plan.status = status;
    if (statusChanged)
        emit planPropertyChanged(PlanProperty::Status);
    emit reviewChanged();
    emit changed();
}

void Document::announceApprovalWithdrawn()
{
    emit approvalWithdrawn(m_plan.approval.baseline);
}

bool Document::beginMacro(const QString &text)
{
    if (const QString reason = refusalReason(); !reason.isEmpty()) {
        emit editRefused(reason);
        return false;
    }
    m_undoStack.beginMacro(text);
    return true;
}

void Document::endMacro()
{
    m_undoStack.endMacro();
}

void Document::emitModifiedIfChanged()
{
    const bool modified = isModified();
    if (modified == m_lastModified)
        return;
    m_lastModified = modified;
    emit modifiedChanged(modified);
}

void Document::resetPlan(Plan plan)
{
    emit planAboutToBeReset();
    m_undoStack.clear();
    m_plan = std::move(plan);
    m_forcedUnsaved = false;
    m_undoStack.setClean();
    const bool hadChoice = m_seriesSelection.isChosen();
    m_seriesSelection.reset();
    emit planReset();
    emit changed();
    emitModifiedIfChanged();
    if (hadChoice)
        emit seriesSelectionChanged();
}

void Document::setSeriesSelection(const SeriesSelection &selection)
{
    if (selection == m_seriesSelection)
        return;
    m_seriesSelection = selection;
    emit seriesSelectionChanged();
}

QVariant Document::taskFieldValue(const Task &task, TaskField field)
{
    switch (field) {
    case TaskField::Id: return task.id;
    case TaskField::Name: return task.name;
    case TaskField::Phase: return task.phase;
    case TaskField::Owner: return task.owner;
    case TaskField::Kind: return QVariant::fromValue(task.kind);
    case TaskField::Optimistic: return optionalMinutes(task.duration.optimistic);
    case TaskField::Likely: return task.duration.likely;
    case TaskField::Pessimistic: return optionalMinutes(task.duration.pessimistic);
    case TaskField::Distribution: return QVariant::fromValue(task.distribution);
    case TaskField::Predecessors: return QVariant::fromValue(task.after);
    case TaskField::NotBefore: return task.notBefore;
    case TaskField::Marks: return QVariant::fromValue(task.marks);
    case TaskField::Status: return QVariant::fromValue(task.status);
    case TaskField::Notes: return task.notes;
    case TaskField::ActualStart: return task.actualStart;
    case TaskField::ActualFinish: return task.actualFinish;
    }
    return {};
}

void Document::setTaskFieldValue(Task &task, TaskField field, const QVariant &value)
{
    switch (field) {
    case TaskField::Id: task.id = value.toString(); break;
    case TaskField::Name: task.name = value.toString(); break;
    case TaskField::Phase: task.phase = value.toString(); break;
    case TaskField::Owner: task.owner = value.toString(); break;
    case TaskField::Kind: task.kind = value.value<TaskKind>(); break;
    case TaskField::Optimistic: task.duration.optimistic = toOptionalMinutes(value); break;
    case TaskField::Likely: task.duration.likely = value.toDouble(); break;
    case TaskField::Pessimistic: task.duration.pessimistic = toOptionalMinutes(value); break;
    case TaskField::Distribution: task.distribution = value.value<Distribution>(); break;
    case TaskField::Predecessors: task.after = value.value<QList<Dependency>>(); break;
    case TaskField::NotBefore: task.notBefore = value.toDateTime(); break;
    case TaskField::Marks: task.marks = value.value<Marks>(); break;
    case TaskField::Status: task.status = value.value<TaskStatus>(); break;
    case TaskField::Notes: task.notes = value.toString(); break;
    case TaskField::ActualStart: task.actualStart = value.toDateTime(); break;
    case TaskField::ActualFinish: task.actualFinish = value.toDateTime(); break;
    }
}

QVariant Document::taskField(int index, TaskField field) const
{
    return taskFieldValue(m_plan.tasks.at(index), field);
}

QVariant Document::planProperty(PlanProperty property) const
{
    switch (property) {
    case PlanProperty::Name: return m_plan.name;
    case PlanProperty::Timezone: return m_plan.timezone;
    case PlanProperty::Start: return m_plan.start;
    case PlanProperty::WindowStart: return m_plan.window.start;
    case PlanProperty::WindowEnd: return m_plan.window.end;
    case PlanProperty::Status: return QVariant::fromValue(m_plan.status);
    case PlanProperty::Author: return m_plan.author;
    case PlanProperty::Description: return m_plan.description;
    case PlanProperty::HypercareHours: return m_plan.hypercare.durationHours;
    case PlanProperty::HypercareNotes: return m_plan.hypercare.notes;
    }
    return {};
}

QVariant Document::section(Section section) const
{
    switch (section) {
    case Section::Phases: return QVariant::fromValue(m_plan.phases);
    case Section::RollbackTasks: return QVariant::fromValue(m_plan.rollbackTasks);
    case Section::Criteria: return QVariant::fromValue(m_plan.criteria);
    case Section::Decisions: return QVariant::fromValue(m_plan.decisions);
    case Section::Readiness: return QVariant::fromValue(m_plan.readiness);
    case Section::Slas: return QVariant::fromValue(m_plan.hypercare.slas);
    case Section::Contacts: return QVariant::fromValue(m_plan.hypercare.contacts);
    }
    return {};
}

void Document::setTaskField(int index, TaskField field, const QVariant &value)
{
    setTaskFieldValue(m_plan.tasks[index], field, value);
    // Run state (status, actual times) is not part of what was approved.
    if (field != TaskField::Status && field != TaskField::ActualStart && field != TaskField::ActualFinish)
        ++m_reviewedEdits;
    emit taskChanged(index, field);
    emit changed();
}

void Document::insertTasks(int index, const QList<Task> &tasks)
{
    if (tasks.isEmpty())
        return;
    const int last = index + int(tasks.size()) - 1;
    emit tasksAboutToBeInserted(index, last);
    ++m_reviewedEdits;
    m_plan.tasks.insert(index, tasks.size(), Task{});
    for (qsizetype i = 0; i < tasks.size(); ++i)
        m_plan.tasks[index + i] = tasks.at(i);
    emit tasksInserted(index, last);
    emit changed();
}

void Document::removeTasks(int index, int count)
{
    if (count <= 0)
        return;
    emit tasksAboutToBeRemoved(index, index + count - 1);
    ++m_reviewedEdits;
    m_plan.tasks.remove(index, count);
    emit tasksRemoved(index, index + count - 1);
    emit changed();
}

void Document::moveTask(int from, int to)
{
    if (from == to)
        return;
    emit taskAboutToBeMoved(from, to);
    ++m_reviewedEdits;
    m_plan.tasks.move(from, to);
    emit taskMoved(from, to);
    emit changed();
}

void Document::setPlanProperty(PlanProperty property, const QVariant &value)
{
    switch (property) {
    case PlanProperty::Name: m_plan.name = value.toString(); break;
    case PlanProperty::Timezone: m_plan.timezone = value.toString(); break;
    case PlanProperty::Start: m_plan.start = value.toDateTime(); break;
    case PlanProperty::WindowStart: m_plan.window.start = value.toDateTime(); break;
    case PlanProperty::WindowEnd: m_plan.window.end = value.toDateTime(); break;
    case PlanProperty::Status: m_plan.status = value.value<PlanStatus>(); break;
    case PlanProperty::Author: m_plan.author = value.toString(); break;
    case PlanProperty::Description: m_plan.description = value.toString(); break;
    case PlanProperty::HypercareHours: m_plan.hypercare.durationHours = value.toDouble(); break;
    case PlanProperty::HypercareNotes: m_plan.hypercare.notes = value.toString(); break;
    }
    emit planPropertyChanged(property);
    emit changed();
}

void Document::setSection(Section section, const QVariant &value)
{
    switch (section) {
    case Section::Phases: m_plan.phases = value.value<QList<Phase>>(); break;
    case Section::RollbackTasks:
        m_plan.rollbackTasks = value.value<QList<Task>>();
        ++m_reviewedEdits;
        break;
    case Section::Criteria:
        m_plan.criteria = value.value<QList<Criterion>>();
        ++m_reviewedEdits;
        break;
    case Section::Decisions: m_plan.decisions = value.value<QList<GateDecision>>(); break;
    case Section::Readiness: m_plan.readiness = value.value<QList<ReadinessItem>>(); break;
    case Section::Slas: m_plan.hypercare.slas = value.value<QList<SlaTarget>>(); break;
    case Section::Contacts: m_plan.hypercare.contacts = value.value<QList<Contact>>(); break;
    }
    emit sectionChanged(section);
    emit changed();
}

void Document::setImportedData(const QList<MetricSeries> &series, const QList<ValidationResult> &validation)
{
    m_plan.series = series;
    m_plan.validation = validation;
    emit importedDataChanged();
    emit changed();
}

} // namespace cutover
