// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonParseError>
#include <QString>

#include <cstdint>
#include <string_view>
#include <vector>

namespace cutover {

/**
 * JSON text indexed in one pass, without a tree of allocated values: a flat "tape" of 16-byte
 * entries (one per value and per key) that point into the text, plus the numbers already
 * converted. Strings stay in the text and are decoded only when asked for.
 *
 * It accepts exactly what QJsonDocument::fromJson() accepts and reports the same
 * QJsonParseError (kind and offset) for what it refuses, so that a plan's syntax errors keep
 * their message and line:column; the one difference is that a negative-zero number token reads
 * as -0.0 (Qt reads the integer 0). Like Qt it nests at most kMaxDepth containers, skips one
 * UTF-8 byte order mark, validates UTF-8 in strings, and takes the last of duplicate keys (see
 * Object::forEachMember). Iterative: hostile nesting cannot exhaust the stack.
 */
class JsonTape
{
public:
    static constexpr int kMaxDepth = 1024; ///< as QJsonDocument

    enum class Type : uint8_t { Undefined, Null, Bool, Number, String, Array, Object };

private:
    /** 12 bytes: the tape of a pretty-printed plan is about as large as its text. */
    struct Entry
    {
        uint32_t offset = 0; ///< strings: the first byte after the opening quote
        uint32_t aux = 0;    ///< strings: byte length; numbers: index in m_numbers; bools: 0/1; containers: the index after their last entry
        uint32_t meta = 0;   ///< bits 0-3: Type; bit 4: an escaped string; bits 5-31: members or elements (saturating)

        Type type() const { return Type(meta & 15); }
        bool escaped() const { return meta & 16; }
        uint32_t count() const { return meta >> 5; }
    };

public:

    /** A value on the tape; a default-constructed one is Undefined (an absent member). */
    class Value
    {
    public:
        Value() = default;
        Type type() const { return m_tape ? m_tape->m_entries[m_index].type() : Type::Undefined; }
        bool isUndefined() const { return !m_tape; }
        bool isNull() const { return type() == Type::Null; }
        bool isBool() const { return type() == Type::Bool; }
        bool isNumber() const { return type() == Type::Number; }
        bool isString() const { return type() == Type::String; }
        bool isArray() const { return type() == Type::Array; }
        bool isObject() const { return type() == Type::Object; }

        bool toBool() const { return isBool() && entry().aux != 0; }
        double toNumber() const { return isNumber() ? m_tape->m_numbers[entry().aux] : 0.0; }
        /** The decoded string (empty when not a string). */
        QString toString() const;
        /** The string's bytes in the text when it has no escape sequence (then `raw` is exact UTF-8). */
        bool rawString(std::string_view &raw) const;
        /** Whether this string equals the Latin-1 literal `text` (escapes decoded). */
        bool equals(std::string_view text) const;
        /** Members of an object, elements of an array; 0 otherwise (duplicate keys counted). */
        uint32_t count() const { return isArray() || isObject() ? entry().count() : 0; }
        /** Byte offset of the value in the text. */
        qsizetype offset() const { return m_tape ? qsizetype(entry().offset) : -1; }

        /** The first element of an array (Undefined when empty); then next() until Undefined. */
        Value firstElement() const;
        /** The value after this one in its array (Undefined after the last). */
        Value nextElement() const;
        /**
         * Calls f(key, value) for each member of an object in document order, duplicates
         * included (QJsonObject keeps the last of duplicate keys).
         */
        template<typename F>
        void forEachMember(F &&f) const
        {
            if (!isObject())
                return;
            const uint32_t end = entry().aux;
            for (uint32_t i = m_index + 1; i < end;) {
                const Value key(m_tape, i);
                const Value value(m_tape, i + 1);
                f(key, value);
                i = value.skipIndex();
            }
        }

    private:
        friend class JsonTape;
        Value(const JsonTape *tape, uint32_t index) : m_tape(tape), m_index(index) {}
        const Entry &entry() const { return m_tape->m_entries[m_index]; }
        /** The index just past this value (and everything inside it). */
        uint32_t skipIndex() const;

        const JsonTape *m_tape = nullptr;
        uint32_t m_index = 0;
        uint32_t m_parentEnd = 0; ///< for array elements: where the array ends
    };

    /**
     * Indexes `text` from byte `begin` (a caller that skipped a byte order mark passes 3).
     * False on a syntax error: error() tells which and where (a byte offset into `text`, from
     * its start, not from `begin`; one past the end for an unterminated string, as Qt).
     * `text` must outlive the tape.
     */
    bool parse(const QByteArray &text, qsizetype begin = 0);
    const QJsonParseError &error() const { return m_error; }
    /** The top-level value (an object or an array) after a successful parse(). */
    Value root() const { return m_entries.empty() ? Value() : Value(this, 0); }

private:
    friend class Value;

    class Parser;

    const QByteArray *m_text = nullptr;
    std::vector<Entry> m_entries;
    std::vector<double> m_numbers;
    QJsonParseError m_error{};
};

} // namespace cutover
