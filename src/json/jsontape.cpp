// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontape.h"

#include <charconv>
#include <cstring>
#include <limits>

namespace cutover {

namespace {

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

inline bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

inline int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/** Length of the valid UTF-8 sequence at `p` (not ASCII), 0 if invalid (overlong, surrogate, > U+10FFFF, cut). */
inline int utf8Length(const unsigned char *p, const unsigned char *end)
{
    const unsigned char c = p[0];
    const auto cont = [&](int i) { return p + i < end && (p[i] & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF)
        return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (!cont(1) || !cont(2))
            return 0;
        if (c == 0xE0 && p[1] < 0xA0)
            return 0; // overlong
        if (c == 0xED && p[1] > 0x9F)
            return 0; // a surrogate
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3))
            return 0;
        if (c == 0xF0 && p[1] < 0x90)
            return 0; // overlong
        if (c == 0xF4 && p[1] > 0x8F)
            return 0; // beyond U+10FFFF
        return 4;
    }
    return 0;
}

} // namespace

/**
 * The indexer. Its control flow follows the grammar QJsonDocument accepts, token by token, so
 * that every refusal has Qt's error kind and offset (tests/json/test_jsontape.cpp compares
 * the two on mutated documents): e.g. the offset is just past the first character of the
 * offending token, numbers are `-? (0 | digits*) (. digits*)? ([eE] [+-]? digits*)?` converted
 * as a whole (".5" and "1." are numbers, "1e400" is an illegal number), an unknown escape stands
 * for its character, and a string's closing quote may not be the last byte of the text.
 */
class JsonTape::Parser
{
public:
    Parser(JsonTape &tape, const char *begin, const char *p, const char *end)
        : m_tape(tape)
        , m_begin(begin)
        , m_p(p)
        , m_end(end)
    {
    }

    bool run();

private:
    struct Frame
    {
        uint32_t entry;
        bool object;
    };

    bool fail(QJsonParseError::ParseError error)
    {
        m_tape.m_error.error = error;
        m_tape.m_error.offset = int(std::min<qsizetype>(m_p - m_begin, std::numeric_limits<int>::max()));
        return false;
    }
    bool eatSpace()
    {
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
        return m_p < m_end;
    }
    /** Qt's tokenizer: after white space, a structural character or '"' (consumed), else 0. */
    char nextToken()
    {
        if (!eatSpace())
            return 0;
        const char token = *m_p++;
        switch (token) {
        case '[':
        case '{':
        case ']':
        case '}':
        case ':':
        case ',':
        case '"':
            return token;
        default:
            return 0;
        }
    }
    uint32_t add(Type type, const char *at, uint32_t aux = 0)
    {
        JsonTape::Entry e;
        e.meta = uint32_t(type);
        e.offset = uint32_t(at - m_begin);
        e.aux = aux;
        m_tape.m_entries.push_back(e);
        return uint32_t(m_tape.m_entries.size() - 1);
    }
    bool open(bool object);
    void countMember()
    {
        uint32_t &meta = m_tape.m_entries[m_stack.back().entry].meta;
        if (meta < 0xFFFFFFE0u)
            meta += 32;
    }
    void close()
    {
        auto &e = m_tape.m_entries[m_stack.back().entry];
        e.aux = uint32_t(m_tape.m_entries.size());
        m_stack.pop_back();
        if (!m_stack.empty())
            countMember();
    }
    bool parseValue();
    bool parseString();
    bool parseNumber();
    bool literal(const char *rest, Type type, uint32_t aux);

    JsonTape &m_tape;
    const char *const m_begin;
    const char *m_p;
    const char *const m_end;
    std::vector<Frame> m_stack;
};

bool JsonTape::Parser::open(bool object)
{
    if (int(m_stack.size()) + 1 > kMaxDepth)
        return fail(QJsonParseError::DeepNesting);
    m_stack.push_back({add(object ? Type::Object : Type::Array, m_p - 1), object});
    return true;
}

bool JsonTape::Parser::literal(const char *rest, Type type, uint32_t aux)
{
    // Qt wants the rest of the word and at least one more byte before comparing.
    const auto n = qsizetype(std::strlen(rest));
    const char *start = m_p - 1;
    if (m_end - m_p < n + 1)
        return fail(QJsonParseError::IllegalValue);
    for (qsizetype i = 0; i < n; ++i) {
        if (*m_p++ != rest[i])
            return fail(QJsonParseError::IllegalValue);
    }
    add(type, start, aux);
    return true;
}

