// SPDX-License-Identifier: GPL-3.0-or-later
#include "planlimits.h"

#include <QLocale>

#include <cmath>

namespace cutover {

namespace {

QString number(double v)
{
    return QLocale::c().toString(v, 'g', 7);
}

} // namespace

std::optional<QString> PlanLimits::durationError(double minutes)
{
    if (std::isfinite(minutes) && minutes >= 0 && minutes <= maxMinutes)
        return std::nullopt;
    return tr("expected a duration from 0 to %1 minutes (10 years), got %2").arg(number(maxMinutes), number(minutes));
}

std::optional<QString> PlanLimits::lagError(double minutes)
{
    if (std::isfinite(minutes) && std::abs(minutes) <= maxMinutes)
        return std::nullopt;
    return tr("expected a lag from -%1 to %1 minutes (10 years), got %2").arg(number(maxMinutes), number(minutes));
}

std::optional<QString> PlanLimits::lengthError(const QString &what, const QString &text, qsizetype limit)
{
    if (text.size() <= limit)
        return std::nullopt;
    return lengthMessage(what, text.size(), limit);
}

QString PlanLimits::lengthMessage(const QString &what, qsizetype length, qsizetype limit)
{
    return tr("%1 is %2 characters long; the limit is %3").arg(what).arg(length).arg(limit);
}

QString PlanLimits::cappedList(const QStringList &items, const QString &separator, qsizetype shown)
{
    if (items.size() <= shown)
        return items.join(separator);
    return items.mid(0, shown).join(separator) + separator + tr("… and %1 more").arg(items.size() - shown);
}

} // namespace cutover
