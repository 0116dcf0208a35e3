// SPDX-License-Identifier: GPL-3.0-or-later
#include "montecarlo.h"

#include "compiledgraph.h"
#include "durationsampler.h"
#include "finishhistograms.h"
#include "random.h"

#include <QElapsedTimer>
#include <QThread>
#include <QThreadPool>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <vector>

namespace cutover {

namespace {

constexpr int kBlock = 16;        // iterations evaluated side by side (struct of arrays); even
constexpr double kEpsilon = 1e-9; // zero float, as in the deterministic schedule
constexpr int kTaskChunk = 32;    // tasks per unit of work in the sensitivity pass

/** A task list compiled for simulation: graph, samplers and random streams by position. */
struct Model
{
    CompiledGraph graph;
    std::vector<DurationSampler> samplers; // by position
    std::vector<quint64> keys;             // by position
};

Result<Model> compileModel(const QList<Task> &tasks, const Plan &plan, bool rollback, quint64 seed)
{
    const QString list = rollback ? QStringLiteral("rollback.tasks") : QStringLiteral("tasks");
    auto graph = CompiledGraph::compile(tasks, plan.start, !rollback, list);
    if (!graph)
        return graph.error();
    Model m;
    m.graph = std::move(graph.value());
    const size_t n = size_t(m.graph.size);
    m.samplers.resize(n);
    m.keys.resize(n);
    for (size_t pos = 0; pos < n; ++pos) {
        const int i = m.graph.taskAt[pos];
        auto sampler = DurationSampler::forTask(tasks.at(i), QString());
        if (!sampler) {
            Error error = sampler.error();
            error.path = QStringLiteral("%1[%2]").arg(list).arg(i) + error.path;
            return error;
        }
        m.samplers[pos] = sampler.value();
        m.keys[pos] = random::streamKey(seed, rollback ? 1 : 0, i);
    }
    return m;
}

/** Per-thread scratch: durations, earliest starts and latest finishes, [position][kBlock]. */
struct Workspace
{
    explicit Workspace(int tasks)
        : dur(size_t(tasks) * kBlock), es(size_t(tasks) * kBlock), lf(size_t(tasks) * kBlock)
    {
    }
    std::vector<double> dur, es, lf;
    double finish[kBlock];
};

/** Samples durations and runs the forward pass for iterations first .. first + kBlock - 1. */
void forwardPass(const Model &m, Workspace &w, quint64 first)
{
    const CompiledGraph &g = m.graph;
    std::fill(std::begin(w.finish), std::end(w.finish), 0.0);
    double u[kBlock];
    for (size_t pos = 0; pos < size_t(g.size); ++pos) {
        double *d = &w.dur[pos * kBlock];
        double *es = &w.es[pos * kBlock];
        const DurationSampler &sampler = m.samplers[pos];
        if (sampler.isFixed()) {
            std::fill(d, d + kBlock, g.likely[pos]);
        } else {
            const quint64 key = m.keys[pos];
            for (int b = 0; b < kBlock; b += 2)
                random::uniformPair(key, first + quint64(b), u[b], u[b + 1]);
            sampler.quantiles(u, d, kBlock);
        }
        const double base = g.earliest[pos];
        for (int b = 0; b < kBlock; ++b)
            es[b] = base;
        for (int e = g.predBegin[pos]; e < g.predBegin[pos + 1]; ++e) {
            const size_t q = size_t(g.predPos[size_t(e)]);
            const double lag = g.predLag[size_t(e)];
            const double *qes = &w.es[q * kBlock];
            const double *qd = &w.dur[q * kBlock];
            switch (g.predType[size_t(e)]) {
            case CompiledGraph::FS:
                for (int b = 0; b < kBlock; ++b)
                    es[b] = std::max(es[b], qes[b] + qd[b] + lag);
                break;
            case CompiledGraph::SS:
                for (int b = 0; b < kBlock; ++b)
                    es[b] = std::max(es[b], qes[b] + lag);
                break;
            case CompiledGraph::FF:
                for (int b = 0; b < kBlock; ++b)
                    es[b] = std::max(es[b], qes[b] + qd[b] + lag - d[b]);
                break;
            default: // SF
                for (int b = 0; b < kBlock; ++b)
                    es[b] = std::max(es[b], qes[b] + lag - d[b]);
                break;
            }
        }
        for (int b = 0; b < kBlock; ++b)
            w.finish[b] = std::max(w.finish[b], es[b] + d[b]);
    }
}

/** The backward pass of the block; counts zero-float tasks of the first `count` iterations. */
void backwardPass(const Model &m, Workspace &w, int count, int *critical)
{
    const CompiledGraph &g = m.graph;
    const size_t n = size_t(g.size);
    for (size_t pos = 0; pos < n; ++pos)
        std::copy(std::begin(w.finish), std::end(w.finish), &w.lf[pos * kBlock]);
    double ls[kBlock];
    for (size_t pos = n; pos-- > 0;) {
        const double *d = &w.dur[pos * kBlock];
        const double *es = &w.es[pos * kBlock];
        const double *lf = &w.lf[pos * kBlock];
        int zero = 0;
        for (int b = 0; b < kBlock; ++b) {
            ls[b] = lf[b] - d[b];
            zero += (b < count && ls[b] - es[b] <= kEpsilon) ? 1 : 0;
        }
        critical[pos] += zero;
        for (int e = g.predBegin[pos]; e < g.predBegin[pos + 1]; ++e) {
            const size_t q = size_t(g.predPos[size_t(e)]);
            const double lag = g.predLag[size_t(e)];
            double *qlf = &w.lf[q * kBlock];
            const double *qd = &w.dur[q * kBlock];
            switch (g.predType[size_t(e)]) {
            case CompiledGraph::FS:
                for (int b = 0; b < kBlock; ++b)
                    qlf[b] = std::min(qlf[b], ls[b] - lag);
                break;
            case CompiledGraph::SS:
                for (int b = 0; b < kBlock; ++b)
                    qlf[b] = std::min(qlf[b], ls[b] - lag + qd[b]);
                break;
            case CompiledGraph::FF:
                for (int b = 0; b < kBlock; ++b)
                    qlf[b] = std::min(qlf[b], lf[b] - lag);
                break;
            default: // SF
                for (int b = 0; b < kBlock; ++b)
                    qlf[b] = std::min(qlf[b], lf[b] - lag + qd[b]);
                break;
            }
        }
    }
}

/**
 * The per-task finish histograms, their fine bins placed by a pilot: the range of each task's
 * early finish over the first kPilotIterations iterations (those of the run itself, so the
 * layout depends on the plan and seed only).
 */
FinishHistograms finishHistograms(const Model &m, int bins, int iterations)
{
    constexpr int kPilotIterations = 256;
    const int pilot = std::min(iterations, kPilotIterations);
    const size_t n = size_t(m.graph.size);
    std::vector<double> lo(n, std::numeric_limits<double>::infinity()), hi(n, -std::numeric_limits<double>::infinity());
    Workspace w(m.graph.size);
    for (int first = 0; first < pilot; first += kBlock) {
        forwardPass(m, w, quint64(first));
        const int count = std::min(kBlock, pilot - first);
        for (size_t pos = 0; pos < n; ++pos) {
            for (int b = 0; b < count; ++b) {
                const double ef = w.es[pos * kBlock + size_t(b)] + w.dur[pos * kBlock + size_t(b)];
                lo[pos] = std::min(lo[pos], ef);
                hi[pos] = std::max(hi[pos], ef);
            }
        }
    }
    return FinishHistograms(m.graph, m.samplers, bins, lo, hi);
}

/** Mid-ranks (1-based, ties averaged) of a sample. */
std::vector<double> midRanks(const QList<double> &y)
{
    const size_t n = size_t(y.size());
    std::vector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return y[a] < y[b]; });
    std::vector<double> rank(n);
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && y[order[j]] == y[order[i]])
            ++j;
        const double r = 0.5 * double(i + 1 + j); // average of ranks i+1 .. j
        for (size_t k = i; k < j; ++k)
            rank[size_t(order[k])] = r;
        i = j;
    }
    return rank;
}