bool JsonTape::Parser::parseString()
{
    // m_p is just past the opening quote. First pass as Qt's: up to the quote or a backslash.
    const char *start = m_p;
    bool escaped = false;
    while (m_p < m_end) {
        // Eight plain ASCII bytes at a time (no quote, no backslash, no high bit).
        while (m_end - m_p >= 8) {
            uint64_t w;
            std::memcpy(&w, m_p, 8);
            constexpr uint64_t ones = 0x0101010101010101ULL;
            constexpr uint64_t highs = 0x8080808080808080ULL;
            const auto hasZeroByte = [](uint64_t v) { return (v - ones) & ~v & highs; };
            if ((w & highs) | hasZeroByte(w ^ (ones * '"')) | hasZeroByte(w ^ (ones * '\\')))
                break;
            m_p += 8;
        }
        if (m_p >= m_end)
            break;
        const auto c = static_cast<unsigned char>(*m_p);
        if (c == '"')
            break;
        if (c == '\\') {
            escaped = true;
            break;
        }
        if (c < 0x80) {
            ++m_p;
            continue;
        }
        const int n = utf8Length(reinterpret_cast<const unsigned char *>(m_p), reinterpret_cast<const unsigned char *>(m_end));
        if (n == 0)
            return fail(QJsonParseError::IllegalUTF8String);
        m_p += n;
    }
    ++m_p;
    if (m_p >= m_end)
        return fail(QJsonParseError::UnterminatedString);
    if (escaped) {
        // Second pass from the start, escapes included.
        m_p = start;
        while (m_p < m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"')
                break;
            if (c == '\\') {
                ++m_p;
                if (m_p >= m_end)
                    return fail(QJsonParseError::IllegalEscapeSequence);
                if (*m_p++ == 'u') {
                    if (m_end - m_p < 4)
                        return fail(QJsonParseError::IllegalEscapeSequence);
                    for (int i = 0; i < 4; ++i, ++m_p) {
                        if (hexValue(*m_p) < 0)
                            return fail(QJsonParseError::IllegalEscapeSequence);
                    }
                }
                continue;
            }
            if (c < 0x80) {
                ++m_p;
                continue;
            }
            const int n = utf8Length(reinterpret_cast<const unsigned char *>(m_p), reinterpret_cast<const unsigned char *>(m_end));
            if (n == 0)
                return fail(QJsonParseError::IllegalUTF8String);
            m_p += n;
        }
        ++m_p;
        if (m_p >= m_end)
            return fail(QJsonParseError::UnterminatedString);
    }
    const uint32_t e = add(Type::String, start, uint32_t(m_p - 1 - start));
    if (escaped)
        m_tape.m_entries[e].meta |= 16;
    return true;
}

