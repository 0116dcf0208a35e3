// SPDX-License-Identifier: GPL-3.0-or-later
#include "compiledgraph.h"

#include "model/planlimits.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <deque>

namespace cutover {

namespace {

struct Tangle
{
    QList<int> cycle;   ///< task indices in dependency order
    QList<int> others;  ///< further members of the same strongly connected component
};

/** succ[i] = tasks that wait for i (known predecessors only, self links included). */
std::vector<std::vector<int>> successorLists(const QList<Task> &tasks, const QHash<QString, int> &index)
{
    std::vector<std::vector<int>> succ(static_cast<size_t>(tasks.size()));
    for (int i = 0; i < tasks.size(); ++i) {
        for (const Dependency &d : tasks.at(i).after) {
            const auto it = index.constFind(d.task);
            if (it != index.constEnd())
                succ[size_t(*it)].push_back(i);
        }
    }
    return succ;
}

/** Tarjan's strongly connected components, iterative; returns the component id of every node. */
std::vector<int> components(const std::vector<std::vector<int>> &succ, int &count)
{
    const int n = int(succ.size());
    std::vector<int> order(size_t(n), -1), low(size_t(n), 0), comp(size_t(n), -1);
    std::vector<int> stack;
    std::vector<std::pair<int, size_t>> calls;
    int counter = 0;
    count = 0;
    for (int root = 0; root < n; ++root) {
        if (order[size_t(root)] >= 0)
            continue;
        calls.push_back({root, 0});
        order[size_t(root)] = low[size_t(root)] = counter++;
        stack.push_back(root);
        while (!calls.empty()) {
            auto &[v, next] = calls.back();
            if (next < succ[size_t(v)].size()) {
                const int w = succ[size_t(v)][next++];
                if (order[size_t(w)] < 0) {
                    order[size_t(w)] = low[size_t(w)] = counter++;
                    stack.push_back(w);
                    calls.push_back({w, 0});
                } else if (comp[size_t(w)] < 0) {
                    low[size_t(v)] = std::min(low[size_t(v)], order[size_t(w)]);
                }
                continue;
            }
            const int done = v;
            calls.pop_back();
            if (!calls.empty())
                low[size_t(calls.back().first)] = std::min(low[size_t(calls.back().first)], low[size_t(done)]);
            if (low[size_t(done)] == order[size_t(done)]) {
                int w;
                do {
                    w = stack.back();
                    stack.pop_back();
                    comp[size_t(w)] = count;
                } while (w != done);
                ++count;
            }
        }
    }
    return comp;
}

QList<Tangle> tangles(const QList<Task> &tasks)
{
    QHash<QString, int> index;
    for (int i = 0; i < tasks.size(); ++i)
        index.insert(tasks.at(i).id, i);
    const auto succ = successorLists(tasks, index);
    int count = 0;
    const std::vector<int> comp = components(succ, count);
    std::vector<std::vector<int>> members(static_cast<size_t>(count));
    for (int i = 0; i < tasks.size(); ++i)
        members[size_t(comp[size_t(i)])].push_back(i); // ascending list order
    QList<Tangle> out;
    // Shared by every component's search and reset only where it was used, so the whole pass
    // stays linear in tasks + links however many (or however long) the cycles are.
    std::vector<int> parent(size_t(tasks.size()), -2);
    std::vector<char> onCycle(size_t(tasks.size()), 0);
    for (const auto &m : members) {
        const int s = m.front();
        const bool selfLoop = std::find(succ[size_t(s)].begin(), succ[size_t(s)].end(), s) != succ[size_t(s)].end();
        if (m.size() < 2 && !selfLoop)
            continue;
        // Shortest cycle through s: breadth-first search inside the component back to s.
        const int c = comp[size_t(s)];
        std::deque<int> queue{s};
        parent[size_t(s)] = -1;
        int last = -1;
        while (!queue.empty() && last < 0) {
            const int v = queue.front();
            queue.pop_front();
            for (int w : succ[size_t(v)]) {
                if (comp[size_t(w)] != c)
                    continue;
                if (w == s) {
                    last = v;
                    break;
                }
                if (parent[size_t(w)] == -2) {
                    parent[size_t(w)] = v;
                    queue.push_back(w);
                }
            }
        }
        Tangle t;
        for (int v = last; v >= 0; v = parent[size_t(v)])
            t.cycle.append(v);
        std::reverse(t.cycle.begin(), t.cycle.end());
        for (int v : t.cycle)
            onCycle[size_t(v)] = 1;
        for (int v : m) {
            if (!onCycle[size_t(v)])
                t.others.append(v);
            parent[size_t(v)] = -2; // the search visited members of this component only
            onCycle[size_t(v)] = 0;
        }
        out.append(t);
    }
    std::sort(out.begin(), out.end(),
              [](const Tangle &a, const Tangle &b) { return a.cycle.front() < b.cycle.front(); });
    return out;
}

} // namespace

double minutesSince(const QDateTime &start, const QDateTime &time)
{
    return double(start.msecsTo(time)) / 60000.0;
}

QList<QStringList> CompiledGraph::findCycles(const QList<Task> &tasks)
{
    QList<QStringList> out;
    for (const Tangle &t : tangles(tasks)) {
        QStringList ids;
        for (int i : t.cycle)
            ids.append(tasks.at(i).id);
        for (int i : t.others)
            ids.append(tasks.at(i).id);
        out.append(ids);
    }
    return out;
}

Result<CompiledGraph> CompiledGraph::compile(const QList<Task> &tasks, const QDateTime &start, bool useNotBefore,
                                             const QString &listName)
{
    const int n = int(tasks.size());
    const auto at = [&](int i) { return QStringLiteral("%1[%2]").arg(listName).arg(i); };
    QHash<QString, int> index;
    index.reserve(n);
    for (int i = 0; i < n; ++i) {
        const Task &t = tasks.at(i);
        if (t.id.isEmpty())
            return Error(tr("a task needs an id"), {}, 0, 0, at(i) + QLatin1String(".id"));
        const qsizetype before = index.size();
        index.insert(t.id, i);
        if (index.size() == before)
            return Error(tr("duplicate task id \"%1\"").arg(t.id), {}, 0, 0, at(i) + QLatin1String(".id"));
    }

    CompiledGraph g;
    g.size = n;
    std::vector<double> duration(static_cast<size_t>(n)), earliest(static_cast<size_t>(n), 0.0);
    std::vector<int> indegree(static_cast<size_t>(n), 0), outdegree(static_cast<size_t>(n), 0);
    std::vector<int> depBegin(static_cast<size_t>(n) + 1, 0), depPred; // resolved predecessors by task
    for (int i = 0; i < n; ++i) {
        const Task &t = tasks.at(i);
        const double d = t.kind == TaskKind::Milestone ? 0.0 : t.duration.likely;
        if (const auto why = PlanLimits::durationError(d))
            return Error(*why, {}, 0, 0, at(i) + QLatin1String(".duration.likely"));
        duration[size_t(i)] = d;
        if (useNotBefore && t.notBefore.isValid()) {
            if (!start.isValid())
                return Error(tr("task \"%1\" has a \"not before\" time but the plan has no valid start").arg(t.id), {},
                             0, 0, at(i) + QLatin1String(".notBefore"));
            earliest[size_t(i)] = std::max(0.0, minutesSince(start, t.notBefore));
        }
        depBegin[size_t(i)] = int(depPred.size());
        for (int k = 0; k < t.after.size(); ++k) {
            const Dependency &dep = t.after.at(k);
            const auto path = [&](QLatin1String field) -> QString {
                return at(i) + QStringLiteral(".after[%1].").arg(k) + field;
            };
            const auto it = index.constFind(dep.task);
            if (it == index.constEnd())
                return Error(tr("unknown predecessor \"%1\" of task \"%2\"").arg(dep.task, t.id), {}, 0, 0,
                             path(QLatin1String("task")));
            if (const auto why = PlanLimits::lagError(dep.lag))
                return Error(*why, {}, 0, 0, path(QLatin1String("lag")));
            depPred.push_back(*it);
            ++outdegree[size_t(*it)];
        }
        indegree[size_t(i)] = int(t.after.size());
    }
    depBegin[size_t(n)] = int(depPred.size());

    // Successors as compressed rows, then Kahn's algorithm with a FIFO seeded in list order:
    // deterministic and close to the planner's own ordering.
    std::vector<int> succBegin(static_cast<size_t>(n) + 1, 0), succ(depPred.size());
    for (int i = 0; i < n; ++i)
        succBegin[size_t(i) + 1] = succBegin[size_t(i)] + outdegree[size_t(i)];
    std::vector<int> fill(succBegin.begin(), succBegin.end() - 1);
    for (int i = 0; i < n; ++i) {
        for (int e = depBegin[size_t(i)]; e < depBegin[size_t(i) + 1]; ++e)
            succ[size_t(fill[size_t(depPred[size_t(e)])]++)] = i;
    }
    g.taskAt.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        if (indegree[size_t(i)] == 0)
            g.taskAt.push_back(i);
    }
    for (size_t head = 0; head < g.taskAt.size(); ++head) {
        const int v = g.taskAt[head];
        for (int e = succBegin[size_t(v)]; e < succBegin[size_t(v) + 1]; ++e) {
            const int w = succ[size_t(e)];
            if (--indegree[size_t(w)] == 0)
                g.taskAt.push_back(w);
        }
    }
    if (int(g.taskAt.size()) != n) {
        // One line however long the cycles: at most PlanLimits::idsShown ids per list, and the
        // first three cycles only (`check` reports every cycle on a line of its own).
        const auto idList = [&](const QList<int> &members, const QString &separator) {
            QStringList ids;
            for (int i : members.mid(0, PlanLimits::idsShown))
                ids.append(tasks.at(i).id);
            if (members.size() > PlanLimits::idsShown)
                ids.append(PlanLimits::tr("… and %1 more").arg(members.size() - PlanLimits::idsShown));
            return ids.join(separator);
        };
        const QList<Tangle> found = tangles(tasks);
        QStringList parts;
        for (const Tangle &t : found) {
            if (parts.size() == 3) {
                parts.append(tr("%n more cycle(s)", nullptr, int(found.size() - 3)));
                break;
            }
            const QString arrow = QStringLiteral(" → ");
            QString part = idList(t.cycle, arrow) + arrow + tasks.at(t.cycle.front()).id;
            if (!t.others.isEmpty())
                part += QLatin1Char(' ') + tr("(entangled with it: %1)").arg(idList(t.others, QStringLiteral(", ")));
            parts.append(part);
        }
        return Error(tr("dependency cycle: %1").arg(parts.join(QStringLiteral("; "))), {}, 0, 0, listName);
    }

