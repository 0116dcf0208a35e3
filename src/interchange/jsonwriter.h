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
    void beginObject(const char *key = nullptr);
    /** An object written on one line, `{ "a": 1, "b": [] }`: for small records (durations,
        dependencies) as in the spec's examples. Nothing inside may be multi-line. */
    void beginInlineObject(const char *key = nullptr);
    void endObject();
    void beginArray(const char *key = nullptr);
    void endArray();

    void value(const char *key, const QString &text);
    void value(const char *key, double number);
    void value(const char *key, bool flag);
    void nullValue(const char *key);
    /** Array elements: pass key = nullptr. */
    void stringArray(const char *key, const QStringList &items);
    void numberArray(const char *key, const QList<double> &items); ///< NaN and infinities as null
    void integerArray(const char *key, const QList<qint64> &items);

    /** The document, ending with a newline. */
    QByteArray finish();

    static QByteArray quoted(const QString &text);
    /** Shortest text that reads back to exactly `number`; "null" when not finite. */
    static QByteArray number(double number);

private:
    void prefix(const char *key);

    QByteArray m_out;
    QList<bool> m_first;  ///< per open container: nothing written in it yet
    QList<bool> m_inline; ///< per open container: written on one line
    int m_depth = 0;
};

} // namespace cutover
