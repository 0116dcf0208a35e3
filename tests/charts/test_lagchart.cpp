// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartfixtures.h"

#include "analysis/seriesselection.h"
#include "charts/lagchart.h"
#include "charts/lagqchart.h"
#include "charts/legend.h"

#include <QDateTimeAxis>
#include <QImage>
#include <QLineSeries>
#include <QValueAxis>
#include <QPainter>
#include <QTest>

using namespace cutover;
using namespace cutover::charts;

class TestLagChart : public QObject
{
    Q_OBJECT
private slots:
    void stretches_data()
    {
        QTest::addColumn<QList<qint64>>("times");
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<int>("op");
        QTest::addColumn<double>("forSeconds");
        QTest::addColumn<QList<qint64>>("expected"); // from, to pairs
        const QList<qint64> t = { 0, 10000, 20000, 30000, 40000, 50000, 60000, 70000 };
        QTest::newRow("single spike counts with for=0")
            << t << QList<double>{ 1, 1, 50, 1, 1, 1, 1, 1 } << int(CompareOp::Greater) << 0.0 << QList<qint64>{ 20000, 20000 };
        QTest::newRow("single spike too short for 20 s")
            << t << QList<double>{ 1, 1, 50, 1, 1, 1, 1, 1 } << int(CompareOp::Greater) << 20.0 << QList<qint64>{};
        QTest::newRow("run of 30 s meets 30 s")
            << t << QList<double>{ 1, 40, 40, 40, 40, 1, 1, 1 } << int(CompareOp::Greater) << 30.0 << QList<qint64>{ 10000, 40000 };
        QTest::newRow("NaN splits the run")
            << t << QList<double>{ 1, 40, 40, qQNaN(), 40, 40, 1, 1 } << int(CompareOp::Greater) << 10.0
            << QList<qint64>{ 10000, 20000, 40000, 50000 };
        QTest::newRow("threshold itself is not above it")
            << t << QList<double>{ 30, 30, 30, 30, 30, 30, 30, 30 } << int(CompareOp::Greater) << 0.0 << QList<qint64>{};
        QTest::newRow(">= includes it, run to the end")
            << t << QList<double>{ 1, 1, 1, 1, 1, 30, 31, 30 } << int(CompareOp::GreaterOrEqual) << 0.0 << QList<qint64>{ 50000, 70000 };
        QTest::newRow("below threshold")
            << t << QList<double>{ 40, 40, 0, 0, 40, 40, 40, 0 } << int(CompareOp::Less) << 0.0 << QList<qint64>{ 20000, 30000, 70000, 70000 };
        // A spacing of 40 s (more than twice the usual 10 s) ends a run, as in the evaluator.
        QTest::newRow("long spacing splits the run")
            << QList<qint64>{ 0, 10000, 20000, 30000, 70000, 80000, 90000, 100000 } << QList<double>{ 1, 40, 40, 40, 40, 40, 1, 1 }
            << int(CompareOp::Greater) << 10.0 << QList<qint64>{ 10000, 30000, 70000, 80000 };
    }
    void stretches()
    {
        QFETCH(QList<qint64>, times);
        QFETCH(QList<double>, values);
        QFETCH(int, op);
        QFETCH(double, forSeconds);
        QFETCH(QList<qint64>, expected);
        const QList<BreachStretch> runs = LagChartData::breachedStretches(times, values, CompareOp(op), 30.0, forSeconds);
        QList<qint64> got;
        for (const BreachStretch &r : runs)
            got << r.from << r.to;
        QCOMPARE(got, expected);
    }

