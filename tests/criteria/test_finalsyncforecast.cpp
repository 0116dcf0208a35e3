// SPDX-License-Identifier: GPL-3.0-or-later
// The final-sync forecast (spec/monitoring.md): catch-up stretches, drain = L / (1 - s), the
// backlog / apply-rate basis and the refusals. Series are built piecewise linear so that each
// slope is exact and every expected figure is worked out by hand in the comments.
#include "criteria/finalsyncforecast.h"

#include <QTest>

#include <cmath>

using namespace cutover;

namespace {

constexpr qint64 kT0 = 1'795'000'000'000; // some UTC ms in 2026
constexpr qint64 kStep = 10'000;          // one point every 10 s

/** Appends points every 10 s from the last point's time (or kT0) on: value(k) for k = 1..count. */
struct SeriesBuilder
{
    MetricSeries s;
    explicit SeriesBuilder(const QString &metric, const QString &unit = QStringLiteral("s"))
    {
        s.id = metric + QStringLiteral("-id");
        s.name = metric + QStringLiteral("@replica-1");
        s.metric = metric;
        s.unit = unit;
    }
    qint64 next() const { return s.times.isEmpty() ? kT0 : s.times.last() + kStep; }
    void point(double v)
    {
        s.times.append(next());
        s.values.append(v);
    }
    /** `seconds` of a line from the current level to `to` (exclusive of the start, inclusive of the end). */
    void ramp(double from, double to, int seconds)
    {
        const int n = seconds / 10;
        for (int k = 1; k <= n; ++k)
            point(from + (to - from) * k / n);
    }
    void flat(double v, int seconds)
    {
        for (int k = 0; k < seconds / 10; ++k)
            point(v);
    }
};

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

} // namespace

