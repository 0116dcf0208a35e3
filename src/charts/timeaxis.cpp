// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeaxis.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>
#include <limits>

namespace cutover::charts {

namespace {
constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
} // namespace

qint64 TimeAxis::step(qint64 span, double pixels, double minSpacingPx)
{
    static const qint64 steps[] = { kSecond, 5 * kSecond, 10 * kSecond, 15 * kSecond, 30 * kSecond,
                                    kMinute, 2 * kMinute, 5 * kMinute, 10 * kMinute, 15 * kMinute, 30 * kMinute,
                                    kHour, 2 * kHour, 3 * kHour, 6 * kHour, 12 * kHour,
                                    kDay, 2 * kDay, 7 * kDay, 14 * kDay, 28 * kDay };
    if (pixels <= 0 || span <= 0)
        return kHour;
    const double wanted = double(span) * minSpacingPx / pixels;
    for (qint64 s : steps) {
        if (double(s) >= wanted)
            return s;
    }
    return qint64(std::ceil(wanted / double(28 * kDay))) * 28 * kDay;
}

QList<TimeTick> TimeAxis::ticks(qint64 t0, qint64 t1, double pixels, double minSpacingPx, const QTimeZone &zone)
{
    QList<TimeTick> result;
    if (t1 <= t0 || pixels <= 0)
        return result;
    const qint64 s = step(t1 - t0, pixels, minSpacingPx);
    const QTimeZone tz = zone.isValid() ? zone : QTimeZone::utc();
    const qint64 offset = qint64(tz.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(t0, Qt::UTC))) * kSecond;
    const qint64 local0 = t0 + offset;
    const qint64 unit = s >= kDay ? kDay : s;
    qint64 aligned = (local0 / unit) * unit;
    if (aligned < local0)
        aligned += unit;
    if (s > kDay) {
        // Multi-day steps: start on a day boundary, counted from the epoch so panning is stable.
        aligned = ((aligned + s - 1) / s) * s;
    }
    const QLocale locale;
    QDate previousDay;
    for (qint64 local = aligned; local - offset <= t1 && result.size() < 2000; local += s) {
        const qint64 ms = local - offset;
        const QDateTime dt = QDateTime::fromMSecsSinceEpoch(ms, tz);
        TimeTick tick;
        tick.ms = ms;
        if (s >= kDay)
            tick.label = locale.toString(dt.date(), QStringLiteral("ddd d MMM"));
        else if (s < kMinute)
            tick.label = dt.time().toString(QStringLiteral("HH:mm:ss"));
        else
            tick.label = dt.time().toString(QStringLiteral("HH:mm"));
        if (s < kDay && dt.date() != previousDay)
            tick.dayLabel = locale.toString(dt.date(), QStringLiteral("ddd d MMM yyyy"));
        previousDay = dt.date();
        result.append(tick);
    }
    return result;
}

void TimeAxis::thinDayLabels(QList<TimeTick> &ticks, const std::function<double(qint64)> &xOf, const QFontMetricsF &metrics)
{
    const double gap = metrics.averageCharWidth() * 2;
    double nextLeft = std::numeric_limits<double>::infinity();
    for (qsizetype i = ticks.size() - 1; i >= 0; --i) {
        TimeTick &tick = ticks[i];
        if (tick.dayLabel.isEmpty())
            continue;
        const double left = xOf(tick.ms);
        if (left + metrics.horizontalAdvance(tick.dayLabel) + gap > nextLeft) {
            tick.dayLabel.clear();
            continue;
        }
        nextLeft = left;
    }
}

} // namespace cutover::charts