    void buildFromPlan()
    {
        Plan plan = testing::fixturePlan();
        plan.series.append(testing::fixtureLagSeries());
        MetricSeries other;
        other.name = QStringLiteral("iops");
        other.metric = QStringLiteral("disk_iops");
        other.unit = QStringLiteral("IOPS");
        other.times = { plan.start.toMSecsSinceEpoch(), plan.start.toMSecsSinceEpoch() + 60000 };
        other.values = { 100, 200 };
        plan.series.append(other);
        const Schedule schedule = testing::fixtureSchedule();
        const LagChartData d = LagChartData::build(plan, &schedule);
        QCOMPARE(d.series.size(), 2);
        QCOMPARE(d.units(), QStringList({ "s", "IOPS" }));
        // Only the lag criterion matches a series; its threshold sits in the "s" panel.
        QCOMPARE(d.thresholds.size(), 1);
        QCOMPARE(d.thresholds[0].value, 30.0);
        QCOMPARE(d.thresholds[0].unit, QStringLiteral("s"));
        // The fixture breaches from 23:00 to the last sample before 23:10.
        QCOMPARE(d.stretches.size(), 1);
        const QDateTime from = QDateTime(QDate(2026, 3, 14), QTime(23, 0), QTimeZone(3600));
        QCOMPARE(d.stretches[0].from, from.toMSecsSinceEpoch());
        QCOMPARE(d.stretches[0].to, from.addSecs(10 * 60 - 15).toMSecsSinceEpoch());
        QCOMPARE(d.stretches[0].series, 0);
        QCOMPARE(d.stretches[0].criterion, QStringLiteral("lag"));
        // Markers: freeze 22:20, switch 00:00, rollback deadline 03:25.
        QCOMPARE(d.markers.size(), 3);
        QCOMPARE(d.markers[0].ms, QDateTime(QDate(2026, 3, 14), QTime(22, 20), QTimeZone(3600)).toMSecsSinceEpoch());
        QCOMPARE(d.markers[1].ms, QDateTime(QDate(2026, 3, 15), QTime(0, 0), QTimeZone(3600)).toMSecsSinceEpoch());
        QCOMPARE(d.markers[2].ms, QDateTime(QDate(2026, 3, 15), QTime(3, 25), QTimeZone(3600)).toMSecsSinceEpoch());
        qint64 t0 = 0, t1 = 0;
        QVERIFY(d.timeRange(&t0, &t1));
        QCOMPARE(t0, plan.start.toMSecsSinceEpoch());
    }

