// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulationchart.h"

#include "legend.h"
#include "model/durationtext.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace cutover::charts {

namespace {

/** Most x-axis ticks drawn, whatever the range (a bound by construction, not by value). */
constexpr qsizetype kMaxTicks = 200;

QString percent(double share)
{
    // Whole percent, except near the ends where "100 %" would overstate certainty.
    const double pc = share * 100.0;
    const int decimals = (pc > 99.0 && pc < 100.0) || (pc > 0.0 && pc < 1.0) ? 1 : 0;
    return QLocale().toString(pc, 'f', decimals) + QStringLiteral(" %");
}

QString minutesText(double m)
{
    return DurationText::format(std::round(m));
}

double nearestRank(const QList<double> &sorted, double q)
{
    const qsizetype n = sorted.size();
    const qsizetype rank = std::clamp<qsizetype>(qsizetype(std::ceil(q * double(n))), 1, n);
    return sorted[rank - 1];
}

QRectF drawPanelTitle(QPainter *p, const QRectF &rect, const ChartStyle &style, const QString &title)
{
    p->setFont(style.font(1.05, true));
    p->setPen(ChartStyle::text());
    const double h = QFontMetricsF(p->font()).height();
    ChartStyle::drawElided(p, QRectF(rect.left(), rect.top(), rect.width(), h), Qt::AlignLeft | Qt::AlignVCenter, title);
    return rect.adjusted(0, h + style.fontPx * 0.4, 0, 0);
}

} // namespace

QString OutcomeDistribution::valueText(double v) const
{
    if (origin.isValid())
        return QLocale().toString(origin.addMSecs(qint64(std::llround(v * 60000.0))).toTimeZone(zone.isValid() ? zone : origin.timeZone()),
                                 QStringLiteral("ddd HH:mm"));
    return minutesText(v);
}

OutcomeDistribution OutcomeDistribution::fromSimulation(const Distribution1D &distribution, const Percentiles &percentiles)
{
    OutcomeDistribution d;
    if (distribution.counts.isEmpty() || distribution.binEdges.size() != distribution.counts.size() + 1)
        return d;
    d.binEdges = distribution.binEdges;
    d.counts = distribution.counts;
    for (int c : distribution.counts)
        d.total += c;
    d.sCurve = distribution.sCurve;
    d.mean = percentiles.mean;
    d.p50 = percentiles.p50;
    d.p80 = percentiles.p80;
    d.p95 = percentiles.p95;
    return d;
}

OutcomeDistribution OutcomeDistribution::fromSamples(QList<double> samples, int bins, double limit)
{
    OutcomeDistribution d;
    d.limit = limit;
    samples.removeIf([](double v) { return !std::isfinite(v); });
    if (samples.isEmpty())
        return d;
    std::sort(samples.begin(), samples.end());
    const qsizetype n = samples.size();
    d.total = int(n);
    double sum = 0;
    for (double v : std::as_const(samples))
        sum += v;
    d.mean = sum / double(n);
    d.p50 = nearestRank(samples, 0.50);
    d.p80 = nearestRank(samples, 0.80);
    d.p95 = nearestRank(samples, 0.95);
    const double lo = samples.constFirst(), hi = samples.constLast();
    bins = std::max(1, bins);
    if (hi <= lo)
        bins = 1;
    const double width = hi > lo ? (hi - lo) / bins : 1.0;
    for (int b = 0; b <= bins; ++b)
        d.binEdges.append(b == bins && hi > lo ? hi : lo + width * b);
    d.counts = QList<int>(bins, 0);
    for (double v : std::as_const(samples)) {
        const int b = std::min(bins - 1, int((v - lo) / width));
        ++d.counts[b];
    }
    if (std::isfinite(limit)) {
        const qsizetype within = std::upper_bound(samples.cbegin(), samples.cend(), limit) - samples.cbegin();
        d.probability = double(within) / double(n);
    }
    const qsizetype stride = std::max<qsizetype>(1, n / 400);
    for (qsizetype i = 0; i < n; i += stride) {
        // Last index of a run of equal values, so the curve is the true CDF at that value.
        qsizetype j = i;
        while (j + 1 < n && samples[j + 1] == samples[i])
            ++j;
        d.sCurve.append(QPointF(samples[i], double(j + 1) / double(n)));
    }
    if (d.sCurve.constLast().y() < 1.0)
        d.sCurve.append(QPointF(hi, 1.0));
    return d;
}

