// SPDX-License-Identifier: GPL-3.0-or-later
#include "ganttrenderer.h"

#include "model/durationtext.h"
#include "legend.h"
#include "timeaxis.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace cutover::charts {

namespace {

double titleHeight(const ChartStyle &s)
{
    return QFontMetricsF(s.font(1.25, true)).height() + s.fontPx * 0.2 + QFontMetricsF(s.font(0.9)).height() + s.fontPx * 0.4;
}

/** The P80 ghost bars' fill (see docs/charts.md). */
const QColor kGhostFill(0, 0, 0, 26);

QList<LegendItem> legendItems(const GanttData &d)
{
    QList<LegendItem> items;
    items.append({ LegendItem::Shape::Box, ChartStyle::skyBlue(), QPen(ChartStyle::blue(), 1), GanttRenderer::tr("Task") });
    items.append({ LegendItem::Shape::Box, ChartStyle::vermillion(), QPen(ChartStyle::black(), 2), GanttRenderer::tr("Critical path"),
                   QBrush(QColor(0, 0, 0, 110), Qt::BDiagPattern) });
    items.append({ LegendItem::Shape::Diamond, ChartStyle::black(), QPen(ChartStyle::black(), 1), GanttRenderer::tr("Milestone") });
    items.append({ LegendItem::Shape::Diamond, ChartStyle::yellow(), QPen(ChartStyle::black(), 2), GanttRenderer::tr("Go/no-go gate") });
    bool ghost = false;
    for (const GanttBar &b : d.bars)
        ghost = ghost || std::isfinite(b.p80Finish);
    if (ghost)
        items.append({ LegendItem::Shape::Box, kGhostFill, QPen(ChartStyle::mutedText(), 1, Qt::DashLine), GanttRenderer::tr("P80 finish") });
    if (std::isfinite(d.windowStart))
        items.append({ LegendItem::Shape::Box, QColor(0x56, 0xB4, 0xE9, 50), QPen(ChartStyle::blue(), 1), GanttRenderer::tr("Maintenance window") });
    if (std::isfinite(d.freezeStart))
        items.append({ LegendItem::Shape::Box, QBrush(QColor(0xE6, 0x9F, 0x00, 120), Qt::FDiagPattern), QPen(ChartStyle::orange(), 1),
                       GanttRenderer::tr("Write freeze (downtime)") });
    if (std::isfinite(d.rollbackDeadline))
        items.append({ LegendItem::Shape::Line, {}, QPen(ChartStyle::reddishPurple(), 3), GanttRenderer::tr("Rollback deadline") });
    if (std::isfinite(d.rollbackDeadlineP80))
        items.append({ LegendItem::Shape::Line, {}, QPen(ChartStyle::reddishPurple(), 3, Qt::DashLine), GanttRenderer::tr("Rollback deadline (P80)") });
    if (std::isfinite(d.pointOfNoReturn))
        items.append({ LegendItem::Shape::Line, {}, QPen(ChartStyle::black(), 2, Qt::DashDotLine), GanttRenderer::tr("Point of no return") });
    return items;
}

/** The labelled vertical lines, most important first (the label layout breaks ties in this order). */
QList<GanttMarker> allMarkers(const GanttData &d, const ChartStyle &style)
{
    QList<GanttMarker> out;
    auto add = [&](double at, const QPen &pen, const QString &label) {
        if (std::isfinite(at))
            out.append({ at, pen, label + QStringLiteral(" ") + d.toDateTime(at).toString(QStringLiteral("HH:mm")) });
    };
    add(d.rollbackDeadline, QPen(ChartStyle::reddishPurple(), style.line * 2), GanttRenderer::tr("rollback deadline (likely)"));
    add(d.rollbackDeadlineP80, QPen(ChartStyle::reddishPurple(), style.line * 2, Qt::DashLine), GanttRenderer::tr("rollback deadline P80"));
    add(d.pointOfNoReturn, QPen(ChartStyle::black(), style.line * 1.3, Qt::DashDotLine), GanttRenderer::tr("point of no return"));
    if (std::isfinite(d.windowStart) && std::isfinite(d.windowEnd)) {
        add(d.windowStart, QPen(ChartStyle::blue(), style.line), GanttRenderer::tr("window opens"));
        add(d.windowEnd, QPen(ChartStyle::blue(), style.line), GanttRenderer::tr("window closes"));
    }
    if (std::isfinite(d.freezeStart) && std::isfinite(d.trafficSwitched)) {
        add(d.freezeStart, QPen(ChartStyle::orange(), style.line), GanttRenderer::tr("write freeze"));
        add(d.trafficSwitched, QPen(ChartStyle::orange(), style.line), GanttRenderer::tr("traffic switched"));
    }
    return out;
}

QPolygonF diamond(const QRectF &r)
{
    const QPointF c = r.center();
    const double h = r.height() / 2;
    return QPolygonF({ c + QPointF(0, -h), c + QPointF(h, 0), c + QPointF(0, h), c + QPointF(-h, 0) });
}

} // namespace

