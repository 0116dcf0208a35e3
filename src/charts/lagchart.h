// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartstyle.h"
#include "downsampler.h"

#include "model/plan.h"
#include "schedule/scheduler.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace cutover::charts {

/** One series on the lag chart, indexed for per-view downsampling. */
struct LagSeries
{
    QString name;
    QString metric;
    QString unit;
    SeriesIndex index;
    int colorIndex = 0;
};

/** A criterion's threshold drawn as a horizontal line in the panel of its metric's unit. */
struct LagThreshold
{
    QString label;
    QString unit;
    double value = 0.0;
    CriterionAction action = CriterionAction::Rollback;
};

/** A stretch of time during which a series breached a criterion long enough to count. */
struct BreachStretch
{
    int series = -1;
    qint64 from = 0;   ///< first breaching sample, UTC ms
    qint64 to = 0;     ///< last breaching sample of the run, UTC ms
    QString criterion; ///< Criterion::id
};

/** A plan milestone drawn as a vertical line (freeze start, traffic switch, rollback deadline). */
struct TimeMarker
{
    qint64 ms = 0;
    QString label;
    Qt::PenStyle style = Qt::SolidLine;
};

/**
 * Everything the lag chart shows: the plan's imported series (one panel per unit, sharing the
 * time axis), each metric criterion's threshold, the breached stretches, and plan markers.
 */
struct LagChartData
{
    Q_DECLARE_TR_FUNCTIONS(LagChartData)
public:
    /**
     * From the plan's series and criteria (series picked by CriteriaEvaluator::matches). The
     * schedule places the freeze-start, traffic-switch and rollback-deadline markers.
     */
    static LagChartData build(const Plan &plan, const Schedule *schedule = nullptr);

    /**
     * The stretches the criteria evaluator counts as breaches (CriteriaEvaluator::evaluateSeries
     * decides; this only converts its runs): `from`/`to` are each run's first and last
     * breaching points.
     */
    static QList<BreachStretch> breachedStretches(const QList<qint64> &times, const QList<double> &values,
                                                  CompareOp op, double threshold, double forSeconds);

    QString title;
    QTimeZone zone;
    QList<LagSeries> series;
    QList<LagThreshold> thresholds;
    QList<BreachStretch> stretches;
    QList<TimeMarker> markers;

    /** Units in the order panels are stacked. */
    QStringList units() const;
    /** Time range of all series (UTC ms); false if there are no points. */
    bool timeRange(qint64 *t0, qint64 *t1) const;
};

struct LagViewport
{
    qint64 t0 = 0;  ///< UTC ms at the left edge
    qint64 t1 = 0;  ///< ... at the right edge
    bool showTitle = true;
    bool showLegend = true;
};

/** Paints the lag chart; each frame downsamples to the plot's pixel width, so cost is independent of the point count. */
class LagRenderer
{
    Q_DECLARE_TR_FUNCTIONS(LagRenderer)
public:
    static void paint(QPainter *p, const QRectF &rect, const LagChartData &data, const LagViewport &viewport);
    /** Whole time range. */
    static void paint(QPainter *p, const QRectF &rect, const LagChartData &data);
    /** The plot rect (time axis span) for a chart in `rect`, for mapping mouse positions to time. */
    static QRectF plotRect(const QRectF &rect, const LagChartData &data, const LagViewport &viewport);
    /** Points drawn in the last paint (for benchmarks and tests). */
    static qsizetype lastPointCount();
};

} // namespace cutover::charts
