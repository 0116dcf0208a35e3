// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace cutover {

/**
 * A task list (the runbook or the rollback plan) compiled once into an index-based graph in
 * topological order, shared by the deterministic pass and every Monte Carlo iteration.
 *
 * Tasks are renumbered by their *position* in a stable topological order (ties broken by the
 * order of the list), and predecessor links are stored as compressed rows by position, so a
 * forward pass is one sweep over `position` 0..n-1 reading only earlier positions.
 */
class CompiledGraph
{
    Q_DECLARE_TR_FUNCTIONS(CompiledGraph)
public:
    /** Dependency types as small integers, in the order of cutover::DependencyType. */
    enum EdgeType : std::uint8_t { FS = 0, SS = 1, FF = 2, SF = 3 };

    int size = 0;                      ///< number of tasks
    std::vector<int> taskAt;           ///< taskAt[pos] = index in the task list
    std::vector<int> positionOf;       ///< positionOf[task index] = pos
    std::vector<int> predBegin;        ///< predecessor edges of pos: [predBegin[pos], predBegin[pos+1])
    std::vector<int> predPos;          ///< predecessor position of each edge
    std::vector<std::uint8_t> predType;///< EdgeType of each edge
    std::vector<double> predLag;       ///< lag (minutes) of each edge
    std::vector<int> predDep;          ///< index of the edge in Task::after (for driving-dependency reports)
    std::vector<double> earliest;      ///< by pos: max(0, notBefore as minutes since start)
    std::vector<double> likely;        ///< by pos: the likely duration (0 for milestones)

    /**
     * Compiles `tasks`. `listName` ("tasks" or "rollback.tasks") prefixes the JSON path of
     * errors. With `useNotBefore` false, notBefore is ignored (the rollback graph runs from
     * zero whenever it is started). Errors: duplicate or empty ids, unknown predecessors,
     * negative or non-finite durations and lags, notBefore without a valid plan start, and
     * dependency cycles (the message names every task on each cycle).
     */
    static Result<CompiledGraph> compile(const QList<Task> &tasks, const QDateTime &start, bool useNotBefore,
                                         const QString &listName);

    /**
     * Every dependency cycle of `tasks` (unknown predecessors are ignored): one list per
     * strongly connected tangle. Each list starts with a shortest cycle through the tangle's
     * first task, in dependency order (each id waits for the one before it, the first waits
     * for the last), followed by any other tasks of the same tangle in list order.
     */
    static QList<QStringList> findCycles(const QList<Task> &tasks);
};

/** Minutes from `start` to `time` (fractional), the schedule's time axis. */
double minutesSince(const QDateTime &start, const QDateTime &time);

} // namespace cutover
