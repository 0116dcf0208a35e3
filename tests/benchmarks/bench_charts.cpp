// SPDX-License-Identifier: GPL-3.0-or-later
// Chart performance figures (docs/charts.md), in CPU time of the painting thread. Build in
// Release to measure. Prints, never asserts.
//  - downsampling 10M points to a 2,000-px view (index build, per-view query),
//  - building the lag chart data of 10M points (index and breach stretches; frames: bench_lagchart),
//  - painting the Gantt timeline of a 5,000-task plan (visible rows, and everything fitted),
//  - the marker label layout (searched over left/right sides) for crowded markers.
#include "schedulegenerator.h"

#include "charts/downsampler.h"
#include "charts/ganttrenderer.h"
#include "charts/lagchart.h"
#include "charts/markerlabels.h"
#include "schedule/scheduler.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <cmath>

using namespace cutover;
using namespace cutover::charts;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Stats
{
    double median = 0;
    double max = 0;
};

/**
 * Measures CPU time of this thread, not wall time: the build machine is shared, and wall time
 * there mostly measures the neighbours. (Wall time on an idle machine is about the same.)
 */
class CpuTimer
{
public:
    void start() { m_start = now(); }
    void restart() { start(); }
    qint64 elapsed() const { return (now() - m_start) / 1'000'000; }
    qint64 nsecsElapsed() const { return now() - m_start; }

private:
    static qint64 now()
    {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
    }
    qint64 m_start = 0;
};

Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return { ms[ms.size() / 2], ms.constLast() };
}

/** 10M samples one second apart: noise around a slow wave, spikes, a NaN gap and a time gap. */
MetricSeries bigSeries(qint64 n)
{
    MetricSeries s;
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
            v = 120; // isolated spikes
        if (i >= 4'000'000 && i < 4'000'100)
            v = std::nan("");
        s.times.append(t);
        s.values.append(v);
        t += i == 7'000'000 ? 3'600'000 : 1000;
    }
    return s;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    CpuTimer timer;

    // --- Downsampling -------------------------------------------------------------------
    const qint64 n = 10'000'000;
    timer.start();
    const MetricSeries series = bigSeries(n);
    out() << "generate 10M points: " << timer.elapsed() << " ms\n";
    timer.restart();
    const SeriesIndex index(series.times, series.values, Downsampler::suggestGapMs(series.times));
    out() << "SeriesIndex build (10M points): " << timer.elapsed() << " ms\n";
    const qint64 t0 = series.times.constFirst(), t1 = series.times.constLast() + 1;
    {
        QList<double> ms;
        qsizetype points = 0;
        for (int i = 0; i < 21; ++i) {
            timer.restart();
            const PlotPoints p = index.query(t0, t1, 2000);
            ms.append(double(timer.nsecsElapsed()) / 1e6);
            points = p.size();
        }
        const Stats s = stats(ms);
        out() << "min/max query, whole 10M range to 2000 px: median " << s.median << " ms, max " << s.max << " ms, " << points << " points\n";
    }
    {
        QList<double> ms;
        for (int i = 0; i < 200; ++i) {
            // Zoomed windows of 1/1 .. 1/1000 of the range at pseudo-random positions.
            const double share = 1.0 / (1 + (i * 37) % 1000);
            const qint64 span = qint64(double(t1 - t0) * share);
            const qint64 a = t0 + qint64(double(t1 - t0 - span) * double((i * 7919) % 1000) / 1000.0);
            timer.restart();
            const PlotPoints p = index.query(a, a + span, 2000);
            ms.append(double(timer.nsecsElapsed()) / 1e6);
        }
        const Stats s = stats(ms);
        out() << "min/max query, 200 zoomed windows to 2000 px: median " << s.median << " ms, max " << s.max << " ms\n";
    }
    // --- Lag chart data -------------------------------------------------------------------
    Plan plan;
    plan.name = QStringLiteral("bench");
    plan.timezone = QStringLiteral("Europe/Berlin");
    plan.series = { series };
    Criterion c;
    c.id = QStringLiteral("lag");
    c.metric = QStringLiteral("replication_lag");
    c.threshold = 30;
    c.forSeconds = 0;
    plan.criteria = { c };
    timer.restart();
    const LagChartData lag = LagChartData::build(plan);
    out() << "LagChartData build (index + breach stretches, 10M points): " << timer.elapsed() << " ms, " << lag.stretches.size() << " stretches\n";
    // The lag chart's zoom/pan frames are measured by bench_lagchart (the monitoring view on Qt Charts).
    QImage image(1600, 1000, QImage::Format_ARGB32_Premultiplied);

    // --- Gantt ----------------------------------------------------------------------------
    const Plan big = bench::generateSchedulePlan(5000);
    const Result<Schedule> schedule = Scheduler::schedule(big);
    if (!schedule) {
        out() << "cannot schedule the 5,000-task plan: " << schedule.errorString() << "\n";
        return 1;
    }
    timer.restart();
    const GanttData gantt = GanttData::build(big, schedule.value());
    out() << "GanttData build (5,000 tasks): " << double(timer.nsecsElapsed()) / 1e6 << " ms\n";
    const ChartStyle style = ChartStyle::forSize(image.size());
    {
        QList<double> ms;
        GanttViewport v;
        v.showTitle = false;
        v.rowHeight = style.fontPx * 1.8;
        const double span = std::max(60.0, gantt.finish / 20);
        for (int frame = 0; frame < 60; ++frame) {
            v.firstRow = frame * 80.0;
            v.t0 = gantt.finish * frame / 60.0 - span / 2;
            v.t1 = v.t0 + span;
            image.fill(Qt::white);
            timer.restart();
            QPainter p(&image);
            GanttRenderer::paint(&p, image.rect(), gantt, v);
            p.end();
            ms.append(double(timer.nsecsElapsed()) / 1e6);
        }
        const Stats s = stats(ms);
        out() << "Gantt frame, 5,000 tasks, readable rows, 60 scroll/pan frames: median " << s.median << " ms, max " << s.max << " ms\n";
    }
    image.fill(Qt::white);
    timer.restart();
    {
        QPainter p(&image);
        GanttRenderer::paint(&p, image.rect(), gantt);
    }
    out() << "Gantt paint, 5,000 tasks all fitted into 1600x1000: " << double(timer.nsecsElapsed()) / 1e6 << " ms\n";

    // Marker labels: 7 (the timeline's most) and 8 (where the side search stops) crowded into
    // 300 px of a 1500-px plot, so most choices interact.
    for (const int n : { 7, 8 }) {
        QList<MarkerLabel> labels;
        for (int i = 0; i < n; ++i)
            labels.append({ 900.0 + i * 30.0, QSizeF(140 + (i % 3) * 30, 16) });
        QList<double> us;
        int lanes = 0;
        for (int round = 0; round < 200; ++round) {
            timer.restart();
            const MarkerLabelPlacement placed = MarkerLabelLayout::layout(labels, 100, 1600, 200, 4);
            us.append(double(timer.nsecsElapsed()) / 1e3);
            lanes = placed.laneCount;
        }
        const Stats m = stats(us);
        out() << "marker label layout, " << n << " crowded labels: median " << m.median << " us, max " << m.max << " us (" << lanes
              << " lanes)\n";
    }
    out().flush();
    return 0;
}
