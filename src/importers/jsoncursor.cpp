// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsoncursor.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>
#include <limits>

namespace cutover {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cutover::JsonCursor", text);
}

inline bool isWs(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool equalsNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z')
            x = char(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = char(y - 'A' + 'a');
        if (x != y)
            return false;
    }
    return true;
}

} // namespace

bool parseDouble(std::string_view text, double &out, bool decimalComma)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    if (text.empty())
        return false;
    bool negative = false;
    std::string_view body = text;
    if (body.front() == '+' || body.front() == '-') {
        negative = body.front() == '-';
        body.remove_prefix(1);
    }
    if (body.empty())
        return false;
    if (!(body.front() >= '0' && body.front() <= '9') && body.front() != '.' && body.front() != ',') {
        if (equalsNoCase(body, "nan")) {
            out = std::numeric_limits<double>::quiet_NaN();
            return true;
        }
        if (equalsNoCase(body, "inf") || equalsNoCase(body, "infinity")) {
            out = negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
            return true;
        }
        return false;
    }
    char buffer[64];
    if (decimalComma) {
        if (body.size() >= sizeof buffer)
            return false;
        size_t n = 0;
        for (const char c : body) {
            if (c == '.')
                continue; // thousands separator in a decimal-comma locale
            buffer[n++] = c == ',' ? '.' : c;
        }
        body = std::string_view(buffer, n);
    }
    const auto [ptr, ec] = std::from_chars(body.data(), body.data() + body.size(), out);
    if (ec != std::errc() || ptr != body.data() + body.size())
        return false;
    if (negative)
        out = -out;
    return true;
}

JsonCursor::JsonCursor(const char *begin, const char *end)
    : m_p(begin)
    , m_end(end)
{
}

void JsonCursor::failAt(const char *pos, const QString &message)
{
    if (m_failed)
        return;
    m_failed = true;
    m_error = message;
    m_errorPos = pos;
}

void JsonCursor::fail(const QString &expected)
{
    skipWs();
    if (m_p >= m_end)
        failAt(m_p, tr("unexpected end of the file (truncated JSON?); expected %1").arg(expected));
    else
        failAt(m_p, tr("expected %1").arg(expected));
}

inline void JsonCursor::skipWs()
{
    while (m_p < m_end && isWs(*m_p))
        ++m_p;
}

JsonCursor::Type JsonCursor::peek()
{
    if (m_failed)
        return Type::Invalid;
    skipWs();
    if (m_p >= m_end)
        return Type::End;
    switch (*m_p) {
    case '{': return Type::Object;
    case '[': return Type::Array;
    case '"': return Type::String;
    case 't':
    case 'f': return Type::Bool;
    case 'n': return Type::Null;
    default:
        if (*m_p == '-' || (*m_p >= '0' && *m_p <= '9'))
            return Type::Number;
        return Type::Invalid;
    }
}

bool JsonCursor::expect(char c, const char *what)
{
    if (m_failed)
        return false;
    skipWs();
    if (m_p < m_end && *m_p == c) {
        ++m_p;
        return true;
    }
    fail(tr(what));
    return false;
}

bool JsonCursor::push(bool object)
{
    if (m_depth + 1 > kMaxDepth) {
        failAt(m_p - 1, tr("nesting deeper than %1 levels").arg(kMaxDepth));
        return false;
    }
    ++m_depth;
    m_hasMember[m_depth] = false;
    m_isObject[m_depth] = object;
    return true;
}

bool JsonCursor::advance(bool object)
{
    if (m_failed)
        return false;
    skipWs();
    const char closer = object ? '}' : ']';
    if (m_p >= m_end) {
        fail(object ? tr("a key or '}'") : tr("a value or ']'"));
        return false;
    }
    if (*m_p == closer) {
        ++m_p;
        --m_depth;
        return false;
    }
    if (m_hasMember[m_depth]) {
        if (*m_p != ',') {
            fail(object ? tr("',' or '}'") : tr("',' or ']'"));
            return false;
        }
        ++m_p;
        skipWs();
        if (m_p < m_end && (*m_p == '}' || *m_p == ']')) {
            fail(tr("a value after ','"));
            return false;
        }
    }
    m_hasMember[m_depth] = true;
    return true;
}