bool JsonTape::Parser::parseNumber()
{
    const char *start = m_p;
    if (m_p < m_end && *m_p == '-')
        ++m_p;
    if (m_p < m_end && *m_p == '0') {
        ++m_p;
    } else {
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    if (m_p < m_end && *m_p == '.') {
        ++m_p;
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        ++m_p;
        if (m_p < m_end && (*m_p == '-' || *m_p == '+'))
            ++m_p;
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    if (m_p >= m_end)
        return fail(QJsonParseError::TerminationByNumber);
    // The whole token converts or it is an illegal number (also on overflow and on underflow to 0).
    double value = 0;
    const char *digits = start;
    if (*digits == '-')
        ++digits; // from_chars reads "-.5" but not "-" alone; the sign is applied below either way
    const auto [ptr, ec] = std::from_chars(digits, m_p, value);
    if (ec != std::errc() || ptr != m_p || digits == m_p)
        return fail(QJsonParseError::IllegalNumber);
    if (digits != start)
        value = -value;
    m_tape.m_numbers.push_back(value);
    add(Type::Number, start, uint32_t(m_tape.m_numbers.size() - 1));
    return true;
}

bool JsonTape::Parser::parseValue()
{
    // m_p is at the first byte of a value (not at the end).
    switch (*m_p++) {
    case 'n': return literal("ull", Type::Null, 0);
    case 't': return literal("rue", Type::Bool, 1);
    case 'f': return literal("alse", Type::Bool, 0);
    case '"': return parseString();
    case '[': return open(false);
    case '{': return open(true);
    case ',': return fail(QJsonParseError::IllegalValue);
    case ']':
    case '}': return fail(QJsonParseError::MissingObject);
    default:
        --m_p;
        return parseNumber();
    }
}

bool JsonTape::Parser::run()
{
    if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
        m_p += 3; // Qt skips one byte order mark itself
    if (!eatSpace())
        return fail(QJsonParseError::IllegalValue);
    const char *bracket = m_p;
    const char top = nextToken();
    if (top != '[' && top != '{')
        return fail(QJsonParseError::IllegalValue);
    m_stack.push_back({add(top == '{' ? Type::Object : Type::Array, bracket), top == '{'});
    // `fresh`: the container on top was just opened (nothing read in it yet).
    bool fresh = true;
    while (!m_stack.empty()) {
        const Frame frame = m_stack.back();
        char token;
        if (frame.object) {
            if (fresh) {
                token = nextToken();
                if (token == '}') {
                    close();
                    fresh = false;
                    continue;
                }
            } else {
                // After a member's value.
                token = nextToken();
                if (token == ',') {
                    token = nextToken();
                    if (token == '}')
                        return fail(QJsonParseError::MissingObject);
                } else if (token == '}') {
                    close();
                    continue;
                } else {
                    return fail(QJsonParseError::UnterminatedObject);
                }
            }
            if (token != '"')
                return fail(QJsonParseError::UnterminatedObject);
            // A member: key, ':', value.
            if (!parseString())
                return false;
            if (nextToken() != ':')
                return fail(QJsonParseError::MissingNameSeparator);
            if (!eatSpace())
                return fail(QJsonParseError::UnterminatedObject);
        } else {
            if (fresh) {
                if (!eatSpace())
                    return fail(QJsonParseError::UnterminatedArray);
                if (*m_p == ']') {
                    nextToken();
                    close();
                    fresh = false;
                    continue;
                }
            } else {
                token = nextToken();
                if (token == ']') {
                    close();
                    continue;
                }
                if (token != ',') {
                    if (!eatSpace())
                        return fail(QJsonParseError::UnterminatedArray);
                    return fail(QJsonParseError::MissingValueSeparator);
                }
            }
            if (!eatSpace())
                return fail(QJsonParseError::UnterminatedArray);
        }
        const size_t depth = m_stack.size();
        if (!parseValue())
            return false;
        if (m_stack.size() > depth) {
            fresh = true; // a container opened: read inside it
        } else {
            countMember();
            fresh = false;
        }
    }
    if (eatSpace())
        return fail(QJsonParseError::GarbageAtEnd);
    return true;
}

bool JsonTape::parse(const QByteArray &text, qsizetype begin)
{
    m_text = &text;
    m_entries.clear();
    m_numbers.clear();
    m_error = QJsonParseError{};
    if (text.size() >= qsizetype(std::numeric_limits<uint32_t>::max())) {
        m_error.error = QJsonParseError::DocumentTooLarge;
        return false;
    }
    // About one entry per 9 bytes of a pretty-printed plan; compact JSON grows the vector.
    m_entries.reserve(size_t(text.size() / 9 + 16));
    Parser parser(*this, text.constData(), text.constData() + begin, text.constData() + text.size());
    if (!parser.run()) {
        m_entries.clear();
        m_numbers.clear();
        return false;
    }
    return true;
}

uint32_t JsonTape::Value::skipIndex() const
{
    const Type t = type();
    return t == Type::Array || t == Type::Object ? entry().aux : m_index + 1;
}

JsonTape::Value JsonTape::Value::firstElement() const
{
    if (!isArray() || entry().aux == m_index + 1)
        return {};
    Value v(m_tape, m_index + 1);
    v.m_parentEnd = entry().aux;
    return v;
}

JsonTape::Value JsonTape::Value::nextElement() const
{
    if (!m_tape)
        return {};
    const uint32_t i = skipIndex();
    if (i >= m_parentEnd)
        return {};
    Value v(m_tape, i);
    v.m_parentEnd = m_parentEnd;
    return v;
}

bool JsonTape::Value::rawString(std::string_view &raw) const
{
    if (!isString() || entry().escaped())
        return false;
    raw = std::string_view(m_tape->m_text->constData() + entry().offset, entry().aux);
    return true;
}

QString JsonTape::Value::toString() const
{
    if (!isString())
        return {};
    const char *p = m_tape->m_text->constData() + entry().offset;
    const char *const end = p + entry().aux;
    if (!entry().escaped())
        return QString::fromUtf8(p, end - p);
    // Escapes as Qt decodes them: \uXXXX is one UTF-16 unit (a lone surrogate stays), an unknown
    // escape is its (Latin-1) byte.
    QString out;
    out.reserve(end - p);
    while (p < end) {
        const char *run = p;
        while (p < end && *p != '\\')
            ++p;
        if (p > run)
            out += QString::fromUtf8(run, p - run);
        if (p >= end)
            break;
        ++p; // the backslash
        const char c = *p++;
        switch (c) {
        case '"': out += u'"'; break;
        case '\\': out += u'\\'; break;
        case '/': out += u'/'; break;
        case 'b': out += u'\b'; break;
        case 'f': out += u'\f'; break;
        case 'n': out += u'\n'; break;
        case 'r': out += u'\r'; break;
        case 't': out += u'\t'; break;
        case 'u': {
            char16_t unit = 0;
            for (int i = 0; i < 4; ++i)
                unit = char16_t((unit << 4) | hexValue(*p++));
            out += QChar(unit);
            break;
        }
        default: out += QChar(char16_t(static_cast<unsigned char>(c))); break;
        }
    }
    return out;
}

bool JsonTape::Value::equals(std::string_view text) const
{
    std::string_view raw;
    if (rawString(raw))
        return raw == text;
    return isString() && toString() == QLatin1String(text.data(), qsizetype(text.size()));
}

} // namespace cutover
