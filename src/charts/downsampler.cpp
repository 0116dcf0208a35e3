// SPDX-License-Identifier: GPL-3.0-or-later
#include "downsampler.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace cutover::charts {

namespace {

constexpr qsizetype kFanout = 16;

bool breakBetween(const QList<qint64> &t, const QList<double> &v, qsizetype i, qint64 gapMs)
{
    // A break after sample i: it is missing, or the next one is, or the step is too long.
    if (std::isnan(v[i]))
        return true;
    if (i + 1 >= t.size())
        return false;
    return std::isnan(v[i + 1]) || (gapMs > 0 && t[i + 1] - t[i] > gapMs);
}

} // namespace

qint64 Downsampler::suggestGapMs(const QList<qint64> &times)
{
    const qsizetype n = times.size();
    if (n < 3)
        return 0;
    const qsizetype stride = std::max<qsizetype>(1, (n - 1) / 10000);
    QList<qint64> steps;
    for (qsizetype i = 0; i + 1 < n; i += stride)
        steps.append(times[i + 1] - times[i]);
    std::nth_element(steps.begin(), steps.begin() + steps.size() / 2, steps.end());
    return std::max<qint64>(1, steps[steps.size() / 2]) * 5;
}

SeriesIndex::SeriesIndex(const QList<qint64> &times, const QList<double> &values, qint64 gapMs)
    : m_times(times), m_values(values), m_gapMs(gapMs)
{
    if (m_values.size() != m_times.size()) {
        const qsizetype n = std::min(m_times.size(), m_values.size());
        m_times.resize(n);
        m_values.resize(n);
    }
    const qsizetype n = m_times.size();
    qsizetype block = kFanout;
    while (block < n) {
        Level level;
        level.blockSize = block;
        const qsizetype count = n / block; // only full blocks; the tail is read finer
        level.blocks.resize(count);
        const Level *prev = m_levels.isEmpty() ? nullptr : &m_levels.constLast();
        for (qsizetype k = 0; k < count; ++k) {
            Acc acc;
            if (!prev) {
                for (qsizetype i = k * block; i < (k + 1) * block; ++i)
                    addPoint(i, acc);
            } else {
                for (qsizetype c = k * kFanout; c < (k + 1) * kFanout; ++c) {
                    const Block &child = prev->blocks[c];
                    if (child.minIdx >= 0) {
                        if (acc.minIdx < 0 || child.minV < acc.minV) {
                            acc.minV = child.minV;
                            acc.minIdx = child.minIdx;
                        }
                        if (acc.maxIdx < 0 || child.maxV > acc.maxV) {
                            acc.maxV = child.maxV;
                            acc.maxIdx = child.maxIdx;
                        }
                    }
                    acc.gap = acc.gap || child.gap;
                }
            }
            level.blocks[k] = { acc.minV, acc.maxV, acc.minIdx, acc.maxIdx, acc.gap };
        }
        m_levels.append(std::move(level));
        block *= kFanout;
    }
}

bool SeriesIndex::gapAfter(qsizetype i) const
{
    return breakBetween(m_times, m_values, i, m_gapMs);
}

void SeriesIndex::addPoint(qsizetype i, Acc &acc) const
{
    const double v = m_values[i];
    if (!std::isnan(v)) {
        if (acc.minIdx < 0 || v < acc.minV) {
            acc.minV = v;
            acc.minIdx = i;
        }
        if (acc.maxIdx < 0 || v > acc.maxV) {
            acc.maxV = v;
            acc.maxIdx = i;
        }
    }
    acc.gap = acc.gap || gapAfter(i);
}

qsizetype SeriesIndex::coarsestLevel(qsizetype i, qsizetype b) const
{
    // Level L holds blocks of 16^(L+1) samples: the coarsest one that starts at i (alignment:
    // trailing zero bits / 4) and ends by b (size: bit width / 4). Shifts, no divisions.
    const auto u = quint64(i);
    const int aligned = u == 0 ? 64 : std::countr_zero(u) / 4;
    const int fits = (std::bit_width(quint64(b - i)) - 1) / 4;
    return std::min<qsizetype>({ qsizetype(aligned), qsizetype(fits), m_levels.size() }) - 1;
}

void SeriesIndex::aggregate(qsizetype a, qsizetype b, Acc &acc) const
{
    qsizetype i = a;
    while (i < b) {
        const qsizetype L = coarsestLevel(i, b);
        if (L < 0) {
            addPoint(i, acc);
            ++i;
            continue;
        }
        const Level &level = m_levels[L];
        const Block &block = level.blocks[i >> (4 * (L + 1))];
        if (block.minIdx >= 0) {
            if (acc.minIdx < 0 || block.minV < acc.minV) {
                acc.minV = block.minV;
                acc.minIdx = block.minIdx;
            }
            if (acc.maxIdx < 0 || block.maxV > acc.maxV) {
                acc.maxV = block.maxV;
                acc.maxIdx = block.maxIdx;
            }
        }
        acc.gap = acc.gap || block.gap;
        i += level.blockSize;
    }
}

qsizetype SeriesIndex::lowerBound(qint64 t) const
{
    return std::lower_bound(m_times.cbegin(), m_times.cend(), t) - m_times.cbegin();
}

