// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan.h"

namespace cutover {

Distribution Task::effectiveDistribution() const
{
    if (kind == TaskKind::Milestone || !duration.isThreePoint())
        return Distribution::Fixed;
    return distribution;
}

namespace {
qsizetype indexIn(const QList<Task> &tasks, const QString &id)
{
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        if (tasks.at(i).id == id)
            return i;
    }
    return -1;
}
} // namespace

qsizetype Plan::taskIndex(const QString &id) const
{
    return indexIn(tasks, id);
}

qsizetype Plan::rollbackTaskIndex(const QString &id) const
{
    return indexIn(rollbackTasks, id);
}

const Task *Plan::findTask(const QString &id) const
{
    if (const qsizetype i = taskIndex(id); i >= 0)
        return &tasks.at(i);
    if (const qsizetype i = rollbackTaskIndex(id); i >= 0)
        return &rollbackTasks.at(i);
    return nullptr;
}

QTimeZone Plan::displayZone() const
{
    if (!timezone.isEmpty()) {
        // Building a zone from its IANA id reads the zone database: keep the last one per thread.
        thread_local QString cachedId;
        thread_local QTimeZone cached;
        if (timezone != cachedId) {
            cached = QTimeZone(timezone.toUtf8());
            cachedId = timezone;
        }
        if (cached.isValid())
            return cached;
    }
    if (start.isValid())
        return QTimeZone(start.offsetFromUtc());
    return QTimeZone::utc();
}

const Baseline *Plan::findBaseline(const QString &baselineName) const
{
    for (const Baseline &b : baselines) {
        if (b.name == baselineName)
            return &b;
    }
    return nullptr;
}

const Task *Plan::taskWithMark(Mark mark) const
{
    for (const Task &t : tasks) {
        if (t.marks.testFlag(mark))
            return &t;
    }
    return nullptr;
}

} // namespace cutover
