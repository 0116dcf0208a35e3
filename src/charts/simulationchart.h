// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartstyle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QList>
#include <QPointF>
#include <QString>

#include <limits>

namespace cutover::charts {

/** A simulated outcome (finish or downtime, minutes): histogram, S-curve and percentiles. */
struct OutcomeDistribution
{
    static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

    /**
     * From raw samples: `bins` equal-width bins over [min, max], percentiles by nearest rank
     * (the smallest sample with at least q·n samples at or below it), the S-curve as the
     * empirical CDF thinned to at most 400 points. `limit` (NaN = none) is the window's end
     * in the same unit; probabilityWithinLimit counts samples ≤ limit.
     */
    static OutcomeDistribution fromSamples(QList<double> samples, int bins, double limit = kNone);

    QString title;
    QString axisLabel;
    double binStart = 0.0;
    double binWidth = 1.0;
    QList<int> counts;
    int total = 0;
    double mean = kNone;
    double p50 = kNone;
    double p80 = kNone;
    double p95 = kNone;
    double deterministic = kNone;  ///< the schedule's value with likely durations
    double limit = kNone;          ///< window end (finish) or allowed downtime
    QString limitLabel;
    double probabilityWithinLimit = kNone; ///< 0..1
    QList<QPointF> sCurve;         ///< (value, cumulative share 0..1), ascending
    /** When valid, values are minutes after this moment and are labelled as clock times in `zone`. */
    QDateTime origin;
    QTimeZone zone;

    /** A value as the chart labels it: "01:28" with an origin, else "1 h 28 min". */
    QString valueText(double v) const;

    bool isEmpty() const { return total == 0; }
};

/** Criticality index of one task: share of runs in which it was on the critical path. */
struct CriticalityBar
{
    QString id;
    QString label;
    double index = 0.0; ///< 0..1
};

/** Downtime (or finish) when one task is at its low vs high estimate, everything else as simulated. */
struct TornadoBar
{
    QString id;
    QString label;
    double low = 0.0;
    double high = 0.0;
};

/** What the simulation view and report show. */
struct SimulationChartData
{
    QString title;
    int iterations = 0;
    OutcomeDistribution finish;
    OutcomeDistribution downtime;
    QList<CriticalityBar> criticality;   ///< sorted by index, highest first
    QList<TornadoBar> tornado;           ///< sorted by swing, largest first
    double tornadoBase = std::numeric_limits<double>::quiet_NaN(); ///< median downtime
};

/** Renderers for the simulation charts; each paints into any QPainter (style: sizes, default from the rect). */
class SimulationRenderer
{
    Q_DECLARE_TR_FUNCTIONS(SimulationRenderer)
public:
    /** Histogram with its S-curve on a 0–100 % axis, P50/P80/P95 and the limit as labelled lines. */
    static void paintDistribution(QPainter *p, const QRectF &rect, const OutcomeDistribution &d, const ChartStyle *style = nullptr);
    /** Horizontal bars of the criticality index, highest first (as many as fit). */
    static void paintCriticality(QPainter *p, const QRectF &rect, const QList<CriticalityBar> &bars, const ChartStyle *style = nullptr);
    /** Tornado: for each task the swing of downtime between its low and high estimate. */
    static void paintTornado(QPainter *p, const QRectF &rect, const QList<TornadoBar> &bars, double base, const ChartStyle *style = nullptr);
    /** The four charts in a 2×2 grid under a title. */
    static void paint(QPainter *p, const QRectF &rect, const SimulationChartData &data);
};

} // namespace cutover::charts
