// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartstyle.h"

#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

namespace cutover::charts {

/** One legend entry: a swatch drawn the way the chart draws that thing, and its label. */
struct LegendItem
{
    enum class Shape { Box, Line, Diamond };
    Shape shape = Shape::Box;
    QBrush brush;
    QPen pen;
    QString label;
    QBrush overlay = Qt::NoBrush; ///< hatch drawn over the box (critical bars, breaches)
};

/** A legend laid out in rows below a chart, so it never covers data. */
class Legend
{
public:
    Legend(QList<LegendItem> items, const ChartStyle &style);
    /** Height needed to lay the items out within `width`. */
    double height(double width) const;
    void paint(QPainter *p, const QRectF &rect) const;

private:
    QList<QRectF> layout(const QRectF &rect) const;
    QList<LegendItem> m_items;
    ChartStyle m_style;
};

/** Places labels of vertical markers so they do not overlap: each goes to the first free line. */
class LabelStacker
{
public:
    explicit LabelStacker(double top, double lineHeight) : m_top(top), m_line(lineHeight) {}
    /** The rect for a label `width` wide starting at x (clamped into [left, right]). */
    QRectF place(double x, double width, double left, double right);

private:
    double m_top;
    double m_line;
    QList<QList<QPair<double, double>>> m_used;
};

} // namespace cutover::charts
