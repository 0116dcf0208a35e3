// SPDX-License-Identifier: GPL-3.0-or-later
#include "mspdicalendar.h"

#include <cmath>

namespace cutover {

QList<MspdiCalendar::Period> MspdiCalendar::defaultPeriods()
{
    return {Period{8 * 60, 12 * 60}, Period{13 * 60, 17 * 60}};
}

MspdiCalendar MspdiCalendar::standard()
{
    MspdiCalendar c;
    c.name = QStringLiteral("Standard");
    for (int day = 1; day <= 7; ++day) {
        c.weekdays[day].defined = true;
        c.weekdays[day].working = day != 1 && day != 7;
        if (c.weekdays[day].working)
            c.weekdays[day].periods = defaultPeriods();
    }
    return c;
}

const MspdiCalendar *MspdiCalendars::find(int uid) const
{
    const auto it = m_calendars.constFind(uid);
    return it == m_calendars.cend() ? &m_standard : &*it;
}

QString MspdiCalendars::nameOf(int uid) const
{
    const MspdiCalendar *c = find(uid);
    return c->name.isEmpty() ? QStringLiteral("#%1").arg(uid) : c->name;
}

QList<MspdiCalendar::Period> MspdiCalendars::periods(int uid, QDate date) const
{
    const int dayType = date.dayOfWeek() % 7 + 1; // Qt: Monday = 1 .. Sunday = 7
    const MspdiCalendar *c = find(uid);
    for (int depth = 0; c && depth < 16; ++depth) { // a base-calendar loop ends here
        for (const MspdiCalendar::Exception &e : c->exceptions) {
            if (date >= e.from && date <= e.to)
                return e.day.working ? (e.day.periods.isEmpty() ? MspdiCalendar::defaultPeriods() : e.day.periods)
                                     : QList<MspdiCalendar::Period>();
        }
        const MspdiCalendar::Day &day = c->weekdays[dayType];
        if (day.defined)
            return day.working ? (day.periods.isEmpty() ? MspdiCalendar::defaultPeriods() : day.periods)
                               : QList<MspdiCalendar::Period>();
        if (c->baseUid < 0 || !m_calendars.contains(c->baseUid) || c->baseUid == c->uid)
            c = c == &m_standard ? nullptr : &m_standard;
        else
            c = find(c->baseUid);
    }
    return {};
}

bool MspdiCalendars::isAroundTheClock(int uid) const
{
    const QDate monday(2026, 1, 5);
    for (int i = 0; i < 7; ++i) {
        const auto p = periods(uid, monday.addDays(i));
        if (p.size() != 1 || p.first().from != 0 || p.first().to != 1440)
            return false;
    }
    const MspdiCalendar *c = find(uid);
    return c->exceptions.isEmpty();
}

std::optional<double> MspdiCalendars::elapsedMinutes(int uid, const QDateTime &from, double workMinutes) const
{
    if (!std::isfinite(workMinutes))
        return std::nullopt;
    const double sign = workMinutes < 0 ? -1.0 : 1.0;
    double remaining = std::abs(workMinutes);
    if (remaining == 0)
        return 0.0;
    const QDate firstDay = from.date();
    double startOfDay = from.time().msecsSinceStartOfDay() / 60000.0; // minutes into the first day
    constexpr int kMaxDays = 3653;
    for (int d = 0; d < kMaxDays; ++d) {
        for (const MspdiCalendar::Period &p : periods(uid, firstDay.addDays(d))) {
            const double begin = std::max(double(p.from), startOfDay);
            if (begin >= p.to)
                continue;
            const double available = p.to - begin;
            if (remaining <= available)
                return sign * (d * 1440.0 + begin + remaining - from.time().msecsSinceStartOfDay() / 60000.0);
            remaining -= available;
        }
        startOfDay = 0;
    }
    return std::nullopt;
}

} // namespace cutover
