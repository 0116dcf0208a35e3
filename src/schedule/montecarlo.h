// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPointF>

#include <atomic>
#include <functional>
#include <optional>

namespace cutover {

struct SimulationOptions
{
    int iterations = 10000;   ///< 1 .. MonteCarlo::kMaxIterations
    quint64 seed = 1;
    int threads = 0;          ///< 0 = QThread::idealThreadCount()
    int histogramBins = 50;   ///< >= 1
    int sCurvePoints = 101;   ///< >= 2: cumulative probability 0, 1/(n-1), ..., 1
    /**
     * Per-task P50/P80 of the early finish (SimulationResult::taskFinishP50/P80), e.g. for
     * the timeline's P80 ghost bars. Costs taskFinishBins x 4 bytes per task and thread.
     */
    bool taskFinishQuantiles = false;
    int taskFinishBins = 256; ///< 1 .. kMaxTaskFinishBins: histogram bins per task (precision)
    /**
     * Most memory the per-task histograms may take (tasks x bins x threads x 4 bytes): above
     * it the bins are reduced (the resolution gets coarser), and below kMinTaskFinishBins
     * the quantiles are left out (empty lists) rather than fail the simulation.
     */
    qint64 taskFinishMemoryBudget = qint64(256) << 20;
};

/**
 * Summary of a sample. Percentiles use the nearest-rank definition: P_p is the smallest
 * sample x such that at least p % of the samples are <= x, i.e. sorted[ceil(p/100 * n) - 1].
 */
struct Percentiles
{
    double mean = 0, p50 = 0, p80 = 0, p95 = 0, min = 0, max = 0, stdDev = 0;
};

/** What a chart needs of one simulated quantity: a histogram and the cumulative S-curve. */
struct Distribution1D
{
    QList<double> binEdges;   ///< histogramBins + 1 ascending edges (minutes)
    QList<int> counts;        ///< samples per bin; the last bin includes its upper edge
    QList<QPointF> sCurve;    ///< (minutes, cumulative probability 0..1), nearest-rank quantiles
};

/** What drives the sensitivity ranking: the downtime when both marks exist, else the finish. */
enum class SensitivityTarget { Downtime, Finish };

struct SimulationResult
{
    int iterations = 0;
    quint64 seed = 0;
    int threads = 0;                         ///< threads actually used (does not change the numbers)
    Percentiles duration;                    ///< plan finish, minutes since start
    std::optional<Percentiles> downtime;     ///< nullopt without freeze-start and traffic-switched marks
    std::optional<double> probabilityWithinWindow; ///< nullopt without a window, start or both marks
    QList<double> criticality;               ///< parallel to Plan::tasks: share of runs with zero float
    /**
     * Parallel to Plan::tasks: Spearman rank correlation of the task's sampled duration with
     * the downtime (or finish, see sensitivityTarget); 0 for fixed tasks. The task's sample
     * ranks are taken from the uniform variate that produced each duration (durations are drawn
     * by inversion, so this is the exact population rank F(d), not an estimate of it); the
     * target's ranks are its sample mid-ranks. This costs O(iterations) memory instead of
     * O(iterations x tasks) and converges to the same coefficient as the sample Spearman.
     */
    QList<double> sensitivity;
    SensitivityTarget sensitivityTarget = SensitivityTarget::Finish;
    Percentiles rollbackDuration;            ///< the rollback graph alone, from zero
    QDateTime rollbackDeadlineP50;           ///< window.end - rollback P50; invalid without window
    QDateTime rollbackDeadlineP80;           ///< window.end - rollback P80; invalid without window
    Distribution1D finishDistribution;
    Distribution1D downtimeDistribution;     ///< empty without the marks
    QList<double> finishSamples;             ///< per iteration, in iteration order
    QList<double> downtimeSamples;           ///< per iteration; empty without the marks
    QList<double> rollbackSamples;           ///< per iteration; empty without rollback tasks
    /**
     * Parallel to Plan::tasks when SimulationOptions::taskFinishQuantiles is set (else empty):
     * nearest-rank P50 and P80 of each task's early finish (minutes since start), read from a
     * histogram over sound bounds of the finish (bins placed by a pilot, see docs/schedule.md)
     * instead of from the samples themselves. Each value
     * is within taskFinishResolution of the exact nearest-rank quantile of the simulated
     * finishes; a task whose finish cannot vary gets its exact value.
     */
    QList<double> taskFinishP50, taskFinishP80;
    /** The widest histogram bin of any task (minutes): the error bound of taskFinishP50/P80. */
    double taskFinishResolution = 0;
};

/**
 * Monte Carlo simulation of a plan: every iteration draws each task's duration from its
 * distribution and runs the exact forward and backward passes of the deterministic schedule.
 *
 * Reproducible: iteration k of task t always uses the same uniform variate (see random.h),
 * so the numbers depend on the plan, the seed and the iteration count only, never on the
 * thread count. Work is done in blocks of iterations laid out as struct-of-arrays over a
 * graph compiled once, on `threads` threads of a private pool (the calling thread is one).
 *
 * `progress(done, total)` is called on the calling thread only, with completed iterations of
 * total; the last call is (total, total). Setting `*cancel` makes run() stop within one block
 * and return an error. Safe to call from any thread (the GUI runs it in a worker).
 */
class MonteCarlo
{
    Q_DECLARE_TR_FUNCTIONS(MonteCarlo)
public:
    static constexpr int kMaxIterations = 1000000;
    static constexpr int kMaxTaskFinishBins = 65536;
    static constexpr int kMinTaskFinishBins = 16;

    static Result<SimulationResult> run(const Plan &plan, const SimulationOptions &options = {},
                                        const std::function<void(int done, int total)> &progress = {},
                                        const std::atomic_bool *cancel = nullptr);

    /** The uniform variate behind task `taskIndex` of Plan::tasks (or rollbackTasks) in `iteration`. */
    static double uniform(quint64 seed, int iteration, int taskIndex, bool rollback = false);

    /** The 1-based nearest rank of fraction p (0 < p <= 1) in a sample of n >= 1: ceil(p n), within 1..n. */
    static qint64 nearestRank(double p, qint64 n);
    /** Nearest-rank percentile (0 < p <= 100) of an ascending-sorted sample; NaN when empty. */
    static double percentile(const QList<double> &sorted, double p);
    /** Mean, P50/P80/P95, min, max, standard deviation (population) of a sample. */
    static Percentiles summarize(QList<double> sample);
};

} // namespace cutover