bool JsonCursor::enterObject()
{
    if (!expect('{', QT_TRANSLATE_NOOP("cutover::JsonCursor", "an object '{'")))
        return false;
    return push(true);
}

bool JsonCursor::nextKey(std::string_view &key)
{
    if (!advance(true))
        return false;
    if (m_p >= m_end || *m_p != '"') {
        fail(tr("a quoted key"));
        return false;
    }
    if (!parseString(key))
        return false;
    return expect(':', QT_TRANSLATE_NOOP("cutover::JsonCursor", "':' after the key"));
}

bool JsonCursor::enterArray()
{
    if (!expect('[', QT_TRANSLATE_NOOP("cutover::JsonCursor", "an array '['")))
        return false;
    return push(false);
}

bool JsonCursor::nextElement()
{
    return advance(false);
}

bool JsonCursor::parseString(std::string_view &out)
{
    // m_p is at the opening quote.
    const char *start = ++m_p;
    const char *p = start;
    while (p < m_end && *p != '"' && *p != '\\' && uchar(*p) >= 0x20)
        ++p;
    if (p < m_end && *p == '"') {
        out = std::string_view(start, size_t(p - start));
        m_p = p + 1;
        return true;
    }
    m_scratch.assign(start, p);
    while (p < m_end) {
        const char c = *p;
        if (c == '"') {
            out = m_scratch;
            m_p = p + 1;
            return true;
        }
        if (uchar(c) < 0x20) {
            failAt(p, tr("a closing '\"' (control character inside a string)"));
            return false;
        }
        if (c != '\\') {
            m_scratch += c;
            ++p;
            continue;
        }
        if (++p >= m_end)
            break;
        switch (*p) {
        case '"': m_scratch += '"'; break;
        case '\\': m_scratch += '\\'; break;
        case '/': m_scratch += '/'; break;
        case 'b': m_scratch += '\b'; break;
        case 'f': m_scratch += '\f'; break;
        case 'n': m_scratch += '\n'; break;
        case 'r': m_scratch += '\r'; break;
        case 't': m_scratch += '\t'; break;
        case 'u': {
            auto hex4 = [&](const char *q, char32_t &v) {
                if (m_end - q < 4)
                    return false;
                v = 0;
                for (int i = 0; i < 4; ++i) {
                    const int h = hexValue(q[i]);
                    if (h < 0)
                        return false;
                    v = (v << 4) | char32_t(h);
                }
                return true;
            };
            char32_t cp = 0;
            if (!hex4(p + 1, cp)) {
                failAt(p, tr("four hex digits after \\u"));
                return false;
            }
            p += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && m_end - p > 6 && p[1] == '\\' && p[2] == 'u') {
                char32_t low = 0;
                if (hex4(p + 3, low) && low >= 0xDC00 && low < 0xE000) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    p += 6;
                }
            }
            if (cp >= 0xD800 && cp < 0xE000)
                cp = 0xFFFD;
            appendUtf8(m_scratch, cp);
            break;
        }
        default:
            failAt(p, tr("a valid escape after '\\'"));
            return false;
        }
        ++p;
    }
    failAt(m_end, tr("unexpected end of the file inside a string (truncated JSON?)"));
    return false;
}

bool JsonCursor::readString(std::string_view &out)
{
    if (peek() != Type::String) {
        fail(tr("a string"));
        return false;
    }
    return parseString(out);
}

