// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftounicode.h"

#include <QMap>
#include <QRegularExpression>
#include <QString>

namespace cutover::report {

namespace {

/** "<4E00>" style hex strings in `text` from `pos`, as raw bytes; advances `pos`. */
std::optional<QByteArray> hexString(const QByteArray &text, qsizetype &pos)
{
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\n' || text[pos] == '\r' || text[pos] == '\t'))
        ++pos;
    if (pos >= text.size() || text[pos] != '<')
        return std::nullopt;
    const qsizetype end = text.indexOf('>', pos);
    if (end < 0)
        return std::nullopt;
    const QByteArray hex = text.mid(pos + 1, end - pos - 1).trimmed();
    pos = end + 1;
    if (hex.size() % 2 != 0)
        return std::nullopt;
    return QByteArray::fromHex(hex);
}

quint32 codeOf(const QByteArray &bytes)
{
    quint32 v = 0;
    for (char b : bytes)
        v = (v << 8) | quint8(b);
    return v;
}

QString utf16Of(const QByteArray &bytes)
{
    QString s;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2)
        s.append(QChar(char16_t((quint8(bytes[i]) << 8) | quint8(bytes[i + 1]))));
    return s;
}

QByteArray hexOf(const QString &s)
{
    QByteArray b;
    for (QChar c : s)
        b.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    return '<' + b.toHex().toUpper() + '>';
}

/** Glyph code → text of a bfrange/bfchar CMap; nullopt when it holds anything else. */
std::optional<QMap<quint32, QString>> parseCMap(const QByteArray &cmap)
{
    QMap<quint32, QString> map;
    qsizetype pos = 0;
    for (;;) {
        const qsizetype range = cmap.indexOf("beginbfrange", pos);
        const qsizetype chars = cmap.indexOf("beginbfchar", pos);
        if (range < 0 && chars < 0)
            break;
        const bool isRange = range >= 0 && (chars < 0 || range < chars);
        const QByteArray endTag = isRange ? "endbfrange" : "endbfchar";
        qsizetype p = (isRange ? range : chars) + (isRange ? 12 : 11);
        const qsizetype end = cmap.indexOf(endTag, p);
        if (end < 0)
            return std::nullopt;
        while (p < end) {
            const auto lo = hexString(cmap, p);
            if (!lo)
                break;
            if (!isRange) {
                const auto dst = hexString(cmap, p);
                if (!dst)
                    return std::nullopt;
                map.insert(codeOf(*lo), utf16Of(*dst));
                continue;
            }
            const auto hi = hexString(cmap, p);
            if (!hi)
                return std::nullopt;
            while (p < end && (cmap[p] == ' ' || cmap[p] == '\n'))
                ++p;
            if (p < end && cmap[p] == '[') {
                ++p;
                for (quint32 g = codeOf(*lo); g <= codeOf(*hi); ++g) {
                    const auto dst = hexString(cmap, p);
                    if (!dst)
                        return std::nullopt;
                    map.insert(g, utf16Of(*dst));
                }
                const qsizetype close = cmap.indexOf(']', p);
                if (close < 0 || close > end)
                    return std::nullopt;
                p = close + 1;
            } else {
                const auto dst = hexString(cmap, p);
                if (!dst || dst->size() < 2)
                    return std::nullopt;
                // A linear range: the last UTF-16 unit counts up.
                QString text = utf16Of(*dst);
                for (quint32 g = codeOf(*lo); g <= codeOf(*hi) && g - codeOf(*lo) < 0x10000; ++g) {
                    map.insert(g, text);
                    text.back() = QChar(char16_t(text.back().unicode() + 1));
                }
            }
        }
        pos = end + endTag.size();
    }
    return map;
}

} // namespace