GanttLayout::GanttLayout(const GanttData &data, const GanttViewport &viewport, const QRectF &rect, const ChartStyle &style)
    : m_data(data), m_view(viewport)
{
    QRectF body = rect.adjusted(style.margin, style.margin, -style.margin, -style.margin);
    if (viewport.showTitle) {
        titleRect = QRectF(body.left(), body.top(), body.width(), titleHeight(style));
        body.setTop(titleRect.bottom());
    }
    if (viewport.showLegend) {
        const double h = Legend(legendItems(data), style).height(body.width());
        legendRect = QRectF(body.left(), body.bottom() - h, body.width(), h);
        body.setBottom(legendRect.top() - style.fontPx * 0.5);
    }
    const double labelWidth = std::min(body.width() * 0.28, style.fontPx * 20);
    const double axisHeight = QFontMetricsF(style.font(0.85)).height() * 2.2;
    axisRect = QRectF(body.left() + labelWidth, body.top(), body.width() - labelWidth, axisHeight);
    labelColumn = QRectF(body.left(), body.top() + axisHeight, labelWidth, body.height() - axisHeight);
    m_plot = QRectF(axisRect.left(), labelColumn.top(), axisRect.width(), labelColumn.height());
    m_rowHeight = viewport.rowHeight > 0 ? viewport.rowHeight : style.fontPx * 1.8;
    if (m_view.t1 <= m_view.t0)
        m_view.t1 = m_view.t0 + 1.0;

    // Marker labels get lanes of their own between the axis and the plot, so they never sit
    // on a bar or on another marker's line; the plot starts below the last lane.
    QList<double> xs;
    QStringList texts;
    for (const GanttMarker &m : allMarkers(data, style)) {
        const double px = x(m.at);
        if (px < m_plot.left() || px > m_plot.right())
            continue;
        markers.append(m);
        xs.append(px);
        texts.append(m.text);
    }
    markerLabels = MarkerLabelLayout::placeAbove(&m_plot, &markerBand, xs, texts, style, viewport.minMarkerLanes);
    labelColumn.setTop(m_plot.top());
    firstVisibleRow = std::max(0, int(std::floor(viewport.firstRow)));
    lastVisibleRow = std::min(int(data.rows.size()) - 1, int(std::floor(viewport.firstRow + m_plot.height() / m_rowHeight)));
}

GanttViewport GanttLayout::fitAll(const GanttData &data, const QRectF &rect, const ChartStyle &style)
{
    GanttViewport v;
    const double lo = data.minTime(), hi = data.maxTime();
    const double pad = std::max(1.0, (hi - lo) * 0.03);
    v.t0 = lo - pad;
    v.t1 = hi + pad;
    const GanttLayout probe(data, v, rect, style);
    const double rows = std::max<qsizetype>(1, data.rows.size());
    v.rowHeight = std::clamp(probe.plot().height() / rows, 3.0, style.fontPx * 1.8);
    return v;
}

double GanttLayout::x(double minutes) const
{
    return m_plot.left() + (minutes - m_view.t0) / (m_view.t1 - m_view.t0) * m_plot.width();
}

double GanttLayout::minutesAt(double px) const
{
    return m_view.t0 + (px - m_plot.left()) / m_plot.width() * (m_view.t1 - m_view.t0);
}

double GanttLayout::rowTop(int row) const
{
    return m_plot.top() + (row - m_view.firstRow) * m_rowHeight;
}

QRectF GanttLayout::barRect(int bar) const
{
    if (bar < 0 || bar >= m_data.bars.size())
        return {};
    const GanttBar &b = m_data.bars[bar];
    const double top = rowTop(b.row);
    if (b.kind != TaskKind::Task) {
        const double size = m_rowHeight * 0.7;
        const double cx = x(b.finish);
        return QRectF(cx - size / 2, top + (m_rowHeight - size) / 2, size, size);
    }
    const double h = m_rowHeight * 0.6;
    const double x0 = x(b.start);
    const double w = std::max(x(b.finish) - x0, 1.0);
    return QRectF(x0, top + (m_rowHeight - h) / 2, w, h);
}

