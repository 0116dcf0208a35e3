// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compiledgraph.h"
#include "durationsampler.h"

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace cutover {

/**
 * Per-task early-finish quantiles of a Monte Carlo run without keeping the samples
 * (iterations x tasks doubles would be 400 MB for 10,000 x 5,000).
 *
 * Before sampling, interval arithmetic over the compiled graph gives every task a sound range
 * [lo, hi] of its early finish: each duration lies in [low, high] of its sampler, and the
 * forward pass is monotone (FS/SS terms grow with the predecessor's start and duration, FF/SF
 * terms shrink with the task's own duration), so the lower bound takes the lower ends of added
 * terms and the upper ends of subtracted durations, and the upper bound the reverse. The
 * bounds are computed with the forward pass's own operation order, and rounding to nearest is
 * monotone, so every simulated early finish lies inside (a duration a sampler rounds a hair
 * past its range is counted in the edge bin).
 *
 * Each thread counts the early finishes of its iterations in `bins` equal bins per task over
 * [lo, hi]; the integer counts are summed after the run, so the answer does not depend on the
 * thread count. quantile() finds the bin that holds the nearest-rank sample and interpolates
 * linearly inside it: the answer is within one bin width (hi - lo) / bins of the exact
 * nearest-rank quantile of the simulated finishes, and exact when lo == hi.
 *
 * Memory: tasks x bins x 4 bytes per thread (5,000 tasks x 256 bins = 5 MB).
 */
class FinishHistograms
{
public:
    /** Bounds by graph position of the early finish: efLo[pos] <= EF <= efHi[pos]. */
    static void bounds(const CompiledGraph &graph, const std::vector<DurationSampler> &samplers,
                       std::vector<double> &efLo, std::vector<double> &efHi);

    FinishHistograms(const CompiledGraph &graph, const std::vector<DurationSampler> &samplers, int bins);

    int bins() const { return m_bins; }
    int tasks() const { return int(m_lo.size()); }
    double low(int pos) const { return m_lo[size_t(pos)]; }
    double high(int pos) const { return m_hi[size_t(pos)]; }
    /** Bin width of the task at `pos` (0 when its finish cannot vary). */
    double binWidth(int pos) const { return (m_hi[size_t(pos)] - m_lo[size_t(pos)]) / m_bins; }

    /** Zeroed counts for one thread: tasks x bins, by position. */
    std::vector<quint32> makeCounts() const { return std::vector<quint32>(m_lo.size() * size_t(m_bins), 0); }

    /**
     * Counts the early finishes es[b] + dur[b] (b < count) of the task at `pos`, exactly as the
     * forward pass computes them.
     */
    void add(quint32 *counts, int pos, const double *es, const double *dur, int count) const
    {
        const double lo = m_lo[size_t(pos)], scale = m_scale[size_t(pos)];
        quint32 *c = counts + size_t(pos) * size_t(m_bins);
        const int last = m_bins - 1;
        for (int b = 0; b < count; ++b) {
            const double ef = es[b] + dur[b];
            ++c[std::clamp(int((ef - lo) * scale), 0, last)];
        }
    }

    /**
     * The nearest-rank quantile p (0 < p <= 1) of the `total` finishes of the task at `pos`
     * counted in `counts` (all tasks, as from makeCounts()), interpolated inside the bin that
     * holds the rank.
     */
    double quantile(const quint32 *counts, int pos, double p, quint64 total) const;

private:
    int m_bins;
    std::vector<double> m_lo, m_hi, m_scale; // by position; scale = bins / (hi - lo), 0 for a point
};

} // namespace cutover
