// SPDX-License-Identifier: GPL-3.0-or-later
// Import speed and memory. Prints figures; asserts nothing about time.
//   bench_importers            every scenario, each in its own process (so peak memory is its own)
//   bench_importers SCENARIO   one of: csv1m, plan1m, csv10m, cancel10m, prom100mb
// Targets (issue): ISO CSV parse >= 300 MB/s; 1M-row CSV into a plan <= 0.5 s; 10M rows <= 5 s
// and <= 400 MB peak with progress and cancel; 100 MB Prometheus JSON <= 1.5 s.
#include "importers/importer.h"
#include "storage/planfile.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <sys/resource.h>

using namespace cutover;

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::time_point since)
{
    return std::chrono::duration<double>(Clock::now() - since).count();
}

/** CPU seconds used by the calling thread (the parser; the hash runs on its own thread). */
double threadCpu()
{
    rusage u{};
    getrusage(RUSAGE_THREAD, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double peakMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

/** timestamp,lag,iops with ISO-8601 UTC times one second apart. */
QString writeCsv(const QString &path, qint64 rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QByteArray chunk;
    chunk.reserve(1 << 22);
    chunk += "timestamp,lag,iops\n";
    const QDate base(2026, 1, 1);
    char line[96];
    for (qint64 i = 0; i < rows; ++i) {
        const qint64 day = i / 86400;
        const int sec = int(i % 86400);
        const QDate d = base.addDays(day);
        const int n = std::snprintf(line, sizeof line, "%04d-%02d-%02dT%02d:%02d:%02dZ,%d.%03d,%d\n", d.year(), d.month(), d.day(),
                                    sec / 3600, sec / 60 % 60, sec % 60, int(i % 900), int(i * 7 % 1000), int(1000 + i % 5000));
        chunk.append(line, n);
        if (chunk.size() > (1 << 22) - 100) {
            f.write(chunk);
            chunk.clear();
        }
    }
    f.write(chunk);
    return path;
}

QString writePrometheus(const QString &path, qint64 targetBytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    const int seriesCount = 10;
    const qint64 perSeries = targetBytes / seriesCount / 24;
    f.write("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[");
    QByteArray chunk;
    char point[64];
    for (int s = 0; s < seriesCount; ++s) {
        chunk = (s ? "," : "") + QByteArray("{\"metric\":{\"__name__\":\"pg_replication_lag_seconds\",\"instance\":\"replica-")
                + QByteArray::number(s) + ":9187\"},\"values\":[";
        for (qint64 i = 0; i < perSeries; ++i) {
            const int n = std::snprintf(point, sizeof point, "%s[%lld,\"%d.%03d\"]", i ? "," : "", 1792227600LL + i * 15,
                                        int(i % 700), int(i * 13 % 1000));
            chunk.append(point, n);
            if (chunk.size() > (1 << 22)) {
                f.write(chunk);
                chunk.clear();
            }
        }
        chunk += "]}";
        f.write(chunk);
    }
    f.write("]}}");
    return path;
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size();
}

int csv(qint64 rows, bool intoPlan, bool cancelHalfway)
{
    QTemporaryDir dir;
    const QString path = writeCsv(dir.filePath(QStringLiteral("lag.csv")), rows);
    const double mb = double(fileSize(path)) / 1e6;
    qint64 reports = 0;
    std::atomic<bool> cancel{false};
    ImportOptions o;
    o.cancel = &cancel;
    o.progress = [&](qint64 done, qint64 total) {
        ++reports;
        if (cancelHalfway && done * 2 >= total)
            cancel = true;
    };
    const double before = peakMb();
    const auto start = Clock::now();
    const double cpu0 = threadCpu();
    auto r = Importer::importFile(path, o);
    const double parse = seconds(start);
    const double cpu = threadCpu() - cpu0;
    if (cancelHalfway) {
        std::printf("%-10s %lld rows, %.0f MB: cancelled at 50%% after %.3f s (%s), %lld progress reports, peak %.0f MB\n", "cancel10m",
                    (long long)rows, mb, parse, r.ok() ? "NOT cancelled" : qPrintable(r.errorString()), (long long)reports, peakMb());
        return r.ok() ? 1 : 0;
    }
    if (!r) {
        std::printf("error: %s\n", qPrintable(r.errorString()));
        return 1;
    }
    qint64 points = 0;
    for (const MetricSeries &s : r->series)
        points += s.size();
    std::printf("%-10s %lld rows, %.0f MB: parse %.3f s wall = %.0f MB/s (parser thread CPU %.3f s = %.0f MB/s), %lld points, "
                "%lld progress reports, peak %.0f MB (before %.0f)\n",
                intoPlan ? "plan1m" : (rows >= 10000000 ? "csv10m" : "csv1m"), (long long)rows, mb, parse, mb / parse, cpu, mb / cpu,
                (long long)points, (long long)reports, peakMb(), before);
    if (intoPlan) {
        const QString planPath = dir.filePath(QStringLiteral("plan.cutover"));
        Plan plan;
        plan.name = QStringLiteral("bench");
        plan.timezone = QStringLiteral("UTC");
        plan.start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc());
        if (!PlanFile::write(plan, planPath)) {
            std::printf("error: cannot create the plan\n");
            return 1;
        }
        const auto t = Clock::now();
        const double scpu0 = threadCpu();
        const Status stored = PlanFile::addImported(planPath, r->series, r->validation);
        const double store = seconds(t);
        const double scpu = threadCpu() - scpu0;
        std::printf("%-10s storage %.3f s wall (CPU %.3f s); import into plan total %.3f s wall, %.3f s CPU (%s)\n", "plan1m", store,
                    scpu, parse + store, cpu + scpu, stored ? "ok" : qPrintable(stored.errorString()));
    }
    return 0;
}

int prometheus()
{
    QTemporaryDir dir;
    const QString path = writePrometheus(dir.filePath(QStringLiteral("prom.json")), 100'000'000);
    const double mb = double(fileSize(path)) / 1e6;
    const auto start = Clock::now();
    const double cpu0 = threadCpu();
    auto r = Importer::importFile(path);
    const double t = seconds(start);
    const double cpu = threadCpu() - cpu0;
    if (!r) {
        std::printf("error: %s\n", qPrintable(r.errorString()));
        return 1;
    }
    qint64 points = 0;
    for (const MetricSeries &s : r->series)
        points += s.size();
    std::printf("%-10s %.0f MB, %lld series, %lld points: %.3f s wall = %.0f MB/s (parser thread CPU %.3f s), peak %.0f MB\n",
                "prom100mb", mb, (long long)r->series.size(), (long long)points, t, mb / t, cpu, peakMb());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString scenario = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (scenario == u"csv1m")
        return csv(1'000'000, false, false);
    if (scenario == u"plan1m")
        return csv(1'000'000, true, false);
    if (scenario == u"csv10m")
        return csv(10'000'000, false, false);
    if (scenario == u"cancel10m")
        return csv(10'000'000, false, true);
    if (scenario == u"prom100mb")
        return prometheus();
    int status = 0;
    for (const char *s : {"csv1m", "plan1m", "prom100mb", "csv10m", "cancel10m"}) {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedChannels);
        p.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(s)});
        p.waitForFinished(-1);
        status |= p.exitCode();
    }
    return status;
}
