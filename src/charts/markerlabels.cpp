// SPDX-License-Identifier: GPL-3.0-or-later
#include "markerlabels.h"

#include "chartstyle.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <limits>

namespace cutover::charts {

namespace {

/** Beyond this many labels the side of each label is chosen greedily instead of by search. */
constexpr int kSearchLimit = 8;
/** A line this close to a label's edge counts as crossing it. */
constexpr double kTouch = 0.5;

struct Span
{
    double x0 = 0.0;
    double x1 = 0.0;
    bool leftSide = false;
};

/** The places a label may take: right of its line, left of it, or (neither fits) the roomier side, shortened. */
QList<Span> candidates(const MarkerLabel &l, double left, double right, double gap)
{
    const double w = std::max(0.0, l.size.width());
    QList<Span> out;
    if (l.x + gap + w <= right)
        out.append({ l.x + gap, l.x + gap + w, false });
    if (l.x - gap - w >= left)
        out.append({ l.x - gap - w, l.x - gap, true });
    if (out.isEmpty()) {
        const double roomRight = std::max(0.0, right - (l.x + gap));
        const double roomLeft = std::max(0.0, (l.x - gap) - left);
        if (roomRight >= roomLeft)
            out.append({ l.x + gap, l.x + gap + roomRight, false });
        else
            out.append({ l.x - gap - roomLeft, l.x - gap, true });
    }
    return out;
}

struct Trial
{
    QList<int> lanes;
    int laneCount = 0;
    int sumLanes = 0;
    int flips = 0;
    bool complete = true;

    bool betterThan(const Trial &o) const
    {
        if (complete != o.complete)
            return complete;
        if (laneCount != o.laneCount)
            return laneCount < o.laneCount;
        if (flips != o.flips)
            return flips < o.flips;
        return sumLanes < o.sumLanes;
    }
};

/**
 * Lanes for one choice of sides. A label goes above the labels of every marker it spans (their
 * lines end below it), so labels are placed in dependency order, each in the lowest lane that
 * is above those and free of other labels. A cycle (two labels spanning each other's line)
 * makes the trial incomplete: it is then placed anyway, as the best that can be done.
 */
Trial assignLanes(const QList<MarkerLabel> &labels, const QList<Span> &spans, double gap)
{
    const qsizetype n = labels.size();
    QList<QList<qsizetype>> spanned(n);
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = 0; j < n; ++j) {
            if (i != j && spans[i].x1 > spans[i].x0 && labels[j].x > spans[i].x0 - kTouch && labels[j].x < spans[i].x1 + kTouch)
                spanned[i].append(j);
        }
    }
    Trial t;
    t.lanes = QList<int>(n, -1);
    QList<QList<Span>> used;
    for (qsizetype step = 0; step < n; ++step) {
        qsizetype pick = -1;
        for (qsizetype i = 0; i < n && pick < 0; ++i) {
            if (t.lanes[i] >= 0)
                continue;
            const bool ready = std::all_of(spanned[i].cbegin(), spanned[i].cend(), [&](qsizetype j) { return t.lanes[j] >= 0; });
            if (ready)
                pick = i;
        }
        if (pick < 0) {
            t.complete = false;
            for (qsizetype i = 0; i < n && pick < 0; ++i) {
                if (t.lanes[i] < 0)
                    pick = i;
            }
        }
        int lane = 0;
        for (qsizetype j : std::as_const(spanned[pick])) {
            if (t.lanes[j] >= 0)
                lane = std::max(lane, t.lanes[j] + 1);
        }
        const Span &s = spans[pick];
        for (;; ++lane) {
            if (lane >= used.size())
                used.resize(lane + 1);
            const bool free = std::none_of(used[lane].cbegin(), used[lane].cend(),
                                           [&](const Span &o) { return s.x0 < o.x1 + gap && o.x0 < s.x1 + gap; });
            if (free)
                break;
        }
        used[lane].append(s);
        t.lanes[pick] = lane;
        t.laneCount = std::max(t.laneCount, lane + 1);
        t.sumLanes += lane;
    }
    return t;
}

} // namespace

