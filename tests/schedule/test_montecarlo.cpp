// SPDX-License-Identifier: GPL-3.0-or-later
// Monte Carlo checks against closed forms (single triangular task, chain of identical tasks,
// maximum of two parallel tasks), against a deliberately simple second implementation on
// random plans with every dependency type, and against an exact sample Spearman coefficient.
#include "schedule/durationsampler.h"
#include "schedule/montecarlo.h"
#include "simulationtasks.h"

#include <QHash>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numeric>
#include <random>

using namespace cutover;

using testing::fixedTask;
using testing::plan;
using testing::task;

namespace {

SimulationResult simulate(const Plan &p, int iterations, quint64 seed = 1, int threads = 0)
{
    SimulationOptions o;
    o.iterations = iterations;
    o.seed = seed;
    o.threads = threads;
    const Result<SimulationResult> r = MonteCarlo::run(p, o);
    if (!r.ok())
        qFatal("simulation failed: %s", qPrintable(r.errorString()));
    return r.value();
}

/** Triangular(a, m, b) quantile, written out independently of the product. */
double triangularQuantile(double a, double m, double b, double u)
{
    const double split = (m - a) / (b - a);
    return u < split ? a + std::sqrt(u * (b - a) * (m - a)) : b - std::sqrt((1 - u) * (b - a) * (b - m));
}

bool near(double got, double expected, double tolerance)
{
    if (std::abs(got - expected) <= tolerance)
        return true;
    qWarning("got %.6f, expected %.6f +- %.6f", got, expected, tolerance);
    return false;
}

/**
 * The reference: one iteration scheduled by memoised recursion over task ids, straight from
 * the formulas of spec/plan-format.md, with durations drawn through the public sampler.
 */
struct Reference
{
    const Plan &plan;
    QHash<QString, int> index;
    QList<double> d, es, lf;
    QList<QList<int>> successors;
    double finish = 0;

    explicit Reference(const Plan &p) : plan(p)
    {
        for (int i = 0; i < p.tasks.size(); ++i)
            index.insert(p.tasks[i].id, i);
        successors.resize(p.tasks.size());
        for (int i = 0; i < p.tasks.size(); ++i) {
            for (const Dependency &dep : p.tasks[i].after)
                successors[index.value(dep.task)].append(i);
        }
    }

    double earliest(int i)
    {
        if (!std::isnan(es[i]))
            return es[i];
        const Task &t = plan.tasks[i];
        double v = t.notBefore.isValid() ? std::max(0.0, plan.start.msecsTo(t.notBefore) / 60000.0) : 0.0;
        for (const Dependency &dep : t.after) {
            const int p = index.value(dep.task);
            const double esP = earliest(p), efP = esP + d[p];
            switch (dep.type) {
            case DependencyType::FS: v = std::max(v, efP + dep.lag); break;
            case DependencyType::SS: v = std::max(v, esP + dep.lag); break;
            case DependencyType::FF: v = std::max(v, efP + dep.lag - d[i]); break;
            case DependencyType::SF: v = std::max(v, esP + dep.lag - d[i]); break;
            }
        }
        return es[i] = v;
    }

    double latestFinish(int i)
    {
        if (!std::isnan(lf[i]))
            return lf[i];
        double v = finish;
        for (int s : successors[i]) {
            for (const Dependency &dep : plan.tasks[s].after) {
                if (dep.task != plan.tasks[i].id)
                    continue;
                const double lfS = latestFinish(s), lsS = lfS - d[s];
                switch (dep.type) {
                case DependencyType::FS: v = std::min(v, lsS - dep.lag); break;
                case DependencyType::SS: v = std::min(v, lsS - dep.lag + d[i]); break;
                case DependencyType::FF: v = std::min(v, lfS - dep.lag); break;
                case DependencyType::SF: v = std::min(v, lfS - dep.lag + d[i]); break;
                }
            }
        }
        return lf[i] = v;
    }

