// SPDX-License-Identifier: GPL-3.0-or-later
// Per-task finish quantiles of the Monte Carlo (the timeline's P80 ghost bars): hand-worked
// bounds, a hand-filled histogram, and a second computation that draws every iteration's
// durations itself, schedules them with the deterministic Scheduler and takes the exact
// nearest-rank P50/P80 of each task's early finish.
#include "schedule/compiledgraph.h"
#include "schedule/durationsampler.h"
#include "schedule/finishhistograms.h"
#include "schedule/montecarlo.h"
#include "schedule/scheduler.h"
#include "simulationtasks.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace cutover;

using testing::fixedTask;
using testing::plan;
using testing::task;

namespace {

Dependency link(const QString &id, DependencyType type, double lag)
{
    return Dependency{id, type, lag};
}

/**
 * Every dependency type with lags, a PERT task, a fixed task with "not before", a milestone.
 * Early-finish bounds worked out by hand from [min, max] of each duration:
 *   a  triangular(10, 20, 40)               EF [10, 40]
 *   b  fixed 15, FS a +5                    ES [15, 45]            EF [30, 60]
 *   c  PERT(5, 10, 30), SS a +10            ES 10                  EF [15, 40]
 *   d  triangular(20, 30, 50), FF b -5      ES max(0, [30,60] - 5 - [50,20]) = [0, 35]
 *                                                                  EF [20, 85]
 *   m  milestone, SF c +30                  ES 0 + 10 + 30 - 0     EF 40 (cannot vary)
 *   e  fixed 10, FS m, not before +50 min   ES max(50, 40) = 50    EF 60 (cannot vary)
 *   f  triangular(5, 10, 20), FS d, FS e    ES [max(20, 60), max(85, 60)] = [60, 85]
 *                                                                  EF [65, 105]
 */
Plan handPlan()
{
    Task m = fixedTask("m", 0, {link("c", DependencyType::SF, 30)});
    m.kind = TaskKind::Milestone;
    Task e = fixedTask("e", 10, {link("m", DependencyType::FS, 0)});
    Plan p = plan({task("a", 10, 20, 40), fixedTask("b", 15, {link("a", DependencyType::FS, 5)}),
                   task("c", 5, 10, 30, {link("a", DependencyType::SS, 10)}, Distribution::Pert),
                   task("d", 20, 30, 50, {link("b", DependencyType::FF, -5)}), m, e,
                   task("f", 5, 10, 20, {link("d", DependencyType::FS, 0), link("e", DependencyType::FS, 0)})});
    p.tasks[5].notBefore = p.start.addSecs(50 * 60);
    // Listed out of topological order on purpose: results must still be parallel to Plan::tasks.
    std::swap(p.tasks[0], p.tasks[6]);
    return p;
}

/** A random plan with every dependency type, lags of both signs, fixed tasks, milestones, notBefore. */
Plan randomPlan(quint64 seed, int n)
{
    std::mt19937_64 rng(seed);
    const auto uniform = [&](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); };
    QList<Task> tasks;
    for (int i = 0; i < n; ++i) {
        const QString id = QString("t%1").arg(i);
        const double m = std::round(uniform(1, 60));
        Task t = uniform(0, 1) < 0.2 ? fixedTask(id, m)
                                     : task(id, std::round(m * uniform(0.3, 1)), m, std::round(m * uniform(1, 3)), {},
                                            uniform(0, 1) < 0.5 ? Distribution::Triangular : Distribution::Pert);
        if (uniform(0, 1) < 0.05)
            t.kind = TaskKind::Milestone;
        const int preds = i == 0 ? 0 : int(uniform(0, 3.5));
        for (int k = 0; k < preds; ++k)
            t.after.append(link(QString("t%1").arg(int(uniform(0, i))), DependencyType(int(uniform(0, 4))),
                                uniform(0, 1) < 0.5 ? 0.0 : std::round(uniform(-20, 20))));
        tasks.append(t);
    }
    std::shuffle(tasks.begin(), tasks.end(), rng);
    Plan p = plan(tasks);
    p.tasks[int(uniform(0, n))].notBefore = p.start.addSecs(45 * 60);
    p.tasks[int(uniform(0, n))].notBefore = p.start.addSecs(120 * 60);
    return p;
}

