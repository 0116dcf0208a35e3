// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFontMetricsF>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace cutover::charts {

/** One tick of a time axis, with its label in the plan's time zone. */
struct TimeTick
{
    qint64 ms = 0;       ///< UTC ms since the epoch
    QString label;       ///< "14:30", "14:30:15" or "Sat 14 Mar"
    QString dayLabel;    ///< the date, set on the first tick and where the day changes
};

/**
 * Ticks for a time axis that adapt from seconds to days as you zoom: the step is the smallest
 * of 1 s … 7 d that leaves at least `minSpacingPx` between ticks. Ticks sit on round local
 * times of `zone` (14:00, 14:15, midnight).
 */
class TimeAxis
{
public:
    static QList<TimeTick> ticks(qint64 t0, qint64 t1, double pixels, double minSpacingPx, const QTimeZone &zone);
    /** The step chosen for that span and width, in ms. */
    static qint64 step(qint64 span, double pixels, double minSpacingPx);
    /**
     * Clears the day label of a tick when it would run into the next day label (both drawn
     * left-aligned at their tick's x, as `xOf` places it). The later label is kept: it names
     * the day that really starts there.
     */
    static void thinDayLabels(QList<TimeTick> &ticks, const std::function<double(qint64)> &xOf, const QFontMetricsF &metrics);
};

} // namespace cutover::charts
