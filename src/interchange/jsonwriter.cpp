// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <charconv>
#include <cstring>
#include <cmath>

namespace cutover {

void JsonWriter::prefix(const char *key)
{
    // Separator, indentation and key composed on the stack and appended at once: this runs
    // for every value of a large document.
    char buffer[160];
    size_t n = 0;
    if (!m_first.isEmpty()) {
        bool &first = m_first.last();
        if (m_inline.last()) {
            if (!first)
                buffer[n++] = ',';
            buffer[n++] = ' ';
        } else {
            if (!first)
                buffer[n++] = ',';
            buffer[n++] = '\n';
            const size_t indent = size_t(m_depth) * 2;
            if (indent <= 64) {
                std::memset(buffer + n, ' ', indent);
                n += indent;
            } else {
                m_out.append(buffer, qsizetype(n));
                m_out.append(qsizetype(indent), ' ');
                n = 0;
            }
        }
        first = false;
    }
    if (key) {
        const size_t length = std::strlen(key);
        if (n + length + 4 > sizeof buffer) {
            m_out.append(buffer, qsizetype(n));
            n = 0;
            m_out += '"';
            m_out += key;
            m_out += "\": ";
        } else {
            buffer[n++] = '"';
            std::memcpy(buffer + n, key, length);
            n += length;
            std::memcpy(buffer + n, "\": ", 3);
            n += 3;
        }
    }
    m_out.append(buffer, qsizetype(n));
}

void JsonWriter::value(const QString &key, const QString &text)
{
    separator();
    appendQuoted(m_out, key);
    m_out += ": ";
    appendQuoted(m_out, text);
}

void JsonWriter::separator()
{
    prefix(nullptr);
}

void JsonWriter::beginObject(const char *key)
{
    prefix(key);
    m_out += '{';
    m_first.append(true);
    m_inline.append(false);
    ++m_depth;
}

void JsonWriter::beginInlineObject(const char *key)
{
    prefix(key);
    m_out += '{';
    m_first.append(true);
    m_inline.append(true);
    ++m_depth;
}

void JsonWriter::endObject()
{
    --m_depth;
    const bool empty = m_first.takeLast();
    const bool isInline = m_inline.takeLast();
    if (!empty) {
        if (isInline) {
            m_out += ' ';
        } else {
            m_out += '\n';
            m_out.append(m_depth * 2, ' ');
        }
    }
    m_out += '}';
}

void JsonWriter::beginArray(const char *key)
{
    prefix(key);
    m_out += '[';
    m_first.append(true);
    m_inline.append(false);
    ++m_depth;
}

void JsonWriter::endArray()
{
    --m_depth;
    const bool empty = m_first.takeLast();
    m_inline.removeLast();
    if (!empty) {
        m_out += '\n';
        m_out.append(m_depth * 2, ' ');
    }
    m_out += ']';
}

void JsonWriter::value(const char *key, const QString &text)
{
    prefix(key);
    appendQuoted(m_out, text);
}

void JsonWriter::value(const char *key, double n)
{
    prefix(key);
    appendNumber(n, m_numbers == Numbers::Exact);
}

void JsonWriter::value(const char *key, bool flag)
{
    prefix(key);
    m_out += flag ? "true" : "false";
}

void JsonWriter::nullValue(const char *key)
{
    prefix(key);
    m_out += "null";
}

void JsonWriter::stringArray(const char *key, const QStringList &items)
{
    prefix(key);
    m_out += '[';
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            m_out += ", ";
        appendQuoted(m_out, items.at(i));
    }
    m_out += ']';
}

void JsonWriter::numberArray(const char *key, const QList<double> &items)
{
    prefix(key);
    m_out += '[';
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            m_out += ", ";
        const double v = items.at(i);
        appendNumber(v, m_numbers == Numbers::Exact && !std::isnan(v));
    }
    m_out += ']';
}

void JsonWriter::integerArray(const char *key, const QList<qint64> &items)
{
    prefix(key);
    m_out += '[';
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            m_out += ", ";
        char buffer[24];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, items.at(i));
        m_out.append(buffer, result.ptr - buffer);
    }
    m_out += ']';
}

QByteArray JsonWriter::finish()
{
    QByteArray out = std::move(m_out);
    out += '\n';
    m_out.clear();
    m_first.clear();
    m_inline.clear();
    m_depth = 0;
    return out;
}

QByteArray JsonWriter::quoted(const QString &text)
{
    QByteArray out;
    appendQuoted(out, text);
    return out;
}

void JsonWriter::appendQuoted(QByteArray &out, const QString &text)
{
    out += '"';
    const auto *p = reinterpret_cast<const char16_t *>(text.utf16());
    const char16_t *const end = p + text.size();
    while (p < end) {
        // Text beyond ASCII never needs an escape: convert each such run at once.
        if (*p >= 0x80) {
            const char16_t *run = p;
            while (p < end && *p >= 0x80)
                ++p;
            out += QStringView(run, p - run).toUtf8();
            continue;
        }
        const char c = char(*p++);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[(c >> 4) & 0xf];
                out += hex[c & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void JsonWriter::appendNumber(double n, bool exact)
{
    if (exact && (!std::isfinite(n) || (n == 0.0 && std::signbit(n)))) {
        m_out += exactNumber(n);
        return;
    }
    if (!std::isfinite(n)) {
        m_out += "null";
    } else if (n == 0.0) {
        m_out += '0'; // also for -0
    } else {
        char buffer[32];
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, n);
        m_out.append(buffer, result.ptr - buffer);
    }
}

QByteArray JsonWriter::number(double n)
{
    if (!std::isfinite(n))
        return QByteArrayLiteral("null");
    if (n == 0.0)
        return QByteArrayLiteral("0"); // also for -0
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, n);
    return QByteArray(buffer, result.ptr - buffer);
}

QByteArray JsonWriter::exactNumber(double n)
{
    if (std::isnan(n))
        return QByteArrayLiteral("\"NaN\"");
    if (std::isinf(n))
        return n > 0 ? QByteArrayLiteral("\"Infinity\"") : QByteArrayLiteral("\"-Infinity\"");
    if (n == 0.0 && std::signbit(n))
        return QByteArrayLiteral("-0.0");
    return number(n);
}

} // namespace cutover
