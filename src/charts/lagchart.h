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
    QString id;         ///< MetricSeries::id
    QString name;
    QString metric;
    QString unit;
    QString source;     ///< the file it was imported from
    QString label;      ///< legend text, unique within the plan (see LagChartData::legendLabels)
    SeriesIndex index;
    int colorIndex = 0; ///< colour and dash (ChartStyle::seriesColor/seriesDash)
};

/**
 * A criterion's threshold drawn as a horizontal line in the panel of its metric's unit: thin,
 * in the action's colour, with ticks on the breaching side and its rule written at the right
 * end, so it never looks like a data series (also in greyscale).
 */
struct LagThreshold
{
    QString label;      ///< "> 30 s for 5 min · roll back: Replication lag"
    QString unit;
    double value = 0.0;
    CompareOp op = CompareOp::Greater;
    CriterionAction action = CriterionAction::Rollback;
    QList<int> series;  ///< indices into LagChartData::series the criterion applies to
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

    /**
     * Legend texts that tell every series apart: the name, "name · metric" where a name occurs
     * more than once, then "· source file" where that is still ambiguous, and finally a
     * number ("(2)") for true duplicates.
     */
    static QStringList legendLabels(const QList<LagSeries> &series);

    /** Indices of the series some metric criterion applies to, in series order. */
    QList<int> criterionSeries() const;
    /** MetricSeries::id of every series, in series order (for SeriesSelection). */
    QStringList seriesIds() const;
    /**
     * Series whose name or metric matches any of the wildcard patterns ("pg-*", "*lag*";
     * case-insensitive). `unmatched` receives the patterns that matched nothing.
     */
    QList<int> seriesMatching(const QStringList &patterns, QStringList *unmatched = nullptr) const;
    /**
     * The chart with only these series (indices into `series`, any order; others dropped):
     * thresholds whose series are all hidden and their stretches go too. Colours and dashes
     * are dealt out again in order, so the drawn series get the most distinct ones.
     */
    LagChartData selected(const QList<int> &indices) const;

    QString title;
    QTimeZone zone;
    int totalSeries = 0;       ///< series in the plan (more than `series` after selected())
    QList<LagSeries> series;
    QList<LagThreshold> thresholds;
    QList<BreachStretch> stretches;
    QList<TimeMarker> markers;

    /** Units in the order of their value axes (left, right, left, ...). */
    QStringList units() const;
    /** Time range of all series (UTC ms); false if there are no points. */
    bool timeRange(qint64 *t0, qint64 *t1) const;
};

/** The time window a lag chart shows (LagQChart), and whether title and legend are drawn. */
struct LagViewport
{
    qint64 t0 = 0;  ///< UTC ms at the left edge
    qint64 t1 = 0;  ///< ... at the right edge
    bool showTitle = true;
    bool showLegend = true;
};

} // namespace cutover::charts
