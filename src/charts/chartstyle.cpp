// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyle.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace cutover::charts {

namespace {
double g_textScale = 1.0;
} // namespace

void ChartStyle::setTextScale(double scale)
{
    g_textScale = std::clamp(scale, 0.5, 4.0);
}

double ChartStyle::textScale()
{
    return g_textScale;
}

ChartStyle ChartStyle::forSize(const QSizeF &size)
{
    ChartStyle s;
    const double base = std::min(size.width() / 1.6, size.height());
    s.fontPx = std::clamp(base / 42.0, 11.0, 22.0) * g_textScale;
    s.line = std::clamp(s.fontPx / 8.0, 1.0, 3.0 * g_textScale);
    s.margin = std::round(s.fontPx * 0.8);
    return s;
}

QColor ChartStyle::seriesColor(int i)
{
    // Reddish purple last: it is the colour of the plan markers (freeze, switch, deadline) on the lag chart.
    static const QColor colors[] = { blue(), vermillion(), bluishGreen(), orange(), skyBlue(), black(), reddishPurple() };
    const int n = int(std::size(colors));
    return colors[((i % n) + n) % n];
}

Qt::PenStyle ChartStyle::seriesDash(int i)
{
    static const Qt::PenStyle styles[] = { Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine };
    const int n = int(std::size(styles));
    return styles[((i % n) + n) % n];
}

QFont ChartStyle::font(double scale, bool bold) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(std::max(8, int(std::lround(fontPx * scale))));
    f.setBold(bold);
    return f;
}

void ChartStyle::drawElided(QPainter *p, const QRectF &rect, int align, const QString &text)
{
    const QFontMetricsF fm(p->font());
    const QString elided = fm.elidedText(text, Qt::ElideRight, std::max(0.0, rect.width()));
    p->drawText(rect, align | Qt::TextSingleLine, elided);
}

QRectF ChartStyle::drawFrame(QPainter *p, const QRectF &rect, const QString &title, const QString &subtitle) const
{
    p->fillRect(rect, background());
    QRectF body = rect.adjusted(margin, margin, -margin, -margin);
    if (!title.isEmpty()) {
        p->setFont(font(1.25, true));
        p->setPen(text());
        const double h = QFontMetricsF(p->font()).height();
        drawElided(p, QRectF(body.left(), body.top(), body.width(), h), Qt::AlignLeft | Qt::AlignVCenter, title);
        body.setTop(body.top() + h + fontPx * 0.2);
    }
    if (!subtitle.isEmpty()) {
        p->setFont(font(0.9));
        p->setPen(mutedText());
        const double h = QFontMetricsF(p->font()).height();
        drawElided(p, QRectF(body.left(), body.top(), body.width(), h), Qt::AlignLeft | Qt::AlignVCenter, subtitle);
        body.setTop(body.top() + h + fontPx * 0.4);
    }
    return body;
}

void ChartStyle::drawEmpty(QPainter *p, const QRectF &rect, const QString &message) const
{
    p->save();
    p->setFont(font(1.1));
    p->setPen(mutedText());
    p->drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, message);
    p->restore();
}

QString ChartStyle::formatNumber(double v)
{
    const double a = std::abs(v);
    const QLocale c = QLocale::c();
    auto trim = [&](double x, const QString &suffix) -> QString {
        QString s = c.toString(x, 'f', std::abs(x) < 10 ? 1 : 0);
        if (s.endsWith(QLatin1String(".0")))
            s.chop(2);
        return s + suffix;
    };
    if (a >= 1e9)
        return trim(v / 1e9, QStringLiteral("G"));
    if (a >= 1e6)
        return trim(v / 1e6, QStringLiteral("M"));
    if (a >= 1e4)
        return trim(v / 1e3, QStringLiteral("k"));
    if (a == 0)
        return QStringLiteral("0");
    if (a < 0.01)
        return c.toString(v, 'g', 2);
    QString s = c.toString(v, 'f', a < 1 ? 2 : (a < 10 ? 1 : 0));
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return s;
}

QList<double> ChartStyle::niceTicks(double lo, double hi, int count)
{
    QList<double> ticks;
    if (!std::isfinite(lo) || !std::isfinite(hi) || count < 1)
        return ticks;
    if (hi < lo)
        std::swap(lo, hi);
    if (hi - lo <= 0) {
        ticks.append(lo);
        return ticks;
    }
    const double raw = (hi - lo) / count;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    double step = mag;
    for (double f : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        step = f * mag;
        if (step >= raw)
            break;
    }
    const double first = std::ceil(lo / step - 1e-9) * step;
    // Bounded by construction: about `count` ticks, and none where step is below v's precision.
    for (double v = first; v <= hi + step * 1e-9 && ticks.size() <= 4 * qsizetype(count) + 2; v += step) {
        ticks.append(std::abs(v) < step * 1e-9 ? 0.0 : v);
        if (v + step == v)
            break;
    }
    return ticks;
}

} // namespace cutover::charts
