// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <charconv>
#include <cmath>

namespace cutover {

void JsonWriter::prefix(const char *key)
{
    separator();
    if (key) {
        m_out += '"';
        m_out += key;
        m_out += "\": ";
    }
}

void JsonWriter::value(const QString &key, const QString &text)
{
    separator();
    m_out += quoted(key);
    m_out += ": ";
    m_out += quoted(text);
}

void JsonWriter::separator()
{
    if (!m_first.isEmpty()) {
        if (m_inline.last()) {
            m_out += m_first.last() ? " " : ", ";
        } else {
            if (!m_first.last())
                m_out += ',';
            m_out += '\n';
            m_out += QByteArray(m_depth * 2, ' ');
        }
        m_first.last() = false;
    }
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
            m_out += QByteArray(m_depth * 2, ' ');
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
        m_out += QByteArray(m_depth * 2, ' ');
    }
    m_out += ']';
}

void JsonWriter::value(const char *key, const QString &text)
{
    prefix(key);
    m_out += quoted(text);
}

void JsonWriter::value(const char *key, double n)
{
    prefix(key);
    m_out += m_numbers == Numbers::Exact ? exactNumber(n) : number(n);
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
        m_out += quoted(items.at(i));
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
        m_out += m_numbers == Numbers::Exact && !std::isnan(v) ? exactNumber(v) : number(v);
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
        m_out += QByteArray::number(items.at(i));
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
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
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
    return out;
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
