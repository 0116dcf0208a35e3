// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QSet>

#include <utility>

namespace cutover::report {

/**
 * Corrects the ToUnicode maps Qt 6.4 writes into a PDF, so that text extracted from the report
 * (copy, search, pdftotext) reads as the characters that were drawn.
 *
 * Qt builds each font's ToUnicode map by asking the font, code point by code point from 0 up,
 * which glyph it has, and keeps the first code point found for each glyph. CJK fonts (Noto Sans
 * CJK, Debian's fonts-noto-cjk, and the other Source Han builds) map a Kangxi radical and the
 * unified ideograph of the same shape to one glyph: ⽂ U+2F42 and 文 U+6587, ⾏ U+2F8F and
 * 行 U+884C. The radical has the lower code point, so "注文DB移行" extracts as "注⽂DB移⾏".
 *
 * The fix rewrites such entries to the unified ideograph (the radical's compatibility
 * decomposition) unless the radical itself is among the characters the report was made from
 * (`drawnRadicals`). Only the Kangxi Radicals and CJK Radicals Supplement blocks are touched:
 * those are the code points below the ideographs that share their glyphs.
 */
class PdfToUnicode
{
public:
    /** Replacement objects (number, body from "<<" to "endstream") for the maps that change. */
    static QList<std::pair<qint64, QByteArray>> corrections(const QByteArray &pdf, const QSet<char32_t> &drawnRadicals);
    /** True for a code point of the Kangxi Radicals or CJK Radicals Supplement blocks. */
    static bool isRadical(char32_t c) { return c >= 0x2E80 && c <= 0x2FDF; }
    /** `cmap` with its radical targets replaced; empty when nothing changes. */
    static QByteArray correctedCMap(const QByteArray &cmap, const QSet<char32_t> &drawnRadicals);
};

} // namespace cutover::report
