// SPDX-License-Identifier: GPL-3.0-or-later
#include "lagchart.h"

#include "legend.h"
#include "markerlabels.h"
#include "criteria/criteriaevaluator.h"
#include "model/durationtext.h"
#include "model/enumnames.h"
#include "timeaxis.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>

#include <algorithm>
#include <atomic>
#include <cmath>

namespace cutover::charts {

namespace {

std::atomic<qsizetype> g_lastPoints { 0 };

QColor breachFill()
{
    return QColor(0xD5, 0x5E, 0x00, 45);
}

QBrush breachHatch()
{
    return QBrush(QColor(0xD5, 0x5E, 0x00, 150), Qt::BDiagPattern);
}

QList<LegendItem> legendItems(const LagChartData &d)
{
    QList<LegendItem> items;
    // The breach hatching first: it must not be the entry that "+N more" swallows.
    if (!d.stretches.isEmpty())
        items.append({ LegendItem::Shape::Box, breachFill(), QPen(ChartStyle::vermillion(), 1), LagRenderer::tr("Breached (hatched)"),
                       breachHatch() });
    // Thresholds are not listed: each carries its rule written on the line.
    for (const LagSeries &s : d.series) {
        QPen pen(ChartStyle::seriesColor(s.colorIndex), 3, ChartStyle::seriesDash(s.colorIndex));
        items.append({ LegendItem::Shape::Line, {}, pen, s.unit.isEmpty() ? s.label : QStringLiteral("%1 (%2)").arg(s.label, s.unit) });
    }
    return items;
}

Legend legendFor(const LagChartData &d, const ChartStyle &style, double chartHeight)
{
    Legend legend(legendItems(d), style);
    legend.setBounded(chartHeight * LagRenderer::kLegendShare);
    return legend;
}

QColor actionColor(CriterionAction action)
{
    switch (action) {
    case CriterionAction::Rollback: return ChartStyle::vermillion();
    case CriterionAction::Hold: return ChartStyle::orange();
    case CriterionAction::Warn: return ChartStyle::mutedText();
    }
    return ChartStyle::black();
}

bool breachesUpwards(CompareOp op)
{
    return op == CompareOp::Greater || op == CompareOp::GreaterOrEqual;
}

/**
 * A shell-style wildcard as an anchored regular expression: * and ? match any text ("/"
 * included, unlike QRegularExpression's file-path conversion in Qt 6.4), [...] a set.
 */
QString wildcardRegex(const QString &pattern)
{
    QString re = QStringLiteral("\\A(?:");
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == u'*') {
            re += QStringLiteral(".*");
        } else if (c == u'?') {
            re += QStringLiteral(".");
        } else if (c == u'[') {
            const qsizetype close = pattern.indexOf(u']', i + 2);
            if (close < 0) {
                re += QStringLiteral("\\[");
                continue;
            }
            QString set = pattern.mid(i + 1, close - i - 1);
            const bool negate = set.startsWith(u'!');
            if (negate)
                set.remove(0, 1);
            set.replace(QStringLiteral("\\"), QStringLiteral("\\\\"));
            re += (negate ? QStringLiteral("[^") : QStringLiteral("[")) + set + QStringLiteral("]");
            i = close;
        } else {
            re += QRegularExpression::escape(QString(c));
        }
    }
    return re + QStringLiteral(")\\z");
}

double titleBlock(const ChartStyle &s)
{
    return QFontMetricsF(s.font(1.25, true)).height() + s.fontPx * 0.2 + QFontMetricsF(s.font(0.9)).height() + s.fontPx * 0.4;
}

struct Frame
{
    QRectF plot;
    QRectF legend;
    QRectF title;
    QRectF markerBand;
    QList<const TimeMarker *> markers;  ///< those in view, in the order of markerLabels
    QStringList markerTexts;
    MarkerLabelPlacement markerLabels;
    double axisWidth = 0;
};