int GanttLayout::rowAt(double y) const
{
    if (y < m_plot.top() || y >= m_plot.bottom())
        return -1;
    const int row = int(std::floor((y - m_plot.top()) / m_rowHeight + m_view.firstRow));
    return row >= 0 && row < m_data.rows.size() ? row : -1;
}

int GanttLayout::barAt(const QPointF &pos) const
{
    const int row = rowAt(pos.y());
    if (row < 0 || m_data.rows[row].kind != GanttRow::Kind::Task)
        return -1;
    if (labelColumn.contains(pos))
        return m_data.rows[row].bar;
    const int bar = m_data.rows[row].bar;
    const QRectF r = barRect(bar).adjusted(-4, 0, 4, 0);
    return pos.x() >= r.left() && pos.x() <= r.right() ? bar : -1;
}

void GanttRenderer::paint(QPainter *p, const QRectF &rect, const GanttData &data)
{
    paint(p, rect, data, GanttLayout::fitAll(data, rect, ChartStyle::forSize(rect.size())));
}

void GanttRenderer::paint(QPainter *p, const QRectF &rect, const GanttData &d, const GanttViewport &view)
{
    const ChartStyle style = ChartStyle::forSize(rect.size());
    const GanttLayout L(d, view, rect, style);
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->fillRect(rect, ChartStyle::background());

    if (view.showTitle) {
        QString subtitle;
        if (!d.bars.isEmpty()) {
            subtitle = tr("Finish %1 (%2)").arg(QLocale().toString(d.toDateTime(d.finish), QStringLiteral("ddd d MMM HH:mm")),
                                                DurationText::format(d.finish));
            if (std::isfinite(d.freezeStart) && std::isfinite(d.trafficSwitched))
                subtitle += tr("  ·  downtime %1").arg(DurationText::format(d.trafficSwitched - d.freezeStart));
            if (d.zone.isValid())
                subtitle += tr("  ·  times in %1").arg(QString::fromUtf8(d.zone.id()));
        }
        p->setFont(style.font(1.25, true));
        p->setPen(ChartStyle::text());
        const double th = QFontMetricsF(p->font()).height();
        ChartStyle::drawElided(p, QRectF(L.titleRect.left(), L.titleRect.top(), L.titleRect.width(), th), Qt::AlignLeft | Qt::AlignVCenter,
                               tr("Timeline: %1").arg(d.title));
        p->setFont(style.font(0.9));
        p->setPen(ChartStyle::mutedText());
        ChartStyle::drawElided(p, QRectF(L.titleRect.left(), L.titleRect.top() + th + style.fontPx * 0.2, L.titleRect.width(), th),
                               Qt::AlignLeft | Qt::AlignVCenter, subtitle);
    }
    if (d.bars.isEmpty()) {
        style.drawEmpty(p, L.plot().united(L.labelColumn), tr("The plan has no tasks yet."));
        p->restore();
        return;
    }

    const QRectF plot = L.plot();
    const double t0 = L.minutesAt(plot.left()), t1 = L.minutesAt(plot.right());
    const qint64 originMs = d.origin.isValid() ? d.origin.toMSecsSinceEpoch() : 0;

    // Phase header rows, zebra background and selection.
    p->save();
    p->setClipRect(plot.united(L.labelColumn));
    for (int row = L.firstVisibleRow; row <= L.lastVisibleRow; ++row) {
        const GanttRow &r = d.rows[row];
        const QRectF band(L.labelColumn.left(), L.rowTop(row), plot.right() - L.labelColumn.left(), L.rowHeight());
        if (r.kind == GanttRow::Kind::Phase)
            p->fillRect(band, QColor(0xEC, 0xEC, 0xEC));
        else if (r.bar == view.selectedBar)
            p->fillRect(band, QColor(0xF0, 0xE4, 0x42, 110));
        else if (r.bar == view.hoverBar)
            p->fillRect(band, QColor(0, 0, 0, 14));
    }
    p->restore();

    // Time axis and grid.
    QList<TimeTick> ticks = TimeAxis::ticks(originMs + qint64(t0 * 60000), originMs + qint64(t1 * 60000), plot.width(),
                                            style.fontPx * 5.5, d.zone);
    p->setFont(style.font(0.85));
    const double lineH = QFontMetricsF(p->font()).height();
    TimeAxis::thinDayLabels(ticks, [&](qint64 ms) { return L.x(double(ms - originMs) / 60000.0); }, QFontMetricsF(p->font()));
    for (const TimeTick &tick : ticks) {
        const double px = L.x(double(tick.ms - originMs) / 60000.0);
        p->setPen(QPen(ChartStyle::grid(), 1));
        p->drawLine(QPointF(px, plot.top()), QPointF(px, plot.bottom()));
        p->setPen(QPen(ChartStyle::mutedText(), 1));
        p->drawLine(QPointF(px, L.axisRect.bottom() - 4), QPointF(px, L.axisRect.bottom()));
        p->setPen(ChartStyle::text());
        p->drawText(QRectF(px - 60, L.axisRect.bottom() - lineH - 4, 120, lineH), Qt::AlignCenter, tick.label);
        if (!tick.dayLabel.isEmpty())
            p->drawText(QRectF(px - 2, L.axisRect.top(), 400, lineH), Qt::AlignLeft | Qt::AlignVCenter, tick.dayLabel);
    }

    p->save();
    p->setClipRect(plot);
    // Bands: maintenance window, write freeze.
    if (std::isfinite(d.windowStart) && std::isfinite(d.windowEnd)) {
        const QRectF band(QPointF(L.x(d.windowStart), plot.top()), QPointF(L.x(d.windowEnd), plot.bottom()));
        p->fillRect(band, QColor(0x56, 0xB4, 0xE9, 40));
        p->setPen(QPen(ChartStyle::blue(), style.line, Qt::SolidLine));
        p->drawLine(band.topLeft(), band.bottomLeft());
        p->drawLine(band.topRight(), band.bottomRight());
    }
    if (std::isfinite(d.freezeStart) && std::isfinite(d.trafficSwitched)) {
        const QRectF band(QPointF(L.x(d.freezeStart), plot.top()), QPointF(L.x(d.trafficSwitched), plot.bottom()));
        p->fillRect(band, QColor(0xE6, 0x9F, 0x00, 40));
        p->fillRect(band, QBrush(QColor(0xE6, 0x9F, 0x00, 110), Qt::FDiagPattern));
    }

    // Dependency links (only those touching the visible rows).
    const double arrow = std::max(3.0, L.rowHeight() * 0.18);
    for (const GanttLink &link : d.links) {
        const GanttBar &a = d.bars[link.from];
        const GanttBar &b = d.bars[link.to];
        if (std::max(a.row, b.row) < L.firstVisibleRow || std::min(a.row, b.row) > L.lastVisibleRow)
            continue;
        const bool fromStart = link.type == DependencyType::SS || link.type == DependencyType::SF;
        const bool toFinish = link.type == DependencyType::FF || link.type == DependencyType::SF;
        const double xa = L.x(fromStart ? a.start : a.finish);
        const double xb = L.x(toFinish ? b.finish : b.start);
        if (std::max(xa, xb) < plot.left() - 20 || std::min(xa, xb) > plot.right() + 20)
            continue;
        const double ya = L.rowTop(a.row) + L.rowHeight() / 2;
        const double yb = L.rowTop(b.row) + L.rowHeight() * (b.row > a.row ? 0.2 : 0.8);
        const double xm = xb - xa >= 2 * arrow ? xa + arrow : xb;
        QPainterPath path(QPointF(xa, ya));
        path.lineTo(xm, ya);
        path.lineTo(xm, yb);
        if (xm != xb)
            path.lineTo(xb, yb);
        p->setBrush(Qt::NoBrush);
        p->setPen(QPen(link.critical ? ChartStyle::black() : QColor(0x88, 0x88, 0x88), link.critical ? style.line : 1.0));
        p->drawPath(path);
        if (xm == xb) {
            const double dir = b.row > a.row ? 1 : -1;
            p->setBrush(p->pen().color());
            p->drawPolygon(QPolygonF({ QPointF(xb, yb), QPointF(xb - arrow / 2, yb - dir * arrow), QPointF(xb + arrow / 2, yb - dir * arrow) }));
        } else {
            p->setBrush(p->pen().color());
            p->drawPolygon(QPolygonF({ QPointF(xb, yb), QPointF(xb - arrow, yb - arrow / 2), QPointF(xb - arrow, yb + arrow / 2) }));
        }
    }

    // Bars.
    const QBrush hatch(QColor(0, 0, 0, 110), Qt::BDiagPattern);
    for (int row = L.firstVisibleRow; row <= L.lastVisibleRow; ++row) {
        const GanttRow &r = d.rows[row];
        if (r.kind != GanttRow::Kind::Task)
            continue;
        const GanttBar &b = d.bars[r.bar];
        const QRectF br = L.barRect(r.bar);
        const bool hasGhost = std::isfinite(b.p80Finish) && b.p80Finish > b.finish;
        const double right = hasGhost ? std::max(br.right(), L.x(b.p80Finish)) : br.right();
        if (right < plot.left() - 2 || br.left() > plot.right() + 2)
            continue;
        if (hasGhost) {
            const QRectF ghost(QPointF(br.left(), br.top() - 1), QPointF(L.x(b.p80Finish), br.bottom() + 1));
            // Behind the bar, a faint grey fill with a dashed edge: secondary, and still readable in greyscale.
            p->setBrush(kGhostFill);
            p->setPen(QPen(ChartStyle::mutedText(), 1, Qt::DashLine));
            p->drawRect(ghost);
            if (ghost.right() > plot.right() + 1 && ghost.left() < plot.right() - 1) {
                // It runs on past the edge: an arrowhead says so (the report clips ghosts at a page's edge).
                const double h = std::min(ghost.height() * 0.8, style.fontPx * 0.7);
                const QPointF tip(plot.right() - 1, ghost.center().y());
                p->setPen(Qt::NoPen);
                p->setBrush(ChartStyle::mutedText());
                p->drawPolygon(QPolygonF({ tip, tip + QPointF(-h * 0.8, -h / 2), tip + QPointF(-h * 0.8, h / 2) }));
            }
        }
        const bool selected = r.bar == view.selectedBar;
        if (b.kind == TaskKind::Task) {
            p->setPen(QPen(b.critical ? ChartStyle::black() : ChartStyle::blue(), selected ? style.line * 2.5 : (b.critical ? style.line * 1.3 : 1.0)));
            p->setBrush(b.critical ? ChartStyle::vermillion() : ChartStyle::skyBlue());
            p->drawRect(br);
            if (b.critical)
                p->fillRect(br, hatch);
        } else {
            const bool gate = b.kind == TaskKind::Gate;
            p->setPen(QPen(ChartStyle::black(), selected ? style.line * 2.5 : (gate ? style.line * 1.3 : 1.0)));
            p->setBrush(gate ? ChartStyle::yellow() : ChartStyle::black());
            p->drawPolygon(diamond(br));
            if (b.critical && gate)
                p->fillRect(br.adjusted(br.width() * 0.35, br.height() * 0.35, -br.width() * 0.35, -br.height() * 0.35), ChartStyle::black());
        }
    }

    p->restore();

    // Label column.
    p->save();
    p->setClipRect(L.labelColumn);
    const double fontScale = std::clamp(L.rowHeight() / (style.fontPx * 1.8), 0.45, 1.0);
    const QFont taskFont = style.font(0.9 * fontScale);
    const QFont phaseFont = style.font(0.9 * fontScale, true);
    for (int row = L.firstVisibleRow; row <= L.lastVisibleRow; ++row) {
        const GanttRow &r = d.rows[row];
        const QRectF cell(L.labelColumn.left() + (r.kind == GanttRow::Kind::Task ? style.fontPx : 4), L.rowTop(row),
                          L.labelColumn.width() - style.fontPx - 8, L.rowHeight());
        p->setFont(r.kind == GanttRow::Kind::Phase ? phaseFont : taskFont);
        p->setPen(ChartStyle::text());
        QString text = r.label;
        if (r.kind == GanttRow::Kind::Task && d.bars[r.bar].critical)
            text = QStringLiteral("● ") + text;
        ChartStyle::drawElided(p, cell, Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    p->restore();
    p->setPen(QPen(ChartStyle::mutedText(), 1));
    p->drawLine(plot.topLeft(), plot.bottomLeft());
    p->drawLine(QPointF(L.labelColumn.left(), plot.top()), plot.topRight());

    // Marker lines run from the plot's bottom up to their label's lane; labels sit beside them.
    p->save();
    p->setClipRect(plot.united(L.markerBand));
    QList<double> xs;
    QStringList texts;
    for (qsizetype i = 0; i < L.markers.size(); ++i) {
        const GanttMarker &m = L.markers[i];
        xs.append(L.x(m.at));
        texts.append(m.text);
        p->setPen(m.pen);
        p->drawLine(QPointF(xs.last(), plot.bottom()), QPointF(xs.last(), L.markerLabels.lineTop(i)));
    }
    MarkerLabelLayout::paint(p, L.markerLabels, xs, texts, style);
    p->restore();

    if (view.showLegend)
        Legend(legendItems(d), style).paint(p, L.legendRect);
    p->restore();
}

} // namespace cutover::charts