    void run(quint64 seed, int iteration)
    {
        const int n = int(plan.tasks.size());
        d.fill(0, n);
        for (int i = 0; i < n; ++i)
            d[i] = DurationSampler::forTask(plan.tasks[i], {}).value().quantile(MonteCarlo::uniform(seed, iteration, i));
        es.fill(qQNaN(), n);
        lf.fill(qQNaN(), n);
        finish = 0;
        for (int i = 0; i < n; ++i)
            finish = std::max(finish, earliest(i) + d[i]);
        for (int i = 0; i < n; ++i)
            latestFinish(i);
    }
    bool critical(int i) const { return lf[i] - d[i] - es[i] <= 1e-9; }
};

/** A random plan with every dependency type, lags of both signs, notBefore, marks and a window. */
Plan randomPlan(quint64 seed, int n)
{
    std::mt19937_64 rng(seed);
    const auto uniform = [&](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); };
    QList<Task> tasks;
    for (int i = 0; i < n; ++i) {
        const double m = std::round(uniform(1, 60));
        Task t = uniform(0, 1) < 0.2 ? fixedTask(QString("t%1").arg(i), m)
                                     : task(QString("t%1").arg(i), std::round(m * uniform(0.3, 1)), m,
                                            std::round(m * uniform(1, 3)));
        t.distribution = uniform(0, 1) < 0.5 ? Distribution::Triangular : Distribution::Pert;
        if (uniform(0, 1) < 0.05)
            t.kind = TaskKind::Milestone;
        const int preds = i == 0 ? 0 : int(uniform(0, 3.5));
        for (int k = 0; k < preds; ++k) {
            Dependency dep;
            dep.task = QString("t%1").arg(int(uniform(0, i)));
            dep.type = DependencyType(int(uniform(0, 4)));
            dep.lag = uniform(0, 1) < 0.5 ? 0.0 : std::round(uniform(-20, 20));
            t.after.append(dep);
        }
        tasks.append(t);
    }
    std::shuffle(tasks.begin(), tasks.end(), rng); // list order is not topological order
    Plan p = plan(tasks);
    p.tasks[int(uniform(0, n))].notBefore = p.start.addSecs(45 * 60);
    p.tasks[3].marks = Mark::FreezeStart;
    p.tasks[7].marks = Mark::TrafficSwitched;
    p.window.start = p.start.addSecs(30 * 60);
    p.window.end = p.start.addSecs(6 * 3600);
    return p;
}

/** Exact sample Spearman coefficient with mid-ranks (the textbook definition). */
double spearman(const QList<double> &x, const QList<double> &y)
{
    const auto ranks = [](const QList<double> &v) {
        QList<int> order(v.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) { return v[a] < v[b]; });
        QList<double> r(v.size());
        for (int i = 0; i < order.size();) {
            int j = i;
            while (j < order.size() && v[order[j]] == v[order[i]])
                ++j;
            for (int k = i; k < j; ++k)
                r[order[k]] = (i + 1 + j) / 2.0;
            i = j;
        }
        return r;
    };
    const QList<double> rx = ranks(x), ry = ranks(y);
    const double mean = (x.size() + 1) / 2.0;
    double sxy = 0, sxx = 0, syy = 0;
    for (int i = 0; i < x.size(); ++i) {
        sxy += (rx[i] - mean) * (ry[i] - mean);
        sxx += (rx[i] - mean) * (rx[i] - mean);
        syy += (ry[i] - mean) * (ry[i] - mean);
    }
    return sxy / std::sqrt(sxx * syy);
}

} // namespace