SimulationResult simulate(const Plan &p, int iterations, quint64 seed, int threads, int bins = 256)
{
    SimulationOptions o;
    o.iterations = iterations;
    o.seed = seed;
    o.threads = threads;
    o.taskFinishQuantiles = true;
    o.taskFinishBins = bins;
    const Result<SimulationResult> r = MonteCarlo::run(p, o);
    if (!r.ok())
        qFatal("simulation failed: %s", qPrintable(r.errorString()));
    return r.value();
}

/**
 * The second computation: every task's early finish in every iteration, from durations drawn
 * here (the same uniform variates and samplers as the simulation) and scheduled by the
 * deterministic Scheduler on a copy of the plan whose tasks are fixed at those durations.
 * finishes[task][iteration].
 */
QList<QList<double>> exactFinishes(const Plan &p, quint64 seed, int iterations)
{
    QList<DurationSampler> samplers;
    for (const Task &t : p.tasks)
        samplers.append(DurationSampler::forTask(t, {}).value());
    QList<QList<double>> finishes(p.tasks.size());
    Plan fixed = p;
    for (int k = 0; k < iterations; ++k) {
        for (int i = 0; i < p.tasks.size(); ++i) {
            fixed.tasks[i].duration = Estimate{std::nullopt, samplers[i].quantile(MonteCarlo::uniform(seed, k, i)), std::nullopt};
            fixed.tasks[i].distribution = Distribution::Fixed;
        }
        const Result<Schedule> s = Scheduler::schedule(fixed);
        if (!s.ok())
            qFatal("schedule failed: %s", qPrintable(s.errorString()));
        for (int i = 0; i < p.tasks.size(); ++i)
            finishes[i].append(s->tasks[i].ef);
    }
    return finishes;
}

/** Nearest rank ceil(numerator / denominator * n) of a sample, in integers (no rounding questions). */
double nearestRank(QList<double> sample, int numerator, int denominator)
{
    std::sort(sample.begin(), sample.end());
    const qsizetype n = sample.size();
    const qsizetype rank = (numerator * n + denominator - 1) / denominator;
    return sample[std::max<qsizetype>(rank, 1) - 1];
}

/** The graph and samplers of a plan's runbook in graph order, as the simulation compiles them. */
struct Compiled
{
    CompiledGraph graph;
    std::vector<DurationSampler> samplers;

    explicit Compiled(const Plan &p)
        : graph(CompiledGraph::compile(p.tasks, p.start, true, "tasks").value())
    {
        for (int pos = 0; pos < graph.size; ++pos)
            samplers.push_back(DurationSampler::forTask(p.tasks[graph.taskAt[size_t(pos)]], {}).value());
    }
};

} // namespace

class TestTaskFinishQuantiles : public QObject
{
    Q_OBJECT
private slots:
    void handWorkedBounds()
    {
        const Plan p = handPlan();
        const Compiled c(p);
        std::vector<double> lo, hi;
        FinishHistograms::bounds(c.graph, c.samplers, lo, hi);
        const QHash<QString, QPair<double, double>> expected = {
            {"a", {10, 40}}, {"b", {30, 60}}, {"c", {15, 40}}, {"d", {20, 85}},
            {"m", {40, 40}}, {"e", {60, 60}}, {"f", {65, 105}}};
        for (int i = 0; i < p.tasks.size(); ++i) {
            const size_t pos = size_t(c.graph.positionOf[size_t(i)]);
            const auto want = expected.value(p.tasks[i].id);
            QCOMPARE(lo[pos], want.first);
            QCOMPARE(hi[pos], want.second);
        }
    }

    void quantileFromHandFilledHistogram()
    {
        // One task on [0, 4] with 4 bins of width 1; finishes 0.5 | 1.2 1.7 | - | 3.9.
        const Plan p = plan({task("x", 0, 1, 4)});
        const Compiled c(p);
        const FinishHistograms h(c.graph, c.samplers, 4); // no pilot: equal bins over the bounds
        QCOMPARE(h.bin(0, 1), std::make_pair(1.0, 1.0));
        std::vector<quint32> counts = h.makeCounts();
        const double es[4] = {0, 0, 0, 0}, dur[4] = {0.5, 1.2, 1.7, 3.9};
        h.add(counts.data(), 0, es, dur, 4);
        QCOMPARE(counts, (std::vector<quint32>{1, 2, 0, 1}));
        // P50: rank 2 is the first of the 2 samples in bin 1, placed at 1 + (1 - 0.5) / 2.
        QCOMPARE(h.quantile(counts.data(), 0, 0.5, 4).value, 1.25);
        QCOMPARE(h.quantile(counts.data(), 0, 0.5, 4).resolution, 1.0);
        // P80: rank ceil(3.2) = 4, the only sample of bin 3: its middle.
        QCOMPARE(h.quantile(counts.data(), 0, 0.8, 4).value, 3.5);
        // A rounding hair outside the bounds lands in the edge bins.
        const double out[2] = {-1e-12, 4 + 1e-12};
        h.add(counts.data(), 0, es, out, 2);
        QCOMPARE(counts, (std::vector<quint32>{2, 2, 0, 2}));
    }

