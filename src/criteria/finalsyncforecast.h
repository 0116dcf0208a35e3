// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/plan.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cutover {

/** A stretch of a lag series in which the lag fell while writes went on. */
struct CatchUpStretch
{
    QString seriesId;
    qint64 from = 0;    ///< UTC ms, first point of the fall
    qint64 to = 0;      ///< UTC ms, where the fall ended (the first point within the tolerance of the low)
    double slope = 0.0; ///< dL/dt, seconds of lag per second (least squares over the stretch), < 0
};

/** The forecast of how long the final sync takes once writes stop (spec/monitoring.md). */
struct FinalSyncForecast
{
    enum class Basis { LagSlope, BacklogRate };
    Basis basis = Basis::LagSlope;
    QStringList series;                 ///< names of the series the forecast rests on
    QStringList seriesIds;
    // Lag-slope basis:
    std::optional<double> lagSeconds;   ///< median of the lag over the recent steady stretch (L)
    std::optional<double> catchUpRatio; ///< median of 1 − s over the catch-up stretches (r_cap / r_in)
    QList<CatchUpStretch> stretches;    ///< the catch-up stretches of the series used
    qint64 steadyFrom = 0, steadyTo = 0;///< the recent stretch the lag (or backlog) was taken from, UTC ms
    int steadyPoints = 0;
    // Backlog-rate basis:
    std::optional<double> backlog;      ///< median backlog over the recent stretch (changes)
    std::optional<double> applyRate;    ///< median apply rate over the recent stretch (changes per second)
    double p50Seconds = 0.0;
    double p80Seconds = 0.0;
};

/**
 * The final-sync forecast from imported series (spec/monitoring.md, docs/forecast.md).
 *
 * Lag slope: a lag series is a series in seconds whose metric or name speaks of lag, delay,
 * latency or "behind". Its catch-up stretches are found by catchUpStretches(); the lag level L
 * is taken from the recent stretch (the last kRecentMinutes of the series, without points inside
 * a catch-up stretch). The drain time after the freeze is L / (1 − s) for every pair of a recent
 * lag point and a stretch slope s; P50 and P80 are nearest-rank quantiles of those samples. With
 * several lag series the slowest (highest P80) is the forecast: the final sync ends when the last
 * replica has caught up.
 * Backlog rate: where a backlog series (AWS DMS CDCIncomingChanges, or a metric naming a backlog
 * or queue size, not a maximum, a capacity or bytes) and the target's apply-rate series
 * (CDCThroughputRowsTarget, or a metric naming an apply rate; never one naming the source) are
 * imported, drain time = backlog / apply rate over the recent stretch, directly; this basis wins
 * over the lag slope. The apply rate of the backlog's task is preferred (same labels, else the
 * same name).
 */
class FinalSyncForecaster
{
    Q_DECLARE_TR_FUNCTIONS(cutover::FinalSyncForecaster)
public:
    /** Minutes at the end of a series taken as "recent". */
    static constexpr int kRecentMinutes = 30;

    enum class Outcome { Ok, NoLagSeries, NoCatchUp };
    struct Result
    {
        Outcome outcome = Outcome::NoLagSeries;
        FinalSyncForecast forecast; ///< valid when outcome is Ok
        QString message;            ///< one line: why there is no forecast
    };

    static Result forecast(const Plan &plan);

    /** Whether the forecast treats `series` as replication lag in seconds. */
    static bool isLagSeries(const MetricSeries &series);
    static bool isBacklogSeries(const MetricSeries &series);
    static bool isApplyRateSeries(const MetricSeries &series);

    /**
     * The catch-up stretches of a lag series: maximal runs without a gap (a NaN point, or a
     * spacing over twice the usual) in which the lag never rises more than a tolerance
     * (max(1 s, 5 % of the lag where the run starts)) above its lowest value so far, trimmed
     * to start at the last point of the leading plateau (still within the tolerance of the
     * starting lag) and to end at the first point within the tolerance of the low, that fall by
     * at least max(10 s, 25 % of the starting lag) over at least 3 points and 60 s.
     */
    static QList<CatchUpStretch> catchUpStretches(const MetricSeries &series);

    /** Nearest-rank quantile (q in (0, 1]) of unsorted samples; 0 for none. */
    static double quantile(QList<double> samples, double q);
};

} // namespace cutover
