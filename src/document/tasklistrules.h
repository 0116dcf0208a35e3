// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

#include <QSet>

namespace cutover {

/**
 * The rules every list of linked tasks follows, the runbook and the rollback list alike,
 * written once: renaming a task's ID renames the links to it; deleting tasks drops the
 * links to them or, on request, reconnects each successor to the deleted tasks'
 * predecessors. They change a QList<Task> and return the rows whose links changed, so the
 * runbook can push one command per row and the rollback list can replace the whole list.
 *
 * Reconnecting treats a deleted task as taking no time. A successor S that waited on the
 * deleted D (link D→S of type XY, lag b) and D that waited on P (link P→D of type VW, lag a)
 * give S a link to P of type VY with lag a + b: the P point that constrained D now
 * constrains the S point that D constrained. So FS∘FS is FS with the lags summed; SS then FS
 * is SS; FS then FF is FF. Chains of deleted tasks compose the same way. A successor keeps a
 * link to P that it already had (the planner set it on purpose) and never gets a link to
 * itself.
 */
class TaskListRules
{
public:
    /** What deleting does to the links to the deleted tasks. */
    enum class LinkPolicy { Drop, Reconnect };

    /** One successor that got new predecessors when tasks around it were deleted. */
    struct Reconnection
    {
        QString task;
        QStringList nowFollows;
        friend bool operator==(const Reconnection &, const Reconnection &) = default;
    };

    /** Renames every link to `from` into a link to `to`; returns the rows changed. */
    static QList<int> renameLinks(QList<Task> &tasks, const QString &from, const QString &to);

    /**
     * For the tasks not in `gone`: drops their links to tasks in `gone` and, with
     * LinkPolicy::Reconnect, links them to the gone tasks' predecessors instead (the rule
     * above). Tasks in `gone` are left as they are. Returns the rows changed; `reconnections`
     * (when given) receives the successors that got new predecessors, in list order.
     */
    static QList<int> dropLinks(QList<Task> &tasks, const QSet<QString> &gone, LinkPolicy policy,
                                QList<Reconnection> *reconnections = nullptr);

    /** The link that replaces `second` (D→S) when D, which waited through `first` (P→D), goes. */
    static Dependency compose(const Dependency &first, const Dependency &second);
};

} // namespace cutover
