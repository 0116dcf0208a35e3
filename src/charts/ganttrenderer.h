// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartstyle.h"
#include "ganttdata.h"
#include "markerlabels.h"

#include <QCoreApplication>
#include <QPen>
#include <QPointF>
#include <QRectF>

class QPainter;

namespace cutover::charts {

/** What part of the timeline is shown: a time span, a vertical scroll position, a selection. */
struct GanttViewport
{
    double t0 = 0.0;          ///< minutes since plan start at the left edge of the plot
    double t1 = 60.0;         ///< ... at the right edge
    double firstRow = 0.0;    ///< rows scrolled off the top (fractional)
    double rowHeight = 0.0;   ///< 0 = the style's default
    int selectedBar = -1;
    int hoverBar = -1;
    bool showTitle = true;
    bool showLegend = true;
    /** Reserve at least this many marker-label lanes (a view keeps its rows still while panning). */
    int minMarkerLanes = 0;
};

/** A labelled vertical line on the timeline: window edges, freeze, traffic switch, deadlines. */
struct GanttMarker
{
    double at = 0.0;   ///< minutes since plan start
    QPen pen;
    QString text;      ///< "window opens 22:00"
};

/**
 * Geometry of the timeline in a rect: the label column on the left, the time axis on top, the
 * marker labels in lanes below the axis, the plot, the legend below. The view uses it for hit-testing, the renderer for drawing, the
 * tests to check bar positions against the schedule.
 */
class GanttLayout
{
public:
    GanttLayout(const GanttData &data, const GanttViewport &viewport, const QRectF &rect, const ChartStyle &style);

    /** Whole timeline in the rect: all bars in time; rows shrink down to a minimum to fit. */
    static GanttViewport fitAll(const GanttData &data, const QRectF &rect, const ChartStyle &style);

    double x(double minutes) const;
    double minutesAt(double x) const;
    double rowTop(int row) const;
    double rowHeight() const { return m_rowHeight; }
    /** The bar's rect (milestones and gates: the diamond's bounding square). */
    QRectF barRect(int bar) const;
    int rowAt(double y) const;
    /** The bar under the point (within its row), or -1. */
    int barAt(const QPointF &pos) const;
    /** How many rows fit in the plot. */
    double visibleRowCount() const { return m_plot.height() / m_rowHeight; }

    QRectF titleRect;
    QRectF labelColumn;
    QRectF axisRect;
    QRectF legendRect;
    /** The band between the axis and the plot holding the marker labels (empty without markers in view). */
    QRectF markerBand;
    /** The markers in view and their label rects (MarkerLabelLayout: beside their line, never over a line). */
    QList<GanttMarker> markers;
    MarkerLabelPlacement markerLabels;
    const QRectF &plot() const { return m_plot; }
    int firstVisibleRow = 0;
    int lastVisibleRow = -1;   ///< inclusive

private:
    const GanttData &m_data;
    GanttViewport m_view;
    QRectF m_plot;
    double m_rowHeight = 20.0;
};

/** Paints the Gantt timeline; the same code serves the view, PNG/SVG export and the PDF report. */
class GanttRenderer
{
    Q_DECLARE_TR_FUNCTIONS(GanttRenderer)
public:
    static void paint(QPainter *p, const QRectF &rect, const GanttData &data, const GanttViewport &viewport);
    /** Paints the whole timeline fitted to the rect. */
    static void paint(QPainter *p, const QRectF &rect, const GanttData &data);
};

} // namespace cutover::charts
