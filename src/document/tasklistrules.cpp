// SPDX-License-Identifier: GPL-3.0-or-later
#include "tasklistrules.h"

#include <QHash>

#include <algorithm>

namespace cutover {

namespace {

enum class Point { Start, Finish };

/** The predecessor's point a link waits for: FS and FF wait for its finish. */
Point fromPoint(DependencyType type)
{
    return type == DependencyType::FS || type == DependencyType::FF ? Point::Finish : Point::Start;
}

/** The successor's point a link holds back: FS and SS hold back its start. */
Point toPoint(DependencyType type)
{
    return type == DependencyType::FS || type == DependencyType::SS ? Point::Start : Point::Finish;
}

DependencyType linkType(Point from, Point to)
{
    if (from == Point::Finish)
        return to == Point::Start ? DependencyType::FS : DependencyType::FF;
    return to == Point::Start ? DependencyType::SS : DependencyType::SF;
}

/** The links that stand in for waiting on `id` (a gone task): its predecessors outside `gone`. */
QList<Dependency> standIns(const QHash<QString, const Task *> &byId, const QSet<QString> &gone, const QString &id,
                           QSet<QString> &visiting)
{
    QList<Dependency> out;
    const Task *task = byId.value(id);
    if (!task || visiting.contains(id))
        return out; // unknown, or a cycle among the gone tasks
    visiting.insert(id);
    for (const Dependency &d : task->after) {
        if (!gone.contains(d.task)) {
            out.append(d);
            continue;
        }
        for (const Dependency &p : standIns(byId, gone, d.task, visiting))
            out.append(TaskListRules::compose(p, d));
    }
    visiting.remove(id);
    return out;
}

} // namespace

Dependency TaskListRules::compose(const Dependency &first, const Dependency &second)
{
    return {first.task, linkType(fromPoint(first.type), toPoint(second.type)), first.lag + second.lag};
}

QList<int> TaskListRules::renameLinks(QList<Task> &tasks, const QString &from, const QString &to)
{
    QList<int> changed;
    for (int i = 0; i < tasks.size(); ++i) {
        bool touched = false;
        for (Dependency &d : tasks[i].after) {
            if (d.task == from) {
                d.task = to;
                touched = true;
            }
        }
        if (touched)
            changed.append(i);
    }
    return changed;
}

QList<int> TaskListRules::dropLinks(QList<Task> &tasks, const QSet<QString> &gone, LinkPolicy policy,
                                    QList<Reconnection> *reconnections)
{
    // Stand-ins are computed from the list as it was, before any row changes.
    const QList<Task> original = tasks;
    QHash<QString, const Task *> byId;
    for (const Task &t : original)
        byId.insert(t.id, &t);

    QList<int> changed;
    for (int i = 0; i < tasks.size(); ++i) {
        Task &task = tasks[i];
        if (gone.contains(task.id))
            continue;
        const QList<Dependency> &links = original.at(i).after;
        if (std::none_of(links.begin(), links.end(), [&gone](const Dependency &d) { return gone.contains(d.task); }))
            continue;
        QSet<QString> linked;
        for (const Dependency &d : links) {
            if (!gone.contains(d.task))
                linked.insert(d.task);
        }
        QList<Dependency> next;
        QStringList added;
        for (const Dependency &d : links) {
            if (!gone.contains(d.task)) {
                next.append(d);
                continue;
            }
            if (policy != LinkPolicy::Reconnect)
                continue;
            QSet<QString> visiting;
            for (const Dependency &p : standIns(byId, gone, d.task, visiting)) {
                if (p.task == task.id || linked.contains(p.task))
                    continue;
                next.append(compose(p, d));
                linked.insert(p.task);
                added.append(p.task);
            }
        }
        task.after = next;
        changed.append(i);
        if (reconnections && !added.isEmpty())
            reconnections->append({task.id, added});
    }
    return changed;
}

} // namespace cutover
