// SPDX-License-Identifier: GPL-3.0-or-later
#include "lagqchart.h"

#include "legend.h"
#include "qtcharts.h"
#include "timeaxis.h"

#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsLayout>
#include <QGraphicsSceneResizeEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace cutover::charts {

namespace {

/** Z values among Qt Charts' own children of the chart (Qt 6.4: grid 2, axes 3, series 4, legend 5). */
constexpr double kUnderZ = 2.5;
constexpr double kOverZ = 50.0;

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
        items.append({ LegendItem::Shape::Box, breachFill(), QPen(ChartStyle::vermillion(), 1), LagQChart::tr("Breached (hatched)"),
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
    legend.setBounded(chartHeight * LagQChart::kLegendShare);
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

double titleBlock(const ChartStyle &s)
{
    return QFontMetricsF(s.font(1.25, true)).height() + s.fontPx * 0.2 + QFontMetricsF(s.font(0.9)).height() + s.fontPx * 0.4;
}

/** Value range of one unit's axis in [t0, t1], as the QPainter chart had it: from 0 (or below), 8 % headroom, nice ticks. */
struct ValueRange
{
    double lo = 0.0;
    double hi = 1.0;
    double step = 0.0;
};

ValueRange valueRange(const LagChartData &d, const QString &unit, qint64 t0, qint64 t1, double plotHeight, const ChartStyle &style)
{
    double lo = 0, hi = 0;
    bool any = false;
    for (const LagSeries &s : d.series) {
        double a, b;
        if (s.unit == unit && s.index.range(t0, t1, &a, &b)) {
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
    ValueRange r;
    const QList<double> ticks = ChartStyle::niceTicks(lo, hi, std::max(2, int(plotHeight / (style.fontPx * 2.5))));
    if (ticks.size() >= 2) {
        r.step = ticks[1] - ticks[0];
        lo = std::min(lo, ticks.constFirst());
        hi = std::max(hi, ticks.constLast());
    }
    r.lo = lo;
    r.hi = hi;
    return r;
}

/** The date-time axis' format for a window of `span` ms (its labels are hidden; kept for accessibility and tests). */
QString timeFormat(qint64 span)
{
    if (span <= 3 * 60'000)
        return QStringLiteral("HH:mm:ss");
    if (span <= 36 * 3'600'000LL)
        return QStringLiteral("HH:mm");
    return QStringLiteral("ddd d MMM HH:mm");
}

} // namespace

/**
 * What Qt Charts has no element for, drawn from the chart's frame geometry: the hatched breach
 * stretches (under the series), and above them the plan markers with their labels in lanes,
 * the thresholds' ticks and rule boxes, the title block, the bounded legend and the empty-chart
 * messages.
 */
class LagOverlayItem : public QGraphicsItem
{
public:
    enum class Layer { Under, Over };
    LagOverlayItem(LagQChart *chart, Layer layer) : QGraphicsItem(chart), m_chart(chart), m_layer(layer)
    {
        setZValue(layer == Layer::Under ? kUnderZ : kOverZ);
        setAcceptedMouseButtons(Qt::NoButton);
        setAcceptHoverEvents(false);
    }
    QRectF boundingRect() const override { return m_chart->m_frame.rect; }
    void changed()
    {
        prepareGeometryChange();
        update();
    }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        p->save();
        if (m_layer == Layer::Under)
            paintUnder(p);
        else
            paintOver(p);
        p->restore();
    }

private:
    void paintUnder(QPainter *p) const
    {
        const QRectF plot = m_chart->m_frame.plot;
        p->setClipRect(plot);
        p->setPen(QPen(ChartStyle::grid(), 1));
        for (const TimeTick &tick : m_chart->m_ticks) {
            const double px = m_chart->xOf(tick.ms);
            p->drawLine(QPointF(px, plot.top()), QPointF(px, plot.bottom()));
        }
        for (const QRectF &band : m_chart->breachRects()) {
            p->fillRect(band, breachFill());
            p->fillRect(band, breachHatch());
        }
    }

    void paintOver(QPainter *p) const
    {
        const LagQChart::Frame &f = m_chart->m_frame;
        const LagChartData &d = m_chart->m_data;
        const LagViewport &v = m_chart->m_view;
        const ChartStyle style = ChartStyle::forSize(f.rect.size());
        p->setRenderHint(QPainter::Antialiasing, true);
        if (v.showTitle) {
            p->setFont(style.font(1.25, true));
            p->setPen(ChartStyle::text());
            const double th = QFontMetricsF(p->font()).height();
            ChartStyle::drawElided(p, QRectF(f.title.left(), f.title.top(), f.title.width(), th), Qt::AlignLeft | Qt::AlignVCenter,
                                   LagQChart::tr("Monitoring: %1").arg(d.title));
            p->setFont(style.font(0.9));
            p->setPen(ChartStyle::mutedText());
            QString sub = d.thresholds.isEmpty() ? LagQChart::tr("No rollback criterion refers to these series")
                        : d.stretches.isEmpty()   ? LagQChart::tr("No criterion breached")
                                                  : LagQChart::tr("Breached stretches hatched: %1").arg(d.stretches.size());
            if (d.series.size() < d.totalSeries)
                sub += LagQChart::tr("  ·  %1 of %2 series shown").arg(d.series.size()).arg(d.totalSeries);
            if (d.zone.isValid())
                sub += LagQChart::tr("  ·  times in %1").arg(QString::fromUtf8(d.zone.id()));
            ChartStyle::drawElided(p, QRectF(f.title.left(), f.title.top() + th + style.fontPx * 0.2, f.title.width(), th),
                                   Qt::AlignLeft | Qt::AlignVCenter, sub);
        }
        if (d.series.isEmpty() && d.totalSeries > 0) {
            style.drawEmpty(p, f.plot, LagQChart::tr("No series selected: %n series imported, none chosen to be drawn.", nullptr, d.totalSeries));
            return;
        }
        if (d.series.isEmpty() || v.t1 <= v.t0) {
            style.drawEmpty(p, f.plot, LagQChart::tr("No monitoring data imported.\nImport a lag export (Prometheus, CloudWatch, Azure Monitor, "
                                                     "Grafana CSV, ...) to see it here."));
            return;
        }
        paintThresholdRules(p, style);
        // Time labels under the plot (round times in the plan's zone), the day where it changes.
        p->setFont(style.font(0.85));
        p->setPen(ChartStyle::mutedText());
        const QFontMetricsF fm(p->font());
        for (const TimeTick &tick : m_chart->m_ticks) {
            const double px = m_chart->xOf(tick.ms);
            p->drawText(QRectF(px - 60, f.plot.bottom() + 3, 120, fm.height()), Qt::AlignCenter, tick.label);
            if (!tick.dayLabel.isEmpty())
                p->drawText(QRectF(px - 2, f.plot.bottom() + 3 + fm.height(), 400, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, tick.dayLabel);
        }
        // Plan markers: a line from the plot's bottom up to its label's lane, the labels in lanes above the plot.
        QList<double> xs;
        for (int i : f.markers)
            xs.append(m_chart->xOf(d.markers[i].ms));
        for (qsizetype i = 0; i < f.markers.size(); ++i) {
            p->setPen(QPen(ChartStyle::reddishPurple(), style.line * 1.6, d.markers[f.markers[i]].style));
            p->drawLine(QPointF(xs[i], f.plot.bottom()), QPointF(xs[i], f.markerLabels.lineTop(i)));
        }
        MarkerLabelLayout::paint(p, f.markerLabels, xs, f.markerTexts, style);
        if (v.showLegend)
            legendFor(d, style, f.rect.height()).paint(p, f.legend);
    }

    /** Each threshold's ticks (leaning into the breaching side) and its rule in a box at the right end. */
    void paintThresholdRules(QPainter *p, const ChartStyle &style) const
    {
        const QRectF plot = m_chart->m_frame.plot;
        const LagChartData &d = m_chart->m_data;
        p->save();
        p->setClipRect(plot);
        p->setFont(style.font(0.8));
        const QFontMetricsF sfm(p->font());
        QList<QRectF> boxes;
        for (const LagThreshold &t : d.thresholds) {
            const double py = m_chart->yOf(t.unit, t.value);
            if (!std::isfinite(py))
                continue;
            const QColor colour = actionColor(t.action);
            p->setPen(QPen(colour, std::max(1.0, style.line * 0.8), Qt::SolidLine, Qt::FlatCap));
            const double tick = std::max(4.0, style.fontPx * 0.4);
            const double dir = breachesUpwards(t.op) ? -1.0 : 1.0;
            QList<QLineF> ticks;
            for (double x = plot.left() + tick; x < plot.right(); x += tick * 2.5)
                ticks.append(QLineF(x, py, x + tick * 0.6, py + dir * tick));
            p->drawLines(ticks);
            const double w = std::min(sfm.horizontalAdvance(t.label) + style.fontPx * 0.6 + 2, plot.width() * 0.9);
            const double h = sfm.height() + 2;
            // On the safe side of the line (the ticks are on the other), else the other side, else stacked.
            const double safeTop = breachesUpwards(t.op) ? py + tick + 1 : py - tick - 1 - h;
            const double otherTop = breachesUpwards(t.op) ? py - tick - 1 - h : py + tick + 1;
            const double x0 = plot.right() - w - 4;
            const double tops[] = { safeTop, otherTop, safeTop + h, otherTop - h, safeTop + 2 * h, otherTop - 2 * h };
            QRectF box(x0, std::clamp(safeTop, plot.top(), std::max(plot.top(), plot.bottom() - h)), w, h);
            for (double top : tops) {
                const QRectF candidate(x0, top, w, h);
                const bool inside = top >= plot.top() && top + h <= plot.bottom();
                const bool clash = std::any_of(boxes.cbegin(), boxes.cend(), [&](const QRectF &o) { return o.intersects(candidate); });
                if (inside && !clash) {
                    box = candidate;
                    break;
                }
            }
            boxes.append(box);
            p->fillRect(box, QColor(255, 255, 255, 235));
            p->setPen(QPen(colour, 1));
            p->setBrush(Qt::NoBrush);
            p->drawRect(box);
            p->setPen(ChartStyle::text());
            ChartStyle::drawElided(p, box.adjusted(style.fontPx * 0.3, 0, -style.fontPx * 0.3, 0), Qt::AlignLeft | Qt::AlignVCenter, t.label);
        }
        p->restore();
    }

    LagQChart *m_chart;
    Layer m_layer;
};

LagQChart::LagQChart(QGraphicsItem *parent) : QChart(parent)
{
    QtCharts::applyTheme(this, ChartStyle::forSize(QSizeF(1600, 1000)));
    legend()->hide(); // the bounded legend with "+N more" is drawn by the overlay
    setMargins(QMargins());
    if (QGraphicsLayout *chartLayout = layout())
        chartLayout->setContentsMargins(0, 0, 0, 0); // the background reaches the edges; frameFor() places everything
    m_under = new LagOverlayItem(this, LagOverlayItem::Layer::Under);
    m_over = new LagOverlayItem(this, LagOverlayItem::Layer::Over);
}

LagQChart::~LagQChart() = default;

LagViewport LagQChart::wholeRange(const LagChartData &data)
{
    LagViewport v;
    qint64 t0 = 0, t1 = 0;
    if (data.timeRange(&t0, &t1)) {
        const qint64 pad = std::max<qint64>(1000, (t1 - t0) / 50);
        v.t0 = t0 - pad;
        v.t1 = t1 + pad;
    }
    return v;
}

LagQChart::Frame LagQChart::frameFor(const QRectF &rect, const LagChartData &d, const LagViewport &v)
{
    const ChartStyle style = ChartStyle::forSize(rect.size());
    Frame f;
    f.rect = rect;
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
    const QFontMetricsF tfm(style.font(0.9));
    // Value axes: the first unit's on the left, the second's on the right, and so on (label plus unit title).
    f.axisWidth = fm.horizontalAdvance(QStringLiteral("-00000.0")) + tfm.height() + style.fontPx * 0.8;
    const qsizetype units = std::max<qsizetype>(1, d.units().size());
    const double left = f.axisWidth * double((units + 1) / 2);
    const double right = units > 1 ? f.axisWidth * double(units / 2) : fm.horizontalAdvance(QStringLiteral("00:00")) / 2;
    const double axisHeight = fm.height() * 2.3; // time labels and, below them, the day where it changes
    f.plot = QRectF(body.left() + left, body.top() + fm.height() * 0.5, body.width() - left - right, body.height() - axisHeight - fm.height() * 0.5);

    // Plan markers: labels in lanes above the plot, beside their lines (MarkerLabelLayout).
    if (v.t1 > v.t0 && !d.series.isEmpty()) {
        QList<double> xs;
        for (qsizetype i = 0; i < d.markers.size(); ++i) {
            const TimeMarker &m = d.markers[i];
            if (m.ms < v.t0 || m.ms > v.t1)
                continue;
            xs.append(f.plot.left() + double(m.ms - v.t0) / double(v.t1 - v.t0) * f.plot.width());
            f.markers.append(int(i));
            f.markerTexts.append(m.label + QStringLiteral(" ") + QDateTime::fromMSecsSinceEpoch(m.ms, d.zone).toString(QStringLiteral("HH:mm")));
        }
        QRectF band;
        f.markerLabels = MarkerLabelLayout::placeAbove(&f.plot, &band, xs, f.markerTexts, style);
    }
    return f;
}

QRectF LagQChart::plotRect(const QRectF &rect, const LagChartData &data, const LagViewport &viewport)
{
    return frameFor(rect, data, viewport).plot;
}

QRectF LagQChart::legendRect(const QRectF &rect, const LagChartData &data, const LagViewport &viewport)
{
    return frameFor(rect, data, viewport).legend;
}

void LagQChart::setData(const LagChartData &data)
{
    // The same shape (an undo, a re-import, the same selection): keep the series and axes,
    // which are costly to create, and only rename and re-colour them.
    // Each series keeps the value axis of the series it was built for, so the shape includes
    // every series' own unit, in order (two selections with the same units in another order
    // would otherwise draw a series against another unit's axis).
    auto thresholdUnits = [](const QList<LagThreshold> &thresholds) {
        QStringList units;
        for (const LagThreshold &t : thresholds)
            units.append(t.unit);
        return units;
    };
    auto seriesUnits = [](const QList<LagSeries> &series) {
        QStringList units;
        for (const LagSeries &s : series)
            units.append(s.unit);
        return units;
    };
    const bool sameShape = m_timeAxis && data.units() == m_data.units() && seriesUnits(data.series) == seriesUnits(m_data.series)
                        && thresholdUnits(data.thresholds) == thresholdUnits(m_data.thresholds);
    m_data = data;
    if (sameShape)
        relabel();
    else
        rebuild();
    refresh();
}

void LagQChart::relabel()
{
    for (qsizetype i = 0; i < m_data.series.size(); ++i) {
        const LagSeries &s = m_data.series[i];
        for (QLineSeries *line : std::as_const(m_segments[i]))
            line->setName(s.unit.isEmpty() ? s.label : QStringLiteral("%1 (%2)").arg(s.label, s.unit));
    }
    for (qsizetype i = 0; i < m_thresholds.size(); ++i)
        m_thresholds[i]->setName(m_data.thresholds[i].label);
    updateShift();
    m_fontPx = 0.0; // theme the threshold pens (their action may have changed) at the next refresh
}

void LagQChart::updateShift()
{
    // The plan's zone on an axis that formats in the process's local zone: shift by the
    // difference at the middle of the data (a DST change within the data shifts later labels).
    m_shiftMs = 0;
    qint64 t0 = 0, t1 = 0;
    if (m_data.zone.isValid() && m_data.timeRange(&t0, &t1)) {
        const QDateTime mid = QDateTime::fromMSecsSinceEpoch(t0 + (t1 - t0) / 2);
        m_shiftMs = qint64(m_data.zone.offsetFromUtc(mid) - mid.offsetFromUtc()) * 1000;
    }
}

void LagQChart::setViewport(const LagViewport &viewport)
{
    m_view = viewport;
    refresh();
}

QLineSeries *LagQChart::newSegment(int series)
{
    const LagSeries &s = m_data.series[series];
    auto *line = new QLineSeries(this);
    line->setName(s.unit.isEmpty() ? s.label : QStringLiteral("%1 (%2)").arg(s.label, s.unit));
    addSeries(line);
    line->attachAxis(m_timeAxis);
    line->attachAxis(m_valueAxes.value(s.unit));
    m_segments[series].append(line);
    return line;
}

void LagQChart::rebuild()
{
    removeAllSeries();
    for (QAbstractAxis *axis : axes())
        removeAxis(axis);
    qDeleteAll(m_valueAxes);
    m_valueAxes.clear();
    delete m_timeAxis;
    m_segments.clear();
    m_usedSegments.clear();
    m_thresholds.clear();

    const ChartStyle style = ChartStyle::forSize(size().isEmpty() ? QSizeF(1600, 1000) : size());
    m_fontPx = style.fontPx;
    m_timeAxis = new QDateTimeAxis(this);
    addAxis(m_timeAxis, Qt::AlignBottom);
    QtCharts::applyTheme(m_timeAxis, style);
    m_timeAxis->setTitleVisible(false);
    // Its labels and grid come from TimeAxis (round local times of the plan's zone, and the
    // date where the day changes), which QDateTimeAxis cannot place: the overlay draws them.
    m_timeAxis->setLabelsVisible(false);
    m_timeAxis->setGridLineVisible(false);
    const QStringList units = m_data.units();
    for (qsizetype u = 0; u < units.size(); ++u) {
        auto *axis = new QValueAxis(this);
        addAxis(axis, u % 2 == 0 ? Qt::AlignLeft : Qt::AlignRight);
        QtCharts::applyTheme(axis, style);
        axis->setTitleText(units[u]);
        axis->setTitleVisible(!units[u].isEmpty());
        axis->setLabelFormat(QStringLiteral("%.4g"));
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0.0);
        axis->setGridLineVisible(u == 0); // one grid: the others would cross it
        m_valueAxes.insert(units[u], axis);
    }
    updateShift();
    m_segments.resize(m_data.series.size());
    m_usedSegments.fill(0, m_data.series.size());
    for (qsizetype i = 0; i < m_data.series.size(); ++i)
        newSegment(int(i));
    for (const LagThreshold &t : m_data.thresholds) {
        auto *line = new QLineSeries(this);
        line->setName(t.label);
        QPen pen(actionColor(t.action), std::max(1.0, style.line * 0.8), Qt::DashLine, Qt::FlatCap);
        line->setPen(pen);
        addSeries(line);
        line->attachAxis(m_timeAxis);
        line->attachAxis(m_valueAxes.value(t.unit));
        m_thresholds.append(line);
    }
}

void LagQChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    QChart::resizeEvent(event);
    refresh();
}

void LagQChart::refresh()
{
    const QRectF rect(QPointF(0, 0), size());
    if (rect.isEmpty() || !m_timeAxis)
        return;
    const ChartStyle style = ChartStyle::forSize(rect.size());
    m_frame = frameFor(rect, m_data, m_view);
    const QRectF &plot = m_frame.plot;
    const bool empty = m_data.series.isEmpty() || m_view.t1 <= m_view.t0 || plot.width() < 2 || plot.height() < 2;
    setPlotArea(plot);
    if (style.fontPx != m_fontPx) {
        // Type and strokes scale with the chart (a 1280×720 export, a PDF page, the window).
        m_fontPx = style.fontPx;
        for (QAbstractAxis *axis : axes())
            QtCharts::applyTheme(axis, style);
        for (qsizetype i = 0; i < m_thresholds.size(); ++i)
            m_thresholds[i]->setPen(QPen(actionColor(m_data.thresholds[i].action), std::max(1.0, style.line * 0.8), Qt::DashLine, Qt::FlatCap));
    }
    m_timeAxis->setVisible(!empty);
    for (QValueAxis *axis : std::as_const(m_valueAxes))
        axis->setVisible(!empty);
    m_columns = 0;
    m_ticks.clear();
    if (empty) {
        for (const QList<QLineSeries *> &pool : std::as_const(m_segments)) {
            for (QLineSeries *line : pool)
                line->clear();
        }
        for (QLineSeries *line : std::as_const(m_thresholds))
            line->clear();
        m_under->changed();
        m_over->changed();
        return;
    }

    const qint64 t0 = m_view.t0, t1 = m_view.t1;
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(t0 + m_shiftMs), QDateTime::fromMSecsSinceEpoch(t1 + m_shiftMs));
    m_timeAxis->setFormat(timeFormat(t1 - t0));
    m_timeAxis->setTickCount(2);
    m_ticks = TimeAxis::ticks(t0, t1, plot.width(), style.fontPx * 5.5, m_data.zone);
    TimeAxis::thinDayLabels(m_ticks, [this](qint64 ms) { return xOf(ms); }, QFontMetricsF(style.font(0.85)));
    for (auto it = m_valueAxes.cbegin(); it != m_valueAxes.cend(); ++it) {
        const ValueRange r = valueRange(m_data, it.key(), t0, t1, plot.height(), style);
        it.value()->setRange(r.lo, r.hi);
        if (r.step > 0)
            it.value()->setTickInterval(r.step);
    }

    // Columns two pixels wide: a column keeps its min and max (at most four samples where it
    // has that few), so a series holds at most about two points per pixel column.
    m_columns = std::max(1, int(plot.width() - 2) / 2);
    for (qsizetype si = 0; si < m_data.series.size(); ++si) {
        const LagSeries &s = m_data.series[si];
        const PlotPoints pts = s.index.query(t0, t1, m_columns);
        const bool dense = pts.size() > plot.width() * 0.5;
        const QColor colour = ChartStyle::seriesColor(s.colorIndex);
        // Dense data (a min/max zig-zag) is drawn solid: dashes cannot be seen in it anyway.
        const QPen pen(colour, dense ? std::max(1.0, std::round(style.line)) : style.line * 1.3,
                       dense ? Qt::SolidLine : ChartStyle::seriesDash(s.colorIndex), Qt::FlatCap, Qt::RoundJoin);
        qsizetype used = 0;
        QList<QPointF> segment;
        segment.reserve(pts.size());
        auto flush = [&] {
            if (segment.isEmpty())
                return;
            QLineSeries *line = used < m_segments[si].size() ? m_segments[si][used] : newSegment(int(si));
            ++used;
            line->setPen(pen);
            // An isolated sample between gaps shows as a dot.
            line->setPointsVisible(segment.size() == 1);
            line->setMarkerSize(style.line * 3);
            line->setColor(colour);
            line->replace(segment);
            segment.clear();
        };
        for (qsizetype i = 0; i < pts.size(); ++i) {
            if (std::isnan(pts.values[i]))
                flush();
            else
                segment.append(QPointF(double(pts.times[i] + m_shiftMs), pts.values[i]));
        }
        flush();
        for (qsizetype k = used; k < m_segments[si].size(); ++k) {
            if (m_segments[si][k]->count() > 0)
                m_segments[si][k]->clear();
        }
        m_usedSegments[si] = used;
    }
    for (qsizetype i = 0; i < m_thresholds.size(); ++i) {
        const double y = m_data.thresholds[i].value;
        m_thresholds[i]->replace(QList<QPointF> { QPointF(double(t0 + m_shiftMs), y), QPointF(double(t1 + m_shiftMs), y) });
    }
    m_under->changed();
    m_over->changed();
    // Lay the chart out now (plot area, axes), not at the next event: a chart rendered into a
    // file or PDF page straight after must not be painted with the previous frame's geometry.
    if (QGraphicsLayout *chartLayout = layout()) {
        chartLayout->invalidate();
        chartLayout->activate();
    }
}

QList<QLineSeries *> LagQChart::segments(int series) const
{
    if (series < 0 || series >= m_segments.size())
        return {};
    return m_segments[series].mid(0, m_usedSegments[series]);
}

QLineSeries *LagQChart::thresholdSeries(int i) const
{
    return m_thresholds.value(i);
}

qsizetype LagQChart::pointCount() const
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < m_segments.size(); ++i) {
        for (const QLineSeries *line : segments(int(i)))
            n += line->count();
    }
    return n;
}