    void legendLabels_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("metrics");
        QTest::addColumn<QStringList>("sources");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("unique names stay short")
            << QStringList{ "a", "b" } << QStringList{ "m1", "m2" } << QStringList{ "f1", "f2" } << QStringList{ "a", "b" };
        // The reviewed case: the same target scraped by Prometheus and exported from Grafana.
        QTest::newRow("same name, different metric")
            << QStringList{ "pg-replica-1:9187", "pg-replica-1:9187", "iops" }
            << QStringList{ "pg_replication_lag_seconds", "replication_lag", "disk_iops" } << QStringList{ "p.json", "g.csv", "g.csv" }
            << QStringList{ "pg-replica-1:9187 · pg_replication_lag_seconds", "pg-replica-1:9187 · replication_lag", "iops" };
        QTest::newRow("same name and metric: the file tells")
            << QStringList{ "r1", "r1" } << QStringList{ "lag", "lag" } << QStringList{ "a.json", "b.csv" }
            << QStringList{ "r1 · lag · a.json", "r1 · lag · b.csv" };
        QTest::newRow("name is the metric: no repetition")
            << QStringList{ "lag", "lag" } << QStringList{ "lag", "lag" } << QStringList{ "a.json", "b.csv" }
            << QStringList{ "lag · a.json", "lag · b.csv" };
        QTest::newRow("only the still ambiguous ones grow")
            << QStringList{ "a", "a", "a" } << QStringList{ "m1", "m1", "m2" } << QStringList{ "f1", "f2", "f3" }
            << QStringList{ "a · m1 · f1", "a · m1 · f2", "a · m2" };
        QTest::newRow("true duplicates are numbered")
            << QStringList{ "a", "a", "b" } << QStringList{ "m", "m", "m" } << QStringList{ "f", "f", "f" }
            << QStringList{ "a · m · f (1)", "a · m · f (2)", "b" };
    }
    void legendLabels()
    {
        QFETCH(QStringList, names);
        QFETCH(QStringList, metrics);
        QFETCH(QStringList, sources);
        QFETCH(QStringList, expected);
        QList<LagSeries> series;
        for (qsizetype i = 0; i < names.size(); ++i) {
            LagSeries s;
            s.name = names[i];
            s.metric = metrics[i];
            s.source = sources[i];
            series.append(s);
        }
        QCOMPARE(LagChartData::legendLabels(series), expected);
    }

    void buildUsesDisambiguatedLabels()
    {
        Plan plan = testing::fixturePlan();
        MetricSeries a = testing::fixtureLagSeries();
        a.sourceFile = QStringLiteral("prometheus.json");
        MetricSeries b = a;
        b.id = QStringLiteral("s2");
        b.metric = QStringLiteral("pg_replication_lag_seconds");
        plan.series = { a, b };
        const LagChartData d = LagChartData::build(plan);
        QCOMPARE(d.series[0].label, QStringLiteral("replica-1 · replication_lag"));
        QCOMPARE(d.series[1].label, QStringLiteral("replica-1 · pg_replication_lag_seconds"));
    }

    void thresholdLabel()
    {
        Plan plan = testing::fixturePlan();
        plan.series = { testing::fixtureLagSeries() };
        const LagChartData d = LagChartData::build(plan);
        QCOMPARE(d.thresholds.size(), 1);
        // Criterion "Replication lag": replication_lag > 30 (s) for 300 s, action rollback (the default).
        QCOMPARE(d.thresholds[0].label, QStringLiteral("> 30 s for 5 min · roll back: Replication lag"));
        QCOMPARE(d.thresholds[0].series, QList<int>{ 0 });
        QCOMPARE(d.thresholds[0].op, CompareOp::Greater);
    }

    /** replica-1 (watched by the lag criterion), an unwatched iops series, replica-2 with a CloudWatch-style metric. */
    static LagChartData threeSeries(bool withCriteria)
    {
        Plan plan = testing::fixturePlan();
        if (!withCriteria)
            plan.criteria.clear();
        MetricSeries lag1 = testing::fixtureLagSeries();
        MetricSeries iops;
        iops.id = QStringLiteral("s2");
        iops.name = QStringLiteral("iops");
        iops.metric = QStringLiteral("disk_iops");
        iops.unit = QStringLiteral("IOPS");
        iops.times = { lag1.times.constFirst(), lag1.times.constLast() };
        iops.values = { 100, 200 };
        MetricSeries lag2 = lag1;
        lag2.id = QStringLiteral("s3");
        lag2.name = QStringLiteral("replica-2");
        lag2.metric = QStringLiteral("AWS/DMS replication_lag");
        plan.series = { lag1, iops, lag2 };
        if (withCriteria)
            plan.criteria[0].metric = QStringLiteral("replication_lag");
        return LagChartData::build(plan);
    }

    void selection()
    {
        const LagChartData d = threeSeries(true);
        QCOMPARE(d.totalSeries, 3);
        const QList<int> bound = d.criterionSeries();
        QVERIFY2(bound.contains(0) && !bound.contains(1), "replica-1 is watched, iops is not");
        QCOMPARE(SeriesSelection().peek(d.seriesIds(), d.criterionSeries()), bound); // the default rule
        QCOMPARE(d.seriesIds().size(), 3);
        QCOMPARE(d.seriesIds().at(1), QStringLiteral("s2"));
        QCOMPARE(d.seriesIds().at(2), QStringLiteral("s3"));

        const LagChartData onlyIops = d.selected({ 1 });
        QCOMPARE(onlyIops.series.size(), 1);
        QCOMPARE(onlyIops.series[0].name, QStringLiteral("iops"));
        QCOMPARE(onlyIops.series[0].colorIndex, 0); // the drawn series get the first, most distinct colours
        QCOMPARE(onlyIops.totalSeries, 3);
        QVERIFY(onlyIops.thresholds.isEmpty()); // its series are hidden
        QVERIFY(onlyIops.stretches.isEmpty());
        QCOMPARE(onlyIops.markers.size(), d.markers.size());

        const LagChartData onlyLag = d.selected({ 0 });
        QCOMPARE(onlyLag.thresholds.size(), 1);
        QCOMPARE(onlyLag.thresholds[0].series, QList<int>{ 0 });
        QCOMPARE(onlyLag.stretches.size(), 1);
        QCOMPARE(onlyLag.stretches[0].series, 0);
        const LagChartData twoLast = d.selected({ 2, 1 });
        QCOMPARE(twoLast.series[0].name, QStringLiteral("iops")); // plan order, whatever the order asked
        QCOMPARE(twoLast.series[1].colorIndex, 1);

        const LagChartData none = d.selected({});
        QVERIFY(none.series.isEmpty());
        QVERIFY(none.thresholds.isEmpty());

        const LagChartData noCriteria = threeSeries(false);
        QVERIFY(noCriteria.criterionSeries().isEmpty());
        // No criterion watches a series: the first six, here all three (SeriesSelection's tests hold the six).
        QCOMPARE(SeriesSelection().peek(noCriteria.seriesIds(), noCriteria.criterionSeries()), (QList<int>{ 0, 1, 2 }));
    }

    void seriesMatching_data()
    {
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<QList<int>>("expected");
        QTest::addColumn<QStringList>("unmatched");
        QTest::newRow("exact name") << QStringList{ "iops" } << QList<int>{ 1 } << QStringList{};
        QTest::newRow("wildcard on names") << QStringList{ "replica-*" } << QList<int>{ 0, 2 } << QStringList{};
        QTest::newRow("metric, any case") << QStringList{ "DISK_*" } << QList<int>{ 1 } << QStringList{};
        QTest::newRow("star crosses a slash") << QStringList{ "aws*lag" } << QList<int>{ 2 } << QStringList{};
        QTest::newRow("question mark and set") << QStringList{ "replica-[2-9]" } << QList<int>{ 2 } << QStringList{};
        QTest::newRow("anchored: no partial match") << QStringList{ "replica" } << QList<int>{} << QStringList{ "replica" };
        QTest::newRow("repeatable, one unmatched") << QStringList{ "iops", "nothing*" } << QList<int>{ 1 } << QStringList{ "nothing*" };
        QTest::newRow("regex characters are literal") << QStringList{ "iop." } << QList<int>{} << QStringList{ "iop." };
    }
    void seriesMatching()
    {
        QFETCH(QStringList, patterns);
        QFETCH(QList<int>, expected);
        QFETCH(QStringList, unmatched);
        const LagChartData d = threeSeries(true);
        QStringList missing;
        QCOMPARE(d.seriesMatching(patterns, &missing), expected);
        QCOMPARE(missing, unmatched);
    }

    void legendIsBounded()
    {
        // 34 series, as with every sample export imported: the legend keeps to a fifth of the chart.
        Plan plan = testing::fixturePlan();
        for (int i = 0; i < 34; ++i) {
            MetricSeries s = testing::fixtureLagSeries();
            s.id = QStringLiteral("s%1").arg(i);
            s.name = QStringLiteral("pg-replica-%1.orders.internal:9187").arg(i);
            plan.series.append(s);
        }
        const LagChartData d = LagChartData::build(plan);
        for (const QSize size : { QSize(1600, 1000), QSize(1280, 720) }) {
            const QRectF rect(QPointF(0, 0), size);
            const QRectF legend = LagQChart::legendRect(rect, d, LagViewport());
            const QRectF plot = LagQChart::plotRect(rect, d, LagViewport());
            QVERIFY(legend.height() > 0);
            QVERIFY2(legend.height() <= size.height() * 0.2, qPrintable(QString::number(legend.height())));
            QVERIFY(plot.height() >= size.height() * 0.5);
            QVERIFY(legend.top() >= plot.bottom()); // below the plot, never over data
        }
        // The same items unbounded would need far more room, and some are left to "+N more".
        QList<LegendItem> items;
        for (const LagSeries &s : d.series)
            items.append({ LegendItem::Shape::Line, {}, QPen(Qt::black), s.label });
        const ChartStyle style = ChartStyle::forSize(QSizeF(1600, 1000));
        Legend bounded(items, style);
        bounded.setBounded(200);
        QVERIFY(bounded.height(1500) <= 200);
        QVERIFY(bounded.shownCount(1500) < items.size());
        QVERIFY(bounded.shownCount(1500) > 0);
        const Legend flow(items, style);
        QVERIFY(flow.height(1500) > 200);
        QCOMPARE(flow.shownCount(1500), items.size());
        // Few items: all shown.
        Legend few(items.mid(0, 3), style);
        few.setBounded(200);
        QCOMPARE(few.shownCount(1500), 3);
    }

    void paintDrawsBoundedPoints()
    {
        // 1M points: each frame draws at most a few per pixel column, and the spike survives.
        MetricSeries s;
        s.name = QStringLiteral("big");
        s.metric = QStringLiteral("replication_lag");
        s.unit = QStringLiteral("s");
        for (qint64 i = 0; i < 1'000'000; ++i) {
            s.times.append(1'700'000'000'000 + i * 1000);
            s.values.append(double(i % 7));
        }
        s.values[654321] = 500.0;
        Plan plan = testing::fixturePlan();
        plan.series = { s };
        const LagChartData d = LagChartData::build(plan);
        QCOMPARE(d.stretches.size(), 0); // 500 s lasts one sample: not 5 minutes
        QImage image(1280, 720, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        LagQChart::paint(&p, image.rect(), d);
        p.end();
        const QRectF plot = LagQChart::plotRect(image.rect(), d, LagQChart::wholeRange(d));
        LagQChart chart;
        chart.setData(d);
        chart.setViewport(LagQChart::wholeRange(d));
        chart.resize(image.size());
        QVERIFY(chart.pointCount() > 0);
        QVERIFY(chart.pointCount() <= 2 * int(plot.width()));
        // The spike reaches the top part of the plot: some series-coloured pixel in the upper fifth.
        bool high = false;
        for (int y = int(plot.top()) + 2; y < int(plot.top() + plot.height() / 5) && !high; ++y)
            for (int x = int(plot.left()) + 1; x < int(plot.right()) && !high; ++x)
                high = QColor(image.pixel(x, y)) == ChartStyle::seriesColor(0);
        QVERIFY(high);
    }

    // --- The chart on Qt Charts -----------------------------------------------------------

    void qchartColumnsHoldMinMax_data()
    {
        QTest::addColumn<double>("zoom");  // share of the whole range shown
        QTest::addColumn<double>("start"); // where the window starts, as a share of the range
        QTest::newRow("whole range") << 1.0 << 0.0;
        QTest::newRow("a tenth") << 0.1 << 0.45;
        QTest::newRow("a thousandth") << 0.001 << 0.3;
    }
    void qchartColumnsHoldMinMax()
    {
        QFETCH(double, zoom);
        QFETCH(double, start);
        // 1M points of pseudo-random values with spikes and a NaN gap.
        MetricSeries s;
        s.name = QStringLiteral("big");
        s.metric = QStringLiteral("replication_lag");
        s.unit = QStringLiteral("s");
        quint32 x = 12345;
        for (qint64 i = 0; i < 1'000'000; ++i) {
            x = x * 1664525u + 1013904223u;
            double v = double(x >> 8) / double(1 << 24) * 10.0;
            if (i % 99'991 == 7)
                v = 400.0 + double(i % 13);
            if (i >= 500'000 && i < 500'010)
                v = qQNaN();
            s.times.append(1'700'000'000'000 + i * 1000);
            s.values.append(v);
        }
        Plan plan = testing::fixturePlan();
        plan.series = { s };
        LagChartData d = LagChartData::build(plan);
        d.zone = QTimeZone(); // the date-time axis in the process's zone: x values are UTC ms
        const qint64 a = s.times.constFirst(), b = s.times.constLast() + 1;
        LagViewport v;
        v.t0 = a + qint64(double(b - a) * start);
        v.t1 = v.t0 + qint64(double(b - a) * zoom);
        LagQChart chart;
        chart.resize(1600, 1000);
        chart.setData(d);
        chart.setViewport(v);
        const double width = chart.plotArea().width();
        QCOMPARE(chart.plotArea(), LagQChart::plotRect(QRectF(0, 0, 1600, 1000), d, v));
        QVERIFY(width > 1000);
        QList<QPointF> points;
        for (QLineSeries *line : chart.segments(0)) {
            QVERIFY2(line->count() <= 2 * width, qPrintable(QString::number(line->count())));
            points += line->points();
        }
        QVERIFY(points.size() <= 2 * width);
        QVERIFY(points.size() > width / 2);
        // Columns about two pixels wide; in each, the chart's min and max are the data's.
        const int columns = chart.columns();
        QVERIFY(columns >= int(width / 2) - 2 && columns <= int(width / 2));
        const double step = double(v.t1 - v.t0) / columns;
        qsizetype first = std::lower_bound(s.times.cbegin(), s.times.cend(), v.t0) - s.times.cbegin();
        qsizetype k = 0;
        std::sort(points.begin(), points.end(), [](const QPointF &l, const QPointF &r) { return l.x() < r.x(); });
        while (k < points.size() && points[k].x() < double(v.t0))
            ++k; // the sample left of the window, so the line enters
        int checked = 0;
        for (int j = 0; j < columns; ++j) {
            const qint64 e0 = j == 0 ? v.t0 : v.t0 + qint64(std::ceil(step * j));
            const qint64 e1 = j + 1 == columns ? v.t1 : v.t0 + qint64(std::ceil(step * (j + 1)));
            double lo = qInf(), hi = -qInf();
            for (; first < s.times.size() && s.times[first] < e1; ++first) {
                if (!std::isnan(s.values[first])) {
                    lo = std::min(lo, s.values[first]);
                    hi = std::max(hi, s.values[first]);
                }
            }
            double clo = qInf(), chi = -qInf();
            for (; k < points.size() && points[k].x() < double(e1); ++k) {
                QVERIFY(points[k].x() >= double(e0));
                clo = std::min(clo, points[k].y());
                chi = std::max(chi, points[k].y());
            }
            QCOMPARE(clo, lo);
            QCOMPARE(chi, hi);
            checked += std::isfinite(lo) ? 1 : 0;
        }
        QVERIFY(checked > columns / 2);
    }

    void qchartTimeAxisInPlanZone()
    {
        Plan plan = testing::fixturePlan();
        plan.series = { testing::fixtureLagSeries() };
        plan.timezone = QStringLiteral("Asia/Tokyo"); // UTC+9 all year, unlike the machine's zone
        const LagChartData d = LagChartData::build(plan);
        LagQChart chart;
        chart.resize(1280, 720);
        chart.setData(d);
        LagViewport v;
        v.t0 = QDateTime(QDate(2026, 3, 14), QTime(21, 0), QTimeZone(3600)).toMSecsSinceEpoch();
        v.t1 = v.t0 + 3'600'000;
        chart.setViewport(v);
        // 21:00 at UTC+1 is 05:00 the next morning in Tokyo.
        QCOMPARE(chart.timeAxis()->min().toString(QStringLiteral("HH:mm")), QStringLiteral("05:00"));
        QCOMPARE(chart.timeAxis()->max().toString(QStringLiteral("HH:mm")), QStringLiteral("06:00"));
        QCOMPARE(chart.timeAxis()->format(), QStringLiteral("HH:mm"));
        // The drawn ticks: round Tokyo times, the first one with its date.
        const QList<TimeTick> &ticks = chart.timeTicks();
        QVERIFY(ticks.size() >= 3);
        QCOMPARE(ticks.constFirst().label, QStringLiteral("05:00"));
        QVERIFY(!ticks.constFirst().dayLabel.isEmpty());
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(ticks.constFirst().ms, QTimeZone("Asia/Tokyo")).time().minute() % 5, 0);
    }

    void qchartGapsSplitTheLine()
    {
        // 100 samples 1 s apart, a NaN at 30 s, and an hour without samples after 69 s.
        MetricSeries s;
        s.name = QStringLiteral("gappy");
        s.metric = QStringLiteral("replication_lag");
        s.unit = QStringLiteral("s");
        const qint64 base = 1'700'000'000'000;
        for (qint64 i = 0; i < 100; ++i) {
            s.times.append(base + i * 1000 + (i >= 70 ? 3'600'000 : 0));
            // Rising values: each column's minimum is its first sample and its maximum its last,
            // so every segment starts and ends at the samples next to the gaps.
            s.values.append(i == 30 ? qQNaN() : double(i));
        }
        Plan plan = testing::fixturePlan();
        plan.series = { s };
        LagChartData d = LagChartData::build(plan);
        d.zone = QTimeZone();
        LagQChart chart;
        chart.resize(1600, 1000);
        chart.setData(d);
        chart.setViewport(LagQChart::wholeRange(d));
        const QList<QLineSeries *> segments = chart.segments(0);
        QCOMPARE(segments.size(), 3);
        const QList<qint64> firsts = { base, base + 31'000, base + 70'000 + 3'600'000 };
        const QList<qint64> lasts = { base + 29'000, base + 69'000, base + 99'000 + 3'600'000 };
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(qint64(segments[i]->points().constFirst().x()), firsts[i]);
            QCOMPARE(qint64(segments[i]->points().constLast().x()), lasts[i]);
            // Same colour and dash: one series to the reader.
            QCOMPARE(segments[i]->pen().color(), ChartStyle::seriesColor(0));
        }
        // Zoomed into the first stretch only: one segment, the others emptied.
        LagViewport v;
        v.t0 = base;
        v.t1 = base + 20'000;
        chart.setViewport(v);
        QCOMPARE(chart.segments(0).size(), 1);
    }

    void qchartBreachedStretches()
    {
        // The fixture breaches "> 30 s for 5 min" from 23:00:00 to 23:09:45 (+01:00): 45 s for
        // minutes 120..129 after 21:00, sampled every 15 s.
        Plan plan = testing::fixturePlan();
        plan.series = { testing::fixtureLagSeries() };
        LagChartData d = LagChartData::build(plan);
        d.zone = QTimeZone();
        const qint64 from = QDateTime(QDate(2026, 3, 14), QTime(23, 0), QTimeZone(3600)).toMSecsSinceEpoch();
        const qint64 to = QDateTime(QDate(2026, 3, 14), QTime(23, 9, 45), QTimeZone(3600)).toMSecsSinceEpoch();
        LagQChart chart;
        chart.resize(1600, 1000);
        chart.setData(d);
        chart.setViewport(LagQChart::wholeRange(d));
        const QList<QRectF> rects = chart.breachRects();
        QCOMPARE(rects.size(), 1);
        QLineSeries *line = chart.segments(0).constFirst();
        // Back to time through Qt Charts' own mapping: within one pixel of the hand-computed edges.
        const double msPerPx = double(chart.viewport().t1 - chart.viewport().t0) / chart.plotArea().width();
        const double left = chart.mapToValue(rects[0].topLeft(), line).x();
        const double right = chart.mapToValue(rects[0].topRight(), line).x();
        QVERIFY2(std::abs(left - double(from)) <= msPerPx, qPrintable(QString::number(left - double(from))));
        QVERIFY2(std::abs(right - double(to)) <= msPerPx, qPrintable(QString::number(right - double(to))));
        QCOMPARE(rects[0].top(), chart.plotArea().top());
        QCOMPARE(rects[0].bottom(), chart.plotArea().bottom());
        // The threshold: a dashed line at 30 s across the window, in roll-back vermillion.
        QLineSeries *threshold = chart.thresholdSeries(0);
        QVERIFY(threshold);
        QCOMPARE(threshold->count(), 2);
        QCOMPARE(threshold->at(0).y(), 30.0);
        QCOMPARE(threshold->pen().style(), Qt::DashLine);
        QCOMPARE(threshold->pen().color(), ChartStyle::vermillion());
        // Zoomed away from the breach: no hatching.
        LagViewport v;
        v.t0 = from - 3'600'000;
        v.t1 = from - 1'800'000;
        chart.setViewport(v);
        QCOMPARE(chart.breachRects().size(), 0);
    }

    void qchartUnitsGetTheirAxes()
    {
        Plan plan = testing::fixturePlan();
        MetricSeries iops = testing::fixtureLagSeries();
        iops.id = QStringLiteral("s2");
        iops.name = QStringLiteral("iops");
        iops.metric = QStringLiteral("disk_iops");
        iops.unit = QStringLiteral("ops");
        for (double &value : iops.values)
            value *= 1000;
        plan.series = { testing::fixtureLagSeries(), iops };
        const LagChartData d = LagChartData::build(plan);
        LagQChart chart;
        chart.resize(1600, 1000);
        chart.setData(d);
        chart.setViewport(LagQChart::wholeRange(d));
        QValueAxis *seconds = chart.valueAxis(QStringLiteral("s"));
        QValueAxis *ops = chart.valueAxis(QStringLiteral("ops"));
        QVERIFY(seconds && ops);
        QCOMPARE(seconds->alignment(), Qt::AlignLeft);
        QCOMPARE(ops->alignment(), Qt::AlignRight);
        // As the QPainter chart: from 0, the 30 s threshold and the 45 s breach inside, 8 % headroom at least.
        QCOMPARE(seconds->min(), 0.0);
        QVERIFY(seconds->max() >= 45.0 * 1.08 - 1e-9);
        QVERIFY(ops->max() >= 45000.0 * 1.08 - 1e-6);
        QVERIFY(chart.segments(1).constFirst()->attachedAxes().contains(ops));
        // Different colour and dash per series.
        QVERIFY(chart.segments(0).constFirst()->pen().color() != chart.segments(1).constFirst()->pen().color());
    }

    void qchartSelectionSwapKeepsEachSeriesOnItsAxis()
    {
        // Found in review: [lagA s, lagC s, backlog rows, lagB s]; drawing {lagA, backlog, lagB}
        // and then {lagA, lagC, backlog} has the same units and count, but the second series
        // changes from rows to s: each series must end up on its own unit's axis.
        Plan plan = testing::fixturePlan();
        MetricSeries lagA = testing::fixtureLagSeries();
        MetricSeries lagC = lagA, lagB = lagA, backlog = lagA;
        lagC.id = QStringLiteral("c");
        lagC.name = QStringLiteral("lagC");
        lagB.id = QStringLiteral("b");
        lagB.name = QStringLiteral("lagB");
        backlog.id = QStringLiteral("q");
        backlog.name = QStringLiteral("backlog");
        backlog.metric = QStringLiteral("queue_rows");
        backlog.unit = QStringLiteral("rows");
        for (double &value : backlog.values)
            value *= 1000;
        plan.series = { lagA, lagC, backlog, lagB };
        const LagChartData all = LagChartData::build(plan);
        LagQChart chart;
        chart.resize(1600, 1000);
        const LagChartData first = all.selected({ 0, 2, 3 });
        chart.setData(first);
        chart.setViewport(LagQChart::wholeRange(first));
        const LagChartData second = all.selected({ 0, 1, 2 });
        chart.setData(second);
        chart.setViewport(LagQChart::wholeRange(second));
        for (qsizetype i = 0; i < second.series.size(); ++i) {
            QValueAxis *own = chart.valueAxis(second.series[i].unit);
            QVERIFY(own);
            for (QLineSeries *segment : chart.segments(i))
                QVERIFY2(segment->attachedAxes().contains(own), qPrintable(second.series[i].label + " is not on its axis"));
        }
    }

    void qchartNewDataOfTheSameShape()
    {
        // An undo or re-import keeps the series objects but must show the new values and rule.
        Plan plan = testing::fixturePlan();
        plan.series = { testing::fixtureLagSeries() };
        LagChartData first = LagChartData::build(plan);
        LagQChart chart;
        chart.resize(1280, 720);
        chart.setData(first);
        chart.setViewport(LagQChart::wholeRange(first));
        QLineSeries *line = chart.segments(0).constFirst();
        for (double &v : plan.series[0].values)
            v *= 2;
        plan.criteria[0].threshold = 60;
        plan.criteria[0].action = CriterionAction::Warn;
        const LagChartData second = LagChartData::build(plan);
        chart.setData(second);
        QCOMPARE(chart.segments(0).constFirst(), line); // reused
        double highest = 0;
        for (QLineSeries *segment : chart.segments(0))
            for (const QPointF &p : segment->points())
                highest = std::max(highest, p.y());
        QCOMPARE(highest, 90.0); // the breach, 45 s, doubled
        QCOMPARE(chart.thresholdSeries(0)->at(0).y(), 60.0);
        QCOMPARE(chart.thresholdSeries(0)->pen().color(), ChartStyle::mutedText()); // warn
        QVERIFY(chart.thresholdSeries(0)->name().contains(QStringLiteral("60")));
    }

    void qchartMarkersInView()
    {
        Plan plan = testing::fixturePlan();
        plan.series = { testing::fixtureLagSeries() };
        const Schedule schedule = testing::fixtureSchedule();
        const LagChartData d = LagChartData::build(plan, &schedule);
        QVERIFY(!d.markers.isEmpty());
        const LagViewport v = LagQChart::wholeRange(d);
        const QRectF rect(0, 0, 1600, 1000);
        // The marker band sits between the top and the plot: the plot starts lower than without markers.
        LagChartData bare = d;
        bare.markers.clear();
        QVERIFY(LagQChart::plotRect(rect, d, v).top() > LagQChart::plotRect(rect, bare, v).top());
    }

    void emptyPaints()
    {
        const LagChartData d = LagChartData::build(Plan());
        QImage image(640, 480, QImage::Format_ARGB32);
        image.fill(Qt::black);
        QPainter p(&image);
        LagQChart::paint(&p, image.rect(), d);
        p.end();
        LagQChart chart;
        chart.setData(d);
        chart.resize(640, 480);
        QCOMPARE(chart.pointCount(), 0);
        QCOMPARE(QColor(image.pixel(3, 3)), QColor(Qt::white));
    }
};

QTEST_MAIN(TestLagChart)
#include "test_lagchart.moc"
