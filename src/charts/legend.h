// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartstyle.h"

#include <QCoreApplication>
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

/**
 * A legend below a chart, so it never covers data. By default the items flow in rows; with
 * setBounded() they go in equal columns and never take more than a given height: items that
 * do not fit are summed up in a last cell "+N more".
 */
class Legend
{
    Q_DECLARE_TR_FUNCTIONS(Legend)
public:
    Legend(QList<LegendItem> items, const ChartStyle &style);
    /** Columns, at most `maxHeight` tall (at least one row is always shown). */
    void setBounded(double maxHeight);
    /** Height needed to lay the items out within `width`. */
    double height(double width) const;
    /** How many items are drawn within `width`; the others are counted in "+N more". */
    qsizetype shownCount(double width) const;
    void paint(QPainter *p, const QRectF &rect) const;

private:
    struct Layout
    {
        QList<QRectF> cells;   ///< one per shown item
        QRectF more;           ///< the "+N more" cell, if any
    };
    Layout layout(const QRectF &rect) const;
    double naturalWidth(const LegendItem &item) const;
    QList<LegendItem> m_items;
    ChartStyle m_style;
    double m_maxHeight = -1.0;
};

} // namespace cutover::charts
