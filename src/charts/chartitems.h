// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartstyle.h"
#include "markerlabels.h"

#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QPen>
#include <QString>

#include <functional>
#include <memory>

class QAbstractSeries;
class QChart;

namespace cutover::charts {

/**
 * A drawing over a whole QChart, for what Qt Charts has no element for (marker labels, panel
 * headers, empty-state messages). A child of the chart: it moves and paints with it, in a view,
 * a PNG, an SVG or a PDF page alike, and reads the chart's plot area when it paints, so it
 * always matches the chart's current layout.
 */
class ChartOverlayItem : public QGraphicsItem
{
public:
    explicit ChartOverlayItem(QChart *chart);
    QRectF boundingRect() const override;

protected:
    QChart *chart() const { return m_chart; }

private:
    QChart *m_chart;
};

/** A word-wrapped message centred on the chart's plot area: the empty state ("No simulation results yet."). */
class ChartMessageItem : public ChartOverlayItem
{
public:
    ChartMessageItem(QChart *chart, const QString &text, const ChartStyle &style);
    const QString &text() const { return m_text; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_text;
    ChartStyle m_style;
};

/** One line of a ChartHeaderItem. */
struct ChartHeaderLine
{
    QString text;
    QFont font;
    QColor color;
};

/** Lines of text from the chart's top margin down (a panel's title and summary), centred. */
class ChartHeaderItem : public ChartOverlayItem
{
public:
    ChartHeaderItem(QChart *chart, QList<ChartHeaderLine> lines, double top);
    const QList<ChartHeaderLine> &lines() const { return m_lines; }
    /** Height the lines take. */
    static double height(const QList<ChartHeaderLine> &lines);
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QList<ChartHeaderLine> m_lines;
    double m_top;
};

/** A vertical marker line of a chart (its line is a series) and the label beside it. */
struct ChartMarker
{
    double x = 0.0;   ///< in the series' x units
    QPen pen;
    QString label;
};

/**
 * The labels of a chart's vertical marker lines in lanes of a band just above the plot area,
 * laid out by MarkerLabelLayout (beside their own line, never overlapping, never covering
 * another marker's line); each line is continued from the plot's top up to its own label's
 * lane. The chart must leave the band free (top margin at least bandHeight()).
 */
class MarkerLabelsItem : public ChartOverlayItem
{
public:
    MarkerLabelsItem(QChart *chart, QAbstractSeries *series, QList<ChartMarker> markers, const ChartStyle &style);
    const QList<ChartMarker> &markers() const { return m_markers; }
    /** The markers' x in chart coordinates, for the chart's current layout. */
    QList<double> positions() const;
    /** Where the labels go in the chart's current layout (chart coordinates). */
    MarkerLabelPlacement placement() const;
    /** Height to leave above the plot for `count` labels (one lane each at most). */
    static double bandHeight(qsizetype count, const ChartStyle &style);
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QAbstractSeries *m_series;
    QList<ChartMarker> m_markers;
    ChartStyle m_style;
};

/**
 * A bar chart of `count` rows showing as many as its plot has room for at `size`, `rowHeight`
 * each: built by `build(fit)` for the `estimate`, laid out at `size` to measure the plot
 * (title, axes and legend are Qt Charts' to place), and built again for the measured count if
 * that shows other rows. If only the room differs, the bars keep their thickness: each bar
 * series' width is scaled by min(1, rows/fit) (what `build` is expected to do for `fit`).
 */
std::unique_ptr<QChart> fitBarRows(const QSizeF &size, double rowHeight, int estimate, int count,
                                   const std::function<std::unique_ptr<QChart>(int fit)> &build);

} // namespace cutover::charts
