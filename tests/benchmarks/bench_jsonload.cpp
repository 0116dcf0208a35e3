// SPDX-License-Identifier: GPL-3.0-or-later
// JSON interchange: load (parse + full checks) and write a 5,000-task plan. Target: load <= 50 ms.
#include "common/plangenerator.h"
#include "interchange/planjson.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    constexpr int runs = 15;
    // --profile: only load the 5,000-task plan, many times (for perf record).
    if (app.arguments().contains(QStringLiteral("--profile"))) {
        PlanGeneratorOptions options;
        options.tasks = 5000;
        const QByteArray json = PlanJson::serialize(generatePlan(options));
        bool allOk = true;
        const auto load = timeRuns(100, [&] { allOk = PlanJson::parse(json, QStringLiteral("p.json")).ok() && allOk; });
        out << "parse (full checks): " << summary(load) << Qt::endl;
        return allOk ? 0 : 1;
    }

    for (const qint64 points : {qint64(0), qint64(100000)}) {
        PlanGeneratorOptions options;
        options.tasks = 5000;
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
        out << "  readFile (full checks): " << summary(load) << "  [target <= 50 ms without series]\n";
        out << "  parse (structure only): " << summary(parseOnly) << '\n';
        out << "  QJsonDocument only:     " << summary(qtOnly) << '\n';
        out << "  serialize:              " << summary(serialize) << '\n';
        out << "  writeFile (QSaveFile):  " << summary(write) << '\n';
    }
    out.flush();
    return 0;
}
