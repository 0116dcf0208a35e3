// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include "model/planlimits.h"

#include <QCoreApplication>

#include <array>
#include <cstring>

namespace cutover {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cutover::CsvReader", text);
}

} // namespace

CsvReader::CsvReader(const char *begin, const char *end, char delimiter)
    : m_p(begin)
    , m_end(end)
    , m_delimiter(delimiter)
{
    m_fields.reserve(16);
}

void CsvReader::failAt(const char *pos, const QString &message)
{
    if (m_failed)
        return;
    m_failed = true;
    m_error = message;
    m_errorPos = pos;
}

bool CsvReader::next()
{
    if (m_failed || m_p >= m_end)
        return false;
    m_fields.clear();
    m_arena.clear();
    m_recordLine = m_line;
    m_recordStart = m_p;
    const char delim = m_delimiter;
    const char *p = m_p;
    const char *const end = m_end;
    for (;;) {
        if (p < end && *p == '"') {
            // Quoted field.
            const char *open = p;
            const char *s = ++p;
            qsizetype arena = -1;
            for (;;) {
                const void *q = std::memchr(p, '"', size_t(end - p));
                const char *qp = q ? static_cast<const char *>(q) : end;
                for (const char *c = p; c < qp; ++c) {
                    if (*c == '\n')
                        ++m_line;
                    else if (*c == '\0') {
                        failAt(c, tr("binary data (NUL byte) inside a quoted field"));
                        return false;
                    }
                }
                if (!q) {
                    m_p = end;
                    failAt(open, tr("a quoted field that never ends (missing closing '\"')"));
                    return false;
                }
                if (qp + 1 < end && qp[1] == '"') {
                    // Doubled quote: unescape into the arena.
                    if (arena < 0) {
                        arena = qsizetype(m_arena.size());
                    }
                    m_arena.append(s, size_t(qp + 1 - s));
                    p = s = qp + 2;
                    continue;
                }
                if (arena >= 0) {
                    m_arena.append(s, size_t(qp - s));
                    m_fields.push_back({nullptr, open, m_arena.size() - size_t(arena), arena, true});
                } else {
                    m_fields.push_back({s, open, size_t(qp - s), -1, true});
                }
                p = qp + 1;
                break;
            }
            if (p < end && *p != delim && *p != '\n' && *p != '\r') {
                // Tolerate spaces after the closing quote; anything else is malformed.
                const char *q = p;
                while (q < end && (*q == ' ' || *q == '\t') && *q != delim)
                    ++q;
                if (q < end && *q != delim && *q != '\n' && *q != '\r') {
                    failAt(p, tr("expected the delimiter or the end of the line after a closing quote"));
                    return false;
                }
                p = q;
            }
        } else {
            const char *s = p;
            while (p < end) {
                const char c = *p;
                if (c == delim || c == '\n' || c == '\r')
                    break;
                if (c == '\0') {
                    failAt(p, tr("binary data (NUL byte), not a text export"));
                    return false;
                }
                ++p;
            }
            m_fields.push_back({s, s, size_t(p - s), -1, false});
        }
        // Size limits (PlanLimits): memory stays bounded by the limits, not by the file.
        if (m_fields.back().len > size_t(PlanLimits::maxImportTextBytes)) {
            failAt(m_fields.back().start, tr("a field of %1 bytes; the limit is %2 bytes per field")
                                              .arg(qulonglong(m_fields.back().len)).arg(PlanLimits::maxImportTextBytes));
            return false;
        }
        if (m_fields.size() > size_t(PlanLimits::maxCsvColumns)) {
            failAt(m_fields.back().start, tr("more than %1 columns in a row; the limit is %1").arg(PlanLimits::maxCsvColumns));
            return false;
        }
        if (p >= end) {
            m_p = end;
            return true;
        }
        if (*p == delim) {
            ++p;
            continue;
        }
        // End of the record: CRLF, LF or a lone CR.
        if (*p == '\r') {
            ++p;
            if (p < end && *p == '\n')
                ++p;
        } else {
            ++p;
        }
        ++m_line;
        m_p = p;
        return true;
    }
}

char CsvReader::sepLine(const char *&begin, const char *end)
{
    if (end - begin >= 5 && std::memcmp(begin, "sep=", 4) == 0) {
        const char d = begin[4];
        const char *p = begin + 5;
        if (p < end && *p == '\r')
            ++p;
        if (p < end && *p == '\n')
            ++p;
        begin = p;
        return d;
    }
    return 0;
}

char CsvReader::detectDelimiter(std::string_view sniff)
{
    const char *b = sniff.data();
    const char *e = b + sniff.size();
    if (const char d = sepLine(b, e))
        return d;
    static constexpr std::array<char, 4> candidates = {',', ';', '\t', '|'};
    std::array<std::vector<int>, 4> counts;
    // Count per line, outside quotes, over the first lines (a quoted newline continues a line).
    std::array<int, 4> current = {0, 0, 0, 0};
    bool quoted = false;
    int lines = 0;
    for (const char *p = b; p < e && lines < 20; ++p) {
        const char c = *p;
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && c == '\n') {
            for (size_t i = 0; i < candidates.size(); ++i)
                counts[i].push_back(current[i]);
            current = {0, 0, 0, 0};
            ++lines;
        } else if (!quoted) {
            for (size_t i = 0; i < candidates.size(); ++i)
                current[i] += c == candidates[i];
        }
    }
    if (lines == 0 || (b < e && e[-1] != '\n' && lines < 20)) {
        for (size_t i = 0; i < candidates.size(); ++i)
            counts[i].push_back(current[i]);
    }
    char best = ',';
    int bestScore = 0;
    for (size_t i = 0; i < candidates.size(); ++i) {
        const std::vector<int> &v = counts[i];
        if (v.empty() || v.front() == 0)
            continue;
        int same = 0;
        for (const int n : v)
            same += n == v.front();
        // Consistency first, then how many columns it makes.
        const int score = same * 1000 + v.front();
        if (score > bestScore) {
            bestScore = score;
            best = candidates[i];
        }
    }
    return best;
}

} // namespace cutover
