// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskedits.h"

#include "changevaluecommand.h"
#include "inserttaskscommand.h"
#include "movetaskcommand.h"
#include "removetaskscommand.h"
#include "taskfieldtext.h"
#include "tasklistrules.h"

#include <QSet>

#include <algorithm>
#include <memory>

namespace cutover {

using TaskField = Document::TaskField;

namespace {

QList<int> sortedUnique(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

bool rowsValid(const Document &document, const QList<int> &rows)
{
    const int count = int(document.plan().tasks.size());
    return std::all_of(rows.begin(), rows.end(), [count](int r) { return r >= 0 && r < count; });
}

} // namespace

/** Pushes `command` through Document::push(), which refuses edits of a read-only plan. */
Status TaskEdits::push(Document &document, QUndoCommand *command)
{
    if (!document.push(command))
        return Error{document.refusalReason()};
    return Ok{};
}

Status TaskEdits::setField(Document &document, int row, TaskField field, const QVariant &value)
{
    const Plan &plan = document.plan();
    if (row < 0 || row >= plan.tasks.size())
        return Error{tr("no task at row %1").arg(row + 1)};
    const QVariant old = document.taskField(row, field);
    if (old == value)
        return Ok{};

    if (field == TaskField::Id) {
        const QString from = old.toString();
        const QString to = value.toString();
        auto macro = std::make_unique<QUndoCommand>(tr("Rename task \"%1\" to \"%2\"").arg(from, to));
        new ChangeTaskFieldCommand(&document, {row, field}, value, macro.get());
        QList<Task> tasks = plan.tasks;
        for (int i : TaskListRules::renameLinks(tasks, from, to))
            new ChangeTaskFieldCommand(&document, {i, TaskField::Predecessors}, QVariant::fromValue(tasks.at(i).after), macro.get());
        QList<GateDecision> decisions = plan.decisions;
        bool decisionsTouched = false;
        for (GateDecision &d : decisions) {
            if (d.gate == from) {
                d.gate = to;
                decisionsTouched = true;
            }
        }
        if (decisionsTouched)
            new ChangeSectionCommand(&document, {Document::Section::Decisions}, QVariant::fromValue(decisions), {}, Merge::Never, macro.get());
        return push(document, macro.release());
    }

    if (field == TaskField::Marks) {
        const Marks added = value.value<Marks>() & ~old.value<Marks>();
        QList<int> losers;
        for (int i = 0; i < plan.tasks.size(); ++i) {
            if (i != row && (plan.tasks.at(i).marks & added))
                losers.append(i);
        }
        if (!losers.isEmpty()) {
            auto macro = std::make_unique<QUndoCommand>(
                tr("Change marks of \"%1\"").arg(plan.tasks.at(row).id));
            for (int i : std::as_const(losers)) {
                new ChangeTaskFieldCommand(&document, {i, TaskField::Marks},
                                           QVariant::fromValue(plan.tasks.at(i).marks & ~added), macro.get());
            }
            new ChangeTaskFieldCommand(&document, {row, field}, value, macro.get());
            return push(document, macro.release());
        }
    }

    return push(document, new ChangeTaskFieldCommand(&document, {row, field}, value));
}

Status TaskEdits::setFieldText(Document &document, int row, TaskField field, const QString &text)
{
    auto value = TaskFieldText::parse(document.plan(), row, field, text);
    if (!value)
        return value.error();
    return setField(document, row, field, value.value());
}

QString TaskEdits::uniqueId(const Plan &plan, const QString &base, const QStringList &taken)
{
    auto used = [&](const QString &id) {
        return plan.taskIndex(id) >= 0 || plan.rollbackTaskIndex(id) >= 0 || taken.contains(id);
    };
    if (!base.isEmpty() && !used(base))
        return base;
    const QString stem = base.isEmpty() ? QStringLiteral("task") : base;
    for (int n = 2;; ++n) {
        const QString candidate = stem + QLatin1Char('-') + QString::number(n);
        if (!used(candidate))
            return candidate;
    }
}

Task TaskEdits::newTask(const Plan &plan, const QString &phase)
{
    Task task;
    task.id = uniqueId(plan, QStringLiteral("task-%1").arg(plan.tasks.size() + 1));
    task.name = tr("New task");
    task.phase = phase;
    task.duration.likely = 10.0;
    return task;
}

Result<int> TaskEdits::insertTasks(Document &document, int row, const QList<Task> &tasks)
{
    if (tasks.isEmpty())
        return Error{tr("nothing to insert")};
    const int count = int(document.plan().tasks.size());
    const int at = row < 0 || row > count ? count : row;
    if (auto pushed = push(document, new InsertTasksCommand(&document, at, tasks)); !pushed)
        return pushed.error();
    return at;
}

Result<QList<TaskListRules::Reconnection>> TaskEdits::removeTasks(Document &document, QList<int> rows,
                                                                 TaskListRules::LinkPolicy links)
{
    rows = sortedUnique(std::move(rows));
    if (rows.isEmpty())
        return Error{tr("no task selected")};
    if (!rowsValid(document, rows))
        return Error{tr("no task at one of the selected rows")};
    const Plan &plan = document.plan();
    QSet<QString> gone;
    for (int r : std::as_const(rows))
        gone.insert(plan.tasks.at(r).id);

    auto macro = std::make_unique<QUndoCommand>();
    // Fix the links of the tasks that stay (before the rows shift), then remove.
    QList<Task> tasks = plan.tasks;
    QList<TaskListRules::Reconnection> reconnections;
    for (int i : TaskListRules::dropLinks(tasks, gone, links, &reconnections))
        new ChangeTaskFieldCommand(&document, {i, TaskField::Predecessors}, QVariant::fromValue(tasks.at(i).after), macro.get());
    QList<GateDecision> decisions = plan.decisions;
    if (decisions.removeIf([&gone](const GateDecision &d) { return gone.contains(d.gate); }) > 0)
        new ChangeSectionCommand(&document, {Document::Section::Decisions}, QVariant::fromValue(decisions), {}, Merge::Never, macro.get());
    auto *remove = new RemoveTasksCommand(&document, rows, macro.get());
    macro->setText(remove->text());
    if (auto pushed = push(document, macro.release()); !pushed)
        return pushed.error();
    return reconnections;
}

QList<int> TaskEdits::successorRows(const Plan &plan, const QList<int> &rows)
{
    QSet<QString> gone;
    for (int r : rows) {
        if (r >= 0 && r < plan.tasks.size())
            gone.insert(plan.tasks.at(r).id);
    }
    QList<int> out;
    for (int i = 0; i < plan.tasks.size(); ++i) {
        const Task &t = plan.tasks.at(i);
        if (!gone.contains(t.id)
            && std::any_of(t.after.begin(), t.after.end(), [&gone](const Dependency &d) { return gone.contains(d.task); }))
            out.append(i);
    }
    return out;
}

Result<int> TaskEdits::addTaskAfter(Document &document, int row)
{
    const Plan &plan = document.plan();
    if (row < 0 || row >= plan.tasks.size()) {
        const QString phase = plan.phases.isEmpty() ? QString() : plan.phases.first().id;
        return insertTasks(document, int(plan.tasks.size()), {newTask(plan, phase)});
    }
    const Task &current = plan.tasks.at(row);
    Task task = newTask(plan, current.phase);
    task.after = {{current.id, DependencyType::FS, 0.0}};
    return insertTasks(document, row + 1, {task});
}

Result<QList<int>> TaskEdits::duplicateTasks(Document &document, QList<int> rows)
{
    rows = sortedUnique(std::move(rows));
    if (rows.isEmpty())
        return Error{tr("no task selected")};
    if (!rowsValid(document, rows))
        return Error{tr("no task at one of the selected rows")};
    const Plan &plan = document.plan();
    QMap<QString, QString> renamed;
    QStringList taken;
    QList<Task> copies;
    for (int r : std::as_const(rows)) {
        Task copy = plan.tasks.at(r);
        copy.id = uniqueId(plan, copy.id + QStringLiteral("-copy"), taken);
        taken.append(copy.id);
        renamed.insert(plan.tasks.at(r).id, copy.id);
        copy.marks = {};               // marks are unique to one task
        copy.status = TaskStatus::NotStarted;
        copy.actualStart = {};
        copy.actualFinish = {};
        copies.append(copy);
    }
    for (Task &copy : copies) {
        for (Dependency &d : copy.after)
            d.task = renamed.value(d.task, d.task);
    }
    const int at = rows.last() + 1;
    auto *command = new InsertTasksCommand(&document, at, copies);
    command->setText(copies.size() == 1 ? tr("Duplicate task \"%1\"").arg(plan.tasks.at(rows.first()).id)
                                        : tr("Duplicate %n tasks", nullptr, int(copies.size())));
    if (auto pushed = push(document, command); !pushed)
        return pushed.error();
    QList<int> out;
    for (int i = 0; i < copies.size(); ++i)
        out.append(at + i);
    return out;
}

Result<QList<int>> TaskEdits::moveTasks(Document &document, QList<int> rows, int delta)
{
    rows = sortedUnique(std::move(rows));
    if (rows.isEmpty())
        return Error{tr("no task selected")};
    if (!rowsValid(document, rows) || (delta != -1 && delta != 1))
        return Error{tr("cannot move these rows")};
    const int count = int(document.plan().tasks.size());
    if ((delta < 0 && rows.first() == 0) || (delta > 0 && rows.last() == count - 1))
        return Error{delta < 0 ? tr("already at the top") : tr("already at the bottom")};

    auto macro = std::make_unique<QUndoCommand>();
    QList<int> order = rows;
    if (delta > 0)
        std::reverse(order.begin(), order.end());
    for (int r : std::as_const(order))
        new MoveTaskCommand(&document, r, r + delta, macro.get());
    if (rows.size() == 1)
        macro->setText(macro->child(0)->actionText());
    else
        macro->setText(delta < 0 ? tr("Move %n tasks up", nullptr, int(rows.size()))
                                 : tr("Move %n tasks down", nullptr, int(rows.size())));
    if (auto pushed = push(document, macro.release()); !pushed)
        return pushed.error();
    for (int &r : rows)
        r += delta;
    return rows;
}

Status TaskEdits::moveToPhase(Document &document, const QList<int> &rows, const QString &phase)
{
    const QList<int> sorted = sortedUnique(rows);
    if (sorted.isEmpty())
        return Error{tr("no task selected")};
    if (!rowsValid(document, sorted))
        return Error{tr("no task at one of the selected rows")};
    const Plan &plan = document.plan();
    auto it = std::find_if(plan.phases.begin(), plan.phases.end(), [&phase](const Phase &p) { return p.id == phase; });
    if (it == plan.phases.end())
        return Error{tr("unknown phase \"%1\"").arg(phase)};
    auto macro = std::make_unique<QUndoCommand>(
        tr("Move %n tasks to phase \"%1\"", nullptr, int(sorted.size())).arg(it->name.isEmpty() ? it->id : it->name));
    for (int r : sorted) {
        if (plan.tasks.at(r).phase != phase)
            new ChangeTaskFieldCommand(&document, {r, TaskField::Phase}, phase, macro.get());
    }
    if (macro->childCount() == 0)
        return Ok{};
    return push(document, macro.release());
}

} // namespace cutover
