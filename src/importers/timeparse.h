// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importtypes.h"

#include <QString>
#include <QTimeZone>

#include <string_view>

namespace cutover {

/** A time read from text: UTC when `hasOffset`, else the wall-clock reading ("naive"). */
struct ParsedTime
{
    qint64 ms = 0;          ///< ms since the epoch (UTC, or naive wall time as if it were UTC)
    bool hasOffset = false;
};

/**
 * Hand-written parsers for the time layouts of monitoring exports (a per-cell QDateTime parse
 * is far too slow for millions of rows). `year` is used by MonthDayNoYear only.
 */
bool parseTime(std::string_view text, TimeLayout layout, ParsedTime &out, int year = 1970);
/** The layout `text` is written in, or Auto when none fits. Slash dates are read M/D first. */
TimeLayout detectTimeLayout(std::string_view text);
/**
 * Why `text`, written like a date, is not one: "no such month", "no such day" (2026-02-30) or
 * "no such time of day" (25:00); empty when it does not look like a date at all or is valid.
 */
QString timeProblem(std::string_view text);
/** The layout as the user would write it, for "expected ..." in errors. */
QString timeLayoutPattern(TimeLayout layout);
/** The CLI/GUI spelling ("iso", "epoch-s", ...) and back. */
QString timeLayoutId(TimeLayout layout);
std::optional<TimeLayout> timeLayoutFromId(QStringView id);
QStringList timeLayoutIds();

/** Days since 1970-01-01 of a proleptic Gregorian date. */
qint64 daysFromCivil(int y, unsigned m, unsigned d);

/**
 * Converts naive wall-clock times of one zone to UTC, quickly (one zone lookup per distinct
 * wall-clock hour) and with daylight-saving edge cases decided and counted:
 * - in the repeated hour (the fold) the FIRST occurrence (the daylight-time reading) is taken,
 *   unless that would put the time before the previous one of the same series while the second
 *   occurrence would not: then a series that runs through the fold stays in order;
 * - a wall time that does not exist (the spring-forward gap) is read with the offset in force
 *   before the change (it lands just after the gap).
 */
class LocalTimeConverter
{
public:
    explicit LocalTimeConverter(const QTimeZone &zone);
    /** `previousUtc` is the last converted time of the same series (or INT64_MIN). */
    qint64 toUtc(qint64 wallMs, qint64 previousUtc);
    qsizetype ambiguousCount() const { return m_ambiguous; }
    qsizetype nonexistentCount() const { return m_nonexistent; }
    const QTimeZone &zone() const { return m_zone; }

private:
    struct Hour
    {
        qint64 key = std::numeric_limits<qint64>::min();
        int first = 0;     ///< offset (s) of the first valid reading
        int second = 0;    ///< offset (s) of the second reading when ambiguous
        bool ambiguous = false;
        bool nonexistent = false;
    };
    Hour resolve(qint64 wallMs) const;
    int offsetAt(qint64 utcMs) const;

    QTimeZone m_zone;
    bool m_fixed = false;
    int m_fixedOffset = 0;
    Hour m_cache;
    qsizetype m_ambiguous = 0;
    qsizetype m_nonexistent = 0;
};

} // namespace cutover
