// SPDX-License-Identifier: GPL-3.0-or-later
#include "legend.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>

namespace cutover::charts {

Legend::Legend(QList<LegendItem> items, const ChartStyle &style) : m_items(std::move(items)), m_style(style) {}

QList<QRectF> Legend::layout(const QRectF &rect) const
{
    QList<QRectF> cells;
    const QFontMetricsF fm(m_style.font(0.9));
    const double h = fm.height() * 1.3;
    const double swatch = m_style.fontPx * 1.6;
    double x = rect.left(), y = rect.top();
    for (const LegendItem &item : m_items) {
        const double w = swatch + m_style.fontPx * 0.4 + fm.horizontalAdvance(item.label) + m_style.fontPx * 1.2;
        if (x > rect.left() && x + w > rect.right()) {
            x = rect.left();
            y += h;
        }
        cells.append(QRectF(x, y, std::min(w, rect.width()), h));
        x += w;
    }
    return cells;
}

double Legend::height(double width) const
{
    if (m_items.isEmpty())
        return 0.0;
    const QList<QRectF> cells = layout(QRectF(0, 0, width, 1e9));
    return cells.constLast().bottom();
}

void Legend::paint(QPainter *p, const QRectF &rect) const
{
    const QList<QRectF> cells = layout(rect);
    p->save();
    p->setFont(m_style.font(0.9));
    const double swatch = m_style.fontPx * 1.6;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
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
        ChartStyle::drawElided(p, QRectF(sw.right() + m_style.fontPx * 0.4, cell.top(), cell.right() - sw.right(), cell.height()),
                               Qt::AlignLeft | Qt::AlignVCenter, item.label);
    }
    p->restore();
}

QRectF LabelStacker::place(double x, double width, double left, double right)
{
    double x0 = std::clamp(x + 3.0, left, std::max(left, right - width));
    for (qsizetype line = 0;; ++line) {
        if (line == m_used.size())
            m_used.append(QList<QPair<double, double>>());
        bool free = true;
        for (const auto &span : std::as_const(m_used[line])) {
            if (x0 < span.second && x0 + width > span.first) {
                free = false;
                break;
            }
        }
        if (free || line >= 6) {
            m_used[line].append({ x0, x0 + width });
            return QRectF(x0, m_top + line * m_line, width, m_line);
        }
    }
}

} // namespace cutover::charts