QByteArray PdfToUnicode::correctedCMap(const QByteArray &cmap, const QSet<char32_t> &drawnRadicals)
{
    const auto parsed = parseCMap(cmap);
    if (!parsed)
        return {};
    QMap<quint32, QString> map = *parsed;
    bool changed = false;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QList<uint> ucs4 = it.value().toUcs4();
        if (ucs4.size() != 1 || !isRadical(ucs4.first()) || drawnRadicals.contains(ucs4.first()))
            continue;
        const QString unified = it.value().normalized(QString::NormalizationForm_KC);
        if (unified.toUcs4().size() == 1 && unified != it.value()) {
            it.value() = unified;
            changed = true;
        }
    }
    if (!changed)
        return {};
    // The header up to the first mapping block and the trailer after the last, kept as they were.
    const qsizetype firstBlock = std::min<qsizetype>(cmap.indexOf("beginbfrange") < 0 ? cmap.size() : cmap.indexOf("beginbfrange"),
                                                     cmap.indexOf("beginbfchar") < 0 ? cmap.size() : cmap.indexOf("beginbfchar"));
    qsizetype headEnd = cmap.lastIndexOf('\n', firstBlock);
    headEnd = headEnd < 0 ? 0 : headEnd + 1;
    const qsizetype lastEnd = std::max(cmap.lastIndexOf("endbfrange") < 0 ? -1 : cmap.lastIndexOf("endbfrange") + 10,
                                       cmap.lastIndexOf("endbfchar") < 0 ? -1 : cmap.lastIndexOf("endbfchar") + 9);
    QByteArray out = cmap.left(headEnd);
    QList<quint32> glyphs = map.keys();
    for (qsizetype i = 0; i < glyphs.size(); i += 100) {
        const qsizetype n = std::min<qsizetype>(100, glyphs.size() - i);
        out += QByteArray::number(n) + " beginbfchar\n";
        for (qsizetype k = i; k < i + n; ++k) {
            const quint32 g = glyphs[k];
            out += '<' + QByteArray::number(g, 16).rightJustified(4, '0').toUpper() + "> " + hexOf(map.value(g)) + '\n';
        }
        out += "endbfchar\n";
    }
    out += cmap.mid(lastEnd).trimmed().isEmpty() ? QByteArray() : cmap.mid(lastEnd).trimmed() + '\n';
    return out;
}

QList<std::pair<qint64, QByteArray>> PdfToUnicode::corrections(const QByteArray &pdf, const QSet<char32_t> &drawnRadicals)
{
    QList<std::pair<qint64, QByteArray>> out;
    static const QRegularExpression objectRe(QStringLiteral("(\\d+) 0 obj\\s*<<([^>]*)>>\\s*stream\\r?\\n$"));
    qsizetype pos = 0;
    for (;;) {
        const qsizetype at = pdf.indexOf("/CIDInit /ProcSet findresource begin", pos);
        if (at < 0)
            break;
        pos = at + 1;
        // The object header just before the stream: "N 0 obj\n<< /Length L >>\nstream\n".
        const qsizetype objAt = pdf.lastIndexOf(" 0 obj", at);
        if (objAt < 0 || at - objAt > 200)
            continue;
        qsizetype numStart = objAt;
        while (numStart > 0 && pdf[numStart - 1] >= '0' && pdf[numStart - 1] <= '9')
            --numStart;
        const QRegularExpressionMatch m = objectRe.match(QString::fromLatin1(pdf.mid(numStart, at - numStart)));
        if (!m.hasMatch() || m.captured(2).contains(QLatin1String("/Filter")))
            continue; // a compressed or unexpected stream: left alone
        const qsizetype end = pdf.indexOf("endstream", at);
        if (end < 0)
            break;
        const QByteArray cmap = pdf.mid(at, end - at);
        const QByteArray fixed = correctedCMap(cmap, drawnRadicals);
        if (fixed.isEmpty())
            continue;
        out.append({ m.captured(1).toLongLong(),
                     "<< /Length " + QByteArray::number(fixed.size()) + " >>\nstream\n" + fixed + "\nendstream" });
    }
    return out;
}

} // namespace cutover::report
