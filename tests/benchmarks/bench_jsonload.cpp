// SPDX-License-Identifier: GPL-3.0-or-later
// JSON interchange: load (parse + full checks) and write 5,000- and 20,000-task plans, and
// `cutover-planner schedule plan.json --json` of the 20,000-task plan as a whole process.
// Targets (issue 15): load of 20,000 tasks <= 40 ms, of 5,000 tasks <= 15 ms; the whole-process
// schedule <= 120 ms (median of the runs).
#include "common/plangenerator.h"
#include "interchange/planjson.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

#include <sys/resource.h>

using namespace cutover;

namespace {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

/** Wall-clock and CPU milliseconds of each run, each list sorted. CPU time is what to compare on
    a shared, busy machine: wall-clock time there includes waiting for a core. */
struct Timings
{
    QList<double> wall;
    QList<double> cpu;
};

template<typename F>
Timings timeRuns(int runs, F &&f)
{
    Timings t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpu0 = threadCpuMs();
        timer.start();
        f();
        t.wall.append(double(timer.nsecsElapsed()) / 1e6);
        t.cpu.append(threadCpuMs() - cpu0);
    }
    std::sort(t.wall.begin(), t.wall.end());
    std::sort(t.cpu.begin(), t.cpu.end());
    return t;
}

QString summary(const Timings &t)
{
    return QStringLiteral("wall min %1 / median %2 ms; cpu min %3 / median %4 ms")
        .arg(t.wall.first(), 0, 'f', 1)
        .arg(t.wall.at(t.wall.size() / 2), 0, 'f', 1)
        .arg(t.cpu.first(), 0, 'f', 1)
        .arg(t.cpu.at(t.cpu.size() / 2), 0, 'f', 1);
}

/** User + system CPU milliseconds of the children waited for so far. */
double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    constexpr int runs = 15;
    // --write PATH TASKS: only write the generated plan (to profile the command line on it).
    if (const qsizetype at = app.arguments().indexOf(QStringLiteral("--write")); at >= 0 && at + 2 < app.arguments().size()) {
        PlanGeneratorOptions options;
        options.tasks = app.arguments().at(at + 2).toInt();
        return PlanJson::writeFile(generatePlan(options), app.arguments().at(at + 1)).ok() ? 0 : 1;
    }
    // --profile [TASKS]: only load the plan of TASKS (5,000) tasks, many times (for perf record).
    if (const qsizetype at = app.arguments().indexOf(QStringLiteral("--profile")); at >= 0) {
        PlanGeneratorOptions options;
        options.tasks = at + 1 < app.arguments().size() ? app.arguments().at(at + 1).toInt() : 5000;
        const QByteArray json = PlanJson::serialize(generatePlan(options));
        bool allOk = true;
        const auto load = timeRuns(100, [&] { allOk = PlanJson::parse(json, QStringLiteral("p.json")).ok() && allOk; });
        out << "parse (full checks): " << summary(load) << Qt::endl;
        return allOk ? 0 : 1;
    }

    struct Case
    {
        int tasks;
        qint64 points;
        const char *target;
    };
    for (const Case &c : {Case{5000, 0, "[target <= 15 ms]"}, Case{5000, 100000, ""}, Case{20000, 0, "[target <= 40 ms]"}}) {
        const qint64 points = c.points;
        PlanGeneratorOptions options;
        options.tasks = c.tasks;
        options.seriesPoints = points;
        const Plan plan = generatePlan(options);
        const QByteArray json = PlanJson::serialize(plan);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plan.json"));
        if (!PlanJson::writeFile(plan, path).ok()) {
            out << "cannot write " << path << Qt::endl;
            return 1;
        }
        bool allOk = true;
        const auto load = timeRuns(runs, [&] { allOk = PlanJson::readFile(path).ok() && allOk; });
        const auto parseOnly = timeRuns(runs, [&] {
            allOk = PlanJson::parse(json, path, PlanJson::Checks::StructureOnly).ok() && allOk;
        });
        const auto qtOnly = timeRuns(runs, [&] { allOk = !QJsonDocument::fromJson(json).isNull() && allOk; });
        const auto serialize = timeRuns(runs, [&] { allOk = !PlanJson::serialize(plan).isEmpty() && allOk; });
        const auto write = timeRuns(runs, [&] { allOk = PlanJson::writeFile(plan, path).ok() && allOk; });
        if (!allOk) {
            out << "a run failed" << Qt::endl;
            return 1;
        }
        out << "JSON plan: " << plan.tasks.size() << " tasks, " << points << " series points, "
            << json.size() / 1024 << " KiB\n";
        out << "  readFile (full checks): " << summary(load) << "  " << c.target << '\n';
        out << "  parse (structure only): " << summary(parseOnly) << '\n';
        out << "  QJsonDocument only:     " << summary(qtOnly) << '\n';
        out << "  serialize:              " << summary(serialize) << '\n';
        out << "  writeFile (QSaveFile):  " << summary(write) << '\n';
        if (c.tasks == 20000) {
            // The whole process: start, read, check, schedule, print the JSON schedule, exit.
            QList<double> wall;
            QList<double> cpu;
            for (int i = 0; i < 7; ++i) {
                QProcess process;
                const double cpu0 = childrenCpuMs();
                QElapsedTimer timer;
                timer.start();
                process.start(QStringLiteral(CUTOVER_PLANNER_BINARY),
                              {QStringLiteral("schedule"), path, QStringLiteral("--json")});
                if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
                    || process.readAllStandardOutput().isEmpty()) {
                    out << "schedule run failed: " << process.readAllStandardError() << Qt::endl;
                    return 1;
                }
                wall.append(double(timer.nsecsElapsed()) / 1e6);
                cpu.append(childrenCpuMs() - cpu0);
            }
            std::sort(wall.begin(), wall.end());
            std::sort(cpu.begin(), cpu.end());
            out << "  process `schedule PLAN --json`: wall min " << QString::number(wall.first(), 'f', 1) << " / median "
                << QString::number(wall.at(wall.size() / 2), 'f', 1) << " ms; cpu (user+sys) min "
                << QString::number(cpu.first(), 'f', 1) << " / median " << QString::number(cpu.at(cpu.size() / 2), 'f', 1)
                << " ms (7 runs)  [target <= 120 ms]\n";
        }
        out.flush();
    }
    out.flush();
    return 0;
}
