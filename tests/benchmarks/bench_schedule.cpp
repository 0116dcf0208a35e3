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
#include <ctime>

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

/** CPU time of the whole process (all threads), in ms. */
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Timing
{
    double wallMs = 0; ///< median wall time
    double cpuMs = 0;  ///< median CPU time summed over threads
};

/**
 * Median wall and CPU time of `runs` calls. The CPU time matters on a shared machine: with
 * other work competing for the cores, wall time overstates what an idle machine would take,
 * while CPU time / threads is what the run costs when it has the cores to itself.
 */
template<typename F>
Timing measure(int runs, F &&f)
{
    QList<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        const double c0 = cpuMs();
        t.start();
        f();
        wall.append(double(t.nsecsElapsed()) / 1e6);
        cpu.append(cpuMs() - c0);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall.at(wall.size() / 2), cpu.at(cpu.size() / 2)};
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
        const Timing t = measure(21, [&] { (void)Scheduler::schedule(plan); });
        out() << QStringLiteral("  %1 tasks, %2 dependencies: %3 ms wall, %4 ms CPU (finish %5 min, critical path %6 tasks)\n")
                     .arg(size).arg(dependencies(plan)).arg(t.wallMs, 0, 'f', 2).arg(t.cpuMs, 0, 'f', 2)
                     .arg(check->finish, 0, 'f', 0)
                     .arg(check->criticalPath.size());
    }
    out().flush();

    const Plan plan = bench::generateSchedulePlan(5000);
    const double baseMiB = peakMiB();
    out() << QStringLiteral("\nMonte Carlo, 5000 tasks, %1 dependencies (peak RSS before: %2 MiB)\n")
                 .arg(dependencies(plan)).arg(baseMiB, 0, 'f', 1);
    struct Case { int iterations; int threads; bool quantiles = false; };
    const QList<Case> cases = quick ? QList<Case>{{1000, 2}, {10000, 2}, {10000, 2, true}}
                                    : QList<Case>{{1000, 2}, {1000, 1}, {10000, 2}, {10000, 1}, {10000, 2, true}, {10000, 1, true}};
    for (const Case &c : cases) {
        SimulationOptions options;
        options.iterations = c.iterations;
        options.threads = c.threads;
        options.taskFinishQuantiles = c.quantiles;
        Result<SimulationResult> r = MonteCarlo::run(plan, options); // warm-up (PERT tables, pages)
        if (!r) {
            out() << "error: " << r.errorString() << "\n";
            return 1;
        }
        const Timing t = measure(quick ? 3 : 7, [&] { r = MonteCarlo::run(plan, options); });
        out() << QStringLiteral("  %1 iterations, %2 thread(s): %3 ms wall, %4 ms CPU (%5 ms CPU per thread);"
                                " finish P50/P80/P95 %6/%7/%8 min, downtime P80 %9 min, peak RSS %10 MiB\n")
                     .arg(c.iterations).arg(c.threads).arg(t.wallMs, 0, 'f', 1).arg(t.cpuMs, 0, 'f', 1)
                     .arg(t.cpuMs / c.threads, 0, 'f', 1)
                     .arg(r->duration.p50, 0, 'f', 0).arg(r->duration.p80, 0, 'f', 0).arg(r->duration.p95, 0, 'f', 0)
                     .arg(r->downtime ? r->downtime->p80 : 0.0, 0, 'f', 0).arg(peakMiB(), 0, 'f', 1);
        if (c.quantiles) {
            // One histogram set per thread: tasks x bins x 4-byte counts.
            const double histogramMiB = double(c.threads) * plan.tasks.size() * options.taskFinishBins * 4 / (1024.0 * 1024.0);
            out() << QStringLiteral("    with per-task finish quantiles (%1 bins): histograms %2 MiB, resolution %3 min\n")
                         .arg(options.taskFinishBins).arg(histogramMiB, 0, 'f', 1).arg(r->taskFinishResolution, 0, 'f', 1);
        }
        out().flush();
    }

    // A plan of a more usual size, where the histograms (500 x 256 x 4 bytes per thread) stay in cache.
    const Plan medium = bench::generateSchedulePlan(500);
    out() << "\nMonte Carlo, 500 tasks, 10000 iterations, 2 threads: per-task finish quantiles off / on\n";
    for (bool quantiles : {false, true}) {
        SimulationOptions options;
        options.threads = 2;
        options.taskFinishQuantiles = quantiles;
        Result<SimulationResult> r = MonteCarlo::run(medium, options);
        const Timing t = measure(quick ? 3 : 7, [&] { r = MonteCarlo::run(medium, options); });
        out() << QStringLiteral("  %1: %2 ms wall, %3 ms CPU%4\n")
                     .arg(quantiles ? QStringLiteral("on") : QStringLiteral("off"))
                     .arg(t.wallMs, 0, 'f', 1).arg(t.cpuMs, 0, 'f', 1)
                     .arg(quantiles ? QStringLiteral(" (resolution %1 min)").arg(r->taskFinishResolution, 0, 'f', 2) : QString());
        out().flush();
    }
    return 0;
}
