// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace cutover {

/**
 * An RFC 4180 record reader over text in memory: quoted fields with embedded delimiters,
 * newlines and doubled quotes, CRLF or LF line ends, no final newline. Unquoted fields are
 * returned as views into the text (no copy); only quoted fields with "" are unescaped.
 * NUL bytes are rejected as binary data.
 */
class CsvReader
{
public:
    CsvReader(const char *begin, const char *end, char delimiter);

    /** Reads the next record (a blank line is a record with one empty field). */
    bool next();
    qsizetype size() const { return qsizetype(m_fields.size()); }
    std::string_view field(qsizetype i) const
    {
        const Field &f = m_fields[size_t(i)];
        return f.arena < 0 ? std::string_view(f.src, f.len) : std::string_view(m_arena.data() + f.arena, f.len);
    }
    /** Where field `i` starts in the text (its opening quote for a quoted field). */
    const char *fieldPos(qsizetype i) const { return m_fields[size_t(i)].start; }
    bool fieldQuoted(qsizetype i) const { return m_fields[size_t(i)].quoted; }
    /** The 1-based line on which the current record starts. */
    qsizetype line() const { return m_recordLine; }
    const char *recordStart() const { return m_recordStart; }
    bool isBlank() const { return m_fields.size() == 1 && m_fields[0].len == 0 && !m_fields[0].quoted; }
    const char *position() const { return m_p; }
    bool atEnd() const { return m_p >= m_end; }

    bool failed() const { return m_failed; }
    const QString &error() const { return m_error; }
    const char *errorPos() const { return m_errorPos; }

    /**
     * The delimiter of a CSV sniff: the candidate (',', ';', tab, '|') found the same number of
     * times outside quotes on most of the first lines. Returns ',' when nothing fits.
     */
    static char detectDelimiter(std::string_view sniff);
    /** If the text starts with an Excel "sep=X" line, the delimiter X (and skips it), else 0. */
    static char sepLine(const char *&begin, const char *end);

private:
    struct Field
    {
        const char *src;
        const char *start;
        size_t len;
        qsizetype arena; ///< offset into m_arena, or -1 when the field is a view of the text
        bool quoted;
    };
    void failAt(const char *pos, const QString &message);

    const char *m_p;
    const char *m_end;
    char m_delimiter;
    qsizetype m_line = 1;
    qsizetype m_recordLine = 1;
    const char *m_recordStart = nullptr;
    std::vector<Field> m_fields;
    std::string m_arena;
    bool m_failed = false;
    QString m_error;
    const char *m_errorPos = nullptr;
};

} // namespace cutover