Distribution1D distributionOf(const QList<double> &sorted, int bins, int points)
{
    Distribution1D out;
    if (sorted.isEmpty())
        return out;
    double lo = sorted.front(), hi = sorted.back();
    if (hi <= lo) {
        lo -= 0.5;
        hi += 0.5;
    }
    const double width = (hi - lo) / bins;
    for (int k = 0; k <= bins; ++k)
        out.binEdges.append(k == bins ? hi : lo + k * width);
    out.counts.fill(0, bins);
    for (double x : sorted)
        ++out.counts[std::clamp(int((x - lo) / width), 0, bins - 1)];
    for (int k = 0; k < points; ++k) {
        const double p = double(k) / (points - 1);
        out.sCurve.append(QPointF(k == 0 ? sorted.front() : MonteCarlo::percentile(sorted, 100.0 * p), p));
    }
    return out;
}

/** Runs `work(thread)` on `threads` threads: the calling thread is thread 0. */
template<typename Work>
void onThreads(int threads, const Work &work)
{
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, threads - 1));
    for (int t = 1; t < threads; ++t)
        pool.start([&work, t] { work(t); });
    work(0);
    pool.waitForDone();
}

} // namespace

double MonteCarlo::uniform(quint64 seed, int iteration, int taskIndex, bool rollback)
{
    return random::uniform(random::streamKey(seed, rollback ? 1 : 0, taskIndex), quint64(iteration));
}

