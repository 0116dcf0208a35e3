// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace cutover {

/**
 * A small streaming JSON writer that keeps keys in the order they are written (QJsonObject
 * sorts them), indents by two spaces and puts arrays of plain values on one line, so that
 * plan files diff well in version control.
 */
class JsonWriter
{
public:
    /**
     * How doubles are written. Plain (reports, CLI output): shortest round-trip text, -0 as 0,
     * NaN and infinities as null. Exact (the plan format, docs/plan-format-extensions.md): -0 as
     * -0.0, infinities as the strings "Infinity" and "-Infinity", NaN as "NaN" (in numberArray()
     * NaN is a gap: null), so that every double reads back bit for bit (NaN payloads aside).
     */
    enum class Numbers { Plain, Exact };
    explicit JsonWriter(Numbers numbers = Numbers::Plain) : m_numbers(numbers) {}

    void beginObject(const char *key = nullptr);
    /** An object written on one line, `{ "a": 1, "b": [] }`: for small records (durations,
        dependencies) as in the spec's examples. Nothing inside may be multi-line. */
    void beginInlineObject(const char *key = nullptr);
    void endObject();
    void beginArray(const char *key = nullptr);
    void endArray();

    void value(const char *key, const QString &text);
    /** A member whose key is data (series labels): quoted and escaped like a value. */
    void value(const QString &key, const QString &text);
    void value(const char *key, double number);
    void value(const char *key, bool flag);
    void nullValue(const char *key);
    /** Array elements: pass key = nullptr. */
    void stringArray(const char *key, const QStringList &items);
    void numberArray(const char *key, const QList<double> &items); ///< NaN as null; infinities as null (Plain) or strings (Exact)
    void integerArray(const char *key, const QList<qint64> &items);

    /** The document, ending with a newline. */
    QByteArray finish();

    static QByteArray quoted(const QString &text);
    /** Appends quoted(text) to `out` without temporaries (for ASCII text). */
    static void appendQuoted(QByteArray &out, const QString &text);
    /** Shortest text that reads back to exactly `number`; "null" when not finite, "0" for -0. */
    static QByteArray number(double number);
    /** Exact form: shortest text for finite numbers, "-0.0", "\"Infinity\"", "\"-Infinity\"", "\"NaN\"". */
    static QByteArray exactNumber(double number);

private:
    /** The separator before a member, then `key` (a literal that needs no escaping). */
    void prefix(const char *key);
    void separator();
    /** number(n), or exactNumber(n) when `exact`, written straight into the output. */
    void appendNumber(double n, bool exact);

    QByteArray m_out;
    QList<bool> m_first;  ///< per open container: nothing written in it yet
    QList<bool> m_inline; ///< per open container: written on one line
    int m_depth = 0;
    Numbers m_numbers = Numbers::Plain;
};

} // namespace cutover