Frame frameFor(const QRectF &rect, const LagChartData &d, const LagViewport &v, const ChartStyle &style)
{
    Frame f;
    QRectF body = rect.adjusted(style.margin, style.margin, -style.margin, -style.margin);
    if (v.showTitle) {
        f.title = QRectF(body.left(), body.top(), body.width(), titleBlock(style));
        body.setTop(f.title.bottom());
    }
    if (v.showLegend) {
        const double h = legendFor(d, style, rect.height()).height(body.width());
        f.legend = QRectF(body.left(), body.bottom() - h, body.width(), h);
        body.setBottom(f.legend.top() - style.fontPx * 0.5);
    }
    const QFontMetricsF fm(style.font(0.85));
    f.axisWidth = fm.horizontalAdvance(QStringLiteral("-00000 ms")) + 6;
    const double axisHeight = fm.height() * 2.3;
    f.plot = QRectF(body.left() + f.axisWidth, body.top() + fm.height() * 0.5, body.width() - f.axisWidth,
                    body.height() - axisHeight - fm.height() * 0.5);

    // Plan markers: labels in lanes above the plot, beside their lines (MarkerLabelLayout).
    if (v.t1 > v.t0 && !d.series.isEmpty()) {
        QList<double> xs;
        for (const TimeMarker &m : d.markers) {
            if (m.ms < v.t0 || m.ms > v.t1)
                continue;
            xs.append(f.plot.left() + double(m.ms - v.t0) / double(v.t1 - v.t0) * f.plot.width());
            f.markers.append(&m);
            f.markerTexts.append(m.label + QStringLiteral(" ") + QDateTime::fromMSecsSinceEpoch(m.ms, d.zone).toString(QStringLiteral("HH:mm")));
        }
        f.markerLabels = MarkerLabelLayout::placeAbove(&f.plot, &f.markerBand, xs, f.markerTexts, style);
    }
    return f;
}

} // namespace

QList<BreachStretch> LagChartData::breachedStretches(const QList<qint64> &times, const QList<double> &values, CompareOp op,
                                                     double threshold, double forSeconds)
{
    MetricSeries series;
    series.times = times;
    series.values = values;
    QList<BreachStretch> out;
    for (const BreachRun &run : CriteriaEvaluator::evaluateSeries(series, op, threshold, forSeconds).runs)
        out.append({-1, run.from, run.to, {}});
    return out;
}

LagChartData LagChartData::build(const Plan &plan, const Schedule *schedule)
{
    LagChartData d;
    d.title = plan.name;
    d.zone = plan.displayZone();
    for (qsizetype i = 0; i < plan.series.size(); ++i) {
        const MetricSeries &m = plan.series[i];
        LagSeries s;
        s.id = m.id;
        s.name = m.name.isEmpty() ? m.metric : m.name;
        s.metric = m.metric;
        s.unit = m.unit;
        s.source = m.sourceFile;
        s.index = SeriesIndex(m.times, m.values, Downsampler::suggestGapMs(m.times));
        s.colorIndex = int(i);
        d.series.append(std::move(s));
    }
    const QStringList labels = legendLabels(d.series);
    for (qsizetype i = 0; i < d.series.size(); ++i)
        d.series[i].label = labels[i];
    d.totalSeries = int(d.series.size());
    for (const Criterion &c : plan.criteria) {
        if (c.kind != CriterionKind::Metric)
            continue;
        LagThreshold t;
        t.value = c.threshold;
        t.op = c.op;
        t.action = c.action;
        for (qsizetype i = 0; i < plan.series.size(); ++i) {
            const MetricSeries &m = plan.series[i];
            if (!CriteriaEvaluator::matches(c.metric, m))
                continue;
            t.series.append(int(i));
            t.unit = m.unit;
            QList<BreachStretch> runs = breachedStretches(m.times, m.values, c.op, c.threshold, c.forSeconds);
            for (BreachStretch &r : runs) {
                r.series = int(i);
                r.criterion = c.id;
                d.stretches.append(r);
            }
        }
        if (t.series.isEmpty())
            continue;
        const QString rule = CriteriaEvaluator::conditionText(c, t.unit);
        //: threshold label on the lag chart: rule · action: criterion, e.g. "> 30 s for 5 min · roll back: Replication lag"
        t.label = tr("%1 \u00b7 %2: %3").arg(rule, CriteriaEvaluator::actionText(c.action), c.name.isEmpty() ? c.id : c.name);
        d.thresholds.append(std::move(t));
    }
    if (schedule && plan.start.isValid()) {
        const qint64 origin = plan.start.toMSecsSinceEpoch();
        auto at = [&](double minutes) { return origin + qint64(std::llround(minutes * 60000.0)); };
        if (schedule->freezeStart)
            d.markers.append({ at(*schedule->freezeStart), tr("write freeze"), Qt::SolidLine });
        if (schedule->trafficSwitched)
            d.markers.append({ at(*schedule->trafficSwitched), tr("traffic switched"), Qt::DashLine });
        if (schedule->rollbackDeadline.isValid())
            d.markers.append({ schedule->rollbackDeadline.toMSecsSinceEpoch(), tr("rollback deadline (likely)"), Qt::DashDotLine });
    }
    return d;
}

