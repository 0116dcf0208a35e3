// SPDX-License-Identifier: GPL-3.0-or-later
// The lag chart as the monitoring page shows it (docs/performance.md, "Qt Charts: lag chart"):
// a MonitoringView of 1600×1000 with 10M points loaded, one threshold, its breached stretches
// and three plan markers; each frame sets the zoom/pan viewport and renders the widget into an
// image (downsampling, series update and painting included). Prints CPU time of the GUI thread
// (the build machine is shared) and wall time; never asserts.
#include "charts/lagchart.h"
#include "views/monitoringview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <ctime>

using namespace cutover;
using namespace cutover::charts;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

qint64 cpuNow()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

struct Stats
{
    double median = 0;
    double max = 0;
};

Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return { ms[ms.size() / 2], ms.constLast() };
}

/** 10M samples one second apart: noise around a slow wave, spikes, a NaN gap and a time gap (as bench_charts). */
MetricSeries bigSeries(qint64 n)
{
    MetricSeries s;
    s.id = QStringLiteral("s1");
    s.name = QStringLiteral("replica-1");
    s.metric = QStringLiteral("replication_lag");
    s.unit = QStringLiteral("s");
    s.times.reserve(n);
    s.values.reserve(n);
    quint64 x = 88172645463325252ull;
    qint64 t = 1'790'000'000'000;
    for (qint64 i = 0; i < n; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        const double noise = double(x % 1000) / 1000.0;
        double v = 5 + 3 * std::sin(double(i) / 50000.0) + noise;
        if (i % 1'000'003 == 500'000)
            v = 120;
        if (i >= 4'000'000 && i < 4'000'100)
            v = std::nan("");
        s.times.append(t);
        s.values.append(v);
        t += i == 7'000'000 ? 3'600'000 : 1000;
    }
    return s;
}

QImage &image0()
{
    static QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    return image;
}

/** 60 zoom/pan frames and 11 whole-range frames of a view with `n` points loaded. */
void run(qint64 n)
{
    Plan plan;
    plan.name = QStringLiteral("bench");
    plan.timezone = QStringLiteral("Europe/Berlin");
    plan.series = { bigSeries(n) };
    Criterion c;
    c.id = QStringLiteral("lag");
    c.name = QStringLiteral("Replication lag");
    c.metric = QStringLiteral("replication_lag");
    c.threshold = 30;
    c.forSeconds = 0;
    plan.criteria = { c };
    LagChartData data = LagChartData::build(plan);
    qint64 t0 = 0, t1 = 0;
    data.timeRange(&t0, &t1);
    // Three plan markers close together in the zoomed-in part (labels in lanes).
    const qint64 mid = t0 + (t1 - t0) / 2;
    data.markers = { { mid, QStringLiteral("write freeze"), Qt::SolidLine },
                     { mid + 20'000, QStringLiteral("traffic switched"), Qt::DashLine },
                     { mid + 40'000, QStringLiteral("rollback deadline (likely)"), Qt::DashDotLine } };

    views::MonitoringView view;
    view.resize(1600, 1000);
    view.setData(data);
    {
        // New data of the same shape (an undo, a re-import): series and axes rebuilt or reused, one frame.
        QList<double> ms;
        for (int i = 0; i < 5; ++i) {
            const qint64 c0 = cpuNow();
            view.setData(data);
            view.render(&image0());
            ms.append(double(cpuNow() - c0) / 1e6);
        }
        out() << "lag chart view, new data of " << n << " points + one frame: CPU median " << stats(ms).median << " ms\n";
    }
    QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    auto frame = [&](const LagViewport &v, QList<double> *cpu, QList<double> *wall) {
        QElapsedTimer w;
        w.start();
        const qint64 c0 = cpuNow();
        view.setViewport(v);
        view.render(&image);
        cpu->append(double(cpuNow() - c0) / 1e6);
        wall->append(double(w.nsecsElapsed()) / 1e6);
    };
    QList<double> cpu, wall;
    LagViewport v = view.viewport();
    qint64 span = t1 - t0;
    qint64 start = mid - span / 2;
    for (int i = 0; i < 60; ++i) {
        // Zoom in by 1.2× per frame (around the middle) for 30 frames, then pan right by 5 % per frame.
        if (i < 30) {
            span = qint64(double(span) / 1.2);
            start = mid - span / 2;
        } else {
            start += span / 20;
        }
        v.t0 = std::max(t0, std::min(start, t1 - span));
        v.t1 = v.t0 + span;
        frame(v, &cpu, &wall);
    }
    const Stats c60 = stats(cpu), w60 = stats(wall);
    out() << "lag chart view frame, " << n << " points loaded, 1600x1000, 60 zoom/pan frames: CPU median " << c60.median << " ms, worst "
          << c60.max << " ms (first frame " << cpu.constFirst() << " ms); wall median " << w60.median << " ms, worst " << w60.max << " ms\n";
    QList<double> wc, ww;
    view.fitAll();
    for (int i = 0; i < 11; ++i)
        frame(view.viewport(), &wc, &ww);
    const Stats cw = stats(wc), www = stats(ww);
    out() << "lag chart view frame, " << n << " points, whole range, 11 frames: CPU median " << cw.median << " ms, worst " << cw.max << " ms; wall median "
          << www.median << " ms, worst " << www.max << " ms\n";
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The same frames with 4,000 points: a frame should cost about the same.
    run(4'000);
    run(10'000'000);
    return 0;
}
