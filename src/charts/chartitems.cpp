// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartitems.h"

#include <QAbstractBarSeries>
#include <QAbstractSeries>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>

#include <algorithm>

namespace cutover::charts {

namespace {

double labelGap(const ChartStyle &style)
{
    return std::max(3.0, style.fontPx * 0.25);
}

} // namespace

ChartOverlayItem::ChartOverlayItem(QChart *chart) : QGraphicsItem(chart), m_chart(chart)
{
    setZValue(100);
    setAcceptedMouseButtons(Qt::NoButton);
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, [this] { prepareGeometryChange(); });
}

QRectF ChartOverlayItem::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_chart->size());
}

ChartMessageItem::ChartMessageItem(QChart *chart, const QString &text, const ChartStyle &style)
    : ChartOverlayItem(chart), m_text(text), m_style(style)
{
}

void ChartMessageItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF area = chart()->plotArea().isEmpty() ? boundingRect() : chart()->plotArea();
    m_style.drawEmpty(p, area.adjusted(m_style.margin, 0, -m_style.margin, 0), m_text);
}

ChartHeaderItem::ChartHeaderItem(QChart *chart, QList<ChartHeaderLine> lines, double top)
    : ChartOverlayItem(chart), m_lines(std::move(lines)), m_top(top)
{
}

double ChartHeaderItem::height(const QList<ChartHeaderLine> &lines)
{
    double h = 0;
    for (const ChartHeaderLine &l : lines)
        h += QFontMetricsF(l.font).height() * 1.15;
    return h;
}

void ChartHeaderItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF r = boundingRect();
    double y = m_top;
    for (const ChartHeaderLine &l : std::as_const(m_lines)) {
        p->setFont(l.font);
        p->setPen(l.color);
        const double h = QFontMetricsF(l.font).height();
        ChartStyle::drawElided(p, QRectF(r.left() + 4, y, r.width() - 8, h), Qt::AlignHCenter | Qt::AlignVCenter, l.text);
        y += h * 1.15;
    }
}

MarkerLabelsItem::MarkerLabelsItem(QChart *chart, QAbstractSeries *series, QList<ChartMarker> markers, const ChartStyle &style)
    : ChartOverlayItem(chart), m_series(series), m_markers(std::move(markers)), m_style(style)
{
}

double MarkerLabelsItem::bandHeight(qsizetype count, const ChartStyle &style)
{
    const QFontMetricsF fm(MarkerLabelLayout::font(style));
    return count > 0 ? double(count) * (fm.height() + 2 + 2) + 2 : 0.0;
}

QList<double> MarkerLabelsItem::positions() const
{
    QList<double> xs;
    for (const ChartMarker &m : m_markers)
        xs.append(chart()->mapToPosition(QPointF(m.x, 0), m_series).x());
    return xs;
}

MarkerLabelPlacement MarkerLabelsItem::placement() const
{
    const QFontMetricsF fm(MarkerLabelLayout::font(m_style));
    const QRectF plot = chart()->plotArea();
    const QList<double> xs = positions();
    QList<MarkerLabel> labels;
    for (qsizetype i = 0; i < m_markers.size(); ++i)
        labels.append({ std::clamp(xs[i], plot.left(), plot.right()),
                        QSizeF(fm.horizontalAdvance(m_markers[i].label) + m_style.fontPx * 0.6 + 2, fm.height() + 2) });
    return MarkerLabelLayout::layout(labels, plot.left(), plot.right(), plot.top(), labelGap(m_style));
}

void MarkerLabelsItem::paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_markers.isEmpty() || chart()->plotArea().isEmpty())
        return;
    const QRectF plot = chart()->plotArea();
    const MarkerLabelPlacement placed = placement();
    QList<double> xs = positions();
    QStringList texts;
    for (qsizetype i = 0; i < m_markers.size(); ++i) {
        xs[i] = std::clamp(xs[i], plot.left(), plot.right());
        texts.append(m_markers[i].label);
        QPen pen = m_markers[i].pen;
        pen.setCapStyle(Qt::FlatCap);
        p->setPen(pen);
        p->drawLine(QPointF(xs[i], plot.top()), QPointF(xs[i], placed.lineTop(i)));
    }
    MarkerLabelLayout::paint(p, placed, xs, texts, m_style);
}

std::unique_ptr<QChart> fitBarRows(const QSizeF &size, double rowHeight, int estimate, int count,
                                   const std::function<std::unique_ptr<QChart>(int fit)> &build)
{
    estimate = std::max(1, estimate);
    std::unique_ptr<QChart> chart = build(estimate);
    QGraphicsScene scene;
    scene.addItem(chart.get());
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    const int fit = std::max(1, int(chart->plotArea().height() / rowHeight));
    scene.removeItem(chart.get());
    const int rows = std::min(fit, count);
    if (rows != std::min(estimate, count))
        return build(fit);
    if (fit != estimate) {
        const double scale = std::min(1.0, double(rows) / fit) / std::min(1.0, double(rows) / estimate);
        for (QAbstractSeries *series : chart->series()) {
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
                bars->setBarWidth(bars->barWidth() * scale);
        }
    }
    return chart;
}

} // namespace cutover::charts
