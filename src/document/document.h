// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/plananalysis.h"
#include "analysis/seriesselection.h"
#include "model/plan.h"
#include "schedule/scheduler.h"

#include <QObject>
#include <QUndoStack>
#include <QVariant>

namespace cutover {

/**
 * One open plan: the Plan value, its undo stack, the file it belongs to and whether it has
 * unsaved changes (the undo stack's clean state).
 *
 * Ownership: the Document owns the Plan and the QUndoStack; the stack owns every command
 * pushed onto it; commands hold a plain pointer to the Document, which outlives its stack.
 * Views and item models attach to a Document and never own plan data.
 *
 * Every edit is a QUndoCommand (see the *command.h files beside this one) pushed with push(). The
 * mutators below are the primitives those commands call; each emits fine-grained signals so
 * all views stay in step. Views and models must not call them directly: push a command.
 */
class Document : public QObject
{
    Q_OBJECT
public:
    /** The editable fields of a runbook task. */
    enum class TaskField {
        Id, Name, Phase, Owner, Kind, Optimistic, Likely, Pessimistic, Distribution,
        Predecessors, NotBefore, Marks, Status, Notes, ActualStart, ActualFinish,
    };
    Q_ENUM(TaskField)

    /** Scalar plan properties. */
    enum class PlanProperty {
        Name, Timezone, Start, WindowStart, WindowEnd, Status, Author, Description,
        HypercareHours, HypercareNotes,
    };
    Q_ENUM(PlanProperty)

    /** The plan's lists other than the runbook, each replaced as a whole by a ChangeSectionCommand. */
    enum class Section { Phases, RollbackTasks, Criteria, Decisions, Readiness, Slas, Contacts };
    Q_ENUM(Section)

    explicit Document(Plan plan = {}, QObject *parent = nullptr);
    ~Document() override;

    const Plan &plan() const { return m_plan; }
    QUndoStack *undoStack() { return &m_undoStack; }

    /** The .cutover file the plan is saved to; empty for a new plan or one imported from JSON. */
    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);

    /** Whether there are unsaved changes. */
    bool isModified() const;
    /** Marks the current state as saved (the undo stack's clean index). */
    void markSaved();
    /** Marks the plan as unsaved even at the clean index (a recovered or imported plan). */
    void markUnsaved();

