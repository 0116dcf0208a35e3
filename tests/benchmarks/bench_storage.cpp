// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long the .cutover file takes to save and open, and how big it is. Targets
// (foundation issue): open and save a 5,000-task plan in <= 50 ms each; open a plan holding
// 1,000,000 series points in <= 300 ms. Never asserts timings.
#include "common/plangenerator.h"
#include "storage/planfile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

using namespace cutover;

namespace {

QString s_lastError;

struct Timing
{
    double wallMs;
    double cpuMs; ///< CPU time of this process: less disturbed by other load on the machine
};

/** Median wall and CPU time in milliseconds of `runs` calls. */
Timing medianMs(int runs, const std::function<bool()> &work)
{
    QList<double> times;
    QList<double> cpuTimes;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        const std::clock_t cpuStart = std::clock();
        clock.start();
        if (!work()) {
            std::fprintf(stderr, "benchmark step failed: %s\n", qPrintable(s_lastError));
            std::exit(1);
        }
        times.append(double(clock.nsecsElapsed()) / 1e6);
        cpuTimes.append(double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC);
    }
    std::sort(times.begin(), times.end());
    std::sort(cpuTimes.begin(), cpuTimes.end());
    return {times.at(times.size() / 2), cpuTimes.at(cpuTimes.size() / 2)};
}

void measure(const char *label, const PlanGeneratorOptions &options, const QString &file, int runs)
{
    const Plan plan = generatePlan(options);
    const Timing save = medianMs(runs, [&] {
        const Status s = PlanFile::write(plan, file);
        s_lastError = s.ok() ? QString() : s.errorString();
        return s.ok();
    });
    const Timing open = medianMs(runs, [&] {
        const Result<Plan> r = PlanFile::read(file);
        s_lastError = r.ok() ? QString() : r.errorString();
        return r.ok() && r.value().tasks.size() == plan.tasks.size();
    });
    std::printf("%-42s save %7.1f ms (cpu %7.1f)   open %7.1f ms (cpu %7.1f)   file %6.2f MiB\n", label,
                save.wallMs, save.cpuMs, open.wallMs, open.cpuMs, double(QFileInfo(file).size()) / (1024.0 * 1024.0));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bench.cutover"));
    std::printf("median of several runs each (save includes fsync and rename)\n");

    PlanGeneratorOptions options;
    options.tasks = 100;
    measure("100 tasks, no series", options, file, 15);
    options.tasks = 5000;
    measure("5,000 tasks, no series", options, file, 15);
    options.tasks = 5000;
    options.seriesPoints = 10000;
    measure("5,000 tasks, 10,000 points", options, file, 9);
    options.tasks = 100;
    options.seriesPoints = 1000000;
    options.seriesCount = 4;
    measure("100 tasks, 1,000,000 points in 4 series", options, file, 7);
    options.seriesCount = 100;
    measure("100 tasks, 1,000,000 points in 100 series", options, file, 7);
    options.tasks = 5000;
    options.seriesCount = 4;
    measure("5,000 tasks, 1,000,000 points", options, file, 7);
    return 0;
}
