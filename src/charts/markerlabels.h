// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QStringList>

class QPainter;

namespace cutover::charts {

class ChartStyle;

/** A vertical marker line at `x` and the size its label needs. */
struct MarkerLabel
{
    double x = 0.0;
    QSizeF size;
};

/** Where the labels of MarkerLabelLayout::layout() go. */
struct MarkerLabelPlacement
{
    QList<QRectF> rects;    ///< one per input label, in input order; may be narrower than asked (elide the text)
    QList<int> lanes;       ///< lane of each label; 0 is the lane next to the plot
    int laneCount = 0;
    double laneHeight = 0.0;
    /**
     * False only when no arrangement meets every rule (labels too wide for the plot, e.g. one
     * forced to the right at the left edge spanning one forced to the left at the right edge);
     * the labels then still do not overlap, but one may cover another marker's line.
     */
    bool complete = true;
    /** Height of the header band that holds every lane. */
    double height() const { return laneCount * laneHeight; }
    /** Where marker i's line should end at the top: the top of its label's lane. */
    double lineTop(qsizetype i) const;
};

/**
 * Lays out the labels of vertical marker lines (window, freeze, deadlines, ...) in lanes of a
 * header band above a plot. Pure geometry, so it can be tested without painting.
 *
 * Rules: each label sits `gap` pixels beside its own line, right of it, or left of it where
 * the right side would run past the plot's right edge (or would cost an extra lane); a
 * marker's line runs from the plot up to its own label's lane and no further. Labels never
 * overlap each other, never cover their own line and never cover another marker's line: a
 * label that spans another marker's x goes to a higher lane than that marker's label. The
 * same input always gives the same result. Up to 8 labels every left/right choice is tried
 * (fewest lanes, then fewest labels moved left); beyond that each label takes its preferred
 * side (right unless it would run past the edge) and only the lanes are optimised.
 */
class MarkerLabelLayout
{
public:
    /**
     * `left`/`right`: the plot's horizontal extent; `bottom`: the y where lane 0 ends (the
     * plot's top); lanes grow upwards from there. Markers should lie within [left, right].
     */
    static MarkerLabelPlacement layout(const QList<MarkerLabel> &labels, double left, double right, double bottom, double gap = 4.0);

    /** The labels' font in charts of this style. */
    static QFont font(const ChartStyle &style);
    /**
     * The band of labelled lines above a chart's plot, as the timeline and the lag chart draw
     * it: `texts[i]` labels the line at `xs[i]`; the band takes at least `minLanes` lanes. The
     * plot's top moves down below the band, `band` receives the band's rect (null without
     * lanes), and the placement's rects are in the same coordinates as the plot.
     */
    static MarkerLabelPlacement placeAbove(QRectF *plot, QRectF *band, const QList<double> &xs, const QStringList &texts,
                                           const ChartStyle &style, int minLanes = 0);
    /** Paints placed labels: a white box beside each line with the (elided) text. */
    static void paint(QPainter *p, const MarkerLabelPlacement &placement, const QList<double> &xs, const QStringList &texts,
                      const ChartStyle &style);
};

} // namespace cutover::charts
