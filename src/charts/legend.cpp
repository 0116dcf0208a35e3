// SPDX-License-Identifier: GPL-3.0-or-later
#include "legend.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>

namespace cutover::charts {

Legend::Legend(QList<LegendItem> items, const ChartStyle &style) : m_items(std::move(items)), m_style(style) {}

void Legend::setBounded(double maxHeight)
{
    m_maxHeight = std::max(0.0, maxHeight);
}

double Legend::naturalWidth(const LegendItem &item) const
{
    const QFontMetricsF fm(m_style.font(0.9));
    return m_style.fontPx * 1.6 + m_style.fontPx * 0.4 + fm.horizontalAdvance(item.label) + m_style.fontPx * 1.2;
}

Legend::Layout Legend::layout(const QRectF &rect) const
{
    Layout out;
    const QFontMetricsF fm(m_style.font(0.9));
    const double h = fm.height() * 1.3;
    const qsizetype n = m_items.size();
    if (n == 0)
        return out;
    if (m_maxHeight < 0) {
        double x = rect.left(), y = rect.top();
        for (const LegendItem &item : m_items) {
            const double w = naturalWidth(item);
            if (x > rect.left() && x + w > rect.right()) {
                x = rect.left();
                y += h;
            }
            out.cells.append(QRectF(x, y, std::min(w, rect.width()), h));
            x += w;
        }
        return out;
    }
    // Equal columns wide enough for the widest label, but at least two columns once the
    // chart is wide (long series names are elided rather than given a row each).
    double widest = 0.0;
    for (const LegendItem &item : m_items)
        widest = std::max(widest, naturalWidth(item));
    qsizetype cols = std::max<qsizetype>(1, qsizetype(rect.width() / std::max(widest, 1.0)));
    if (cols < 2 && rect.width() >= m_style.fontPx * 36)
        cols = 2;
    cols = std::min(cols, n);
    const double colWidth = rect.width() / double(cols);
    const qsizetype maxRows = std::max<qsizetype>(1, qsizetype((m_maxHeight + 1e-9) / h));
    qsizetype rows = (n + cols - 1) / cols;
    qsizetype shown = n;
    if (rows > maxRows) {
        rows = maxRows;
        shown = rows * cols - 1;
    }
    for (qsizetype i = 0; i < shown; ++i)
        out.cells.append(QRectF(rect.left() + double(i % cols) * colWidth, rect.top() + double(i / cols) * h, colWidth, h));
    if (shown < n)
        out.more = QRectF(rect.left() + double(shown % cols) * colWidth, rect.top() + double(shown / cols) * h, colWidth, h);
    return out;
}

double Legend::height(double width) const
{
    if (m_items.isEmpty())
        return 0.0;
    const Layout l = layout(QRectF(0, 0, width, 1e9));
    return std::max(l.cells.isEmpty() ? 0.0 : l.cells.constLast().bottom(), l.more.bottom());
}

qsizetype Legend::shownCount(double width) const
{
    return layout(QRectF(0, 0, width, 1e9)).cells.size();
}

void Legend::paint(QPainter *p, const QRectF &rect) const
{
    const Layout l = layout(rect);
    const QList<QRectF> &cells = l.cells;
    p->save();
    p->setFont(m_style.font(0.9));
    const double swatch = m_style.fontPx * 1.6;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const LegendItem &item = m_items[i];
        const QRectF cell = cells[i];
        const QRectF sw(cell.left(), cell.center().y() - m_style.fontPx * 0.45, swatch, m_style.fontPx * 0.9);
        switch (item.shape) {
        case LegendItem::Shape::Box:
            p->setPen(item.pen);
            p->setBrush(item.brush);
            p->drawRect(sw);
            if (item.overlay.style() != Qt::NoBrush)
                p->fillRect(sw, item.overlay);
            break;
        case LegendItem::Shape::Line:
            p->setPen(item.pen);
            p->drawLine(QPointF(sw.left(), sw.center().y()), QPointF(sw.right(), sw.center().y()));
            break;
        case LegendItem::Shape::Diamond: {
            const QPointF c = sw.center();
            const double r = sw.height() * 0.6;
            p->setPen(item.pen);
            p->setBrush(item.brush);
            p->drawPolygon(QPolygonF({ c + QPointF(0, -r), c + QPointF(r, 0), c + QPointF(0, r), c + QPointF(-r, 0) }));
            break;
        }
        }
        p->setPen(ChartStyle::text());
        ChartStyle::drawElided(p, QRectF(sw.right() + m_style.fontPx * 0.4, cell.top(), std::max(0.0, cell.right() - sw.right() - m_style.fontPx * 0.8), cell.height()),
                               Qt::AlignLeft | Qt::AlignVCenter, item.label);
    }
    if (!l.more.isEmpty()) {
        p->setPen(ChartStyle::mutedText());
        const qsizetype hidden = m_items.size() - cells.size();
        ChartStyle::drawElided(p, l.more.adjusted(swatch + m_style.fontPx * 0.4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                               tr("+%n more", nullptr, int(hidden)));
    }
    p->restore();
}

} // namespace cutover::charts
