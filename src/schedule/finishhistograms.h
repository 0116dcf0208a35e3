// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compiledgraph.h"
#include "durationsampler.h"

#include <QtGlobal>

#include <algorithm>
#include <utility>
#include <vector>

namespace cutover {

/**
 * Per-task early-finish quantiles of a Monte Carlo run without keeping the samples
 * (iterations x tasks doubles would be 400 MB for 10,000 x 5,000).
 *
 * Sound bounds: before sampling, interval arithmetic over the compiled graph gives every task
 * a range [lo, hi] of its early finish. Each duration lies in [low, high] of its sampler and
 * the forward pass is monotone (FS/SS terms grow with the predecessor's start and duration,
 * FF/SF terms shrink with the task's own duration), so the lower bound takes the lower ends of
 * added terms and the upper ends of subtracted durations, the upper bound the reverse. The
 * bounds use the forward pass's own operation order, and rounding to nearest is monotone, so
 * every simulated early finish lies inside (a finish that a sampler's rounding pushes a hair
 * outside is counted in the edge bin).
 *
 * Bins: the bounds of a long chain add up every task's range and are far wider than where the
 * finishes fall, so equal bins over them would be coarse. With `bins` >= 16, a pilot (the
 * minimum and maximum of each finish over the first iterations, passed to the constructor)
 * places most bins where the samples are: bins/16 tail bins over [lo, fineLo), as many over
 * (fineHi, hi], and the rest as equal fine bins over [fineLo, fineHi] = the pilot's range
 * widened by 1/8 on each side, clipped to the bounds. Fewer bins, or no pilot: equal bins over
 * [lo, hi]. The layout depends only on the plan, the seed and `bins`.
 *
 * Each thread counts its iterations' finishes; the integer counts are summed after the run,
 * so the answer does not depend on the thread count. quantile() finds the bin that holds the
 * nearest-rank sample and interpolates linearly inside it: the answer is within that bin's
 * width of the exact nearest-rank quantile of the simulated finishes (exact for a zero-width
 * bin, e.g. a task whose finish cannot vary).
 *
 * Memory: tasks x bins x 4 bytes per thread (5,000 tasks x 256 bins = 5 MB).
 */
class FinishHistograms
{
public:
    /** Bounds by graph position of the early finish: efLo[pos] <= EF <= efHi[pos]. */
    static void bounds(const CompiledGraph &graph, const std::vector<DurationSampler> &samplers,
                       std::vector<double> &efLo, std::vector<double> &efHi);

    /**
     * `pilotMin`/`pilotMax` (by position, may be empty) are the smallest and largest finish of
     * each task over some iterations of the run; bins >= 1.
     */
    FinishHistograms(const CompiledGraph &graph, const std::vector<DurationSampler> &samplers, int bins,
                     const std::vector<double> &pilotMin = {}, const std::vector<double> &pilotMax = {});

    int bins() const { return m_bins; }
    int tasks() const { return int(m_tasks.size()); }
    double low(int pos) const { return m_tasks[size_t(pos)].lo; }
    double high(int pos) const { return m_tasks[size_t(pos)].hi; }
    /** Lower edge and width of bin k of the task at `pos`. */
    std::pair<double, double> bin(int pos, int k) const;

    /** Zeroed counts for one thread: tasks x bins, by position. */
    std::vector<quint32> makeCounts() const { return std::vector<quint32>(m_tasks.size() * size_t(m_bins), 0); }

    /**
     * Counts the early finishes es[b] + dur[b] (b < count) of the task at `pos`, exactly as the
     * forward pass computes them.
     */
    void add(quint32 *counts, int pos, const double *es, const double *dur, int count) const
    {
        const Layout &t = m_tasks[size_t(pos)];
        quint32 *c = counts + size_t(pos) * size_t(m_bins);
        for (int b = 0; b < count; ++b) {
            const double ef = es[b] + dur[b];
            // Without tails (m_tailLast 0, scales 0) a rounding hair outside goes to the edge bin.
            int k;
            if (ef < t.fineLo)
                k = std::clamp(int((ef - t.lo) * t.lowScale), 0, m_tailLast);
            else if (ef > t.fineHi)
                k = std::min(m_tail + m_fine + std::clamp(int((ef - t.fineHi) * t.highScale), 0, m_tailLast), m_bins - 1);
            else
                k = m_tail + std::min(int((ef - t.fineLo) * t.fineScale), m_fine - 1);
            ++c[k];
        }
    }

    /** What quantile() answers, and the width of the bin it came from (its error bound). */
    struct Quantile
    {
        double value = 0;
        double resolution = 0;
    };
    /**
     * The nearest-rank quantile p (0 < p <= 1) of the `total` finishes of the task at `pos`
     * counted in `counts` (all tasks, as from makeCounts()), interpolated inside the bin that
     * holds the rank.
     */
    Quantile quantile(const quint32 *counts, int pos, double p, quint64 total) const;

private:
    struct Layout
    {
        double lo = 0, hi = 0, fineLo = 0, fineHi = 0;
        double lowScale = 0, fineScale = 0, highScale = 0; // bins per minute; 0 for a zero-width range
    };
    int m_bins;
    int m_tail; // bins per tail (0: the fine bins cover [lo, hi])
    int m_fine;
    int m_tailLast; // max(0, m_tail - 1)
    std::vector<Layout> m_tasks; // by position
};

} // namespace cutover