    g.positionOf.assign(size_t(n), 0);
    for (int pos = 0; pos < n; ++pos)
        g.positionOf[size_t(g.taskAt[size_t(pos)])] = pos;
    g.predBegin.reserve(size_t(n) + 1);
    g.predPos.reserve(depPred.size());
    g.predType.reserve(depPred.size());
    g.predLag.reserve(depPred.size());
    g.predDep.reserve(depPred.size());
    g.earliest.resize(size_t(n));
    g.likely.resize(size_t(n));
    for (int pos = 0; pos < n; ++pos) {
        const int i = g.taskAt[size_t(pos)];
        g.predBegin.push_back(int(g.predPos.size()));
        g.earliest[size_t(pos)] = earliest[size_t(i)];
        g.likely[size_t(pos)] = duration[size_t(i)];
        const QList<Dependency> &after = tasks.at(i).after;
        for (int k = 0; k < after.size(); ++k) {
            const Dependency &dep = after.at(k);
            g.predPos.push_back(g.positionOf[size_t(depPred[size_t(depBegin[size_t(i)] + k)])]);
            g.predType.push_back(std::uint8_t(dep.type));
            g.predLag.push_back(dep.lag);
            g.predDep.push_back(k);
        }
    }
    g.predBegin.push_back(int(g.predPos.size()));
    return g;
}

} // namespace cutover
