// SPDX-License-Identifier: GPL-3.0-or-later
#include "finalsyncforecast.h"

#include <algorithm>
#include <cmath>

namespace cutover {

namespace {

bool mentions(const MetricSeries &s, std::initializer_list<QStringView> words)
{
    for (QStringView w : words) {
        if (s.metric.contains(w, Qt::CaseInsensitive) || s.name.contains(w, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

/** Median spacing of the points, ms (0 for fewer than two points); sampled on long series. */
qint64 usualSpacing(const MetricSeries &s)
{
    if (s.size() < 2)
        return 0;
    constexpr qsizetype kMaxSamples = 100'000;
    const qsizetype stride = std::max<qsizetype>(1, (s.size() - 1) / kMaxSamples);
    QList<qint64> d;
    d.reserve((s.size() - 1) / stride + 1);
    for (qsizetype i = 1; i < s.size(); i += stride)
        d.append(s.times[i] - s.times[i - 1]);
    std::nth_element(d.begin(), d.begin() + d.size() / 2, d.end());
    return d[d.size() / 2];
}

/** Least-squares slope of values over times (seconds) for points [first, last]. */
double slopeOf(const MetricSeries &s, qsizetype first, qsizetype last)
{
    const double t0 = double(s.times[first]);
    double sx = 0, sy = 0;
    const double n = double(last - first + 1);
    for (qsizetype i = first; i <= last; ++i) {
        sx += (double(s.times[i]) - t0) / 1000.0;
        sy += s.values[i];
    }
    const double mx = sx / n, my = sy / n;
    double sxy = 0, sxx = 0;
    for (qsizetype i = first; i <= last; ++i) {
        const double dx = (double(s.times[i]) - t0) / 1000.0 - mx;
        sxy += dx * (s.values[i] - my);
        sxx += dx * dx;
    }
    return sxx > 0 ? sxy / sxx : 0.0;
}

/** The values of the last kRecentMinutes of `s`, without points inside `exclude`; the last value if none is left. */
QList<double> recentValues(const MetricSeries &s, const QList<CatchUpStretch> &exclude, qint64 *from, qint64 *to)
{
    QList<double> out;
    qsizetype last = std::min(s.times.size(), s.values.size()) - 1;
    while (last >= 0 && !std::isfinite(s.values[last]))
        --last;
    if (last < 0)
        return out;
    const qint64 start = s.times[last] - qint64(FinalSyncForecaster::kRecentMinutes) * 60'000;
    *from = s.times[last];
    *to = s.times[last];
    // `exclude` is in time order: walk it backwards with the points, so each is looked at once.
    qsizetype e = exclude.size() - 1;
    for (qsizetype i = last; i >= 0 && s.times[i] >= start; --i) {
        if (!std::isfinite(s.values[i]))
            continue;
        const qint64 t = s.times[i];
        while (e >= 0 && exclude[e].from > t)
            --e;
        if (e >= 0 && t <= exclude[e].to)
            continue;
        out.append(s.values[i]);
        *from = t;
    }
    if (out.isEmpty())
        out.append(s.values[last]);
    return out;
}

/**
 * Every quotient a / b of a value of `a` and a value of `b` (b > 0), the drain-time samples.
 * Above kMaxSamples pairs both lists are thinned evenly (every k-th value), so a dense series cannot
 * make the forecast allocate without bound.
 */
QList<double> quotients(const QList<double> &a, const QList<double> &b)
{
    constexpr qsizetype kMaxSamples = 1'000'000;
    QList<double> out;
    if (a.isEmpty() || b.isEmpty())
        return out;
    // Above a million pairs, thin both evenly to at most a thousand values each.
    constexpr qsizetype kMaxValues = 1000;
    const bool thin = a.size() * b.size() > kMaxSamples;
    const qsizetype strideA = thin ? std::max<qsizetype>(1, (a.size() + kMaxValues - 1) / kMaxValues) : 1;
    const qsizetype strideB = thin ? std::max<qsizetype>(1, (b.size() + kMaxValues - 1) / kMaxValues) : 1;
    out.reserve((a.size() / strideA + 1) * (b.size() / strideB + 1));
    for (qsizetype i = 0; i < a.size(); i += strideA) {
        for (qsizetype j = 0; j < b.size(); j += strideB)
            out.append(std::max(0.0, a[i]) / b[j]);
    }
    return out;
}

} // namespace

bool FinalSyncForecaster::isLagSeries(const MetricSeries &series)
{
    return series.unit == u"s" && mentions(series, {u"lag", u"delay", u"latency", u"behind"});
}

bool FinalSyncForecaster::isBacklogSeries(const MetricSeries &series)
{
    // Changes waiting, not a capacity (MaxQueueSize...) and not bytes (...InBytes).
    for (QStringView word : {u"Max", u"InBytes", u"Capacity"}) {
        if (series.metric.contains(word))
            return false;
    }
    if (series.unit == u"bytes")
        return false;
    return mentions(series, {u"CDCIncomingChanges", u"backlog", u"queue_size", u"QueueSize"});
}

bool FinalSyncForecaster::isApplyRateSeries(const MetricSeries &series)
{
    // The target's apply rate: never a source-side throughput (CDCThroughputRowsSource is the
    // incoming rate, which would make the drain look shorter than it is).
    if (series.metric.contains(u"Source") || isBacklogSeries(series))
        return false;
    return mentions(series, {u"CDCThroughputRowsTarget", u"apply_rate", u"ApplyRate"});
}

double FinalSyncForecaster::quantile(QList<double> samples, double q)
{
    if (samples.isEmpty())
        return 0.0;
    std::sort(samples.begin(), samples.end());
    const qsizetype rank = std::clamp<qsizetype>(qsizetype(std::ceil(q * double(samples.size()))), 1, samples.size());
    return samples[rank - 1];
}

QList<CatchUpStretch> FinalSyncForecaster::catchUpStretches(const MetricSeries &s)
{
    QList<CatchUpStretch> out;
    const qsizetype n = std::min(s.times.size(), s.values.size());
    const qint64 spacing = usualSpacing(s);
    const qint64 maxGap = spacing > 0 ? 2 * spacing : 0;
    qsizetype i = 0;
    while (i + 2 < n) {
        if (!std::isfinite(s.values[i])) {
            ++i;
            continue;
        }
        const double start = s.values[i];
        const double tol = std::max(1.0, 0.05 * std::abs(start));
        double low = start;
        qsizetype lowAt = i;
        qsizetype k = i + 1;
        for (; k < n; ++k) {
            const double v = s.values[k];
            if (!std::isfinite(v) || (maxGap > 0 && s.times[k] - s.times[k - 1] > maxGap) || v > low + tol)
                break;
            if (v < low) {
                low = v;
                lowAt = k;
            }
        }
        // Trim the leading plateau: the fall starts at the last point still near the starting level.
        qsizetype first = i;
        for (qsizetype p = i; p < lowAt; ++p) {
            if (s.values[p] >= start - tol)
                first = p;
        }
        // And the trailing one: the fall ends where the lag first came near its low (noise on
        // the level after a catch-up must not flatten the slope).
        qsizetype last = lowAt;
        for (qsizetype p = first; p <= lowAt; ++p) {
            if (s.values[p] <= low + tol) {
                last = p;
                break;
            }
        }
        const double drop = s.values[first] - s.values[last];
        const bool enough = last - first >= 2 && s.times[last] - s.times[first] >= 60'000
                         && drop >= std::max(10.0, 0.25 * std::abs(s.values[first]));
        if (enough) {
            const double slope = slopeOf(s, first, last);
            if (slope < 0 && std::isfinite(slope))
                out.append({s.id, s.times[first], s.times[last], slope});
            i = lowAt;
            if (i == first) // cannot happen (lowAt - first >= 2), but never loop in place
                ++i;
        } else {
            i = std::max(i + 1, k);
        }
    }
    return out;
}

FinalSyncForecaster::Result FinalSyncForecaster::forecast(const Plan &plan)
{
    Result result;
    // Backlog / apply rate first: it measures the drain directly.
    const MetricSeries *backlog = nullptr;
    const MetricSeries *rate = nullptr;
    for (const MetricSeries &s : plan.series) {
        if (!backlog && isBacklogSeries(s))
            backlog = &s;
    }
    // The apply rate of the same task as the backlog: same labels (CloudWatch dimensions,
    // Prometheus labels) or the same name, else the first.
    auto affinity = [&backlog](const MetricSeries &s) {
        if (!backlog)
            return 0;
        if (!s.labels.isEmpty() && s.labels == backlog->labels)
            return 2;
        return s.name == backlog->name ? 1 : 0;
    };
    for (const MetricSeries &s : plan.series) {
        if (isApplyRateSeries(s) && (!rate || affinity(s) > affinity(*rate)))
            rate = &s;
    }
    if (backlog && rate) {
        FinalSyncForecast f;
        f.basis = FinalSyncForecast::Basis::BacklogRate;
        qint64 bFrom = 0, bTo = 0, rFrom = 0, rTo = 0;
        const QList<double> backlogs = recentValues(*backlog, {}, &bFrom, &bTo);
        QList<double> rates = recentValues(*rate, {}, &rFrom, &rTo);
        rates.removeIf([](double r) { return !(r > 0); });
        if (!backlogs.isEmpty() && !rates.isEmpty()) {
            const QList<double> samples = quotients(backlogs, rates);
            f.series = {backlog->name, rate->name};
            f.seriesIds = {backlog->id, rate->id};
            f.backlog = quantile(backlogs, 0.5);
            f.applyRate = quantile(rates, 0.5);
            f.steadyFrom = std::min(bFrom, rFrom);
            f.steadyTo = std::max(bTo, rTo);
            f.steadyPoints = int(backlogs.size());
            f.p50Seconds = quantile(samples, 0.5);
            f.p80Seconds = quantile(samples, 0.8);
            result.outcome = Outcome::Ok;
            result.forecast = f;
            return result;
        }
    }

    QStringList lagNames;
    bool found = false;
    for (const MetricSeries &s : plan.series) {
        if (!isLagSeries(s))
            continue;
        lagNames.append(s.name);
        const QList<CatchUpStretch> stretches = catchUpStretches(s);
        if (stretches.isEmpty())
            continue;
        FinalSyncForecast f;
        f.basis = FinalSyncForecast::Basis::LagSlope;
        f.series = {s.name};
        f.seriesIds = {s.id};
        f.stretches = stretches;
        const QList<double> lags = recentValues(s, stretches, &f.steadyFrom, &f.steadyTo);
        f.steadyPoints = int(lags.size());
        QList<double> ratios;
        for (const CatchUpStretch &c : stretches)
            ratios.append(1.0 - c.slope);
        const QList<double> samples = quotients(lags, ratios);
        f.lagSeconds = quantile(lags, 0.5);
        f.catchUpRatio = quantile(ratios, 0.5);
        f.p50Seconds = quantile(samples, 0.5);
        f.p80Seconds = quantile(samples, 0.8);
        if (!found || f.p80Seconds > result.forecast.p80Seconds)
            result.forecast = f;
        found = true;
    }
    if (found) {
        result.outcome = Outcome::Ok;
        return result;
    }
    if (lagNames.isEmpty()) {
        result.outcome = Outcome::NoLagSeries;
        result.message = tr("no replication-lag series is imported (a series in seconds whose metric names lag, delay, "
                            "latency or \"behind\"), and no backlog with an apply-rate series");
        return result;
    }
    result.outcome = Outcome::NoCatchUp;
    result.message = tr("no catch-up stretch (lag falling by at least 10 s and a quarter over 3 points and a minute) in %1: "
                        "the final sync cannot be forecast from lag alone")
                         .arg(lagNames.join(QStringLiteral(", ")));
    return result;
}

} // namespace cutover