    void pilotPlacesTheFineBins()
    {
        // Bounds [0, 4], 32 bins: 2 tail bins on each side, 28 fine bins over the pilot's
        // [1, 3] widened by (3 - 1) / 8 = 0.25: [0.75, 3.25], width 2.5 / 28.
        const Plan p = plan({task("x", 0, 1, 4)});
        const Compiled c(p);
        const FinishHistograms h(c.graph, c.samplers, 32, {1.0}, {3.0});
        QCOMPARE(h.bin(0, 0), std::make_pair(0.0, 0.375));
        QCOMPARE(h.bin(0, 1), std::make_pair(0.375, 0.375));
        QCOMPARE(h.bin(0, 2), std::make_pair(0.75, 2.5 / 28));
        QCOMPARE(h.bin(0, 30), std::make_pair(3.25, 0.375));
        std::vector<quint32> counts = h.makeCounts();
        const double es[8] = {};
        const double dur[8] = {0.1, 0.5, 0.75, 1.9, 3.25, 3.3, 4.0, 4 + 1e-12};
        h.add(counts.data(), 0, es, dur, 8);
        std::vector<quint32> expected(32, 0);
        expected[0] = 1;  // 0.1
        expected[1] = 1;  // 0.5
        expected[2] = 1;  // 0.75, the first fine edge
        expected[2 + 12] = 1; // 1.9: (1.9 - 0.75) / (2.5 / 28) = 12.88
        expected[29] = 1; // 3.25, the last fine edge, in the last fine bin
        expected[30] = 1; // 3.3
        expected[31] = 2; // 4.0 and a rounding hair above
        QCOMPARE(counts, expected);
    }

    void pilotSharpensLongChains()
    {
        // 100 x triangular(0, 10, 20) in a chain: the last finish is bounded by [0, 2000], but it
        // is about normal with mean 1000 and sd sqrt(100 x 300 / 18) = 40.8 (P80 = mean + 0.8416 sd).
        QList<Task> tasks;
        for (int i = 0; i < 100; ++i)
            tasks.append(task(QString("c%1").arg(i), 0, 10, 20,
                              i ? QList<Dependency>{link(QString("c%1").arg(i - 1), DependencyType::FS, 0)} : QList<Dependency>{}));
        const SimulationResult r = simulate(plan(tasks), 20000, 9, 2);
        QVERIFY(r.taskFinishResolution < 2000.0 / 256 / 3);
        const double sd = std::sqrt(100 * 300.0 / 18);
        QVERIFY(std::abs(r.taskFinishP50[99] - 1000) <= 2.0 + r.taskFinishResolution);
        QVERIFY(std::abs(r.taskFinishP80[99] - (1000 + 0.8416 * sd)) <= 2.0 + r.taskFinishResolution);
        // The last task's finish is the plan's: the same quantiles within the resolution.
        QVERIFY(std::abs(r.taskFinishP50[99] - r.duration.p50) <= r.taskFinishResolution);
        QVERIFY(std::abs(r.taskFinishP80[99] - r.duration.p80) <= r.taskFinishResolution);
    }

