// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduler.h"

#include "compiledgraph.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace cutover {

namespace {

constexpr double kEpsilon = 1e-9;

struct Pass
{
    std::vector<double> es, ef, ls, lf; // by position
    double finish = 0;
};

/** Constraint a predecessor edge puts on the successor's ES. */
inline double forwardBound(std::uint8_t type, double esP, double efP, double lag, double d)
{
    switch (type) {
    case CompiledGraph::FS: return efP + lag;
    case CompiledGraph::SS: return esP + lag;
    case CompiledGraph::FF: return efP + lag - d;
    default: return esP + lag - d; // SF
    }
}

Pass run(const CompiledGraph &g)
{
    const size_t n = size_t(g.size);
    Pass p;
    p.es.resize(n);
    p.ef.resize(n);
    p.ls.resize(n);
    p.lf.resize(n);
    for (size_t pos = 0; pos < n; ++pos) {
        const double d = g.likely[pos];
        double es = g.earliest[pos];
        for (int e = g.predBegin[pos]; e < g.predBegin[pos + 1]; ++e) {
            const size_t q = size_t(g.predPos[size_t(e)]);
            es = std::max(es, forwardBound(g.predType[size_t(e)], p.es[q], p.ef[q], g.predLag[size_t(e)], d));
        }
        p.es[pos] = es;
        p.ef[pos] = es + d;
        p.finish = std::max(p.finish, es + d);
    }
    std::fill(p.lf.begin(), p.lf.end(), p.finish);
    for (size_t pos = n; pos-- > 0;) {
        const double lf = p.lf[pos];
        const double ls = lf - g.likely[pos];
        p.ls[pos] = ls;
        for (int e = g.predBegin[pos]; e < g.predBegin[pos + 1]; ++e) {
            const size_t q = size_t(g.predPos[size_t(e)]);
            const double lag = g.predLag[size_t(e)];
            double bound;
            switch (g.predType[size_t(e)]) {
            case CompiledGraph::FS: bound = ls - lag; break;
            case CompiledGraph::SS: bound = ls - lag + g.likely[q]; break;
            case CompiledGraph::FF: bound = lf - lag; break;
            default: bound = lf - lag + g.likely[q]; break; // SF
            }
            p.lf[q] = std::min(p.lf[q], bound);
        }
    }
    return p;
}

QList<TaskTiming> timings(const CompiledGraph &g, const Pass &p)
{
    QList<TaskTiming> out(g.size);
    for (int pos = 0; pos < g.size; ++pos) {
        TaskTiming &t = out[g.taskAt[size_t(pos)]];
        t.es = p.es[size_t(pos)];
        t.ef = p.ef[size_t(pos)];
        t.ls = p.ls[size_t(pos)];
        t.lf = p.lf[size_t(pos)];
        t.totalFloat = t.ls - t.es;
        if (std::abs(t.totalFloat) <= kEpsilon)
            t.totalFloat = 0;
        t.critical = t.totalFloat == 0;
    }
    return out;
}

QStringList criticalPath(const QList<Task> &tasks, const CompiledGraph &g, const Pass &p,
                         const QList<TaskTiming> &timing)
{
    int current = -1;
    for (int pos = g.size - 1; pos >= 0; --pos) {
        const int i = g.taskAt[size_t(pos)];
        if (timing.at(i).critical && std::abs(p.ef[size_t(pos)] - p.finish) <= kEpsilon) {
            current = pos;
            break;
        }
    }
    QStringList path;
    while (current >= 0) {
        path.prepend(tasks.at(g.taskAt[size_t(current)]).id);
        const size_t pos = size_t(current);
        current = -1;
        int bestDep = -1;
        for (int e = g.predBegin[pos]; e < g.predBegin[pos + 1]; ++e) {
            const int q = g.predPos[size_t(e)];
            if (!timing.at(g.taskAt[size_t(q)]).critical)
                continue;
            const double bound = forwardBound(g.predType[size_t(e)], p.es[size_t(q)], p.ef[size_t(q)],
                                              g.predLag[size_t(e)], g.likely[pos]);
            if (std::abs(bound - p.es[pos]) <= kEpsilon && (bestDep < 0 || g.predDep[size_t(e)] < bestDep)) {
                bestDep = g.predDep[size_t(e)];
                current = q;
            }
        }
    }
    return path;
}

} // namespace

QDateTime scheduleTimeToDateTime(const Plan &plan, double minutes)
{
    // Beyond what qint64 milliseconds hold the result would wrap ("-292274999-04-21"): no time.
    constexpr double kMaxMinutes = 9.2e18 / 60000.0;
    if (!plan.start.isValid() || !std::isfinite(minutes) || std::abs(minutes) > kMaxMinutes)
        return {};
    const QDateTime t = plan.start.addMSecs(qint64(std::llround(minutes * 60000.0)));
    return plan.toDisplayTime(t);
}

QDateTime Schedule::toDateTime(const Plan &plan, double minutes) const
{
    return scheduleTimeToDateTime(plan, minutes);
}

Result<Schedule> Scheduler::schedule(const Plan &plan)
{
    auto main = CompiledGraph::compile(plan.tasks, plan.start, true, QStringLiteral("tasks"));
    if (!main)
        return main.error();
    auto rollback = CompiledGraph::compile(plan.rollbackTasks, plan.start, false, QStringLiteral("rollback.tasks"));
    if (!rollback)
        return rollback.error();

    Schedule s;
    const Pass p = run(main.value());
    s.tasks = timings(main.value(), p);
    s.finish = p.finish;
    s.criticalPath = criticalPath(plan.tasks, main.value(), p, s.tasks);

    const qsizetype freeze = std::find_if(plan.tasks.begin(), plan.tasks.end(), [](const Task &t) {
                                 return t.marks.testFlag(Mark::FreezeStart);
                             }) - plan.tasks.begin();
    const qsizetype traffic = std::find_if(plan.tasks.begin(), plan.tasks.end(), [](const Task &t) {
                                  return t.marks.testFlag(Mark::TrafficSwitched);
                              }) - plan.tasks.begin();
    if (freeze < plan.tasks.size())
        s.freezeStart = s.tasks.at(freeze).es;
    if (traffic < plan.tasks.size())
        s.trafficSwitched = s.tasks.at(traffic).ef;
    if (s.freezeStart && s.trafficSwitched)
        s.downtime = *s.trafficSwitched - *s.freezeStart;
    if (s.downtime && plan.window.isValid() && plan.start.isValid()) {
        s.fitsWindow = *s.freezeStart >= minutesSince(plan.start, plan.window.start) - kEpsilon
            && *s.trafficSwitched <= minutesSince(plan.start, plan.window.end) + kEpsilon;
    }

    const Pass r = run(rollback.value());
    s.rollbackTasks = timings(rollback.value(), r);
    s.rollbackDuration = r.finish;
    if (plan.window.isValid()) {
        const QDateTime deadline = plan.window.end.addMSecs(-qint64(std::llround(s.rollbackDuration * 60000.0)));
        s.rollbackDeadline = plan.toDisplayTime(deadline);
    }
    return s;
}

QList<QStringList> Scheduler::findCycles(const Plan &plan)
{
    return CompiledGraph::findCycles(plan.tasks) + CompiledGraph::findCycles(plan.rollbackTasks);
}

} // namespace cutover
