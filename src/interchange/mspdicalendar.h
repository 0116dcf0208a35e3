// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace cutover {

/**
 * An MS Project calendar as MSPDI describes it: working times per weekday (DayType 1 = Sunday
 * .. 7 = Saturday), exceptions for date ranges, and a base calendar for the weekdays it leaves
 * undefined. Times are the file's wall-clock times (no zone).
 */
struct MspdiCalendar
{
    struct Period { int from = 0; int to = 0; }; ///< minutes of the day, to > from (24:00 = 1440)
    struct Day { bool defined = false; bool working = false; QList<Period> periods; };
    struct Exception { QDate from, to; Day day; };

    int uid = -1;
    QString name;
    int baseUid = -1;
    Day weekdays[8]; ///< index 1..7 = DayType
    QList<Exception> exceptions;

    /** MS Project's default "Standard": Monday to Friday 08:00-12:00 and 13:00-17:00. */
    static MspdiCalendar standard();
    /** A day without working times but marked working gets the default times. */
    static QList<Period> defaultPeriods();
};

/** The calendars of one file, resolving base calendars. */
class MspdiCalendars
{
public:
    void add(const MspdiCalendar &calendar) { m_calendars.insert(calendar.uid, calendar); }
    bool contains(int uid) const { return m_calendars.contains(uid); }
    /** The calendar `uid`, or Standard when the file has none of that id. */
    const MspdiCalendar *find(int uid) const;
    QString nameOf(int uid) const;

    /** Working periods of `date` in calendar `uid` (exceptions, weekdays, base calendars). */
    QList<MspdiCalendar::Period> periods(int uid, QDate date) const;
    /** Whether the calendar works around the clock every day of the week (no exceptions). */
    bool isAroundTheClock(int uid) const;
    /**
     * The elapsed minutes that `workMinutes` of working time take when started at `from` (a
     * wall-clock time of the file), walking the calendar; a negative amount is walked forward and
     * negated. Nullopt when the calendar has no working time within ten years of `from`.
     */
    std::optional<double> elapsedMinutes(int uid, const QDateTime &from, double workMinutes) const;

private:
    QMap<int, MspdiCalendar> m_calendars;
    MspdiCalendar m_standard = MspdiCalendar::standard();
};

} // namespace cutover
