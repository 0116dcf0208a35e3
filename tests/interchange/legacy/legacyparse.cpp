// SPDX-License-Identifier: GPL-3.0-or-later
// Test only: PlanJson::parse() as it was before JsonTape (commit e59d274), the reference of
// test_planjsondifferential.
#include "legacyplanjsonreader.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

namespace cutover::legacy {

namespace {

/** 1-based line and column (in characters) of a byte offset into UTF-8 text. */
std::pair<int, int> lineColumn(const QByteArray &data, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, data.size());
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(data.at(i));
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) { // not a UTF-8 continuation byte
            ++column;
        }
    }
    return {line, column};
}

/** A rewrite of the text before parsing: at `position` (in the new text) it grew by `delta` bytes. */
struct Rewrite
{
    qsizetype position;
    qsizetype delta;
};

/**
 * QJsonDocument reads every negative zero ("-0", "-0.0", "-0e3") as the integer 0, losing the
 * sign. Before parsing, each such number token outside strings becomes the string "-0", which
 * the reader takes as -0.0 (PlanJsonReader::numberValue). Returns the rewrites so that an
 * error offset can be mapped back to the original text.
 */
QList<Rewrite> markNegativeZeros(QByteArray &text)
{
    QList<Rewrite> rewrites;
    if (!text.contains("-0"))
        return rewrites;
    QByteArray out; // allocated at the first rewrite only
    const char *p = text.constData();
    const char *const end = p + text.size();
    const char *copied = p;
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    while (p < end) {
        const char c = *p;
        if (c == '"') { // skip the string, escapes included
            ++p;
            while (p < end && *p != '"')
                p += (*p == '\\' && p + 1 < end) ? 2 : 1;
            ++p;
            continue;
        }
        if (c != '-' || p + 1 >= end || p[1] != '0') {
            ++p;
            continue;
        }
        const char *q = p + 2;
        bool zero = true;
        if (q < end && *q == '.') {
            ++q;
            const char *digits = q;
            for (; q < end && isDigit(*q); ++q)
                zero = zero && *q == '0';
            zero = zero && q > digits;
        }
        if (zero && q < end && (*q == 'e' || *q == 'E')) {
            ++q;
            if (q < end && (*q == '+' || *q == '-'))
                ++q;
            const char *digits = q;
            while (q < end && isDigit(*q))
                ++q;
            zero = q > digits;
        }
        const bool tokenEnds = q == end || !(isDigit(*q) || *q == '.' || *q == 'e' || *q == 'E' || *q == '+' || *q == '-');
        if (zero && tokenEnds) {
            if (rewrites.isEmpty())
                out.reserve(text.size() + 64);
            out.append(copied, p - copied);
            rewrites.append({out.size(), 4 - (q - p)});
            out.append("\"-0\"");
            copied = q;
        }
        p = q;
    }
    if (rewrites.isEmpty())
        return rewrites;
    out.append(copied, end - copied);
    text = std::move(out);
    return rewrites;
}

/** The offset in the original text of `offset` in the rewritten one. */
qsizetype originalOffset(qsizetype offset, const QList<Rewrite> &rewrites)
{
    qsizetype shift = 0;
    for (const Rewrite &r : rewrites) {
        if (r.position >= offset)
            break;
        shift += std::min(r.delta, offset - r.position);
    }
    return offset - shift;
}

} // namespace

bool rewritesNegativeZeros(const QByteArray &json)
{
    QByteArray text = json;
    return !markNegativeZeros(text).isEmpty();
}

Result<JsonPlan> legacyParse(const QByteArray &json, const QString &fileName, PlanJson::Checks checks)
{
    // A UTF-8 byte order mark (as some Windows editors write) is not JSON; skip it.
    const qsizetype skip = json.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    QByteArray text = skip ? json.mid(skip) : json;
    const QList<Rewrite> rewrites = markNegativeZeros(text);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineColumn(json, originalOffset(parseError.offset, rewrites) + skip);
        return Error(QCoreApplication::translate("PlanJson", "invalid JSON: %1").arg(parseError.errorString()), fileName, line, column);
    }
    if (!doc.isObject())
        return Error(QCoreApplication::translate("PlanJson", "expected a JSON object with \"format\": \"cutover-plan\" at the top level"), fileName);
    PlanJsonReader reader(fileName, checks);
    return reader.read(doc.object());
}

} // namespace cutover::legacy