qsizetype SeriesIndex::lowerBoundFrom(qsizetype from, qsizetype end, qint64 t) const
{
    // Guess by interpolation (samples are usually evenly spaced), then gallop to bracket the
    // answer and finish with a binary search: a few cache lines instead of log2(n) misses.
    if (from >= end || m_times[from] >= t)
        return from;
    const qint64 tFirst = m_times[from], tLast = m_times[end - 1];
    if (tLast < t)
        return end;
    qsizetype guess = from + qsizetype(double(t - tFirst) / double(std::max<qint64>(1, tLast - tFirst)) * double(end - 1 - from));
    guess = std::clamp(guess, from, end - 1);
    qsizetype lo, hi;
    if (m_times[guess] < t) {
        lo = guess;
        qsizetype step = 1;
        hi = std::min(end, guess + step);
        while (hi < end && m_times[hi] < t) {
            lo = hi;
            step *= 2;
            hi = std::min(end, hi + step);
        }
    } else {
        hi = guess;
        qsizetype step = 1;
        lo = std::max(from, guess - step);
        while (lo > from && m_times[lo] >= t) {
            hi = lo;
            step *= 2;
            lo = std::max(from, lo - step);
        }
    }
    // Invariant: m_times[lo] < t (or lo == from with m_times[from] < t), m_times[hi] >= t or hi == end.
    return std::lower_bound(m_times.cbegin() + lo, m_times.cbegin() + hi, t) - m_times.cbegin();
}

PlotPoints SeriesIndex::query(qint64 t0, qint64 t1, int buckets) const
{
    PlotPoints out;
    const qsizetype n = m_times.size();
    if (n == 0 || t1 <= t0 || buckets <= 0)
        return out;
    const qsizetype first = lowerBound(t0);
    const qsizetype last = lowerBound(t1); // exclusive
    out.times.reserve(2 * buckets + 4);
    out.values.reserve(2 * buckets + 4);

    // The sample just before the window, so the line enters from the left edge.
    if (first > 0 && !std::isnan(m_values[first - 1])) {
        out.append(m_times[first - 1], m_values[first - 1]);
        if (gapAfter(first - 1))
            out.appendBreak();
    }
    const double width = double(t1 - t0) / buckets;
    qsizetype a = first;
    for (int j = 0; j < buckets && a < last; ++j) {
        const qint64 edge = j + 1 == buckets ? t1 : t0 + qint64(std::ceil(width * (j + 1)));
        const qsizetype b = lowerBoundFrom(a, last, edge);
        if (b <= a)
            continue;
        if (b - a <= 4) {
            for (qsizetype i = a; i < b; ++i) {
                if (!std::isnan(m_values[i]))
                    out.append(m_times[i], m_values[i]);
                if (gapAfter(i))
                    out.appendBreak();
            }
        } else {
            Acc acc;
            aggregate(a, b, acc);
            const qsizetype g = acc.gap ? firstGap(a, b) : -1;
            if (g < 0 || g + 1 >= b) {
                emitAcc(acc, out);
            } else {
                emitRange(a, g + 1, out);
                emitRange(g + 1, b, out);
            }
        }
        a = b;
    }
    // The sample just after the window, so the line leaves through the right edge.
    if (last < n && !std::isnan(m_values[last]) && (last == 0 || !gapAfter(last - 1)))
        out.append(m_times[last], m_values[last]);
    return out;
}

void SeriesIndex::emitRange(qsizetype a, qsizetype b, PlotPoints &out) const
{
    Acc acc;
    aggregate(a, b, acc);
    emitAcc(acc, out);
}

void SeriesIndex::emitAcc(const Acc &acc, PlotPoints &out) const
{
    if (acc.minIdx >= 0) {
        const qsizetype p = std::min(acc.minIdx, acc.maxIdx), q = std::max(acc.minIdx, acc.maxIdx);
        out.append(m_times[p], m_values[p]);
        if (q != p)
            out.append(m_times[q], m_values[q]);
    }
    if (acc.gap)
        out.appendBreak();
}

qsizetype SeriesIndex::firstGapInBlock(qsizetype level, qsizetype block) const
{
    const qsizetype size = m_levels[level].blockSize;
    if (level == 0) {
        for (qsizetype i = block * size; i < (block + 1) * size; ++i) {
            if (gapAfter(i))
                return i;
        }
        return -1;
    }
    for (qsizetype c = block * kFanout; c < (block + 1) * kFanout; ++c) {
        if (m_levels[level - 1].blocks[c].gap)
            return firstGapInBlock(level - 1, c);
    }
    return -1;
}

qsizetype SeriesIndex::firstGap(qsizetype a, qsizetype b) const
{
    qsizetype i = a;
    while (i < b) {
        const qsizetype L = coarsestLevel(i, b);
        if (L < 0) {
            if (gapAfter(i))
                return i;
            ++i;
            continue;
        }
        const qsizetype k = i / m_levels[L].blockSize;
        if (m_levels[L].blocks[k].gap)
            return firstGapInBlock(L, k);
        i += m_levels[L].blockSize;
    }
    return -1;
}

bool SeriesIndex::range(qint64 t0, qint64 t1, double *lo, double *hi) const
{
    const qsizetype a = lowerBound(t0);
    const qsizetype b = std::upper_bound(m_times.cbegin(), m_times.cend(), t1) - m_times.cbegin();
    if (b <= a)
        return false;
    Acc acc;
    aggregate(a, b, acc);
    if (acc.minIdx < 0)
        return false;
    *lo = m_values[acc.minIdx];
    *hi = m_values[acc.maxIdx];
    return true;
}

} // namespace cutover::charts