QStringList LagChartData::legendLabels(const QList<LagSeries> &series)
{
    QStringList labels;
    for (const LagSeries &s : series)
        labels.append(s.name);
    // Each step only touches labels still shared by several series.
    auto extend = [&](auto part) {
        QHash<QString, int> count;
        for (const QString &l : std::as_const(labels))
            ++count[l];
        for (qsizetype i = 0; i < series.size(); ++i) {
            const QString extra = part(i);
            if (count.value(labels[i]) > 1 && !extra.isEmpty())
                labels[i] += QStringLiteral(" \u00b7 ") + extra;
        }
    };
    extend([&](qsizetype i) { return series[i].metric == series[i].name ? QString() : series[i].metric; });
    extend([&](qsizetype i) { return series[i].source; });
    QHash<QString, int> count, seen;
    for (const QString &l : std::as_const(labels))
        ++count[l];
    for (QString &l : labels) {
        if (count.value(l) > 1) {
            const int n = ++seen[l];
            l += QStringLiteral(" (%1)").arg(n);
        }
    }
    return labels;
}

QList<int> LagChartData::criterionSeries() const
{
    QList<bool> bound(series.size(), false);
    for (const LagThreshold &t : thresholds) {
        for (int i : t.series) {
            if (i >= 0 && i < bound.size())
                bound[i] = true;
        }
    }
    QList<int> out;
    for (qsizetype i = 0; i < bound.size(); ++i) {
        if (bound[i])
            out.append(int(i));
    }
    return out;
}

QStringList LagChartData::seriesIds() const
{
    QStringList ids;
    ids.reserve(series.size());
    for (const LagSeries &s : series)
        ids.append(s.id);
    return ids;
}

QList<int> LagChartData::defaultSelection(int fallbackCount) const
{
    QList<int> out = criterionSeries();
    if (out.isEmpty()) {
        for (int i = 0; i < std::min<qsizetype>(series.size(), std::max(0, fallbackCount)); ++i)
            out.append(i);
    }
    return out;
}

QList<int> LagChartData::seriesMatching(const QStringList &patterns, QStringList *unmatched) const
{
    QList<bool> hit(series.size(), false);
    for (const QString &pattern : patterns) {
        const QRegularExpression re(wildcardRegex(pattern), QRegularExpression::CaseInsensitiveOption);
        bool any = false;
        for (qsizetype i = 0; i < series.size(); ++i) {
            if (re.match(series[i].name).hasMatch() || re.match(series[i].metric).hasMatch()) {
                hit[i] = true;
                any = true;
            }
        }
        if (!any && unmatched)
            unmatched->append(pattern);
    }
    QList<int> out;
    for (qsizetype i = 0; i < hit.size(); ++i) {
        if (hit[i])
            out.append(int(i));
    }
    return out;
}