    /**
     * Read-only documents refuse edits (another instance has the plan open): push() runs no
     * command while this is set.
     */
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);

    /**
     * The one way an edit reaches the plan: pushes `command` (taking ownership) onto the undo
     * stack, which runs it. A read-only document refuses: it deletes the command unrun, emits
     * editRefused() with refusalReason() and returns false. Views and edit helpers call this,
     * never undoStack()->push(), so none relies on its own isReadOnly() check.
     */
    bool push(QUndoCommand *command);
    /**
     * Starts a macro of several pushes (QUndoStack::beginMacro) that merge into one undo
     * step; refused like push() (returns false, nothing started) when the document is
     * read-only. Each successful call needs one endMacro().
     */
    bool beginMacro(const QString &text);
    void endMacro();
    /** Why push() refuses edits now ("the plan is open read-only"), or empty when it accepts them. */
    QString refusalReason() const;

    /**
     * The deterministic schedule of the current plan, or why there is none (a cycle, ...):
     * analysis()->schedule(). scheduleChanged() follows every change, once per turn of the
     * event loop however many primitives a command ran.
     */
    const Result<Schedule> &schedule() const { return m_analysis.schedule(); }
    /**
     * Everything computed from the plan (schedule, check findings, simulation, criteria, the
     * summary figures), invalidated by the edits below as docs/analysis.md describes. Views
     * read their figures from here.
     */
    PlanAnalysis *analysis() { return &m_analysis; }
    const PlanAnalysis *analysis() const { return &m_analysis; }

    /**
     * Which imported series the lag chart draws, the same in the monitoring view and the
     * report. View state: not part of the plan, not undoable, kept across edits and imports
     * (SeriesSelection's rule), forgotten by resetPlan() (open, revert, recover).
     */
    const SeriesSelection &seriesSelection() const { return m_seriesSelection; }
    void setSeriesSelection(const SeriesSelection &selection);

    /** Replaces the whole plan (open, revert, recover) and clears the undo history. */
    void resetPlan(Plan plan);

    // --- value access by field, in the QVariant forms the commands store ----------------
    /**
     * QVariant forms: strings as QString; Kind/Distribution/Status as the enum
     * (QVariant::fromValue); Optimistic/Pessimistic as double or a null QVariant when unset;
     * Likely as double; Predecessors as QList<Dependency>; times as QDateTime; Marks as Marks.
     */
    static QVariant taskFieldValue(const Task &task, TaskField field);
    static void setTaskFieldValue(Task &task, TaskField field, const QVariant &value);
    QVariant taskField(int index, TaskField field) const;
    QVariant planProperty(PlanProperty property) const;
    /** A section as QVariant holding QList<Phase>, QList<Task>, QList<Criterion>, ... */
    QVariant section(Section section) const;

    // --- primitives for undo commands ----------------------------------------------------
    void setTaskField(int index, TaskField field, const QVariant &value);
    /** Inserts `tasks` so that the first lands at `index`. */
    void insertTasks(int index, const QList<Task> &tasks);
    void removeTasks(int index, int count);
    /** Moves the task at `from` so that it ends up at index `to`. */
    void moveTask(int from, int to);
    void setPlanProperty(PlanProperty property, const QVariant &value);
    void setSection(Section section, const QVariant &value);
    /** Replaces baselines, approval and status together (ReviewCommand). */
    void setReview(const QList<Baseline> &baselines, const Approval &approval, PlanStatus status);
    /** Bumped by every primitive that changes the runbook, rollback plan or criteria (not run state). */
    quint64 reviewedEdits() const { return m_reviewedEdits; }
    /** Emits approvalWithdrawn() (ApprovedEditCommand). */
    void announceApprovalWithdrawn();
    /** Replaces the imported monitoring series and validation results (ImportDataCommand). */
    void setImportedData(const QList<MetricSeries> &series, const QList<ValidationResult> &validation);

signals:
    void taskChanged(int index, cutover::Document::TaskField field);
    void tasksAboutToBeInserted(int first, int last);
    void tasksInserted(int first, int last);
    void tasksAboutToBeRemoved(int first, int last);
    void tasksRemoved(int first, int last);
    void taskAboutToBeMoved(int from, int to);
    void taskMoved(int from, int to);
    void planPropertyChanged(cutover::Document::PlanProperty property);
    void sectionChanged(cutover::Document::Section section);
    /** The imported series or validation results changed (setImportedData). */
    void importedDataChanged();
    void planAboutToBeReset();
    void planReset();
    /** Baselines or the approval changed (ReviewCommand). */
    void reviewChanged();
    /** An edit of the approved plan's runbook, rollback plan or criteria returned it to In review. */
    void approvalWithdrawn(const QString &baseline);
    /** After any change of the plan data (edit, undo, redo, reset). */
    void changed();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    void readOnlyChanged(bool readOnly);
    /** push() refused an edit; `reason` is a sentence fragment such as "the plan is open read-only". */
    void editRefused(const QString &reason);
    /** The plan changed (not only a simulation finished): the analysis's figures are new. */
    void scheduleChanged();
    /** setSeriesSelection() changed the lag chart's series, or a new plan forgot the choice. */
    void seriesSelectionChanged();

private:
    void emitModifiedIfChanged();

    Plan m_plan;
    QUndoStack m_undoStack;
    QString m_filePath;
    bool m_forcedUnsaved = false;
    bool m_readOnly = false;
    bool m_lastModified = false;
    quint64 m_reviewedEdits = 0;
    PlanAnalysis m_analysis{&m_plan};
    SeriesSelection m_seriesSelection;
};

} // namespace cutover