SimulationChartData SimulationChartData::build(const Plan &plan, const Schedule &schedule, const SimulationResult &r, int tornadoTasks)
{
    SimulationChartData d;
    d.title = plan.name;
    d.iterations = r.iterations;
    const QTimeZone zone = plan.displayZone();

    d.finish = OutcomeDistribution::fromSimulation(r.finishDistribution, r.duration);
    d.finish.title = tr("Finish of the runbook");
    d.finish.origin = plan.start;
    d.finish.zone = zone.isValid() ? zone : plan.start.timeZone();
    d.finish.axisLabel = tr("finish time (%1)").arg(QString::fromUtf8(d.finish.zone.id()));
    d.finish.deterministic = schedule.finish;
    if (plan.window.isValid() && plan.start.isValid()) {
        d.finish.limit = double(plan.start.msecsTo(plan.window.end)) / 60000.0;
        d.finish.limitLabel = tr("window end %1").arg(d.finish.valueText(d.finish.limit));
    }
    if (r.probabilityWithinWindow) {
        d.finish.probability = *r.probabilityWithinWindow;
        d.finish.probabilityLabel = tr("fit the window (freeze and traffic switch inside it)");
    }
    if (r.downtime) {
        d.downtime = OutcomeDistribution::fromSimulation(r.downtimeDistribution, *r.downtime);
        d.downtime.deterministic = schedule.downtime.value_or(OutcomeDistribution::kNone);
    }
    d.downtime.title = tr("Downtime (write freeze to traffic switch)");
    d.downtime.axisLabel = tr("minutes of downtime");
    d.downtime.emptyText = tr("No downtime to simulate: mark the tasks where the write freeze starts and where traffic is switched.");

    for (qsizetype i = 0; i < plan.tasks.size() && i < r.criticality.size(); ++i)
        d.criticality.append({ plan.tasks[i].id, plan.tasks[i].name.isEmpty() ? plan.tasks[i].id : plan.tasks[i].name, r.criticality[i] });
    std::stable_sort(d.criticality.begin(), d.criticality.end(), [](const CriticalityBar &a, const CriticalityBar &b) { return a.index > b.index; });

    const bool downtime = !r.downtimeSamples.isEmpty();
    const QList<double> &target = downtime ? r.downtimeSamples : r.finishSamples;
    d.tornadoTarget = downtime ? QStringLiteral("downtime") : QStringLiteral("finish");
    if (!target.isEmpty()) {
        double sum = 0;
        for (double v : target)
            sum += v;
        d.tornadoBase = sum / double(target.size());
        QList<int> order;
        for (qsizetype i = 0; i < plan.tasks.size() && i < r.sensitivity.size(); ++i) {
            if (r.sensitivity[i] != 0.0 && std::isfinite(r.sensitivity[i]))
                order.append(int(i));
        }
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return std::abs(r.sensitivity[a]) > std::abs(r.sensitivity[b]); });
        if (order.size() > tornadoTasks)
            order.resize(tornadoTasks);
        for (int t : std::as_const(order)) {
            double lowSum = 0, highSum = 0;
            int lowN = 0, highN = 0;
            for (qsizetype k = 0; k < target.size(); ++k) {
                const double u = MonteCarlo::uniform(r.seed, int(k), t);
                if (u <= 0.1) {
                    lowSum += target[k];
                    ++lowN;
                } else if (u >= 0.9) {
                    highSum += target[k];
                    ++highN;
                }
            }
            if (lowN == 0 || highN == 0)
                continue;
            TornadoBar bar;
            bar.rankCorrelation = r.sensitivity[t];
            bar.id = plan.tasks[t].id;
            bar.label = plan.tasks[t].name.isEmpty() ? plan.tasks[t].id : plan.tasks[t].name;
            bar.low = lowSum / lowN;
            bar.high = highSum / highN;
            d.tornado.append(bar);
        }
        std::stable_sort(d.tornado.begin(), d.tornado.end(),
                         [](const TornadoBar &a, const TornadoBar &b) { return std::abs(a.high - a.low) > std::abs(b.high - b.low); });
    }
    return d;
}