class TestMonteCarlo : public QObject
{
    Q_OBJECT
private slots:
    void nearestRankPercentile_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<double>("p");
        QTest::addColumn<double>("expected");
        // Sample 1..n: the nearest-rank P_p is ceil(p/100 * n).
        QTest::newRow("n10 p50") << 10 << 50.0 << 5.0;
        QTest::newRow("n10 p80") << 10 << 80.0 << 8.0;
        QTest::newRow("n10 p95") << 10 << 95.0 << 10.0;  // ceil(9.5)
        QTest::newRow("n20 p95") << 20 << 95.0 << 19.0;  // 0.95 * 20 = 19 exactly
        QTest::newRow("n3 p50") << 3 << 50.0 << 2.0;     // ceil(1.5)
        QTest::newRow("n3 p80") << 3 << 80.0 << 3.0;     // ceil(2.4)
        QTest::newRow("n1 p95") << 1 << 95.0 << 1.0;
        QTest::newRow("n100 p100") << 100 << 100.0 << 100.0;
    }
    void nearestRankPercentile()
    {
        QFETCH(int, n);
        QFETCH(double, p);
        QList<double> sample(n);
        std::iota(sample.begin(), sample.end(), 1.0);
        QTEST(MonteCarlo::percentile(sample, p), "expected");
    }

    void summarize()
    {
        // Mean 5, population standard deviation 2 (the textbook example).
        const Percentiles s = MonteCarlo::summarize({9, 2, 5, 4, 4, 4, 5, 7});
        QCOMPARE(s.mean, 5.0);
        QCOMPARE(s.stdDev, 2.0);
        QCOMPARE(s.min, 2.0);
        QCOMPARE(s.max, 9.0);
        QCOMPARE(s.p50, 4.0); // sorted 2 4 4 4 5 5 7 9, rank 4
        QCOMPARE(s.p80, 7.0); // rank ceil(6.4) = 7
    }

    void singleTriangularTask()
    {
        Plan p = plan({task("only", 10, 20, 60)});
        p.tasks[0].marks = Mark::FreezeStart | Mark::TrafficSwitched;
        p.window.start = p.start;
        p.window.end = p.start.addSecs(40 * 60);
        const SimulationResult r = simulate(p, 20000);
        // Quantiles from the closed form; mean (10 + 20 + 60) / 3 = 30.
        QVERIFY(near(r.duration.mean, 30.0, 0.3));
        QVERIFY(near(r.duration.p50, triangularQuantile(10, 20, 60, 0.5), 0.5));
        QVERIFY(near(r.duration.p80, 40.0, 0.6));
        QVERIFY(near(r.duration.p95, 50.0, 0.7));
        QVERIFY(r.duration.min >= 10 && r.duration.max <= 60);
        QVERIFY(r.downtime.has_value());
        QCOMPARE(r.downtime->p80, r.duration.p80);
        // P(d <= 40) = F(40) = 0.8.
        QVERIFY(near(*r.probabilityWithinWindow, 0.8, 0.015));
        QCOMPARE(r.criticality, QList<double>{1.0});
        QVERIFY(near(r.sensitivity[0], 1.0, 1e-3)); // downtime is the task's own duration
    }

    void chainOfIdenticalTasks()
    {
        // 30 x triangular(0, 10, 20): mean 300, variance 30 * 300/18 = 500; symmetric, and by the
        // central limit theorem P80 = 300 + 0.8416 sqrt(500), P95 = 300 + 1.6449 sqrt(500).
        QList<Task> tasks;
        for (int i = 0; i < 30; ++i)
            tasks.append(task(QString("c%1").arg(i), 0, 10, 20, i ? QList<Dependency>{{QString("c%1").arg(i - 1)}} : QList<Dependency>{}));
        const SimulationResult r = simulate(plan(tasks), 20000);
        const double sd = std::sqrt(500.0);
        QVERIFY(near(r.duration.mean, 300.0, 0.8));
        QVERIFY(near(r.duration.stdDev, sd, 0.5));
        QVERIFY(near(r.duration.p50, 300.0, 1.0));
        QVERIFY(near(r.duration.p80, 300 + 0.8416 * sd, 1.0));
        QVERIFY(near(r.duration.p95, 300 + 1.6449 * sd, 1.2));
        for (double c : r.criticality)
            QCOMPARE(c, 1.0);
    }

    void maximumOfTwoParallelTasks()
    {
        // finish = max(A, B), A, B ~ triangular(10, 20, 60) independent: P(max <= x) = F(x)^2,
        // so P_p = F^-1(sqrt(p)). Each of A and B is critical in half of the runs.
        Task end = fixedTask("end", 0, {{"a"}, {"b"}});
        end.kind = TaskKind::Milestone;
        const SimulationResult r = simulate(plan({task("a", 10, 20, 60), task("b", 10, 20, 60), end}), 20000);
        QVERIFY(near(r.duration.p50, triangularQuantile(10, 20, 60, std::sqrt(0.5)), 0.5));
        QVERIFY(near(r.duration.p80, triangularQuantile(10, 20, 60, std::sqrt(0.8)), 0.6));
        QVERIFY(near(r.duration.p95, triangularQuantile(10, 20, 60, std::sqrt(0.95)), 0.7));
        QVERIFY(near(r.criticality[0], 0.5, 0.02));
        QVERIFY(near(r.criticality[1], 0.5, 0.02));
        QVERIFY(near(r.criticality[0] + r.criticality[1], 1.0, 1e-12)); // ties have probability 0
        QCOMPARE(r.criticality[2], 1.0);
    }

    void pertMean()
    {
        // PERT(0, 10, 60): mean (0 + 4*10 + 60) / 6 = 16.667; sd^2 = (mu-a)(b-mu)/7 = 16.667*43.333/7.
        Task t = task("p", 0, 10, 60);
        t.distribution = Distribution::Pert;
        const SimulationResult r = simulate(plan({t}), 20000);
        QVERIFY(near(r.duration.mean, 100.0 / 6, 0.15));
        QVERIFY(near(r.duration.stdDev, std::sqrt(100.0 / 6 * 260.0 / 6 / 7), 0.15));
    }

    void matchesReferenceOnRandomPlans_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 s : {1ULL, 2ULL, 3ULL, 4ULL, 5ULL})
            QTest::newRow(qPrintable(QString("plan %1").arg(s))) << s;
    }
    void matchesReferenceOnRandomPlans()
    {
        QFETCH(quint64, seed);
        const Plan p = randomPlan(seed, 40);
        const int n = 200;
        const SimulationResult r = simulate(p, n, seed * 7, 2);
        Reference ref(p);
        QList<int> critical(p.tasks.size(), 0);
        int within = 0;
        for (int k = 0; k < n; ++k) {
            ref.run(seed * 7, k);
            QVERIFY(near(r.finishSamples[k], ref.finish, 1e-9));
            const double freeze = ref.es[3], switched = ref.es[7] + ref.d[7];
            QVERIFY(near(r.downtimeSamples[k], switched - freeze, 1e-9));
            within += (freeze >= 30 && switched <= 360) ? 1 : 0;
            for (int i = 0; i < p.tasks.size(); ++i)
                critical[i] += ref.critical(i) ? 1 : 0;
        }
        for (int i = 0; i < p.tasks.size(); ++i)
            QCOMPARE(r.criticality[i], double(critical[i]) / n);
        QCOMPARE(*r.probabilityWithinWindow, double(within) / n);
    }

    void sameSeedSameNumbersWhateverTheThreads()
    {
        const Plan p = randomPlan(11, 60);
        const SimulationResult one = simulate(p, 1001, 99, 1);
        for (int threads : {2, 3, 7}) {
            const SimulationResult other = simulate(p, 1001, 99, threads);
            QCOMPARE(other.finishSamples, one.finishSamples);
            QCOMPARE(other.downtimeSamples, one.downtimeSamples);
            QCOMPARE(other.criticality, one.criticality);
            QCOMPARE(other.sensitivity, one.sensitivity);
            QCOMPARE(other.duration.p95, one.duration.p95);
            QCOMPARE(other.rollbackSamples, one.rollbackSamples);
        }
        QVERIFY(simulate(p, 1001, 100, 2).finishSamples != one.finishSamples);
        // The first iterations do not depend on how many follow.
        QCOMPARE(simulate(p, 10, 99, 2).finishSamples, one.finishSamples.mid(0, 10));
    }

    void sensitivityRanksTheDrivers()
    {
        // freeze -> wide -> narrow -> switch; "after" runs after the switch (no effect on downtime).
        Plan p = plan({fixedTask("freeze", 5), task("wide", 10, 30, 120, {{"freeze"}}),
                       task("narrow", 10, 12, 20, {{"wide"}}), fixedTask("switch", 5, {{"narrow"}}),
                       task("after", 10, 60, 200, {{"switch"}})});
        p.tasks[0].marks = Mark::FreezeStart;
        p.tasks[3].marks = Mark::TrafficSwitched;
        const SimulationResult r = simulate(p, 20000);
        QCOMPARE(r.sensitivityTarget, SensitivityTarget::Downtime);
        QCOMPARE(r.sensitivity[0], 0.0);
        QCOMPARE(r.sensitivity[3], 0.0);
        QVERIFY(r.sensitivity[1] > r.sensitivity[2]);
        QVERIFY(r.sensitivity[2] > 0.05);
        QVERIFY(near(r.sensitivity[4], 0.0, 0.03));
        // Agrees with the exact sample Spearman coefficient of the sampled durations.
        for (int i : {1, 2, 4}) {
            const DurationSampler s = DurationSampler::forTask(p.tasks[i], {}).value();
            QList<double> durations;
            for (int k = 0; k < r.iterations; ++k)
                durations.append(s.quantile(MonteCarlo::uniform(r.seed, k, i)));
            QVERIFY(near(r.sensitivity[i], spearman(durations, r.downtimeSamples), 0.01));
        }
    }

    void rollbackAndDeadline()
    {
        Plan p = plan({task("a", 10, 20, 30)});
        p.window.start = p.start;
        p.window.end = p.start.addSecs(5 * 3600);
        p.rollbackTasks = {task("dns", 10, 20, 60)};
        const SimulationResult r = simulate(p, 20000);
        QVERIFY(near(r.rollbackDuration.p80, 40.0, 0.6));
        QCOMPARE(r.rollbackDeadlineP80.toUTC(),
                 p.window.end.addMSecs(-qint64(std::llround(r.rollbackDuration.p80 * 60000))).toUTC());
        QVERIFY(r.rollbackDeadlineP50 > r.rollbackDeadlineP80);
        QVERIFY(!r.probabilityWithinWindow.has_value()); // no marks
        QVERIFY(!r.downtime.has_value());
        QCOMPARE(r.sensitivityTarget, SensitivityTarget::Finish);
    }

    void chartData()
    {
        SimulationOptions o;
        o.iterations = 5000;
        o.histogramBins = 20;
        o.sCurvePoints = 11;
        const Result<SimulationResult> r = MonteCarlo::run(plan({task("a", 10, 20, 60)}), o);
        QVERIFY(r.ok());
        const Distribution1D &d = r->finishDistribution;
        QCOMPARE(d.binEdges.size(), 21);
        QCOMPARE(d.counts.size(), 20);
        QCOMPARE(std::accumulate(d.counts.cbegin(), d.counts.cend(), 0), 5000);
        QCOMPARE(d.binEdges.first(), r->duration.min);
        QCOMPARE(d.binEdges.last(), r->duration.max);
        QCOMPARE(d.sCurve.size(), 11);
        QCOMPARE(d.sCurve.first(), QPointF(r->duration.min, 0.0));
        QCOMPARE(d.sCurve.last(), QPointF(r->duration.max, 1.0));
        QCOMPARE(d.sCurve[8].x(), r->duration.p80);
        QVERIFY(r->downtimeDistribution.counts.isEmpty());
    }

    void progressAndCancel()
    {
        const Plan p = randomPlan(3, 30);
        QList<int> seen;
        SimulationOptions o;
        o.iterations = 3000;
        QVERIFY(MonteCarlo::run(p, o, [&](int done, int total) {
                    QCOMPARE(total, 3000);
                    seen.append(done);
                }).ok());
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.last(), 3000);
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));

        std::atomic_bool cancel{true};
        const Result<SimulationResult> cancelled = MonteCarlo::run(p, o, {}, &cancel);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.errorString(), QString("simulation cancelled"));
    }

    void badInput()
    {
        SimulationOptions o;
        o.iterations = 0;
        QVERIFY(!MonteCarlo::run(plan({task("a", 1, 2, 3)}), o).ok());
        o.iterations = 10;
        const Result<SimulationResult> order = MonteCarlo::run(plan({fixedTask("x", 1), task("a", 5, 2, 3)}), o);
        QVERIFY(!order.ok());
        QCOMPARE(order.error().path, QString("tasks[1].duration"));
        const Result<SimulationResult> cycle =
            MonteCarlo::run(plan({task("a", 1, 2, 3, {{"b"}}), task("b", 1, 2, 3, {{"a"}})}), o);
        QVERIFY(!cycle.ok());
        QVERIFY(cycle.errorString().contains("a → b → a"));
    }

    void emptyPlan()
    {
        const SimulationResult r = simulate(plan({}), 100);
        QCOMPARE(r.duration.max, 0.0);
        QVERIFY(r.criticality.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMonteCarlo)
#include "test_montecarlo.moc"