LagChartData LagChartData::selected(const QList<int> &indices) const
{
    LagChartData out;
    out.title = title;
    out.zone = zone;
    out.totalSeries = totalSeries;
    out.markers = markers;
    QList<int> remap(series.size(), -1);
    for (qsizetype i = 0; i < series.size(); ++i) {
        if (indices.contains(int(i))) {
            remap[i] = int(out.series.size());
            out.series.append(series[i]);
            out.series.last().colorIndex = remap[i];
        }
    }
    for (const LagThreshold &t : thresholds) {
        LagThreshold kept = t;
        kept.series.clear();
        for (int i : t.series) {
            if (i >= 0 && i < remap.size() && remap[i] >= 0)
                kept.series.append(remap[i]);
        }
        if (!kept.series.isEmpty())
            out.thresholds.append(std::move(kept));
    }
    for (const BreachStretch &b : stretches) {
        if (b.series >= 0 && b.series < remap.size() && remap[b.series] >= 0) {
            BreachStretch kept = b;
            kept.series = remap[b.series];
            out.stretches.append(kept);
        }
    }
    return out;
}

QStringList LagChartData::units() const
{
    QStringList u;
    for (const LagSeries &s : series) {
        if (!u.contains(s.unit))
            u.append(s.unit);
    }
    return u;
}

bool LagChartData::timeRange(qint64 *t0, qint64 *t1) const
{
    bool any = false;
    for (const LagSeries &s : series) {
        if (s.index.size() == 0)
            continue;
        const qint64 a = s.index.times().constFirst(), b = s.index.times().constLast();
        *t0 = any ? std::min(*t0, a) : a;
        *t1 = any ? std::max(*t1, b) : b;
        any = true;
    }
    return any;
}

qsizetype LagRenderer::lastPointCount()
{
    return g_lastPoints.load();
}

QRectF LagRenderer::legendRect(const QRectF &rect, const LagChartData &data, const LagViewport &viewport)
{
    return frameFor(rect, data, viewport, ChartStyle::forSize(rect.size())).legend;
}

QRectF LagRenderer::plotRect(const QRectF &rect, const LagChartData &data, const LagViewport &viewport)
{
    return frameFor(rect, data, viewport, ChartStyle::forSize(rect.size())).plot;
}

void LagRenderer::paint(QPainter *p, const QRectF &rect, const LagChartData &data)
{
    LagViewport v;
    qint64 t0 = 0, t1 = 0;
    if (data.timeRange(&t0, &t1)) {
        const qint64 pad = std::max<qint64>(1000, (t1 - t0) / 50);
        v.t0 = t0 - pad;
        v.t1 = t1 + pad;
    }
    paint(p, rect, data, v);
}