class TestFinalSyncForecast : public QObject
{
    Q_OBJECT
private slots:
    void slopeAndSteadyLagGiveTheFormula()
    {
        // Steady 120 s for 10 min, a backlog builds up to 600 s in 4 min, then catch-up at
        // -0.5 s/s (600 -> 120 in 960 s), then steady 120 s for an hour.
        SeriesBuilder b(QStringLiteral("pg_replication_lag_seconds"));
        b.flat(120, 600);
        b.ramp(120, 600, 240);
        b.ramp(600, 120, 960);
        b.flat(120, 3600);
        Plan plan;
        plan.series = {b.s};
        const auto r = FinalSyncForecaster::forecast(plan);
        QCOMPARE(r.outcome, FinalSyncForecaster::Outcome::Ok);
        const FinalSyncForecast &f = r.forecast;
        QCOMPARE(f.basis, FinalSyncForecast::Basis::LagSlope);
        QCOMPARE(f.stretches.size(), 1);
        QVERIFY2(near(f.stretches[0].slope, -0.5), qPrintable(QString::number(f.stretches[0].slope, 'g', 17)));
        // The stretch lies inside the fall (the tolerance band of 30 s is trimmed at both ends).
        const qint64 fallStart = kT0 + (60 + 24 - 1) * kStep; // the 600 s peak
        const qint64 fallEnd = fallStart + 96 * kStep;         // back at 120 s
        QVERIFY(f.stretches[0].from >= fallStart && f.stretches[0].from < fallStart + 10 * kStep);
        QVERIFY(f.stretches[0].to <= fallEnd && f.stretches[0].to > fallEnd - 10 * kStep);
        // L = 120 s, 1 - s = 1.5: drain 120 / 1.5 = 80 s for every sample.
        QVERIFY(near(*f.lagSeconds, 120));
        QVERIFY(near(*f.catchUpRatio, 1.5));
        QVERIFY(near(f.p50Seconds, 80));
        QVERIFY(near(f.p80Seconds, 80));
        QCOMPARE(f.series, QStringList{b.s.name});
        // The recent stretch is the last 30 min: 181 points at 10 s spacing.
        QCOMPARE(f.steadyPoints, 181);
        QCOMPARE(f.steadyTo - f.steadyFrom, qint64(1800'000));
    }

    void spreadOfLagAndSlopesGivesQuantiles()
    {
        // Two catch-ups: -0.5 s/s (ratio 1.5) and -1.0 s/s (ratio 2). The recent 30 min
        // alternate 100 s and 140 s ending on 140: 181 points, 91 of 140 and 90 of 100.
        // Samples (181 x 2 = 362): 100/2 = 50 (x90), 100/1.5 = 66.67 (x90), 140/2 = 70 (x91),
        // 140/1.5 = 93.33 (x91). Nearest rank: P50 = rank 181 > 180 -> 70;
        // P80 = rank ceil(289.6) = 290 > 271 -> 93.33.
        SeriesBuilder b(QStringLiteral("CDCLatencyTarget"));
        b.flat(120, 600);
        b.ramp(120, 600, 240);
        b.ramp(600, 120, 960);
        b.flat(120, 1200);
        b.ramp(120, 600, 240);
        b.ramp(600, 120, 480);
        for (int k = 0; k < 240; ++k) // 40 min
            b.point(k % 2 == 0 ? 100 : 140);
        Plan plan;
        plan.series = {b.s};
        const auto r = FinalSyncForecaster::forecast(plan);
        QCOMPARE(r.outcome, FinalSyncForecaster::Outcome::Ok);
        const FinalSyncForecast &f = r.forecast;
        QCOMPARE(f.stretches.size(), 2);
        QVERIFY(near(f.stretches[0].slope, -0.5));
        QVERIFY(near(f.stretches[1].slope, -1.0));
        QVERIFY2(near(f.p50Seconds, 70), qPrintable(QString::number(f.p50Seconds)));
        QVERIFY2(near(f.p80Seconds, 140 / 1.5), qPrintable(QString::number(f.p80Seconds)));
        // Medians: lag rank 91 of 181 -> 140 (90 of 100 first); ratio rank 1 of 2 -> 1.5.
        QVERIFY(near(*f.lagSeconds, 140));
        QVERIFY(near(*f.catchUpRatio, 1.5));
    }

    void gapSplitsACatchUp()
    {
        // A fall 600 -> 120 at -0.5 s/s with 5 min missing in the middle (at 360 s of lag):
        // two stretches, each of slope -0.5, neither spanning the gap.
        SeriesBuilder b(QStringLiteral("replication_lag"));
        b.flat(600, 300);
        b.ramp(600, 360, 480);
        const qint64 beforeGap = b.s.times.last();
        b.s.times.append(b.next() + 300'000);
        b.s.values.append(355);
        const qint64 afterGap = b.s.times.last();
        b.ramp(355, 120, 470);
        b.flat(120, 1800);
        const QList<CatchUpStretch> stretches = FinalSyncForecaster::catchUpStretches(b.s);
        QCOMPARE(stretches.size(), 2);
        QVERIFY(stretches[0].to <= beforeGap);
        QVERIFY(stretches[1].from >= afterGap);
        QVERIFY(near(stretches[0].slope, -0.5));
        QVERIFY(near(stretches[1].slope, -0.5));
    }

    void noCatchUpIsRefused()
    {
        SeriesBuilder b(QStringLiteral("mysql_slave_status_seconds_behind_master"));
        for (int k = 0; k < 500; ++k)
            b.point(k % 3 == 0 ? 2.0 : 1.0); // noise around 1 s: never a catch-up
        Plan plan;
        plan.series = {b.s};
        const auto r = FinalSyncForecaster::forecast(plan);
        QCOMPARE(r.outcome, FinalSyncForecaster::Outcome::NoCatchUp);
        QVERIFY(r.message.contains(b.s.name));
        QVERIFY(!r.message.contains(u'\n'));
    }

    void noLagSeriesIsRefused()
    {
        SeriesBuilder cpu(QStringLiteral("cpu_percent"), QStringLiteral("%"));
        cpu.ramp(90, 10, 600);
        // Seconds, but not lag: a response time is not replication lag... it says "latency" though,
        // so name it neutrally.
        SeriesBuilder uptime(QStringLiteral("process_uptime"));
        uptime.ramp(600, 0, 600);
        Plan plan;
        plan.series = {cpu.s, uptime.s};
        QCOMPARE(FinalSyncForecaster::forecast(plan).outcome, FinalSyncForecaster::Outcome::NoLagSeries);
        QCOMPARE(FinalSyncForecaster::forecast(Plan()).outcome, FinalSyncForecaster::Outcome::NoLagSeries);
    }

    void backlogAndApplyRate()
    {
        // AWS DMS: backlog 6000 changes, apply rate alternating 100 and 200 rows/s ending on 200
        // (recent 30 min: 181 points, 91 of 200, 90 of 100). Samples 6000/200 = 30 s
        // (91 x 181 = 16471) and 6000/100 = 60 s (90 x 181 = 16290) of 32761:
        // P50 = rank 16381 <= 16471 -> 30 s; P80 = rank ceil(26208.8) = 26209 -> 60 s.
        // Apply-rate median: rank 91 of 181, 90 of 100 first -> 200.
        SeriesBuilder backlog(QStringLiteral("CDCIncomingChanges"), QStringLiteral("count"));
        SeriesBuilder rate(QStringLiteral("CDCThroughputRowsTarget"), QStringLiteral("count"));
        backlog.s.name = rate.s.name = QStringLiteral("dms-task-1");
        backlog.flat(6000, 3600);
        for (int k = 0; k < 360; ++k)
            rate.point(k % 2 == 0 ? 100 : 200);
        SeriesBuilder lag(QStringLiteral("CDCLatencyTarget")); // present too: the direct basis wins
        lag.ramp(600, 100, 1000);
        lag.flat(100, 1800);
        Plan plan;
        plan.series = {lag.s, backlog.s, rate.s};
        const auto r = FinalSyncForecaster::forecast(plan);
        QCOMPARE(r.outcome, FinalSyncForecaster::Outcome::Ok);
        const FinalSyncForecast &f = r.forecast;
        QCOMPARE(f.basis, FinalSyncForecast::Basis::BacklogRate);
        QVERIFY(near(f.p50Seconds, 30));
        QVERIFY(near(f.p80Seconds, 60));
        QVERIFY(near(*f.backlog, 6000));
        QVERIFY(near(*f.applyRate, 200));
        QCOMPARE(f.seriesIds, (QStringList{backlog.s.id, rate.s.id}));
    }

    void sourceThroughputIsNotTheApplyRate()
    {
        // Found in review: CDCThroughputRowsSource (the incoming rate, 2,000/s) came first and was
        // taken as the apply rate. With the target's 500/s: 60,000 / 500 = 120 s, not 30 s.
        // Debezium's MaxQueueSizeInBytes (a constant capacity in bytes) is no backlog either.
        SeriesBuilder backlog(QStringLiteral("CDCIncomingChanges"), QStringLiteral("count"));
        SeriesBuilder source(QStringLiteral("CDCThroughputRowsSource"), QStringLiteral("count"));
        SeriesBuilder target(QStringLiteral("CDCThroughputRowsTarget"), QStringLiteral("count"));
        SeriesBuilder capacity(QStringLiteral("MaxQueueSizeInBytes"), QStringLiteral("bytes"));
        // CloudWatch names every series after its metric: no shared name to pair by.
        backlog.flat(60000, 1800);
        source.flat(2000, 1800);
        target.flat(500, 1800);
        capacity.flat(8192, 1800);
        QVERIFY(!FinalSyncForecaster::isApplyRateSeries(source.s));
        QVERIFY(FinalSyncForecaster::isApplyRateSeries(target.s));
        QVERIFY(!FinalSyncForecaster::isBacklogSeries(capacity.s));
        Plan plan;
        plan.series = {capacity.s, backlog.s, source.s, target.s};
        const auto r = FinalSyncForecaster::forecast(plan);
        QCOMPARE(r.outcome, FinalSyncForecaster::Outcome::Ok);
        QCOMPARE(r.forecast.basis, FinalSyncForecast::Basis::BacklogRate);
        QCOMPARE(r.forecast.seriesIds, (QStringList{backlog.s.id, target.s.id}));
        QVERIFY(near(r.forecast.p50Seconds, 120));
    }

    void applyRateOfTheSameTask()
    {
        // Two DMS tasks (labels tell them apart): the backlog of task b pairs with task b's rate.
        SeriesBuilder backlog(QStringLiteral("CDCIncomingChanges"), QStringLiteral("count"));
        SeriesBuilder rateA(QStringLiteral("CDCThroughputRowsTarget"), QStringLiteral("count"));
        SeriesBuilder rateB(QStringLiteral("CDCThroughputRowsTarget"), QStringLiteral("count"));
        backlog.s.labels = rateB.s.labels = {{QStringLiteral("ReplicationTaskIdentifier"), QStringLiteral("b")}};
        rateA.s.labels = {{QStringLiteral("ReplicationTaskIdentifier"), QStringLiteral("a")}};
        rateA.s.id += QStringLiteral("-a");
        rateB.s.id += QStringLiteral("-b");
        backlog.flat(6000, 600);
        rateA.flat(1000, 600);
        rateB.flat(100, 600);
        Plan plan;
        plan.series = {backlog.s, rateA.s, rateB.s};
        const auto r = FinalSyncForecaster::forecast(plan);
        QCOMPARE(r.forecast.seriesIds, (QStringList{backlog.s.id, rateB.s.id}));
        QVERIFY(near(r.forecast.p50Seconds, 60)); // 6000 / 100
    }

    void slowestReplicaIsTheForecast()
    {
        // Two replicas: drain 120/1.5 = 80 s and 300/1.5 = 200 s: the final sync waits for the second.
        Plan plan;
        for (double level : {120.0, 300.0}) {
            SeriesBuilder b(QStringLiteral("pg_replication_lag_seconds"));
            b.s.id += QString::number(level);
            b.s.name += QString::number(level);
            b.flat(level, 600);
            b.ramp(level, 900, 600);
            b.ramp(900, level, int((900 - level) * 2));
            b.flat(level, 2400);
            plan.series.append(b.s);
        }
        const auto r = FinalSyncForecaster::forecast(plan);
        QCOMPARE(r.outcome, FinalSyncForecaster::Outcome::Ok);
        QVERIFY2(near(r.forecast.p50Seconds, 200), qPrintable(QString::number(r.forecast.p50Seconds)));
        QCOMPARE(r.forecast.seriesIds, QStringList{plan.series[1].id});
    }

    void quantileIsNearestRank()
    {
        QCOMPARE(FinalSyncForecaster::quantile({}, 0.5), 0.0);
        QCOMPARE(FinalSyncForecaster::quantile({3, 1, 2, 4}, 0.5), 2.0); // rank 2 of 4
        QCOMPARE(FinalSyncForecaster::quantile({3, 1, 2, 4}, 0.8), 4.0); // rank ceil(3.2) = 4
        QCOMPARE(FinalSyncForecaster::quantile({5}, 0.8), 5.0);
    }

    void hostileSeriesDoNotCrash()
    {
        MetricSeries s;
        s.id = s.name = s.metric = QStringLiteral("lag");
        s.unit = QStringLiteral("s");
        const double nan = std::nan("");
        const double inf = HUGE_VAL;
        s.times = {1, 1, 2, 3, 3, 4, 5, 6};
        s.values = {nan, inf, -inf, 1e308, -1e308, nan, 0, 0};
        FinalSyncForecaster::catchUpStretches(s);
        s.values.resize(3); // mismatched lengths
        FinalSyncForecaster::catchUpStretches(s);
        Plan plan;
        plan.series = {s};
        FinalSyncForecaster::forecast(plan);
    }
};

QTEST_GUILESS_MAIN(TestFinalSyncForecast)
#include "test_finalsyncforecast.moc"
