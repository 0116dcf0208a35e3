// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

class QPainter;

namespace cutover::report {

/** Paints something (a chart, a table cell) into a rect given in points. */
using RectPainter = std::function<void(QPainter *, const QRectF &)>;

/**
 * Type sizes, colours and text helpers of the report. Report coordinates are PostScript
 * points (1/72 in) from the top-left of the page's printable area; fonts are sized in
 * points too (as pixel sizes in that coordinate system, so they stay exact on any device).
 */
class ReportStyle
{
public:
    static constexpr double kBody = 9.0;
    static constexpr double kSmall = 8.0;   ///< tables, notes, header and footer (never below 7 pt)
    static constexpr double kH1 = 16.0;
    static constexpr double kH2 = 11.0;
    /** Chart renderers pick their text size from the rect; drawn at this scale their smallest text is >= 7.5 pt. */
    static constexpr double kChartScale = 0.86;

    static QFont font(double points, bool bold = false);

    static QColor ink() { return QColor(0x20, 0x20, 0x20); }
    static QColor muted() { return QColor(0x5A, 0x5A, 0x5A); }
    static QColor rule() { return QColor(0xB0, 0xB0, 0xB0); }
    static QColor accent() { return QColor(0x00, 0x72, 0xB2); }
    static QColor good() { return QColor(0x00, 0x7A, 0x58); }
    static QColor bad() { return QColor(0xC0, 0x39, 0x00); }
    static QColor warn() { return QColor(0x9A, 0x6A, 0x00); }
    static QColor groupFill() { return QColor(0xE8, 0xEE, 0xF4); }
    static QColor headerFill() { return QColor(0x2F, 0x3E, 0x4E); }
    static QColor zebra() { return QColor(0xF6, 0xF6, 0xF6); }

    /**
     * Line breaks of plain `text` in `width` (words, then characters where a word is too long).
     * Linear in the text's length: each step lays out only a window a few lines long, so a
     * megabyte without a space costs no more per line than a sentence. With `maxLines` > 0 it
     * stops after maxLines + 1 lines (the extra one says there is more).
     */
    static QStringList wrap(const QString &text, const QFont &font, double width, int maxLines = 0);
    /** wrap() capped at `maxLines`, the last line ending in "…" when text was left over. */
    static QStringList wrapClipped(const QString &text, const QFont &font, double width, int maxLines);
    /** One line of `text` elided to `width`; only the characters that could fit are measured. */
    static QString elided(const QString &text, const QFont &font, double width);
    static double lineHeight(const QFont &font);
    /** Paints a chart renderer at kChartScale so its text lands at a print size. */
    static void paintChart(QPainter *p, const QRectF &rect, const RectPainter &paint, double scale = kChartScale);
    /** The rect a renderer sees for a chart drawn into `rect` by paintChart(). */
    static QRectF chartRect(const QRectF &rect, double scale = kChartScale);
};

} // namespace cutover::report
