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
    /** Disjoint date ranges sorted by date, each with the exception that holds there (the first
        of the file's exceptions that covers it); built by MspdiCalendars::add. */
    struct Range { qint64 from, to; qsizetype exception; }; ///< Julian days, inclusive
    QList<Range> exceptionIndex;

    /** MS Project's default "Standard": Monday to Friday 08:00-12:00 and 13:00-17:00. */
    static MspdiCalendar standard();
    /** A day without working times but marked working gets the default times. */
    static QList<Period> defaultPeriods();
};

/** The calendars of one file, resolving base calendars. */
class MspdiCalendars
{
public:
    void add(const MspdiCalendar &calendar);
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
     * negated. Nullopt when the work would end more than ten years after `from`, or when the
     * walk would take more than `*dayBudget` days (which counts down the days walked; a
     * budget shared by the walks of one import bounds a hostile file's time).
     */
    std::optional<double> elapsedMinutes(int uid, const QDateTime &from, double workMinutes, qint64 *dayBudget = nullptr) const;
    /** The days of calendar walk one import may take in all (about 270 walks of ten years). */
    static constexpr qint64 kDayBudget = 1'000'000;

private:
    QMap<int, MspdiCalendar> m_calendars;
    MspdiCalendar m_standard = MspdiCalendar::standard();
};

} // namespace cutover