void LagRenderer::paint(QPainter *p, const QRectF &rect, const LagChartData &d, const LagViewport &v)
{
    const ChartStyle style = ChartStyle::forSize(rect.size());
    const Frame f = frameFor(rect, d, v, style);
    p->save();
    p->fillRect(rect, ChartStyle::background());
    p->setRenderHint(QPainter::Antialiasing, true);
    if (v.showTitle) {
        p->setFont(style.font(1.25, true));
        p->setPen(ChartStyle::text());
        const double th = QFontMetricsF(p->font()).height();
        ChartStyle::drawElided(p, QRectF(f.title.left(), f.title.top(), f.title.width(), th), Qt::AlignLeft | Qt::AlignVCenter,
                               tr("Monitoring: %1").arg(d.title));
        p->setFont(style.font(0.9));
        p->setPen(ChartStyle::mutedText());
        QString sub = d.thresholds.isEmpty() ? tr("No rollback criterion refers to these series")
                    : d.stretches.isEmpty()   ? tr("No criterion breached")
                                              : tr("Breached stretches hatched: %1").arg(d.stretches.size());
        if (d.series.size() < d.totalSeries)
            sub += tr("  ·  %1 of %2 series shown").arg(d.series.size()).arg(d.totalSeries);
        if (d.zone.isValid())
            sub += tr("  ·  times in %1").arg(QString::fromUtf8(d.zone.id()));
        ChartStyle::drawElided(p, QRectF(f.title.left(), f.title.top() + th + style.fontPx * 0.2, f.title.width(), th), Qt::AlignLeft | Qt::AlignVCenter, sub);
    }
    if (d.series.isEmpty() && d.totalSeries > 0) {
        style.drawEmpty(p, f.plot, tr("No series selected: %n series imported, none chosen to be drawn.", nullptr, d.totalSeries));
        p->restore();
        g_lastPoints = 0;
        return;
    }
    if (d.series.isEmpty() || v.t1 <= v.t0) {
        style.drawEmpty(p, f.plot, tr("No monitoring data imported.\nImport a lag export (Prometheus, CloudWatch, Azure Monitor, Grafana CSV, ...) to see it here."));
        p->restore();
        g_lastPoints = 0;
        return;
    }

    const QStringList units = d.units();
    const int panels = int(units.size());
    const double gapY = style.fontPx * 1.2;
    const double panelH = (f.plot.height() - gapY * (panels - 1)) / panels;
    const double span = double(v.t1 - v.t0);
    auto xOf = [&](qint64 t) { return f.plot.left() + double(t - v.t0) / span * f.plot.width(); };
    const int buckets = std::max(1, int(f.plot.width()));
    qsizetype drawn = 0;

    // Time grid and axis (shared).
    p->setFont(style.font(0.85));
    const QFontMetricsF fm(p->font());
    QList<TimeTick> ticks = TimeAxis::ticks(v.t0, v.t1, f.plot.width(), style.fontPx * 5.5, d.zone);
    TimeAxis::thinDayLabels(ticks, xOf, fm);
    for (const TimeTick &tick : ticks) {
        const double px = xOf(tick.ms);
        p->setPen(QPen(ChartStyle::grid(), 1));
        p->drawLine(QPointF(px, f.plot.top()), QPointF(px, f.plot.bottom()));
        p->setPen(ChartStyle::text());
        p->drawText(QRectF(px - 60, f.plot.bottom() + 2, 120, fm.height()), Qt::AlignCenter, tick.label);
        if (!tick.dayLabel.isEmpty())
            p->drawText(QRectF(px - 2, f.plot.bottom() + 2 + fm.height(), 400, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, tick.dayLabel);
    }

    // Plan marker lines under the data and the threshold labels (their labels come last).
    p->setRenderHint(QPainter::Antialiasing, true);
    for (qsizetype i = 0; i < f.markers.size(); ++i) {
        const double px = xOf(f.markers[i]->ms);
        p->setPen(QPen(ChartStyle::reddishPurple(), style.line * 1.6, f.markers[i]->style));
        p->drawLine(QPointF(px, f.plot.bottom()), QPointF(px, f.markerLabels.lineTop(i)));
    }

    for (int pi = 0; pi < panels; ++pi) {
        const QString &unit = units[pi];
        const QRectF panel(f.plot.left(), f.plot.top() + pi * (panelH + gapY), f.plot.width(), panelH);
        double lo = 0, hi = 0;
        bool any = false;
        for (const LagSeries &s : d.series) {
            double a, b;
            if (s.unit == unit && s.index.range(v.t0, v.t1, &a, &b)) {
                lo = any ? std::min(lo, a) : a;
                hi = any ? std::max(hi, b) : b;
                any = true;
            }
        }
        for (const LagThreshold &t : d.thresholds) {
            if (t.unit == unit) {
                lo = any ? std::min(lo, t.value) : t.value;
                hi = any ? std::max(hi, t.value) : t.value;
                any = true;
            }
        }
        lo = std::min(lo, 0.0);
        if (hi <= lo)
            hi = lo + 1;
        hi += (hi - lo) * 0.08;
        // Room above an upward threshold at the top for its ticks (they lean into the breach side).
        for (const LagThreshold &t : d.thresholds) {
            if (t.unit == unit && breachesUpwards(t.op) && t.value > hi - (hi - lo) * 0.08)
                hi = t.value + (hi - lo) * 0.08;
        }
        const QList<double> yt = ChartStyle::niceTicks(lo, hi, std::max(2, int(panelH / (style.fontPx * 2.5))));
        if (!yt.isEmpty())
            hi = std::max(hi, yt.constLast());
        auto yOf = [&](double val) { return panel.bottom() - (val - lo) / (hi - lo) * panel.height(); };

        p->setFont(style.font(0.85));
        for (double t : yt) {
            const double py = yOf(t);
            p->setPen(QPen(ChartStyle::grid(), 1));
            p->drawLine(QPointF(panel.left(), py), QPointF(panel.right(), py));
            p->setPen(ChartStyle::text());
            p->drawText(QRectF(panel.left() - f.axisWidth, py - fm.height() / 2, f.axisWidth - 6, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                        ChartStyle::formatNumber(t) + (unit.isEmpty() ? QString() : QStringLiteral(" ") + unit));
        }

        p->save();
        p->setClipRect(panel);
        // Breached stretches: hatched bands (not colour alone: the hatching survives greyscale),
        // at least 3 px wide so a single sample shows.
        for (const BreachStretch &b : d.stretches) {
            if (b.series < 0 || d.series[b.series].unit != unit || b.to < v.t0 || b.from > v.t1)
                continue;
            double x0 = xOf(b.from), x1 = xOf(b.to);
            if (x1 - x0 < 3) {
                const double c = (x0 + x1) / 2;
                x0 = c - 1.5;
                x1 = c + 1.5;
            }
            const QRectF band(QPointF(x0, panel.top()), QPointF(x1, panel.bottom()));
            p->fillRect(band, breachFill());
            p->fillRect(band, breachHatch());
        }
        // Series, downsampled to the pixel columns of this view.
        for (const LagSeries &s : d.series) {
            if (s.unit != unit)
                continue;
            const PlotPoints pts = s.index.query(v.t0, v.t1, buckets);
            drawn += pts.size();
            // Segments, not one path: QPainter strokes a long self-overlapping path (the
            // min/max zig-zag of dense data) in quadratic time; separate lines stay linear.
            QList<QLineF> segments;
            QList<QPointF> dots;
            segments.reserve(pts.size());
            for (qsizetype i = 0; i < pts.size(); ++i) {
                if (std::isnan(pts.values[i]))
                    continue;
                const QPointF pt(xOf(pts.times[i]), yOf(pts.values[i]));
                const bool prevOk = i > 0 && !std::isnan(pts.values[i - 1]);
                const bool nextOk = i + 1 < pts.size() && !std::isnan(pts.values[i + 1]);
                if (prevOk)
                    segments.append(QLineF(QPointF(xOf(pts.times[i - 1]), yOf(pts.values[i - 1])), pt));
                else if (!nextOk)
                    dots.append(pt); // an isolated sample between gaps
            }
            // Dense data (more points than pixel columns) is drawn crisp and solid: dashes
            // cannot be seen in a zig-zag anyway, and aliased lines keep a frame under 16 ms.
            const bool dense = pts.size() > f.plot.width() * 0.5;
            const QColor colour = ChartStyle::seriesColor(s.colorIndex);
            if (dense) {
                // One-pixel aliased lines take QPainter's fast path; wider pens go through the
                // stroker. Offset passes give the stroke weight a projector needs.
                p->setRenderHint(QPainter::Antialiasing, false);
                p->setPen(QPen(colour, 0));
                const int weight = std::clamp(int(std::lround(style.line)), 1, 3);
                for (int dx = 0; dx < weight; ++dx) {
                    for (int dy = 0; dy < weight; ++dy) {
                        if (dx != 0 && dy != 0)
                            continue;
                        p->save();
                        p->translate(dx, dy);
                        p->drawLines(segments);
                        p->restore();
                    }
                }
            } else {
                p->setRenderHint(QPainter::Antialiasing, true);
                p->setPen(QPen(colour, style.line * 1.3, ChartStyle::seriesDash(s.colorIndex), Qt::FlatCap, Qt::RoundJoin));
                p->drawLines(segments);
            }
            p->setRenderHint(QPainter::Antialiasing, true);
            p->setPen(Qt::NoPen);
            p->setBrush(colour);
            for (const QPointF &dot : std::as_const(dots))
                p->drawEllipse(dot, style.line * 1.5, style.line * 1.5);
        }
        // Thresholds: a thin line in the action's colour with ticks leaning into the breaching
        // side, and the rule written at its right end (no series looks like that, in any colour).
        p->setFont(style.font(0.8));
        const QFontMetricsF sfm(p->font());
        QList<QRectF> thresholdBoxes;
        for (const LagThreshold &t : d.thresholds) {
            if (t.unit != unit)
                continue;
            const double py = yOf(t.value);
            const QColor colour = actionColor(t.action);
            p->setRenderHint(QPainter::Antialiasing, true);
            p->setPen(QPen(colour, std::max(1.0, style.line * 0.8), Qt::SolidLine, Qt::FlatCap));
            p->drawLine(QPointF(panel.left(), py), QPointF(panel.right(), py));
            const double tick = std::max(4.0, style.fontPx * 0.4);
            const double dir = breachesUpwards(t.op) ? -1.0 : 1.0;
            QList<QLineF> ticks;
            for (double x = panel.left() + tick; x < panel.right(); x += tick * 2.5)
                ticks.append(QLineF(x, py, x + tick * 0.6, py + dir * tick));
            p->drawLines(ticks);
            const double w = std::min(sfm.horizontalAdvance(t.label) + style.fontPx * 0.6 + 2, panel.width() * 0.9);
            const double h = sfm.height() + 2;
            // On the safe side of the line (the ticks are on the other), else the other side, else stacked.
            const double safeTop = breachesUpwards(t.op) ? py + tick + 1 : py - tick - 1 - h;
            const double otherTop = breachesUpwards(t.op) ? py - tick - 1 - h : py + tick + 1;
            // A place inside the panel that clears the other labels; failing that, the first one kept inside.
            const double x0 = panel.right() - w - 4;
            const double tops[] = { safeTop, otherTop, safeTop + h, otherTop - h, safeTop + 2 * h, otherTop - 2 * h };
            QRectF box(x0, std::clamp(safeTop, panel.top(), std::max(panel.top(), panel.bottom() - h)), w, h);
            for (double top : tops) {
                const QRectF candidate(x0, top, w, h);
                const bool inside = top >= panel.top() && top + h <= panel.bottom();
                const bool clash = std::any_of(thresholdBoxes.cbegin(), thresholdBoxes.cend(), [&](const QRectF &o) { return o.intersects(candidate); });
                if (inside && !clash) {
                    box = candidate;
                    break;
                }
            }
            thresholdBoxes.append(box);
            p->fillRect(box, QColor(255, 255, 255, 235));
            p->setPen(QPen(colour, 1));
            p->setBrush(Qt::NoBrush);
            p->drawRect(box);
            p->setPen(ChartStyle::text());
            ChartStyle::drawElided(p, box.adjusted(style.fontPx * 0.3, 0, -style.fontPx * 0.3, 0), Qt::AlignLeft | Qt::AlignVCenter, t.label);
        }
        p->restore();
        p->setPen(QPen(ChartStyle::mutedText(), 1));
        p->setBrush(Qt::NoBrush);
        p->drawRect(panel);
    }

    // Marker labels in their lanes above the plot; each line ends at its label's lane.
    p->setRenderHint(QPainter::Antialiasing, true);
    QList<double> xs;
    for (const TimeMarker *m : std::as_const(f.markers))
        xs.append(xOf(m->ms));
    MarkerLabelLayout::paint(p, f.markerLabels, xs, f.markerTexts, style);
    if (v.showLegend)
        legendFor(d, style, rect.height()).paint(p, f.legend);
    g_lastPoints = drawn;
    p->restore();
}

} // namespace cutover::charts
