// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

#include <cmath>

namespace cutover::charts {

/**
 * Points ready to draw: times ascending (non-decreasing), and a NaN value where the line
 * must break (a gap in the data). Never hand a chart more than a few thousand of these.
 */
struct PlotPoints
{
    QList<qint64> times;
    QList<double> values;
    qsizetype size() const { return times.size(); }
    void append(qint64 t, double v) { times.append(t); values.append(v); }
    void appendBreak()
    {
        if (!values.isEmpty() && !std::isnan(values.constLast()))
            append(times.constLast(), std::nan(""));
    }
};

/**
 * Reduces long series to what a view can show without losing what matters.
 *
 * A gap is a NaN value or a step between two samples longer than `gapMs` (0 = only NaN);
 * gaps always come out as breaks, never as a line across the hole.
 */
class Downsampler
{
public:
    /** 5 × the median sampling step (over up to 10,001 samples), or 0 with fewer than 3 points. */
    static qint64 suggestGapMs(const QList<qint64> &times);
};

/**
 * A min/max pyramid over one series for per-view downsampling: built once in O(n), then any
 * window [t0, t1] is reduced to `buckets` pixel columns in about O(buckets · log n), whatever the
 * number of points in the window. Each column keeps its minimum and maximum (so extremes and
 * threshold breaches always survive); columns with at most four samples keep them all.
 * The series data is shared (QList is implicitly shared), not copied.
 */
class SeriesIndex
{
public:
    SeriesIndex() = default;
    SeriesIndex(const QList<qint64> &times, const QList<double> &values, qint64 gapMs);

    qsizetype size() const { return m_times.size(); }
    qint64 gapMs() const { return m_gapMs; }
    const QList<qint64> &times() const { return m_times; }
    const QList<double> &values() const { return m_values; }

    /**
     * The window [t0, t1) as at most 6 × buckets + 4 points: per column min and max in time
     * order, split at the column's first gap (later gaps in the same column break the line
     * after it), and the nearest sample outside each edge so the line reaches the border.
     */
    PlotPoints query(qint64 t0, qint64 t1, int buckets) const;

    /** Minimum and maximum finite value of samples with time in [t0, t1]; false if none. */
    bool range(qint64 t0, qint64 t1, double *lo, double *hi) const;

private:
    struct Acc
    {
        double minV = 0.0;
        double maxV = 0.0;
        qsizetype minIdx = -1;
        qsizetype maxIdx = -1;
        bool gap = false;
    };
    /** One block's summary, kept together so a query touches one cache line per block. */
    struct Block
    {
        double minV = 0.0;
        double maxV = 0.0;
        qsizetype minIdx = -1;  // -1 when the block has no finite value
        qsizetype maxIdx = -1;
        bool gap = false;
    };
    struct Level
    {
        qsizetype blockSize = 1;
        QList<Block> blocks;
    };
    bool gapAfter(qsizetype i) const;
    void addPoint(qsizetype i, Acc &acc) const;
    void aggregate(qsizetype a, qsizetype b, Acc &acc) const;
    qsizetype coarsestLevel(qsizetype i, qsizetype b) const;
    qsizetype firstGap(qsizetype a, qsizetype b) const;
    qsizetype firstGapInBlock(qsizetype level, qsizetype block) const;
    void emitRange(qsizetype a, qsizetype b, PlotPoints &out) const;
    void emitAcc(const Acc &acc, PlotPoints &out) const;
    qsizetype lowerBound(qint64 t) const;
    /** lowerBound(t) for t at or after m_times[from], searched near an interpolated guess. */
    qsizetype lowerBoundFrom(qsizetype from, qsizetype end, qint64 t) const;

    QList<qint64> m_times;
    QList<double> m_values;
    qint64 m_gapMs = 0;
    QList<Level> m_levels; // block sizes 16, 256, 4096, ...
};

} // namespace cutover::charts