SimulationRenderer::Range SimulationRenderer::distributionRange(const OutcomeDistribution &d)
{
    Range r;
    if (d.binEdges.isEmpty())
        return r;
    r.x0 = d.binEdges.constFirst();
    r.x1 = d.binEdges.constLast();
    if (std::isfinite(d.deterministic)) {
        r.x0 = std::min(r.x0, d.deterministic);
        r.x1 = std::max(r.x1, d.deterministic);
    }
    if (std::isfinite(d.limit)) {
        const double span = std::max(1.0, r.x1 - r.x0);
        if (d.limit < r.x0 - span / 2 || d.limit > r.x1 + span / 2) {
            r.limitOffScale = true;
        } else {
            r.x0 = std::min(r.x0, d.limit);
            r.x1 = std::max(r.x1, d.limit);
        }
    }
    return r;
}

void SimulationRenderer::paintDistribution(QPainter *p, const QRectF &rect, const OutcomeDistribution &d, const ChartStyle *givenStyle)
{
    const ChartStyle style = givenStyle ? *givenStyle : ChartStyle::forSize(rect.size());
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    QRectF body = drawPanelTitle(p, rect, style, d.title);
    if (d.isEmpty()) {
        style.drawEmpty(p, body, d.emptyText.isEmpty() ? tr("No simulation results yet.") : d.emptyText);
        p->restore();
        return;
    }
    p->setFont(style.font(0.85));
    const QFontMetricsF fm(p->font());
    // Summary line above the plot; the probability goes on a line of its own when both do not
    // fit on one, so its definition is never cut off.
    QStringList summary{ tr("P50 %1 · P80 %2 · P95 %3").arg(d.valueText(d.p50), d.valueText(d.p80), d.valueText(d.p95)) };
    if (std::isfinite(d.probability)) {
        const QString probability = QStringLiteral("%1 %2").arg(percent(d.probability), d.probabilityLabel);
        const QString joined = summary.first() + QStringLiteral(" · ") + probability;
        if (fm.horizontalAdvance(joined) <= body.width())
            summary.first() = joined;
        else
            summary << probability;
    }
    p->setPen(ChartStyle::text());
    for (const QString &line : std::as_const(summary)) {
        if (fm.horizontalAdvance(line) <= body.width()) {
            ChartStyle::drawElided(p, QRectF(body.left(), body.top(), body.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter, line);
            body.setTop(body.top() + fm.height() * 1.15);
        } else {
            // Narrower still (a small window): wrap at words.
            const QRectF bound = fm.boundingRect(QRectF(body.left(), body.top(), body.width(), fm.height() * 3), Qt::TextWordWrap, line);
            p->drawText(QRectF(body.left(), body.top(), body.width(), bound.height()), Qt::AlignLeft | Qt::TextWordWrap, line);
            body.setTop(body.top() + bound.height() + fm.height() * 0.15);
        }
    }
    body.setTop(body.top() + fm.height() * 0.15);

    const double leftAxis = fm.horizontalAdvance(QStringLiteral("00000")) + 6;
    const double rightAxis = fm.horizontalAdvance(QStringLiteral("100 %")) + 6;
    p->setFont(style.font(0.8));
    const double labelLine = QFontMetricsF(p->font()).height() + 2;
    p->setFont(style.font(0.85));
    const QRectF plot(body.left() + leftAxis, body.top() + labelLine * 4, body.width() - leftAxis - rightAxis,
                      body.height() - labelLine * 4 - fm.height() * 2.2);
    if (plot.width() < 20 || plot.height() < 20) {
        p->restore();
        return;
    }
    const Range range = distributionRange(d);
    double x0 = range.x0, x1 = range.x1;
    const double pad = std::max(1.0, (x1 - x0) * 0.04);
    x0 -= pad;
    x1 += pad;
    const int maxCount = std::max(1, *std::max_element(d.counts.cbegin(), d.counts.cend()));
    auto xOf = [&](double v) { return plot.left() + (v - x0) / (x1 - x0) * plot.width(); };
    auto yCount = [&](double c) { return plot.bottom() - c / (maxCount * 1.05) * plot.height(); };
    auto yShare = [&](double s) { return plot.bottom() - s * plot.height(); };

    // Grid and axes.
    QList<double> xTicks = ChartStyle::niceTicks(x0, x1, std::max(2, int(plot.width() / (style.fontPx * 6))));
    if (d.origin.isValid()) {
        // Clock-time labels: ticks on whole multiples of 5, 10, 15, 30, 60, 120 ... minutes.
        xTicks.clear();
        const double wanted = (x1 - x0) / std::max(2.0, plot.width() / (style.fontPx * 8));
        double step = 5;
        for (double s : { 5.0, 10.0, 15.0, 30.0, 60.0, 120.0, 180.0, 360.0, 720.0, 1440.0 }) {
            step = s;
            if (s >= wanted)
                break;
        }
        // Beyond a day: a whole number of days from niceTicks, so the tick count follows the
        // plot width and never the range (a range of years once asked for millions of ticks).
        if (step < wanted) {
            const QList<double> days = ChartStyle::niceTicks(0, wanted / 1440.0, 1);
            step = 1440.0 * std::max(1.0, std::ceil(days.size() > 1 ? days.at(1) : wanted / 1440.0));
        }
        const double offset = double(d.origin.toTimeZone(d.zone.isValid() ? d.zone : d.origin.timeZone()).time().msecsSinceStartOfDay()) / 60000.0;
        for (double t = std::ceil((x0 + offset) / step) * step - offset; t <= x1 && xTicks.size() < kMaxTicks; t += step) {
            xTicks.append(t);
            if (t + step == t)
                break; // step below the precision of t
        }
    }
    for (double t : std::as_const(xTicks)) {
        const double px = xOf(t);
        p->setPen(QPen(ChartStyle::grid(), 1));
        p->drawLine(QPointF(px, plot.top()), QPointF(px, plot.bottom()));
        p->setPen(ChartStyle::text());
        p->drawText(QRectF(px - 50, plot.bottom() + 2, 100, fm.height()), Qt::AlignCenter,
                    d.origin.isValid() ? d.valueText(t) : ChartStyle::formatNumber(t));
    }
    p->drawText(QRectF(plot.left(), plot.bottom() + fm.height() + 2, plot.width(), fm.height()), Qt::AlignCenter, d.axisLabel);
    for (double s : { 0.0, 0.25, 0.5, 0.75, 1.0 }) {
        const double py = yShare(s);
        p->setPen(QPen(ChartStyle::grid(), 1, Qt::DotLine));
        p->drawLine(QPointF(plot.left(), py), QPointF(plot.right(), py));
        p->setPen(ChartStyle::text());
        p->drawText(QRectF(plot.right() + 4, py - fm.height() / 2, rightAxis, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, percent(s));
    }
    for (double c : ChartStyle::niceTicks(0, maxCount, 3)) {
        const double py = yCount(c);
        p->setPen(ChartStyle::mutedText());
        p->drawText(QRectF(body.left(), py - fm.height() / 2, leftAxis - 6, fm.height()), Qt::AlignRight | Qt::AlignVCenter, ChartStyle::formatNumber(c));
    }

    // Histogram.
    p->setPen(QPen(ChartStyle::blue(), 1));
    p->setBrush(QColor(0x56, 0xB4, 0xE9, 170));
    for (qsizetype i = 0; i < d.counts.size(); ++i) {
        if (d.counts[i] == 0)
            continue;
        const double a = xOf(d.binEdges[i]), b = xOf(d.binEdges[i + 1]);
        p->drawRect(QRectF(QPointF(a, yCount(d.counts[i])), QPointF(std::max(b, a + 1), plot.bottom())));
    }
    // S-curve.
    QPainterPath curve;
    for (qsizetype i = 0; i < d.sCurve.size(); ++i) {
        const QPointF pt(xOf(d.sCurve[i].x()), yShare(d.sCurve[i].y()));
        if (i == 0)
            curve.moveTo(pt);
        else
            curve.lineTo(pt);
    }
    p->setBrush(Qt::NoBrush);
    p->setPen(QPen(ChartStyle::black(), style.line * 1.5));
    p->drawPath(curve);

    // Percentile and limit markers with stacked labels above the plot.
    p->setFont(style.font(0.8));
    const QFontMetricsF lfm(p->font());
    LabelStacker stacker(plot.top() - labelLine * 4, labelLine);
    auto marker = [&](double v, const QPen &pen, const QString &label) {
        if (!std::isfinite(v))
            return;
        const double px = xOf(v);
        p->setPen(pen);
        p->drawLine(QPointF(px, plot.top()), QPointF(px, plot.bottom()));
        const QRectF box = stacker.place(px - (lfm.horizontalAdvance(label) + 8) / 2 - 3, lfm.horizontalAdvance(label) + 8, plot.left(), plot.right());
        p->setPen(ChartStyle::text());
        p->drawText(box, Qt::AlignCenter, label);
    };
    marker(d.p50, QPen(ChartStyle::bluishGreen(), style.line * 1.5, Qt::DotLine), tr("P50 %1").arg(d.valueText(d.p50)));
    marker(d.p80, QPen(ChartStyle::orange(), style.line * 1.5, Qt::DashLine), tr("P80 %1").arg(d.valueText(d.p80)));
    marker(d.p95, QPen(ChartStyle::vermillion(), style.line * 1.5, Qt::DashDotLine), tr("P95 %1").arg(d.valueText(d.p95)));
    const QString limitLabel = d.limitLabel.isEmpty() ? tr("limit") : d.limitLabel;
    if (!range.limitOffScale) {
        marker(d.limit, QPen(ChartStyle::black(), style.line * 2.2), limitLabel);
    } else if (std::isfinite(d.limit)) {
        // Off the axis: named at the edge it lies beyond, with an arrow pointing to it.
        const bool before = d.limit < x0;
        const QString text = before ? tr("◀ %1").arg(limitLabel) : tr("%1 ▶").arg(limitLabel);
        const double w = lfm.horizontalAdvance(text) + 8;
        const QRectF box = stacker.place(before ? plot.left() : plot.right() - w, w, plot.left(), plot.right());
        p->setPen(ChartStyle::text());
        p->drawText(box, before ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter, text);
        p->setPen(QPen(ChartStyle::black(), style.line * 2.2));
        const double edge = before ? plot.left() : plot.right();
        p->drawLine(QPointF(edge, plot.top()), QPointF(edge, plot.bottom()));
    }
    marker(d.deterministic, QPen(ChartStyle::mutedText(), style.line), tr("plan %1").arg(d.valueText(d.deterministic)));
    p->setPen(QPen(ChartStyle::mutedText(), 1));
    p->setBrush(Qt::NoBrush);
    p->drawRect(plot);
    p->restore();
}

void SimulationRenderer::paintCriticality(QPainter *p, const QRectF &rect, const QList<CriticalityBar> &bars, const ChartStyle *givenStyle)
{
    const ChartStyle style = givenStyle ? *givenStyle : ChartStyle::forSize(rect.size());
    p->save();
    QRectF body = drawPanelTitle(p, rect, style, tr("Criticality index (share of runs on the critical path)"));
    if (bars.isEmpty()) {
        style.drawEmpty(p, body, tr("No simulation results yet."));
        p->restore();
        return;
    }
    p->setFont(style.font(0.85));
    const QFontMetricsF fm(p->font());
    const double rowH = std::max(fm.height() * 1.35, 10.0);
    const int rows = std::min<int>(int(bars.size()), std::max(1, int(body.height() / rowH)));
    const double labelW = std::min(body.width() * 0.42, style.fontPx * 16);
    const double valueW = fm.horizontalAdvance(QStringLiteral("100 %")) + 8;
    const double x0 = body.left() + labelW, w = body.width() - labelW - valueW;
    for (int i = 0; i < rows; ++i) {
        const CriticalityBar &b = bars[i];
        const double y = body.top() + i * rowH;
        p->setPen(ChartStyle::text());
        ChartStyle::drawElided(p, QRectF(body.left(), y, labelW - 6, rowH), Qt::AlignRight | Qt::AlignVCenter, b.label);
        const QRectF bar(x0, y + rowH * 0.15, std::max(1.0, w * std::clamp(b.index, 0.0, 1.0)), rowH * 0.7);
        p->fillRect(QRectF(x0, bar.top(), w, bar.height()), QColor(0xEE, 0xEE, 0xEE));
        p->fillRect(bar, b.index >= 0.5 ? ChartStyle::vermillion() : ChartStyle::skyBlue());
        if (b.index >= 0.5)
            p->fillRect(bar, QBrush(QColor(0, 0, 0, 100), Qt::BDiagPattern));
        p->setPen(ChartStyle::text());
        p->drawText(QRectF(x0 + w + 4, y, valueW, rowH), Qt::AlignLeft | Qt::AlignVCenter, percent(b.index));
    }
    if (rows < bars.size()) {
        p->setPen(ChartStyle::mutedText());
        p->drawText(QRectF(body.left(), body.top() + rows * rowH, body.width(), rowH), Qt::AlignLeft | Qt::AlignVCenter,
                    tr("… and %n more task(s)", nullptr, int(bars.size() - rows)));
    }
    p->restore();
}

void SimulationRenderer::paintTornado(QPainter *p, const QRectF &rect, const SimulationChartData &data, const ChartStyle *givenStyle)
{
    const QList<TornadoBar> &bars = data.tornado;
    const double base = data.tornadoBase;
    const bool finishTarget = data.tornadoTarget == u"finish";
    const ChartStyle style = givenStyle ? *givenStyle : ChartStyle::forSize(rect.size());
    p->save();
    QRectF body = drawPanelTitle(p, rect, style, finishTarget ? tr("What moves the finish most") : tr("What moves downtime most"));
    if (bars.isEmpty()) {
        style.drawEmpty(p, body, tr("No simulation results yet."));
        p->restore();
        return;
    }
    p->setFont(style.font(0.85));
    const QFontMetricsF fm(p->font());
    const double rowH = std::max(fm.height() * 1.35, 10.0);
    const int rows = std::min<int>(int(bars.size()), std::max(1, int((body.height() - fm.height() * 5.6) / rowH)));
    const double labelW = std::min(body.width() * 0.45, style.fontPx * 18);
    double lo = std::isfinite(base) ? base : bars.constFirst().low, hi = lo;
    for (int i = 0; i < rows; ++i) {
        lo = std::min({ lo, bars[i].low, bars[i].high });
        hi = std::max({ hi, bars[i].low, bars[i].high });
    }
    const double pad = std::max(1.0, (hi - lo) * 0.05);
    lo -= pad;
    hi += pad;
    const QRectF plot(body.left() + labelW, body.top(), body.width() - labelW - 8, rows * rowH);
    auto xOf = [&](double v) { return plot.left() + (v - lo) / (hi - lo) * plot.width(); };
    for (double t : ChartStyle::niceTicks(lo, hi, std::max(2, int(plot.width() / (style.fontPx * 5))))) {
        p->setPen(QPen(ChartStyle::grid(), 1));
        p->drawLine(QPointF(xOf(t), plot.top()), QPointF(xOf(t), plot.bottom()));
        p->setPen(ChartStyle::text());
        p->drawText(QRectF(xOf(t) - 40, plot.bottom() + 2, 80, fm.height()), Qt::AlignCenter, ChartStyle::formatNumber(t));
    }
    for (int i = 0; i < rows; ++i) {
        const TornadoBar &b = bars[i];
        const double y = plot.top() + i * rowH;
        p->setPen(ChartStyle::text());
        ChartStyle::drawElided(p, QRectF(body.left(), y, labelW - 6, rowH), Qt::AlignRight | Qt::AlignVCenter, b.label);
        const double mid = std::isfinite(base) ? base : (b.low + b.high) / 2;
        // Fast runs: light solid; slow runs: dark hatched, so they differ without colour.
        // Either may fall on either side of the line (a task can shorten the target when slow).
        auto span = [&](double a, double b) {
            return QRectF(QPointF(xOf(std::min(a, b)), y + rowH * 0.15), QPointF(xOf(std::max(a, b)), y + rowH * 0.85));
        };
        const QRectF fast = span(mid, b.low), slow = span(mid, b.high);
        p->fillRect(fast, ChartStyle::skyBlue());
        p->fillRect(slow, ChartStyle::vermillion());
        p->fillRect(slow, QBrush(QColor(0, 0, 0, 100), Qt::BDiagPattern));
    }
    if (std::isfinite(base)) {
        p->setPen(QPen(ChartStyle::black(), style.line * 1.5));
        p->drawLine(QPointF(xOf(base), plot.top() - 2), QPointF(xOf(base), plot.bottom() + 2));
    }
    p->setPen(ChartStyle::mutedText());
    const QRectF note(body.left(), plot.bottom() + fm.height() * 1.3, body.width(), fm.height() * 3.3);
    p->drawText(note, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                (finishTarget ? tr("Mean finish (minutes after start) in the runs where the task was among its fastest 10 % (plain) "
                                   "or slowest 10 % (hatched). Line: mean of all runs, %1.")
                              : tr("Mean downtime (minutes) in the runs where the task was among its fastest 10 % (plain) "
                                   "or slowest 10 % (hatched). Line: mean of all runs, %1."))
                    .arg(std::isfinite(base) ? minutesText(base) : QStringLiteral("–")));
    p->restore();
}

void SimulationRenderer::paint(QPainter *p, const QRectF &rect, const SimulationChartData &data)
{
    const ChartStyle style = ChartStyle::forSize(rect.size());
    p->save();
    const QRectF body = style.drawFrame(p, rect, tr("Simulation: %1").arg(data.title),
                                        data.iterations > 0 ? tr("%1 simulated runs").arg(QLocale().toString(data.iterations)) : QString());
    ChartStyle panel = style;
    panel.fontPx = std::max(11.0, style.fontPx * 0.85);
    const double gap = style.fontPx * 1.5;
    const double w = (body.width() - gap) / 2, h = (body.height() - gap) / 2;
    paintDistribution(p, QRectF(body.left(), body.top(), w, h), data.finish, &panel);
    paintDistribution(p, QRectF(body.left() + w + gap, body.top(), w, h), data.downtime, &panel);
    paintCriticality(p, QRectF(body.left(), body.top() + h + gap, w, h), data.criticality, &panel);
    paintTornado(p, QRectF(body.left() + w + gap, body.top() + h + gap, w, h), data, &panel);
    p->restore();
}

} // namespace cutover::charts
