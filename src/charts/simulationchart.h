// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartstyle.h"

#include "model/plan.h"
#include "schedule/montecarlo.h"
#include "schedule/scheduler.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QList>
#include <QPointF>
#include <QString>

#include <limits>
#include <memory>

class QChart;

namespace cutover::charts {

/** A simulated outcome (finish or downtime, minutes): histogram, S-curve and percentiles. */
struct OutcomeDistribution
{
    static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

    /**
     * From raw samples: `bins` equal-width bins over [min, max], percentiles by nearest rank
     * (the smallest sample with at least q·n samples at or below it), the S-curve as the
     * empirical CDF thinned to at most 400 points. `limit` (NaN = none) is the window's end
     * in the same unit; `probability` is then the share of samples ≤ limit.
     */
    static OutcomeDistribution fromSamples(QList<double> samples, int bins, double limit = kNone);
    /** From the Monte Carlo engine's histogram, S-curve and percentiles (no probability set). */
    static OutcomeDistribution fromSimulation(const Distribution1D &distribution, const Percentiles &percentiles);

    QString title;
    QString axisLabel;
    QList<double> binEdges;        ///< counts.size() + 1 ascending edges
    QList<int> counts;
    int total = 0;
    double mean = kNone;
    double p50 = kNone;
    double p80 = kNone;
    double p95 = kNone;
    double deterministic = kNone;  ///< the schedule's value with likely durations
    double limit = kNone;          ///< e.g. the window's end, drawn as a heavy line
    QString limitLabel;
    double probability = kNone;    ///< 0..1, shown as "<probability> <probabilityLabel>"
    QString probabilityLabel;      ///< e.g. "fit the window"
    QString emptyText;             ///< shown when there are no samples
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
    double rankCorrelation = 0.0;
    QString id;
    QString label;
    double low = 0.0;
    double high = 0.0;
};

/** What the simulation view and report show. */
struct SimulationChartData
{
    Q_DECLARE_TR_FUNCTIONS(SimulationChartData)
public:
    /**
     * From a simulation of `plan`: finish (as clock times, with the window's end and the
     * probability of fitting the window), downtime (with the deterministic downtime), the
     * criticality of every task, and a tornado of the `tornadoTasks` tasks with the strongest
     * rank correlation: mean downtime (or finish, without the marks) over the runs where the
     * task drew its fastest tenth versus its slowest tenth.
     */
    static SimulationChartData build(const Plan &plan, const Schedule &schedule, const SimulationResult &result, int tornadoTasks = 10);

    QString title;
    int iterations = 0;
    OutcomeDistribution finish;
    OutcomeDistribution downtime;
    QList<CriticalityBar> criticality;   ///< sorted by index, highest first
    QList<TornadoBar> tornado;           ///< sorted by swing, largest first
    double tornadoBase = std::numeric_limits<double>::quiet_NaN(); ///< mean of the target over all runs
    QString tornadoTarget;               ///< "downtime" or "finish"
};

/**
 * The simulation charts on Qt Charts: each is built as a QChart (for a QChartView) and each
 * paint function builds that chart and paints it into any QPainter through QtCharts::render()
 * (a widget's, a PNG's, an SVG's or a PDF page's; vector on PDF and SVG). Style: sizes, by
 * default from the rect.
 */
class SimulationRenderer
{
    Q_DECLARE_TR_FUNCTIONS(SimulationRenderer)
public:
    /**
     * The distribution as a QChart for a panel of `size` (its summary wraps to that width): the
     * histogram as an area series ("histogram") on the left count axis, the S-curve as a line
     * series ("sCurve") on the right 0–100 % axis, P50/P80/P95, the limit and the plan's value
     * as vertical line series ("P50", "P80", "P95", "limit", "plan"; object names) labelled by
     * a MarkerLabelsItem above the plot, title and summary in a ChartHeaderItem. Without
     * samples: the title and a ChartMessageItem.
     */
    static std::unique_ptr<QChart> distributionChart(const OutcomeDistribution &d, const ChartStyle &style, const QSizeF &size);
    /**
     * Horizontal stacked bars of the criticality index in percent, highest first from the top,
     * as many as fit `size`; two sets: at least half the runs (hatched, outlined) and fewer.
     */
    static std::unique_ptr<QChart> criticalityChart(const QList<CriticalityBar> &bars, const ChartStyle &style, const QSizeF &size);
    /**
     * Tornado as horizontal bars from the mean of all runs (0 on the axis, labelled in the
     * target's minutes): per task its fastest tenth (solid) and its slowest tenth (hatched),
     * as many tasks as fit `size`, and the mean as a vertical line series.
     */
    static std::unique_ptr<QChart> tornadoChart(const SimulationChartData &data, const ChartStyle &style, const QSizeF &size);
    /** The style of the four panels in a view or image of `size` (a little smaller type). */
    static ChartStyle panelStyle(const QSizeF &size);
    /** "Simulation: <plan>" and "<n> simulated runs", above the four panels. */
    static QString title(const SimulationChartData &data);
    static QString subtitle(const SimulationChartData &data);
    /** Histogram with its S-curve on a 0–100 % axis, P50/P80/P95 and the limit as labelled lines. */
    static void paintDistribution(QPainter *p, const QRectF &rect, const OutcomeDistribution &d, const ChartStyle *style = nullptr);
    /** Horizontal bars of the criticality index, highest first (as many as fit). */
    static void paintCriticality(QPainter *p, const QRectF &rect, const QList<CriticalityBar> &bars, const ChartStyle *style = nullptr);
    /** Tornado: for each task the swing of downtime between its low and high estimate. */
    static void paintTornado(QPainter *p, const QRectF &rect, const SimulationChartData &data, const ChartStyle *style = nullptr);
    /** The x range a distribution chart shows, before padding. */
    struct Range
    {
        double x0 = 0, x1 = 0;
        bool limitOffScale = false; ///< the limit is too far away to share the axis: an edge note instead
    };
    /**
     * The samples' range, widened to the deterministic value and to the limit unless the limit
     * is more than half the samples' span away from them (a window end hours before the finish would
     * squash the histogram into a sliver; it is then named at the plot's edge with an arrow).
     */
    static Range distributionRange(const OutcomeDistribution &d);
    /** The four charts in a 2×2 grid under a title. */
    static void paint(QPainter *p, const QRectF &rect, const SimulationChartData &data);
};

} // namespace cutover::charts