double MarkerLabelPlacement::lineTop(qsizetype i) const
{
    if (i < 0 || i >= rects.size())
        return 0.0;
    return rects[i].center().y() - laneHeight / 2;
}

MarkerLabelPlacement MarkerLabelLayout::layout(const QList<MarkerLabel> &labels, double left, double right, double bottom, double gap)
{
    MarkerLabelPlacement out;
    const qsizetype n = labels.size();
    if (n == 0)
        return out;
    gap = std::max(gap, 1.0);
    double height = 0.0;
    QList<QList<Span>> options;
    for (const MarkerLabel &l : labels) {
        height = std::max(height, l.size.height());
        options.append(candidates(l, left, right, gap));
    }
    out.laneHeight = height + 2.0;

    // Every combination of sides (at most 2^kSearchLimit = 256, about 0.3 ms); preferred sides beyond that.
    QList<int> choice(n, 0);
    QList<int> bestChoice = choice;
    Trial best;
    bool haveBest = false;
    const bool search = n <= kSearchLimit;
    for (;;) {
        QList<Span> spans;
        int flips = 0;
        for (qsizetype i = 0; i < n; ++i) {
            spans.append(options[i][choice[i]]);
            if (choice[i] > 0)
                ++flips; // the right side fitted but the label went left
        }
        Trial t = assignLanes(labels, spans, gap);
        t.flips = flips;
        if (!haveBest || t.betterThan(best)) {
            best = t;
            bestChoice = choice;
            haveBest = true;
        }
        if (!search)
            break;
        qsizetype k = 0;
        while (k < n && choice[k] + 1 >= options[k].size()) {
            choice[k] = 0;
            ++k;
        }
        if (k == n)
            break;
        ++choice[k];
    }

    out.lanes = best.lanes;
    out.laneCount = best.laneCount;
    out.complete = best.complete;
    for (qsizetype i = 0; i < n; ++i) {
        const Span &s = options[i][bestChoice[i]];
        const double h = labels[i].size.height();
        const double laneTop = bottom - (best.lanes[i] + 1) * out.laneHeight;
        out.rects.append(QRectF(s.x0, laneTop + (out.laneHeight - h) / 2, s.x1 - s.x0, h));
    }
    return out;
}

QFont MarkerLabelLayout::font(const ChartStyle &style)
{
    return style.font(0.8);
}

MarkerLabelPlacement MarkerLabelLayout::placeAbove(QRectF *plot, QRectF *band, const QList<double> &xs, const QStringList &texts,
                                                   const ChartStyle &style, int minLanes)
{
    const QFontMetricsF fm(font(style));
    QList<MarkerLabel> labels;
    for (qsizetype i = 0; i < xs.size(); ++i)
        labels.append({ xs[i], QSizeF(fm.horizontalAdvance(texts.value(i)) + style.fontPx * 0.6 + 2, fm.height() + 2) });
    MarkerLabelPlacement placed = layout(labels, plot->left(), plot->right(), 0.0, std::max(3.0, style.fontPx * 0.25));
    const double laneHeight = placed.laneCount > 0 ? placed.laneHeight : fm.height() + 4.0;
    const double height = std::max(placed.laneCount, minLanes) * laneHeight;
    *band = QRectF();
    if (height > 0) {
        *band = QRectF(plot->left(), plot->top(), plot->width(), height + 2);
        for (QRectF &r : placed.rects)
            r.translate(0, band->bottom());
        plot->setTop(band->bottom());
    }
    return placed;
}

void MarkerLabelLayout::paint(QPainter *p, const MarkerLabelPlacement &placement, const QList<double> &xs, const QStringList &texts,
                              const ChartStyle &style)
{
    p->setFont(font(style));
    for (qsizetype i = 0; i < placement.rects.size(); ++i) {
        const QRectF box = placement.rects[i];
        if (box.width() < 4)
            continue;
        p->fillRect(box, QColor(255, 255, 255, 235));
        p->setPen(ChartStyle::text());
        const bool leftOfLine = box.right() <= xs.value(i);
        ChartStyle::drawElided(p, box.adjusted(style.fontPx * 0.3, 0, -style.fontPx * 0.3, 0),
                               (leftOfLine ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, texts.value(i));
    }
}

} // namespace cutover::charts
