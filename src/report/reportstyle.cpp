// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportstyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace cutover::report {

QFont ReportStyle::font(double points, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(int(std::lround(points)));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures for scripts that do not need shaping: otherwise "fi" in "confidence" is the
    // single glyph U+FB01 in the PDF, and searching it for "confidence" finds nothing.
    f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferDefault | QFont::PreferNoShaping));
    return f;
}

double ReportStyle::lineHeight(const QFont &font)
{
    return std::ceil(QFontMetricsF(font).height() * 1.1);
}

QStringList ReportStyle::wrap(const QString &text, const QFont &font, double width)
{
    QStringList lines;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString &para : paragraphs) {
        if (para.trimmed().isEmpty()) {
            lines << QString();
            continue;
        }
        QTextLayout layout(para, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(std::max(1.0, width));
            lines << para.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
    }
    return lines;
}

QRectF ReportStyle::chartRect(const QRectF &rect, double scale)
{
    return QRectF(0, 0, rect.width() / scale, rect.height() / scale);
}

void ReportStyle::paintChart(QPainter *p, const QRectF &rect, const RectPainter &paint, double scale)
{
    p->save();
    p->setClipRect(rect, Qt::IntersectClip);
    p->translate(rect.topLeft());
    p->scale(scale, scale);
    paint(p, chartRect(rect, scale));
    p->restore();
}

} // namespace cutover::report
