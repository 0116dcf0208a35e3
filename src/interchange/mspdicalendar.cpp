// SPDX-License-Identifier: GPL-3.0-or-later
#include "mspdicalendar.h"

#include <algorithm>
#include <cmath>
#include <queue>
#include <vector>

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

void MspdiCalendars::add(const MspdiCalendar &calendar)
{
    // Index the exceptions: sweep the range boundaries in date order, keeping the covering
    // exceptions in a heap by file order; each piece between two boundaries goes to the first.
    MspdiCalendar c = calendar;
    c.exceptionIndex.clear();
    const qsizetype n = c.exceptions.size();
    std::vector<qsizetype> byStart(static_cast<size_t>(n));
    std::vector<qint64> bounds;
    bounds.reserve(size_t(2 * n));
    for (qsizetype i = 0; i < n; ++i) {
        byStart[size_t(i)] = i;
        bounds.push_back(c.exceptions[i].from.toJulianDay());
        bounds.push_back(c.exceptions[i].to.toJulianDay() + 1);
    }
    std::sort(byStart.begin(), byStart.end(), [&](qsizetype a, qsizetype b) { return c.exceptions[a].from < c.exceptions[b].from; });
    std::sort(bounds.begin(), bounds.end());
    bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
    std::priority_queue<qsizetype, std::vector<qsizetype>, std::greater<>> active; // file order
    size_t next = 0;
    for (size_t b = 0; b + 1 < bounds.size(); ++b) {
        const qint64 day = bounds[b];
        while (next < byStart.size() && c.exceptions[byStart[next]].from.toJulianDay() <= day)
            active.push(byStart[next++]);
        while (!active.empty() && c.exceptions[active.top()].to.toJulianDay() < day)
            active.pop();
        if (active.empty())
            continue;
        const qsizetype winner = active.top();
        const qint64 last = bounds[b + 1] - 1;
        if (!c.exceptionIndex.isEmpty() && c.exceptionIndex.last().exception == winner && c.exceptionIndex.last().to + 1 == day)
            c.exceptionIndex.last().to = last;
        else
            c.exceptionIndex.append(MspdiCalendar::Range{day, last, winner});
    }
    m_calendars.insert(c.uid, c);
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
        const qint64 jd = date.toJulianDay();
        const auto &index = c->exceptionIndex;
        const auto after = std::upper_bound(index.cbegin(), index.cend(), jd, [](qint64 d, const MspdiCalendar::Range &r) { return d < r.from; });
        if (after != index.cbegin() && std::prev(after)->to >= jd) {
            const MspdiCalendar::Exception &e = c->exceptions[std::prev(after)->exception];
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

std::optional<double> MspdiCalendars::elapsedMinutes(int uid, const QDateTime &from, double workMinutes, qint64 *dayBudget) const
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
        if (dayBudget && (*dayBudget)-- <= 0)
            return std::nullopt;
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