    void matchesExactQuantiles_data()
    {
        QTest::addColumn<quint64>("randomSeed"); // 0: the hand plan
        QTest::addColumn<int>("iterations");
        QTest::addColumn<int>("bins");
        QTest::newRow("hand plan, 256 bins") << 0ULL << 4000 << 256;
        QTest::newRow("hand plan, 1 bin") << 0ULL << 1000 << 1;
        QTest::newRow("hand plan, 4096 bins") << 0ULL << 1000 << 4096;
        for (quint64 seed : {1ULL, 2ULL, 3ULL})
            QTest::newRow(qPrintable(QString("random plan %1").arg(seed))) << seed << 1500 << 256;
        QTest::newRow("random plan 4, 5 iterations (less than a block)") << 4ULL << 5 << 256;
        QTest::newRow("random plan 5, 200 iterations (all in the pilot)") << 5ULL << 200 << 64;
    }
    void matchesExactQuantiles()
    {
        QFETCH(quint64, randomSeed);
        QFETCH(int, iterations);
        QFETCH(int, bins);
        const Plan plan = randomSeed == 0 ? handPlan() : randomPlan(randomSeed, 40);
        const quint64 seed = 17;
        const SimulationResult r = simulate(plan, iterations, seed, 2, bins);
        QCOMPARE(r.taskFinishP50.size(), plan.tasks.size());
        QCOMPARE(r.taskFinishP80.size(), plan.tasks.size());
        QVERIFY(r.taskFinishResolution > 0);
        const QList<QList<double>> exact = exactFinishes(plan, seed, iterations);
        const double tolerance = r.taskFinishResolution * (1 + 1e-9) + 1e-9;
        double worst = 0;
        for (int i = 0; i < plan.tasks.size(); ++i) {
            const double p50 = nearestRank(exact[i], 1, 2), p80 = nearestRank(exact[i], 4, 5);
            worst = std::max({worst, std::abs(r.taskFinishP50[i] - p50), std::abs(r.taskFinishP80[i] - p80)});
            if (std::abs(r.taskFinishP50[i] - p50) > tolerance || std::abs(r.taskFinishP80[i] - p80) > tolerance)
                QFAIL(qPrintable(QString("task %1: P50 %2 (exact %3), P80 %4 (exact %5), resolution %6")
                                     .arg(plan.tasks[i].id).arg(r.taskFinishP50[i]).arg(p50)
                                     .arg(r.taskFinishP80[i]).arg(p80).arg(r.taskFinishResolution)));
        }
        qInfo("%d bins: resolution %.4f min, worst error %.4f min", bins, r.taskFinishResolution, worst);
    }

    void handPlanResolutionAndExactPoints()
    {
        const Plan p = handPlan();
        const SimulationResult r = simulate(p, 2000, 5, 2);
        // The widest bounds are d's [20, 85]; the fine bins (256 - 2 x 16 tail bins) lie inside them.
        QVERIFY(r.taskFinishResolution > 0);
        QVERIFY(r.taskFinishResolution <= 65.0 / 224);
        // m and e cannot vary: exact values, not bin estimates.
        const auto at = [&](const char *id) {
            for (int i = 0; i < p.tasks.size(); ++i) {
                if (p.tasks[i].id == QLatin1String(id))
                    return i;
            }
            return -1;
        };
        QCOMPARE(r.taskFinishP50[at("m")], 40.0);
        QCOMPARE(r.taskFinishP80[at("m")], 40.0);
        QCOMPARE(r.taskFinishP50[at("e")], 60.0);
        QCOMPARE(r.taskFinishP80[at("e")], 60.0);
        for (int i = 0; i < p.tasks.size(); ++i)
            QVERIFY(r.taskFinishP50[i] <= r.taskFinishP80[i]);
    }

    void sameNumbersWhateverTheThreads()
    {
        const Plan p = randomPlan(8, 60);
        const SimulationResult one = simulate(p, 1003, 4, 1);
        for (int threads : {2, 3}) {
            const SimulationResult other = simulate(p, 1003, 4, threads);
            QCOMPARE(other.taskFinishP50, one.taskFinishP50);
            QCOMPARE(other.taskFinishP80, one.taskFinishP80);
            QCOMPARE(other.taskFinishResolution, one.taskFinishResolution);
        }
    }

    void singleTriangularTaskAgainstClosedForm()
    {
        // Triangular(10, 20, 40): F(20) = 1/3, so P80 is on the right branch,
        // b - sqrt((1 - 0.8)(b - a)(b - m)) = 40 - sqrt(120); P50 = 40 - sqrt(0.5 * 600) = 40 - sqrt(300).
        // Sampling error of a quantile at n = 20000: sqrt(p(1-p)/n) / f(x), about 0.08 min at P80.
        const SimulationResult r = simulate(plan({task("only", 10, 20, 40)}), 20000, 3, 2);
        const double tolerance = 0.4 + r.taskFinishResolution;
        QVERIFY(r.taskFinishResolution <= 30.0 / 224);
        QVERIFY(std::abs(r.taskFinishP80[0] - (40 - std::sqrt(120.0))) <= tolerance);
        QVERIFY(std::abs(r.taskFinishP50[0] - (40 - std::sqrt(300.0))) <= tolerance);
        // The task alone is the plan: the same quantiles as the plan's finish, within a bin.
        QVERIFY(std::abs(r.taskFinishP80[0] - r.duration.p80) <= r.taskFinishResolution);
        QVERIFY(std::abs(r.taskFinishP50[0] - r.duration.p50) <= r.taskFinishResolution);
    }