bool JsonCursor::readNumber(double &out)
{
    if (peek() != Type::Number) {
        fail(tr("a number"));
        return false;
    }
    const char *start = m_p;
    const char *p = m_p;
    if (*p == '-')
        ++p;
    while (p < m_end && ((*p >= '0' && *p <= '9') || *p == '.' || *p == 'e' || *p == 'E' || *p == '+' || *p == '-'))
        ++p;
    const auto [ptr, ec] = std::from_chars(start, p, out);
    if (ec != std::errc() || ptr != p) {
        if (ec == std::errc::result_out_of_range && ptr == p) {
            out = *start == '-' ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
        } else {
            failAt(start, tr("a number"));
            return false;
        }
    }
    m_p = p;
    return true;
}

bool JsonCursor::readBool(bool &out)
{
    skipWs();
    if (m_end - m_p >= 4 && std::string_view(m_p, 4) == "true") {
        out = true;
        m_p += 4;
        return true;
    }
    if (m_end - m_p >= 5 && std::string_view(m_p, 5) == "false") {
        out = false;
        m_p += 5;
        return true;
    }
    fail(tr("true or false"));
    return false;
}

bool JsonCursor::readNull()
{
    skipWs();
    if (m_end - m_p >= 4 && std::string_view(m_p, 4) == "null") {
        m_p += 4;
        return true;
    }
    fail(tr("null"));
    return false;
}

bool JsonCursor::readLooseNumber(double &out, bool &isGap)
{
    isGap = false;
    switch (peek()) {
    case Type::Number:
        return readNumber(out);
    case Type::Null:
        isGap = true;
        out = std::numeric_limits<double>::quiet_NaN();
        return readNull();
    case Type::String: {
        const char *at = m_p;
        std::string_view s;
        if (!parseString(s))
            return false;
        if (s.empty() || s == "None" || s == "null" || s == "NULL" || s == "NaN" || s == "nan") {
            isGap = true;
            out = std::numeric_limits<double>::quiet_NaN();
            return true;
        }
        if (!parseDouble(s, out)) {
            failAt(at, tr("a number, got \"%1\"").arg(QString::fromUtf8(s.data(), qsizetype(qMin<size_t>(s.size(), 40)))));
            return false;
        }
        return true;
    }
    default:
        fail(tr("a number or null"));
        return false;
    }
}

bool JsonCursor::skip()
{
    // Iterative, on the same bounded container stack, so deep nesting cannot overflow the stack.
    const int base = m_depth;
    for (;;) {
        switch (peek()) {
        case Type::Object:
        case Type::Array: {
            const bool object = *m_p == '{';
            ++m_p;
            if (!push(object))
                return false;
            break;
        }
        case Type::String: {
            std::string_view s;
            if (!parseString(s))
                return false;
            break;
        }
        case Type::Number: {
            double v;
            if (!readNumber(v))
                return false;
            break;
        }
        case Type::Bool: {
            bool b;
            if (!readBool(b))
                return false;
            break;
        }
        case Type::Null:
            if (!readNull())
                return false;
            break;
        case Type::End:
        case Type::Invalid:
            fail(tr("a JSON value"));
            return false;
        }
        // Move to the next value to skip, closing finished containers.
        for (;;) {
            if (m_depth == base)
                return true;
            const bool object = m_isObject[m_depth];
            if (!advance(object)) {
                if (m_failed)
                    return false;
                continue; // closed one level
            }
            if (object) {
                std::string_view k;
                if (m_p >= m_end || *m_p != '"') {
                    fail(tr("a quoted key"));
                    return false;
                }
                if (!parseString(k) || !expect(':', QT_TRANSLATE_NOOP("cutover::JsonCursor", "':' after the key")))
                    return false;
            }
            break;
        }
    }
}

bool JsonCursor::expectEnd()
{
    if (m_failed)
        return false;
    skipWs();
    if (m_p != m_end) {
        failAt(m_p, tr("the end of the file after the JSON value"));
        return false;
    }
    return true;
}

} // namespace cutover
