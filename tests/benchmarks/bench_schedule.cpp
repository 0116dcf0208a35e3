// SPDX-License-Identifier: GPL-3.0-or-later
// Prints the figures of docs/performance.md (schedule engine). Build in Release to measure.
// Usage: bench_schedule [quick]  ("quick" skips the 20,000-task and repeated runs)
#include "schedulegenerator.h"

#include "schedule/montecarlo.h"
#include "schedule/scheduler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>

using namespace cutover;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

/** Peak resident memory of this process so far (VmHWM), in MiB. */
double peakMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

template<typename F>
double medianMs(int runs, F &&f)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

int dependencies(const Plan &plan)
{
    int n = 0;
    for (const Task &t : plan.tasks)
        n += int(t.after.size());
    return n;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("quick"));

    out() << "Deterministic schedule (compile + forward + backward + critical path), median of 21 runs\n";
    for (int size : {1000, 5000, 20000}) {
        if (quick && size > 5000)
            continue;
        const Plan plan = bench::generateSchedulePlan(size);
        Result<Schedule> check = Scheduler::schedule(plan);
        if (!check) {
            out() << "error: " << check.errorString() << "\n";
            return 1;
        }
        const double ms = medianMs(21, [&] { (void)Scheduler::schedule(plan); });
        out() << QStringLiteral("  %1 tasks, %2 dependencies: %3 ms (finish %4 min, critical path %5 tasks)\n")
                     .arg(size).arg(dependencies(plan)).arg(ms, 0, 'f', 2).arg(check->finish, 0, 'f', 0)
                     .arg(check->criticalPath.size());
    }
    out().flush();

    const Plan plan = bench::generateSchedulePlan(5000);
    const double baseMiB = peakMiB();
    out() << QStringLiteral("\nMonte Carlo, 5000 tasks, %1 dependencies (peak RSS before: %2 MiB)\n")
                 .arg(dependencies(plan)).arg(baseMiB, 0, 'f', 1);
    struct Case { int iterations; int threads; };
    const QList<Case> cases = quick ? QList<Case>{{1000, 2}, {10000, 2}}
                                    : QList<Case>{{1000, 2}, {1000, 1}, {10000, 2}, {10000, 1}};
    for (const Case &c : cases) {
        SimulationOptions options;
        options.iterations = c.iterations;
        options.threads = c.threads;
        Result<SimulationResult> r = MonteCarlo::run(plan, options); // warm-up (PERT tables, pages)
        if (!r) {
            out() << "error: " << r.errorString() << "\n";
            return 1;
        }
        const double ms = medianMs(quick ? 3 : 7, [&] { r = MonteCarlo::run(plan, options); });
        out() << QStringLiteral("  %1 iterations, %2 thread(s): %3 ms wall; finish P50/P80/P95 %4/%5/%6 min,"
                                " downtime P80 %7 min, peak RSS %8 MiB\n")
                     .arg(c.iterations).arg(c.threads).arg(ms, 0, 'f', 1)
                     .arg(r->duration.p50, 0, 'f', 0).arg(r->duration.p80, 0, 'f', 0).arg(r->duration.p95, 0, 'f', 0)
                     .arg(r->downtime ? r->downtime->p80 : 0.0, 0, 'f', 0).arg(peakMiB(), 0, 'f', 1);
        out().flush();
    }
    return 0;
}
