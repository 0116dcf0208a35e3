// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lagchart.h"
#include "markerlabels.h"
#include "timeaxis.h"

#include <QChart>
#include <QCoreApplication>
#include <QHash>

class QDateTimeAxis;
class QGraphicsSceneResizeEvent;
class QLineSeries;
class QValueAxis;

namespace cutover::charts {

class LagOverlayItem;

/**
 * The lag chart on Qt Charts: a QDateTimeAxis (range in the plan's zone; its ticks are round
 * local times with the date where the day changes, from TimeAxis) shared by one
 * QValueAxis per unit (the first on the left, the second on the right, and so on), one
 * QLineSeries per gap-free stretch of each drawn series (the legend shows one entry per
 * series), thresholds as dashed QLineSeries. Breached stretches (hatched), plan markers with
 * their labels in lanes above the plot (MarkerLabelLayout), the thresholds' ticks and rules,
 * the title and the bounded legend are QGraphicsItems on the chart, placed from the same
 * geometry.
 *
 * The series never hold more than about two points per pixel column: every viewport change and
 * resize queries each series' min/max index for the visible window (SeriesIndex::query) and
 * pushes the result with QXYSeries::replace(), so a frame costs the same with 10M points loaded
 * as with 4,000.
 */
class LagQChart : public QChart
{
    Q_OBJECT
public:
    explicit LagQChart(QGraphicsItem *parent = nullptr);
    ~LagQChart() override;

    /** New data: series, axes and items rebuilt; the viewport is kept (see fitAll()). */
    void setData(const LagChartData &data);
    const LagChartData &data() const { return m_data; }
    /** The shown time window and whether title and legend are drawn. */
    void setViewport(const LagViewport &viewport);
    const LagViewport &viewport() const { return m_view; }
    /** The whole time range of the data with a small margin (the "Home" view). */
    static LagViewport wholeRange(const LagChartData &data);

    /** The plot area for a chart in `rect` (what setPlotArea() gets). */
    static QRectF plotRect(const QRectF &rect, const LagChartData &data, const LagViewport &viewport);
    /** Where the legend goes (at most kLegendShare of the chart's height; empty without a legend). */
    static QRectF legendRect(const QRectF &rect, const LagChartData &data, const LagViewport &viewport);
    /** Share of the chart's height the legend may take at most. */
    static constexpr double kLegendShare = 0.2;

    /** Paints the chart of `data` into any painter (image, SVG, PDF page) through QtCharts::render(). */
    static void paint(QPainter *painter, const QRectF &rect, const LagChartData &data, const LagViewport &viewport);
    /** Whole time range, titled, with the legend. */
    static void paint(QPainter *painter, const QRectF &rect, const LagChartData &data);

    // Inspection (tests, benchmarks, the view's tooltip).
    /** The line series of drawn series `series` (index into data().series), one per gap-free stretch in view. */
    QList<QLineSeries *> segments(int series) const;
    /** The threshold line of data().thresholds[i]. */
    QLineSeries *thresholdSeries(int i) const;
    QDateTimeAxis *timeAxis() const { return m_timeAxis; }
    /** The value axis of a unit (nullptr if no drawn series has it). */
    QValueAxis *valueAxis(const QString &unit) const { return m_valueAxes.value(unit); }
    /** Points held by all series' segments in the current frame. */
    qsizetype pointCount() const;
    /** Columns the visible window is reduced to (each about two pixels wide). */
    int columns() const { return m_columns; }
    /** The time axis' ticks of the current frame (round times in the plan's zone, drawn by the overlay). */
    const QList<TimeTick> &timeTicks() const { return m_ticks; }
    /** The hatched rectangles of the breached stretches in view, in chart coordinates. */
    QList<QRectF> breachRects() const;
    /** The time (UTC ms) at chart x, and back. */
    qint64 timeAt(double x) const;
    double xOf(qint64 ms) const;
    /**
     * The drawn point nearest to `pos` (chart coordinates) within `radius` pixels: its series
     * (index into data().series), time and value. False if none is that close.
     */
    bool nearestPoint(const QPointF &pos, double radius, int *series, qint64 *ms, double *value) const;

protected:
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;

private:
    friend class LagOverlayItem;
    struct Frame
    {
        QRectF rect;
        QRectF plot;
        QRectF legend;
        QRectF title;
        QList<int> markers;          ///< indices into data().markers in view, in the order of markerLabels
        QStringList markerTexts;
        MarkerLabelPlacement markerLabels;
        double axisWidth = 0;
    };
    static Frame frameFor(const QRectF &rect, const LagChartData &d, const LagViewport &v);
    void rebuild();
    void relabel();
    void updateShift();
    void refresh();
    QLineSeries *newSegment(int series);
    double yOf(const QString &unit, double value) const;

    LagChartData m_data;
    LagViewport m_view;
    Frame m_frame;
    int m_columns = 0;
    double m_fontPx = 0.0;                      ///< the style the axes and thresholds were themed with
    QList<TimeTick> m_ticks;
    qint64 m_shiftMs = 0;                       ///< added to UTC ms on the date-time axis so it shows the plan's zone
    QDateTimeAxis *m_timeAxis = nullptr;
    QHash<QString, QValueAxis *> m_valueAxes;
    QList<QList<QLineSeries *>> m_segments;     ///< per drawn series: its pool of segment series
    QList<qsizetype> m_usedSegments;            ///< per drawn series: how many of the pool hold points
    QList<QLineSeries *> m_thresholds;
    LagOverlayItem *m_under = nullptr;          ///< hatching, under the series
    LagOverlayItem *m_over = nullptr;           ///< markers, threshold rules, title, legend, messages
};

} // namespace cutover::charts
