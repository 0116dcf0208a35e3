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

namespace {

/** Characters of `font` that can possibly share one line of `width` (a generous bound). */
qsizetype charsPerLineBound(const QFont &font, double width)
{
    // No printable character of the report's fonts is narrower than a fifth of the pixel size,
    // except zero-width marks; the window doubles when that bound proves too small.
    const double em = std::max(1, font.pixelSize() > 0 ? font.pixelSize() : int(font.pointSizeF()));
    return qsizetype(std::max(1.0, width) / (em * 0.2)) + 16;
}

/** Appends the lines of one paragraph (no '\n'); false once `maxLines` (> 0) is exceeded. */
bool wrapParagraph(const QString &para, const QFont &font, double width, int maxLines, QStringList &lines)
{
    qsizetype pos = 0;
    qsizetype textEnd = para.size(); // trailing white space makes no line of its own
    while (textEnd > 0 && para.at(textEnd - 1).isSpace())
        --textEnd;
    qsizetype window = 4 * charsPerLineBound(font, width);
    while (pos < textEnd) {
        qsizetype end = std::min(textEnd, pos + window);
        if (end < textEnd && para.at(end - 1).isHighSurrogate())
            ++end;
        const bool toTheEnd = end == textEnd;
        const QString piece = para.mid(pos, end - pos);
        QTextLayout layout(piece, font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        QList<std::pair<qsizetype, qsizetype>> found;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(std::max(1.0, width));
            found.append({ line.textStart(), line.textLength() });
        }
        layout.endLayout();
        // The last line of a window that stops short of the paragraph's end may be cut by the
        // window: keep it for the next window (unless it is the only line: then the window was
        // too narrow for one line, so widen it).
        if (found.isEmpty())
            break;
        if (!toTheEnd) {
            if (found.size() <= 1) {
                window *= 2;
                continue;
            }
            found.removeLast();
        }
        for (const auto &[start, length] : std::as_const(found)) {
            lines << piece.mid(start, length).trimmed();
            if (maxLines > 0 && lines.size() > maxLines)
                return false;
        }
        pos += found.last().first + found.last().second;
        while (!toTheEnd && pos < textEnd && para.at(pos).isSpace())
            ++pos;
    }
    return true;
}

} // namespace

QStringList ReportStyle::wrap(const QString &text, const QFont &font, double width, int maxLines)
{
    QStringList lines;
    qsizetype from = 0;
    while (from <= text.size()) {
        qsizetype to = text.indexOf(QLatin1Char('\n'), from);
        if (to < 0)
            to = text.size();
        const QString para = text.mid(from, to - from);
        if (para.trimmed().isEmpty())
            lines << QString();
        else if (!wrapParagraph(para, font, width, maxLines, lines))
            return lines;
        if (maxLines > 0 && lines.size() > maxLines)
            return lines;
        from = to + 1;
    }
    return lines;
}

QStringList ReportStyle::wrapClipped(const QString &text, const QFont &font, double width, int maxLines)
{
    QStringList lines = wrap(text, font, width, maxLines);
    if (maxLines > 0 && lines.size() > maxLines) {
        lines = lines.mid(0, maxLines);
        const QString ellipsis(QChar(0x2026));
        QString last = elided(lines.last() + QStringLiteral(" ") + ellipsis, font, width);
        if (!last.endsWith(ellipsis))
            last += ellipsis;
        lines.last() = last;
    }
    return lines;
}

QString ReportStyle::elided(const QString &text, const QFont &font, double width)
{
    // Measuring a megabyte to show a few dozen characters of it would take seconds per call.
    qsizetype keep = charsPerLineBound(font, width);
    QString head = text.size() > keep ? text.left(keep + (text.at(keep - 1).isHighSurrogate() ? 1 : 0)) + QChar(0x2026) : text;
    head.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return QFontMetricsF(font).elidedText(head, Qt::ElideRight, width);
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
