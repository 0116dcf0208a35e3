// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbookclipboard.h"

#include "inserttaskscommand.h"
#include "model/durationtext.h"
#include "taskedits.h"
#include "taskfieldtext.h"

#include <QMetaEnum>
#include <QSet>

namespace cutover {

using TaskField = Document::TaskField;

namespace {

QString quoted(const QString &cell)
{
    if (!cell.contains(QLatin1Char('\t')) && !cell.contains(QLatin1Char('\n')) && !cell.contains(QLatin1Char('"'))
        && !cell.contains(QLatin1Char('\r')))
        return cell;
    QString out = cell;
    out.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

const QList<TaskField> &allFields()
{
    static const QList<TaskField> fields = {
        TaskField::Id, TaskField::Name, TaskField::Phase, TaskField::Owner, TaskField::Kind,
        TaskField::Optimistic, TaskField::Likely, TaskField::Pessimistic, TaskField::Distribution,
        TaskField::Predecessors, TaskField::NotBefore, TaskField::Marks, TaskField::Status,
        TaskField::Notes, TaskField::ActualStart, TaskField::ActualFinish};
    return fields;
}

QString normalised(const QString &s)
{
    QString out;
    for (QChar c : s) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

} // namespace

QString RunbookClipboard::toTsv(const Plan &plan, const QList<int> &rows, const QList<TaskField> &fields)
{
    QStringList lines;
    QStringList header;
    for (TaskField f : fields)
        header.append(quoted(TaskFieldText::title(f)));
    lines.append(header.join(QLatin1Char('\t')));
    for (int r : rows) {
        const Task &task = plan.tasks.at(r);
        QStringList cells;
        for (TaskField f : fields)
            cells.append(quoted(TaskFieldText::format(plan, f, Document::taskFieldValue(task, f))));
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QList<QStringList> RunbookClipboard::parseTsv(const QString &text)
{
    QList<QStringList> lines;
    QStringList cells;
    QString cell;
    bool inQuotes = false;
    bool cellStarted = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    cell.append(u'"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                cell.append(c);
            }
            continue;
        }
        if (c == u'"' && cell.isEmpty() && !cellStarted) {
            inQuotes = true;
            cellStarted = true;
        } else if (c == u'\t') {
            cells.append(cell);
            cell.clear();
            cellStarted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            cells.append(cell);
            lines.append(cells);
            cells.clear();
            cell.clear();
            cellStarted = false;
        } else {
            cell.append(c);
            cellStarted = true;
        }
    }
    if (!cell.isEmpty() || !cells.isEmpty() || cellStarted) {
        cells.append(cell);
        lines.append(cells);
    }
    // A spreadsheet selection ends with a line break; blank lines carry no row.
    lines.removeIf([](const QStringList &l) { return l.size() == 1 && l.first().trimmed().isEmpty(); });
    return lines;
}

std::optional<TaskField> RunbookClipboard::fieldForHeader(const QString &header)
{
    const QString key = normalised(header);
    if (key.isEmpty())
        return std::nullopt;
    for (TaskField f : allFields()) {
        if (normalised(TaskFieldText::title(f)) == key)
            return f;
        const char *name = QMetaEnum::fromType<TaskField>().valueToKey(int(f));
        if (normalised(QString::fromLatin1(name)) == key)
            return f;
    }
    if (key == u"after" || key == u"dependencies" || key == u"predecessor")
        return TaskField::Predecessors;
    if (key == u"task" || key == u"title" || key == u"step")
        return TaskField::Name;
    if (key == u"team")
        return TaskField::Owner;
    if (key == u"duration" || key == u"mostlikely")
        return TaskField::Likely;
    return std::nullopt;
}

Result<QList<int>> RunbookClipboard::paste(Document &document, int row, int column, const QList<TaskField> &fields,
                                           const QString &text)
{
    const QList<QStringList> lines = parseTsv(text);
    if (lines.isEmpty())
        return Error{tr("the clipboard holds no cells to paste")};

    // A header line: every non-empty cell names a column.
    QList<TaskField> columns;
    bool header = true;
    int named = 0;
    for (const QString &cell : lines.first()) {
        if (cell.trimmed().isEmpty()) {
            columns.append(TaskField::Notes); // placeholder, never read: see below
            continue;
        }
        const auto f = fieldForHeader(cell);
        if (!f) {
            header = false;
            break;
        }
        columns.append(*f);
        ++named;
    }
    if (header && named > 0) {
        // Blank header cells: their column is ignored.
        QList<TaskField> used;
        QList<int> keep;
        for (int i = 0; i < lines.first().size(); ++i) {
            if (!lines.first().at(i).trimmed().isEmpty())
                keep.append(i);
        }
        QList<QStringList> body;
        for (qsizetype l = 1; l < lines.size(); ++l) {
            QStringList cells;
            for (int i : std::as_const(keep))
                cells.append(lines.at(l).value(i));
            body.append(cells);
        }
        for (int i : std::as_const(keep))
            used.append(columns.at(i));
        if (body.isEmpty())
            return Error{tr("the clipboard holds only a header line")};
        return pasteNewTasks(document, row, used, body);
    }
    return pasteCells(document, row, column, fields, lines);
}

Result<QList<int>> RunbookClipboard::pasteNewTasks(Document &document, int row, const QList<TaskField> &columns,
                                                   const QList<QStringList> &lines)
{
    const Plan &plan = document.plan();
    const int idColumn = int(columns.indexOf(TaskField::Id));
    const QString phase = row >= 0 && row < plan.tasks.size() ? plan.tasks.at(row).phase
                          : plan.phases.isEmpty()             ? QString()
                                                              : plan.phases.first().id;

    // Pass 1: IDs, made unique; remember renames so links inside the block follow.
    QMap<QString, QString> renamed;
    QStringList taken;
    Plan scratch = plan;
    QList<Task> tasks;
    for (qsizetype l = 0; l < lines.size(); ++l) {
        Task task = TaskEdits::newTask(scratch, phase);
        if (idColumn >= 0) {
            const QString given = lines.at(l).value(idColumn).trimmed();
            if (!given.isEmpty()) {
                auto id = TaskFieldText::parse(Plan{}, -1, TaskField::Id, given);
                if (!id)
                    return Error{tr("line %1, %2: %3").arg(l + 2).arg(TaskFieldText::title(TaskField::Id), id.error().message)};
                if (taken.contains(given))
                    return Error{tr("line %1: the ID \"%2\" appears twice in the pasted rows").arg(l + 2).arg(given)};
                task.id = TaskEdits::uniqueId(plan, given, taken);
                renamed.insert(given, task.id);
            }
        }
        taken.append(task.id);
        scratch.tasks.append(task); // so later rows get fresh default IDs and links resolve
        tasks.append(task);
    }
    // Links may name pasted tasks by their original IDs.
    for (auto it = renamed.cbegin(); it != renamed.cend(); ++it) {
        if (scratch.taskIndex(it.key()) < 0) {
            Task alias;
            alias.id = it.key();
            scratch.tasks.append(alias);
        }
    }

    // Pass 2: every other cell.
    for (qsizetype l = 0; l < lines.size(); ++l) {
        Task &task = tasks[l];
        for (int c = 0; c < columns.size(); ++c) {
            const TaskField field = columns.at(c);
            if (field == TaskField::Id)
                continue;
            const QString cell = lines.at(l).value(c);
            if (cell.trimmed().isEmpty() && (field == TaskField::Name || field == TaskField::Likely))
                continue; // keep the new task's default
            auto value = TaskFieldText::parse(scratch, -1, field, cell);
            if (!value)
                return Error{tr("line %1, %2: %3").arg(l + 2).arg(TaskFieldText::title(field), value.error().message)};
            if (field == TaskField::Predecessors) {
                auto deps = value.value().value<QList<Dependency>>();
                for (Dependency &d : deps) {
                    d.task = renamed.value(d.task, d.task);
                    if (d.task == task.id)
                        return Error{tr("line %1: a task cannot wait for itself").arg(l + 2)};
                }
                value = QVariant::fromValue(deps);
            }
            Document::setTaskFieldValue(task, field, value.value());
        }
        // Each mark is on one task: pasted copies leave them with the tasks that have them.
        task.marks = {};
    }

    const int at = row < 0 || row >= plan.tasks.size() ? int(plan.tasks.size()) : row + 1;
    auto *command = new InsertTasksCommand(&document, at, tasks);
    command->setText(tr("Paste %n tasks", nullptr, int(tasks.size())));
    if (!document.push(command))
        return Error{document.refusalReason()};
    QList<int> rows;
    for (int i = 0; i < tasks.size(); ++i)
        rows.append(at + i);
    return rows;
}

Result<QList<int>> RunbookClipboard::pasteCells(Document &document, int row, int column,
                                                const QList<TaskField> &fields, const QList<QStringList> &lines)
{
    const Plan &plan = document.plan();
    if (row < 0 || row >= plan.tasks.size() || column < 0 || column >= fields.size())
        return Error{tr("select the cell to paste into first")};
    if (row + lines.size() > plan.tasks.size())
        return Error{tr("the %n pasted lines run past the last task", nullptr, int(lines.size()))};

    struct Cell { int row; TaskField field; QVariant value; };
    QList<Cell> cells;
    QSet<QString> newIds;
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const QStringList &line = lines.at(l);
        if (column + line.size() > fields.size())
            return Error{tr("line %1 has more cells than there are columns to the right").arg(l + 1)};
        for (qsizetype c = 0; c < line.size(); ++c) {
            const TaskField field = fields.at(column + c);
            const int r = row + int(l);
            auto value = TaskFieldText::parse(plan, r, field, line.at(c));
            if (!value)
                return Error{tr("line %1, %2: %3").arg(l + 1).arg(TaskFieldText::title(field), value.error().message)};
            if (field == TaskField::Id && newIds.contains(value.value().toString()))
                return Error{tr("line %1: the ID \"%2\" appears twice in the pasted cells").arg(l + 1).arg(value.value().toString())};
            if (field == TaskField::Id)
                newIds.insert(value.value().toString());
            cells.append({r, field, value.value()});
        }
    }
    if (!document.beginMacro(tr("Paste %n cells", nullptr, int(cells.size()))))
        return Error{document.refusalReason()};
    Status failed = Ok{};
    for (const Cell &cell : std::as_const(cells)) {
        failed = TaskEdits::setField(document, cell.row, cell.field, cell.value);
        if (!failed)
            break;
    }
    document.endMacro();
    if (!failed) {
        document.undoStack()->undo(); // leave the plan exactly as it was
        return failed.error();
    }
    QList<int> rows;
    for (int i = 0; i < lines.size(); ++i)
        rows.append(row + i);
    return rows;
}

} // namespace cutover