qint64 MonteCarlo::nearestRank(double p, qint64 n)
{
    // A small tolerance keeps p * n that is an integer in exact arithmetic (0.8 * 10) from
    // rounding up to the next rank.
    const double rank = std::ceil(p * double(n) - 1e-9);
    return std::clamp<qint64>(qint64(std::max(0.0, rank)), 1, n);
}

double MonteCarlo::percentile(const QList<double> &sorted, double p)
{
    if (sorted.isEmpty())
        return qQNaN();
    return sorted.at(qsizetype(nearestRank(p / 100.0, sorted.size())) - 1);
}

Percentiles MonteCarlo::summarize(QList<double> sample)
{
    Percentiles p;
    if (sample.isEmpty())
        return p;
    std::sort(sample.begin(), sample.end());
    const double n = double(sample.size());
    p.mean = std::accumulate(sample.cbegin(), sample.cend(), 0.0) / n;
    double squares = 0;
    for (double x : sample)
        squares += (x - p.mean) * (x - p.mean);
    p.stdDev = std::sqrt(squares / n);
    p.p50 = percentile(sample, 50);
    p.p80 = percentile(sample, 80);
    p.p95 = percentile(sample, 95);
    p.min = sample.front();
    p.max = sample.back();
    return p;
}

Result<SimulationResult> MonteCarlo::run(const Plan &plan, const SimulationOptions &options,
                                         const std::function<void(int, int)> &progress, const std::atomic_bool *cancel)
{
    const int n = options.iterations;
    if (n < 1 || n > kMaxIterations)
        return Error(tr("expected between 1 and %1 iterations, got %2").arg(kMaxIterations).arg(n));
    if (options.threads < 0)
        return Error(tr("expected a thread count of 0 (automatic) or more, got %1").arg(options.threads));
    if (options.histogramBins < 1 || options.sCurvePoints < 2)
        return Error(tr("expected at least 1 histogram bin and 2 S-curve points"));
    if (options.taskFinishQuantiles && (options.taskFinishBins < 1 || options.taskFinishBins > kMaxTaskFinishBins))
        return Error(tr("expected between 1 and %1 bins per task for the finish quantiles, got %2")
                         .arg(kMaxTaskFinishBins)
                         .arg(options.taskFinishBins));
    auto main = compileModel(plan.tasks, plan, false, options.seed);
    if (!main)
        return main.error();
    auto rollback = compileModel(plan.rollbackTasks, plan, true, options.seed);
    if (!rollback)
        return rollback.error();
    const Model &m = main.value();
    const Model &rb = rollback.value();

    int freezePos = -1, trafficPos = -1;
    for (qsizetype i = 0; i < plan.tasks.size(); ++i) {
        if (freezePos < 0 && plan.tasks.at(i).marks.testFlag(Mark::FreezeStart))
            freezePos = m.graph.positionOf[size_t(i)];
        if (trafficPos < 0 && plan.tasks.at(i).marks.testFlag(Mark::TrafficSwitched))
            trafficPos = m.graph.positionOf[size_t(i)];
    }
    const bool hasDowntime = freezePos >= 0 && trafficPos >= 0;
    const bool hasWindow = hasDowntime && plan.window.isValid() && plan.start.isValid();
    const double windowStart = hasWindow ? minutesSince(plan.start, plan.window.start) : 0;
    const double windowEnd = hasWindow ? minutesSince(plan.start, plan.window.end) : 0;

    const int blocks = (n + kBlock - 1) / kBlock;
    const int threads = std::clamp(options.threads > 0 ? options.threads : QThread::idealThreadCount(), 1, blocks);
    const int tasks = m.graph.size;

    const auto samples = static_cast<size_t>(n);
    std::vector<double> finish(samples), downtime(hasDowntime ? samples : 0), rollbackFinish(samples);
    std::vector<char> withinWindow(samples);
    std::vector<std::vector<int>> critical(size_t(threads), std::vector<int>(size_t(tasks), 0));
    std::optional<FinishHistograms> histograms;
    if (options.taskFinishQuantiles && tasks > 0) {
        // Within the memory budget: fewer bins (coarser), or none at all on huge plans.
        const qint64 perBin = qint64(tasks) * threads * qint64(sizeof(quint32));
        const qint64 affordable = std::max<qint64>(0, options.taskFinishMemoryBudget) / perBin;
        const int bins = int(std::min<qint64>(options.taskFinishBins, affordable));
        if (bins >= std::min(kMinTaskFinishBins, options.taskFinishBins))
            histograms.emplace(finishHistograms(m, std::max(1, bins), n));
    }
    std::vector<std::vector<quint32>> finishCounts(histograms ? size_t(threads) : 0);
    std::atomic_int nextBlock{0};
    std::atomic_int done{0};
    std::atomic_bool stopped{false};
    QElapsedTimer sinceReport;
    sinceReport.start();

    onThreads(threads, [&](int thread) {
        Workspace w(tasks);
        Workspace rw(rb.graph.size);
        int *crit = critical[size_t(thread)].data();
        quint32 *counts = nullptr;
        if (histograms) {
            finishCounts[size_t(thread)] = histograms->makeCounts(); // allocated by the thread that fills it
            counts = finishCounts[size_t(thread)].data();
        }
        for (;;) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                stopped = true;
                return;
            }
            if (stopped.load(std::memory_order_relaxed))
                return;
            const int block = nextBlock.fetch_add(1, std::memory_order_relaxed);
            if (block >= blocks)
                return;
            const int first = block * kBlock;
            const int count = std::min(kBlock, n - first);
            forwardPass(m, w, quint64(first));
            if (counts) {
                for (int pos = 0; pos < tasks; ++pos)
                    histograms->add(counts, pos, &w.es[size_t(pos) * kBlock], &w.dur[size_t(pos) * kBlock], count);
            }
            backwardPass(m, w, count, crit);
            forwardPass(rb, rw, quint64(first));
            for (int b = 0; b < count; ++b) {
                const size_t k = size_t(first + b);
                finish[k] = w.finish[b];
                rollbackFinish[k] = rw.finish[b];
                if (hasDowntime) {
                    const double freeze = w.es[size_t(freezePos) * kBlock + size_t(b)];
                    const double switched = w.es[size_t(trafficPos) * kBlock + size_t(b)]
                        + w.dur[size_t(trafficPos) * kBlock + size_t(b)];
                    downtime[k] = switched - freeze;
                    withinWindow[k] = hasWindow && freeze >= windowStart - kEpsilon && switched <= windowEnd + kEpsilon;
                }
            }
            const int total = done.fetch_add(count, std::memory_order_relaxed) + count;
            if (thread == 0 && progress && sinceReport.elapsed() >= 15) {
                progress(total, n);
                sinceReport.restart();
            }
        }
    });
    if (stopped)
        return Error(tr("simulation cancelled"));

    SimulationResult r;
    r.iterations = n;
    r.seed = options.seed;
    r.threads = threads;
    r.finishSamples = QList<double>(finish.begin(), finish.end());
    r.duration = summarize(r.finishSamples);
    QList<double> sorted = r.finishSamples;
    std::sort(sorted.begin(), sorted.end());
    r.finishDistribution = distributionOf(sorted, options.histogramBins, options.sCurvePoints);
    if (hasDowntime) {
        r.downtimeSamples = QList<double>(downtime.begin(), downtime.end());
        r.downtime = summarize(r.downtimeSamples);
        sorted = r.downtimeSamples;
        std::sort(sorted.begin(), sorted.end());
        r.downtimeDistribution = distributionOf(sorted, options.histogramBins, options.sCurvePoints);
    }
    if (hasWindow)
        r.probabilityWithinWindow = double(std::count(withinWindow.begin(), withinWindow.end(), 1)) / n;
    if (rb.graph.size > 0)
        r.rollbackSamples = QList<double>(rollbackFinish.begin(), rollbackFinish.end());
    r.rollbackDuration = summarize(r.rollbackSamples);
    if (plan.window.isValid()) {
        const QTimeZone zone = plan.displayZone();
        const auto deadline = [&](double minutes) {
            const QDateTime t = plan.window.end.addMSecs(-qint64(std::llround(minutes * 60000.0)));
            return t.toTimeZone(zone);
        };
        r.rollbackDeadlineP50 = deadline(r.rollbackDuration.p50);
        r.rollbackDeadlineP80 = deadline(r.rollbackDuration.p80);
    }

    if (histograms) {
        // Integer counts summed in thread order: the same totals whatever the thread count.
        std::vector<quint32> counts = std::move(finishCounts[0]);
        for (size_t t = 1; t < finishCounts.size(); ++t) {
            for (size_t k = 0; k < counts.size(); ++k)
                counts[k] += finishCounts[t][k];
        }
        r.taskFinishP50.fill(0.0, tasks);
        r.taskFinishP80.fill(0.0, tasks);
        for (int pos = 0; pos < tasks; ++pos) {
            const int i = m.graph.taskAt[size_t(pos)];
            const auto p50 = histograms->quantile(counts.data(), pos, 0.5, quint64(n));
            const auto p80 = histograms->quantile(counts.data(), pos, 0.8, quint64(n));
            r.taskFinishP50[i] = p50.value;
            r.taskFinishP80[i] = p80.value;
            r.taskFinishResolution = std::max({r.taskFinishResolution, p50.resolution, p80.resolution});
        }
    }

    r.criticality.fill(0.0, tasks);
    for (int pos = 0; pos < tasks; ++pos) {
        int count = 0;
        for (const auto &c : critical)
            count += c[size_t(pos)];
        r.criticality[m.graph.taskAt[size_t(pos)]] = double(count) / n;
    }

    // Sensitivity: Pearson correlation of each task's uniforms with the target's mid-ranks.
    r.sensitivityTarget = hasDowntime ? SensitivityTarget::Downtime : SensitivityTarget::Finish;
    const std::vector<double> rank = midRanks(hasDowntime ? r.downtimeSamples : r.finishSamples);
    double rankMean = 0, rankVar = 0;
    for (double x : rank)
        rankMean += x;
    rankMean /= n;
    for (double x : rank)
        rankVar += (x - rankMean) * (x - rankMean);
    std::vector<double> sensitivity(size_t(tasks), 0.0);
    if (rankVar > 0) {
        std::atomic_int nextChunk{0};
        const int chunks = (tasks + kTaskChunk - 1) / kTaskChunk;
        onThreads(std::min(threads, std::max(1, chunks)), [&](int) {
            for (int chunk; (chunk = nextChunk.fetch_add(1)) < chunks;) {
                for (int pos = chunk * kTaskChunk; pos < std::min(tasks, (chunk + 1) * kTaskChunk); ++pos) {
                    if (m.samplers[size_t(pos)].isFixed())
                        continue;
                    const quint64 key = m.keys[size_t(pos)];
                    double su = 0, suu = 0, sur = 0;
                    for (int k = 0; k < n; k += 2) {
                        double u0, u1;
                        random::uniformPair(key, quint64(k), u0, u1);
                        if (k + 1 == n)
                            u1 = 0; // past the last iteration: contributes nothing
                        su += u0 + u1;
                        suu += u0 * u0 + u1 * u1;
                        sur += u0 * rank[size_t(k)] + (k + 1 < n ? u1 * rank[size_t(k) + 1] : 0.0);
                    }
                    const double uVar = suu - su * su / n;
                    const double cov = sur - su * rankMean;
                    sensitivity[size_t(m.graph.taskAt[size_t(pos)])] = uVar > 0 ? cov / std::sqrt(uVar * rankVar) : 0.0;
                }
            }
        });
    }
    r.sensitivity = QList<double>(sensitivity.begin(), sensitivity.end());
    if (progress)
        progress(n, n);
    return r;
}

} // namespace cutover