double LagQChart::xOf(qint64 ms) const
{
    const QRectF &plot = m_frame.plot;
    if (m_view.t1 <= m_view.t0)
        return plot.left();
    return plot.left() + double(ms - m_view.t0) / double(m_view.t1 - m_view.t0) * plot.width();
}

qint64 LagQChart::timeAt(double x) const
{
    const QRectF &plot = m_frame.plot;
    if (plot.width() <= 0)
        return m_view.t0;
    return m_view.t0 + qint64(std::llround((x - plot.left()) / plot.width() * double(m_view.t1 - m_view.t0)));
}

double LagQChart::yOf(const QString &unit, double value) const
{
    const QValueAxis *axis = m_valueAxes.value(unit);
    const QRectF &plot = m_frame.plot;
    if (!axis || axis->max() <= axis->min())
        return std::nan("");
    return plot.bottom() - (value - axis->min()) / (axis->max() - axis->min()) * plot.height();
}

QList<QRectF> LagQChart::breachRects() const
{
    QList<QRectF> out;
    const QRectF &plot = m_frame.plot;
    if (m_data.series.isEmpty() || m_view.t1 <= m_view.t0)
        return out;
    for (const BreachStretch &b : m_data.stretches) {
        if (b.series < 0 || b.to < m_view.t0 || b.from > m_view.t1)
            continue;
        // At least 3 px wide, so a single breaching sample shows.
        double x0 = xOf(b.from), x1 = xOf(b.to);
        if (x1 - x0 < 3) {
            const double c = (x0 + x1) / 2;
            x0 = c - 1.5;
            x1 = c + 1.5;
        }
        out.append(QRectF(QPointF(std::max(x0, plot.left()), plot.top()), QPointF(std::min(x1, plot.right()), plot.bottom())));
    }
    return out;
}

