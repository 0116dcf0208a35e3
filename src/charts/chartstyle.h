// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPen>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace cutover::charts {

/**
 * Colours, fonts and strokes shared by every chart. The palette is Okabe-Ito (safe for the
 * common colour-vision deficiencies); meaning never rests on hue alone: critical bars are
 * hatched and outlined, markers differ in dash style and carry labels, breached stretches are
 * hatched, so a greyscale print keeps the message.
 */
class ChartStyle
{
public:
    /** Sizes scaled for a chart of this size: readable on a projector at 1280×720 and up. */
    static ChartStyle forSize(const QSizeF &size);
    /**
     * Presenter mode (docs/review.md): text and strokes of every chart are `scale` times larger
     * and the charts lay themselves out for it (1 = normal). Set by the GUI thread only, while
     * presenting.
     */
    static void setTextScale(double scale);
    static double textScale();

    // Okabe-Ito palette.
    static QColor black() { return QColor(0x00, 0x00, 0x00); }
    static QColor orange() { return QColor(0xE6, 0x9F, 0x00); }
    static QColor skyBlue() { return QColor(0x56, 0xB4, 0xE9); }
    static QColor bluishGreen() { return QColor(0x00, 0x9E, 0x73); }
    static QColor yellow() { return QColor(0xF0, 0xE4, 0x42); }
    static QColor blue() { return QColor(0x00, 0x72, 0xB2); }
    static QColor vermillion() { return QColor(0xD5, 0x5E, 0x00); }
    static QColor reddishPurple() { return QColor(0xCC, 0x79, 0xA7); }
    static QColor grid() { return QColor(0xD0, 0xD0, 0xD0); }
    static QColor text() { return QColor(0x20, 0x20, 0x20); }
    static QColor mutedText() { return QColor(0x55, 0x55, 0x55); }
    static QColor background() { return QColor(0xFF, 0xFF, 0xFF); }

    /** Series colour i (cycles through the palette, skipping yellow which is weak on white). */
    static QColor seriesColor(int i);
    /** Dash pattern for series i, so series stay distinguishable in greyscale. */
    static Qt::PenStyle seriesDash(int i);

    QFont font(double scale = 1.0, bool bold = false) const;

    double fontPx = 14.0;   ///< base text height in device pixels
    double line = 1.5;      ///< base stroke width
    double margin = 12.0;   ///< outer margin

    /** Draws text elided to `width` with the given alignment inside rect. */
    static void drawElided(QPainter *p, const QRectF &rect, int align, const QString &text);
    /** Fills the background and draws the title; returns the rect left for the chart body. */
    QRectF drawFrame(QPainter *p, const QRectF &rect, const QString &title, const QString &subtitle = {}) const;
    /** A centred message for charts without data ("No simulation yet", ...). */
    void drawEmpty(QPainter *p, const QRectF &rect, const QString &message) const;
    /** "12.5", "1.2k", "3.4M": compact numbers for axis labels. */
    static QString formatNumber(double v);
    /** Nice tick values covering [lo, hi] with about `count` ticks. */
    static QList<double> niceTicks(double lo, double hi, int count);
};

} // namespace cutover::charts
