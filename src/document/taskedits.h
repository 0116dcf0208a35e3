// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "tasklistrules.h"
#include "model/result.h"

#include <QCoreApplication>

namespace cutover {

/**
 * The runbook edits a planner makes, each pushed as one undo step onto the document's stack.
 * They keep the plan consistent: renaming a task's ID renames it in every predecessor list
 * and gate decision; deleting tasks drops the links to them; a mark set on a task moves off
 * the task that had it (each mark is on at most one task). Each pushes through
 * Document::push(), so a read-only document refuses all (the error says why).
 */
class TaskEdits
{
    Q_DECLARE_TR_FUNCTIONS(TaskEdits)
public:
    static Status setField(Document &document, int row, Document::TaskField field, const QVariant &value);
    /** Parses `text` with TaskFieldText::parse, then setField(). */
    static Status setFieldText(Document &document, int row, Document::TaskField field, const QString &text);

    /** A new task with a fresh ID ("task-7"), in `phase`, likely duration 10 min. */
    static Task newTask(const Plan &plan, const QString &phase);
    /** An ID not used by any runbook or rollback task nor in `taken`, based on `base`. */
    static QString uniqueId(const Plan &plan, const QString &base, const QStringList &taken = {});

    /** Inserts `tasks` at `row` (appends when row is out of range); returns the first row. */
    static Result<int> insertTasks(Document &document, int row, const QList<Task> &tasks);
    /**
     * Adds a new task (newTask()) after `row`, in its phase and linked to it (FS, no lag);
     * with no such row, appends one in the first phase, unlinked. Returns the new row.
     */
    static Result<int> addTaskAfter(Document &document, int row);
    /**
     * Deletes the rows as one undo step, with the links to them dropped or reconnected
     * (TaskListRules::dropLinks) and their gate decisions dropped. Returns the successors
     * that got new predecessors.
     */
    static Result<QList<TaskListRules::Reconnection>> removeTasks(
        Document &document, QList<int> rows, TaskListRules::LinkPolicy links = TaskListRules::LinkPolicy::Drop);
    /** The rows outside `rows` that wait on one of them (whom deleting `rows` affects). */
    static QList<int> successorRows(const Plan &plan, const QList<int> &rows);
    /** Copies the rows below the last of them, with fresh IDs; links between copies follow. */
    static Result<QList<int>> duplicateTasks(Document &document, QList<int> rows);
    /** Moves each row one up (delta -1) or down (+1); returns the rows' new positions. */
    static Result<QList<int>> moveTasks(Document &document, QList<int> rows, int delta);
    static Status moveToPhase(Document &document, const QList<int> &rows, const QString &phase);

private:
    static Status push(Document &document, QUndoCommand *command);
};

} // namespace cutover
