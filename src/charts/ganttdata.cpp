// SPDX-License-Identifier: GPL-3.0-or-later
#include "ganttdata.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace cutover::charts {

GanttData GanttData::build(const Plan &plan, const Schedule &schedule, const SimulationResult *simulation, const QList<double> &p80Finish)
{
    GanttData d;
    d.title = plan.name;
    d.origin = plan.start;
    d.zone = plan.displayZone();

    // Without explicit P80 finishes, the simulation's per-task quantiles (when it has them).
    const QList<double> &ghosts = !p80Finish.isEmpty() || !simulation || simulation->taskFinishP80.size() != plan.tasks.size()
                                      ? p80Finish
                                      : simulation->taskFinishP80;
    QHash<QString, int> indexOf;
    d.bars.reserve(plan.tasks.size());
    for (qsizetype i = 0; i < plan.tasks.size(); ++i) {
        const Task &t = plan.tasks[i];
        GanttBar bar;
        bar.id = t.id;
        bar.name = t.name.isEmpty() ? t.id : t.name;
        bar.owner = t.owner;
        bar.phase = t.phase;
        bar.kind = t.kind;
        bar.status = t.status;
        bar.marks = t.marks;
        if (i < schedule.tasks.size()) {
            const TaskTiming &tm = schedule.tasks[i];
            bar.start = tm.es;
            bar.finish = std::max(tm.es, tm.ef);
            bar.totalFloat = tm.totalFloat;
            bar.critical = tm.critical;
        }
        if (i < ghosts.size())
            bar.p80Finish = ghosts[i];
        indexOf.insert(t.id, int(i));
        d.bars.append(bar);
        d.finish = std::max(d.finish, bar.finish);
    }

    // Rows: phases in plan order, then tasks whose phase is unknown.
    QList<bool> placed(d.bars.size(), false);
    auto addGroup = [&](const QString &phaseId, const QString &label) {
        bool header = false;
        for (qsizetype i = 0; i < d.bars.size(); ++i) {
            if (placed[i] || d.bars[i].phase != phaseId)
                continue;
            if (!header) {
                d.rows.append({ GanttRow::Kind::Phase, -1, label });
                header = true;
            }
            placed[i] = true;
            d.bars[i].row = int(d.rows.size());
            d.rows.append({ GanttRow::Kind::Task, int(i), d.bars[i].name });
        }
    };
    for (const Phase &ph : plan.phases)
        addGroup(ph.id, ph.name.isEmpty() ? ph.id : ph.name);
    bool otherHeader = false;
    for (qsizetype i = 0; i < d.bars.size(); ++i) {
        if (placed[i])
            continue;
        if (!otherHeader) {
            d.rows.append({ GanttRow::Kind::Phase, -1, tr("Other") });
            otherHeader = true;
        }
        d.bars[i].row = int(d.rows.size());
        d.rows.append({ GanttRow::Kind::Task, int(i), d.bars[i].name });
    }

    for (qsizetype i = 0; i < plan.tasks.size(); ++i) {
        for (const Dependency &dep : plan.tasks[i].after) {
            const int from = indexOf.value(dep.task, -1);
            if (from < 0)
                continue;
            d.links.append({ from, int(i), dep.type, d.bars[from].critical && d.bars[i].critical });
        }
    }

    auto minutesOf = [&](const QDateTime &t) {
        return t.isValid() && plan.start.isValid() ? double(plan.start.msecsTo(t)) / 60000.0 : kNone;
    };
    if (plan.window.isValid()) {
        d.windowStart = minutesOf(plan.window.start);
        d.windowEnd = minutesOf(plan.window.end);
    }
    for (const GanttBar &bar : std::as_const(d.bars)) {
        if (bar.marks.testFlag(Mark::FreezeStart))
            d.freezeStart = bar.start;
        if (bar.marks.testFlag(Mark::TrafficSwitched))
            d.trafficSwitched = bar.finish;
        if (bar.marks.testFlag(Mark::PointOfNoReturn))
            d.pointOfNoReturn = bar.finish;
    }
    d.rollbackDeadline = minutesOf(schedule.rollbackDeadline);
    if (simulation)
        d.rollbackDeadlineP80 = minutesOf(simulation->rollbackDeadlineP80);
    return d;
}

int GanttData::barIndex(const QString &id) const
{
    for (qsizetype i = 0; i < bars.size(); ++i) {
        if (bars[i].id == id)
            return int(i);
    }
    return -1;
}

double GanttData::minTime() const
{
    double lo = 0.0;
    for (const GanttBar &b : bars)
        lo = std::min(lo, b.start);
    for (double v : { windowStart, rollbackDeadline, rollbackDeadlineP80 }) {
        if (std::isfinite(v))
            lo = std::min(lo, v);
    }
    return lo;
}

double GanttData::maxTime() const
{
    double hi = finish;
    for (const GanttBar &b : bars) {
        if (std::isfinite(b.p80Finish))
            hi = std::max(hi, b.p80Finish);
    }
    for (double v : { windowEnd, rollbackDeadline, rollbackDeadlineP80, pointOfNoReturn }) {
        if (std::isfinite(v))
            hi = std::max(hi, v);
    }
    return hi;
}

QDateTime GanttData::toDateTime(double minutes) const
{
    if (!origin.isValid())
        return {};
    return origin.addMSecs(qint64(std::llround(minutes * 60000.0))).toTimeZone(zone);
}

} // namespace cutover::charts
