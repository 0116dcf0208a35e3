// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartstyle.h"

#include <QRectF>

class QAbstractAxis;
class QChart;
class QPainter;

namespace cutover::charts {

/**
 * The Qt Charts side of the charts library: one theme for every QChart of the application and
 * one way to paint a QChart into any QPainter (a view's, a PNG's, an SVG's or a PDF page's).
 * Charts are built as QChart objects and drawn through Qt Charts everywhere; this file holds
 * what they share.
 */
class QtCharts
{
public:
    /**
     * The application's chart theme on `chart`: white background without a drop shadow, no
     * animations, ChartStyle's fonts and text colours on the title, legend and every axis
     * attached so far, grid lines in ChartStyle::grid(). Series colours and dashes are set per
     * series (ChartStyle::seriesColor()/seriesDash()), so they stay the same whichever theme
     * Qt Charts would pick.
     */
    static void applyTheme(QChart *chart, const ChartStyle &style);
    /** The theme on one axis (call after adding an axis to a themed chart). */
    static void applyTheme(QAbstractAxis *axis, const ChartStyle &style);

    /**
     * Lays `chart` out at the size of `rect` and paints it there. On a vector painter (PDF,
     * SVG) the result is vector: series, axes and text are drawn as paths and text, not as a
     * bitmap. The chart must not be shown in a view at the same time; it is put into a
     * temporary scene of its own for the call and taken out again afterwards.
     * Needs a QApplication (Qt Charts is built on QGraphicsWidget).
     */
    static void render(QChart *chart, QPainter *painter, const QRectF &rect);
};

} // namespace cutover::charts
