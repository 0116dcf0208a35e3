// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartfixtures.h"

#include "charts/lagchart.h"

#include <QImage>
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
        QPainter p(&image);
        LagRenderer::paint(&p, image.rect(), d);
        p.end();
        const QRectF plot = LagRenderer::plotRect(image.rect(), d, LagViewport());
        QVERIFY(LagRenderer::lastPointCount() > 0);
        QVERIFY(LagRenderer::lastPointCount() <= 6 * int(plot.width()) + 4);
        // The spike reaches the top part of the plot: some series-coloured pixel in the upper fifth.
        bool high = false;
        for (int y = int(plot.top()) + 2; y < int(plot.top() + plot.height() / 5) && !high; ++y)
            for (int x = int(plot.left()) + 1; x < int(plot.right()) && !high; ++x)
                high = QColor(image.pixel(x, y)) == ChartStyle::seriesColor(0);
        QVERIFY(high);
    }

    void emptyPaints()
    {
        const LagChartData d = LagChartData::build(Plan());
        QImage image(640, 480, QImage::Format_ARGB32);
        image.fill(Qt::black);
        QPainter p(&image);
        LagRenderer::paint(&p, image.rect(), d);
        p.end();
        QCOMPARE(LagRenderer::lastPointCount(), 0);
        QCOMPARE(QColor(image.pixel(3, 3)), QColor(Qt::white));
    }
};

QTEST_MAIN(TestLagChart)
#include "test_lagchart.moc"
