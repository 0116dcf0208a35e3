// SPDX-License-Identifier: GPL-3.0-or-later
#include "lagchart.h"

#include "legend.h"
#include "criteria/criteriaevaluator.h"
#include "model/durationtext.h"
#include "model/enumnames.h"
#include "timeaxis.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <atomic>
#include <cmath>

namespace cutover::charts {

namespace {

std::atomic<qsizetype> g_lastPoints { 0 };

QList<LegendItem> legendItems(const LagChartData &d)
{
    QList<LegendItem> items;
    for (const LagSeries &s : d.series) {
        QPen pen(ChartStyle::seriesColor(s.colorIndex), 3, ChartStyle::seriesDash(s.colorIndex));
        items.append({ LegendItem::Shape::Line, {}, pen, s.unit.isEmpty() ? s.name : QStringLiteral("%1 (%2)").arg(s.name, s.unit) });
    }
    if (!d.thresholds.isEmpty())
        items.append({ LegendItem::Shape::Line, {}, QPen(ChartStyle::black(), 2, Qt::DashLine), LagRenderer::tr("Criterion threshold") });
    if (!d.stretches.isEmpty())
        items.append({ LegendItem::Shape::Box, QColor(0xD5, 0x5E, 0x00, 45), QPen(ChartStyle::vermillion(), 1), LagRenderer::tr("Breached"),
                       QBrush(QColor(0xD5, 0x5E, 0x00, 140), Qt::BDiagPattern) });
    return items;
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
        const double h = Legend(legendItems(d), style).height(body.width());
        f.legend = QRectF(body.left(), body.bottom() - h, body.width(), h);
        body.setBottom(f.legend.top() - style.fontPx * 0.5);
    }
    const QFontMetricsF fm(style.font(0.85));
    f.axisWidth = fm.horizontalAdvance(QStringLiteral("-00000 ms")) + 6;
    const double axisHeight = fm.height() * 2.3;
    f.plot = QRectF(body.left() + f.axisWidth, body.top() + fm.height() * 0.5, body.width() - f.axisWidth,
                    body.height() - axisHeight - fm.height() * 0.5);
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
        s.name = m.name.isEmpty() ? m.metric : m.name;
        s.metric = m.metric;
        s.unit = m.unit;
        s.index = SeriesIndex(m.times, m.values, Downsampler::suggestGapMs(m.times));
        s.colorIndex = int(i);
        d.series.append(std::move(s));
    }
    for (const Criterion &c : plan.criteria) {
        if (c.kind != CriterionKind::Metric)
            continue;
        QString unit;
        bool matched = false;
        for (qsizetype i = 0; i < plan.series.size(); ++i) {
            const MetricSeries &m = plan.series[i];
            if (!CriteriaEvaluator::matches(c.metric, m))
                continue;
            matched = true;
            unit = m.unit;
            QList<BreachStretch> runs = breachedStretches(m.times, m.values, c.op, c.threshold, c.forSeconds);
            for (BreachStretch &r : runs) {
                r.series = int(i);
                r.criterion = c.id;
                d.stretches.append(r);
            }
        }
        if (matched) {
            QString label = QStringLiteral("%1: %2 %3").arg(c.name.isEmpty() ? c.id : c.name, toString(c.op), ChartStyle::formatNumber(c.threshold));
            if (!unit.isEmpty())
                label += QStringLiteral(" ") + unit;
            if (c.forSeconds > 0)
                label += tr(" for %1").arg(DurationText::format(c.forSeconds / 60.0));
            d.thresholds.append({ label, unit, c.threshold, c.action });
        }
    }
    if (schedule && plan.start.isValid()) {
        const qint64 origin = plan.start.toMSecsSinceEpoch();
        auto at = [&](double minutes) { return origin + qint64(std::llround(minutes * 60000.0)); };
        if (schedule->freezeStart)
            d.markers.append({ at(*schedule->freezeStart), tr("write freeze"), Qt::SolidLine });
        if (schedule->trafficSwitched)
            d.markers.append({ at(*schedule->trafficSwitched), tr("traffic switched"), Qt::DashLine });
        if (schedule->rollbackDeadline.isValid())
            d.markers.append({ schedule->rollbackDeadline.toMSecsSinceEpoch(), tr("rollback deadline"), Qt::DashDotLine });
    }
    return d;
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
                                              : tr("Breached stretches shaded: %1").arg(d.stretches.size());
        if (d.zone.isValid())
            sub += tr("  ·  times in %1").arg(QString::fromUtf8(d.zone.id()));
        ChartStyle::drawElided(p, QRectF(f.title.left(), f.title.top() + th + style.fontPx * 0.2, f.title.width(), th), Qt::AlignLeft | Qt::AlignVCenter, sub);
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
        // Breached stretches: hatched bands, at least 3 px wide so a single sample shows.
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
            p->fillRect(band, QColor(0xD5, 0x5E, 0x00, 45));
            p->fillRect(band, QBrush(QColor(0xD5, 0x5E, 0x00, 140), Qt::BDiagPattern));
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
        // Thresholds.
        p->setFont(style.font(0.8));
        const QFontMetricsF sfm(p->font());
        for (const LagThreshold &t : d.thresholds) {
            if (t.unit != unit)
                continue;
            const double py = yOf(t.value);
            p->setPen(QPen(ChartStyle::black(), style.line * 1.2, Qt::DashLine));
            p->drawLine(QPointF(panel.left(), py), QPointF(panel.right(), py));
            const double w = sfm.horizontalAdvance(t.label) + 8;
            const QRectF box(panel.right() - w - 4, py - sfm.height() - 2, w, sfm.height());
            p->fillRect(box, QColor(255, 255, 255, 225));
            p->setPen(ChartStyle::text());
            p->drawText(box, Qt::AlignCenter, t.label);
        }
        p->restore();
        p->setPen(QPen(ChartStyle::mutedText(), 1));
        p->setBrush(Qt::NoBrush);
        p->drawRect(panel);
    }

    // Plan markers over all panels.
    p->setFont(style.font(0.8));
    const QFontMetricsF mfm(p->font());
    LabelStacker stacker(f.plot.top() + 2, mfm.height() + 2);
    for (const TimeMarker &m : d.markers) {
        if (m.ms < v.t0 || m.ms > v.t1)
            continue;
        const double px = xOf(m.ms);
        p->setPen(QPen(ChartStyle::reddishPurple(), style.line * 1.6, m.style));
        p->drawLine(QPointF(px, f.plot.top()), QPointF(px, f.plot.bottom()));
        const QString text = m.label + QStringLiteral(" ") + QDateTime::fromMSecsSinceEpoch(m.ms, d.zone).toString(QStringLiteral("HH:mm"));
        const QRectF box = stacker.place(px, mfm.horizontalAdvance(text) + 8, f.plot.left(), f.plot.right());
        p->fillRect(box, QColor(255, 255, 255, 225));
        p->setPen(ChartStyle::text());
        p->drawText(box, Qt::AlignCenter, text);
    }
    if (v.showLegend)
        Legend(legendItems(d), style).paint(p, f.legend);
    g_lastPoints = drawn;
    p->restore();
}

} // namespace cutover::charts