    void boundsAreSound_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 s : {21ULL, 22ULL, 23ULL, 24ULL})
            QTest::newRow(qPrintable(QString("plan %1").arg(s))) << s;
    }
    void boundsAreSound()
    {
        QFETCH(quint64, seed);
        const Plan p = randomPlan(seed, 50);
        const Compiled c(p);
        std::vector<double> lo, hi;
        FinishHistograms::bounds(c.graph, c.samplers, lo, hi);
        const QList<QList<double>> exact = exactFinishes(p, seed, 1000);
        for (int i = 0; i < p.tasks.size(); ++i) {
            const size_t pos = size_t(c.graph.positionOf[size_t(i)]);
            const auto [min, max] = std::minmax_element(exact[i].cbegin(), exact[i].cend());
            QVERIFY(lo[pos] <= hi[pos]);
            if (*min < lo[pos] - 1e-9 || *max > hi[pos] + 1e-9)
                QFAIL(qPrintable(QString("task %1: samples [%2, %3] outside bounds [%4, %5]")
                                     .arg(p.tasks[i].id).arg(*min).arg(*max).arg(lo[pos]).arg(hi[pos])));
        }
    }

    void offByDefault()
    {
        SimulationOptions o;
        o.iterations = 100;
        const Result<SimulationResult> r = MonteCarlo::run(handPlan(), o);
        QVERIFY(r.ok());
        QVERIFY(r->taskFinishP50.isEmpty());
        QVERIFY(r->taskFinishP80.isEmpty());
        QCOMPARE(r->taskFinishResolution, 0.0);
    }

    void badBinCount_data()
    {
        QTest::addColumn<int>("bins");
        QTest::newRow("zero") << 0;
        QTest::newRow("negative") << -3;
        QTest::newRow("too many") << MonteCarlo::kMaxTaskFinishBins + 1;
    }
    void badBinCount()
    {
        QFETCH(int, bins);
        SimulationOptions o;
        o.iterations = 100;
        o.taskFinishQuantiles = true;
        o.taskFinishBins = bins;
        const Result<SimulationResult> r = MonteCarlo::run(handPlan(), o);
        QVERIFY(!r.ok());
        QVERIFY(r.errorString().contains("bins per task"));
    }

    void memoryBudgetCoarsensThenDrops()
    {
        const Plan p = handPlan();
        const qint64 perBin = qint64(p.tasks.size()) * 2 * 4; // tasks x threads x 4 bytes
        SimulationOptions o;
        o.iterations = 2000;
        o.seed = 5;
        o.threads = 2;
        o.taskFinishQuantiles = true;
        const SimulationResult full = MonteCarlo::run(p, o).value();
        // Room for 64 bins instead of 256: coarser, still within its own resolution of the full answer.
        o.taskFinishMemoryBudget = perBin * 64;
        const SimulationResult coarse = MonteCarlo::run(p, o).value();
        QCOMPARE(coarse.taskFinishP80.size(), p.tasks.size());
        QVERIFY(coarse.taskFinishResolution > full.taskFinishResolution);
        for (int i = 0; i < p.tasks.size(); ++i)
            QVERIFY(std::abs(coarse.taskFinishP80[i] - full.taskFinishP80[i]) <= coarse.taskFinishResolution + full.taskFinishResolution);
        // The rest of the simulation does not depend on the histograms.
        QCOMPARE(coarse.finishSamples, full.finishSamples);
        // Room for fewer than 16 bins: left out, the simulation itself still succeeds.
        o.taskFinishMemoryBudget = perBin * (MonteCarlo::kMinTaskFinishBins - 1);
        const Result<SimulationResult> none = MonteCarlo::run(p, o);
        QVERIFY(none.ok());
        QVERIFY(none->taskFinishP80.isEmpty());
        QCOMPARE(none->finishSamples, full.finishSamples);
    }

    void emptyPlan()
    {
        const SimulationResult r = simulate(plan({}), 100, 1, 2);
        QVERIFY(r.taskFinishP80.isEmpty());
        QCOMPARE(r.taskFinishResolution, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestTaskFinishQuantiles)
#include "test_taskfinishquantiles.moc"