bool LagQChart::nearestPoint(const QPointF &pos, double radius, int *series, qint64 *ms, double *value) const
{
    double best = radius * radius;
    bool found = false;
    for (qsizetype si = 0; si < m_data.series.size(); ++si) {
        const QString &unit = m_data.series[si].unit;
        for (const QLineSeries *line : segments(int(si))) {
            const QList<QPointF> pts = line->points();
            for (const QPointF &pt : pts) {
                const qint64 t = qint64(pt.x()) - m_shiftMs;
                const double dx = xOf(t) - pos.x();
                if (dx * dx > best)
                    continue;
                const double dy = yOf(unit, pt.y()) - pos.y();
                if (dx * dx + dy * dy <= best) {
                    best = dx * dx + dy * dy;
                    *series = int(si);
                    *ms = t;
                    *value = pt.y();
                    found = true;
                }
            }
        }
    }
    return found;
}

void LagQChart::paint(QPainter *painter, const QRectF &rect, const LagChartData &data, const LagViewport &viewport)
{
    LagQChart chart;
    chart.setData(data);
    chart.setViewport(viewport);
    QtCharts::render(&chart, painter, rect);
}

void LagQChart::paint(QPainter *painter, const QRectF &rect, const LagChartData &data)
{
    paint(painter, rect, data, wholeRange(data));
}

} // namespace cutover::charts
